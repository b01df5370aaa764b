import GlossCore

extension ExporterRegistry {
    /// Every output format that ships with Gloss.
    public static var builtIn: ExporterRegistry {
        var registry = ExporterRegistry()
        registry.register(GlossJSONExporter.self)
        registry.register(GlossJSONLinesExporter.self)
        registry.register(BratExporter.self)
        registry.register(WebAnnotationExporter.self)
        registry.register(XMIExporter.self)
        registry.register(LabelStudioExporter.self)
        registry.register(SpaCyExporter.self)
        return registry
    }
}
