import GlossCore

/// Finds toponyms in news text and links each to a GeoNames entry of the bundled
/// gazetteer (countries, capitals, cities of 15,000+, first-level divisions, continents,
/// well-known regions).
public struct LocationsAnnotator: Annotator {
    public static let description = AnnotatorDescription(
        kind: "locations",
        summary: "Place names linked to GeoNames: id, name, feature class, country, coordinates, confidence.",
        emits: ["location", "demonym"],
        options: LocationSettings.specs)

    private let settings: LocationSettings
    private let gazetteer: Gazetteer
    private let finder: MentionFinder
    /// Countries by ISO code, for linking demonyms.
    private let countries: [String: Place]

    public init(configuration: AnnotatorConfiguration) throws {
        let options = configuration.options
        settings = LocationSettings(options: options)
        gazetteer = try LocationSettings.gazetteer(options: options)
        let demonyms: Demonyms?
        do {
            demonyms = settings.demonyms ? try Demonyms.bundled.get() : nil
        } catch {
            throw AnnotatorFailure("cannot load the bundled demonyms: \(error)")
        }
        countries = Dictionary(gazetteer.places.filter { $0.featureClass == .country }.map { ($0.countryCode, $0) },
                               uniquingKeysWith: { first, _ in first })
        finder = MentionFinder(gazetteer: gazetteer, demonyms: demonyms, stopKeys: Set(settings.stopList.map { NameKey.of($0) }))
    }

    public var emittedTypes: [String] { settings.demonyms ? ["location", "demonym"] : ["location"] }

    public func annotate(_ context: AnnotationContext) throws {
        let text = context.text
        let tokens = text.tokens
        let sentenceStarts = Set(text.sentences.compactMap { sentence in
            text.tokenIndices(in: sentence).first { tokens[$0].kind == .word }
        })
        let (resolved, demonyms) = text.utf8.withUnsafeBufferPointer { bytes in
            let view = TokenView(bytes: bytes, tokens: tokens)
            let found = finder.find(in: view)
            let placeLike = found.places.filter { $0.candidates.contains { !gazetteer.places[$0].flags.contains(.personName) } }
            let starts = Set(placeLike.map(\.tokens.lowerBound))
            let ends = Set(placeLike.map { $0.tokens.upperBound - 1 })
            let lowercaseNames = namesWrittenInLowercase(in: view)
            let signals = found.places.map {
                MentionSignals($0, in: view, sentenceStarts: sentenceStarts, mentionStarts: starts, mentionEnds: ends,
                               lowercaseNames: lowercaseNames)
            }
            return (Resolver(gazetteer: gazetteer, settings: settings).resolve(found.places, signals: signals, view: view), found.demonyms)
        }
        var annotations = resolved.map { (bytes: $0.mention.bytes, type: "location", attributes: attributes(of: $0)) }
        for demonym in demonyms {
            annotations.append((demonym.bytes, "demonym", demonymAttributes(demonym, country: countries[demonym.countryCode])))
        }
        annotations.sort { ($0.bytes.lowerBound, $0.bytes.upperBound) < ($1.bytes.lowerBound, $1.bytes.upperBound) }
        for annotation in annotations {
            context.add(annotation.type, bytes: annotation.bytes, attributes: annotation.attributes)
        }
    }

    /// Keys of gazetteer names the document also writes in lower case ("most", "time"):
    /// there the word is a common word, not a place, unless the context says otherwise.
    private func namesWrittenInLowercase(in view: TokenView) -> Set<UInt64> {
        var keys = Set<UInt64>()
        for token in view.tokens where token.kind == .word {
            let first = view.bytes[Int(token.start)]
            guard UTF8Scanning.isASCIILetter(first) && !UTF8Scanning.isASCIIUpper(first) else { continue }
            var key = NameKey()
            key.add(view.bytes, token.byteRange)
            if gazetteer.contains(key.hash) { keys.insert(key.hash) }
        }
        return keys
    }

    private func attributes(of resolved: ResolvedMention) -> Attributes {
        var attributes = PlaceAttributes.of(gazetteer.places[resolved.place])
        attributes["confidence"] = .number((resolved.confidence * 1000).rounded() / 1000)
        if !resolved.alternatives.isEmpty {
            attributes["alternatives"] = .list(resolved.alternatives.map { alternative in
                var object = PlaceAttributes.brief(gazetteer.places[alternative.place])
                object["confidence"] = .number((alternative.confidence * 1000).rounded() / 1000)
                return .object(object)
            })
        }
        return attributes
    }

    private func demonymAttributes(_ demonym: DemonymMention, country: Place?) -> Attributes {
        var attributes: Attributes = ["country_code": .string(demonym.countryCode)]
        if let country {
            attributes["geonames_id"] = .integer(country.geonameID)
            attributes["name"] = .string(country.name)
        }
        return attributes
    }
}
