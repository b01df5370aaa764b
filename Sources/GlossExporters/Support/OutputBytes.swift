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
        DecimalDigits.withDigits(of: value) { append($0) }
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
        // Names, ids, types and labels are short and clean: copied byte by byte while checked,
        // which costs less than setting up the word-wise walk.
        if utf8.count <= 24 {
            if count + utf8.count > capacity { grow(toAtLeast: count + utf8.count) }
            var index = 0
            while index < utf8.count {
                let byte = utf8[index]
                guard byte >= 0x20, byte != UInt8(ascii: "\""), byte != UInt8(ascii: "\\") else { break }
                start[count + index] = byte
                index += 1
            }
            if index == utf8.count { count += index; return }
        }
        JSONEscaping.walk(utf8, copy: { append($0) }, escape: { append($0) })
    }
}
