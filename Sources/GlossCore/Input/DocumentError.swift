/// Why one document could not be annotated. The run goes on with the others.
public struct DocumentError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Problem: Sendable, Hashable {
        case notFound
        case unreadable(reason: String)
        case empty
        case tooLarge(size: Int, limit: Int)
        case invalidUTF8(byteOffset: Int)
        case nulByte(byteOffset: Int)
        case noMatchingFiles(patterns: [String])
        case duplicateID(firstSource: String)
        case invalidInputLine(line: Int, reason: String)
        case annotatorFailed(annotator: String, message: String)
        case outputFailed(reason: String)
    }

    /// The file path, or the document id for documents that did not come from a file.
    public let document: String
    public let problem: Problem

    public init(document: String, problem: Problem) {
        self.document = document
        self.problem = problem
    }

    public var description: String {
        switch problem {
        case .notFound:
            return "\(document): error: no such file or folder"
        case .unreadable(let reason):
            return "\(document): error: cannot read file: \(reason)"
        case .empty:
            return "\(document): error: empty file (0 bytes of text)"
        case .tooLarge(let size, let limit):
            return "\(document): error: file is \(size) bytes, over the limit of \(limit) bytes; raise inputs.max_file_size to annotate it"
        case .invalidUTF8(let offset):
            return "\(document): error: invalid UTF-8 at byte \(offset); convert the file to UTF-8 (e.g. iconv -f latin1 -t utf-8)"
        case .nulByte(let offset):
            return "\(document): error: NUL byte at byte \(offset); this looks like a binary file, not text"
        case .noMatchingFiles(let patterns):
            return "\(document): error: folder has no files matching " + patterns.map { "'\($0)'" }.joined(separator: ", ")
        case .duplicateID(let firstSource):
            return "\(document): error: same document id as \(firstSource); output files would collide — rename one"
        case .invalidInputLine(let line, let reason):
            return "stdin:\(line): error: \(reason); expected {\"id\": \"…\", \"text\": \"…\"}"
        case .annotatorFailed(let annotator, let message):
            return "\(document): error: annotator '\(annotator)' failed: \(message)"
        case .outputFailed(let reason):
            return "\(document): error: cannot write output: \(reason)"
        }
    }
}
