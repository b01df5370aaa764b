import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A running external program whose stdin, stdout and stderr are sockets owned by Gloss.
///
/// Sockets rather than pipes because they can be created close-on-exec atomically (so a
/// child started on one thread never inherits another child's ends, which would hide the
/// other's exit) and written with `MSG_NOSIGNAL` (a dead child gives EPIPE, not a SIGPIPE
/// that would kill Gloss). The child runs in its own process group, so stopping it also
/// stops anything it started. Used by one thread at a time.
final class ChildProcess {
    let pid: pid_t
    /// Our ends of the child's stdin, stdout and stderr.
    let input: Int32
    let output: Int32
    let errors: Int32
    /// Bytes read from stdout that do not yet form a whole line.
    var pending: [UInt8] = []
    /// The end of what the child wrote to stderr, for error messages.
    var stderrTail: [UInt8] = []
    var stderrOpen = true
    private var exitStatus: ExitStatus?

    /// Starts `arguments[0]` (an absolute path) in `directory`, with `environment` added to ours.
    init(arguments: [String], directory: String, environment: [String: String]) throws(ChildFailure) {
        let stdin = try Self.socketPair(), stdout = try Self.socketPair(), stderr = try Self.socketPair()
        let childEnds = [stdin.child, stdout.child, stderr.child]
        defer { childEnds.forEach { close($0) } }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for (target, source) in childEnds.enumerated() { posix_spawn_file_actions_adddup2(&actions, source, Int32(target)) }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
        posix_spawnattr_setpgroup(&attributes, 0)

        // posix_spawn cannot change directory portably, so a tiny shell does it and then
        // replaces itself with the program (same pid, no shell left behind).
        let argv = ["/bin/sh", "-c", "cd \"$1\" || exit 126; shift; exec \"$@\"", "gloss-command", directory] + arguments
        let merged = ProcessInfo.processInfo.environment.merging(environment) { _, added in added }
        let envp = merged.map { "\($0.key)=\($0.value)" }
        var spawned: pid_t = 0
        let status = Self.withCStrings(argv) { cArgv in
            Self.withCStrings(envp) { cEnvp in posix_spawn(&spawned, "/bin/sh", &actions, &attributes, cArgv, cEnvp) }
        }
        guard status == 0 else {
            [stdin.parent, stdout.parent, stderr.parent].forEach { close($0) }
            throw ChildFailure.cannotStart(String(cString: strerror(status)))
        }
        pid = spawned
        input = stdin.parent
        output = stdout.parent
        errors = stderr.parent
    }

    deinit {
        stop()
        [input, output, errors].forEach { close($0) }
    }

    /// Tells the child there are no more documents: it should exit.
    func closeInput() {
        shutdown(input, Int32(SHUT_WR))
    }

    /// Stops the child (and its process group) now.
    func stop() {
        _ = waitForExit(grace: .zero)
    }

    /// How the child ended: waits up to `grace` for it to exit on its own, then kills it.
    func waitForExit(grace: Duration) -> ExitStatus {
        if let exitStatus { return exitStatus }
        let deadline = ContinuousClock.now + grace
        var raw: Int32 = 0
        while waitpid(pid, &raw, WNOHANG) == 0 {
            guard ContinuousClock.now < deadline else {
                killpg(pid, SIGKILL)
                while waitpid(pid, &raw, 0) < 0 && errno == EINTR {}
                break
            }
            usleep(5_000)
        }
        killpg(pid, SIGKILL)  // anything the child started and left behind
        let status = ExitStatus(raw: raw)
        exitStatus = status
        return status
    }

    /// The last non-empty line the child wrote to stderr, shortened.
    var lastErrorLine: String? {
        let lines = String(decoding: stderrTail, as: UTF8.self).split(whereSeparator: \.isNewline)
        guard let last = lines.last(where: { !$0.allSatisfy(\.isWhitespace) }) else { return nil }
        return last.count > 300 ? String(last.prefix(300)) + "…" : String(last)
    }

    private static func socketPair() throws(ChildFailure) -> (parent: Int32, child: Int32) {
        var ends: [Int32] = [-1, -1]
        #if os(Linux)
        let result = socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0, &ends)
        #else
        let result = socketpair(AF_UNIX, SOCK_STREAM, 0, &ends)
        if result == 0 {
            for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
            var on: Int32 = 1
            setsockopt(ends[0], SOL_SOCKET, SO_NOSIGPIPE, &on, socklen_t(MemoryLayout<Int32>.size))
        }
        #endif
        guard result == 0 else { throw ChildFailure.cannotStart("socketpair: " + String(cString: strerror(errno))) }
        return (ends[0], ends[1])
    }

    private static func withCStrings<R>(_ strings: [String], _ body: ([UnsafeMutablePointer<CChar>?]) -> R) -> R {
        let pointers = strings.map { strdup($0) } + [nil]
        defer { pointers.forEach { free($0) } }
        return body(pointers)
    }
}

/// How a child process ended, as a phrase for error messages.
struct ExitStatus: CustomStringConvertible {
    let raw: Int32

    var description: String {
        let signal = raw & 0x7F
        if signal == 0 { return "exited with status \((raw >> 8) & 0xFF)" }
        return "was killed by signal \(signal) (\(String(cString: strsignal(signal))))"
    }
}
