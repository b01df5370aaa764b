import Foundation
import Testing

@testable import GlossCore

/// How the reference output in Fixtures/text_layer_reference.jsonl was made: the text layer
/// before its speed work was run over real texts and over variants of them made here, and
/// its tokens (as a checksum), sentences and paragraphs were written down. The tests compare
/// today's text layer with it.
enum TextLayerReference {
    /// Pieces the splitter weighs: terminal punctuation, line and paragraph breaks, quotation
    /// marks, brackets, list markers, abbreviations, links, note references.
    static let pieces: [String] = [
        ".", ". ", "\n", "\n\n", " \n", "\r\n", "\"", "'", "“", "”", "‘", "’", "(", ")", "[", "]", "…", "...", ". . .",
        "!", "?", "-", "—", "–", "•", "* ", "1. ", "a. ", "(iv) ", "2) ", "B. ", "Mr. ", "U.S. ", "a.m. ", "The ",
        "the ", ",", ";", ":", "\u{2028}", "\u{2029}", "。", "！", "www.", "@", "://", "[1]", ".11 12 ", " ", "\t",
        "No. ", "é", "Ö", "\u{0301}", "x", "Z", "7", "iv", "St.", "p. 5", "”.", ".”", "?!",
    ]

    /// Variant 0 is the text; variants 1 and 2 have pieces spliced in at pseudo-random places,
    /// one per 60 and one per 15 scalars.
    static func variant(_ number: Int, of text: String) -> String {
        guard number > 0 else { return text }
        var state = UInt64(number) &* 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33)
        }
        var scalars = Array(text.unicodeScalars)
        for _ in 0..<(1 + scalars.count / (number == 1 ? 60 : 15)) {
            let piece = pieces[next() % pieces.count]
            scalars.insert(contentsOf: piece.unicodeScalars, at: next() % (scalars.count + 1))
        }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars)
        return String(result)
    }

    /// FNV-1a over each token's start, end and kind, in hexadecimal.
    static func checksum(_ tokens: [Token]) -> String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for token in tokens {
            for value in [UInt64(token.start), UInt64(token.end), UInt64(token.kind.rawValue)] {
                hash = (hash ^ value) &* 0x100_0000_01B3
            }
        }
        return String(hash, radix: 16)
    }

    /// Byte ranges as a flat list of bounds: [start, end, start, end, …].
    static func bounds(_ ranges: [Range<Int>]) -> [Int] { ranges.flatMap { [$0.lowerBound, $0.upperBound] } }
}

@Suite struct TextLayerReferenceTests {
    private static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The texts the reference names: "seeds/NAME" in the repository, "FIXTURE/ID" a case of
    /// this target's pySBD fixtures.
    private func sourceTexts() throws -> [String: String] {
        var texts = [String: String]()
        let seeds = Self.repositoryRoot.appendingPathComponent("seeds")
        for name in try FileManager.default.contentsOfDirectory(atPath: seeds.path) where name.hasSuffix(".txt") {
            texts["seeds/\(name)"] = try String(contentsOf: seeds.appendingPathComponent(name), encoding: .utf8)
        }
        for fixture in ["golden_rules_en", "pysbd_english"] {
            let url = try #require(Bundle.module.url(forResource: fixture, withExtension: "jsonl", subdirectory: "Fixtures"))
            for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n") {
                let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
                texts["\(fixture)/\(try #require(object["id"] as? String))"] = try #require(object["text"] as? String)
            }
        }
        return texts
    }

    @Test func tokensSentencesAndParagraphsMatchTheReference() throws {
        let texts = try sourceTexts()
        let url = try #require(Bundle.module.url(forResource: "text_layer_reference", withExtension: "jsonl", subdirectory: "Fixtures"))
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 3 * texts.count)
        for line in lines {
            let expected = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let source = try #require(expected["source"] as? String)
            let number = try #require(expected["variant"] as? Int)
            let layer = TextLayer(text: TextLayerReference.variant(number, of: try #require(texts[source])))
            let name = "\(source) variant \(number)"
            #expect(TextLayerReference.checksum(layer.tokens) == expected["tokens"] as? String, "tokens of \(name)")
            #expect(TextLayerReference.bounds(layer.sentences) == expected["sentences"] as? [Int], "sentences of \(name)")
            #expect(TextLayerReference.bounds(layer.paragraphs) == expected["paragraphs"] as? [Int], "paragraphs of \(name)")
        }
    }
}
