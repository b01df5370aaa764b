import GlossCore

/// A 64-bit FNV-1a hash of a place name in normal form: letters and digits lowercased,
/// punctuation dropped ("U.S." → "us", "Ivano-Frankivsk" → "ivanofrankivsk"), words
/// separated by one space. Gazetteer names and runs of document tokens hash the same way,
/// so lookup needs no String. (A collision between two of the ~150,000 keys is
/// improbable at 64 bits: about 1 in 10⁹.)
struct NameKey {
    private(set) var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    private var isEmpty = true
    private var wordEnded = false

    /// Hashes a whole name written with spaces between its words.
    static func of<S: StringProtocol>(_ name: S) -> UInt64 {
        var key = NameKey()
        name.withUTF8Buffer { key.add($0, 0..<$0.count) }
        return key.hash
    }

    /// Ends the current word: the next letter starts a new one.
    mutating func endWord() {
        if !isEmpty { wordEnded = true }
    }

    /// Adds the letters and digits of `range` of `bytes`; whitespace inside ends a word.
    mutating func add(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        var i = range.lowerBound
        while i < range.upperBound {
            let b = bytes[i]
            if b < 0x80 {
                i += 1
                if UTF8Scanning.isASCIILetter(b) || UTF8Scanning.isASCIIDigit(b) {
                    mix(b | (UTF8Scanning.isASCIILetter(b) ? 0x20 : 0))
                } else if UTF8Scanning.isASCIIWhitespace(b) {
                    endWord()
                }
                continue
            }
            let (scalar, length) = UTF8Scanning.scalar(in: bytes, at: i)
            i += length
            if scalar.value < LowercaseTable.limit {
                let lower = LowercaseTable.lowercase[Int(scalar.value)]
                if lower != 0 { for byte in Unicode.Scalar(lower)!.utf8 { mix(byte) } } else if UTF8Scanning.isWhitespace(scalar) { endWord() }
            } else if UTF8Scanning.isWordScalar(scalar) || UTF8Scanning.isDigit(scalar) {
                for lower in scalar.properties.lowercaseMapping.utf8 { mix(lower) }
            } else if UTF8Scanning.isWhitespace(scalar) {
                endWord()
            }
        }
    }

    @inline(__always)
    private mutating func mix(_ byte: UInt8) {
        if wordEnded {
            wordEnded = false
            step(0x20)
        }
        isEmpty = false
        step(byte)
    }

    @inline(__always)
    private mutating func step(_ byte: UInt8) {
        hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
    }
}

/// Lower-case forms of the scalars below U+0800 (Latin, Greek, Cyrillic …), 0 for those
/// that are not letters or digits: looking Unicode properties up for every accented
/// letter of 150,000 names would cost most of the start-up time.
private enum LowercaseTable {
    static let limit: UInt32 = 0x800
    static let lowercase: [UInt32] = (0..<limit).map { value in
        guard let scalar = Unicode.Scalar(value), UTF8Scanning.isWordScalar(scalar) || UTF8Scanning.isDigit(scalar) else { return 0 }
        let lower = scalar.properties.lowercaseMapping.unicodeScalars
        return lower.count == 1 ? lower.first!.value : value
    }
}
