import Synchronization

/// A decoded document: the exact text that offsets point into.
public struct Document: Sendable, Hashable {
    /// Path relative to the input root without extension, or the id given on stdin.
    public let id: String
    public let text: String
    /// Where it came from (a file path), when it came from a file.
    public let source: String?
    /// True when a leading byte order mark was dropped while decoding.
    public let hadByteOrderMark: Bool
    /// SHA-256 of the text's UTF-8 bytes, lowercase hex; every output format carries it.
    public let sha256: String
    /// Length of the text in Unicode scalars (the unit of every offset).
    public let length: Int

    public init(id: String, text: String, source: String? = nil, hadByteOrderMark: Bool = false) {
        self.id = id
        self.text = text
        self.source = source
        self.hadByteOrderMark = hadByteOrderMark
        sha256 = text.withUTF8Buffer { SHA256.hexDigest(of: $0) }
        length = text.utf8.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    }
}

/// A document with the annotations a pipeline made for it, in a stable order.
public struct AnnotatedDocument: Sendable {
    public let document: Document
    public let annotations: [Annotation]
    /// What exporters work out from the document and share: a run writes several formats
    /// of each document, and each needs the same offset maps and attributes in name order.
    public let derived = DerivedValues()

    public init(document: Document, annotations: [Annotation]) {
        self.document = document
        self.annotations = annotations
    }
}

/// Values computed from one annotated document on first use, one per type, and kept for
/// whoever asks next (the other exporters of the same document, on the same or another thread).
public final class DerivedValues: Sendable {
    private let values = Mutex<[ObjectIdentifier: any Sendable]>([:])

    public init() {}

    /// The stored `Value`, or `make()`'s, stored. `make` runs outside the lock, so it may ask
    /// for other values; if two threads race, both make one and the first stored is kept.
    public func value<Value: Sendable>(_ make: () -> Value) -> Value {
        let key = ObjectIdentifier(Value.self)
        if let stored = values.withLock({ $0[key] }) { return stored as! Value }
        let made = make()
        return values.withLock { values in
            if let stored = values[key] { return stored as! Value }
            values[key] = made
            return made
        }
    }
}
