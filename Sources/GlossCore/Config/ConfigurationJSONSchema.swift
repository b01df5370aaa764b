/// The JSON Schema of `annotations.yaml` (draft-07, as yaml-language-server reads it),
/// generated from the same option specs the loader validates with.
public enum ConfigurationJSONSchema {
    public static func make(registry: AnnotatorRegistry, formats: [String]) -> [UInt8] {
        var json = JSONWriter()
        json.beginObject()
        json.key("$schema"); json.string("http://json-schema.org/draft-07/schema#")
        json.key("$id"); json.string("https://gloss.dev/schema/annotations.schema.json")
        json.key("title"); json.string("Gloss annotations.yaml")
        json.key("type"); json.string("object")
        json.key("additionalProperties"); json.bool(false)
        json.key("required"); json.beginArray(); json.string("pipeline"); json.endArray()
        json.key("properties")
        json.beginObject()
        json.key("version")
        schema(for: .integer(min: 1, max: ConfigurationSchema.version), help: "Configuration format version.", default: .integer(1), into: &json)
        json.key("inputs")
        schema(for: .object(ConfigurationSchema.inputs), help: "What to annotate.", default: nil, into: &json)
        json.key("output")
        schema(for: .object(ConfigurationSchema.output(formats: formats)), help: "Where and how to write results.", default: nil, into: &json)
        json.key("pipeline")
        pipelineSchema(registry: registry, into: &json)
        json.endObject()
        json.endObject()
        json.newline()
        return json.bytes
    }

    private static func pipelineSchema(registry: AnnotatorRegistry, into json: inout JSONWriter) {
        json.beginObject()
        json.key("description"); json.string("The annotators to run, in order.")
        json.key("type"); json.string("array")
        json.key("minItems"); json.integer(1)
        json.key("items")
        json.beginObject()
        json.key("type"); json.string("object")
        json.key("required"); json.beginArray(); json.string("id"); json.string("kind"); json.endArray()
        json.key("additionalProperties"); json.bool(false)
        json.key("properties")
        json.beginObject()
        json.key("id")
        json.beginObject()
        json.key("description"); json.string("A unique name for this annotator instance; prefixes its annotation ids.")
        json.key("type"); json.string("string")
        json.key("pattern"); json.string("^[A-Za-z0-9_-]+$")
        json.endObject()
        json.key("kind")
        json.beginObject()
        json.key("description"); json.string("The annotator kind (see `gloss annotators`).")
        json.key("enum"); json.beginArray(); for name in registry.names { json.string(name) }; json.endArray()
        json.endObject()
        json.key("enabled")
        schema(for: .bool, help: "false skips this annotator.", default: .bool(true), into: &json)
        json.key("options")
        json.beginObject(); json.key("type"); json.string("object"); json.endObject()
        json.endObject()
        json.key("allOf")
        json.beginArray()
        for kind in registry.all {
            json.beginObject()
            json.key("if")
            json.beginObject()
            json.key("properties"); json.beginObject(); json.key("kind"); json.beginObject(); json.key("const"); json.string(kind.description.kind); json.endObject(); json.endObject()
            json.endObject()
            json.key("then")
            json.beginObject()
            json.key("properties")
            json.beginObject()
            json.key("options")
            schema(for: .object(kind.description.options), help: kind.description.summary, default: nil, into: &json)
            json.endObject()
            json.endObject()
            json.endObject()
        }
        json.endArray()
        json.endObject()
        json.endObject()
    }

    private static func schema(for type: OptionType, help: String?, default defaultValue: OptionValue?, into json: inout JSONWriter) {
        json.beginObject()
        if let help, !help.isEmpty { json.key("description"); json.string(help) }
        switch type {
        case .bool:
            json.key("type"); json.string("boolean")
        case .integer(let min, let max):
            json.key("type"); json.string("integer")
            if let min { json.key("minimum"); json.integer(min) }
            if let max { json.key("maximum"); json.integer(max) }
        case .number(let min, let max):
            json.key("type"); json.string("number")
            if let min { json.key("minimum"); json.number(min) }
            if let max { json.key("maximum"); json.number(max) }
        case .string, .path:
            json.key("type"); json.string("string")
        case .choice(let values):
            json.key("enum"); json.beginArray(); for value in values { json.string(value) }; json.endArray()
        case .list(let element):
            json.key("type"); json.string("array")
            json.key("items"); schema(for: element, help: nil, default: nil, into: &json)
        case .object(let specs):
            json.key("type"); json.string("object")
            json.key("additionalProperties"); json.bool(false)
            let required = specs.filter(\.required).map(\.name)
            if !required.isEmpty { json.key("required"); json.beginArray(); for name in required { json.string(name) }; json.endArray() }
            json.key("properties")
            json.beginObject()
            for spec in specs {
                json.key(spec.name)
                schema(for: spec.type, help: spec.help, default: spec.defaultValue, into: &json)
            }
            json.endObject()
        case .dictionary(let element):
            json.key("type"); json.string("object")
            json.key("additionalProperties"); schema(for: element, help: nil, default: nil, into: &json)
        }
        if let defaultValue { json.key("default"); write(defaultValue, into: &json) }
        json.endObject()
    }

    private static func write(_ value: OptionValue, into json: inout JSONWriter) {
        switch value {
        case .bool(let flag): json.bool(flag)
        case .integer(let number): json.integer(number)
        case .number(let number): json.number(number)
        case .string(let text): json.string(text)
        case .list(let items): json.beginArray(); for item in items { write(item, into: &json) }; json.endArray()
        case .object(let values):
            json.beginObject()
            for name in values.names { json.key(name); write(values[name]!, into: &json) }
            json.endObject()
        }
    }
}
