import GlossCore

/// Numeric facts of news text: counts, ordinals, percentages, money, quantities with
/// units, dates, durations, ages, ranges, fractions and multipliers, each with a
/// normalised value, its unit or currency, a qualifier and what it counts.
public struct FiguresAnnotator: Annotator {
    static let defaultCategories = FigureCategory.allCases.filter { $0 != .code }.map(\.rawValue)

    public static let description = AnnotatorDescription(
        kind: "figures",
        summary: "Numbers in news text with category, normalised value, unit or currency, qualifier and counted noun.",
        emits: ["figure"],
        options: [
            OptionSpec("categories", .list(.choice(FigureCategory.allCases.map(\.rawValue))),
                       default: .list(defaultCategories.map { .string($0) }),
                       help: "Categories to emit; add 'code' to also emit digits inside names and codes (COVID-19, Boeing 737)."),
            OptionSpec("date_order", .choice(DateOrder.allCases.map(\.rawValue)), default: .string("dmy"),
                       help: "Field order of all-digit dates such as 04/02/2022 (a field above 12 is always read as the day)."),
            OptionSpec("bare_years", .bool, default: .bool(true),
                       help: "Emit a four-digit year standing alone (\"since 2014\") as a date with granularity 'year'."),
            OptionSpec("extra_units", .list(.object([
                OptionSpec("name", .string, required: true, help: "Canonical unit name written in the 'unit' attribute."),
                OptionSpec("dimension", .string, default: .string("other"), help: "What the unit measures (length, mass …)."),
                OptionSpec("forms", .list(.string), required: true, help: "Surface forms, e.g. [\"mcf\", \"thousand cubic feet\"]."),
                OptionSpec("ambiguous", .bool, default: .bool(false),
                           help: "Only count the forms when written against the number (\"5mcf\") or hyphenated."),
            ])), default: .list([]), help: "Units to add to the built-in table."),
        ])

    private let categories: Set<FigureCategory>
    private let lexicon: FiguresLexicon
    private let settings: ScanSettings

    public init(configuration: AnnotatorConfiguration) throws {
        let options = configuration.options
        let chosen = options.strings("categories").compactMap(FigureCategory.init(rawValue:))
        if chosen.isEmpty { throw options.error("categories", "no category chosen: nothing to emit", hint: "list at least one category") }
        categories = Set(chosen)
        var extraUnits = [UnitForm]()
        for unit in options.objects("extra_units") {
            let measure = MeasureUnit(name: unit.string("name") ?? "", dimension: unit.string("dimension") ?? "other")
            if measure.name.isEmpty { throw unit.error("name", "the unit name is empty") }
            for form in unit.strings("forms") {
                let made = UnitTable.makeForm((unit.bool("ambiguous") ? "!" : "") + form, unit: measure)
                if made.keys.isEmpty || made.keys.contains("") {
                    throw unit.error("forms", "'\(form)' cannot be matched", hint: "use ASCII words, numbers or symbols of at most \(PieceBuilder.maxKeyLength) letters each")
                }
                extraUnits.append(made)
            }
        }
        lexicon = FiguresLexicon(extraUnits: extraUnits)
        settings = ScanSettings(dateOrder: DateOrder(rawValue: options.string("date_order") ?? "dmy") ?? .dmy,
                                bareYears: options.bool("bare_years"), emitsCodes: categories.contains(.code))
    }

    public func annotate(_ context: AnnotationContext) throws {
        let pieces = PieceBuilder.pieces(of: context.text)
        let scanner = FigureScanner(pieces: pieces, bytes: context.text.utf8, lexicon: lexicon, settings: settings)
        for figure in scanner.scan() where categories.contains(figure.category) {
            context.add("figure", bytes: pieces[figure.first].start..<pieces[figure.end - 1].end, attributes: figure.attributes)
        }
    }
}
