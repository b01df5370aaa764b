import Foundation
import Testing

@Suite struct CommandLineTests {
    /// The README's first command: `gloss annotate` with no arguments in the repository.
    @Test func annotatesTheBundledSeedsWithTheBundledConfiguration() throws {
        let folder = try TemporaryFolder()
        let root = Fixtures.repositoryRoot
        try FileManager.default.copyItem(at: root.appendingPathComponent("seeds"), to: folder.url.appendingPathComponent("seeds"))
        try FileManager.default.copyItem(at: root.appendingPathComponent("annotations.yaml"), to: folder.url.appendingPathComponent("annotations.yaml"))
        let result = try GlossTool.run(["annotate"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(folder.files(under: "annotations-out").filter { $0.hasSuffix(".json") }
            == ["000_7a93d029071a5ecf.json", "002_704e45cf9c367b27.json"])
    }

    @Test func runningTwiceGivesByteIdenticalOutputWhateverTheJobCount() throws {
        let folder = try TemporaryFolder()
        let stress = try Fixtures.url("stress.yaml")
        for name in ["stress-crlf-bom.txt", "stress-lf.txt"] {
            try folder.write("in/\(name)", Array(Data(contentsOf: try Fixtures.url(name))))
        }
        for copy in 0..<20 { try folder.write("in/many/doc\(copy).txt", "Document \(copy). NATO met in 2022. “Yes,” he said.") }
        for (run, jobs) in [("a", "1"), ("b", "2"), ("c", "2")] {
            let result = try GlossTool.run(["annotate", "in", "--config", stress.path, "--out", run, "--jobs", jobs], in: folder.url)
            #expect(result.status == 0, "\(result.stderr)")
        }
        let files = folder.files(under: "a")
        #expect(files.count == 23)  // 22 documents + annotations.jsonl
        for run in ["b", "c"] {
            #expect(folder.files(under: run) == files)
            for file in files {
                let first = try Data(contentsOf: folder.url.appendingPathComponent("a/\(file)"))
                let again = try Data(contentsOf: folder.url.appendingPathComponent("\(run)/\(file)"))
                #expect(first == again, "\(run)/\(file) differs")
            }
        }
    }

    @Test func streamModeWritesOneLinePerInputLineInOrder() throws {
        let folder = try TemporaryFolder()
        try folder.write("annotations.yaml", "pipeline:\n  - {id: s, kind: sentences}\n")
        var input = ""
        for i in 0..<50 { input += "{\"id\": \"d\(i)\", \"text\": \"First \(i). Second.\"}\n" }
        input += "not json\n{\"id\": \"no-text\"}\n\n{\"id\": \"last\", \"text\": \"End.\"}\n"
        let result = try GlossTool.run(["annotate", "--jsonl", "--jobs", "2"], in: folder.url, stdin: Data(input.utf8))
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n").map { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(lines.count == 53)
        #expect(lines[0]?["id"] as? String == "d0")
        #expect((lines[0]?["annotations"] as? [Any])?.count == 2)
        #expect(lines[49]?["id"] as? String == "d49")
        #expect((lines[50]?["error"] as? String)?.hasPrefix("stdin:51: error: not a JSON object") == true)
        #expect((lines[51]?["error"] as? String)?.hasPrefix("stdin:52: error: missing string field \"text\"") == true)
        #expect(lines[52]?["id"] as? String == "last")
        #expect(result.stderr.contains("stdin:51: error: not a JSON object"))
        #expect(result.stderr.hasSuffix("gloss: 2 of 53 document(s) failed; 51 annotated\n"))
    }

    @Test func checkReportsEveryProblemWithItsPlaceAndExitsTwo() throws {
        let folder = try TemporaryFolder()
        try folder.write("bad.yaml", """
            pipeline:
              - id: s
                kind: sentence
              - id: p
                kind: pattern
                options:
                  patterns:
                    - {label: x, terms: [a], case_sensitve: true}
            outptu: {}
            """)
        let result = try GlossTool.run(["check", "--config", "bad.yaml"], in: folder.url)
        #expect(result.status == 2)
        #expect(result.stderr == """
            bad.yaml:3:11: error: unknown annotator kind 'sentence'; did you mean 'sentences'?
            bad.yaml:8:34: error: unknown key 'case_sensitve' in 'patterns'[0]; did you mean 'case_sensitive'?
            bad.yaml:9:1: error: unknown key 'outptu' in the configuration; did you mean 'output'?

            """)
        let good = try GlossTool.run(["check"], in: Fixtures.repositoryRoot)
        #expect(good.status == 0, "\(good.stderr)")
        #expect(good.stdout.hasPrefix("annotations.yaml: ok"))
    }

    @Test func annotatorsListsKindsWithOptionsTypesAndDefaults() throws {
        let result = try GlossTool.run(["annotators"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("sentences — "))
        #expect(result.stdout.contains("  paragraphs: bool = false"))
        #expect(result.stdout.contains("pattern — "))
        #expect(result.stdout.contains("  patterns: list of {label, type, terms, term_files, regex, case_sensitive, whole_word} (required)"))
        #expect(result.stdout.contains("json (Gloss JSON, one <id>.json file per document)"))
    }

    @Test func publishedConfigurationSchemaMatchesTheCode() throws {
        let result = try GlossTool.run(["schema"])
        let published = try String(contentsOf: Fixtures.repositoryRoot.appendingPathComponent("docs/schema/annotations.schema.json"), encoding: .utf8)
        #expect(result.stdout == published, "regenerate with: swift run gloss schema > docs/schema/annotations.schema.json")
    }

    @Test func versionAndHelp() throws {
        #expect(try GlossTool.run(["--version"]).stdout == "0.1.0\n")
        let help = try GlossTool.run(["annotate", "--help"]).stdout
        #expect(help.contains("--jsonl"))
        #expect(help.contains("Examples:"))
    }
}
