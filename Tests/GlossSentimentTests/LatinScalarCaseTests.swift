import Testing
@testable import GlossSentiment

/// The byte-level case rule of the tokenizer against Unicode's own case data, scalar by
/// scalar, over every scalar that the rule claims and the ones next to it.
@Suite struct LatinScalarCaseTests {
    private func byteCase(_ scalar: Unicode.Scalar) -> LatinScalarCase? {
        let bytes = Array(String(scalar).utf8) + [0, 0, 0]
        return bytes.withUnsafeBufferPointer { LatinScalarCase(lead: $0.baseAddress!) }
    }

    @Test func agreesWithUnicodeCaseMappingAndProperties() {
        let scalars = (0x80...0x17F).compactMap(Unicode.Scalar.init) + (0x1FF0...0x20FF).compactMap(Unicode.Scalar.init)
        var claimed = 0
        for scalar in scalars {
            guard let byteCase = byteCase(scalar) else { continue }
            claimed += 1
            let properties = scalar.properties
            let lowered = String(scalar).lowercased()
            #expect(properties.generalCategory != .titlecaseLetter)
            switch byteCase {
            case .uncased:
                #expect(!properties.isLowercase && !properties.isUppercase && lowered == String(scalar), "U+\(String(scalar.value, radix: 16))")
            case .upper:
                #expect(properties.isUppercase && lowered.unicodeScalars.map(\.value) == [scalar.value + 0x20], "U+\(String(scalar.value, radix: 16))")
            case .lower:
                #expect(properties.isLowercase && !properties.isUppercase && lowered == String(scalar), "U+\(String(scalar.value, radix: 16))")
            }
        }
        // U+00A1–U+00FF less ª µ º, and U+2000–U+206F.
        #expect(claimed == 95 - 3 + 0x70)
    }

    @Test func leavesCasedSymbolsAndOtherScriptsToTheUnicodeTables() {
        for scalar: Unicode.Scalar in ["ª", "µ", "º", "Ā", "ā", "ⁱ", "ⁿ", "Ω", "д", "😀"] {
            #expect(byteCase(scalar) == nil, "\(scalar)")
        }
    }

    @Test func tokensWithLatinLettersAndCurlyPunctuationScoreAsThePythonPackage() {
        // Expected values from vaderSentiment 3.3.2. A token in capitals among others
        // that are not raises their sentiment words; an uncased × counts as not in capitals.
        let plain = VaderScores(compound: 0.4404, positive: 0.744, neutral: 0.256, negative: 0.0)
        let raised = VaderScores(compound: 0.5622, positive: 0.784, neutral: 0.216, negative: 0.0)
        let cases: [(String, VaderScores)] = [
            ("GOOD ÉCOLE", plain), ("GOOD “ÉCOLE”", plain), ("GOOD école", raised), ("GOOD ÉCOLé", raised), ("GOOD ×", raised),
            ("“NOT GOOD” bad", VaderScores(compound: -0.5423, positive: 0.0, neutral: 0.364, negative: 0.636)),
        ]
        for (text, expected) in cases {
            #expect(VaderAnalyzer.standard.polarityScores(text) == expected, "\(text)")
        }
    }
}
