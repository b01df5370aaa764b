import Foundation

/// Documents from JSON Lines (`{"id": "…", "text": "…"}` per line), read lazily so a
/// stream of any length runs in constant memory. Blank lines are skipped.
public struct JSONLinesInput: Sequence, IteratorProtocol {
    private let handle: FileHandle
    private var buffer = [UInt8]()
    private var position = 0
    private var atEnd = false
    private var lineNumber = 0

    public init(handle: FileHandle) {
        self.handle = handle
    }

    public mutating func next() -> InputItem? {
        while let line = nextLine() {
            lineNumber += 1
            if line.allSatisfy({ UTF8Scanning.isASCIIWhitespace($0) }) { continue }
            return Self.parse(line, lineNumber: lineNumber)
        }
        return nil
    }

    static func parse(_ line: ArraySlice<UInt8>, lineNumber: Int) -> InputItem {
        func failure(_ reason: String, id: String? = nil) -> InputItem {
            .failure(DocumentError(document: id ?? "stdin:\(lineNumber)", problem: .invalidInputLine(line: lineNumber, reason: reason)))
        }
        if let problem = DocumentDecoder.firstProblem(line), case .invalidUTF8(let offset) = problem {
            return failure("invalid UTF-8 at byte \(offset - line.startIndex) of the line")
        }
        guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else {
            return failure("not a JSON object")
        }
        guard let id = object["id"] as? String, !id.isEmpty else { return failure("missing string field \"id\"") }
        guard let text = object["text"] as? String else { return failure("missing string field \"text\"", id: id) }
        do {
            return .text(try DocumentDecoder.decode(Array(text.utf8), id: id, source: nil))
        } catch {
            return .failure(error)
        }
    }

    private mutating func nextLine() -> ArraySlice<UInt8>? {
        while true {
            if let newline = buffer[position...].firstIndex(of: 0x0A) {
                let line = buffer[position..<newline]
                position = newline + 1
                return line
            }
            if atEnd {
                guard position < buffer.count else { return nil }
                let line = buffer[position...]
                position = buffer.count
                return line
            }
            buffer.removeFirst(position)
            position = 0
            let chunk = handle.availableData
            if chunk.isEmpty { atEnd = true } else { buffer.append(contentsOf: chunk) }
        }
    }
}
