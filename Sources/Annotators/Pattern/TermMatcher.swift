import GlossCore

/// Finds many literal terms in one pass over UTF-8 bytes with a byte trie, taking the
/// longest term at each start. Case folding is ASCII-only, so byte offsets never shift.
struct TermMatcher: Sendable {
    private struct Node: Sendable {
        var children: [UInt8: Int32] = [:]
        /// Rules whose term ends here.
        var ruleIndices: [Int] = []
    }

    private var nodes = [Node()]
    /// The root's children as a flat table (-1: none), so most positions are rejected
    /// with one array read.
    private var rootChildren = [Int32](repeating: -1, count: 256)
    let caseSensitive: Bool
    let wholeWord: Bool

    /// One matcher per (case sensitivity, whole-word) combination the rules use.
    static func build(for rules: [PatternRule]) -> [TermMatcher] {
        var matchers = [TermMatcher]()
        for caseSensitive in [false, true] {
            for wholeWord in [true, false] {
                var matcher = TermMatcher(caseSensitive: caseSensitive, wholeWord: wholeWord)
                for (index, rule) in rules.enumerated() where rule.caseSensitive == caseSensitive && rule.wholeWord == wholeWord {
                    for term in rule.terms { matcher.insert(term, ruleIndex: index) }
                }
                if matcher.nodes.count > 1 {
                    for (byte, child) in matcher.nodes[0].children { matcher.rootChildren[Int(byte)] = child }
                    matchers.append(matcher)
                }
            }
        }
        return matchers
    }

    private init(caseSensitive: Bool, wholeWord: Bool) {
        self.caseSensitive = caseSensitive
        self.wholeWord = wholeWord
    }

    private mutating func insert(_ term: String, ruleIndex: Int) {
        var node = 0
        for byte in term.utf8 {
            let key = fold(byte)
            if let next = nodes[node].children[key] {
                node = Int(next)
            } else {
                nodes.append(Node())
                nodes[node].children[key] = Int32(nodes.count - 1)
                node = nodes.count - 1
            }
        }
        if !nodes[node].ruleIndices.contains(ruleIndex) { nodes[node].ruleIndices.append(ruleIndex) }
    }

    @inline(__always)
    private func fold(_ byte: UInt8) -> UInt8 {
        caseSensitive || !UTF8Scanning.isASCIIUpper(byte) ? byte : byte | 0x20
    }

    func matches(in utf8: [UInt8], into matches: inout [PatternMatch]) {
        utf8.withUnsafeBufferPointer { bytes in
            let n = bytes.count
            var start = 0
            while start < n {
                // Terms start on a scalar boundary, and (whole words) not inside a word.
                let first = rootChildren[Int(fold(bytes[start]))]
                if first < 0 || (wholeWord && start > 0 && continuesWord(bytes, before: start)) {
                    start += 1
                    continue
                }
                // Walk the trie from the first byte; remember the longest term that ends on
                // a scalar boundary (and, for whole words, not inside a word).
                var node = Int(first)
                var longest: (end: Int, node: Int)?
                var i = start + 1
                while true {
                    if !nodes[node].ruleIndices.isEmpty, i == n || bytes[i] & 0xC0 != 0x80, !wholeWord || i == n || !startsWord(bytes, at: i) {
                        longest = (i, node)
                    }
                    guard i < n, let next = nodes[node].children[fold(bytes[i])] else { break }
                    node = Int(next)
                    i += 1
                }
                if let longest {
                    for rule in nodes[longest.node].ruleIndices {
                        matches.append(PatternMatch(ruleIndex: rule, range: start..<longest.end, source: "term"))
                    }
                    start = longest.end
                } else {
                    start += 1
                }
            }
        }
    }

    private func continuesWord(_ bytes: UnsafeBufferPointer<UInt8>, before index: Int) -> Bool {
        let previous = UTF8Scanning.previousScalarStart(in: bytes, before: index)
        return isWordScalar(UTF8Scanning.scalar(in: bytes, at: previous).0) && startsWord(bytes, at: index)
    }

    private func startsWord(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        isWordScalar(UTF8Scanning.scalar(in: bytes, at: index).0)
    }

    private func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        UTF8Scanning.isWordScalar(scalar) || UTF8Scanning.isDigit(scalar)
    }
}
