/// Units after a number: when an ambiguous form counts, and measures written in two units.
extension FigureScanner {
    /// Ambiguous forms ("m", "in", "t") count written against the number or hyphen-joined
    /// ("5m", "5-in"); a one-letter symbol also when spaced but followed by no word
    /// ("1 m x 1 m", "12 m."), since "5 m people" reads as millions.
    func acceptsUnit(_ form: UnitForm, at index: Int, end: Int) -> Bool {
        guard form.ambiguous else { return true }
        let piece = pieces[index]
        if piece.attached || piece.hyphenJoined { return true }
        return form.keys.count == 1 && piece.key.utf8.count == 1 && (end >= pieces.count || !pieces[end].isWord || pieces[end].key == "x")
    }

    /// "20 (kg)", "20 [kg]": a unit in brackets right after the number, as in tables.
    func bracketedUnit(at index: Int) -> (form: UnitForm, end: Int)? {
        guard index + 2 < pieces.count, let close = Self.closingBrackets[pieces[index].key],
            let (form, next) = lexicon.units.match(pieces, at: index + 1), next < pieces.count, pieces[next].key == close
        else { return nil }
        return (form, next + 1)
    }

    private static let closingBrackets = ["(": ")", "[": "]", "{": "}", "<": ">"]

    /// "5 ft 2 in", "5 feet and 2 inches", "6 st 4 lb": a measure in two units, valued in the
    /// larger one (5 ft 2 in → 5.1667 foot). The smaller unit may be an ambiguous form here.
    func readSubunit(into figure: inout Figure) {
        guard let unit = figure.unit, let subunit = UnitTable.subunits[unit.name], let value = figure.value, value == value.rounded(),
            figure.end < pieces.count
        else { return }
        var at = figure.end
        if pieces[at].key == "and" { at += 1 }
        guard at < pieces.count, pieces[at].isNumber, let minor = numbers.read(at: at), minor.form == .cardinal, minor.value < subunit.ratio,
            let (form, next) = lexicon.units.match(pieces, at: minor.end), form.unit.name == subunit.name
        else { return }
        figure.value = value + minor.value / subunit.ratio
        figure.end = next
    }
}
