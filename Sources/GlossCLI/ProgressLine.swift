import Foundation
import GlossCore

/// A one-line progress display on stderr for long runs in a terminal: it appears only
/// after a second, refreshes at most five times a second, and steps aside for errors.
final class ProgressLine {
    private let enabled: Bool
    private let started = Date()
    private var lastDrawn = Date.distantPast
    private var shown = false

    init(enabled: Bool) { self.enabled = enabled }

    func update(_ progress: RunProgress) {
        guard enabled else { return }
        let now = Date()
        let elapsed = now.timeIntervalSince(started)
        guard elapsed > 1, now.timeIntervalSince(lastDrawn) > 0.2 else { return }
        lastDrawn = now
        let megabytes = Double(progress.bytes) / 1_000_000
        let total = progress.total.map { "/\($0)" } ?? ""
        StandardError.write(String(format: "\r\u{1B}[K%d%@ documents  %.1f MB  %.1f MB/s", progress.done, total, megabytes, megabytes / elapsed))
        shown = true
    }

    func interrupt(with message: String) {
        clear()
        StandardError.write(message + "\n")
    }

    func finish() { clear() }

    private func clear() {
        if shown { StandardError.write("\r\u{1B}[K") }
        shown = false
    }
}
