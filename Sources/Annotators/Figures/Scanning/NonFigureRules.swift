/// Where digits are not figures: names and codes (COVID-19, F-16, Boeing 737, No. 3),
/// phone numbers, clock times, dotted codes (192.168.1.2, 3.2.1) and list markers.
struct NonFigureRules {
    enum Verdict { case figure, code, skip(to: Int) }

    let pieces: [Piece]
    let bytes: [UInt8]

    /// Words after which a number names or ranks something instead of counting it.
    static let labelWords: Set<String> = [
        "no", "no.", "nos", "number", "section", "article", "chapter", "page", "pages", "paragraph", "clause", "version",
        "line", "room", "flight", "route", "highway", "grade", "rule", "part", "item", "step", "level", "phase", "episode",
        "season", "series", "vol", "volume", "issue", "resolution", "platform", "gate", "channel", "exercise", "nr", "#",
    ]

    /// Prefixes that keep a hyphen-joined year a date ("mid-2022", "pre-1990").
    static let datePrefixes: Set<String> = ["mid", "pre", "post", "early", "late", "end", "start"]

    /// Words that may stand capitalised before a number without naming a thing.
    static let capitalisedFunctionWords: Set<String> = [
        "in", "on", "at", "by", "for", "from", "since", "about", "around", "over", "under", "nearly", "almost", "some", "only",
        "just", "the", "and", "but", "or", "of", "to", "with", "all", "until", "after", "before", "during", "between", "than",
        "top", "up", "more", "less", "fewer", "those", "these", "among", "another", "least", "most", "ad", "bc", "ce", "bce",
    ]

    /// The verdict for a bare number (digits, no unit or currency) at `index` ending at `end`.
    func verdict(number index: Int, end: Int, reading: NumberReading) -> Verdict {
        let piece = pieces[index]
        // Times: 18:30, 6pm, 6 p.m.
        if end < pieces.count, pieces[end].key == ":", pieces[end].attached, end + 1 < pieces.count, pieces[end + 1].isNumber,
            pieces[end + 1].attached
        {
            return .skip(to: skipTimeSuffix(from: end + 2))
        }
        if end < pieces.count, ["am", "pm", "a.m.", "p.m.", "a.m", "p.m", "gmt", "utc", "bst", "cet", "est", "et", "hrs", "h"].contains(pieces[end].key),
            !pieces[end].hyphenJoined
        {
            return .skip(to: end + 1)
        }
        // Phone numbers and dotted codes: three or more digit groups, or a leading "+".
        let chainEnd = digitChainEnd(from: index)
        if chainEnd.groups >= 3 { return .skip(to: chainEnd.end) }
        if index > 0 && pieces[index - 1].key == "+" && piece.attached { return .skip(to: spacedGroupsEnd(from: chainEnd.end)) }
        guard index > 0 else { return listMarker(at: index, end: end) ? .skip(to: end + 1) : .figure }
        let previous = pieces[index - 1]
        if piece.hyphenJoined {
            return Self.datePrefixes.contains(previous.key) ? .figure : .code
        }
        if previous.isWord && reading.plainDigits {
            if Self.labelWords.contains(previous.key) { return .code }
            if previous.capitalized, !Self.capitalisedFunctionWords.contains(previous.key), CalendarWords.months[previous.key] == nil,
                !startsSentence(index - 1)
            {
                return .code
            }
        }
        if previous.key == "#" && piece.attached { return .code }
        return listMarker(at: index, end: end) ? .skip(to: end + 1) : .figure
    }

    /// A number opening a line and followed by "." or ")" and more text on that line: a list
    /// marker or section number.
    private func listMarker(at index: Int, end: Int) -> Bool {
        guard end + 1 < pieces.count, pieces[end].key == "." || pieces[end].key == ")", pieces[end].attached,
            !bytes[pieces[end].end..<pieces[end + 1].start].contains(UInt8(ascii: "\n"))
        else { return false }
        guard index > 0 else { return true }
        return bytes[pieces[index - 1].end..<pieces[index].start].contains(UInt8(ascii: "\n"))
    }

    private func startsSentence(_ index: Int) -> Bool {
        guard index > 0 else { return true }
        let previous = pieces[index - 1]
        if bytes[previous.end..<pieces[index].start].contains(UInt8(ascii: "\n")) { return true }
        return [".", "!", "?", ":", ";", "\"", "“", "‘", "(", "—", "–", "-"].contains(previous.key)
    }

    /// Digit groups joined by "-", "." or "/" with no spaces: "222-2222-2222" has three.
    private func digitChainEnd(from index: Int) -> (groups: Int, end: Int) {
        var groups = 1
        var end = index + 1
        while end + 1 < pieces.count, ["-", ".", "/"].contains(pieces[end].key), pieces[end].attached, pieces[end + 1].isNumber,
            pieces[end + 1].attached
        {
            groups += 1
            end += 2
        }
        return (groups, end)
    }

    /// After "+44": the rest of an international number, digit groups separated by one space.
    private func spacedGroupsEnd(from index: Int) -> Int {
        var end = index
        while end < pieces.count, pieces[end].isNumber, !pieces[end].key.contains(","), !pieces[end].key.contains("."),
            bytes[pieces[end - 1].end..<pieces[end].start].elementsEqual([UInt8(ascii: " ")])
        {
            end = digitChainEnd(from: end).end
        }
        return end
    }

    private func skipTimeSuffix(from index: Int) -> Int {
        guard index < pieces.count, ["am", "pm", "a.m.", "p.m.", "a.m", "p.m"].contains(pieces[index].key) else { return index }
        return index + 1
    }
}
