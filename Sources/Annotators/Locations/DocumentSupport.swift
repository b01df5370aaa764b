/// How much the rest of a document points at each country and first-level division:
/// every distinct name spreads one vote over the countries (divisions) of its candidates.
struct DocumentSupport {
    private var countries: [String: Double] = [:]
    private var divisions: [String: Double] = [:]
    private var countryVotesByKey: [UInt64: [String: Double]] = [:]
    private var divisionVotesByKey: [UInt64: [String: Double]] = [:]

    init(mentions: [Mention], gazetteer: Gazetteer) {
        for mention in mentions where countryVotesByKey[mention.key] == nil {
            let places = mention.candidates.map { gazetteer.places[$0] }
            let codes = Set(places.map(\.countryCode).filter { !$0.isEmpty })
            let divisionKeys = Set(places.filter { !$0.admin1.isEmpty }.map { $0.countryCode + "." + $0.admin1 })
            var countryVotes = [String: Double]()
            for code in codes { countryVotes[code] = 1 / Double(codes.count) }
            var divisionVotes = [String: Double]()
            for key in divisionKeys { divisionVotes[key] = 1 / Double(divisionKeys.count) }
            countryVotesByKey[mention.key] = countryVotes
            divisionVotesByKey[mention.key] = divisionVotes
            countries.merge(countryVotes, uniquingKeysWith: +)
            divisions.merge(divisionVotes, uniquingKeysWith: +)
        }
    }

    /// Votes for `code` from names other than `key`.
    func country(_ code: String, excluding key: UInt64) -> Double {
        guard !code.isEmpty else { return 0 }
        return (countries[code] ?? 0) - (countryVotesByKey[key]?[code] ?? 0)
    }

    /// Votes for the division `place` lies in (or is), from names other than `key`.
    func division(of place: Place, excluding key: UInt64) -> Double {
        guard !place.admin1.isEmpty else { return 0 }
        let division = place.countryCode + "." + place.admin1
        return (divisions[division] ?? 0) - (divisionVotesByKey[key]?[division] ?? 0)
    }
}
