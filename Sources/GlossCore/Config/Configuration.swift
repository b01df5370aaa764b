import Foundation

/// A whole run, as `annotations.yaml` describes it, validated and with its pipeline built.
public struct Configuration: Sendable {
    public struct Inputs: Sendable {
        public var paths: [String]
        public var include: [String]
        public var exclude: [String]
        public var maxFileSize: Int
    }

    public struct Output: Sendable {
        public var directory: String
        public var formats: [String]
    }

    /// The configuration file's path as given.
    public let file: String
    public var inputs: Inputs
    public let pipeline: Pipeline
    public var output: Output
}

/// The keys of `annotations.yaml`. Shared by the loader, the docs and the JSON Schema.
public enum ConfigurationSchema {
    public static let version = 1

    public static let inputs: [OptionSpec] = [
        OptionSpec("paths", .list(.path(mustExist: false)), default: .list([.string(".")]),
                   help: "Files and folders to annotate, relative to this file. Folders are walked recursively."),
        OptionSpec("include", .list(.string), default: .list([.string("*.txt")]),
                   help: "Glob patterns a file in a folder must match (on its name, or its relative path when the pattern has '/')."),
        OptionSpec("exclude", .list(.string), default: .list([]), help: "Glob patterns of files in folders to skip."),
        OptionSpec("max_file_size", .integer(min: 1), default: .integer(10_000_000),
                   help: "Largest file to read, in bytes; larger files are reported and skipped."),
    ]

    public static func output(formats: [String]) -> [OptionSpec] {
        [
            OptionSpec("directory", .path(mustExist: false), default: .string("annotations-out"),
                       help: "Folder the output files are written to, relative to this file."),
            OptionSpec("formats", .list(.choice(formats)), default: .list([.string("json")]), help: "Output formats to write."),
        ]
    }

    /// Keys of one pipeline entry; `options` is checked against the entry's kind.
    public static let annotatorEntryKeys = ["id", "kind", "options", "enabled"]

    public static let topLevelKeys = ["version", "inputs", "pipeline", "output"]
}

/// Reads and validates `annotations.yaml`: every problem is reported with file, line and
/// column before any document is read, and the annotators are created.
public struct ConfigurationLoader: Sendable {
    public let registry: AnnotatorRegistry
    public let formats: [String]
    public let allowsCommands: Bool

    public init(registry: AnnotatorRegistry, formats: [String], allowsCommands: Bool = false) {
        self.registry = registry
        self.formats = formats
        self.allowsCommands = allowsCommands
    }

    public func load(file: String) throws(ConfigErrors) -> Configuration {
        let start = SourceLocation(file: file, line: 1, column: 1)
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: file))
        } catch {
            throw ConfigErrors([ConfigError(
                "cannot read configuration file", at: start,
                hint: FileManager.default.fileExists(atPath: file) ? "check its permissions" : "no such file; pass --config FILE")])
        }
        guard let yaml = String(data: data, encoding: .utf8) else {
            throw ConfigErrors([ConfigError("configuration is not valid UTF-8", at: start)])
        }
        let directory = URL(fileURLWithPath: file).standardizedFileURL.deletingLastPathComponent().path
        return try load(yaml: yaml, file: file, directory: directory)
    }

    public func load(yaml: String, file: String, directory: String) throws(ConfigErrors) -> Configuration {
        let start = SourceLocation(file: file, line: 1, column: 1)
        guard let root = try ConfigNode.parse(yaml: yaml, file: file) else {
            throw ConfigErrors([ConfigError("configuration is empty", at: start, hint: "it needs at least a 'pipeline' list")])
        }
        var validator = OptionValidator(baseDirectory: directory)
        let topLevel: [OptionSpec] = [
            OptionSpec("version", .integer(min: 1, max: ConfigurationSchema.version), default: .integer(1), help: "Configuration format version."),
            OptionSpec("inputs", .object(ConfigurationSchema.inputs), help: "What to annotate."),
            OptionSpec("output", .object(ConfigurationSchema.output(formats: formats)), help: "Where and how to write results."),
        ]
        // `pipeline` needs each entry's kind to check its options, so it is checked apart.
        var pipelineNode: ConfigNode?
        if case .mapping(let entries) = root.value { pipelineNode = entries.first { $0.key == "pipeline" }?.value }
        let values = validator.object(root, specs: topLevel, what: "the configuration", location: start, checkedElsewhere: ["pipeline"])
        var steps = [Pipeline.Step]()
        if let pipelineNode {
            steps = buildPipeline(pipelineNode, validator: &validator)
        } else if case .mapping = root.value {
            validator.report(ConfigError("missing key 'pipeline'", at: root.location,
                                         hint: "add a list of annotators: pipeline: [{id: sentences, kind: sentences}]"))
        }
        if !validator.errors.isEmpty { throw ConfigErrors(validator.errors) }

        let inputs = values.object("inputs") ?? validator.object(nil, specs: ConfigurationSchema.inputs, what: "inputs", location: start)
        let output = values.object("output")
            ?? validator.object(nil, specs: ConfigurationSchema.output(formats: formats), what: "output", location: start)
        return Configuration(
            file: file,
            inputs: .init(paths: inputs.strings("paths"), include: inputs.strings("include"),
                          exclude: inputs.strings("exclude"), maxFileSize: inputs.integer("max_file_size")),
            pipeline: Pipeline(steps: steps),
            output: .init(directory: output.string("directory") ?? "annotations-out", formats: output.strings("formats")))
    }

    private func buildPipeline(_ node: ConfigNode, validator: inout OptionValidator) -> [Pipeline.Step] {
        guard case .sequence(let items) = node.value else {
            validator.report(ConfigError("expected a list of annotators for 'pipeline', found \(node.kindDescription)", at: node.location))
            return []
        }
        if items.isEmpty {
            validator.report(ConfigError("the pipeline is empty", at: node.location, hint: "name at least one annotator"))
        }
        var steps = [Pipeline.Step]()
        var seenIDs = [String: SourceLocation]()
        for (index, item) in items.enumerated() {
            let what = "pipeline[\(index)]"
            guard case .mapping(let entries) = item.value else {
                validator.report(ConfigError("expected a mapping with 'id' and 'kind' for \(what), found \(item.kindDescription)", at: item.location))
                continue
            }
            let entrySpecs = [
                OptionSpec("id", .string, required: true, help: "a unique name for this annotator instance"),
                OptionSpec("kind", .string, required: true, help: "one of: " + registry.names.joined(separator: ", ")),
                OptionSpec("enabled", .bool, default: .bool(true), help: "false skips this annotator"),
            ]
            let values = validator.object(item, specs: entrySpecs, what: what, location: item.location, checkedElsewhere: ["options"])
            let optionsNode = entries.first { $0.key == "options" }?.value
            guard let id = values.string("id"), let kindName = values.string("kind") else { continue }

            if let previous = seenIDs[id] {
                validator.report(ConfigError("duplicate annotator id '\(id)' (first used at \(previous))", at: values.location(of: "id"),
                                             hint: "give each annotator instance its own id"))
            } else if !Self.isValidID(id) {
                validator.report(ConfigError("invalid annotator id '\(id)'", at: values.location(of: "id"),
                                             hint: "use letters, digits, '_' and '-'"))
            }
            seenIDs[id] = seenIDs[id] ?? values.location(of: "id")

            guard let kind = registry.kind(named: kindName) else {
                validator.report(ConfigError("unknown annotator kind '\(kindName)'", at: values.location(of: "kind"),
                                             hint: NameSuggestion.hint(for: kindName, among: registry.names)))
                continue
            }
            let before = validator.errors.count
            let options = validator.object(optionsNode, specs: kind.description.options, what: "options of '\(id)' (\(kindName))",
                                           location: values.location(of: "kind"))
            guard validator.errors.count == before, values.bool("enabled") else { continue }
            do {
                let annotator = try kind.make(AnnotatorConfiguration(id: id, options: options, allowsCommands: allowsCommands))
                steps.append(Pipeline.Step(id: id, kind: kindName, annotator: annotator))
            } catch let error as ConfigError {
                validator.report(error)
            } catch let errors as ConfigErrors {
                errors.errors.forEach { validator.report($0) }
            } catch {
                validator.report(ConfigError("cannot create annotator '\(id)': \(error)", at: options.location))
            }
        }
        return steps
    }

    static func isValidID(_ id: String) -> Bool {
        !id.isEmpty && id.utf8.allSatisfy { UTF8Scanning.isASCIILetter($0) || UTF8Scanning.isASCIIDigit($0) || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-") }
    }
}
