import Testing
import GlossCore
@testable import GlossSentiment

/// The byte-level helpers of the VADER tokenizer against their plain definitions, byte by
/// byte and lane by lane, and the word table against a dictionary.
@Suite struct VaderByteHelperTests {
    /// `word` with `byte` in lane `lane` and `filler` in the others.
    private func word(_ byte: UInt8, lane: Int, filler: UInt8 = UInt8(ascii: "x")) -> UInt64 {
        var bytes = [UInt8](repeating: filler, count: 8)
        bytes[lane] = byte
        return bytes.withUnsafeBytes { ByteWords.load($0.baseAddress!) }
    }

    private func highBit(_ lane: Int) -> UInt64 { 0x80 << UInt64(lane * 8) }

    @Test func punctuationIsPythonsStringPunctuation() {
        let punctuation = Set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".utf8)
        for byte in UInt8.min...UInt8.max {
            #expect(isASCIIPunctuation(byte) == punctuation.contains(byte), "byte \(byte)")
        }
    }

    @Test func possibleTokenStopsAreSpaceControlAndNonASCIIBytes() {
        for byte in UInt8.min...UInt8.max {
            for lane in 0..<8 {
                let stops = ByteWords.possibleTokenStops(word(byte, lane: lane))
                #expect(stops == (byte <= 0x20 || byte >= 0x80 ? highBit(lane) : 0), "byte \(byte) lane \(lane)")
            }
        }
    }

    @Test func asciiKindsLowerCaseLettersAndSeeApostrophes() {
        for byte in UInt8.min...UInt8.max {
            for lane in 0..<8 {
                var kinds = ASCIIKinds()
                let lowering = kinds.add(word(byte, lane: lane, filler: 0))
                let isUpper = (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
                #expect(lowering == (isUpper ? 0x20 << UInt64(lane * 8) : 0), "byte \(byte) lane \(lane)")
                #expect((kinds.upper != 0) == isUpper)
                #expect((kinds.lower != 0) == (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte))
                #expect((kinds.apostrophes != 0) == (byte == UInt8(ascii: "'")))
            }
        }
    }

    @Test func bytesBeforeTheFirstMarkAndLowBytes() {
        #expect(ByteWords.bytesBeforeFirst(0) == ~0)
        for lane in 0..<8 {
            let expected: UInt64 = lane == 0 ? 0 : ~0 >> UInt64(64 - lane * 8)
            #expect(ByteWords.bytesBeforeFirst(highBit(lane) | highBit(7)) == expected, "lane \(lane)")
            #expect(ByteWords.lowBytes(lane + 1) == ~0 >> UInt64(56 - lane * 8), "count \(lane + 1)")
        }
        #expect(ByteWords.lowBytes(12) == ~0)
    }

    @Test func textSummaryCountsMarksUpToTheLastByte() {
        for length in 0...40 {
            for position in 0..<max(length, 1) {
                var text = [UInt8](repeating: UInt8(ascii: "a"), count: length)
                if position < length { text[position] = position % 2 == 0 ? UInt8(ascii: "!") : UInt8(ascii: "?") }
                let padded = text + [UInt8](repeating: UInt8(ascii: " "), count: 8)
                let summary = padded.withUnsafeBufferPointer { TextSummary(padded: $0.baseAddress!, count: length) }
                #expect(summary.exclamationMarks + summary.questionMarks == (position < length ? 1 : 0), "length \(length) at \(position)")
                #expect(!summary.hasNonASCII)
            }
        }
        let text = Array("é?!?".utf8) + [UInt8](repeating: UInt8(ascii: " "), count: 8)
        let summary = text.withUnsafeBufferPointer { TextSummary(padded: $0.baseAddress!, count: 5) }
        #expect(summary.hasNonASCII && summary.exclamationMarks == 1 && summary.questionMarks == 2)
    }

    @Test func wordsLongerThanSixteenBytesAreFoundOnlyWhole() throws {
        let table = VaderWordTable(lexicon: try VaderLexicon(tsv: Array("unbelievablyamazingword\t2.5\n".utf8)))
        func word(_ text: String) -> VaderWord {
            let padded = Array(text.utf8) + [UInt8](repeating: UInt8(ascii: " "), count: VaderTokenizer.padding)
            return padded.withUnsafeBufferPointer { table.word(lowercasedPadded: $0.baseAddress!, count: text.utf8.count) }
        }
        #expect(word("unbelievablyamazingword").valence == 2.5)
        #expect(!word("unbelievablyamazingwords").isInLexicon)  // the same first 16 bytes
        #expect(!word("unbelievablyamaz").isInLexicon)  // those 16 bytes alone
        #expect(!word("unbelievablyamazingwork").isInLexicon)
    }

    @Test func controlCharactersAndSeparatorsSplitAsPythonDoes() {
        // Expected values from vaderSentiment 3.3.2: a control character or DEL is part of its
        // token, 0x1C–0x1F and the vertical tab separate tokens.
        let cases: [(String, VaderScores)] = [
            ("good\u{1} bad", VaderScores(compound: -0.5423, positive: 0.0, neutral: 0.222, negative: 0.778)),
            ("good\u{1F}bad", VaderScores(compound: -0.1531, positive: 0.453, neutral: 0.0, negative: 0.547)),
            ("GOOD\u{7F} bad", VaderScores(compound: -0.5423, positive: 0.0, neutral: 0.222, negative: 0.778)),
            ("GOOD \u{B}bad", VaderScores(compound: 0.0343, positive: 0.509, neutral: 0.0, negative: 0.491)),
            ("“good” \u{1C}BAD", VaderScores(compound: -0.6408, positive: 0.0, neutral: 0.191, negative: 0.809)),
        ]
        for (text, expected) in cases {
            #expect(VaderAnalyzer.standard.polarityScores(text) == expected, "\(text.debugDescription)")
        }
    }
}
