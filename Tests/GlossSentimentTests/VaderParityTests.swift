import Foundation
import Testing
@testable import GlossSentiment

/// The port against vaderSentiment 3.3.2 itself: `Fixtures/vader_reference.jsonl` holds
/// 21,563 texts with the package's scores (made by Scripts/sentiment/make_vader_reference.py).
@Suite struct VaderParityTests {
    struct Reference: Decodable {
        let text: String
        let compound: Double
        let pos: Double
        let neu: Double
        let neg: Double
    }

    static func references() throws -> [Reference] {
        let url = try #require(Bundle.module.url(forResource: "vader_reference", withExtension: "jsonl", subdirectory: "Fixtures"))
        let decoder = JSONDecoder()
        return try String(contentsOf: url, encoding: .utf8)
            .split(separator: "\n")
            .map { try decoder.decode(Reference.self, from: Data($0.utf8)) }
    }

    @Test func compoundMatchesThePythonPackage() throws {
        let references = try Self.references()
        #expect(references.count >= 10_000)
        let tolerance = 0.0005
        var disagreements: [(Reference, VaderScores)] = []
        var identical = 0
        for reference in references {
            let scores = VaderAnalyzer.standard.polarityScores(reference.text)
            if scores == VaderScores(compound: reference.compound, positive: reference.pos, neutral: reference.neu, negative: reference.neg) {
                identical += 1
            }
            if abs(scores.compound - reference.compound) > tolerance || abs(scores.positive - reference.pos) > tolerance
                || abs(scores.neutral - reference.neu) > tolerance || abs(scores.negative - reference.neg) > tolerance {
                disagreements.append((reference, scores))
            }
        }
        let agreeing = references.count - disagreements.count
        let rate = Double(agreeing) / Double(references.count)
        print("VADER parity: \(agreeing) of \(references.count) texts agree within \(tolerance) (\(String(format: "%.3f", rate * 100)) %), \(identical) identical in all four scores")
        for (reference, scores) in disagreements.prefix(8) {
            print("  python compound \(reference.compound) pos \(reference.pos) neu \(reference.neu) neg \(reference.neg) | swift \(scores) | \(reference.text.debugDescription.prefix(160))")
        }
        #expect(rate >= 0.995)
    }
}
