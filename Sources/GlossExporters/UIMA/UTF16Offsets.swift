import GlossCore

/// Maps scalar offsets to UTF-16 code units (Java string indices, what XMI `begin`/`end`
/// count). Text without characters outside the BMP needs no table: the units coincide.
struct UTF16Offsets {
    private let unitAtScalar: [Int32]?
    let count: Int

    init(_ text: DocumentScalars) {
        // Only 4-byte UTF-8 sequences (lead bytes 0xF0...) are outside the BMP.
        let outsideBMP = text.utf8.withUnsafeBufferPointer { utf8 in
            // Eight bytes at a time: a byte's top bit survives the and of the word shifted by 0–3 only if its top four bits are set.
            let rest = ByteWords.skipWords(utf8, from: 0) { (word: UInt64) -> Bool in
                word & (word << 1) & (word << 2) & (word << 3) & 0x8080_8080_8080_8080 == 0
            }
            return utf8[rest...].contains { $0 >= 0xF0 }
        }
        guard outsideBMP else {
            unitAtScalar = nil
            count = text.count
            return
        }
        var units: Int32 = 0
        let table = [Int32](unsafeUninitializedCapacity: text.count + 1) { table, initialized in
            text.utf8.withUnsafeBufferPointer { utf8 in
                var scalar = 0
                for byte in utf8 where byte & 0xC0 != 0x80 {
                    table[scalar] = units
                    scalar += 1
                    units += byte >= 0xF0 ? 2 : 1
                }
                table[scalar] = units
                initialized = scalar + 1
            }
        }
        unitAtScalar = table
        count = Int(units)
    }

    func unit(atScalar offset: Int) -> Int {
        guard let unitAtScalar else { return offset }
        return Int(unitAtScalar[offset])
    }
}
