/// Word → mean valence (−4 … +4), as read from `vader_lexicon.txt` or a user's TSV file
/// (`word<TAB>valence[<TAB>anything]` per line).
public struct VaderLexicon: Sendable {
    /// Entries in file order; when a word repeats, the later entry wins, as in vaderSentiment.
    var entries: [(word: [UInt8], valence: Double)]

    /// The lexicon shipped with vaderSentiment 3.3.2 (7,520 lines, 7,506 distinct words).
    public static let bundled: VaderLexicon = {
        do {
            return try VaderLexicon(tsv: BundledResource.bytes("vader_lexicon"))
        } catch {
            fatalError("the bundled vader_lexicon.txt is malformed: \(error)")
        }
    }()

    /// Parses tab-separated lines; blank lines are skipped and surrounding whitespace of a
    /// line is ignored.
    public init(tsv bytes: [UInt8]) throws(LexiconError) {
        entries = []
        var lineNumber = 0
        for rawLine in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.trimmingASCIIWhitespace()
            if line.isEmpty { continue }
            let fields = line.split(separator: UInt8(ascii: "\t"), maxSplits: 2, omittingEmptySubsequences: false)
            guard fields.count >= 2, !fields[0].isEmpty, let valence = parseDecimal(fields[1]) else {
                throw LexiconError(line: lineNumber, text: String(decoding: line, as: UTF8.self))
            }
            entries.append((Array(fields[0]), valence))
        }
    }

    /// This lexicon with `words` added or replaced. Words are lower-cased, because VADER
    /// looks tokens up lower-cased.
    public func adding(_ words: [String: Double]) -> VaderLexicon {
        var copy = self
        for (word, valence) in words.sorted(by: { $0.key < $1.key }) {
            copy.entries.append((Array(word.lowercased().utf8), valence))
        }
        return copy
    }
}

/// A lexicon line that is not `word<TAB>number`.
public struct LexiconError: Error, Sendable, CustomStringConvertible {
    public let line: Int
    public let text: String

    public var description: String { "line \(line) is not 'word<TAB>valence': \(text)" }
}

extension ArraySlice<UInt8> {
    func trimmingASCIIWhitespace() -> ArraySlice<UInt8> {
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || (0x09...0x0D).contains($0) }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return self[endIndex...]
        }
        return self[first...last]
    }
}

/// Parses `[+-]digits[.digits]` exactly as Python's `float()` does for such text: with at
/// most 15 significant digits, mantissa / 10^k is a single correctly rounded division.
func parseDecimal(_ text: ArraySlice<UInt8>) -> Double? {
    var index = text.startIndex
    var negative = false
    if index < text.endIndex, text[index] == UInt8(ascii: "-") || text[index] == UInt8(ascii: "+") {
        negative = text[index] == UInt8(ascii: "-")
        index += 1
    }
    var mantissa: Int64 = 0
    var digits = 0
    var fractionDigits = 0
    var seenPoint = false
    while index < text.endIndex {
        let byte = text[index]
        if byte == UInt8(ascii: "."), !seenPoint {
            seenPoint = true
        } else if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte), digits < 15 {
            mantissa = mantissa * 10 + Int64(byte - UInt8(ascii: "0"))
            digits += 1
            if seenPoint { fractionDigits += 1 }
        } else {
            return nil
        }
        index += 1
    }
    guard digits > 0 else { return nil }
    var powerOfTen = 1.0
    for _ in 0..<fractionDigits { powerOfTen *= 10 }
    let magnitude = Double(mantissa) / powerOfTen
    return negative ? -magnitude : magnitude
}
