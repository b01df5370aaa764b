/// Maps scalar offsets to UTF-16 code units (Java string indices, what XMI `begin`/`end`
/// count). Text without characters outside the BMP needs no table: the units coincide.
struct UTF16Offsets {
    private let unitAtScalar: [Int32]?
    let count: Int

    init(_ text: DocumentScalars) {
        // Only 4-byte UTF-8 sequences (lead bytes 0xF0...) are outside the BMP.
        guard text.utf8.contains(where: { $0 >= 0xF0 }) else {
            unitAtScalar = nil
            count = text.count
            return
        }
        var table = [Int32]()
        table.reserveCapacity(text.count + 1)
        var units: Int32 = 0
        for byte in text.utf8 where byte & 0xC0 != 0x80 {
            table.append(units)
            units += byte >= 0xF0 ? 2 : 1
        }
        table.append(units)
        unitAtScalar = table
        count = Int(units)
    }

    func unit(atScalar offset: Int) -> Int {
        guard let unitAtScalar else { return offset }
        return Int(unitAtScalar[offset])
    }
}
