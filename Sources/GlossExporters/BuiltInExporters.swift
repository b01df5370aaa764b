import GlossCore

extension ExporterRegistry {
    /// Every output format that ships with Gloss.
    public static var builtIn: ExporterRegistry {
        var registry = ExporterRegistry()
        registry.register(GlossJSONExporter.self)
        registry.register(GlossJSONLinesExporter.self)
        return registry
    }
}
