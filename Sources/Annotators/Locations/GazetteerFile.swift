import Foundation

/// Parses gazetteer files (the bundled TSV or a user's TSV/CSV with the same columns) by
/// scanning bytes: `geonameid, name, class, country, lat, lon, population, admin1, flags,
/// other-names` ('|'-separated; an `abbr:` prefix marks a state abbreviation).
/// Lines starting with '#' are comments. Names are handed over as byte ranges, so the
/// ~95,000 of them are hashed without becoming Strings.
enum GazetteerFile {
    struct ParseError: Error, CustomStringConvertible {
        let line: Int
        let message: String
        var description: String { "line \(line): \(message)" }
    }

    /// Calls `body` with each place, the file's bytes and the byte ranges of its name and
    /// other names.
    static func parse(_ data: Data, separator: UInt8,
                      _ body: (Place, UnsafeBufferPointer<UInt8>, [Range<Int>]) -> Void) throws {
        try data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            guard let base = bytes.baseAddress else { return }
            var lineNumber = 0
            var start = 0
            var fields = [Range<Int>]()
            var names = [Range<Int>]()
            while start < bytes.count {
                var end = bytes.count
                if let newline = memchr(base + start, 0x0A, bytes.count - start) {
                    end = base.distance(to: newline.assumingMemoryBound(to: UInt8.self))
                }
                lineNumber += 1
                var lineEnd = end
                if lineEnd > start && bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
                if lineEnd > start && bytes[start] != UInt8(ascii: "#") {
                    fields.removeAll(keepingCapacity: true)
                    split(bytes, start..<lineEnd, on: separator, into: &fields)
                    let place = try parsePlace(bytes, fields, line: lineNumber)
                    names.removeAll(keepingCapacity: true)
                    names.append(fields[1])
                    if fields.count > 9 { split(bytes, fields[9], on: UInt8(ascii: "|"), into: &names) }
                    body(place, bytes, names)
                }
                start = end + 1
            }
        }
    }

    /// Appends the parts of `range` between separators to `parts`.
    private static func split(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, on separator: UInt8, into parts: inout [Range<Int>]) {
        var partStart = range.lowerBound
        for i in range where bytes[i] == separator {
            parts.append(partStart..<i)
            partStart = i + 1
        }
        parts.append(partStart..<range.upperBound)
    }

    private static func parsePlace(_ bytes: UnsafeBufferPointer<UInt8>, _ fields: [Range<Int>], line number: Int) throws -> Place {
        guard fields.count >= 8 else {
            throw ParseError(line: number, message: "expected at least 8 fields (geonameid, name, class, country, lat, lon, population, admin1), found \(fields.count)")
        }
        func text(_ index: Int) -> String {
            index < fields.count ? String(decoding: UnsafeBufferPointer(rebasing: bytes[fields[index]]), as: UTF8.self) : ""
        }
        guard let featureClass = featureClass(UnsafeBufferPointer(rebasing: bytes[fields[2]])) else {
            throw ParseError(line: number, message: "unknown class '\(text(2))'; expected one of \(FeatureClass.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        guard let latitude = decimal(bytes, fields[4]), let longitude = decimal(bytes, fields[5]) else {
            throw ParseError(line: number, message: "latitude and longitude must be decimal numbers")
        }
        let name = text(1)
        guard !name.isEmpty else { throw ParseError(line: number, message: "the name is empty") }
        var flags = Place.Flags()
        if fields.count > 8 {
            for i in fields[8] {
                switch bytes[i] {
                case UInt8(ascii: "C"): flags.insert(.capital)
                case UInt8(ascii: "W"): flags.insert(.commonWord)
                case UInt8(ascii: "P"): flags.insert(.personName)
                case UInt8(ascii: "D"): flags.insert(.derivedCoordinates)
                default: throw ParseError(line: number, message: "unknown flag '\(UnicodeScalar(bytes[i]))'; flags are C, W, P, D")
                }
            }
        }
        return Place(
            geonameID: Int(decimal(bytes, fields[0]) ?? 0), name: name, featureClass: featureClass, countryCode: text(3),
            latitude: latitude, longitude: longitude, population: Int(decimal(bytes, fields[6]) ?? 0), admin1: text(7), flags: flags)
    }

    private static func featureClass(_ name: UnsafeBufferPointer<UInt8>) -> FeatureClass? {
        FeatureClass(rawValue: String(decoding: name, as: UTF8.self))  // a small String: no allocation
    }

    /// A plain decimal number ("-12.5", "690791"); nil for anything else.
    private static func decimal(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Double? {
        var i = range.lowerBound
        var negative = false
        if i < range.upperBound && (bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+")) {
            negative = bytes[i] == UInt8(ascii: "-")
            i += 1
        }
        // Digits accumulate as an integer, divided once by a power of ten: a division per
        // decimal place would cost more than the rest of the number.
        var mantissa: UInt64 = 0
        var digits = 0
        var decimals: Int?
        while i < range.upperBound {
            let b = bytes[i]
            if b >= 0x30 && b <= 0x39 {
                mantissa = mantissa &* 10 &+ UInt64(b - 0x30)
                digits += 1
                if let places = decimals { decimals = places + 1 }
            } else if b == UInt8(ascii: ".") && decimals == nil {
                decimals = 0
            } else {
                return nil
            }
            i += 1
        }
        guard digits > 0 else { return nil }
        guard digits <= 18 else { return Double(String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)) }
        let value = Double(mantissa) / powersOfTen[decimals ?? 0]
        return negative ? -value : value
    }

    private static let powersOfTen: [Double] = (0...18).map { pow(10, Double($0)) }
}
