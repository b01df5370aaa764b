import Foundation
import GlossCore
@testable import GlossLocations
import Testing

/// Runs a locations annotator configured from YAML options over texts.
struct LocationsHarness {
    let annotator: LocationsAnnotator

    init(options yaml: String = "{}", baseDirectory: String = ".") throws {
        annotator = try LocationsAnnotator.make(options: yaml, baseDirectory: baseDirectory)
    }

    func run(_ text: String) throws -> [Annotation] {
        try annotator.annotations(in: text)
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
