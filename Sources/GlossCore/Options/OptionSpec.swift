/// The type of a configuration option. The same description drives validation, the
/// `gloss annotators` listing and the JSON Schema, so they cannot drift apart.
public indirect enum OptionType: Sendable {
    case bool
    case integer(min: Int? = nil, max: Int? = nil)
    case number(min: Double? = nil, max: Double? = nil)
    case string
    case choice([String])
    /// A file path, resolved against the configuration file's folder.
    case path(mustExist: Bool)
    case list(OptionType)
    case object([OptionSpec])
    /// A mapping from free names to values of one type.
    case dictionary(OptionType)

    public var summary: String {
        switch self {
        case .bool: return "bool"
        case .integer(let min, let max): return "integer" + bounds(min, max)
        case .number(let min, let max): return "number" + bounds(min, max)
        case .string: return "string"
        case .choice(let values): return values.joined(separator: "|")
        case .path: return "path"
        case .list(let element): return "list of \(element.summary)"
        case .object(let specs): return "{" + specs.map(\.name).joined(separator: ", ") + "}"
        case .dictionary(let element): return "map of name → \(element.summary)"
        }
    }

    private func bounds<T>(_ min: T?, _ max: T?) -> String {
        switch (min, max) {
        case (let min?, let max?): return " in \(min)…\(max)"
        case (let min?, nil): return " ≥ \(min)"
        case (nil, let max?): return " ≤ \(max)"
        case (nil, nil): return ""
        }
    }
}

/// One option an annotator (or the configuration itself) accepts.
public struct OptionSpec: Sendable {
    public let name: String
    public let type: OptionType
    /// Used when the option is absent; `nil` with `required == false` means "unset".
    public let defaultValue: OptionValue?
    public let required: Bool
    public let help: String

    public init(_ name: String, _ type: OptionType, default defaultValue: OptionValue? = nil, required: Bool = false, help: String) {
        self.name = name
        self.type = type
        self.defaultValue = defaultValue
        self.required = required
        self.help = help
    }
}
