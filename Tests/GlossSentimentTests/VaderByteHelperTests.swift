import Testing
import GlossCore
@testable import GlossSentiment

/// The byte-level helpers of the VADER tokenizer against their plain definitions, byte by
/// byte and position by position, and the word table against the lexicon.
@Suite struct VaderByteHelperTests {
    @Test func punctuationIsPythonsStringPunctuation() {
        let punctuation = Set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".utf8)
        for byte in UInt8.min...UInt8.max {
            #expect(isASCIIPunctuation(byte) == punctuation.contains(byte), "byte \(byte)")
        }
    }

    /// The bitmask for processors without SSE2 gives what `pmovmskb` gives (this runs on x86-64):
    /// every single lane, every pair of lanes, and patterns across both words.
    @Test func portableBitmaskIsTheSSE2One() {
        var patterns: [UInt16] = [0, 0xFFFF, 0x00FF, 0xFF00, 0xAAAA, 0x5555, 0x8001, 0x0180]
        for lane in 0..<16 { for other in lane..<16 { patterns.append(1 << lane | 1 << other) } }
        for pattern in patterns {
            let lanes = SIMDMask<Bytes16>((0..<16).map { pattern & (1 << $0) != 0 })
            #expect(portableBitmask(lanes) == pattern, "\(String(pattern, radix: 2))")
            #expect(bitmask(lanes) == pattern, "\(String(pattern, radix: 2))")
        }
    }

    private func prepared(_ text: [UInt8], _ body: (PreparedText, TextSummary) -> Void) {
        text.withUnsafeBufferPointer { text in
            let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: PreparedText.bufferSize(text.count))
            defer { buffer.deallocate() }
            let (prepared, summary) = PreparedText.prepare(text, in: buffer)
            body(prepared, summary)
        }
    }

    /// Every byte value in every position of a block, of the overlapping last block and of
    /// a short text, against the plain definitions of its bit planes.
    @Test func bytePlanesAndLowerCasingFollowThePlainDefinitions() {
        for length in [5, 16, 21] {
            for position in 0..<length {
                for byte in UInt8.min...UInt8.max {
                    var text = [UInt8](repeating: UInt8(ascii: "x"), count: length)
                    text[position] = byte
                    prepared(text) { prepared, _ in
                        let isUpper = (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
                        let isLower = (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
                        let isDigit = (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                        let expected: [BytePlane: Bool] = [
                            .stop: byte <= 0x20 || byte >= 0x7F, .alphanumeric: isUpper || isLower || isDigit,
                            .apostrophe: byte == UInt8(ascii: "'"),
                        ]
                        for plane in BytePlane.allCases {
                            // The bit read from its own byte and from bytes before it.
                            for start in [0, position / 2, position] {
                                #expect((prepared.bits(plane, at: start) >> UInt64(position - start)) & 1 == (expected[plane]! ? 1 : 0),
                                        "\(plane) of byte \(byte) at \(position) of \(length), read from \(start)")
                            }
                        }
                        #expect(prepared.lowercased[position] == (isUpper ? byte + 0x20 : byte), "byte \(byte) at \(position) of \(length)")
                    }
                }
            }
        }
    }

    @Test func preparingCountsMarksAndPadsUpToTheLastByte() {
        for length in 0...40 {
            for position in 0..<max(length, 1) {
                var text = [UInt8](repeating: UInt8(ascii: "a"), count: length)
                if position < length { text[position] = position % 2 == 0 ? UInt8(ascii: "!") : UInt8(ascii: "?") }
                prepared(text) { prepared, summary in
                    #expect(summary.exclamationMarks + summary.questionMarks == (position < length ? 1 : 0), "length \(length) at \(position)")
                    #expect(!summary.hasNonASCII)
                    for offset in length..<length + PreparedText.padding {
                        #expect(prepared.lowercased[offset] == UInt8(ascii: " "))
                    }
                    // Stops from the end of the text on, and no other kind of byte, in the 57 bits read from any byte.
                    for start in 0..<max(length, 1) {
                        let beyond: UInt64 = ~0 << UInt64(length - start) & (1 << 57 - 1)
                        #expect(prepared.bits(.stop, at: start) & beyond == beyond, "length \(length) from \(start)")
                        for plane in BytePlane.allCases where plane != .stop {
                            #expect(prepared.bits(plane, at: start) & beyond == 0, "\(plane) of length \(length) from \(start)")
                        }
                    }
                }
            }
        }
        prepared(Array("é?!?".utf8)) { _, summary in
            #expect(summary.hasNonASCII && summary.exclamationMarks == 1 && summary.questionMarks == 2)
        }
        // A mark in every byte: counts summed in several rounds, each lane at its most.
        for length in [240, 241, 1000] {
            prepared([UInt8](repeating: UInt8(ascii: "!"), count: length) + [UInt8](repeating: UInt8(ascii: "?"), count: length)) { _, summary in
                #expect(summary.exclamationMarks == length && summary.questionMarks == length, "length \(length)")
            }
        }
    }

    @Test func wordsLongerThanSixteenBytesAreFoundOnlyWhole() throws {
        let table = VaderWordTable(lexicon: try VaderLexicon(tsv: Array("unbelievablyamazingword\t2.5\n".utf8)))
        func word(_ text: String) -> VaderWord {
            let padded = Array(text.utf8) + [UInt8](repeating: UInt8(ascii: " "), count: PreparedText.padding)
            return table.word(padded.withUnsafeBufferPointer { table.index(lowercasedPadded: $0.baseAddress!, count: text.utf8.count) })
        }
        #expect(word("unbelievablyamazingword").valence == 2.5)
        #expect(!word("unbelievablyamazingwords").isInLexicon)  // the same first 16 bytes
        #expect(!word("unbelievablyamaz").isInLexicon)  // those 16 bytes alone
        #expect(!word("unbelievablyamazingwork").isInLexicon)
    }

    /// The perfect hash table finds every word of the bundled lexicon at its own index and
    /// no word that differs by a byte or in length.
    @Test func wordTableFindsEveryLexiconWordAndNoOther() {
        let lexicon = VaderLexicon.bundled
        let table = VaderWordTable(lexicon: lexicon)
        var indices = Set<UInt32>()
        for (word, valence) in Dictionary(lexicon.entries.map { ($0.word, $0.valence) }, uniquingKeysWith: { _, last in last }) {
            let index = table.index(word)
            #expect(table.word(index).isInLexicon && table.word(index).valence == valence, "\(String(decoding: word, as: UTF8.self))")
            indices.insert(index)
            #expect(table.index(word + [0]) == table.unknown)  // the same zero-padded bytes, longer
            #expect(table.index(Array(word.dropLast())) != index)
        }
        #expect(indices.count == Set(lexicon.entries.map(\.word)).count)
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
