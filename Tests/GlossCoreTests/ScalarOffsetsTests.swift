import Testing
@testable import GlossCore

@Suite struct ScalarOffsetsTests {
    @Test func asciiIsIdentity() {
        let offsets = ScalarOffsets(utf8: Array("hello".utf8))
        #expect(offsets.scalar(atByte: 3) == 3)
        #expect(offsets.byte(atScalar: 5) == 5)
        #expect(offsets.scalarCount == 5)
    }

    @Test(arguments: ["héllo wörld", "a👍🏽b\r\nc\u{0301}", "\u{FEFF}x", "日本語のテキスト", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢"])
    func mapsEveryScalarBoundaryBothWays(_ text: String) {
        let bytes = Array(text.utf8)
        let offsets = ScalarOffsets(utf8: bytes)
        let scalars = Array(text.unicodeScalars)
        #expect(offsets.scalarCount == scalars.count)
        var byte = 0
        for (index, scalar) in scalars.enumerated() {
            #expect(offsets.scalar(atByte: byte) == index)
            #expect(offsets.byte(atScalar: index) == byte)
            byte += String(scalar).utf8.count
        }
        #expect(offsets.scalar(atByte: bytes.count) == scalars.count)
        #expect(offsets.byte(atScalar: scalars.count) == bytes.count)
    }
}

@Suite struct ScalarOffsetsLongTextTests {
    /// Many 64-byte blocks, with multi-byte scalars straddling block and word boundaries.
    @Test func mapsEveryScalarOfALongMixedText() {
        var text = ""
        for index in 0..<400 {
            text += ["a", "é", "👍🏽", "日本", "\r\n", "x\u{0301}", "𝔘", " word "][index % 8]
            text += String(repeating: "b", count: index % 13)
        }
        let bytes = Array(text.utf8)
        let offsets = ScalarOffsets(utf8: bytes)
        let scalars = Array(text.unicodeScalars)
        #expect(offsets.scalarCount == scalars.count)
        var byte = 0
        var mismatches = 0
        for (index, scalar) in scalars.enumerated() {
            if offsets.scalar(atByte: byte) != index || offsets.byte(atScalar: index) != byte { mismatches += 1 }
            byte += String(scalar).utf8.count
        }
        #expect(mismatches == 0)
        let dense = ScalarOffsets.denseByteOffsets(of: bytes)
        #expect(dense?.count == scalars.count + 1)
        #expect(dense.map { table in (0...scalars.count).allSatisfy { Int(table[$0]) == offsets.byte(atScalar: $0) } } == true)
        #expect(ScalarOffsets.denseByteOffsets(of: Array("plain ASCII".utf8)) == nil)
        #expect(offsets.scalar(atByte: bytes.count) == scalars.count)
        #expect(offsets.byte(atScalar: scalars.count) == bytes.count)
    }
}
