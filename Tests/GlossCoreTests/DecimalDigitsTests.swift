import Testing
import GlossCore

@Suite struct DecimalDigitsTests {
    /// Written in place or on the stack, the digits are Swift's, and `count` is their length.
    @Test func digitsAndCountsMatchSwift() {
        var values = [0, 1, -1, 9, 10, -10, 99, 100, 12_345, -987_654_321, Int.max, Int.min, Int.max - 1, Int.min + 1]
        var power = 1
        for _ in 0..<18 { power *= 10; values += [power - 1, power, power + 1, -power, -(power - 1)] }
        for value in values {
            let text = DecimalDigits.withDigits(of: value) { String(decoding: $0, as: UTF8.self) }
            #expect(text == String(value))
            #expect(DecimalDigits.count(value) == text.utf8.count, "\(value)")
            let written = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: DecimalDigits.maximumCount) { buffer in
                let length = DecimalDigits.write(value, startingAt: buffer.baseAddress!)
                return String(decoding: UnsafeBufferPointer(rebasing: buffer[..<length]), as: UTF8.self)
            }
            #expect(written == text)
        }
        for (units, places, expected) in [(5, 2, "0.05"), (-5, 2, "-0.05"), (399, 4, "0.0399"), (123_456_789, 3, "123456.789"), (0, 1, "0.0")] {
            #expect(DecimalDigits.withDigits(of: units, places: places) { String(decoding: $0, as: UTF8.self) } == expected)
            #expect(DecimalDigits.count(units, places: places) == expected.utf8.count, "\(expected)")
        }
    }

    /// Every value up to 10,000 and the edges of the two-digits-at-a-time path (below 10^8)
    /// with every low half that has inner zeros, written in place.
    @Test func everySmallValueIsWrittenAsSwiftPrintsIt() {
        let lowHalves = [0, 1, 9, 10, 99, 100, 101, 999, 1_000, 1_001, 1_010, 1_100, 5_050, 9_999]
        let edges = [1, 9, 10, 99, 100, 999, 1_000, 9_999].flatMap { high in lowHalves.map { high * 10_000 + $0 } }
            + [99_999_999, 100_000_000, 100_000_001, 123_456_789]
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: DecimalDigits.maximumCount) { buffer in
            for value in Array(0...10_000) + edges {
                let length = DecimalDigits.write(value, startingAt: buffer.baseAddress!)
                #expect(String(decoding: UnsafeBufferPointer(rebasing: buffer[..<length]), as: UTF8.self) == String(value))
            }
        }
    }
}
