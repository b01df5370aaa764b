import Gloss
import GlossAcronyms
import Testing

@Suite struct AcronymAnnotatorTests {
    /// The acronyms step of this package's annotations.yaml, loaded as `gloss` loads it.
    func pipeline(_ options: String) throws -> Pipeline {
        var registry = AnnotatorRegistry.builtIn
        registry.register(AcronymAnnotator.self)
        let yaml = "pipeline:\n  - id: acronyms\n    kind: acronyms\n    options: \(options)\n"
        return try ConfigurationLoader(registry: registry, formats: ["json"]).load(yaml: yaml, file: "test.yaml", directory: ".").pipeline
    }

    @Test func definitionsLaterUsesAndKnownAcronyms() throws {
        let text = "The World Health Organization (WHO) and the Bank of England (BoE) met. WHO said the EU agreed; the IMF did not."
        let annotated = try pipeline("{known: {EU: European Union}}").annotate(Document(id: "d", text: text))
        let found = annotated.annotations.map { "\($0.text)=\($0[attribute: "expansion"]?.stringValue ?? "-")" }
        #expect(found == ["WHO=World Health Organization", "WHO=World Health Organization", "EU=European Union"])
        #expect(annotated.annotations[1][attribute: "defined_at"] == .reference(annotated.annotations[0].id))
    }

    @Test func aKnownEntryThatIsNotAnAcronymIsAConfigurationError() throws {
        #expect(throws: ConfigErrors.self) { try pipeline("{known: {Europe: European Union}}") }
    }
}
