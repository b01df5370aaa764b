/// All word tables of one annotator instance, built once (units may be extended from
/// the configuration).
struct FiguresLexicon: Sendable {
    let units: PhraseTable<UnitForm>
    let currencySigns: PhraseTable<Currency>
    let currencyNames: PhraseTable<Currency>
    let currencyCodes: Set<String>
    let qualifiersBefore: PhraseTable<Qualifier>
    let qualifiersAfter: PhraseTable<Qualifier>
    /// Every word a figure can start with; the scanner passes over other words at the cost
    /// of one lookup.
    let startWords: Set<String>

    /// Time units of durations and ages, by key, with their canonical name.
    static let timeUnits: [String: String] = [
        "millisecond": "millisecond", "milliseconds": "millisecond", "ms": "millisecond",
        "second": "second", "seconds": "second", "sec": "second", "secs": "second", "minute": "minute", "minutes": "minute",
        "min": "minute", "mins": "minute", "hour": "hour", "hours": "hour", "hr": "hour", "hrs": "hour", "day": "day",
        "days": "day", "week": "week", "weeks": "week", "fortnight": "fortnight", "fortnights": "fortnight", "month": "month",
        "months": "month", "year": "year", "years": "year", "yr": "year", "yrs": "year", "decade": "decade", "decades": "decade",
        "century": "century", "centuries": "century",
    ]

    init(extraUnits: [UnitForm]) {
        var units = PhraseTable<UnitForm>()
        for form in UnitTable.parse(UnitTable.definitions) + extraUnits { units.insert(form.keys, form) }
        self.units = units
        var signs = PhraseTable<Currency>()
        for (surface, currency) in CurrencyTable.signs { signs.insert(PhraseKeys.keys(of: surface), currency) }
        currencySigns = signs
        var names = PhraseTable<Currency>()
        for (surface, currency) in CurrencyTable.names { names.insert(PhraseKeys.keys(of: surface), currency) }
        currencyNames = names
        currencyCodes = Set(CurrencyTable.codes)
        var before = PhraseTable<Qualifier>()
        for (surface, qualifier) in QualifierWords.before { before.insert(PhraseKeys.keys(of: surface), qualifier) }
        qualifiersBefore = before
        var after = PhraseTable<Qualifier>()
        for (surface, qualifier) in QualifierWords.after { after.insert(PhraseKeys.keys(of: surface), qualifier) }
        qualifiersAfter = after
        var starts = Set(["between", "from", "age", "aged", "minus", "negative", "a", "an", "half", "quarter", "tens", "hundreds", "hundred"])
        starts.formUnion(CalendarWords.months.keys)
        starts.formUnion(CalendarWords.weekdays.keys)
        starts.formUnion(CalendarWords.weekdayAbbreviations)
        starts.formUnion(NumberWords.cardinals.keys)
        starts.formUnion(NumberWords.ordinals.keys)
        starts.formUnion(NumberWords.vagueAmounts.keys)
        starts.formUnion(before.firstKeys)
        starts.formUnion(signs.firstKeys)
        starts.formUnion(currencyCodes)
        starts.formUnion(currencyCodes.map { "m" + $0 })
        startWords = starts
    }
}
