import Testing
@testable import GlossCore

@Suite struct GlobTests {
    @Test(arguments: [
        ("*.txt", "a.txt", true), ("*.txt", "sub/a.txt", true), ("*.txt", "a.md", false),
        ("sub/*.txt", "sub/a.txt", true), ("sub/*.txt", "sub/deep/a.txt", false),
        ("**/*.txt", "a.txt", true), ("**/*.txt", "x/y/a.txt", true), ("news/**", "news/a/b.txt", true),
        ("?.txt", "a.txt", true), ("?.txt", "ab.txt", false),
        ("[ab]*.txt", "b1.txt", true), ("[!ab]*.txt", "b1.txt", false), ("[a-c].md", "c.md", true),
    ])
    func matches(_ pattern: String, _ path: String, _ expected: Bool) {
        #expect(Glob(pattern).matches(relativePath: path) == expected)
    }
}
