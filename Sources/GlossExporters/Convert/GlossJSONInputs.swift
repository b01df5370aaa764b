import Foundation
import GlossCore

/// Gloss JSON records from files and folders, lazily: a `.json` file is one document, a
/// `.jsonl` file one document per line (read in chunks, so any length streams in
/// constant memory). Folders are searched for both, sorted as annotation inputs are.
public struct GlossJSONInputs: Sequence {
    public struct Record: Sendable {
        /// `file` or `file:line`, for messages.
        public let location: String
        public let data: Data
        /// Whether the file was found in a folder (a folder may hold other JSON too).
        public let fromFolder: Bool
    }

    private let files: [(path: String, fromFolder: Bool)]
    /// Paths that do not exist or folders without Gloss JSON.
    public let problems: [DocumentError]

    public init(paths: [String]) {
        var files = [(String, Bool)]()
        var problems = [DocumentError]()
        for item in InputCollector(include: ["*.json", "*.jsonl"], exclude: []).collect(paths) {
            switch item {
            case .file(let path, _): files.append((path, !paths.contains(path)))
            case .failure(let error): problems.append(error)
            case .text: continue
            }
        }
        self.files = files
        self.problems = problems
    }

    public func makeIterator() -> AnyIterator<Record> {
        var remaining = files[...]
        var lines: LineReader?
        var current = (path: "", fromFolder: false)
        return AnyIterator {
            while true {
                if var reader = lines {
                    let next = reader.next()
                    lines = reader
                    if let (number, line) = next {
                        return Record(location: "\(current.path):\(number)", data: line, fromFolder: current.fromFolder)
                    }
                    lines = nil
                }
                guard let file = remaining.popFirst() else { return nil }
                current = file
                if file.path.hasSuffix(".jsonl") {
                    lines = LineReader(path: file.path)
                    if lines == nil { return Record(location: file.path, data: Data(), fromFolder: file.fromFolder) }
                } else {
                    return Record(location: file.path, data: (try? Data(contentsOf: URL(fileURLWithPath: file.path))) ?? Data(),
                                  fromFolder: file.fromFolder)
                }
            }
        }
    }
}

/// Non-blank lines of a file with their 1-based numbers, read 1 MiB at a time.
private struct LineReader {
    private let handle: FileHandle
    private var buffer = Data()
    private var atEnd = false
    private var lineNumber = 0

    init?(path: String) {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        self.handle = handle
    }

    mutating func next() -> (Int, Data)? {
        while true {
            if let newline = buffer.firstIndex(of: 0x0A) {
                let line = buffer[buffer.startIndex..<newline]
                buffer = buffer[(newline + 1)...]
                lineNumber += 1
                if line.allSatisfy({ UTF8Scanning.isASCIIWhitespace($0) }) { continue }
                return (lineNumber, Data(line))
            }
            if atEnd {
                guard !buffer.isEmpty else { return nil }
                let line = buffer
                buffer = Data()
                lineNumber += 1
                return line.allSatisfy({ UTF8Scanning.isASCIIWhitespace($0) }) ? nil : (lineNumber, Data(line))
            }
            let chunk = (try? handle.read(upToCount: 1 << 20)) ?? nil
            if let chunk, !chunk.isEmpty { buffer.append(chunk) } else { atEnd = true }
        }
    }
}
