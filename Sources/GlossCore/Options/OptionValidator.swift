import Foundation

/// Checks YAML nodes against option specs, collecting every error (not just the first)
/// with its line and column, and fills in defaults.
public struct OptionValidator {
    /// Folder that relative paths in the file are resolved against.
    public let baseDirectory: String
    public private(set) var errors: [ConfigError] = []

    public init(baseDirectory: String) {
        self.baseDirectory = baseDirectory
    }

    public mutating func report(_ error: ConfigError) { errors.append(error) }

    /// Validates a mapping against `specs`. `node` may be nil (the object is absent):
    /// then defaults apply and required options are reported at `location`. Keys in
    /// `checkedElsewhere` are known but left to the caller.
    public mutating func object(
        _ node: ConfigNode?, specs: [OptionSpec], what: String, location: SourceLocation, checkedElsewhere: [String] = []
    ) -> OptionValues {
        var values = [String: OptionValue]()
        var locations = [String: SourceLocation]()
        var seen = Set<String>()
        if let node, !node.isNull {
            guard case .mapping(let entries) = node.value else {
                report(ConfigError("expected a mapping for \(what), found \(node.kindDescription)", at: node.location))
                return OptionValues(location: node.location)
            }
            let byName = Dictionary(specs.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
            for entry in entries where !checkedElsewhere.contains(entry.key) {
                guard let spec = byName[entry.key] else {
                    report(ConfigError(
                        "unknown key '\(entry.key)' in \(what)", at: entry.keyLocation,
                        hint: NameSuggestion.hint(for: entry.key, among: specs.map(\.name) + checkedElsewhere)))
                    continue
                }
                seen.insert(entry.key)
                if let value = self.value(entry.value, type: spec.type, name: "'\(entry.key)'") {
                    values[entry.key] = value
                    locations[entry.key] = entry.value.location
                }
            }
        }
        let objectLocation = node?.location ?? location
        for spec in specs where !seen.contains(spec.name) {
            if spec.required {
                report(ConfigError("missing key '\(spec.name)' in \(what)", at: objectLocation, hint: spec.help))
            } else if let defaultValue = spec.defaultValue {
                values[spec.name] = resolvingPaths(in: defaultValue, type: spec.type)
            }
        }
        return OptionValues(values: values, locations: locations, location: objectLocation)
    }

    public mutating func value(_ node: ConfigNode, type: OptionType, name: String) -> OptionValue? {
        func mismatch(_ expected: String) -> OptionValue? {
            report(ConfigError("expected \(expected) for \(name), found \(node.kindDescription)", at: node.location))
            return nil
        }
        switch type {
        case .bool:
            guard case .scalar(let text, plain: true) = node.value else { return mismatch("true or false") }
            switch text {
            case "true", "True", "TRUE": return .bool(true)
            case "false", "False", "FALSE": return .bool(false)
            default: return mismatch("true or false")
            }
        case .integer(let min, let max):
            guard case .scalar(let text, plain: true) = node.value, let number = Int(text) else { return mismatch(type.summary) }
            if let min, number < min { return mismatch(type.summary) }
            if let max, number > max { return mismatch(type.summary) }
            return .integer(number)
        case .number(let min, let max):
            guard case .scalar(let text, plain: true) = node.value, let number = Double(text), number.isFinite else {
                return mismatch(type.summary)
            }
            if let min, number < min { return mismatch(type.summary) }
            if let max, number > max { return mismatch(type.summary) }
            return .number(number)
        case .string:
            guard case .scalar(let text, _) = node.value else { return mismatch("a string") }
            return .string(text)
        case .choice(let choices):
            guard case .scalar(let text, _) = node.value else { return mismatch("one of \(type.summary)") }
            guard choices.contains(text) else {
                report(ConfigError(
                    "unknown value '\(text)' for \(name)", at: node.location,
                    hint: NameSuggestion.hint(for: text, among: choices)))
                return nil
            }
            return .string(text)
        case .path(let mustExist):
            guard case .scalar(let text, _) = node.value, !text.isEmpty else { return mismatch("a path") }
            let resolved = resolve(text)
            if mustExist && !FileManager.default.fileExists(atPath: resolved) {
                report(ConfigError("file not found: \(text) (looked for \(resolved))", at: node.location,
                                   hint: "paths are relative to the configuration file's folder"))
                return nil
            }
            return .string(resolved)
        case .list(let element):
            guard case .sequence(let items) = node.value else { return mismatch(type.summary) }
            var values = [OptionValue]()
            for (index, item) in items.enumerated() {
                if let value = value(item, type: element, name: "\(name)[\(index)]") { values.append(value) }
            }
            return values.count == items.count ? .list(values) : nil
        case .object(let specs):
            let before = errors.count
            let object = object(node, specs: specs, what: name, location: node.location)
            return errors.count == before ? .object(object) : nil
        case .dictionary(let element):
            guard case .mapping(let entries) = node.value else { return mismatch(type.summary) }
            var values = [String: OptionValue]()
            var locations = [String: SourceLocation]()
            for entry in entries {
                if let value = value(entry.value, type: element, name: "'\(entry.key)'") {
                    values[entry.key] = value
                    locations[entry.key] = entry.value.location
                }
            }
            return .object(OptionValues(values: values, locations: locations, location: node.location))
        }
    }

    /// Defaults that are paths are relative to the configuration file, like written ones.
    private func resolvingPaths(in value: OptionValue, type: OptionType) -> OptionValue {
        switch (type, value) {
        case (.path, .string(let path)): return .string(resolve(path))
        case (.list(let element), .list(let items)): return .list(items.map { resolvingPaths(in: $0, type: element) })
        default: return value
        }
    }

    /// Resolves a path written in the configuration against its folder.
    public func resolve(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        return URL(fileURLWithPath: baseDirectory).appendingPathComponent(path).standardizedFileURL.path
    }
}
