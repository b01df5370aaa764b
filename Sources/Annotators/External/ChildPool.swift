import Dispatch
import GlossCore
import Synchronization

/// The running copies of one `command` annotator's program, shared by the worker threads.
///
/// Each copy answers one document at a time (the protocol is strictly request, response),
/// so a thread borrows a copy for one exchange. With one copy (the default) documents
/// queue for it while the other annotators still run in parallel; `processes: N` runs N
/// copies for programs that are the bottleneck. A copy that fails is dropped and a new
/// one is started, lazily, for the next document that needs it.
final class ChildPool: Sendable {
    let command: ExternalCommand
    let annotatorID: String
    /// What the program declared when it first started; restarted copies must agree.
    let handshake: AnnotatorProtocol.Handshake
    private let idle: Mutex<[Slot]>
    private let available: DispatchSemaphore

    /// Starts the first copy and reads its handshake, so a program that cannot start or
    /// does not speak the protocol is found before any document is read.
    init(command: ExternalCommand, annotatorID: String, copies: Int) throws(ChildFailureReport) {
        self.command = command
        self.annotatorID = annotatorID
        let (first, handshake) = try Self.start(command, annotatorID: annotatorID)
        self.handshake = handshake
        let slots = (0..<copies).map { _ in Slot() }
        slots[0].child = first
        idle = Mutex(slots)
        available = DispatchSemaphore(value: copies)
    }

    deinit {
        // Closing stdin is the protocol's "no more documents"; give all copies the news
        // first, then wait for each, so they wind down together.
        let children = idle.withLock { $0.compactMap(\.child) }
        for child in children { child.closeInput() }
        for child in children { _ = child.waitForExit(grace: .seconds(2)) }
    }

    /// Runs `body` with a copy of the program to itself. If `body` throws, that copy is
    /// stopped (it may be hung, dead or out of step) and the error says so.
    func withChild<Result>(_ body: (ChildProcess) throws -> Result) throws(ChildFailureReport) -> Result {
        available.wait()
        let slot = idle.withLock { $0.removeLast() }
        defer {
            idle.withLock { $0.append(slot) }
            available.signal()
        }
        let child: ChildProcess
        if let running = slot.child {
            child = running
        } else {
            let (started, handshake) = try Self.start(command, annotatorID: annotatorID)
            guard Set(handshake.types) == Set(self.handshake.types) else {
                throw ChildFailureReport(command, started, ProtocolViolation(
                    "after a restart it declared the types \(handshake.types), not \(self.handshake.types) as before"))
            }
            child = started
            slot.child = child
        }
        do {
            return try body(child)
        } catch {
            slot.child = nil
            throw ChildFailureReport(command, child, error)
        }
    }

    private static func start(_ command: ExternalCommand, annotatorID: String) throws(ChildFailureReport) -> (ChildProcess, AnnotatorProtocol.Handshake) {
        let child: ChildProcess
        do {
            child = try ChildProcess(arguments: command.arguments, directory: command.directory, environment: command.environment)
        } catch {
            throw ChildFailureReport(command, nil, error)
        }
        do {
            let line = try child.exchange(AnnotatorProtocol.handshakeRequest(annotatorID: annotatorID), timeout: command.startupTimeout)
            let handshake = try AnnotatorProtocol.decode(AnnotatorProtocol.Handshake.self, from: line)
            guard handshake.protocol == AnnotatorProtocol.version else {
                throw ProtocolViolation("it speaks protocol version \(handshake.protocol); this Gloss speaks version \(AnnotatorProtocol.version)")
            }
            guard handshake.offsets == AnnotatorProtocol.offsetUnit else {
                throw ProtocolViolation("it counts offsets in '\(handshake.offsets)'; protocol version 1 needs '\(AnnotatorProtocol.offsetUnit)'")
            }
            return (child, handshake)
        } catch {
            throw ChildFailureReport(command, child, error, duringHandshake: true)
        }
    }

    /// One copy's place in the pool; only the thread that borrowed it touches `child`.
    private final class Slot: @unchecked Sendable {
        var child: ChildProcess?
    }
}
