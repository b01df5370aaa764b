import Foundation
import GlossCore
@testable import GlossLocations
import Testing

/// Runs a locations annotator configured from YAML options over texts.
struct LocationsHarness {
    let annotator: LocationsAnnotator

    init(options yaml: String = "{}", baseDirectory: String = ".") throws {
        let node = try ConfigNode.parse(yaml: yaml, file: "test.yaml")
        var validator = OptionValidator(baseDirectory: baseDirectory)
        let options = validator.object(node, specs: LocationsAnnotator.description.options, what: "options",
                                       location: SourceLocation(file: "test.yaml", line: 1, column: 1))
        if let error = validator.errors.first { throw error }
        annotator = try LocationsAnnotator(configuration: AnnotatorConfiguration(id: "locations", options: options))
    }

    func run(_ text: String) throws -> [Annotation] {
        let context = AnnotationContext(document: Document(id: "test", text: text))
        try annotator.annotate(context)
        return context.annotations
    }

    /// The locations found, as "text=COUNTRY" (or "text=COUNTRY/id" with `ids`).
    func places(_ text: String) throws -> [String] {
        try run(text).filter { $0.type == "location" }.map { "\($0.text)=\($0.countryCode ?? "")" }
    }
}

extension Annotation {
    var countryCode: String? { attributes["country_code"]?.stringValue }
    var feature: String? { attributes["feature"]?.stringValue }
    var geonamesID: Int? {
        if case .integer(let id)? = attributes["geonames_id"] { return id }
        return nil
    }
}
