import GlossCore

/// Turns a lexicon phrase ("km/h", "degrees celsius", "°C") into piece keys exactly as the
/// document text would be split, so lexicon entries and text can never disagree.
enum PhraseKeys {
    static func keys(of phrase: String) -> [String] {
        PieceBuilder.pieces(of: TextLayer(text: phrase)).map(\.key)
    }
}

/// Longest-match lookup of multi-piece phrases, indexed by their first key.
struct PhraseTable<Value: Sendable>: Sendable {
    private var byFirstKey: [String: [(keys: [String], value: Value)]] = [:]

    /// The keys phrases start with.
    var firstKeys: Dictionary<String, [(keys: [String], value: Value)]>.Keys { byFirstKey.keys }

    mutating func insert(_ keys: [String], _ value: Value) {
        guard let first = keys.first, !first.isEmpty else { return }
        byFirstKey[first, default: []].append((keys, value))
        byFirstKey[first]!.sort { $0.keys.count > $1.keys.count }
    }

    /// The longest phrase starting at `index`, its value and the index after it. Pieces
    /// after the first must not be separated by punctuation the phrase does not contain.
    func match(_ pieces: [Piece], at index: Int, where accept: (Value, Int) -> Bool = { _, _ in true }) -> (value: Value, end: Int)? {
        guard index < pieces.count, let candidates = byFirstKey[pieces[index].key] else { return nil }
        for candidate in candidates where index + candidate.keys.count <= pieces.count {
            var matches = true
            for offset in 1..<max(candidate.keys.count, 1) where pieces[index + offset].key != candidate.keys[offset] {
                matches = false
                break
            }
            if matches && accept(candidate.value, index + candidate.keys.count) {
                return (candidate.value, index + candidate.keys.count)
            }
        }
        return nil
    }
}
