import Foundation

/// The places and an index from name keys (`NameKey`) to the places of that name.
/// Immutable once built; the bundled one is loaded once per process.
struct Gazetteer: Sendable {
    /// One name of a place. Names of a key form a chain through `next` (-1 ends it), so
    /// the index needs one table and one flat array, not an array per name.
    struct Entry: Sendable {
        let place: Int32
        /// A state abbreviation ("Calif.", "TX"): only valid after "City,".
        let isAbbreviation: Bool
        var next: Int32
    }

    private(set) var places: [Place] = []
    private(set) var entries: [Entry] = []
    /// Name key → its first entry.
    private var heads = NameIndex(minimumCapacity: 95_000)
    /// The most words any name has: how far a match may extend.
    private(set) var longestName = 1

    static let bundled: Result<Gazetteer, Error> = Result {
        var gazetteer = Gazetteer()
        try gazetteer.load(resource: "gazetteer", separator: UInt8(ascii: "\t"))
        return gazetteer
    }

    init() {
        // Sized for the bundled file, so loading never regrows the tables.
        places.reserveCapacity(40_000)
        entries.reserveCapacity(100_000)
    }

    /// The places named by `key`, with whether the name is an abbreviation.
    func places(for key: UInt64) -> [(index: Int, isAbbreviation: Bool)] {
        var result = [(index: Int, isAbbreviation: Bool)]()
        var cursor = heads[key] ?? -1
        while cursor >= 0 {
            let entry = entries[Int(cursor)]
            result.append((Int(entry.place), entry.isAbbreviation))
            cursor = entry.next
        }
        return result
    }

    func contains(_ key: UInt64) -> Bool { heads[key] != nil }

    mutating func load(resource: String, separator: UInt8) throws {
        guard let url = Bundle.module.url(forResource: resource, withExtension: "tsv", subdirectory: "Resources") else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSLocalizedDescriptionKey: "bundled \(resource).tsv is missing"])
        }
        try load(contentsOf: url, separator: separator)
    }

    mutating func load(contentsOf url: URL, separator: UInt8) throws {
        let data = try Data(contentsOf: url)
        let firstEntry = entries.count
        var keys = [UInt64]()
        keys.reserveCapacity(entries.capacity - firstEntry)
        try GazetteerFile.parse(data, separator: separator) { place, bytes, names in
            add(place, names: names, in: bytes, keys: &keys)
        }
        index(keys, from: firstEntry)
    }

    /// Appends the place and an entry for each of its names, whose keys go to `keys`.
    /// `names`: byte ranges of the place's name, then of its other names.
    private mutating func add(_ place: Place, names: [Range<Int>], in bytes: UnsafeBufferPointer<UInt8>, keys: inout [UInt64]) {
        let index = Int32(places.count)
        places.append(place)
        for range in names where !range.isEmpty {
            let name = UnsafeBufferPointer(rebasing: bytes[range])
            let isAbbreviation = name.starts(with: "abbr:".utf8)
            var key = NameKey()
            key.add(bytes, (isAbbreviation ? range.lowerBound + 5 : range.lowerBound)..<range.upperBound)
            entries.append(Entry(place: index, isAbbreviation: isAbbreviation, next: -1))
            keys.append(key.hash)
            longestName = max(longestName, Self.wordCount(name))
        }
    }

    /// Links the entries from `first` on (one per key) into the index. Done in one tight
    /// loop after parsing, so the processor overlaps the table's cache misses (the
    /// largest start-up cost) instead of waiting for each between lines.
    private mutating func index(_ keys: [UInt64], from first: Int) {
        for (offset, key) in keys.enumerated() {
            let new = Int32(first + offset)
            guard let previous = heads.updateValue(new, forKey: key) else { continue }
            // A place's names are indexed together, so a repeat (a folded name equal to the
            // name) finds this place at the head of its chain; it stays unlinked.
            if entries[Int(previous)].place == entries[Int(new)].place {
                _ = heads.updateValue(previous, forKey: key)
            } else {
                entries[Int(new)].next = previous
            }
        }
    }

    private static func wordCount(_ name: UnsafeBufferPointer<UInt8>) -> Int {
        name.reduce(1) { $1 == 0x20 ? $0 + 1 : $0 }
    }
}
