import Foundation
import GlossCore
import Testing
@testable import GlossExporters

@Suite struct GlossJSONDecoderTests {
    @Test func decodesWhatTheEncoderWrites() throws {
        let original = SampleDocuments.annotated
        let bytes = GlossJSON.encode(original, context: SampleDocuments.context)
        let decoded = try GlossJSONDecoder.decode(Data(bytes))
        #expect(decoded.document.document == original.document)
        #expect(decoded.document.annotations == original.annotations)
        #expect(decoded.annotators.map(\.id) == ["quotes"])
    }

    @Test func rejectsTextThatDoesNotMatchTheSlice() throws {
        var json = String(decoding: GlossJSON.encode(SampleDocuments.annotated, context: SampleDocuments.context), as: UTF8.self)
        json = json.replacingOccurrences(of: "\"text\":\"Zürich\"", with: "\"text\":\"Zurich\"")
        #expect(throws: GlossJSONDecoder.Failure.self) { try GlossJSONDecoder.decode(Data(json.utf8)) }
    }

    @Test func realRunExportsInEveryFormat() throws {
        let url = try #require(Bundle.module.url(forResource: "seed-000.gloss", withExtension: "json", subdirectory: "Fixtures"))
        let decoded = try GlossJSONDecoder.decode(Data(contentsOf: url))
        #expect(decoded.document.annotations.count > 20)
        let context = ExportContext(annotators: decoded.annotators.map { .init(id: $0.id, kind: $0.kind, emits: []) })
        for format in ExporterRegistry.builtIn.all {
            let exporter = try #require(ExporterRegistry.builtIn.make(format.name, context: context))
            #expect(try !exporter.files(for: decoded.document).isEmpty)
        }
        let ann = try #require(SampleDocuments.text(of: BratExporter(context: context).files(for: decoded.document), endingWith: ".ann"))
        #expect(ann.split(separator: "\n").filter { $0.hasPrefix("T") }.count == decoded.document.annotations.count)
    }
}
