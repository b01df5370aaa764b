import Foundation

/// Writes output files under one folder. Every file is written to a temporary name in its
/// final folder and renamed into place, so a run that is killed leaves whole files or
/// none. Stream files (JSON Lines) grow in a temporary file and appear at `finish()`.
public final class OutputWriter {
    public let directory: URL
    private var streams: [String: (temporary: URL, handle: FileHandle)] = [:]
    private var counter = 0

    public init(directory: String) throws {
        self.directory = URL(fileURLWithPath: directory).standardizedFileURL
        try FileManager.default.createDirectory(at: self.directory, withIntermediateDirectories: true)
    }

    public func write(_ file: OutputFile) throws {
        let target = try resolve(file.path)
        switch file.mode {
        case .replace:
            try writeAtomically(file.bytes, to: target)
        case .appendToStream:
            try stream(for: file.path, target: target).write(Data(file.bytes))
        }
    }

    /// Moves finished streams into place.
    public func finish() throws {
        for (path, stream) in streams.sorted(by: { $0.key < $1.key }) {
            try stream.handle.close()
            streams[path] = nil
            try moveIntoPlace(stream.temporary, try resolve(path))
        }
    }

    deinit {
        // Streams never finished (the run failed) are dropped, never left half-written.
        for stream in streams.values {
            try? stream.handle.close()
            try? FileManager.default.removeItem(at: stream.temporary)
        }
    }

    private func stream(for path: String, target: URL) throws -> FileHandle {
        if let existing = streams[path] { return existing.handle }
        let temporary = temporaryURL(beside: target)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: temporary.path])
        }
        let handle = try FileHandle(forWritingTo: temporary)
        streams[path] = (temporary, handle)
        return handle
    }

    private func writeAtomically(_ bytes: [UInt8], to target: URL) throws {
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        let temporary = temporaryURL(beside: target)
        do {
            try Data(bytes).write(to: temporary)
            try moveIntoPlace(temporary, target)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }

    /// rename(2) replaces the target atomically: readers see the old file or the new one.
    private func moveIntoPlace(_ temporary: URL, _ target: URL) throws {
        guard rename(temporary.path, target.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: target.path, NSLocalizedDescriptionKey: reason])
        }
    }

    private func temporaryURL(beside target: URL) -> URL {
        counter += 1
        return target.deletingLastPathComponent()
            .appendingPathComponent(".\(target.lastPathComponent).\(getpid()).\(counter).tmp")
    }

    /// The absolute URL for a relative output path, refusing anything outside the folder.
    private func resolve(_ relative: String) throws -> URL {
        let target = directory.appendingPathComponent(relative).standardizedFileURL
        guard target.path.hasPrefix(directory.path + "/") else {
            throw CocoaError(.fileWriteInvalidFileName, userInfo: [NSFilePathErrorKey: relative,
                                                                  NSLocalizedDescriptionKey: "output path '\(relative)' leaves the output folder"])
        }
        return target
    }
}
