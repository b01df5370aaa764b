@_exported import GlossCLI
@_exported import GlossCore
@_exported import GlossExporters
import GlossExternal
import GlossFigures
import GlossLocations
import GlossPattern
import GlossQuotes
import GlossSentences
import GlossSentiment

extension AnnotatorRegistry {
    /// Every annotator kind that ships with Gloss. A third-party `gloss` starts from this
    /// and registers its own kinds.
    public static var builtIn: AnnotatorRegistry {
        var registry = AnnotatorRegistry()
        registry.register(SentencesAnnotator.self)
        registry.register(PatternAnnotator.self)
        registry.register(QuotesAnnotator.self)
        registry.register(FiguresAnnotator.self)
        registry.register(LocationsAnnotator.self)
        registry.register(SentimentAnnotator.self)
        registry.register(ExternalAnnotator.self)
        return registry
    }
}
