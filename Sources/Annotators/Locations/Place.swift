/// What kind of place a gazetteer entry is. Raw values are the names used in the TSV,
/// in options and in the `feature` attribute.
enum FeatureClass: String, CaseIterable, Sendable {
    case country, city, division, region, continent, political
}

/// One gazetteer entry.
struct Place: Sendable {
    /// GeoNames id; 0 for hand-curated regions GeoNames has no single entry for.
    let geonameID: Int
    let name: String
    let featureClass: FeatureClass
    /// ISO 3166-1 alpha-2, empty for places spanning several countries.
    let countryCode: String
    let latitude: Double
    let longitude: Double
    let population: Int
    /// GeoNames admin1 code of the first-level division the place lies in (or is).
    let admin1: String
    let flags: Flags

    struct Flags: OptionSet, Sendable {
        let rawValue: UInt8
        static let capital = Flags(rawValue: 1)
        /// Also a common English word (Nice, Split): needs evidence.
        static let commonWord = Flags(rawValue: 2)
        /// Also a person's name (Jordan, Chad): needs evidence, and person context blocks it.
        static let personName = Flags(rawValue: 4)
        /// Coordinates derived from the place's cities, not taken from GeoNames.
        static let derivedCoordinates = Flags(rawValue: 8)
    }

    /// Whether `other` lies inside this place (a country or first-level division).
    func contains(_ other: Place) -> Bool {
        switch featureClass {
        case .country: return other.featureClass != .country && other.countryCode == countryCode
        case .division: return other.featureClass == .city && other.countryCode == countryCode && other.admin1 == admin1
        default: return false
        }
    }
}
