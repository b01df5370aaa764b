import Foundation
import GlossCore
@testable import GlossLocations
import Testing

/// The project's own gold (`Fixtures/seeds.jsonl`, a copy of shared/gold/seeds.jsonl):
/// recall and precision ≥ 95% over non-optional locations, spans overlapping ≥ 0.5, and
/// every found location linked to the gold GeoNames id (or country when the gold has none).
@Suite struct SeedGoldTests {
    struct GoldLocation {
        let start: Int
        let end: Int
        let geonamesID: Int?
        let countryCode: String?
        let optional: Bool
    }

    static func seeds() throws -> [(text: String, gold: [GoldLocation])] {
        let url = try #require(Bundle.module.url(forResource: "seeds", withExtension: "jsonl", subdirectory: "Fixtures"))
        return try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map { line in
            let record = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let annotations = try #require(record["annotations"] as? [[String: Any]])
            let gold = annotations.filter { $0["type"] as? String == "location" }.map {
                GoldLocation(start: $0["start"] as! Int, end: $0["end"] as! Int, geonamesID: $0["geonames_id"] as? Int,
                             countryCode: $0["country_code"] as? String, optional: $0["optional"] as? Bool ?? false)
            }
            return (try #require(record["text"] as? String), gold)
        }
    }

    static func overlap(_ a: Range<Int>, _ b: Range<Int>) -> Double {
        let shared = min(a.upperBound, b.upperBound) - max(a.lowerBound, b.lowerBound)
        return shared > 0 ? Double(shared) / Double(max(a.count, b.count)) : 0
    }

    @Test func recallPrecisionAndLinksOnTheSeeds() throws {
        let harness = try LocationsHarness()
        var truePositives = 0, falsePositives = 0, falseNegatives = 0
        var wrongLinks: [String] = []
        for seed in try Self.seeds() {
            let found = try harness.run(seed.text).filter { $0.type == "location" }
            var used = Set<Int>()
            for gold in seed.gold where !gold.optional {
                guard let hit = found.indices.first(where: { !used.contains($0) && Self.overlap(found[$0].start..<found[$0].end, gold.start..<gold.end) >= 0.5 }) else {
                    falseNegatives += 1
                    continue
                }
                used.insert(hit)
                truePositives += 1
                let location = found[hit]
                let linked = gold.geonamesID.map { $0 == location.geonamesID } ?? (gold.countryCode == location.countryCode)
                if !linked { wrongLinks.append("\(location.text) → \(location.attributes["name"]?.stringValue ?? "?")") }
            }
            for (index, location) in found.enumerated() where !used.contains(index) {
                let optional = seed.gold.contains { $0.optional && Self.overlap($0.start..<$0.end, location.start..<location.end) > 0 }
                if !optional { falsePositives += 1 }
            }
        }
        let recall = Double(truePositives) / Double(truePositives + falseNegatives)
        let precision = Double(truePositives) / Double(truePositives + falsePositives)
        #expect(truePositives + falseNegatives >= 35)
        #expect(recall >= 0.95, "recall \(recall)")
        #expect(precision >= 0.95, "precision \(precision)")
        #expect(wrongLinks.isEmpty, "wrong places: \(wrongLinks)")
    }
}
