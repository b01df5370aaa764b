/// A validated option value.
public indirect enum OptionValue: Sendable, Hashable {
    case bool(Bool)
    case integer(Int)
    case number(Double)
    case string(String)
    case list([OptionValue])
    case object(OptionValues)

    public var displayText: String {
        switch self {
        case .bool(let value): return String(value)
        case .integer(let value): return String(value)
        case .number(let value): return String(value)
        case .string(let value): return value
        case .list(let values): return "[" + values.map(\.displayText).joined(separator: ", ") + "]"
        case .object(let values): return "{" + values.names.map { "\($0): \(values[$0]!.displayText)" }.joined(separator: ", ") + "}"
        }
    }
}

/// Validated options of one object (an annotator's `options`, or a nested object), with
/// defaults filled in and the place each value came from, for errors found later.
public struct OptionValues: Sendable, Hashable {
    private var values: [String: OptionValue]
    private var locations: [String: SourceLocation]
    /// Where the object itself is (or its parent key, when it was absent).
    public let location: SourceLocation

    public init(values: [String: OptionValue] = [:], locations: [String: SourceLocation] = [:], location: SourceLocation) {
        self.values = values
        self.locations = locations
        self.location = location
    }

    public var names: [String] { values.keys.sorted() }

    public subscript(name: String) -> OptionValue? { values[name] }

    public func contains(_ name: String) -> Bool { values[name] != nil }

    /// Where the option was written, or the object when it took its default.
    public func location(of name: String) -> SourceLocation { locations[name] ?? location }

    /// An error about option `name`, pointing at its value in the file.
    public func error(_ name: String, _ message: String, hint: String? = nil) -> ConfigError {
        ConfigError(message, at: location(of: name), hint: hint)
    }

    // Typed accessors. The validator has already checked types against the spec, so a
    // mismatch here is a programming error in the annotator's spec, not a user error.

    public func bool(_ name: String) -> Bool {
        guard case .bool(let value)? = values[name] else { preconditionFailure("option '\(name)' is not a declared bool") }
        return value
    }

    public func integer(_ name: String) -> Int {
        guard case .integer(let value)? = values[name] else { preconditionFailure("option '\(name)' is not a declared integer") }
        return value
    }

    public func number(_ name: String) -> Double {
        switch values[name] {
        case .number(let value)?: return value
        case .integer(let value)?: return Double(value)
        default: preconditionFailure("option '\(name)' is not a declared number")
        }
    }

    public func string(_ name: String) -> String? {
        guard let value = values[name] else { return nil }
        guard case .string(let text) = value else { preconditionFailure("option '\(name)' is not a declared string") }
        return text
    }

    public func strings(_ name: String) -> [String] {
        guard let value = values[name] else { return [] }
        guard case .list(let items) = value else { preconditionFailure("option '\(name)' is not a declared list") }
        return items.map {
            guard case .string(let text) = $0 else { preconditionFailure("option '\(name)' is not a list of strings") }
            return text
        }
    }

    public func objects(_ name: String) -> [OptionValues] {
        guard let value = values[name] else { return [] }
        guard case .list(let items) = value else { preconditionFailure("option '\(name)' is not a declared list") }
        return items.map {
            guard case .object(let object) = $0 else { preconditionFailure("option '\(name)' is not a list of objects") }
            return object
        }
    }

    public func object(_ name: String) -> OptionValues? {
        guard let value = values[name] else { return nil }
        guard case .object(let object) = value else { preconditionFailure("option '\(name)' is not a declared object") }
        return object
    }
}
