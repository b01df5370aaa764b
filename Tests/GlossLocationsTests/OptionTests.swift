import Foundation
import GlossCore
@testable import GlossLocations
import Testing

/// The YAML options and the attributes each location carries.
@Suite struct OptionTests {
    @Test func attributesOfALocation() throws {
        let found = try LocationsHarness().run("Ukraine’s capital Kyiv.").filter { $0.type == "location" }
        let ukraine = try #require(found.first)
        #expect(ukraine.text == "Ukraine")
        #expect(ukraine.geonamesID == 690791)
        #expect(ukraine.feature == "country")
        #expect(ukraine.attributes["name"]?.stringValue == "Ukraine")
        #expect(ukraine.attributes["latitude"]?.doubleValue != nil && ukraine.attributes["longitude"]?.doubleValue != nil)
        let confidence = try #require(ukraine.attributes["confidence"]?.doubleValue)
        #expect(confidence > 0.5 && confidence <= 1)
        let kyiv = try #require(found.last)
        #expect(kyiv.geonamesID == 703448)
        #expect(kyiv.attributes["capital"] == .bool(true))
    }

    @Test func closeDecisionsCarryAlternatives() throws {
        // Without context, "Georgia" could be the country or the US state.
        let georgia = try #require(try LocationsHarness().run("Elections in Georgia are today.").first)
        guard case .list(let alternatives)? = georgia.attributes["alternatives"] else {
            Issue.record("no alternatives on \(georgia.attributes)")
            return
        }
        #expect(alternatives.contains { if case .object(let place) = $0 { return place["country_code"] == .string("US") } else { return false } })
    }

    @Test func demonymsAreOffByDefaultAndLinkedToTheirCountry() throws {
        let text = "Ukrainian and Finnish officials met Russian envoys in Helsinki."
        #expect(try LocationsHarness().run(text).allSatisfy { $0.type == "location" })
        let demonyms = try LocationsHarness(options: "{demonyms: true}").run(text).filter { $0.type == "demonym" }
        #expect(demonyms.map(\.text) == ["Ukrainian", "Finnish", "Russian"])
        #expect(demonyms.map(\.countryCode) == ["UA", "FI", "RU"])
        #expect(demonyms.first?.geonamesID == 690791)
        let hyphenated = try LocationsHarness(options: "{demonyms: true}").run("Russian-backed forces and anti-Ukrainian slogans.")
        #expect(hyphenated.map(\.text) == ["Russian", "Ukrainian"])
    }

    @Test func europeanUnionIsAFeatureClassToOptInto() throws {
        let text = "The European Union imposed sanctions."
        #expect(try LocationsHarness().places(text) == [])
        let withPolitical = "{feature_classes: [country, city, division, region, continent, political]}"
        #expect(try LocationsHarness(options: withPolitical).places(text) == ["European Union="])
    }

    @Test func placesInOrganisationsCanBeKept() throws {
        let text = "The Bank of England raised rates."
        #expect(try LocationsHarness(options: "{places_in_organisations: true}").places(text) == ["England=GB"])
    }

    @Test func minimumPopulationDropsSmallCities() throws {
        let text = "Talks were held in Kramatorsk and Kyiv."
        #expect(try LocationsHarness().places(text) == ["Kramatorsk=UA", "Kyiv=UA"])
        #expect(try LocationsHarness(options: "{min_population: 1000000}").places(text) == ["Kyiv=UA"])
    }

    @Test func stopListAndFeatureClasses() throws {
        #expect(try LocationsHarness(options: "{stop_list: [Kyiv]}").places("Kyiv and Lviv.") == ["Lviv=UA"])
        #expect(try LocationsHarness(options: "{feature_classes: [country]}").places("Kyiv, Ukraine.") == ["Ukraine=UA"])
    }

    @Test func extraGazetteerFilesInTSVAndCSV() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gloss-locations-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "# a village\n9000001\tVelyka Novosilka\tcity\tUA\t47.84\t36.83\t7000\t05\t\tVelyka Novoselka\n"
            .write(to: folder.appendingPathComponent("extra.tsv"), atomically: true, encoding: .utf8)
        try "9000002,Robotyne,city,UA,47.45,35.84,500,26,,\n"
            .write(to: folder.appendingPathComponent("extra.csv"), atomically: true, encoding: .utf8)
        let harness = try LocationsHarness(options: "{gazetteer_files: [extra.tsv, extra.csv], min_population: 0}", baseDirectory: folder.path)
        let found = try harness.run("Troops entered Velyka Novoselka and Robotyne.")
        #expect(found.map(\.text) == ["Velyka Novoselka", "Robotyne"])
        #expect(found.map(\.geonamesID) == [9000001, 9000002])
    }

    @Test func aBadGazetteerFileIsAConfigurationError() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gloss-locations-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "1\tSomewhere\tvillage\tUA\t1\t2\t0\t\n".write(to: folder.appendingPathComponent("bad.tsv"), atomically: true, encoding: .utf8)
        #expect(throws: ConfigError.self) {
            try LocationsHarness(options: "{gazetteer_files: [bad.tsv]}", baseDirectory: folder.path)
        }
    }

    @Test func spansAreTheirTextInUnicodeScalars() throws {
        let text = "Über 🇺🇦 Zürich — Kyiv’s “Donbas” and Kraków."
        let scalars = Array(text.unicodeScalars)
        for annotation in try LocationsHarness().run(text) {
            var slice = String.UnicodeScalarView()
            slice.append(contentsOf: scalars[annotation.start..<annotation.end])
            #expect(String(slice) == annotation.text)
        }
        #expect(try LocationsHarness().places(text) == ["Zürich=CH", "Kyiv=UA", "Donbas=UA", "Kraków=PL"])
    }
}
