#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why talking to a child failed. The annotator turns these into messages naming the program.
enum ChildFailure: Error {
    case cannotStart(String)
    case timedOut(Duration)
    /// The child closed its stdout (usually: it exited) before a whole line arrived.
    case closedOutput
    case io(String)
}

extension ChildProcess {
    /// Sends one request line and returns the child's next line (without the newline).
    ///
    /// One `poll` loop writes the request, reads stdout and drains stderr together, so
    /// neither side can block on a full socket buffer, and the whole exchange is bounded
    /// by `timeout`.
    func exchange(_ request: [UInt8], timeout: Duration) throws(ChildFailure) -> ArraySlice<UInt8> {
        let deadline = ContinuousClock.now + timeout
        var written = 0
        var inputOpen = true
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            if written == request.count || !inputOpen, let line = takeLine() { return line }
            let remaining = deadline - ContinuousClock.now
            guard remaining > .zero else { throw .timedOut(timeout) }
            var fds = [
                pollfd(fd: output, events: Int16(POLLIN), revents: 0),
                pollfd(fd: stderrOpen ? errors : -1, events: Int16(POLLIN), revents: 0),
                pollfd(fd: inputOpen && written < request.count ? input : -1, events: Int16(POLLOUT), revents: 0),
            ]
            let ready = poll(&fds, nfds_t(fds.count), Self.milliseconds(remaining))
            if ready < 0 {
                if errno == EINTR { continue }
                throw .io("poll: " + String(cString: strerror(errno)))
            }
            if fds[2].revents != 0 {
                let sent = request.withUnsafeBytes { bytes in
                    send(input, bytes.baseAddress! + written, bytes.count - written, Self.sendFlags)
                }
                if sent > 0 {
                    written += sent
                } else if errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR {
                    inputOpen = false  // the child closed its stdin or died; stdout will say which
                }
            }
            if fds[1].revents != 0 {
                let count = read(errors, &chunk, chunk.count)
                if count > 0 {
                    stderrTail.append(contentsOf: chunk[..<count])
                    if stderrTail.count > 8_192 { stderrTail.removeFirst(stderrTail.count - 4_096) }
                } else if count == 0 || (errno != EAGAIN && errno != EINTR) {
                    stderrOpen = false
                }
            }
            if fds[0].revents != 0 {
                let count = read(output, &chunk, chunk.count)
                if count > 0 {
                    pending.append(contentsOf: chunk[..<count])
                } else if count == 0 || (errno != EAGAIN && errno != EINTR) {
                    drainErrors()
                    throw .closedOutput
                }
            }
        }
    }

    /// Reads whatever the child still writes to stderr (briefly), for the error message.
    private func drainErrors() {
        var chunk = [UInt8](repeating: 0, count: 8_192)
        while stderrOpen {
            var fd = pollfd(fd: errors, events: Int16(POLLIN), revents: 0)
            guard poll(&fd, 1, 200) > 0 else { return }
            let count = read(errors, &chunk, chunk.count)
            guard count > 0 else { stderrOpen = false; return }
            stderrTail.append(contentsOf: chunk[..<count])
        }
    }

    private func takeLine() -> ArraySlice<UInt8>? {
        guard let newline = pending.firstIndex(of: 0x0A) else { return nil }
        let line = pending[..<newline]
        pending.removeFirst(newline + 1)
        return line
    }

    private static func milliseconds(_ duration: Duration) -> Int32 {
        let (seconds, attoseconds) = duration.components
        return Int32(clamping: seconds * 1_000 + attoseconds / 1_000_000_000_000_000 + 1)
    }

    #if os(Linux)
    private static let sendFlags = Int32(MSG_NOSIGNAL) | Int32(MSG_DONTWAIT)
    #else
    private static let sendFlags = Int32(MSG_DONTWAIT)  // SIGPIPE is off per socket (SO_NOSIGPIPE)
    #endif
}
