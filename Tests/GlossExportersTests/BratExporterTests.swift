import GlossCore
import Testing
@testable import GlossExporters

@Suite struct BratExporterTests {
    @Test func writesFragmentsRelationsNormalisationsAndAttributes() throws {
        let exporter = BratExporter(context: SampleDocuments.context)
        let files = try exporter.files(for: SampleDocuments.annotated)
        #expect(files.map(\.path) == ["brat/news/sample.txt", "brat/news/sample.ann"])
        #expect(SampleDocuments.text(of: files, endingWith: ".txt") == SampleDocuments.text)
        let lines = try #require(SampleDocuments.text(of: files, endingWith: ".ann")).split(separator: "\n").map(String.init)
        // The quote crosses "\r\n": two fragments, text joined by one space.
        #expect(lines.contains("T2\tquote 16 27;29 35\t“Rents will fall,”"))
        #expect(lines.contains("R1\thas_speaker Arg1:T2 Arg2:T3"))
        #expect(lines.contains("N1\tReference T1 GeoNames:2657896\tZürich"))
        #expect(lines.contains("A1\tlocation_country_code T1 CH"))
        #expect(lines.contains("A2\tquote_kind T2 direct"))
        #expect(lines.contains("#2\tAnnotatorNotes T2\tgloss_id=quote-1; annotator=quotes; speaker_name=Anna Müller"))
        #expect(lines.contains("#1\tAnnotatorNotes T1\tgloss_id=location-1; annotator=locations; latitude=47.37"))
    }

    @Test func configurationDeclaresEverythingTheDocumentsUsed() throws {
        let exporter = BratExporter(context: SampleDocuments.context)
        _ = try exporter.files(for: SampleDocuments.annotated)
        let conf = try #require(SampleDocuments.text(of: exporter.runFiles(), endingWith: "annotation.conf"))
        for section in ["[entities]", "[relations]", "[events]", "[attributes]"] { #expect(conf.contains(section)) }
        #expect(conf.contains("\nentity\nlocation\nquote\nspeaker\n"))
        #expect(conf.contains("has_speaker\tArg1:quote, Arg2:speaker"))
        #expect(conf.contains("<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>"))
        #expect(conf.contains("quote_kind\tArg:quote, Value:direct"))
    }

    @Test func splitsAtEveryPythonLineBreak() {
        let text = DocumentScalars("a\u{2028}b\r\n\u{0C}c\n")
        #expect(BratFragments.split(0..<text.count, in: text) == [0..<1, 2..<3, 6..<7])
    }

    /// Breaks are found at their scalar offsets after runs of multi-byte scalars, which are
    /// counted eight bytes at a time.
    @Test func findsBreaksAfterMultiByteText() {
        let string = String(repeating: "Zürich für Müller, naïve 😀 Straße\nünd\u{2028}€ ende\r\n", count: 3)
        let text = DocumentScalars(string)
        let breaks: Set<Unicode.Scalar> = ["\n", "\r", "\u{2028}"]
        var expected = [Range<Int>](), pieceStart = 0
        for (offset, scalar) in string.unicodeScalars.enumerated() where breaks.contains(scalar) {
            if offset > pieceStart { expected.append(pieceStart..<offset) }
            pieceStart = offset + 1
        }
        #expect(BratFragments.split(0..<text.count, in: text) == expected)
    }

    /// Type names written in place are what `BratNames.type` makes of them, at every length
    /// around the word-wise check (4–16 bytes) and with a disallowed character anywhere.
    @Test func typeNamesAreWrittenAsBratNames() {
        var names = ["", "a", "quote", "speaker_name", "geonames-id", "x y", "Stra\u{DF}e", "caf\u{E9}", "\u{1F600}"]
        for length in 1...18 {
            names.append(String(repeating: "q", count: length))
            for position in 0..<length {
                for odd in [" ", ".", "\u{E9}", "\u{1F600}", "@", "[", "`", "{", "/", ":"] {
                    var name = String(repeating: "q", count: length)
                    name.insert(contentsOf: odd, at: name.index(name.startIndex, offsetBy: position))
                    names.append(name)
                }
            }
        }
        for name in names {
            var out = OutputBytes(reservingCapacity: 0)
            name.withUTF8Buffer { BratNames.appendType($0, to: &out) }
            let written = out.finish()
            #expect(String(decoding: written, as: UTF8.self) == BratNames.type(name), "\(name.debugDescription)")
        }
    }

    /// Line numbers counted in digits read as the numbers do, across every carry to a new digit.
    @Test func lineNumbersCountInDecimal() {
        var number = BratLineNumber()
        for expected in 1...12_345 {
            number.advance()
            var out = OutputBytes(reservingCapacity: 0)
            number.append(to: &out)
            let written = out.finish()
            if String(decoding: written, as: UTF8.self) != String(expected) {
                Issue.record("\(expected) written as \(String(decoding: written, as: UTF8.self))")
                return
            }
        }
    }

    /// Note parts stay on one line whatever their length (short ones are checked word-wise): each
    /// break becomes a space.
    @Test(arguments: [("ab\ncd", "ab cd"), ("x\u{2028}y", "x y"), ("line one\r\nline", "line one  line"), ("plain", "plain"),
                      ("a\u{85}b", "a b"), ("\n", " "), ("a\u{2028}", "a "), ("\u{85}", " "), ("x\r", "x "), ("é", "é"), (String(repeating: "long ", count: 4) + "\n", String(repeating: "long ", count: 4) + " ")])
    func notePartsBecomeOneLine(text: String, expected: String) {
        var out = OutputBytes(reservingCapacity: 0)
        text.withUTF8Buffer { BratFragments.appendSingleLine($0, to: &out) }
        let written = out.finish()
        #expect(String(decoding: written, as: UTF8.self) == expected)
    }
}
