/// One problem in a configuration, pointing at the exact place in the file.
public struct ConfigError: Error, Sendable, Hashable, CustomStringConvertible {
    public let location: SourceLocation
    public let message: String
    /// What to do about it, such as the nearest valid name.
    public let hint: String?

    public init(_ message: String, at location: SourceLocation, hint: String? = nil) {
        self.location = location
        self.message = message
        self.hint = hint
    }

    public var description: String {
        var text = "\(location): error: \(message)"
        if let hint { text += "; \(hint)" }
        return text
    }
}

/// Every problem found in one configuration, in file order.
public struct ConfigErrors: Error, Sendable, CustomStringConvertible {
    public let errors: [ConfigError]

    public init(_ errors: [ConfigError]) {
        self.errors = errors.sorted { ($0.location.line, $0.location.column) < ($1.location.line, $1.location.column) }
    }

    public var description: String { errors.map(\.description).joined(separator: "\n") }
}

/// Suggests the closest valid name for a misspelled one.
public enum NameSuggestion {
    public static func hint(for name: String, among candidates: [String]) -> String {
        let sorted = candidates.sorted()
        if let best = closest(to: name, among: sorted) { return "did you mean '\(best)'?" }
        return "expected one of: " + sorted.map { "'\($0)'" }.joined(separator: ", ")
    }

    public static func closest(to name: String, among candidates: [String]) -> String? {
        let lowered = name.lowercased()
        let scored = candidates.map { ($0, distance(Array(lowered.unicodeScalars), Array($0.lowercased().unicodeScalars))) }
        guard let best = scored.min(by: { $0.1 < $1.1 }) else { return nil }
        return best.1 <= max(2, best.0.count / 3) ? best.0 : nil
    }

    /// Damerau–Levenshtein (optimal string alignment) distance.
    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }
}
