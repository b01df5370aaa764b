/// Shell-style patterns for choosing input files: `*` (within a path segment), `**`
/// (any number of segments), `?`, and `[abc]` / `[a-z]`. A pattern without `/` is matched
/// against the file name, one with `/` against the path relative to the input folder.
public struct Glob: Sendable, Hashable {
    public let pattern: String
    private let scalars: [Unicode.Scalar]

    public init(_ pattern: String) {
        self.pattern = pattern
        self.scalars = Array(pattern.unicodeScalars)
    }

    public func matches(relativePath: String) -> Bool {
        let subject = pattern.contains("/") ? relativePath : String(relativePath.split(separator: "/").last ?? "")
        return Self.match(scalars[...], Array(subject.unicodeScalars)[...])
    }

    private static func match(_ pattern: ArraySlice<Unicode.Scalar>, _ text: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let first = pattern.first else { return text.isEmpty }
        switch first {
        case "*":
            let rest = pattern.dropFirst()
            if rest.first == "*" {
                // `**/` also matches no folder at all.
                var after = rest.dropFirst()
                if after.first == "/" {
                    after = after.dropFirst()
                    if match(after, text) { return true }
                }
                for i in text.indices where match(after, text[i...]) { return true }
                return match(after, text[text.endIndex...])
            }
            var i = text.startIndex
            while true {
                if match(rest, text[i...]) { return true }
                if i == text.endIndex || text[i] == "/" { return false }
                i += 1
            }
        case "?":
            guard let c = text.first, c != "/" else { return false }
            return match(pattern.dropFirst(), text.dropFirst())
        case "[":
            guard let c = text.first, let close = pattern.dropFirst(2).firstIndex(of: "]") else {
                return text.first == "[" && match(pattern.dropFirst(), text.dropFirst())
            }
            var set = pattern[(pattern.startIndex + 1)..<close]
            let negated = set.first == "!" || set.first == "^"
            if negated { set = set.dropFirst() }
            var found = false
            var j = set.startIndex
            while j < set.endIndex {
                if j + 2 < set.endIndex, set[j + 1] == "-" {
                    if set[j].value <= c.value && c.value <= set[j + 2].value { found = true }
                    j += 3
                } else {
                    if set[j] == c { found = true }
                    j += 1
                }
            }
            return found != negated && match(pattern[(close + 1)...], text.dropFirst())
        default:
            guard text.first == first else { return false }
            return match(pattern.dropFirst(), text.dropFirst())
        }
    }
}
