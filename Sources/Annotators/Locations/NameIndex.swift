/// Name key → first entry of that name, by open addressing on the key itself: a `NameKey`
/// is already a well-mixed hash, so the table skips `Dictionary`'s second hashing (SipHash),
/// the largest part of start-up after parsing.
struct NameIndex: Sendable {
    private var keys: [UInt64]
    /// -1 marks an empty slot.
    private var values: [Int32]
    private var mask: Int
    private(set) var count = 0

    init(minimumCapacity: Int) {
        var size = 16
        while size < minimumCapacity * 2 { size <<= 1 }  // at most half full
        keys = [UInt64](repeating: 0, count: size)
        values = [Int32](repeating: -1, count: size)
        mask = size - 1
    }

    subscript(key: UInt64) -> Int32? {
        let slot = self.slot(of: key)
        return values[slot] < 0 ? nil : values[slot]
    }

    /// Stores `value` for `key` and returns the value it replaces.
    mutating func updateValue(_ value: Int32, forKey key: UInt64) -> Int32? {
        if (count + 1) * 2 > keys.count { grow() }
        let slot = self.slot(of: key)
        let previous = values[slot]
        keys[slot] = key
        values[slot] = value
        if previous < 0 { count += 1; return nil }
        return previous
    }

    /// The slot holding `key`, or the empty slot where it belongs.
    private func slot(of key: UInt64) -> Int {
        // Folding in the high half: FNV-1a mixes its low bits least.
        var slot = Int(truncatingIfNeeded: key ^ (key >> 32)) & mask
        while values[slot] >= 0 && keys[slot] != key { slot = (slot + 1) & mask }
        return slot
    }

    private mutating func grow() {
        var larger = NameIndex(minimumCapacity: keys.count)
        for slot in keys.indices where values[slot] >= 0 { _ = larger.updateValue(values[slot], forKey: keys[slot]) }
        self = larger
    }
}
