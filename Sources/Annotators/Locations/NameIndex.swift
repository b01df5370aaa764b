/// Name key → first entry of that name, by open addressing: a `NameKey` is already a
/// hash, so one multiplication spreads it over the slots (Fibonacci hashing) instead of
/// `Dictionary`'s SipHash, and key and value share a slot, so an insert touches one cache
/// line. Start-up inserts ~95,000 names.
struct NameIndex: Sendable {
    private struct Slot {
        var key: UInt64 = 0
        /// -1 marks an empty slot.
        var value: Int32 = -1
    }

    private var slots: [Slot]
    /// 64 minus log2 of the table size: the product's top bits pick the slot.
    private var shift: UInt64
    private(set) var count = 0

    init(minimumCapacity: Int) {
        var size = 16
        // At most three-quarters full: a small table misses the cache less, and with a
        // well-spread key linear probing stays short.
        while size * 3 < minimumCapacity * 4 { size <<= 1 }
        slots = [Slot](repeating: Slot(), count: size)
        shift = UInt64(64 - size.trailingZeroBitCount)
    }

    subscript(key: UInt64) -> Int32? {
        let value = slots[slot(of: key)].value
        return value < 0 ? nil : value
    }

    /// Stores `value` for `key` and returns the value it replaces.
    mutating func updateValue(_ value: Int32, forKey key: UInt64) -> Int32? {
        if (count + 1) * 4 > slots.count * 3 { grow() }
        let slot = self.slot(of: key)
        let previous = slots[slot].value
        slots[slot] = Slot(key: key, value: value)
        if previous < 0 { count += 1; return nil }
        return previous
    }

    /// The slot holding `key`, or the empty slot where it belongs.
    private func slot(of key: UInt64) -> Int {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while slots[slot].value >= 0 && slots[slot].key != key { slot = (slot + 1) & mask }
        return slot
    }

    private mutating func grow() {
        var larger = NameIndex(minimumCapacity: slots.count)
        for slot in slots where slot.value >= 0 { _ = larger.updateValue(slot.value, forKey: slot.key) }
        self = larger
    }
}
