extension RandomAccessCollection where Index == Int {
    /// The first index from `start` on where `isPast` holds, for a predicate that, once it
    /// holds, holds for every later element (sorted tokens, offsets, spans): a binary search.
    @inlinable
    public func partitionIndex(from start: Int? = nil, where isPast: (Element) -> Bool) -> Int {
        var low = start ?? startIndex
        var high = endIndex
        while low < high {
            let middle = low + (high - low) / 2
            if isPast(self[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
