import Testing
@testable import GlossCore

/// A minimal annotator kind for configuration tests; the core knows no real ones.
private struct EchoAnnotator: Annotator {
    static let description = AnnotatorDescription(
        kind: "echo", summary: "Marks the first token.", emits: ["echo"],
        options: [
            OptionSpec("min_score", .number(min: 0, max: 1), default: .number(0.5), help: "A threshold."),
            OptionSpec("enabled_levels", .list(.choice(["sentence", "document"])), default: .list([]), help: "Levels."),
            OptionSpec("label", .string, help: "A label."),
            OptionSpec("strict", .bool, default: .bool(false), help: "Be strict."),
        ])

    let label: String

    init(configuration: AnnotatorConfiguration) throws {
        label = configuration.options.string("label") ?? "echo"
        if label == "forbidden" { throw configuration.options.error("label", "label 'forbidden' is reserved") }
    }

    func annotate(_ context: AnnotationContext) throws {
        if let first = context.text.tokens.first { context.add("echo", bytes: first.byteRange, attributes: ["label": .string(label)]) }
    }
}

@Suite struct ConfigurationTests {
    private var registry: AnnotatorRegistry {
        var registry = AnnotatorRegistry()
        registry.register(EchoAnnotator.self)
        return registry
    }

    private func load(_ yaml: String) throws(ConfigErrors) -> Configuration {
        try ConfigurationLoader(registry: registry, formats: ["json", "jsonl"]).load(yaml: yaml, file: "test.yaml", directory: "/tmp")
    }

    private func errors(_ yaml: String) -> [String] {
        do {
            _ = try load(yaml)
            return []
        } catch {
            return error.errors.map(\.description)
        }
    }

    @Test func validConfigurationBuildsThePipelineAndDefaults() throws {
        let configuration = try load("""
            pipeline:
              - id: first
                kind: echo
                options: {label: hi, min_score: 0.7}
              - {id: second, kind: echo, enabled: false}
            output: {formats: [json, jsonl]}
            """)
        #expect(configuration.pipeline.steps.map(\.id) == ["first"])
        #expect(configuration.inputs.include == ["*.txt"])
        #expect(configuration.inputs.paths == ["/tmp"])
        #expect(configuration.output.directory == "/tmp/annotations-out")
        #expect(configuration.output.formats == ["json", "jsonl"])
    }

    @Test func unknownKeysPointAtTheKeyAndSuggestTheNearest() {
        #expect(errors("""
            pipeline:
              - id: a
                kind: echo
                options:
                  min_scroe: 0.5
            """) == ["test.yaml:5:7: error: unknown key 'min_scroe' in options of 'a' (echo); did you mean 'min_score'?"])
        #expect(errors("pipline: []\n").first == "test.yaml:1:1: error: unknown key 'pipline' in the configuration; did you mean 'pipeline'?")
    }

    @Test func unknownKindSuggestsARegisteredOne() {
        #expect(errors("pipeline:\n  - {id: a, kind: ecko}\n") == ["test.yaml:2:19: error: unknown annotator kind 'ecko'; did you mean 'echo'?"])
    }

    @Test func wrongTypesSayWhatWasExpected() {
        let found = errors("""
            pipeline:
              - id: a
                kind: echo
                options:
                  min_score: 1.5
                  strict: maybe
                  enabled_levels: [sentence, paragraf]
            """)
        #expect(found == [
            "test.yaml:5:18: error: expected number in 0.0…1.0 for 'min_score', found '1.5'",
            "test.yaml:6:15: error: expected true or false for 'strict', found 'maybe'",
            "test.yaml:7:34: error: unknown value 'paragraf' for 'enabled_levels'[1]; expected one of: 'document', 'sentence'",
        ])
    }

    @Test func duplicateIdsAndMissingKeysAreReportedTogether() {
        let found = errors("""
            pipeline:
              - {id: a, kind: echo}
              - {id: a, kind: echo}
              - {kind: echo}
            """)
        #expect(found.count == 2)
        #expect(found[0].hasPrefix("test.yaml:3:10: error: duplicate annotator id 'a' (first used at test.yaml:2:10)"))
        #expect(found[1].hasPrefix("test.yaml:4:5: error: missing key 'id' in pipeline[2]"))
    }

    @Test func annotatorCreationErrorsCarryTheOptionLocation() {
        #expect(errors("pipeline:\n  - id: a\n    kind: echo\n    options:\n      label: forbidden\n")
            == ["test.yaml:5:14: error: label 'forbidden' is reserved"])
    }

    @Test func syntaxErrorsCarryLineAndColumn() {
        let found = errors("pipeline:\n  - id: a\n    kind: [echo\n")
        #expect(found.count == 1)
        #expect(found[0].hasPrefix("test.yaml:4:1: error: YAML syntax:"))
    }

    @Test func unknownFormatAndEmptyPipeline() {
        let found = errors("pipeline: []\noutput: {formats: [brat2]}\n")
        #expect(found.contains("test.yaml:1:11: error: the pipeline is empty; name at least one annotator"))
        #expect(found.contains { $0.hasPrefix("test.yaml:2:20: error: unknown value 'brat2' for 'formats'[0]") })
    }

    @Test func missingFileIsAClearError() {
        do {
            _ = try ConfigurationLoader(registry: registry, formats: ["json"]).load(file: "/nonexistent/annotations.yaml")
            Issue.record("expected an error")
        } catch {
            #expect(error.description == "/nonexistent/annotations.yaml:1:1: error: cannot read configuration file; no such file; pass --config FILE")
        }
    }

    @Test func jsonSchemaListsKindsAndOptions() throws {
        let schema = String(decoding: ConfigurationJSONSchema.make(registry: registry, formats: ["json"]), as: UTF8.self)
        #expect(schema.contains("\"enum\":[\"echo\"]"))
        #expect(schema.contains("\"min_score\":{\"description\":\"A threshold.\",\"type\":\"number\",\"minimum\":0,\"maximum\":1,\"default\":0.5}"))
    }
}
