/// The one place that maps UTF-8 byte positions to Unicode scalar offsets and back.
/// Pure-ASCII text (most news) needs no table: bytes and scalars coincide. Other text keeps,
/// per 64-byte block, the number of scalars that start before the block, and counts the
/// rest of the way inside the block eight bytes at a time: building it is one fast pass and
/// 1/16 of the text's size, where a table per byte would cost eight bytes per byte of text.
public struct ScalarOffsets: Sendable {
    private static let blockShift = 6
    private static let blockSize = 1 << blockShift

    /// The text, when it is not all ASCII.
    private let utf8: [UInt8]?
    /// `scalarsBefore[k]`: scalars starting before byte 64·k; one entry per block and one for the end.
    private let scalarsBefore: [Int32]
    public let byteCount: Int
    public let scalarCount: Int

    public init(utf8 bytes: [UInt8]) {
        byteCount = bytes.count
        let counts: [Int32]? = bytes.withUnsafeBufferPointer { utf8 in
            Self.isASCII(utf8) ? nil : Self.scalarsBeforeBlocks(utf8)
        }
        guard let counts else {
            utf8 = nil
            scalarsBefore = []
            scalarCount = bytes.count
            return
        }
        utf8 = bytes
        scalarsBefore = counts
        scalarCount = Int(counts[counts.count - 1])
    }

    /// Scalar offset of the byte position `byte`, which must start a scalar (or be the end).
    @inline(__always)
    public func scalar(atByte byte: Int) -> Int {
        guard let utf8 else { return byte }
        precondition(byte >= 0 && byte <= byteCount, "byte \(byte) is outside the text")
        if byte == byteCount { return scalarCount }
        let block = byte >> Self.blockShift
        return utf8.withUnsafeBufferPointer { Int(scalarsBefore[block]) + Self.scalarStarts(in: $0, from: block << Self.blockShift, to: byte) }
    }

    @inline(__always)
    public func byte(atScalar scalar: Int) -> Int {
        guard let utf8 else { return scalar }
        precondition(scalar >= 0 && scalar <= scalarCount, "scalar \(scalar) is outside the text")
        if scalar == scalarCount { return byteCount }
        // The last block that starts at or before the scalar.
        var low = 0
        var high = scalarsBefore.count - 2
        while low < high {
            let middle = (low + high + 1) / 2
            if Int(scalarsBefore[middle]) <= scalar { low = middle } else { high = middle - 1 }
        }
        var remaining = scalar - Int(scalarsBefore[low])
        return utf8.withUnsafeBufferPointer { bytes in
            var index = low << Self.blockShift
            while index + 8 <= bytes.count {
                let starts = Self.scalarStarts(inWord: Self.load(bytes, index))
                guard starts <= remaining else { break }
                remaining -= starts
                index += 8
            }
            while true {
                if bytes[index] & 0xC0 != 0x80 {
                    if remaining == 0 { return index }
                    remaining -= 1
                }
                index += 1
            }
        }
    }

    /// The byte offset of every scalar and of the end, in one pass, or nil for ASCII text
    /// (where they coincide): for callers that look up far more offsets than there are
    /// blocks, such as exporters, and can afford four bytes per scalar.
    public static func denseByteOffsets(of bytes: [UInt8]) -> [Int32]? {
        bytes.withUnsafeBufferPointer { utf8 in
            guard !isASCII(utf8) else { return nil }
            var table = [Int32]()
            table.reserveCapacity(utf8.count + 1)
            for index in 0..<utf8.count where utf8[index] & 0xC0 != 0x80 { table.append(Int32(index)) }
            table.append(Int32(utf8.count))
            return table
        }
    }

    public func scalars(forBytes range: Range<Int>) -> Range<Int> {
        scalar(atByte: range.lowerBound)..<scalar(atByte: range.upperBound)
    }

    public func bytes(forScalars range: Range<Int>) -> Range<Int> {
        byte(atScalar: range.lowerBound)..<byte(atScalar: range.upperBound)
    }

    private static func isASCII(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        let index = ByteWords.skipWords(utf8, from: 0) { $0 & ByteWords.highBits == 0 }
        return !utf8[index...].contains { $0 >= 0x80 }
    }

    private static func scalarsBeforeBlocks(_ utf8: UnsafeBufferPointer<UInt8>) -> [Int32] {
        let blocks = (utf8.count + blockSize - 1) >> blockShift
        let fullBlocks = utf8.count >> blockShift
        return [Int32](unsafeUninitializedCapacity: blocks + 1) { table, initialized in
            var count = 0
            // Whole blocks as eight words summed at once: the generic span loop costs several
            // times more per block in bounds and overflow bookkeeping.
            for block in 0..<fullBlocks {
                table[block] = Int32(count)
                let start = utf8.baseAddress.unsafelyUnwrapped + block << blockShift
                var lanes: UInt64 = 0
                for word in 0..<(blockSize / 8) { lanes &+= startFlags(ByteWords.load(start + word &* 8)) }
                count += sum(ofLanes: lanes)
            }
            if fullBlocks < blocks {
                table[fullBlocks] = Int32(count)
                count += scalarStarts(in: utf8, from: fullBlocks << blockShift, to: utf8.count)
            }
            table[blocks] = Int32(count)
            initialized = blocks + 1
        }
    }

    /// How many scalars start in `start..<end`, a span of at most 255 bytes (the count is
    /// summed in one byte: `sum(ofLanes:)`). The last partial word is loaded whole and masked
    /// when the buffer has room: a byte loop there mispredicts its exit.
    @inline(__always)
    private static func scalarStarts(in utf8: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        var lanes: UInt64 = 0
        var index = start
        while index + 8 <= end {
            lanes &+= startFlags(load(utf8, index))
            index += 8
        }
        if index < end {
            if index + 8 <= utf8.count {
                lanes &+= startFlags(load(utf8, index)) & ByteWords.lowBytes(end - index)
            } else {
                while index < end {
                    if utf8[index] & 0xC0 != 0x80 { lanes &+= 1 }
                    index += 1
                }
            }
        }
        return sum(ofLanes: lanes)
    }

    /// Bytes of the word that are not continuation bytes (10xxxxxx).
    @inline(__always)
    private static func scalarStarts(inWord word: UInt64) -> Int {
        sum(ofLanes: startFlags(word))
    }

    /// 1 in each byte of the word that starts a scalar, 0 in each continuation byte.
    @inline(__always)
    private static func startFlags(_ word: UInt64) -> UInt64 {
        // A continuation byte has bit 7 set and bit 6 clear; shifting left by one puts each
        // byte's bit 6 under its bit 7.
        (~(word & ~(word << 1)) & ByteWords.highBits) >> 7
    }

    /// The sum of the eight bytes of `lanes`, which must be at most 255: the multiplication
    /// adds them all into the top byte (the build targets x86-64 without POPCNT, where
    /// `nonzeroBitCount` is a dozen instructions).
    @inline(__always)
    private static func sum(ofLanes lanes: UInt64) -> Int {
        Int(truncatingIfNeeded: (lanes &* ByteWords.ones) >> 56)
    }

    @inline(__always)
    private static func load(_ utf8: UnsafeBufferPointer<UInt8>, _ index: Int) -> UInt64 {
        ByteWords.load(utf8.baseAddress! + index)
    }
}
