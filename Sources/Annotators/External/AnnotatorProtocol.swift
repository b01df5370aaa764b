import Foundation
import GlossCore

/// The messages of the external annotator protocol, version 1 (specified in
/// docs/extending.md). Every message is one line of UTF-8 JSON.
enum AnnotatorProtocol {
    static let version = 1
    /// The only offset unit of version 1: Unicode code points, as Python `str` indexes.
    static let offsetUnit = "codepoints"

    /// `{"gloss": "annotator-protocol", "version": 1, "annotator": "<instance id>"}`
    static func handshakeRequest(annotatorID: String) -> [UInt8] {
        var json = JSONWriter(reservingCapacity: 96)
        json.beginObject()
        json.key("gloss"); json.string("annotator-protocol")
        json.key("version"); json.integer(version)
        json.key("annotator"); json.string(annotatorID)
        json.endObject()
        json.newline()
        return json.bytes
    }

    /// `{"id": "<document id>", "text": "<document text>"}`
    static func request(for document: Document) -> [UInt8] {
        var json = JSONWriter(reservingCapacity: document.text.utf8.count + document.id.utf8.count + 32)
        json.beginObject()
        json.key("id"); json.string(document.id)
        json.key("text"); json.string(document.text)
        json.endObject()
        json.newline()
        return json.bytes
    }

    struct Handshake: Decodable {
        let `protocol`: Int
        let name: String?
        let types: [String]
        let offsets: String
    }

    struct Response: Decodable {
        let id: String
        let annotations: [Span]?
        /// The program's own report that it could not annotate this document.
        let error: String?
    }

    struct Span: Decodable {
        let type: String
        let start: Int
        let end: Int
        let text: String
        let attributes: [String: JSONValue]?
    }

    /// Decodes one line, or says in plain words what is wrong with it.
    static func decode<T: Decodable>(_ type: T.Type, from line: ArraySlice<UInt8>) throws(ProtocolViolation) -> T {
        do {
            return try JSONDecoder().decode(T.self, from: Data(line))
        } catch let DecodingError.keyNotFound(key, context) {
            throw ProtocolViolation("missing \"\(key.stringValue)\"" + (fieldName(context).map { " in \($0)" } ?? ""))
        } catch let DecodingError.typeMismatch(expected, context) {
            throw ProtocolViolation("\(quotedField(context)) is not \(describe(expected))")
        } catch let DecodingError.valueNotFound(expected, context) {
            throw ProtocolViolation("\(quotedField(context)) is null, expected \(describe(expected))")
        } catch {
            throw ProtocolViolation("invalid JSON: \(excerpt(line))")
        }
    }

    static func excerpt(_ line: ArraySlice<UInt8>) -> String {
        let text = String(decoding: line.prefix(120), as: UTF8.self)
        return "'" + text + (line.count > 120 ? "…'" : "'")
    }

    /// The JSON path of the offending field, like `annotations[2].start`; nil at the top.
    private static func fieldName(_ context: DecodingError.Context) -> String? {
        let path = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        return path.isEmpty ? nil : String(path.drop { $0 == "." })
    }

    private static func quotedField(_ context: DecodingError.Context) -> String {
        fieldName(context).map { "\"\($0)\"" } ?? "the line"
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is Int.Type: return "an integer"
        case is String.Type: return "a string"
        case is [Any].Type, is [String].Type, is [Span].Type: return "a list"
        default: return "an object"
        }
    }
}

/// A line the program wrote that breaks the protocol.
struct ProtocolViolation: Error {
    let message: String
    init(_ message: String) { self.message = message }
}

/// Any JSON value, for attributes; converted to Gloss's typed attribute values.
enum JSONValue: Decodable {
    case null
    case bool(Bool)
    case integer(Int)
    case number(Double)
    case string(String)
    case list([JSONValue])
    case object([String: JSONValue])

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null }
        else if let value = try? container.decode(Bool.self) { self = .bool(value) }
        else if let value = try? container.decode(Int.self) { self = .integer(value) }
        else if let value = try? container.decode(Double.self) { self = .number(value) }
        else if let value = try? container.decode(String.self) { self = .string(value) }
        else if let value = try? container.decode([JSONValue].self) { self = .list(value) }
        else { self = .object(try container.decode([String: JSONValue].self)) }
    }

    /// The attribute value; nil for JSON null, which Gloss drops (an absent attribute).
    var attributeValue: AttributeValue? {
        switch self {
        case .null: return nil
        case .bool(let value): return .bool(value)
        case .integer(let value): return .integer(value)
        case .number(let value): return .number(value)
        case .string(let value): return .string(value)
        case .list(let values): return .list(values.compactMap(\.attributeValue))
        case .object(let values): return .object(Attributes(values.compactMapValues(\.attributeValue)))
        }
    }
}
