extension StringProtocol {
    /// The UTF-8 bytes without a copy (native Strings and Substrings are contiguous UTF-8;
    /// a bridged one is copied). Unlike `String.withUTF8`, needs no mutable copy.
    @inlinable
    public func withUTF8Buffer<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(utf8).withUnsafeBufferPointer(body)
    }
}
