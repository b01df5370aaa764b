import Foundation
import Testing

/// Each kind of bad input gives a clear per-document message, the other documents are
/// still annotated, and the run exits 1.
@Suite struct BadInputTests {
    private let config = """
        inputs: {max_file_size: 2000}
        pipeline:
          - {id: sentences, kind: sentences}
        """

    private func runWithBadInputs() throws -> (TemporaryFolder, GlossTool.Result) {
        let folder = try TemporaryFolder()
        try folder.write("annotations.yaml", config)
        try folder.write("docs/good.txt", "A good document. It has two sentences.")
        try folder.write("docs/nested/also-good.txt", "Another good one.")
        try folder.write("docs/latin1.txt", [0x43, 0x61, 0x66, 0xE9, 0x20, 0x6F, 0x6B])  // "Café ok" in Latin-1
        try folder.write("docs/binary.txt", [0x61, 0x62, 0x00, 0x63])
        try folder.write("docs/empty.txt", [])
        try folder.write("docs/huge.txt", String(repeating: "Words and more words. ", count: 200))
        try folder.write("docs/ignored.md", "not a .txt file")
        // A link to itself cannot be opened, even by root: the portable "unreadable file".
        try FileManager.default.createSymbolicLink(atPath: folder.path("docs/loop.txt"), withDestinationPath: "loop.txt")
        try FileManager.default.createDirectory(atPath: folder.path("no-text-here"), withIntermediateDirectories: true)
        try folder.write("no-text-here/notes.md", "markdown only")
        let result = try GlossTool.run(["annotate", "docs", "missing.txt", "no-text-here", "--out", "out"], in: folder.url)
        return (folder, result)
    }

    @Test func everyBadInputIsReportedAndTheGoodOnesAreWritten() throws {
        let (folder, result) = try runWithBadInputs()
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        func line(_ prefix: String) -> String? { lines.first { $0.hasPrefix(prefix) } }

        #expect(line("docs/latin1.txt: error: invalid UTF-8 at byte 3;") != nil, "\(lines)")
        #expect(line("docs/binary.txt: error: NUL byte at byte 2;") != nil)
        #expect(line("docs/empty.txt: error: empty file") != nil)
        #expect(line("docs/huge.txt: error: file is 4400 bytes, over the limit of 2000 bytes; raise inputs.max_file_size") != nil)
        #expect(line("docs/loop.txt: error: cannot read file: Too many levels of symbolic links") != nil)
        #expect(line("missing.txt: error: no such file or folder") != nil)
        #expect(line("no-text-here: error: folder has no files matching '*.txt'") != nil)
        #expect(lines.last == "gloss: 7 of 9 document(s) failed; 2 annotated")

        #expect(folder.files(under: "out") == ["good.json", "nested/also-good.json"])
        let good = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.url.appendingPathComponent("out/good.json"))) as? [String: Any]
        #expect((good?["annotations"] as? [Any])?.count == 2)
    }

    @Test func allGoodInputsExitZeroAndPrintNothing() throws {
        let folder = try TemporaryFolder()
        try folder.write("annotations.yaml", config)
        try folder.write("docs/good.txt", "Fine. Also fine.")
        let result = try GlossTool.run(["annotate", "docs", "--out", "out"], in: folder.url)
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(result.stdout.isEmpty)
    }
}
