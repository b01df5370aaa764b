import Foundation
import Testing
@testable import GlossCore

@Suite struct OutputPathsTests {
    @Test func plainIdsKeepTheirFolders() {
        #expect(OutputPaths.relativePath(forDocumentID: "news/2024/a-1", extension: "json") == "news/2024/a-1.json")
        #expect(OutputPaths.relativePath(forDocumentID: "Zürich report", extension: "json") == "Zürich report.json")
    }

    @Test(arguments: ["../../etc/passwd", "/abs/path", "..", ".hidden", "a/./b", "a\\..\\b", "x\u{0}y", "", "C:evil"])
    func hostileIdsStayInsideTheOutputFolder(_ id: String) {
        let path = OutputPaths.relativePath(forDocumentID: id, extension: "json")
        let root = URL(fileURLWithPath: "/tmp/out")
        let resolved = root.appendingPathComponent(path).standardizedFileURL.path
        #expect(resolved.hasPrefix("/tmp/out/"), "\(id) → \(path)")
        #expect(!path.split(separator: "/").contains { $0 == ".." || $0 == "." || $0.hasPrefix(".") })
    }

    @Test func differentIdsGiveDifferentPaths() {
        let ids = ["a.b", "a%2Eb", "..", "%2E%2E", "a/b", "a%2Fb", "x y", "x%20y"]
        let paths = Set(ids.map { OutputPaths.relativePath(forDocumentID: $0, extension: "json") })
        #expect(paths.count == ids.count)
    }
}
