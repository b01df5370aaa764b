/// Where the tokenizer writes its tokens: raw memory that doubles when full, turned into an
/// array at the end. `Array.append` checks, on every token, that the array is not shared
/// (a runtime call) and has room.
struct TokenSink: ~Copyable {
    private var base: UnsafeMutablePointer<Token>
    private var capacity: Int
    private var count = 0

    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }

    @inline(__always)
    mutating func append(_ token: Token) {
        if count == capacity { grow() }
        (base + count).initialize(to: token)
        count += 1
    }

    private mutating func grow() {
        let larger = UnsafeMutablePointer<Token>.allocate(capacity: capacity * 2)
        larger.moveInitialize(from: base, count: count)
        base.deallocate()
        base = larger
        capacity *= 2
    }

    var tokens: [Token] { Array(UnsafeBufferPointer(start: base, count: count)) }
}
