/// An immutable hash map from byte strings to small integer values, probed with a pointer
/// and a length so that a token can be looked up without allocating a `String`.
/// Open addressing with linear probing over FNV-1a hashes; keys live in one flat buffer.
struct ByteKeyTable: Sendable {
    private var keyBytes: [UInt8] = []
    private var keyStarts: [Int32] = [0]
    private var values: [Int32] = []
    private var slots: [Int32]
    private let mask: Int

    /// Builds the table; a later duplicate key replaces the earlier value, as a
    /// dictionary assignment would.
    init(_ entries: [(key: [UInt8], value: Int32)]) {
        var capacity = 16
        while capacity < entries.count * 2 { capacity <<= 1 }
        mask = capacity - 1
        slots = [Int32](repeating: -1, count: capacity)
        for entry in entries { insert(entry.key, entry.value) }
    }

    /// The value stored for the `count` bytes at `start`, or nil.
    func value(_ start: UnsafePointer<UInt8>, _ count: Int) -> Int32? {
        let index = slotIndex(start, count)
        let keyIndex = slots[index]
        return keyIndex < 0 ? nil : values[Int(keyIndex)]
    }

    func value(_ key: [UInt8]) -> Int32? {
        key.withUnsafeBufferPointer { buffer in buffer.baseAddress.flatMap { value($0, buffer.count) } }
    }

    private mutating func insert(_ key: [UInt8], _ value: Int32) {
        precondition(!key.isEmpty, "empty keys cannot be looked up")
        let index = key.withUnsafeBufferPointer { slotIndex($0.baseAddress!, $0.count) }
        if slots[index] >= 0 {
            values[Int(slots[index])] = value
            return
        }
        slots[index] = Int32(values.count)
        values.append(value)
        keyBytes.append(contentsOf: key)
        keyStarts.append(Int32(keyBytes.count))
    }

    /// The slot holding the key, or the empty slot where it would go.
    private func slotIndex(_ start: UnsafePointer<UInt8>, _ count: Int) -> Int {
        var index = Int(truncatingIfNeeded: Self.hash(start, count)) & mask
        while true {
            let keyIndex = Int(slots[index])
            if keyIndex < 0 || matches(keyIndex, start, count) { return index }
            index = (index + 1) & mask
        }
    }

    private func matches(_ keyIndex: Int, _ start: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        let keyStart = Int(keyStarts[keyIndex])
        guard Int(keyStarts[keyIndex + 1]) - keyStart == count else { return false }
        return keyBytes.withUnsafeBufferPointer { stored in
            for offset in 0..<count where stored[keyStart + offset] != start[offset] { return false }
            return true
        }
    }

    private static func hash(_ start: UnsafePointer<UInt8>, _ count: Int) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for offset in 0..<count {
            hash = (hash ^ UInt64(start[offset])) &* 0x0000_0100_0000_01b3
        }
        return hash ^ (hash >> 29)
    }
}
