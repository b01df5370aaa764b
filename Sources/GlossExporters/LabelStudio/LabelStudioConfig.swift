/// The labelling config XML for the labels, per-region choices and relations a run used.
enum LabelStudioConfig {
    /// `quote` + `kind` → `quote_kind`.
    static func choicesName(type: String, attribute: String) -> String { type + "_" + attribute }

    static func xml(for vocabulary: RunVocabulary.Snapshot) -> String {
        var lines = ["<View>", "  <Labels name=\"\(LabelStudioExporter.labelsName)\" toName=\"\(LabelStudioExporter.textName)\">"]
        lines += vocabulary.types.map { "    <Label value=\"\(escaped($0))\"/>" }
        lines.append("  </Labels>")
        if !vocabulary.relations.isEmpty {
            lines.append("  <Relations>")
            lines += vocabulary.relations.keys.sorted().map { "    <Relation value=\"\(escaped($0))\"/>" }
            lines.append("  </Relations>")
        }
        for key in vocabulary.categories.keys.sorted() {
            let name = choicesName(type: key.type, attribute: key.attribute)
            // Shown only on regions of this label, one choice per value seen in the run.
            lines.append("  <Choices name=\"\(escaped(name))\" toName=\"\(LabelStudioExporter.textName)\" perRegion=\"true\" whenLabelValue=\"\(escaped(key.type))\">")
            lines += vocabulary.categories[key]!.sorted().map { "    <Choice value=\"\(escaped($0))\"/>" }
            lines.append("  </Choices>")
        }
        lines += ["  <Text name=\"\(LabelStudioExporter.textName)\" value=\"$\(LabelStudioExporter.textName)\"/>", "</View>"]
        return lines.joined(separator: "\n") + "\n"
    }

    private static func escaped(_ text: String) -> String { XMLText.attribute(text) }
}
