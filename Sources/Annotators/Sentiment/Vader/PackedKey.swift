/// A word of at most 16 bytes packed little-endian into two integers, zero padded, so that
/// hashing and comparing it costs a few integer operations whatever its length.
struct PackedKey: Hashable {
    var low: UInt64
    var high: UInt64
    /// Kept because a word may itself end in NUL bytes, which the padding cannot tell apart.
    var count: Int

    static let maxCount = 16

    /// The `count` (≤ 16) bytes at `start`; the 16 bytes from `start` must be readable, which
    /// callers ensure by padding their buffers.
    @inline(__always)
    init(padded start: UnsafePointer<UInt8>, count: Int) {
        let raw = UnsafeRawPointer(start)
        low = SWAR.load(raw) & SWAR.lowBytes(count)
        high = count > 8 ? SWAR.load(raw + 8) & SWAR.lowBytes(count - 8) : 0
        self.count = count
    }

    /// The bytes packed, or nil when there are more than 16.
    init?(_ bytes: [UInt8]) {
        guard bytes.count <= Self.maxCount else { return nil }
        var padded = bytes + [UInt8](repeating: 0, count: Self.maxCount)
        self = padded.withUnsafeMutableBufferPointer { PackedKey(padded: $0.baseAddress!, count: bytes.count) }
    }

    /// Fibonacci hashing: the top bits of the products depend on every byte, and the two
    /// multiplications run in parallel. (The count is not needed: keys differing only in
    /// their length differ in their bytes unless they end in NULs, which `==` tells apart.)
    @inline(__always)
    var hash: UInt64 { low &* 0x9E37_79B9_7F4A_7C15 ^ high &* 0xC2B2_AE3D_27D4_EB4F }
}
