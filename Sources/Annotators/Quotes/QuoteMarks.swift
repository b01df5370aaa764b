import GlossCore

/// Families of quotation marks a user can switch on.
enum MarkStyle: String, CaseIterable, Sendable {
    /// “…” and "…" (always on in practice; nested ‘…’ / '…' are content).
    case double
    /// ‘…’ and '…' as quotations in their own right (headline style).
    case single
    /// «…».
    case guillemets
    /// „…“ and „…”.
    case low9 = "low-9"
}

/// One quotation mark token, read in its context.
struct Mark {
    enum Role { case opens, closes, either }

    let token: Int
    let style: MarkStyle
    let role: Role
    /// Curly double marks can also close a „ (low-9) quotation.
    let isCurlyDouble: Bool

    func closes(_ open: Mark) -> Bool {
        if open.style == .low9 { return isCurlyDouble || (style == .low9 && role != .opens) }
        return style == open.style && role != .opens
    }
}

/// Reads quote tokens as opening or closing marks, telling apostrophes apart: an
/// apostrophe inside a word never reaches here (the tokenizer keeps O’Brien and
/// Ukraine’s whole); elisions such as ’90s and rock ’n’ roll are recognised here.
struct MarkReader {
    /// The styles switched on, as flags: a Set lookup per mark cost more than reading it.
    private let single: Bool
    private let guillemets: Bool
    private let low9: Bool

    init(styles: Set<MarkStyle>) {
        single = styles.contains(.single)
        guillemets = styles.contains(.guillemets)
        low9 = styles.contains(.low9)
    }

    func mark(at index: Int, in text: TokenText) -> Mark? {
        let token = text.tokens[index]
        let (scalar, _) = UTF8Scanning.scalar(in: text.bytes, at: Int(token.start))
        // The flanks are read only where the role depends on them: many quote tokens are
        // apostrophes, which only the single style looks at.
        switch scalar {
        case "\u{201C}":
            if low9 { return Mark(token: index, style: .double, role: .either, isCurlyDouble: true) }
            return Mark(token: index, style: .double, role: flanks(of: token, in: text).isClosingOnly ? .closes : .opens, isCurlyDouble: true)
        case "\u{201D}":
            return Mark(token: index, style: .double, role: flanks(of: token, in: text).isOpeningOnly ? .opens : .closes, isCurlyDouble: true)
        case "\"":
            return Mark(token: index, style: .double, role: flanks(of: token, in: text).straightRole, isCurlyDouble: false)
        case "\u{2018}", "\u{2019}", "'":
            guard single else { return nil }
            let after = scalarAfter(Int(token.end), in: text)
            guard !isElision(index, after: after, in: text) else { return nil }
            let flank = Flanking(before: scalarBefore(Int(token.start), in: text), after: after)
            if scalar == "'" { return Mark(token: index, style: .single, role: flank.straightRole, isCurlyDouble: false) }
            let opens = scalar == "\u{2018}" ? !flank.isClosingOnly : flank.isOpeningOnly
            return Mark(token: index, style: .single, role: opens ? .opens : .closes, isCurlyDouble: false)
        case "\u{00AB}":
            return guillemets ? Mark(token: index, style: .guillemets, role: .opens, isCurlyDouble: false) : nil
        case "\u{00BB}":
            return guillemets ? Mark(token: index, style: .guillemets, role: .closes, isCurlyDouble: false) : nil
        case "\u{201E}":
            return low9 ? Mark(token: index, style: .low9, role: .opens, isCurlyDouble: false) : nil
        default:
            return nil
        }
    }

    private func flanks(of token: Token, in text: TokenText) -> Flanking {
        Flanking(before: scalarBefore(Int(token.start), in: text), after: scalarAfter(Int(token.end), in: text))
    }

    /// ’90s, ’em, rock ’n’ roll: an apostrophe standing for left-out letters or digits.
    private func isElision(_ index: Int, after: Unicode.Scalar?, in text: TokenText) -> Bool {
        if let after, UTF8Scanning.isDigit(after) { return true }
        if index + 2 < text.count, text.is(index + 1, .n), text.isQuoteMark(index + 2) { return true }
        if index >= 2, text.is(index - 1, .n), text.isQuoteMark(index - 2) { return true }
        if index + 1 < text.count, text.is(index + 1, .elidedWord),
            text.tokens[index + 1].start == text.tokens[index].end
        {
            return true
        }
        return false
    }

    private func scalarBefore(_ byte: Int, in text: TokenText) -> Unicode.Scalar? {
        guard byte > 0 else { return nil }
        return UTF8Scanning.scalar(in: text.bytes, at: UTF8Scanning.previousScalarStart(in: text.bytes, before: byte)).0
    }

    private func scalarAfter(_ byte: Int, in text: TokenText) -> Unicode.Scalar? {
        byte < text.bytes.count ? UTF8Scanning.scalar(in: text.bytes, at: byte).0 : nil
    }
}

/// Which side of a mark touches text: an opening mark has space before and text after.
private struct Flanking {
    let spaceBefore: Bool
    let spaceAfter: Bool
    let punctuationAfter: Bool

    init(before: Unicode.Scalar?, after: Unicode.Scalar?) {
        spaceBefore = before.map { UTF8Scanning.isWhitespace($0) || Self.opensBefore($0) || UTF8Scanning.isQuotationMark($0) } ?? true
        spaceAfter = after.map { UTF8Scanning.isWhitespace($0) } ?? true
        punctuationAfter = after.map { Self.closesAfter($0) || UTF8Scanning.isQuotationMark($0) } ?? false
    }

    /// ( [ { — – - / : a mark after them opens (a switch: searching a String's scalars costs
    /// hundreds of instructions per mark).
    private static func opensBefore(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "(", "[", "{", "\u{2014}", "\u{2013}", "-", "/": return true
        default: return false
        }
    }

    /// . , ; : ! ? ) ] } — – : a mark before them closes.
    private static func closesAfter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ".", ",", ";", ":", "!", "?", ")", "]", "}", "\u{2014}", "\u{2013}": return true
        default: return false
        }
    }

    var isOpeningOnly: Bool { spaceBefore && !spaceAfter && !punctuationAfter }
    var isClosingOnly: Bool { !spaceBefore && (spaceAfter || punctuationAfter) }

    var straightRole: Mark.Role {
        if isOpeningOnly { return .opens }
        if isClosingOnly { return .closes }
        return .either
    }
}
