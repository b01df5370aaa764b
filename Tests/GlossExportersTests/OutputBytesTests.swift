import GlossCore
import Testing
@testable import GlossExporters

/// The byte builder escapes text 8 bytes at a time; its output must stay exactly what
/// GlossCore's JSONWriter and a scalar-by-scalar XML escaper give.
@Suite struct OutputBytesTests {
    static let specials = ["\"", "\\", "\n", "\r", "\t", "\u{1}", "\u{1F}", "&", "<", ">", "\u{FFFE}", "\u{FFFF}", "\u{FEFF}", "é", "😀"]

    /// A special character at every position of texts of 4–16 bytes (checked as two words),
    /// of short texts (escaped byte by byte, up to 64 bytes) and of longer ones (walked 8 bytes
    /// at a time), on both sides of each limit, and every ASCII byte.
    static var samples: [String] {
        var samples = ["", "a", String(decoding: (0..<0x80).map { UInt8($0) }, as: UTF8.self)]
        for length in [3, 4, 7, 8, 12, 15, 17, 23, 24, 40, 63, 64, 65, 80] {
            for position in 0...length {
                for special in specials {
                    var text = String(repeating: "x", count: length)
                    text.insert(contentsOf: special, at: text.index(text.startIndex, offsetBy: position))
                    samples.append(text)
                }
            }
            samples.append(String(repeating: "x", count: length))
        }
        // Many specials in a long text.
        samples.append(String(repeating: specials.joined() + "ab", count: 8) + String(repeating: "a\u{FFFF}\"", count: 40))
        return samples
    }

    /// Written in place when the estimate holds, moved to a buffer of its own when it does
    /// not (growing once or many times): the same bytes either way.
    @Test(arguments: [0, 1, 63, 64, 65, 100, 4_096])
    func filesWrittenInPlaceOrPastTheirEstimateKeepEveryByte(written: Int) {
        let expected = (0..<written).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        for estimate in [0, 64, written / 2, written, written + 1, written * 3] {
            let bytes = OutputBytes.array(reservingCapacity: estimate) { out in
                for byte in expected { out.append(byte: byte) }
            }
            #expect(bytes == expected, "\(written) bytes, estimate \(estimate)")
            // Bulk appends and a number that crosses the estimate: what is past it moves along.
            let bulk = OutputBytes.array(reservingCapacity: estimate) { out in
                expected.withUnsafeBufferPointer { out.append($0) }
                out.appendDecimal(9_876)
                out.append(expected[...])
            }
            #expect(bulk == expected + Array("9876".utf8) + expected, "\(written) bytes in bulk, estimate \(estimate)")
        }
    }

    /// The byte test of XML escaping against its plain definition, for every byte.
    @Test func xmlPlainBytesAreThoseThatNeedNoEscape() {
        for byte in UInt8.min...UInt8.max {
            let plain = byte >= 0x20 && !"&<>\"".utf8.contains(byte) && byte != 0xEF
            #expect(XMLAttributeEscaping.isPlain(byte: byte) == plain, "byte \(byte)")
        }
    }

    @Test func jsonStringsAreWhatJSONWriterWrites() {
        for text in Self.samples {
            var writer = JSONWriter()
            writer.string(text)
            var out = OutputBytes(reservingCapacity: 0)
            out.appendJSONString(text)
            #expect(out.finish() == writer.bytes, "\(text.debugDescription)")
        }
    }

    @Test func xmlAttributesAreEscapedScalarByScalar() {
        for text in Self.samples {
            #expect(XMLText.attribute(text) == Self.xmlReference(text), "\(text.debugDescription)")
        }
    }

    /// Formats copy covered text, prefixes and suffixes out of the document escaped once: every
    /// scalar range of it must be what escaping that range alone gives.
    /// Formats copy covered text, prefixes and suffixes out of the document escaped once: every
    /// scalar range of it must be what escaping that range alone gives, in text with non-ASCII
    /// scalars (a scalar → byte table) and in ASCII text (none).
    @Test(arguments: [
        "A \"quote\"\r\n\té😀 & <b>\u{1}\u{FFFE}\u{FFFF}\u{FEFF}x\\y" + String(repeating: "plain ", count: 3) + "\u{301}\"\n",
        "\"A\" <b>&\r\n\t\u{1}" + String(repeating: "plain ", count: 4) + "x\\y\"",
    ])
    func slicesOfTheEscapedDocumentAreTheEscapedSlices(text: String) {
        let document = AnnotatedDocument(document: Document(id: "escaped", text: text), annotations: [])
        let json = EscapedText<JSONStringEscaping>.of(document)
        let xml = EscapedText<XMLAttributeEscaping>.of(document)
        let scalars = Array(text.unicodeScalars)
        for start in 0...scalars.count {
            for end in start...scalars.count {
                var slice = String.UnicodeScalarView()
                slice.append(contentsOf: scalars[start..<end])
                var expectedJSON = OutputBytes(reservingCapacity: 0), expectedXML = OutputBytes(reservingCapacity: 0)
                expectedJSON.appendJSONEscaped(String(slice))
                expectedXML.appendXMLAttribute(String(slice))
                var fromJSON = OutputBytes(reservingCapacity: 0), fromXML = OutputBytes(reservingCapacity: 0)
                json.append(start..<end, to: &fromJSON)
                xml.append(start..<end, to: &fromXML)
                let (gotJSON, wantJSON, gotXML, wantXML) = (fromJSON.finish(), expectedJSON.finish(), fromXML.finish(), expectedXML.finish())
                #expect(gotJSON == wantJSON, "JSON \(start)..<\(end)")
                #expect(gotXML == wantXML, "XML \(start)..<\(end)")
            }
        }
    }

    @Test func decimalsAreWhatSwiftPrints() {
        for value in [0, 7, 9, 10, 99, 100, 999, 1_000, 9_999, 10_000, 12_345, -1, -987_654_321, Int.max, Int.min] {
            var out = OutputBytes(reservingCapacity: 0)
            out.appendDecimal(value)
            #expect(String(decoding: out.finish(), as: UTF8.self) == String(value))
        }
    }

    /// Attribute values are encoded once per document by `OutputBytes`; Gloss JSON must stay
    /// what `JSONWriter` writes, whole numbers, exponents and non-finite values included.
    @Test func attributeValuesAreWhatJSONWriterWrites() {
        let numbers: [Double] = [0, -0.0, 3, -2.5, 0.4404, 1e-7, 1e15 - 1, 1e15, 1e300, .nan, .infinity, -.infinity]
        for number in numbers {
            var writer = JSONWriter()
            writer.number(number)
            var out = OutputBytes(reservingCapacity: 0)
            out.appendJSON(.number(number))
            #expect(out.finish() == writer.bytes, "\(number)")
        }
        let value: AttributeValue = .object(["b": .list([.reference("quote-1"), .bool(true), .integer(-4)]), "a": "x\"y"])
        var out = OutputBytes(reservingCapacity: 0)
        out.appendJSON(value)
        #expect(String(decoding: out.finish(), as: UTF8.self) == #"{"a":"x\"y","b":[{"ref":"quote-1"},true,-4]}"#)
    }

    /// XML 1.0 attribute escaping as the rules in `XMLText` state them, one scalar at a time.
    static func xmlReference(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x26: out += "&amp;"
            case 0x3C: out += "&lt;"
            case 0x3E: out += "&gt;"
            case 0x22: out += "&quot;"
            case 0x0D: out += "&#13;"
            case 0x0A: out += "&#10;"
            case 0x09: out += "&#9;"
            case 0..<0x20, 0xFFFE, 0xFFFF: out += "\u{FFFD}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
