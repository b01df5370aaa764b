@_exported import GlossCLI
@_exported import GlossCore
@_exported import GlossExporters
import GlossPattern
import GlossSentences

extension AnnotatorRegistry {
    /// Every annotator kind that ships with Gloss. A third-party `gloss` starts from this
    /// and registers its own kinds.
    public static var builtIn: AnnotatorRegistry {
        var registry = AnnotatorRegistry()
        registry.register(SentencesAnnotator.self)
        registry.register(PatternAnnotator.self)
        return registry
    }
}
