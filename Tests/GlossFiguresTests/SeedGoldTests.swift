import Foundation
import GlossCore
import Testing

/// The project's hand-made gold for the seed articles: every non-optional figure must be
/// found (span overlap ≥ 0.5 of the longer span) with its category and value.
@Suite struct SeedGoldTests {
    @Test func everyGoldFigureIsFound() throws {
        let harness = try FiguresHarness()
        var checked = 0
        for article in try Fixtures.jsonLines("seeds-gold") {
            let text = try #require(article["text"] as? String)
            let found = try harness.figures(in: text)
            let gold = (article["annotations"] as? [[String: Any]] ?? []).filter { $0["type"] as? String == "figure" && $0["optional"] as? Bool != true }
            for expected in gold {
                let start = try #require(expected["start"] as? Int)
                let end = try #require(expected["end"] as? Int)
                let match = found.first { overlap(start..<end, $0.start..<$0.end) >= 0.5 }
                let label = "\(expected["text"] ?? "") in \(article["id"] ?? "")"
                try #require(match != nil, "not found: \(label)")
                #expect(match?.category == expected["category"] as? String, "category of \(label)")
                if let value = expected["value"] as? Double {
                    let got = match?.number ?? match?.dateValue.flatMap(Double.init)
                    #expect(got.map { sameValue($0, value) } == true, "value of \(label): \(String(describing: got))")
                }
                if let counted = expected["counted"] as? String {
                    #expect(match?.attributes["counted"]?.stringValue == counted, "counted noun of \(label)")
                }
                if expected["approximate"] as? Bool == true {
                    #expect(match?.attributes["approximate"] == .bool(true), "approximate: \(label)")
                }
                if let granularity = expected["granularity"] as? String {
                    #expect(match?.attributes["granularity"]?.stringValue == granularity, "granularity of \(label)")
                }
                checked += 1
            }
        }
        #expect(checked == 8)
    }

    private func overlap(_ a: Range<Int>, _ b: Range<Int>) -> Double {
        let shared = max(0, min(a.upperBound, b.upperBound) - max(a.lowerBound, b.lowerBound))
        return Double(shared) / Double(max(a.count, b.count))
    }
}
