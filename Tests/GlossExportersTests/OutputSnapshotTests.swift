import Foundation
import GlossCore
import Testing
@testable import GlossExporters

/// Every format's files, byte for byte, for documents with the cases exporters treat apart,
/// against files stored in `Fixtures/snapshots`: speed work on the writers must not change a
/// byte. After a deliberate change of a format, `GLOSS_UPDATE_SNAPSHOTS=1 swift test --filter
/// OutputSnapshotTests` rewrites them (and the diff shows what changed).
@Suite struct OutputSnapshotTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/snapshots")

    /// The sample document plus: types and annotator ids equal to Swift but not in bytes (NFC
    /// and NFD), attribute names and values that need escaping in every syntax, bool and string
    /// categories, GeoNames ids as string and integer, a reference to a missing annotation and
    /// one to an existing one, a list of references, a type with no UIMA type of its own, a span
    /// over line breaks, an empty span; and a document without annotations.
    static var documents: [AnnotatedDocument] {
        let sample = SampleDocuments.annotated
        func annotation(_ id: String, _ type: String, _ needle: String, annotator: String? = nil, _ attributes: Attributes = [:]) -> Annotation {
            let base = SampleDocuments.annotation(id, type, needle, attributes)
            return Annotation(id: id, type: type, start: base.start, end: base.end, text: needle, annotator: annotator ?? base.annotator,
                              attributes: attributes)
        }
        let extra = [
            annotation("caf\u{E9}-1", "caf\u{E9}", "rose", annotator: "cafe\u{301}", ["mood": "calm", "flag": true, "MixedCase": "Mixed Case"]),
            annotation("cafe\u{301}-1", "cafe\u{301}", "rose", annotator: "caf\u{E9}"),
            annotation("note-1", "note <&>", "Rents will\r\nfall", [
                "said \"x\"": "a \"quoted\"\nline\\ \u{1}é😀 <&>", "score": 1.5, "count": 7, "nan": .number(.nan),
                "missing": .reference("nowhere-1"), "both": .list([.reference("speaker-1"), .reference("quote-1")]),
                "nested": .object(["k": .list([1, "two", false])]),
            ]),
            annotation("location-2", "location", "rose", ["geonames_id": "2657896", "country_code": "CH", "longitude": -8.5]),
            Annotation(id: "empty-1", type: "note <&>", start: 5, end: 5, text: "", annotator: "notes", attributes: [:]),
        ]
        return [
            AnnotatedDocument(document: sample.document, annotations: sample.annotations + extra),
            AnnotatedDocument(document: Document(id: "empty", text: "No annotations here.\n"), annotations: []),
        ]
    }

    static var context: ExportContext {
        ExportContext(annotators: [
            .init(id: "quotes", kind: "quote", emits: ["quote", "speaker"]), .init(id: "notes", kind: "pattern", emits: ["note <&>"]),
        ])
    }

    @Test(arguments: ExporterRegistry.builtIn.all.map(\.name))
    func formatWritesTheStoredBytes(format: String) throws {
        let exporter = try #require(ExporterRegistry.builtIn.make(format, context: Self.context))
        var files = try Self.documents.flatMap { try exporter.files(for: $0) }
        files += exporter.runFiles()
        // Stream files (JSON Lines) are one file made of every document's part, in order.
        var contents = [(path: String, bytes: [UInt8])]()
        for file in files {
            if let index = contents.firstIndex(where: { $0.path == file.path }) { contents[index].bytes += file.bytes } else { contents.append((file.path, file.bytes)) }
        }
        let update = ProcessInfo.processInfo.environment["GLOSS_UPDATE_SNAPSHOTS"] == "1"
        for (path, bytes) in contents {
            let stored = Self.folder.appendingPathComponent(format).appendingPathComponent(path)
            if update {
                try FileManager.default.createDirectory(at: stored.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(bytes).write(to: stored)
            }
            let expected = [UInt8](try #require(FileManager.default.contents(atPath: stored.path), "no stored \(format)/\(path)"))
            guard bytes != expected else { continue }
            let at = zip(bytes, expected).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(bytes.count, expected.count)
            func around(_ bytes: [UInt8]) -> String { String(decoding: bytes[max(0, at - 40)..<min(bytes.count, at + 40)], as: UTF8.self).debugDescription }
            Issue.record("\(format)/\(path) differs from the stored file at byte \(at): written \(around(bytes)), stored \(around(expected))")
        }
    }
}
