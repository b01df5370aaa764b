import Foundation

/// A mention with its place chosen: the best candidate, how sure, and close runners-up.
struct ResolvedMention {
    let mention: Mention
    let place: Int
    let confidence: Double
    /// Other candidates whose score came close, with their probability.
    let alternatives: [(place: Int, confidence: Double)]
}

/// Chooses a place for each mention: what the document says (containment "Paris, Texas",
/// other places of the same country or division), then importance (feature class,
/// capital, population). Places that are also words or names need evidence.
struct Resolver {
    let gazetteer: Gazetteer
    let settings: LocationSettings

    /// A runner-up at least this probable is reported as an alternative: a bare "Georgia"
    /// is the country at about 0.8 and the US state at about 0.2, and a reader should see both.
    private static let alternativeFloor = 0.1

    func resolve(_ mentions: [Mention], signals: [MentionSignals], view: TokenView) -> [ResolvedMention] {
        let containers = containment(mentions, view: view)
        let support = DocumentSupport(mentions: mentions, gazetteer: gazetteer)
        var resolved = [ResolvedMention]()
        for (index, mention) in mentions.enumerated() {
            let signal = signals[index]
            if signal.isInOrganisation && !settings.placesInOrganisations { continue }
            let container = containers[index]
            let hasEvidence = signal.isLocative || container != nil || containers.contains { $0 == index }
            var scored = [(place: Int, score: Double)]()
            for candidate in mention.candidates {
                let place = gazetteer.places[candidate]
                let countrySupport = support.country(place.countryCode, excluding: mention.key)
                guard accepts(place, signal: signal, hasEvidence: hasEvidence, countrySupport: countrySupport) else { continue }
                var score = Self.prior(place) + 0.5 * log10(Double(max(place.population, 1)))
                score += 1.2 * min(countrySupport, 3)
                score += 1.5 * min(support.division(of: place, excluding: mention.key), 2)
                if let container, mentions[container].candidates.contains(where: { gazetteer.places[$0].contains(place) }) { score += 5 }
                if place.featureClass == .division && mention.candidates.contains(where: { isSeat(gazetteer.places[$0], of: place) }) { score -= 2.5 }
                scored.append((candidate, score))
            }
            guard !scored.isEmpty else { continue }
            scored.sort { ($0.score, -$0.place) > ($1.score, -$1.place) }
            let total = scored.reduce(0) { $0 + exp($1.score - scored[0].score) }
            let probabilities = scored.map { (place: $0.place, confidence: exp($0.score - scored[0].score) / total) }
            let top = probabilities[0]
            let alternatives = probabilities.dropFirst().prefix(3).filter { $0.confidence >= Self.alternativeFloor }
            var chosen = mention
            chosen.candidates = scored.map(\.place)
            resolved.append(ResolvedMention(mention: chosen, place: top.place, confidence: top.confidence, alternatives: Array(alternatives)))
        }
        return resolved
    }

    /// Whether the options allow the place and the context gives the evidence it needs.
    private func accepts(_ place: Place, signal: MentionSignals, hasEvidence: Bool, countrySupport: Double) -> Bool {
        guard settings.featureClasses.contains(place.featureClass) else { return false }
        if place.featureClass == .city && place.population < settings.minimumPopulation { return false }
        let looksLikePerson = signal.titleOrSpeech || signal.nameBefore || signal.nameAfter
        if place.flags.contains(.personName) {
            if looksLikePerson { return false }
            if signal.capitalisationIsUninformative && !(hasEvidence || countrySupport >= 1) { return false }
        }
        if signal.isMonth { return false }
        // A common word needs a locative cue: "in Nice", not "Nice work" or "Brent crude";
        // so does a sentence's first word that the document also writes in lower case
        // ("Most of them", "Time will tell").
        if place.flags.contains(.commonWord) && !hasEvidence { return false }
        if signal.capitalisationIsUninformative && signal.isWrittenInLowercase && !hasEvidence { return false }
        // A town beside another name is part of that name: "Vladimir Putin", "Elizabeth Warren".
        let isTownOrDivision = place.featureClass == .city || place.featureClass == .division
        if isTownOrDivision && !place.flags.contains(.capital) && !hasEvidence
            && (signal.nameAfter || signal.titleOrSpeech || (signal.nameBefore && place.population < 100_000)) {
            return false
        }
        return true
    }

    /// Importance of the kind of place before population: a bare "Georgia" is the
    /// country until the document says otherwise.
    private static func prior(_ place: Place) -> Double {
        switch place.featureClass {
        case .country, .continent: return 4
        case .region, .political: return 3.5
        case .division: return 2.5
        case .city: return place.flags.contains(.capital) ? 4 : 1.5
        }
    }

    /// A city that lies in a division of the same name ("New York" city and state): the
    /// bare name means the city.
    private func isSeat(_ city: Place, of division: Place) -> Bool {
        city.featureClass == .city && division.contains(city) && city.population > division.population / 20
    }

    /// For "X, Y": the index of mention Y for mention X.
    private func containment(_ mentions: [Mention], view: TokenView) -> [Int?] {
        var containers = [Int?](repeating: nil, count: mentions.count)
        for index in mentions.indices.dropLast() {
            let comma = mentions[index].tokens.upperBound
            if !mentions[index].isHyphenPart && view.isPunctuation(comma, UInt8(ascii: ",")) && mentions[index + 1].tokens.lowerBound == comma + 1 {
                containers[index] = index + 1
            }
        }
        return containers
    }
}
