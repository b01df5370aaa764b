import Yams

/// A YAML node with its position, so every later check can point at the file.
public struct ConfigNode: Sendable {
    public enum Value: Sendable {
        /// `plain` is false for quoted scalars, which are always strings.
        case scalar(String, plain: Bool)
        case sequence([ConfigNode])
        case mapping([ConfigEntry])
        /// `~`, `null`, or an empty value.
        case null
    }

    public let value: Value
    public let location: SourceLocation

    public init(value: Value, location: SourceLocation) {
        self.value = value
        self.location = location
    }

    /// Parses YAML text; syntax errors carry the line and column libyaml reports.
    public static func parse(yaml: String, file: String) throws(ConfigErrors) -> ConfigNode? {
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw ConfigErrors([syntaxError(error, file: file)])
        } catch {
            throw ConfigErrors([ConfigError("\(error)", at: SourceLocation(file: file, line: 1, column: 1))])
        }
        guard let root else { return nil }
        return try convert(root, file: file)
    }

    private static func convert(_ node: Node, file: String) throws(ConfigErrors) -> ConfigNode {
        let mark = node.mark
        let location = SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
        switch node {
        case .scalar(let scalar):
            let plain = scalar.style == .plain || scalar.style == .any
            if plain && ["~", "null", "Null", "NULL", ""].contains(scalar.string) {
                return ConfigNode(value: .null, location: location)
            }
            return ConfigNode(value: .scalar(scalar.string, plain: plain), location: location)
        case .sequence(let sequence):
            var items = [ConfigNode]()
            for item in sequence { items.append(try convert(item, file: file)) }
            return ConfigNode(value: .sequence(items), location: location)
        case .mapping(let mapping):
            var entries = [ConfigEntry]()
            for (key, value) in mapping {
                let keyMark = key.mark
                let keyLocation = SourceLocation(file: file, line: keyMark?.line ?? 1, column: keyMark?.column ?? 1)
                guard case .scalar(let keyScalar) = key else {
                    throw ConfigErrors([ConfigError("a mapping key must be a plain name", at: keyLocation)])
                }
                entries.append(ConfigEntry(key: keyScalar.string, keyLocation: keyLocation, value: try convert(value, file: file)))
            }
            return ConfigNode(value: .mapping(entries), location: location)
        case .alias:
            throw ConfigErrors([ConfigError("YAML aliases are not supported here; write the value out", at: location)])
        }
    }

    private static func syntaxError(_ error: YamlError, file: String) -> ConfigError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return ConfigError("YAML syntax: \(problem)", at: SourceLocation(file: file, line: mark.line, column: mark.column))
        case .duplicatedKeysInMapping(let duplicates, let context):
            return ConfigError(
                "duplicate key " + duplicates.map { "'\($0)'" }.joined(separator: ", ") + " in the mapping that starts here",
                at: SourceLocation(file: file, line: context.mark.line, column: context.mark.column),
                hint: "each key may appear once")
        case .reader(let problem, let offset, _, _):
            return ConfigError("cannot read YAML: \(problem)" + (offset.map { " at byte \($0)" } ?? ""), at: SourceLocation(file: file, line: 1, column: 1))
        default:
            return ConfigError("\(error)", at: SourceLocation(file: file, line: 1, column: 1))
        }
    }

    public var isNull: Bool {
        if case .null = value { return true }
        return false
    }

    /// A short name of what this node is, for "expected X, found Y" messages.
    public var kindDescription: String {
        switch value {
        case .scalar(let text, _): return "'\(text)'"
        case .null: return "nothing (null)"
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        }
    }
}

public struct ConfigEntry: Sendable {
    public let key: String
    public let keyLocation: SourceLocation
    public let value: ConfigNode
}
