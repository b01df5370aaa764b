import Foundation
import GlossCore

/// Reads Gloss JSON (as `GlossJSON.encode` writes it) back into an annotated document,
/// checking what every exporter relies on: offsets inside the text, each annotation's
/// `text` equal to its slice, and the text's SHA-256. A reference is `{"ref": id}`.
/// Note that a whole `number` is written like an integer, so it reads back as `.integer`.
public enum GlossJSONDecoder {
    public struct Decoded: Sendable {
        public let document: AnnotatedDocument
        /// The annotator instances the document lists, in order.
        public let annotators: [(id: String, kind: String)]
    }

    public struct Failure: Error, CustomStringConvertible {
        public let description: String
        /// True when the input is JSON of some other kind (not a damaged Gloss document).
        public var isOtherFormat = false
    }

    public static func decode(_ data: Data) throws -> Decoded {
        let record: Record
        do {
            record = try JSONDecoder().decode(Record.self, from: data)
        } catch let error as DecodingError {
            throw Failure(description: "not a Gloss JSON document: \(describe(error))")
        }
        if let error = record.error { throw Failure(description: "document \(record.id ?? "?") failed to annotate: \(error)") }
        guard record.format == "gloss" else {
            throw Failure(description: "not a Gloss JSON document (no \"format\": \"gloss\")", isOtherFormat: true)
        }
        guard let version = record.version, let id = record.id, let text = record.text else {
            throw Failure(description: "Gloss JSON document without version, id or text")
        }
        guard version <= GlossJSON.formatVersion else {
            throw Failure(description: "document \(id): format version \(version) is newer than this gloss reads (\(GlossJSON.formatVersion))")
        }
        let document = Document(id: id, text: text, source: record.source, hadByteOrderMark: record.byte_order_mark ?? false)
        if let sha256 = record.sha256, sha256 != document.sha256 {
            throw Failure(description: "document \(id): text does not match its sha256")
        }
        let scalars = Array(text.unicodeScalars)
        var annotations = [Annotation]()
        annotations.reserveCapacity(record.annotations?.count ?? 0)
        for item in record.annotations ?? [] {
            guard 0 <= item.start, item.start <= item.end, item.end <= scalars.count else {
                throw Failure(description: "document \(id): annotation \(item.id) [\(item.start), \(item.end)) is outside the text (\(scalars.count) code points)")
            }
            var slice = String.UnicodeScalarView()
            slice.append(contentsOf: scalars[item.start..<item.end])
            guard String(slice) == item.text else {
                throw Failure(description: "document \(id): annotation \(item.id) text \(item.text.debugDescription) differs from the text at [\(item.start), \(item.end))")
            }
            annotations.append(Annotation(
                id: item.id, type: item.type, start: item.start, end: item.end, text: item.text, annotator: item.annotator,
                attributes: Attributes((item.attributes ?? [:]).mapValues(\.value))))
        }
        return Decoded(document: AnnotatedDocument(document: document, annotations: annotations),
                       annotators: (record.annotators ?? []).map { ($0.id, $0.kind) })
    }

    private static func describe(_ error: DecodingError) -> String {
        switch error {
        case .dataCorrupted(let context), .keyNotFound(_, let context), .typeMismatch(_, let context), .valueNotFound(_, let context):
            let path = context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
            return path.isEmpty ? context.debugDescription : "\(path): \(context.debugDescription)"
        @unknown default:
            return "\(error)"
        }
    }

    // Field names as in the file.
    private struct Record: Decodable {
        let format: String?
        let version: Int?
        let id: String?
        let source: String?
        let sha256: String?
        let byte_order_mark: Bool?
        let text: String?
        let error: String?
        let annotators: [AnnotatorRecord]?
        let annotations: [AnnotationRecord]?
    }

    private struct AnnotatorRecord: Decodable {
        let id: String
        let kind: String
    }

    private struct AnnotationRecord: Decodable {
        let id: String
        let type: String
        let start: Int
        let end: Int
        let text: String
        let annotator: String
        let attributes: [String: AttributeRecord]?
    }

    private struct AttributeRecord: Decodable {
        let value: AttributeValue

        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let flag = try? container.decode(Bool.self) {
                value = .bool(flag)
            } else if let number = try? container.decode(Int.self) {
                value = .integer(number)
            } else if let number = try? container.decode(Double.self) {
                value = .number(number)
            } else if let text = try? container.decode(String.self) {
                value = .string(text)
            } else if let items = try? container.decode([AttributeRecord].self) {
                value = .list(items.map(\.value))
            } else if let fields = try? container.decode([String: AttributeRecord].self) {
                if fields.count == 1, case .string(let id)? = fields["ref"]?.value {
                    value = .reference(id)
                } else {
                    value = .object(Attributes(fields.mapValues(\.value)))
                }
            } else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "unsupported attribute value (null?)")
            }
        }
    }
}
