import Foundation
import GlossCore

/// The `locations` options, validated.
struct LocationSettings: Sendable {
    static let defaultFeatureClasses: [FeatureClass] = [.country, .city, .division, .region, .continent]

    static let specs: [OptionSpec] = [
        OptionSpec("min_population", .integer(min: 0), default: .integer(15_000),
                   help: "Cities with fewer inhabitants are not reported (the bundled gazetteer holds cities of 15,000 and more)."),
        OptionSpec("feature_classes", .list(.choice(FeatureClass.allCases.map(\.rawValue))),
                   default: .list(defaultFeatureClasses.map { .string($0.rawValue) }),
                   help: "Kinds of places to report; add 'political' for the European Union and the Soviet Union."),
        OptionSpec("gazetteer_files", .list(.path(mustExist: true)), default: .list([]),
                   help: "Extra gazetteer files (.tsv or .csv) with the bundled file's columns: geonameid, name, class, country, lat, lon, population, admin1, flags, other names ('|'-separated)."),
        OptionSpec("stop_list", .list(.string), default: .list([]), help: "Names never reported as places."),
        OptionSpec("demonyms", .bool, default: .bool(false),
                   help: "Also emit 'demonym' annotations (Ukrainian, Finnish) linked to their country."),
        OptionSpec("places_in_organisations", .bool, default: .bool(false),
                   help: "Report places inside organisation names (Bank of England, Kyiv Independent)."),
    ]

    let minimumPopulation: Int
    let featureClasses: Set<FeatureClass>
    let stopList: [String]
    let demonyms: Bool
    let placesInOrganisations: Bool

    init(options: OptionValues) {
        minimumPopulation = options.integer("min_population")
        featureClasses = Set(options.strings("feature_classes").compactMap(FeatureClass.init(rawValue:)))
        stopList = options.strings("stop_list")
        demonyms = options.bool("demonyms")
        placesInOrganisations = options.bool("places_in_organisations")
    }

    /// The bundled gazetteer plus the user's files.
    static func gazetteer(options: OptionValues) throws -> Gazetteer {
        var gazetteer: Gazetteer
        do {
            gazetteer = try Gazetteer.bundled.get()
        } catch {
            throw AnnotatorFailure("cannot load the bundled gazetteer: \(error)")
        }
        for path in options.strings("gazetteer_files") {
            let separator = path.lowercased().hasSuffix(".csv") ? UInt8(ascii: ",") : UInt8(ascii: "\t")
            do {
                try gazetteer.load(contentsOf: URL(fileURLWithPath: path), separator: separator)
            } catch {
                throw options.error("gazetteer_files", "\(path): \(error)",
                                    hint: "columns: geonameid, name, class, country, lat, lon, population, admin1, flags, other names")
            }
        }
        return gazetteer
    }
}
