import Foundation
import GlossCore

/// One entry of `patterns:`, with its term files read and its regexes compiled.
struct PatternRule: Sendable {
    let label: String
    let type: String
    let terms: [String]
    let regexes: [CompiledRegex]
    let caseSensitive: Bool
    let wholeWord: Bool

    init(options: OptionValues, defaultType: String) throws {
        label = options.string("label") ?? ""
        type = options.string("type") ?? defaultType
        caseSensitive = options.bool("case_sensitive")
        wholeWord = options.bool("whole_word")
        var terms = options.strings("terms")
        for path in options.strings("term_files") {
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                throw options.error("term_files", "cannot read term file \(path) as UTF-8 text")
            }
            terms += text.split(whereSeparator: \.isNewline)
                .map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty && !$0.hasPrefix("#") }
        }
        self.terms = terms.filter { !$0.isEmpty }
        var regexes = [CompiledRegex]()
        for source in options.strings("regex") {
            do {
                var regex = try Regex(source).matchingSemantics(.unicodeScalar)
                if !caseSensitive { regex = regex.ignoresCase() }
                regexes.append(CompiledRegex(regex: regex))
            } catch {
                throw options.error("regex", "invalid regular expression '\(source)': \(error)")
            }
        }
        self.regexes = regexes
        if self.terms.isEmpty && regexes.isEmpty {
            throw ConfigError("pattern '\(label)' has no terms, term files or regexes", at: options.location,
                              hint: "add 'terms: [...]' or 'regex: [...]'")
        }
    }

    func regexMatches(in text: String, ruleIndex: Int, utf8: [UInt8], into matches: inout [PatternMatch]) {
        for regex in regexes {
            for match in text.matches(of: regex.regex) where !match.range.isEmpty {
                let start = text.utf8.distance(from: text.startIndex, to: match.range.lowerBound)
                let end = text.utf8.distance(from: text.startIndex, to: match.range.upperBound)
                if wholeWord && !WordBoundary.isWholeWord(utf8, start..<end) { continue }
                matches.append(PatternMatch(ruleIndex: ruleIndex, range: start..<end, source: "regex"))
            }
        }
    }
}

enum WordBoundary {
    /// True when no letter or digit touches the range on either side.
    static func isWholeWord(_ utf8: [UInt8], _ range: Range<Int>) -> Bool {
        utf8.withUnsafeBufferPointer { bytes in
            if range.lowerBound > 0 {
                let before = UTF8Scanning.previousScalarStart(in: bytes, before: range.lowerBound)
                if isWordScalar(UTF8Scanning.scalar(in: bytes, at: before).0) { return false }
            }
            if range.upperBound < bytes.count, isWordScalar(UTF8Scanning.scalar(in: bytes, at: range.upperBound).0) { return false }
            return true
        }
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        UTF8Scanning.isWordScalar(scalar) || UTF8Scanning.isDigit(scalar)
    }
}

/// A compiled regex shared by worker threads. `Regex` is an immutable value that is safe
/// to match from many threads, but the standard library does not mark it `Sendable`.
struct CompiledRegex: @unchecked Sendable {
    let regex: Regex<AnyRegexOutput>
}
