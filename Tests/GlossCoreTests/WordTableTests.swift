import Testing
@testable import GlossCore

@Suite struct WordTableTests {
    private func value(_ table: WordTable, in text: String, word: String) -> UInt32? {
        let bytes = Array(text.utf8)
        let start = bytes.indices.first { Array(bytes[$0...].prefix(word.utf8.count)) == Array(word.utf8) }!
        return bytes.withUnsafeBufferPointer { table.value(in: $0, start..<(start + word.utf8.count)) }
    }

    @Test func foldingTableMatchesAnyASCIICase() {
        let table = WordTable(["said": 1, "so-called": 2, "according": 4], foldingCase: true)
        #expect(value(table, in: "He SAID it", word: "SAID") == 1)
        #expect(value(table, in: "a So-Called reform", word: "So-Called") == 2)
        #expect(value(table, in: "According to", word: "According") == 4)
        #expect(value(table, in: "the saying goes", word: "saying") == nil)
        #expect(value(table, in: "he sa", word: "sa") == nil)
    }

    @Test func exactTableKeepsCase() {
        let table = WordTable(["The", "ET"], foldingCase: false)
        #expect(value(table, in: "x The y", word: "The") == 1)
        #expect(value(table, in: "x the y", word: "the") == nil)
        #expect(value(table, in: "9 a.m. ET", word: "ET") == 1)
    }

    /// Words that end less than 16 bytes before the end of the text are read byte by byte;
    /// words in the middle are read eight bytes at a time and masked: both give the same key.
    @Test func wordsAtTheEndOfTheTextAndLongWords() {
        let table = WordTable(["representatives": 7, "é": 8], foldingCase: true)
        #expect(value(table, in: "Representatives", word: "Representatives") == 7)
        #expect(value(table, in: "the representatives of the people", word: "representatives") == 7)
        #expect(value(table, in: "é", word: "é") == 8)
        #expect(value(table, in: "É", word: "É") == nil)  // only ASCII letters fold
        #expect(value(table, in: "an extraordinarily long word", word: "extraordinarily") == nil)
        #expect(value(table, in: "counterrevolutionaries", word: "counterrevolutionaries") == nil)
    }

    @Test func manyKeysAllFound() {
        let words = (0..<500).map { "w\($0)x" }
        let table = WordTable(Dictionary(uniqueKeysWithValues: words.enumerated().map { ($0.element, UInt32($0.offset)) }), foldingCase: true)
        let text = words.joined(separator: " ")
        let bytes = Array(text.utf8)
        var found = 0
        bytes.withUnsafeBufferPointer { buffer in
            var start = 0
            for (index, word) in words.enumerated() {
                if table.value(in: buffer, start..<(start + word.utf8.count)) == UInt32(index) { found += 1 }
                start += word.utf8.count + 1
            }
        }
        #expect(found == 500)
    }

    private func key(_ text: String) -> PackedWord { PackedWord(Array(text.utf8))! }

    private func lookUp(_ table: WordTable, _ text: String) -> UInt32? {
        let padded = Array(text.utf8) + [UInt8](repeating: 0, count: PackedWord.maxCount)
        return padded.withUnsafeBufferPointer { table.value(PackedWord(padded: $0.baseAddress!, count: text.utf8.count)) }
    }

    @Test func wordTableFindsEveryKeyEvenWhenGroupsSpill() {
        // 20 keys give 8 groups of 8 slots; keys sharing one home group fill it and spill
        // over into the next two, which a lookup must follow.
        let homeGroup: (PackedWord) -> UInt64 = { $0.hash >> 61 }
        let candidates = (0..<5000).map { "w\($0)" }
        let crowded = candidates.filter { homeGroup(key($0)) == 3 }
        let words = Array(crowded.prefix(20))
        var entries: [PackedWord: UInt32] = [:]
        for (index, word) in words.enumerated() { entries[key(word)] = UInt32(index) }
        let table = WordTable(packed: entries)
        for (index, word) in words.enumerated() {
            #expect(lookUp(table, word) == UInt32(index), "\(word)")
        }
        for absent in crowded.dropFirst(20).prefix(50) + ["w", "w1\u{0}", "W0"] {
            #expect(lookUp(table, absent) == nil, "\(absent.debugDescription)")
        }
    }

    @Test func keysDifferingOnlyInTrailingNULsOrLengthAreDistinct() {
        let table = WordTable(packed: [key("ab"): 1, key("ab\u{0}"): 2, key("abcdefghijklmnop"): 3])
        #expect(lookUp(table, "ab") == 1)
        #expect(lookUp(table, "ab\u{0}") == 2)
        #expect(lookUp(table, "abcdefghijklmnop") == 3)
        #expect(lookUp(table, "abcdefghijklmno") == nil)
        #expect(lookUp(table, "abcdefgh") == nil)
    }
}
