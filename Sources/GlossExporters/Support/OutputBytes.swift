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

    init(reservingCapacity capacity: Int) {
        self.capacity = max(capacity, 64)
        start = .allocate(capacity: self.capacity)
    }

    deinit { start.deallocate() }

    /// The bytes written.
    consuming func finish() -> [UInt8] { Array(UnsafeBufferPointer(start: start, count: count)) }

    /// How many bytes are written so far.
    var byteCount: Int { count }

    @inline(__always)
    mutating func append(_ buffer: UnsafeBufferPointer<UInt8>) {
        let length = buffer.count
        if count + length > capacity { grow(toAtLeast: count + length) }
        if length <= 16 {
            for index in 0..<length { start[count + index] = buffer[index] }
        } else {
            (start + count).update(from: buffer.baseAddress!, count: length)
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
        start.deallocate()
        start = newStart
        capacity = newCapacity
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
        if value >= 0, value < 10 { return append(byte: UInt8(ascii: "0") + UInt8(value)) }
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
        append(byte: UInt8(ascii: "\""))
        slice.withUnsafeBufferPointer { appendJSONEscaped($0) }
        append(byte: UInt8(ascii: "\""))
    }

    /// String content without the quotes, for a value made of several parts (`kind: direct`).
    mutating func appendJSONEscaped(_ text: some StringProtocol) {
        text.withUTF8Buffer { appendJSONEscaped($0) }
    }

    mutating func appendJSONEscaped(_ utf8: UnsafeBufferPointer<UInt8>) {
        if appendIfShortAndPlain(utf8, { $0 >= 0x20 && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") }) { return }
        JSONEscaping.walk(utf8, copy: { append($0) }, escape: { append($0) })
    }

    /// Names, ids, types and labels are short and need no escape: copied byte by byte while
    /// checked, which costs less than setting up an escaper's word-wise walk. Appends all of
    /// `utf8` and returns true when it is at most 24 bytes and every byte `isPlain`; else
    /// appends nothing.
    @inline(__always)
    mutating func appendIfShortAndPlain(_ utf8: UnsafeBufferPointer<UInt8>, _ isPlain: (UInt8) -> Bool) -> Bool {
        guard utf8.count <= 24 else { return false }
        if count + utf8.count > capacity { grow(toAtLeast: count + utf8.count) }
        for index in 0..<utf8.count {
            guard isPlain(utf8[index]) else { return false }
            start[count + index] = utf8[index]
        }
        count += utf8.count
        return true
    }
}
