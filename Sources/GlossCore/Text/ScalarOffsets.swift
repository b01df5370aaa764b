/// The one place that maps UTF-8 byte positions to Unicode scalar offsets and back.
/// Pure-ASCII text (most news) needs no table: bytes and scalars coincide.
public struct ScalarOffsets: Sendable {
    /// `scalarStart[i]` is the scalar index of the scalar that starts at byte `i` (or,
    /// for a continuation byte, of the scalar it belongs to); one extra entry for the end.
    private let scalarAtByte: [Int32]?
    private let byteAtScalar: [Int32]?
    public let byteCount: Int
    public let scalarCount: Int

    public init(utf8 bytes: [UInt8]) {
        byteCount = bytes.count
        var hasMultiByte = false
        for byte in bytes where byte >= 0x80 {
            hasMultiByte = true
            break
        }
        guard hasMultiByte else {
            scalarAtByte = nil
            byteAtScalar = nil
            scalarCount = bytes.count
            return
        }
        var scalarAtByte = [Int32](repeating: 0, count: bytes.count + 1)
        var byteAtScalar = [Int32]()
        byteAtScalar.reserveCapacity(bytes.count + 1)
        var scalar: Int32 = -1
        for (i, byte) in bytes.enumerated() {
            if byte & 0xC0 != 0x80 {
                scalar += 1
                byteAtScalar.append(Int32(i))
            }
            scalarAtByte[i] = scalar
        }
        scalarCount = Int(scalar + 1)
        scalarAtByte[bytes.count] = scalar + 1
        byteAtScalar.append(Int32(bytes.count))
        self.scalarAtByte = scalarAtByte
        self.byteAtScalar = byteAtScalar
    }

    /// Scalar offset of the byte position `byte`, which must start a scalar (or be the end).
    @inline(__always)
    public func scalar(atByte byte: Int) -> Int {
        guard let scalarAtByte else { return byte }
        return Int(scalarAtByte[byte])
    }

    @inline(__always)
    public func byte(atScalar scalar: Int) -> Int {
        guard let byteAtScalar else { return scalar }
        return Int(byteAtScalar[scalar])
    }

    public func scalars(forBytes range: Range<Int>) -> Range<Int> {
        scalar(atByte: range.lowerBound)..<scalar(atByte: range.upperBound)
    }

    public func bytes(forScalars range: Range<Int>) -> Range<Int> {
        byte(atScalar: range.lowerBound)..<byte(atScalar: range.upperBound)
    }
}
