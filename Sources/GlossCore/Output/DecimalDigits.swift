/// The one way Gloss writes an integer as decimal digits without going through a String:
/// JSON, exporters' byte builders and annotation ids all use it.
public enum DecimalDigits {
    /// Enough room for any `Int` with a sign, or a decimal with its point.
    public static let maximumCount = 21

    /// Writes `units` × 10^-`places` (`places` 0 gives a plain integer) ending just before
    /// `end`, and returns where it starts. `end` must have `maximumCount` bytes before it.
    @inlinable
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
