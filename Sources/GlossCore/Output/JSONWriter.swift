/// A small, fast JSON writer that appends UTF-8 bytes in the order it is told, so output
/// is byte-identical run to run (no dictionary ordering, no locale).
public struct JSONWriter {
    public private(set) var bytes: [UInt8] = []
    private var needsComma: [Bool] = [false]

    public init(reservingCapacity capacity: Int = 1024) {
        bytes.reserveCapacity(capacity)
    }

    public mutating func beginObject() { separate(); bytes.append(UInt8(ascii: "{")); needsComma.append(false) }
    public mutating func endObject() { needsComma.removeLast(); bytes.append(UInt8(ascii: "}")) }
    public mutating func beginArray() { separate(); bytes.append(UInt8(ascii: "[")); needsComma.append(false) }
    public mutating func endArray() { needsComma.removeLast(); bytes.append(UInt8(ascii: "]")) }

    /// Writes an object key; the next value written belongs to it.
    public mutating func key(_ name: String) {
        separate()
        appendString(name)
        bytes.append(UInt8(ascii: ":"))
        needsComma[needsComma.count - 1] = false
    }

    public mutating func string(_ value: String) { separate(); appendString(value) }
    public mutating func integer(_ value: Int) { separate(); appendDecimal(value) }
    public mutating func bool(_ value: Bool) { separate(); bytes.append(contentsOf: (value ? "true" : "false").utf8) }
    public mutating func null() { separate(); bytes.append(contentsOf: "null".utf8) }

    /// Shortest representation that reads back to the same Double; non-finite values become null.
    public mutating func number(_ value: Double) {
        separate()
        JSONNumber(value).withText { bytes.append(contentsOf: $0) }
    }

    public mutating func newline() { bytes.append(0x0A) }

    private mutating func separate() {
        if needsComma[needsComma.count - 1] { bytes.append(UInt8(ascii: ",")) }
        needsComma[needsComma.count - 1] = true
    }

    private mutating func appendDecimal(_ value: Int) {
        DecimalDigits.withDigits(of: value) { bytes.append(contentsOf: $0) }
    }

    private mutating func appendString(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        value.withUTF8Buffer { utf8 in
            JSONEscaping.walk(utf8, copy: { bytes.append(contentsOf: $0) }, escape: { bytes.append(contentsOf: $0) })
        }
        bytes.append(UInt8(ascii: "\""))
    }
}

/// How Gloss writes a Double in JSON, the one rule for every JSON it writes: whole values
/// below 10^15 as integers (`3`, not `3.0`), others in Swift's shortest form that reads back
/// to the same Double, non-finite ones (which JSON cannot hold) as null.
public enum JSONNumber: Equatable {
    case integer(Int)
    /// `units` × 10^-`places`: the shortest form of most values annotators write (scores,
    /// coordinates), found without formatting a String.
    case decimal(units: Int, places: Int)
    case text(String)
    case null

    public init(_ value: Double) {
        if !value.isFinite {
            self = .null
        } else if value == value.rounded(), abs(value) < 1e15 {
            self = .integer(Int(value))
        } else if let (units, places) = Self.fewestPlaces(value) {
            self = .decimal(units: units, places: places)
        } else {
            self = .text(String(value))
        }
    }

    private static let powersOfTen: [Double] = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6]

    /// The fewest decimal places (up to 6) that read back to `value`, for 10^-4 ≤ |value| < 10^9,
    /// where Swift's shortest form is plain digits with a point. There, a Double's neighbours are
    /// less than 10^-6 apart, so at most one decimal with that many places reads back to it and
    /// it is the one Swift prints; `units` stays below 2^53, so the division is exact-rounded.
    private static func fewestPlaces(_ value: Double) -> (Int, Int)? {
        let magnitude = abs(value)
        guard magnitude >= 1e-4, magnitude < 1e9 else { return nil }
        for places in 1...6 {
            let units = (value * powersOfTen[places]).rounded()
            if units / powersOfTen[places] == value { return (Int(units), places) }
        }
        return nil
    }

    /// The number as JSON text, rendered on the stack. Inlinable, so that callers in other
    /// modules get it specialised (a generic call per number costs more than the digits).
    @inlinable
    public func withText<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        switch self {
        case .null: return "null".utf8.withContiguousStorageIfAvailable(body)!
        case .text(let text): return text.withUTF8Buffer(body)
        case .integer(let whole): return DecimalDigits.withDigits(of: whole, body)
        case .decimal(let units, let places): return DecimalDigits.withDigits(of: units, places: places, body)
        }
    }
}
