/// The UIMA type system Gloss writes: one span type per built-in Gloss annotation type
/// (`gloss.Quote`, `gloss.Speaker`, `gloss.Figure`, `gloss.Location`, `gloss.Sentence`,
/// `gloss.Sentiment`) with typed features for their known attributes, and
/// `gloss.Annotation` (its `label` feature holds the Gloss type) for every other type.
/// Every span type also has `text`, `glossId`, `annotator`, `attributes` (JSON of the
/// attributes without a feature of their own) and `links`. Span types extend
/// `uima.tcas.Annotation` and have only primitive and INCEpTION "slot" features
/// (FSArray of a link type with `role` + `target`), so INCEpTION imports them as layers.
/// The type system is fixed, not derived from a run, so layers stay the same across runs.
enum UIMATypeSystem {
    enum Range: Equatable {
        case string, double
        /// A slot feature: FSArray of `linkType` whose `target` has type `targetType`.
        case slot(linkType: String, targetType: String)

        var rangeTypeName: String {
            switch self {
            case .string: return "uima.cas.String"
            case .double: return "uima.cas.Double"
            case .slot: return "uima.cas.FSArray"
            }
        }
    }

    struct Feature {
        let name: String
        /// The Gloss attribute it carries.
        let attribute: String
        let range: Range
    }

    struct SpanType {
        let name: String
        let glossType: String?
        let features: [Feature]
    }

    /// The element name after the namespace prefix (`Quote` of `gloss.Quote`), found on bytes.
    static func shortName(of qualifiedName: String) -> Substring {
        guard let dot = qualifiedName.utf8.lastIndex(of: UInt8(ascii: ".")) else { return qualifiedName[...] }
        return qualifiedName[qualifiedName.utf8.index(after: dot)...]
    }

    static let linkType = "gloss.Link"
    static let quoteSpeakerLinkType = "gloss.QuoteSpeakerLink"

    static let commonFeatures = [
        Feature(name: "text", attribute: "", range: .string),
        Feature(name: "glossId", attribute: "", range: .string),
        Feature(name: "annotator", attribute: "", range: .string),
        Feature(name: "attributes", attribute: "", range: .string),
        Feature(name: "links", attribute: "", range: .slot(linkType: linkType, targetType: "uima.tcas.Annotation")),
    ]

    static let builtIn: [SpanType] = [
        SpanType(name: "gloss.Quote", glossType: "quote", features: [
            Feature(name: "kind", attribute: "kind", range: .string),
            Feature(name: "cue", attribute: "cue", range: .string),
            Feature(name: "speaker", attribute: "speaker", range: .slot(linkType: quoteSpeakerLinkType, targetType: "gloss.Speaker")),
            Feature(name: "speakerName", attribute: "speaker_name", range: .string),
        ]),
        SpanType(name: "gloss.Speaker", glossType: "speaker", features: []),
        SpanType(name: "gloss.Figure", glossType: "figure", features: [
            Feature(name: "category", attribute: "category", range: .string),
            Feature(name: "value", attribute: "value", range: .double),
            Feature(name: "unit", attribute: "unit", range: .string),
        ]),
        SpanType(name: "gloss.Location", glossType: "location", features: [
            Feature(name: "geonamesId", attribute: "geonames_id", range: .string),
            Feature(name: "countryCode", attribute: "country_code", range: .string),
            Feature(name: "latitude", attribute: "latitude", range: .double),
            Feature(name: "longitude", attribute: "longitude", range: .double),
            Feature(name: "feature", attribute: "feature", range: .string),
        ]),
        SpanType(name: "gloss.Sentence", glossType: "sentence", features: []),
        SpanType(name: "gloss.Sentiment", glossType: "sentiment", features: [
            Feature(name: "compound", attribute: "compound", range: .double),
            Feature(name: "label", attribute: "label", range: .string),
        ]),
    ]

    static let generic = SpanType(name: "gloss.Annotation", glossType: nil, features: [
        Feature(name: "label", attribute: "", range: .string),
    ])

    /// The type system description XML.
    static var xml: String {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <typeSystemDescription xmlns="http://uima.apache.org/resourceSpecifier">
              <name>Gloss</name>
              <types>

            """
        for type in builtIn + [generic] {
            out += "    <typeDescription><name>\(type.name)</name><supertypeName>uima.tcas.Annotation</supertypeName><features>\n"
            for feature in commonFeatures + type.features { out += featureXML(feature) }
            out += "    </features></typeDescription>\n"
        }
        for (link, target) in [(linkType, "uima.tcas.Annotation"), (quoteSpeakerLinkType, "gloss.Speaker")] {
            out += "    <typeDescription><name>\(link)</name><supertypeName>uima.cas.TOP</supertypeName><features>\n"
            out += "      <featureDescription><name>role</name><rangeTypeName>uima.cas.String</rangeTypeName></featureDescription>\n"
            out += "      <featureDescription><name>target</name><rangeTypeName>\(target)</rangeTypeName></featureDescription>\n"
            out += "    </features></typeDescription>\n"
        }
        return out + "  </types>\n</typeSystemDescription>\n"
    }

    private static func featureXML(_ feature: Feature) -> String {
        var element = "<name>\(feature.name)</name><rangeTypeName>\(feature.range.rangeTypeName)</rangeTypeName>"
        if case .slot(let link, _) = feature.range { element += "<elementType>\(link)</elementType>" }
        return "      <featureDescription>\(element)</featureDescription>\n"
    }
}
