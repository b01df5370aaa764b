import GlossCore

/// An exporter's output as UTF-8 bytes, built with bulk copies (like GlossCore's
/// `JSONWriter`) instead of String concatenation. Formats with a fixed shape append their
/// fixed fragments (`{"type":"TextualBody","purpose":`) whole, and text slices straight
/// from the document's UTF-8, escaped for JSON or XML on the way.
struct OutputBytes: ~Copyable {
    // A plain buffer rather than [UInt8]: most appends are a few bytes, where Array's
    // append(contentsOf:) costs more than the copy itself.
    private var start: UnsafeMutablePointer<UInt8>
    private var count = 0
    private var capacity: Int
    /// False while writing into an array's storage (`array(reservingCapacity:_:)`).
    private var ownsStorage = true

    init(reservingCapacity capacity: Int) {
        self.capacity = max(capacity, 64)
        start = .allocate(capacity: self.capacity)
    }

    private init(writingInto buffer: UnsafeMutableBufferPointer<UInt8>) {
        start = buffer.baseAddress!
        capacity = buffer.count
        ownsStorage = false
    }

    deinit { if ownsStorage { start.deallocate() } }

    /// The bytes written.
    consuming func finish() -> [UInt8] { Array(UnsafeBufferPointer(start: start, count: count)) }

    /// An output file's bytes written by `write` straight into the array returned, which has
    /// room for `capacity`: a good estimate saves copying every file once more (a fifth of a
    /// gigabyte per megabyte of text, for the four formats of a run). Written past it, the
    /// bytes move to a buffer of their own and are copied into the array at the end. The array
    /// keeps the estimated capacity until it is written out and freed.
    static func array(reservingCapacity capacity: Int, _ write: (inout OutputBytes) -> Void) -> [UInt8] {
        var grown: [UInt8]?
        let bytes = [UInt8](unsafeUninitializedCapacity: max(capacity, 64)) { buffer, initialized in
            var out = OutputBytes(writingInto: buffer)
            write(&out)
            if out.ownsStorage {
                grown = out.finish()
                initialized = 0
            } else {
                initialized = out.count
            }
        }
        return grown ?? bytes
    }

    /// The bytes written, handed over without a copy: the caller deallocates them.
    consuming func take() -> UnsafeMutableBufferPointer<UInt8> {
        precondition(ownsStorage, "the bytes are an array's")
        let bytes = UnsafeMutableBufferPointer(start: start, count: count)
        discard self
        return bytes
    }

    /// Bytes written earlier, valid until the next append.
    func written(_ range: Range<Int>) -> UnsafeBufferPointer<UInt8> {
        precondition(range.upperBound <= count, "not written yet")
        return UnsafeBufferPointer(start: start + range.lowerBound, count: range.count)
    }

    /// How many bytes are written so far.
    var byteCount: Int { count }

    @inline(__always)
    mutating func append(_ buffer: UnsafeBufferPointer<UInt8>) {
        let length = buffer.count
        if count + length > capacity { grow(toAtLeast: count + length) }
        guard let source = buffer.baseAddress.map(UnsafeRawPointer.init) else { return }
        let target = UnsafeMutableRawPointer(start + count)
        // Most appends are fixed fragments and names of a few bytes: two overlapping word
        // copies instead of a byte loop or a call to memcpy.
        switch length {
        case 8...16:
            target.storeBytes(of: source.loadUnaligned(as: UInt64.self), as: UInt64.self)
            target.storeBytes(of: source.loadUnaligned(fromByteOffset: length &- 8, as: UInt64.self), toByteOffset: length &- 8, as: UInt64.self)
        case 4..<8:
            target.storeBytes(of: source.loadUnaligned(as: UInt32.self), as: UInt32.self)
            target.storeBytes(of: source.loadUnaligned(fromByteOffset: length &- 4, as: UInt32.self), toByteOffset: length &- 4, as: UInt32.self)
        case 1..<4:
            target.storeBytes(of: source.load(as: UInt8.self), as: UInt8.self)
            target.storeBytes(of: source.load(fromByteOffset: length &>> 1, as: UInt8.self), toByteOffset: length &>> 1, as: UInt8.self)
            target.storeBytes(of: source.load(fromByteOffset: length &- 1, as: UInt8.self), toByteOffset: length &- 1, as: UInt8.self)
        case 0:
            return
        default:
            target.copyMemory(from: source, byteCount: length)
        }
        count += length
    }

    @inline(__always)
    mutating func append(byte: UInt8) {
        if count == capacity { grow(toAtLeast: count + 1) }
        start[count] = byte
        count += 1
    }

    private mutating func grow(toAtLeast minimum: Int) {
        let newCapacity = max(minimum, capacity * 2)
        let newStart = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newStart.update(from: start, count: count)
        if ownsStorage { start.deallocate() }
        start = newStart
        capacity = newCapacity
        ownsStorage = true
    }

    /// Fixed ASCII text: keys, punctuation, element names.
    @inline(__always)
    mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { append($0) }
    }

    /// Text known only at run time. (Not an `append` overload: literals would pick it over StaticString.)
    mutating func append(string text: some StringProtocol) {
        text.withUTF8Buffer { append($0) }
    }

    mutating func append(_ slice: ArraySlice<UInt8>) { slice.withUnsafeBufferPointer { append($0) } }

    /// Everything another builder holds.
    mutating func append(_ other: borrowing OutputBytes) { append(UnsafeBufferPointer(start: other.start, count: other.count)) }

    /// Decimal digits without going through a String.
    mutating func appendDecimal(_ value: Int) {
        if count + DecimalDigits.maximumCount > capacity { grow(toAtLeast: count + DecimalDigits.maximumCount) }
        count += DecimalDigits.write(value, startingAt: start + count)
    }

    // MARK: JSON

    /// A JSON string literal, escaped exactly as `JSONWriter.string` escapes it.
    mutating func appendJSONString(_ text: some StringProtocol) {
        append(byte: UInt8(ascii: "\""))
        appendJSONEscaped(text)
        append(byte: UInt8(ascii: "\""))
    }

    mutating func appendJSONString(_ slice: ArraySlice<UInt8>) {
        slice.withUnsafeBufferPointer { appendJSONString($0) }
    }

    mutating func appendJSONString(_ utf8: UnsafeBufferPointer<UInt8>) {
        append(byte: UInt8(ascii: "\""))
        appendJSONEscaped(utf8)
        append(byte: UInt8(ascii: "\""))
    }

    /// String content without the quotes, for a value made of several parts (`kind: direct`).
    mutating func appendJSONEscaped(_ text: some StringProtocol) {
        text.withUTF8Buffer { appendJSONEscaped($0) }
    }

    mutating func appendJSONEscaped(_ utf8: UnsafeBufferPointer<UInt8>) {
        if appendIfPlainWords(utf8, JSONEscaping.isPlain(word:)) { return }
        let appended = appendEscapingShort(utf8, isPlain: JSONEscaping.isPlain(byte:)) {
            out, utf8, index in
            JSONEscaping.withEscape(of: utf8[index]) { out.append($0) }
            return 1
        }
        if !appended { JSONEscaping.walk(utf8, copy: { append($0) }, escape: { append($0) }) }
    }

    /// Text of 4 to 16 bytes (most names, ids, types and values) checked as two overlapping
    /// words and, when `isPlainWord` holds for both, copied as is; false (nothing written) otherwise.
    @inline(__always)
    mutating func appendIfPlainWords(_ utf8: UnsafeBufferPointer<UInt8>, _ isPlainWord: (UInt64) -> Bool) -> Bool {
        let length = utf8.count
        guard length >= 4, length <= 16, let source = utf8.baseAddress.map(UnsafeRawPointer.init) else { return false }
        let head: UInt64, tail: UInt64
        if length >= 8 {
            head = ByteWords.load(source)
            tail = ByteWords.load(source + (length &- 8))
        } else {
            // The first and the last four bytes, overlapping, in one word.
            let first = UInt64(UInt32(littleEndian: source.loadUnaligned(as: UInt32.self)))
            let last = UInt64(UInt32(littleEndian: source.loadUnaligned(fromByteOffset: length &- 4, as: UInt32.self)))
            head = first | last &<< 32
            tail = head
        }
        guard isPlainWord(head), isPlainWord(tail) else { return false }
        append(utf8)
        return true
    }

    /// Most text escaped is short (names, ids, values, JSON members): byte by byte, such text
    /// costs less than setting up an escaper's word-wise walk, escapes or not. Appends all of
    /// `utf8` and returns true when it is at most 64 bytes, else appends nothing. `escape`
    /// appends the escape of the byte at an index that is not `isPlain` and returns how many
    /// bytes it replaced, 0 when the byte needs no escape after all.
    @inline(__always)
    mutating func appendEscapingShort(
        _ utf8: UnsafeBufferPointer<UInt8>, isPlain: (UInt8) -> Bool,
        escape: (inout OutputBytes, UnsafeBufferPointer<UInt8>, Int) -> Int
    ) -> Bool {
        guard utf8.count <= 64 else { return false }
        // Escapes are at most six bytes per byte (`\u001f`, `&quot;`): no capacity check per byte.
        if count + utf8.count * 6 > capacity { grow(toAtLeast: count + utf8.count * 6) }
        // Written through a local pointer: `count`, a stored property of an inout value, would
        // be stored to memory on every byte.
        var next = start + count
        var index = 0
        while index < utf8.count {
            let byte = utf8[index]
            if isPlain(byte) {
                next.pointee = byte
                next += 1
                index += 1
                continue
            }
            count = next - start
            let replaced = escape(&self, utf8, index)
            if replaced == 0 {
                append(byte: byte)
                index += 1
            } else {
                index += replaced
            }
            next = start + count
        }
        count = next - start
        return true
    }
}
