import GlossCore

/// What every format reads from an annotated document, worked out once and shared by all
/// the formats a run writes (it is kept in `AnnotatedDocument.derived`): the text as UTF-8
/// with its scalar offsets, where each annotation sits by id, each annotation's attributes
/// in name order with their role and their Gloss JSON, and the UTF-8 of the strings formats
/// copy. Exporters then copy bytes instead of sorting, hashing and formatting the same
/// values once per format, and read no Swift strings while writing: each read of a string
/// stored in an annotation retained and released it, a fifth of exporting time.
// @unchecked: immutable once made; the buffers (`strings`, `json`, `attributes`, `sources`) are owned by the instance and freed with it.
final class PreparedDocument: @unchecked Sendable {
    let text: DocumentScalars
    let positions: AnnotationPositions
    /// Every annotation's attributes, flat and in name order: annotation `i` has
    /// `attributes[attributeStarts[i]..<attributeStarts[i + 1]]`. Owned here, not an array:
    /// a slice of an array retains and releases its storage, once per annotation and format.
    private let attributes: UnsafeMutableBufferPointer<PreparedAttribute>
    /// Each attribute's name, value and role, which `attributes` point to.
    private let sources: UnsafeMutableBufferPointer<PreparedAttribute.Source>
    private let attributeStarts: [Int]
    /// Where each annotation's attributes object is in `json`.
    private let objects: [Range<Int>]
    /// The Gloss JSON of every annotation's attributes object, one after the other. Owned
    /// here, like `strings`: read through an array, each read retained and released it.
    private let json: UnsafeBufferPointer<UInt8>
    /// The UTF-8 of annotation ids, attribute names, string values and symbols.
    private let strings: UnsafeBufferPointer<UInt8>
    private let ids: [Range<Int>]
    private let types: [DocumentSymbol], annotators: [DocumentSymbol]
    private let symbols: [String], symbolUTF8: [Range<Int>]
    /// The UTF-8 length of all covered texts together.
    private let coveredByteCount: Int

    static func of(_ document: AnnotatedDocument) -> PreparedDocument {
        document.derived.value { PreparedDocument(document) }
    }

    private init(_ document: AnnotatedDocument) {
        let text = DocumentScalars(document.document.text)
        self.text = text
        let annotations = document.annotations
        var coveredByteCount = 0
        // Made in place: copied in from an array, each of their strings would be retained once more.
        let totalAttributes = annotations.indices.reduce(0) { $0 + annotations[$1].attributes.count }
        let attributes = UnsafeMutableBufferPointer<PreparedAttribute>.allocate(capacity: totalAttributes)
        let sources = UnsafeMutableBufferPointer<PreparedAttribute.Source>.allocate(capacity: totalAttributes)
        var attributeCount = 0
        var attributeStarts = [Int]()
        attributeStarts.reserveCapacity(annotations.count + 1)
        var objects = [Range<Int>]()
        objects.reserveCapacity(annotations.count)
        var json = OutputBytes(reservingCapacity: annotations.count * 96)
        var strings = Strings(reservingCapacity: annotations.count * 48)
        var ids = [Range<Int>](), types = [DocumentSymbol](), annotators = [DocumentSymbol]()
        ids.reserveCapacity(annotations.count)
        types.reserveCapacity(annotations.count)
        annotators.reserveCapacity(annotations.count)
        var referenced = Set<AnnotationID>()
        var names = AttributeNames()
        // Index loops read single fields: binding whole annotations would retain and release each of their strings.
        for index in annotations.indices {
            coveredByteCount += text.byteOffset(ofScalar: annotations[index].end) - text.byteOffset(ofScalar: annotations[index].start)
            ids.append(strings.append(annotations[index].id))
            types.append(strings.symbol(annotations[index].type, like: types.last))
            annotators.append(strings.symbol(annotations[index].annotator, like: annotators.last))
            attributeStarts.append(attributeCount)
            let objectStart = json.byteCount
            json.append("{")
            for (number, (name, value)) in annotations[index].attributes.enumerated() {
                if number > 0 { json.append(",") }
                let memberStart = json.byteCount
                let known = names.number(of: name, in: &strings)
                json.append(strings.bytes.written(names.entries[known].member))
                let valueStart = json.byteCount
                let role: AttributeRole
                let textUTF8: Range<Int>?
                if case .string(let string) = value, names.entries[known].knowledgeBase == nil {
                    // The most common value, read once: escaped into the JSON, kept as the text, checked for a category.
                    (role, textUTF8) = string.withUTF8Buffer { utf8 in
                        json.appendJSONString(utf8)
                        return (AttributeRole.isCategoryLike(utf8) ? .category(string) : .other, strings.append(utf8))
                    }
                } else {
                    json.appendJSON(value)
                    role = AttributeRole.of(value, knowledgeBase: names.entries[known].knowledgeBase)
                    switch role {
                    case .references(let targets): referenced.formUnion(targets); textUTF8 = nil
                    case .identifier(_, let entry): textUTF8 = strings.append(entry)
                    case .category(let category): textUTF8 = strings.append(category)
                    case .other: if case .string(let string) = value { textUTF8 = strings.append(string) } else { textUTF8 = nil }
                    }
                }
                let source = sources.baseAddress! + attributeCount
                source.initialize(to: PreparedAttribute.Source(name: name, value: value, role: role))
                (attributes.baseAddress! + attributeCount).initialize(to: PreparedAttribute(
                    source: source, kind: role.kind, nameUTF8: names.entries[known].utf8, textUTF8: textUTF8,
                    memberStart: memberStart, valueStart: valueStart, end: json.byteCount))
                attributeCount += 1
            }
            json.append("}")
            objects.append(objectStart..<json.byteCount)
        }
        attributeStarts.append(attributeCount)
        positions = AnnotationPositions(annotations, referenced: referenced)
        self.attributes = attributes
        self.sources = sources
        self.attributeStarts = attributeStarts
        self.objects = objects
        self.json = UnsafeBufferPointer(json.take())
        self.ids = ids
        self.types = types
        self.annotators = annotators
        symbols = strings.symbols
        symbolUTF8 = strings.symbolUTF8
        self.coveredByteCount = coveredByteCount
        self.strings = UnsafeBufferPointer(strings.bytes.take())
    }

    deinit {
        strings.deallocate()
        json.deallocate()
        attributes.deallocate()
        sources.deinitialize().deallocate()
    }

    /// A generous estimate of a format's file size, to write it in place
    /// (`OutputBytes.array(reservingCapacity:)`): the text when the format embeds it and every
    /// covered text, with room for escapes; the attributes' JSON `attributeWeight` times (as the
    /// format restates or escapes it); and `perAnnotation` bytes of markup per annotation.
    func estimatedSize(withText: Bool, attributeWeight: Double, perAnnotation: Int) -> Int {
        let textual = coveredByteCount + (withText ? text.utf8.count : 0)
        return textual + textual / 8 + Int(Double(json.count) * attributeWeight) + objects.count * perAnnotation + 512
    }

    /// The attributes of the annotation at `index`, in name order.
    func attributes(of index: Int) -> UnsafeBufferPointer<PreparedAttribute> {
        UnsafeBufferPointer(rebasing: attributes[attributeStarts[index]..<attributeStarts[index + 1]])
    }

    /// The Gloss JSON object of the attributes of the annotation at `index`.
    func withAttributesJSON<Result>(of index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        withJSON(objects[index], body)
    }

    /// `"name":value` of one attribute, as a member of a Gloss JSON object.
    @inline(__always)
    func withMemberJSON<Result>(_ attribute: borrowing PreparedAttribute, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        withJSON(attribute.memberStart..<attribute.end, body)
    }

    /// The attribute's name as it reads inside a JSON string: copied from its JSON member, not escaped again.
    @inline(__always)
    func appendJSONEscapedName(_ attribute: borrowing PreparedAttribute, to out: inout OutputBytes) {
        withJSON(attribute.memberStart + 1..<attribute.valueStart - 2) { out.append($0) }  // `"name":`
    }

    /// The display text (`withDisplayText`) as it reads inside a JSON string: a string value's
    /// JSON without its quotes, or any other value's JSON, escaped.
    @inline(__always)
    func appendJSONEscapedDisplayText(_ attribute: borrowing PreparedAttribute, to out: inout OutputBytes) {
        let value = json.baseAddress! + attribute.valueStart
        switch value.pointee {
        case UInt8(ascii: "\""): out.append(UnsafeBufferPointer(start: value + 1, count: attribute.end - attribute.valueStart - 2))
        case UInt8(ascii: "["), UInt8(ascii: "{"): out.appendJSONEscaped(UnsafeBufferPointer(start: value, count: attribute.end - attribute.valueStart))
        default: out.append(UnsafeBufferPointer(start: value, count: attribute.end - attribute.valueStart))  // a number, true, false or null: nothing to escape
        }
    }

    /// The attribute's value as Gloss JSON.
    @inline(__always)
    func withValueJSON<Result>(_ attribute: borrowing PreparedAttribute, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        withJSON(attribute.valueStart..<attribute.end, body)
    }

    /// A compact one-value rendering for notes and descriptions: strings as they are,
    /// everything else (numbers, references, lists, objects) as its Gloss JSON.
    @inline(__always)
    func withDisplayText<Result>(_ attribute: borrowing PreparedAttribute, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        // The text is the display text whenever there is one: a category's or identifier's
        // text reads as the JSON of its value (`true`, `2657896`) or as the string it came from.
        guard let text = attribute.textUTF8 else { return withValueJSON(attribute, body) }
        return body(utf8(text))
    }

    func idUTF8(of index: Int) -> UnsafeBufferPointer<UInt8> { utf8(ids[index]) }

    /// The annotation's type.
    func type(of index: Int) -> DocumentSymbol { types[index] }

    /// The id of the annotator that made the annotation.
    func annotator(of index: Int) -> DocumentSymbol { annotators[index] }

    /// How many distinct types and annotator ids the document has: they share one numbering, from 0 on.
    var symbolCount: Int { symbols.count }

    func string(_ symbol: DocumentSymbol) -> String { symbols[symbol.number] }

    func utf8(_ symbol: DocumentSymbol) -> UnsafeBufferPointer<UInt8> { utf8(symbolUTF8[symbol.number]) }

    /// The UTF-8 of an attribute's name, or of its text (`PreparedAttribute.textUTF8`).
    func utf8(_ range: Range<Int>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: strings[range])
    }

    private func withJSON<Result>(_ range: Range<Int>, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        body(UnsafeBufferPointer(rebasing: json[range]))
    }
}

/// One attribute of an annotation, with how exporters render it and where its JSON and UTF-8
/// are. A plain value: formats copy these by the million, and a copy that held the name, the
/// value and the role would retain and release each of their strings.
struct PreparedAttribute {
    /// What was annotated, kept by the document (`PreparedDocument.sources`).
    struct Source {
        let name: String
        let value: AttributeValue
        let role: AttributeRole
    }

    private let source: UnsafePointer<Source>
    var name: String { source.pointee.name }
    var value: AttributeValue { source.pointee.value }
    var role: AttributeRole { source.pointee.role }
    /// `role` without its payload: switching on it copies nothing.
    let kind: AttributeRole.Kind
    /// Where the UTF-8 of the name is in the document's prepared strings (`PreparedDocument.utf8(_:)`),
    /// and of the text: the category, the identifier's entry or a string value; nil for other values.
    let nameUTF8: Range<Int>, textUTF8: Range<Int>?
    /// Where `"name":value` starts in the document's attribute JSON, where its value starts and where both end.
    fileprivate let memberStart: Int, valueStart: Int, end: Int

    fileprivate init(source: UnsafePointer<Source>, kind: AttributeRole.Kind, nameUTF8: Range<Int>, textUTF8: Range<Int>?,
                     memberStart: Int, valueStart: Int, end: Int) {
        self.source = source
        self.kind = kind
        self.nameUTF8 = nameUTF8
        self.textUTF8 = textUTF8
        self.memberStart = memberStart
        self.valueStart = valueStart
        self.end = end
    }
}

/// A value that recurs on every annotation of a document (a type, an annotator's id), stored
/// once: formats render or look up each one once per document, by number.
struct DocumentSymbol: Equatable {
    let number: Int
}

/// Builds the prepared strings: each string's UTF-8 appended, symbols once each.
private struct Strings: ~Copyable {
    var bytes: OutputBytes
    var symbols = [String](), symbolUTF8 = [Range<Int>]()
    private var symbolBits = [StringBits]()
    /// Each symbol's bytes as two words and a length, nil past 16 bytes: most compare in three integer compares.
    private var symbolWords = [PackedWord?]()

    init(reservingCapacity capacity: Int) { bytes = OutputBytes(reservingCapacity: capacity) }

    mutating func append(_ string: String) -> Range<Int> {
        string.withUTF8Buffer { append($0) }
    }

    mutating func append(_ utf8: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        let start = bytes.byteCount
        bytes.append(utf8)
        return start..<bytes.byteCount
    }

    /// The symbol of `string`, checking `previous` first: types and annotators come in runs.
    /// Compared as UTF-8 with the symbols' bytes, not as Swift compares strings (`"café"` in
    /// NFC and NFD are equal to Swift): each symbol is written out as the bytes it was made from.
    mutating func symbol(_ string: String, like previous: DocumentSymbol?) -> DocumentSymbol {
        let bits = StringBits(string)
        if let previous, symbolBits[previous.number] == bits { return previous }
        if let known = symbolBits.firstIndex(of: bits) { return DocumentSymbol(number: known) }
        let (known, word) = string.withUTF8Buffer { utf8 -> (Int?, PackedWord?) in
            if let word = PackedWord(utf8, 0..<utf8.count, foldingCase: false) {
                if let previous, symbolWords[previous.number] == word { return (previous.number, word) }
                return (symbolWords.firstIndex(of: word), word)
            }
            return (symbolUTF8.firstIndex { $0.count == utf8.count && bytes.written($0).elementsEqual(utf8) }, nil)
        }
        if let known { return DocumentSymbol(number: known) }
        symbolWords.append(word)
        symbolBits.append(bits)
        symbols.append(string)
        symbolUTF8.append(append(string))
        return DocumentSymbol(number: symbols.count - 1)
    }
}

/// Attribute names recur on every annotation of a kind: each distinct name's UTF-8, its
/// escaped `"name":` and its knowledge base are worked out once per document.
private struct AttributeNames {
    struct Entry {
        let name: String
        /// The name's UTF-8, and `"name":` as a JSON object member starts, in the prepared strings.
        let utf8: Range<Int>, member: Range<Int>
        let knowledgeBase: KnowledgeBase?
    }

    private(set) var entries = [Entry]()
    /// The first entries' names as string bits and as packed UTF-8 (nil past 16 bytes), searched in
    /// that order: literals match on their bits, names made at run time on their bytes. Past
    /// `searched` names (annotators that make names up as they go) each one gets an entry of its own.
    private var bits = [StringBits](), words = [PackedWord?]()
    private static let searched = 64
    /// The entry after the last one found: annotations of a kind list the same names in the same order.
    private var next = 0

    /// The number of the entry for `name`.
    mutating func number(of name: String, in strings: inout Strings) -> Int {
        let nameBits = StringBits(name)
        if next < bits.count, bits[next] == nameBits {
            next += 1
            return next - 1
        }
        if let known = bits.firstIndex(of: nameBits) {
            next = known + 1
            return known
        }
        let (known, word) = name.withUTF8Buffer { utf8 -> (Int?, PackedWord?) in
            if let word = PackedWord(utf8, 0..<utf8.count, foldingCase: false) { return (words.firstIndex(of: word), word) }
            return (entries.prefix(Self.searched).firstIndex { strings.bytes.written($0.utf8).elementsEqual(utf8) }, nil)
        }
        if let known { return known }
        let utf8 = strings.append(name)
        let memberStart = strings.bytes.byteCount
        strings.bytes.appendJSONString(name)
        strings.bytes.append(":")
        entries.append(Entry(name: name, utf8: utf8, member: memberStart..<strings.bytes.byteCount,
                             knowledgeBase: KnowledgeBase.forAttribute(name)))
        if bits.count < Self.searched {
            bits.append(nameBits)
            words.append(word)
        }
        return entries.count - 1
    }
}
