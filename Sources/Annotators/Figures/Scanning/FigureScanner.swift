/// Settings of one annotator instance that shape the grammar.
struct ScanSettings: Sendable {
    let dateOrder: DateOrder
    let bareYears: Bool
    let emitsCodes: Bool
}

/// Finds the figures of one document in a single left-to-right pass over its pieces,
/// taking the longest figure at each position.
struct FigureScanner {
    let pieces: [Piece]
    let bytes: [UInt8]
    let lexicon: FiguresLexicon
    let settings: ScanSettings

    var numbers: NumberReader { NumberReader(pieces: pieces, bytes: bytes) }
    var dates: DateReader { DateReader(pieces: pieces, bytes: bytes, order: settings.dateOrder) }
    private var rules: NonFigureRules { NonFigureRules(pieces: pieces, bytes: bytes) }

    private enum Outcome { case figure(Figure), skip(to: Int) }

    func scan() -> [Figure] {
        var figures = [Figure]()
        var index = 0
        while index < pieces.count {
            switch figure(at: index) {
            case .figure(let figure)?:
                figures.append(figure)
                index = max(figure.end, index + 1)
            case .skip(let end)?:
                index = max(end, index + 1)
            case nil:
                index += 1
            }
        }
        return figures
    }

    private func figure(at index: Int) -> Outcome? {
        let piece = pieces[index]
        // Most pieces are ordinary words; only look further at the ones that may start a figure.
        if piece.kind == .punctuation && piece.key != "-" && piece.key != "−" && piece.key != "." { return nil }
        if piece.isWord && !lexicon.startWords.contains(piece.key) { return nil }
        if let date = dates.read(at: index) { return .figure(date) }
        if piece.key == "between" || piece.key == "from", let range = readRange(at: index) { return .figure(range) }
        if let qualified = readQualified(at: index) { return qualified }
        if let age = readAgePrefix(at: index) { return .figure(age) }
        return readCore(at: index)
    }

    // MARK: Qualifiers and ranges

    /// "approximately 15,000" (hedge outside the span), "more than 30" (bound inside it),
    /// "more than 10 and less than 20" (an interval).
    private func readQualified(at index: Int) -> Outcome? {
        guard let (qualifier, next) = lexicon.qualifiersBefore.match(pieces, at: index), next < pieces.count,
            case .figure(var figure)? = dates.read(at: next).map(Outcome.figure) ?? readCore(at: next)
        else { return nil }
        // A bound written after the number wins over "equal to" before it ("equal to 5000 or less").
        let boundAfter = figure.qualifier?.isBound == true
        if !boundAfter { figure.qualifier = qualifier }
        guard qualifier.isComparison, figure.category != .date else { return .figure(figure) }
        figure.first = index
        if boundAfter || qualifier == .equal { return .figure(figure) }
        if qualifier == .atLeast { figure.minimum = figure.minimum ?? figure.value } else { figure.maximum = figure.maximum ?? figure.value }
        // The other bound: "and less than 20".
        if figure.end + 1 < pieces.count, ["and", "but", ","].contains(pieces[figure.end].key),
            let (other, otherNext) = lexicon.qualifiersBefore.match(pieces, at: figure.end + 1), other.isBound, other != qualifier,
            case .figure(let second)? = readCore(at: otherNext), second.category == figure.category, let bound = second.value
        {
            // Either order: "at most 100 and at least 20"; bounds that exclude each other stay two figures.
            var range = rangeFigure(figure, second, first: index, end: second.end)
            range.minimum = qualifier == .atLeast ? figure.minimum : bound
            range.maximum = qualifier == .atMost ? figure.maximum : bound
            if let low = range.minimum, let high = range.maximum, low < high { return .figure(range) }
        }
        return .figure(figure)
    }

    /// "between 3 and 5", "from 10 to 15 percent".
    private func readRange(at index: Int) -> Figure? {
        guard case .figure(let low)? = readCore(at: index + 1, allowRange: false), low.end < pieces.count else { return nil }
        let joiner = pieces[low.end].key
        guard (pieces[index].key == "between" && joiner == "and") || (pieces[index].key == "from" && (joiner == "to" || joiner == "-" || joiner == "–")),
            case .figure(let high)? = readCore(at: low.end + 1, allowRange: false)
        else { return nil }
        return rangeFigure(low, high, first: index, end: high.end)
    }

    /// "aged 87", "age 87": an age in years, the word inside the span.
    private func readAgePrefix(at index: Int) -> Figure? {
        guard pieces[index].key == "aged" || pieces[index].key == "age", index + 1 < pieces.count,
            pieces[index + 1].isNumber || NumberWords.cardinals[pieces[index + 1].key] != nil,
            case .figure(var figure)? = readCore(at: index + 1, allowRange: false),
            figure.category == .cardinal || (figure.category == .duration && figure.unit?.name == "year"),
            let years = figure.value, years == years.rounded(), (0..<130).contains(years)
        else { return nil }
        figure.category = .age
        figure.first = index
        figure.unit = MeasureUnit(name: "year", dimension: "time")
        figure.counted = nil
        return figure
    }

    /// A range of two figures; the unit, currency and scale written once apply to both.
    private func rangeFigure(_ low: Figure, _ high: Figure, first: Int, end: Int) -> Figure {
        var range = Figure(category: .range, first: first, end: end)
        range.minimum = low.minimum ?? low.value
        range.maximum = high.maximum ?? high.value
        range.rangeOf = high.category == .range ? high.rangeOf : high.category
        range.unit = high.unit ?? low.unit
        range.currency = high.currency ?? low.currency
        range.counted = high.counted
        return range
    }

    // MARK: One figure

    private func readCore(at index: Int, allowRange: Bool = true) -> Outcome? {
        var at = index
        var sign = 1.0
        let key = pieces[at].key
        if key == "minus" || key == "negative" {
            sign = -1
            at += 1
        } else if (key == "-" || key == "−"), at + 1 < pieces.count, pieces[at + 1].isNumber, pieces[at + 1].attached,
            at == 0 || !pieces[at].attached
        {
            sign = -1
            at += 1
        }
        guard at < pieces.count else { return nil }
        let prefix = prefixCurrency(at: at)
        if let prefix { at = prefix.next }
        guard at < pieces.count, var reading = numbers.read(at: at, money: prefix != nil) else { return nil }
        reading.value *= sign * (prefix?.scale ?? 1)
        let numberIndex = at
        var figure = Figure(category: .cardinal, first: index, end: reading.end)
        figure.value = reading.value
        figure.spelled = reading.spelled
        if reading.vague {
            figure.value = nil
            figure.minimum = reading.value
            figure.qualifier = .approximate
        }
        if let prefix {
            figure.category = .money
            figure.currency = prefix.currency
            // "$10 dollars": the name repeats the sign.
            if let (_, next) = lexicon.currencyNames.match(pieces, at: figure.end) { figure.end = next }
            extendMoney(&figure, afterSuffix: false)
        } else if reading.form == .ordinal {
            figure.category = .ordinal
            if let verdict = ordinalVerdict(figure, reading: reading) { return verdict }
            return .figure(figure)
        } else if !readSuffix(into: &figure, reading: reading) {
            if let ratio = readRatio(numerator: figure, reading: reading) {
                figure = ratio
            } else {
                if reading.form == .fraction {
                    figure.category = .fraction
                } else if reading.hasDecimalPoint && reading.scale == 1 {
                    figure.category = .decimal
                }
                if let outcome = bareNumberVerdict(&figure, numberIndex: numberIndex, reading: reading) { return outcome }
            }
        }
        if allowRange, let range = readRangeContinuation(after: figure, reading: reading) { return .figure(range) }
        applyQualifierAfter(&figure)
        if figure.category == .cardinal || figure.category == .decimal || figure.category == .fraction,
            figure.end < pieces.count, figure.unit == nil
        {
            figure.counted = CountedNoun(pieces: pieces, bytes: bytes).after(figure.end)
        }
        return .figure(figure)
    }

    /// Percent, currency, time and measurement units after the number. Returns whether one was found.
    private func readSuffix(into figure: inout Figure, reading: NumberReading) -> Bool {
        let end = figure.end
        guard end < pieces.count else { return false }
        let piece = pieces[end]
        let key = piece.key
        // Percent and percentage points.
        if key == "%" || key == "percent" || key == "pct" || key == "percents" || key == "percentage"
            || (key == "per" && end + 1 < pieces.count && pieces[end + 1].key == "cent")
        {
            figure.category = .percent
            figure.end = key == "per" ? end + 2 : end + 1
            if figure.end + 1 < pieces.count, pieces[figure.end].key == "points" || pieces[figure.end].key == "point",
                key != "%" || !pieces[figure.end].attached
            {
                figure.unit = MeasureUnit(name: "percentage point", dimension: "ratio")
                figure.end += 1
            }
            return true
        }
        if let suffix = suffixCurrency(at: end, reading: reading) {
            figure.category = .money
            figure.currency = suffix.currency
            figure.value = figure.value.map { $0 * suffix.scale }
            figure.end = suffix.next
            extendMoney(&figure, afterSuffix: true)
            return true
        }
        // Ages: "29 years old", "35-year-old", "ten months of age", "87 yo".
        if let unit = FiguresLexicon.timeUnits[key] {
            figure.category = .duration
            figure.unit = MeasureUnit(name: unit, dimension: "time")
            figure.end = end + 1
            if figure.end < pieces.count, pieces[figure.end].key == "old" {
                figure.category = .age
                figure.end += 1
            } else if figure.end + 1 < pieces.count, pieces[figure.end].key == "of", pieces[figure.end + 1].key == "age" {
                figure.category = .age
                figure.end += 2
            }
            return true
        }
        if key == "yo" || key == "y.o." {
            figure.category = .age
            figure.unit = MeasureUnit(name: "year", dimension: "time")
            figure.end = end + 1
            return true
        }
        // Multipliers: "three times", "10-fold".
        if key == "times" || (key == "fold" && piece.hyphenJoined) {
            figure.category = .multiplier
            figure.end = end + 1
            return true
        }
        if let (form, next) = lexicon.units.match(pieces, at: end, where: { form, next in acceptsUnit(form, at: end, end: next) })
            ?? bracketedUnit(at: end)
        {
            figure.category = .quantity
            figure.unit = form.unit
            figure.end = next
            if let divisor = perUnit(at: next) {
                figure.unit = Self.rate(form.unit, per: divisor.unit)
                figure.end = divisor.end
            } else {
                readSubunit(into: &figure)
            }
            return true
        }
        return false
    }

    /// "2 in 5 or more", "500 or more", "30 or less".
    private func applyQualifierAfter(_ figure: inout Figure) {
        guard figure.qualifier == nil || figure.qualifier == .approximate, figure.end < pieces.count,
            let (qualifier, next) = lexicon.qualifiersAfter.match(pieces, at: figure.end), let value = figure.value
        else { return }
        var end = next
        if end < pieces.count, pieces[end].isNumber { return }
        if end < pieces.count, pieces[end].key == "than" {
            // "or more than 4500" starts a new figure; "200 or greater than" ends this one.
            if end + 1 < pieces.count, pieces[end + 1].isNumber || NumberWords.cardinals[pieces[end + 1].key] != nil { return }
            end += 1
        }
        figure.end = end
        // "or equal (to)" only says the bound is inclusive.
        guard qualifier.isBound else { return }
        figure.qualifier = qualifier
        if qualifier == .atLeast { figure.minimum = value } else { figure.maximum = value }
    }

    /// "10-15", "10–15%", "3 to 5 million", "$5-$10", "20 through 100", "5k-20k".
    private func readRangeContinuation(after low: Figure, reading: NumberReading) -> Figure? {
        let joinAt = low.end
        guard joinAt + 1 < pieces.count, let lowValue = low.value,
            [FigureCategory.cardinal, .decimal, .money, .percent, .quantity, .duration, .age].contains(low.category)
        else { return nil }
        // "5k-20k" is one word token: its second number is hyphen-joined, with no dash piece.
        let hyphenJoined = pieces[joinAt].isNumber && pieces[joinAt].hyphenJoined
        let joiner = pieces[joinAt].key
        let dash = joiner == "-" || joiner == "–" || joiner == "—" || joiner == "~"
        guard hyphenJoined || dash || joiner == "to" || joiner == "through" else { return nil }
        guard case .figure(let high)? = readCore(at: hyphenJoined ? joinAt : joinAt + 1, allowRange: false), var highValue = high.value, high.qualifier == nil else { return nil }
        // Dash ranges are written tight or evenly spaced; "2-1" with a lower second value is a score.
        var lowScaled = lowValue
        if reading.scale == 1, let highReading = numbers.read(at: numberStart(of: high)), highReading.scale > 1, lowValue * highReading.scale <= highValue {
            lowScaled = lowValue * highReading.scale
        }
        if high.category == .cardinal, low.category != .cardinal { highValue = high.value! }
        guard lowScaled < highValue, high.category == low.category || low.category == .cardinal || high.category == .cardinal else { return nil }
        var range = rangeFigure(low, high, first: low.first, end: high.end)
        range.minimum = lowScaled
        range.maximum = highValue
        if high.category == .cardinal && low.category != .cardinal {
            range.rangeOf = low.category
            range.counted = nil
        }
        if range.rangeOf == .cardinal { range.counted = high.counted }
        return range
    }

    private func numberStart(of figure: Figure) -> Int {
        var index = figure.first
        while index < figure.end, !(pieces[index].isNumber || NumberWords.cardinals[pieces[index].key] != nil) { index += 1 }
        return index
    }

    // MARK: Non-figures

    /// Ordinals: "second" after "a" or a number is a time unit or a noun, not a rank.
    private func ordinalVerdict(_ figure: Figure, reading: NumberReading) -> Outcome? {
        guard pieces[figure.first].key == "second", figure.first > 0 else { return nil }
        let previous = pieces[figure.first - 1].key
        return previous == "a" || previous == "per" || previous == "split" ? .skip(to: figure.end) : nil
    }

    /// Years, codes, phone numbers, times and the pronoun "one" among bare numbers.
    private func bareNumberVerdict(_ figure: inout Figure, numberIndex: Int, reading: NumberReading) -> Outcome? {
        if reading.spelled {
            return figure.first == numberIndex && pronounOne(figure, at: numberIndex) ? .skip(to: figure.end) : nil
        }
        guard figure.first == numberIndex else { return nil }
        switch rules.verdict(number: numberIndex, end: figure.end, reading: reading) {
        case .skip(let end): return .skip(to: end)
        case .code:
            guard settings.emitsCodes else { return .skip(to: figure.end) }
            figure.category = .code
            return .figure(figure)
        case .figure: break
        }
        if reading.plainDigits, let year = DateReader.year(pieces[numberIndex]), isYear(at: numberIndex, year: year) {
            guard settings.bareYears else { return .skip(to: figure.end) }
            figure.category = .date
            figure.dateValue = String(year)
            figure.granularity = "year"
            return .figure(figure)
        }
        return nil
    }

    /// A four-digit number is a year after a year word ("since 2014", "in 1990") or when
    /// in 1900–2099 and not followed by something it counts.
    private func isYear(at index: Int, year: Int) -> Bool {
        if index > 0, CalendarWords.yearPrepositions.contains(pieces[index - 1].key) { return true }
        guard (1900...2099).contains(year) else { return false }
        return CountedNoun(pieces: pieces, bytes: bytes).after(index + 1) == nil || pieces[index + 1].capitalized
    }

    /// "one" as a pronoun: "the one", "which one", "one of the", "one that".
    private func pronounOne(_ figure: Figure, at index: Int) -> Bool {
        guard pieces[index].key == "one", figure.end == index + 1 else { return false }
        if index > 0, ["the", "this", "that", "which", "no", "any", "every", "each", "some", "a", "an", "another", "such", "only", "last", "first", "next", "every"].contains(pieces[index - 1].key) {
            return true
        }
        guard index + 1 < pieces.count, pieces[index + 1].isWord else { return true }
        return ["of", "that", "who", "which", "another", "is", "was", "has", "had", "could", "would", "will", "can", "may", "might",
                "must", "should", "does", "did", "do", "you", "i", "we", "they", "he", "she", "it", "and", "or", "but", "in", "on",
                "at", "to", "by", "for", "with", "thing", "day", "side", "way", "hand"].contains(pieces[index + 1].key)
    }
}
