import Testing
@testable import GlossCore

@Suite struct DocumentDecoderTests {
    @Test func dropsAndRecordsByteOrderMarkKeepsTheRest() throws {
        let document = try DocumentDecoder.decode([0xEF, 0xBB, 0xBF] + Array("a\r\nb\tc".utf8), id: "d", source: nil)
        #expect(document.text == "a\r\nb\tc")
        #expect(document.hadByteOrderMark)
    }

    @Test(arguments: [
        ([0x61, 0x62, 0xFF, 0x63] as [UInt8], 2),  // invalid lead byte
        ([0x61, 0xC3] as [UInt8], 1),  // truncated sequence
        ([0xC0, 0xAF] as [UInt8], 0),  // overlong "/"
        ([0x61, 0xED, 0xA0, 0x80] as [UInt8], 1),  // UTF-16 surrogate
        ([0x61, 0x62, 0x63, 0xE2, 0x82] as [UInt8], 3),
    ])
    func reportsTheByteOffsetOfInvalidUTF8(_ bytes: [UInt8], _ offset: Int) {
        #expect(throws: DocumentError(document: "f.txt", problem: .invalidUTF8(byteOffset: offset))) {
            try DocumentDecoder.decode(bytes, id: "f", source: "f.txt")
        }
    }

    @Test func offsetsCountTheByteOrderMark() {
        #expect(throws: DocumentError(document: "f.txt", problem: .invalidUTF8(byteOffset: 4))) {
            try DocumentDecoder.decode([0xEF, 0xBB, 0xBF, 0x61, 0xFF], id: "f", source: "f.txt")
        }
    }

    @Test func rejectsNulAndEmpty() {
        #expect(throws: DocumentError(document: "f.txt", problem: .nulByte(byteOffset: 1))) {
            try DocumentDecoder.decode([0x61, 0x00, 0x62], id: "f", source: "f.txt")
        }
        #expect(throws: DocumentError(document: "f.txt", problem: .empty)) {
            try DocumentDecoder.decode([0xEF, 0xBB, 0xBF], id: "f", source: "f.txt")
        }
    }

    @Test func messagesNameTheFileAndSayWhatToDo() {
        let message = DocumentError(document: "in/a.txt", problem: .invalidUTF8(byteOffset: 17)).description
        #expect(message.hasPrefix("in/a.txt: error: invalid UTF-8 at byte 17"))
        #expect(message.contains("convert the file to UTF-8"))
    }
}
