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
        switch JSONNumber(value) {
        case .null: null()
        case .integer(let whole): integer(whole)
        case .text(let text): separate(); bytes.append(contentsOf: text.utf8)
        }
    }

    public mutating func newline() { bytes.append(0x0A) }

    private mutating func separate() {
        if needsComma[needsComma.count - 1] { bytes.append(UInt8(ascii: ",")) }
        needsComma[needsComma.count - 1] = true
    }

    /// Decimal digits without going through a String.
    private mutating func appendDecimal(_ value: Int) {
        if value < 0 {
            bytes.append(UInt8(ascii: "-"))
            if value == .min { return bytes.append(contentsOf: "9223372036854775808".utf8) }
        }
        var magnitude = value.magnitude
        let start = bytes.count
        repeat {
            bytes.append(UInt8(ascii: "0") + UInt8(magnitude % 10))
            magnitude /= 10
        } while magnitude > 0
        // Reverse in place: reversing a slice would copy it.
        var (low, high) = (start, bytes.count - 1)
        while low < high {
            bytes.swapAt(low, high)
            low += 1
            high -= 1
        }
    }

    private mutating func appendString(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { utf8 in
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
    case text(String)
    case null

    public init(_ value: Double) {
        if !value.isFinite {
            self = .null
        } else if value == value.rounded(), abs(value) < 1e15 {
            self = .integer(Int(value))
        } else {
            self = .text(String(value))
        }
    }
}
