/// The one way Gloss writes an integer as decimal digits without going through a String:
/// JSON, exporters' byte builders and annotation ids all use it.
public enum DecimalDigits {
    /// Enough room for any `Int` with a sign, or a decimal with its point.
    public static let maximumCount = 21

    /// Writes `units` × 10^-`places` (`places` 0 gives a plain integer) ending just before
    /// `end`, and returns where it starts. `end` must have `maximumCount` bytes before it.
    @inlinable @inline(__always)
    public static func write(_ units: Int, places: Int = 0, endingAt end: UnsafeMutablePointer<UInt8>) -> UnsafeMutablePointer<UInt8> {
        var magnitude = units.magnitude
        var position = end
        func put(_ byte: UInt8) { position -= 1; position.pointee = byte }
        for _ in 0..<places { put(UInt8(ascii: "0") + UInt8(magnitude % 10)); magnitude /= 10 }
        if places > 0 { put(UInt8(ascii: ".")) }
        repeat { put(UInt8(ascii: "0") + UInt8(magnitude % 10)); magnitude /= 10 } while magnitude > 0
        if units < 0 { put(UInt8(ascii: "-")) }
        return position
    }

    /// How many bytes `write` takes for `units` × 10^-`places` (sign, digits, point).
    @inlinable @inline(__always)
    public static func count(_ units: Int, places: Int = 0) -> Int {
        // Offsets and ids are mostly below 10,000: their length by comparison, not by a loop.
        if places == 0, units >= 0, units < 10_000 { return units < 10 ? 1 : units < 100 ? 2 : units < 1_000 ? 3 : 4 }
        let magnitude = UInt64(units.magnitude)
        var digits = 1
        var power: UInt64 = 10
        while digits < 20, magnitude >= power {
            digits += 1
            if digits < 20 { power &*= 10 }
        }
        digits = max(digits, places + 1)  // 0.05: a zero before the point
        return digits + (places > 0 ? 1 : 0) + (units < 0 ? 1 : 0)
    }

    /// Writes `units` × 10^-`places` from `start` on (room for `maximumCount` bytes) and
    /// returns how many bytes it wrote: for builders that write straight into their buffer.
    @inlinable @inline(__always)
    public static func write(_ units: Int, places: Int = 0, startingAt start: UnsafeMutablePointer<UInt8>) -> Int {
        if places == 0, UInt(bitPattern: units) < 100_000_000 { return writeSmall(UInt32(truncatingIfNeeded: units), startingAt: start) }
        let length = count(units, places: places)
        _ = write(units, places: places, endingAt: start + length)
        return length
    }

    /// 0…99,999,999 (offsets and ids) two digits at a time, without a division loop: the
    /// high half as `writeSmallest` does it, then the low four digits with their zeros.
    @inlinable @inline(__always)
    static func writeSmall(_ value: UInt32, startingAt start: UnsafeMutablePointer<UInt8>) -> Int {
        if value < 10_000 { return writeSmallest(value, startingAt: start) }
        let high = value / 10_000, low = value &- high &* 10_000
        let length = writeSmallest(high, startingAt: start)
        let lowHigh = low / 100
        storePair(lowHigh, at: start + length)
        storePair(low &- lowHigh &* 100, at: start + length + 2)
        return length + 4
    }

    /// 0…9,999.
    @inlinable @inline(__always)
    static func writeSmallest(_ value: UInt32, startingAt start: UnsafeMutablePointer<UInt8>) -> Int {
        if value < 10 { start.pointee = UInt8(ascii: "0") | UInt8(truncatingIfNeeded: value); return 1 }
        if value < 100 { storePair(value, at: start); return 2 }
        let high = value / 100, low = value &- high &* 100
        if high < 10 {
            start.pointee = UInt8(ascii: "0") | UInt8(truncatingIfNeeded: high)
            storePair(low, at: start + 1)
            return 3
        }
        storePair(high, at: start)
        storePair(low, at: start + 2)
        return 4
    }

    /// The two digits of 0…99 as one 16-bit store; `value * 103 >> 10` is `value / 10` in that range.
    @inlinable @inline(__always)
    static func storePair(_ value: UInt32, at target: UnsafeMutablePointer<UInt8>) {
        let tens = (value &* 103) &>> 10
        let ones = value &- tens &* 10
        let pair = UInt16(truncatingIfNeeded: 0x3030 | tens | ones &<< 8)
        UnsafeMutableRawPointer(target).storeBytes(of: pair.littleEndian, as: UInt16.self)
    }

    /// The digits of `units` × 10^-`places`, rendered on the stack.
    @inlinable
    public static func withDigits<Result>(of units: Int, places: Int = 0, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: maximumCount) { buffer in
            let end = buffer.baseAddress! + buffer.count
            let start = write(units, places: places, endingAt: end)
            return body(UnsafeBufferPointer(start: start, count: end - start))
        }
    }
}
