import GlossCore

/// An output syntax's escaping of text, as a walk over runs to copy and replacements.
protocol TextEscaping {
    static func walk(_ utf8: UnsafeBufferPointer<UInt8>, copy: (UnsafeBufferPointer<UInt8>) -> Void,
                     escape: (UnsafeBufferPointer<UInt8>, _ replacedBytes: Int) -> Void)
}

/// JSON string escaping (`JSONEscaping`, which always replaces one byte).
enum JSONStringEscaping: TextEscaping {
    @inline(__always)
    static func walk(_ utf8: UnsafeBufferPointer<UInt8>, copy: (UnsafeBufferPointer<UInt8>) -> Void,
                     escape: (UnsafeBufferPointer<UInt8>, _ replacedBytes: Int) -> Void) {
        JSONEscaping.walk(utf8, copy: copy, escape: { escape($0, 1) })
    }
}

/// A document's whole text escaped once, addressed by scalar offsets: the escaped form of
/// any scalar range is a slice of it (escapes replace whole scalars). Formats write
/// covered text, quote prefixes and suffixes by the million; copying slices of this costs
/// a fraction of escaping each one again. Made once per document and escaping, on demand.
final class EscapedText<Escaping: TextEscaping>: Sendable {
    let bytes: [UInt8]
    /// Where each scalar's escaped form starts in `bytes`, and the end.
    private let starts: [Int32]

    static func of(_ document: AnnotatedDocument) -> EscapedText {
        document.derived.value { EscapedText(PreparedDocument.of(document).text) }
    }

    private init(_ text: DocumentScalars) {
        var escaped = OutputBytes(reservingCapacity: text.utf8.count + text.utf8.count / 16 + 16)
        // Where each escape starts in the text and how many bytes it adds, in text order.
        var growth = [(at: Int, added: Int)]()
        var source = 0
        text.utf8.withUnsafeBufferPointer { utf8 in
            Escaping.walk(utf8, copy: { run in
                escaped.append(run)
                source += run.count
            }, escape: { replacement, replaced in
                growth.append((source, replacement.count - replaced))
                escaped.append(replacement)
                source += replaced
            })
        }
        // Offsets are stored as Int32, as DocumentScalars stores them: checked once here, not per scalar.
        precondition(escaped.byteCount < Int(Int32.max), "text too long for 32-bit offsets")
        starts = [Int32](unsafeUninitializedCapacity: text.count + 1) { starts, initialized in
            text.withByteOffsets { byteAtScalar in
                var scalar = 0
                var added: Int32 = 0
                // Escapes are few: whole runs of scalars between two of them share what was added
                // before, and each run is one plain loop (vectorised for ASCII text).
                for escape in growth + [(at: Int.max, added: 0)] {
                    if let byteAtScalar {
                        while scalar <= text.count && Int(byteAtScalar[scalar]) <= escape.at {
                            starts[scalar] = byteAtScalar[scalar] &+ added
                            scalar += 1
                        }
                    } else if scalar <= min(escape.at, text.count) {
                        let last = min(escape.at, text.count)
                        for offset in scalar...last { starts[offset] = Int32(truncatingIfNeeded: offset) &+ added }
                        scalar = last + 1
                    }
                    added &+= Int32(truncatingIfNeeded: escape.added)
                }
            }
            initialized = text.count + 1
        }
        bytes = escaped.finish()
    }

    /// Appends the escaped text of the scalar range `scalars` (within the document).
    @inline(__always)
    func append(_ scalars: Range<Int>, to out: inout OutputBytes) {
        let range = Int(starts[scalars.lowerBound])..<Int(starts[scalars.upperBound])
        bytes.withUnsafeBufferPointer { out.append(UnsafeBufferPointer(rebasing: $0[range])) }
    }
}
