/// Maps scalar offsets to UTF-16 code units (Java string indices, what XMI `begin`/`end`
/// count). Text without characters outside the BMP needs no table: the units coincide.
struct UTF16Offsets {
    private let unitAtScalar: [Int32]?
    let count: Int

    init(_ text: DocumentScalars) {
        guard text.scalars.contains(where: { $0.value > 0xFFFF }) else {
            unitAtScalar = nil
            count = text.count
            return
        }
        var table = [Int32]()
        table.reserveCapacity(text.count + 1)
        var units: Int32 = 0
        for scalar in text.scalars {
            table.append(units)
            units += scalar.value > 0xFFFF ? 2 : 1
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
