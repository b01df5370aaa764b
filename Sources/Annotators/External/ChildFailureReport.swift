import Foundation

/// A failure of the external program worded for the user: it names the program, says
/// what went wrong and adds the last line the program wrote to stderr, if any.
struct ChildFailureReport: Error, CustomStringConvertible {
    let description: String

    init(_ command: ExternalCommand, _ child: ChildProcess?, _ error: any Error, duringHandshake: Bool = false) {
        let program = "`\(command.displayName)`"
        let request = duringHandshake ? "the handshake" : "this document"
        var text: String
        switch error {
        case ChildFailure.cannotStart(let reason):
            text = "cannot start \(program): \(reason)"
        case ChildFailure.timedOut(let limit):
            text = "\(program) did not answer \(request) within \(Self.seconds(limit)); it was stopped"
        case ChildFailure.closedOutput:
            let status = child.map { "\($0.waitForExit(grace: .milliseconds(500)))" } ?? "stopped"
            text = "\(program) \(status) before answering \(request)"
        case ChildFailure.io(let reason):
            text = "cannot talk to \(program): \(reason)"
        case let violation as ProtocolViolation:
            text = "\(program) broke the annotator protocol (docs/extending.md) answering \(request): \(violation.message)"
        default:
            text = "\(program) failed on \(request): \(error)"
        }
        if let line = child?.lastErrorLine { text += " [its last error output: \(line)]" }
        description = text
    }

    private static func seconds(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        return String(format: "%g s", Double(seconds) + Double(attoseconds) / 1e18)
    }
}
