extension Annotator {
    /// Creates this annotator from options written in YAML (what goes under `options:`),
    /// checked exactly as in a configuration file. For tests and tools that run one
    /// annotator on its own.
    public static func make(
        options yaml: String = "{}", id: String = Self.description.kind, baseDirectory: String = ".", allowsCommands: Bool = false
    ) throws -> Self {
        let file = "options.yaml"
        var validator = OptionValidator(baseDirectory: baseDirectory)
        let options = validator.object(
            try ConfigNode.parse(yaml: yaml, file: file), specs: Self.description.options, what: "options of '\(id)'",
            location: SourceLocation(file: file, line: 1, column: 1))
        if !validator.errors.isEmpty { throw ConfigErrors(validator.errors) }
        return try Self(configuration: AnnotatorConfiguration(id: id, options: options, allowsCommands: allowsCommands))
    }

    /// Annotates one text on its own and returns every annotation made, in creation order.
    public func annotations(in text: String, id: String = Self.description.kind) throws -> [Annotation] {
        let context = AnnotationContext(document: Document(id: "document", text: text))
        context.annotatorID = id
        try annotate(context)
        return context.annotations
    }
}
