import Gloss

GlossCommand.main(annotators: .builtIn, exporters: .builtIn)
