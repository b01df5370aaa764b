import GlossCore

/// A line number of one kind (`T12`, `A7`), counted from 1 on in its decimal digits too:
/// each number is written several times (a T line's number in its A, N and note lines), and
/// adding one to the digits costs less than formatting the number at every use.
struct BratLineNumber {
    private(set) var value = 0
    /// The digits of `value`, the first in the low byte, while it has at most eight.
    private var digits: UInt64 = 0
    private var length = 0
    private static let digitsEnd = 100_000_000

    @inline(__always)
    mutating func advance() {
        value += 1
        guard value < Self.digitsEnd else { return }
        var position = length - 1
        while position >= 0, digits &>> UInt64(8 * position) & 0xFF == UInt64(UInt8(ascii: "9")) {
            digits -= 9 &<< UInt64(8 * position)  // 9 becomes 0, carried on
            position -= 1
        }
        if position >= 0 {
            digits += 1 &<< UInt64(8 * position)
        } else {  // all nines: a 1 in front of the zeros
            digits = digits &<< 8 | UInt64(UInt8(ascii: "1"))
            length += 1
        }
    }

    @inline(__always)
    func append(to out: inout OutputBytes) {
        guard value < Self.digitsEnd else { return out.appendDecimal(value) }
        withUnsafeBytes(of: digits.littleEndian) { out.append(UnsafeBufferPointer(rebasing: $0.bindMemory(to: UInt8.self)[..<length])) }
    }
}
