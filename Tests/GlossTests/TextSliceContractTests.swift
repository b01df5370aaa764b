import Foundation
import Testing

/// DESIGN.md: `text == documentText[start..<end]` in Unicode scalars for every annotation
/// Gloss writes — checked on every output file of a run over emoji, combining marks,
/// CRLF line ends and a byte order mark, with every built-in annotator kind.
@Suite struct TextSliceContractTests {
    @Test func everyWrittenAnnotationCoversExactlyItsText() throws {
        let folder = try TemporaryFolder()
        for name in ["stress-crlf-bom.txt", "stress-lf.txt"] {
            try folder.write("in/\(name)", Array(Data(contentsOf: try Fixtures.url(name))))
        }
        try folder.write("in/seed.txt", Array(Data(contentsOf: Fixtures.repositoryRoot.appendingPathComponent("seeds/002_704e45cf9c367b27.txt"))))
        let result = try GlossTool.run(["annotate", "in", "--config", try Fixtures.url("stress.yaml").path, "--out", "out"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")

        var documents = [[String: Any]]()
        for file in folder.files(under: "out") where file.hasSuffix(".json") {
            documents.append(try #require(JSONSerialization.jsonObject(with: Data(contentsOf: folder.url.appendingPathComponent("out/\(file)"))) as? [String: Any]))
        }
        let stream = try String(contentsOf: folder.url.appendingPathComponent("out/annotations.jsonl"), encoding: .utf8)
        for line in stream.split(separator: "\n") {
            documents.append(try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]))
        }
        #expect(documents.count == 6)

        var checked = 0
        var types = Set<String>()
        for document in documents {
            let text = Array((try #require(document["text"] as? String)).unicodeScalars)
            #expect(document["length"] as? Int == text.count)
            for case let annotation as [String: Any] in try #require(document["annotations"] as? [Any]) {
                let start = try #require(annotation["start"] as? Int), end = try #require(annotation["end"] as? Int)
                #expect(0 <= start && start < end && end <= text.count)
                var slice = String.UnicodeScalarView()
                slice.append(contentsOf: text[start..<end])
                #expect(annotation["text"] as? String == String(slice), "\(annotation)")
                types.insert(try #require(annotation["type"] as? String))
                checked += 1
            }
        }
        #expect(checked > 50)
        #expect(types.isSuperset(of: ["sentence", "paragraph", "entity"]))
        let bomDocument = try #require(documents.first { $0["id"] as? String == "stress-crlf-bom" })
        #expect(bomDocument["byte_order_mark"] as? Bool == true)
        #expect((bomDocument["text"] as? String)?.hasPrefix("Zelensky") == true)
    }
}
