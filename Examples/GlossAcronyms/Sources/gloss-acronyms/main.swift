import Gloss
import GlossAcronyms

// The built-in kinds plus this package's own; everything else is Gloss's command line.
var annotators = AnnotatorRegistry.builtIn
annotators.register(AcronymAnnotator.self)
GlossCommand.main(annotators: annotators, exporters: .builtIn)
