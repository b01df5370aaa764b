/// Ratios and rates: "one in five", "2 out of 3", "one over three" (fractions), and units
/// per unit ("50 meters per millisecond", "50 km/ms").
extension FigureScanner {
    /// A bare cardinal followed by "in", "out of" or "over" and a second number: the ratio as
    /// a fraction. "in 2020" (a year) and "over 3 years" (a bound on a duration) are not ratios.
    func readRatio(numerator: Figure, reading: NumberReading) -> Figure? {
        guard reading.form == .cardinal, !reading.vague, !reading.hasDecimalPoint, let top = numerator.value,
            numerator.end + 1 < pieces.count
        else { return nil }
        let word = pieces[numerator.end].key
        var at = numerator.end + 1
        if word == "out" {
            guard pieces[at].key == "of" else { return nil }
            at += 1
        } else if word != "in" && word != "over" {
            return nil
        }
        guard at < pieces.count, let bottom = numbers.read(at: at), bottom.form == .cardinal, !bottom.vague, bottom.value > 0,
            word == "over" || top <= bottom.value
        else { return nil }
        if bottom.plainDigits && DateReader.year(pieces[at]) != nil { return nil }
        if bottom.end < pieces.count {
            let next = pieces[bottom.end]
            if word == "over" && next.isWord { return nil }
            if next.key == "%" || FiguresLexicon.timeUnits[next.key] != nil || lexicon.units.match(pieces, at: bottom.end) != nil { return nil }
        }
        var ratio = Figure(category: .fraction, first: numerator.first, end: bottom.end)
        ratio.value = top / bottom.value
        ratio.spelled = reading.spelled || bottom.spelled
        return ratio
    }

    /// "per millisecond", "/h", "per hour" after a unit: the unit it is divided by.
    func perUnit(at index: Int) -> (unit: MeasureUnit, end: Int)? {
        guard index + 1 < pieces.count, pieces[index].key == "per" || (pieces[index].key == "/" && pieces[index].attached) else { return nil }
        if let name = FiguresLexicon.timeUnits[pieces[index + 1].key] { return (MeasureUnit(name: name, dimension: "time"), index + 2) }
        guard let (form, end) = lexicon.units.match(pieces, at: index + 1, where: { form, _ in !form.ambiguous }) else { return nil }
        return (form.unit, end)
    }

    /// "metre per millisecond": a length per time is a speed; other rates name both dimensions.
    static func rate(_ unit: MeasureUnit, per divisor: MeasureUnit) -> MeasureUnit {
        let dimension = unit.dimension == "length" && divisor.dimension == "time" ? "speed" : unit.dimension + " per " + divisor.dimension
        return MeasureUnit(name: unit.name + " per " + divisor.name, dimension: dimension)
    }
}
