/// The sixteen bytes of a `String` value, for a first equality test that costs two integer
/// compares. Equal bits mean equal UTF-8: a small string holds its bytes in them, a large one
/// points at storage that cannot change while the string lives. Unequal bits say nothing (two
/// copies of one text differ), so a miss must still compare the bytes.
struct StringBits: Equatable {
    private let low: UInt64, high: UInt64

    init(_ string: String) {
        (low, high) = unsafeBitCast(string, to: (UInt64, UInt64).self)
    }
}
