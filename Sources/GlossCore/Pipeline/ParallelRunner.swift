import Dispatch
import Synchronization

/// Runs work over items on `jobs` threads and hands results back in input order, a
/// window at a time, so memory stays bounded however many items stream through.
public struct ParallelRunner: Sendable {
    public let jobs: Int
    public let window: Int

    public init(jobs: Int, window: Int? = nil) {
        self.jobs = max(1, jobs)
        self.window = window ?? max(1, jobs) * 32
    }

    public func run<Input: Sendable, Output: Sendable>(
        _ inputs: some Sequence<Input>,
        work: @escaping @Sendable (Input) -> Output,
        deliver: (Output) throws -> Void
    ) rethrows {
        var iterator = inputs.makeIterator()
        while true {
            var batch = [Input]()
            batch.reserveCapacity(window)
            while batch.count < window, let next = iterator.next() { batch.append(next) }
            if batch.isEmpty { return }
            for output in process(batch, work: work) { try deliver(output) }
        }
    }

    private func process<Input: Sendable, Output: Sendable>(_ batch: [Input], work: @escaping @Sendable (Input) -> Output) -> [Output] {
        if jobs == 1 || batch.count == 1 { return batch.map(work) }
        let results = ResultSlots<Output>(count: batch.count)
        let next = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: min(jobs, batch.count)) { _ in
            while true {
                let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
                guard index < batch.count else { return }
                results.store(work(batch[index]), at: index)
            }
        }
        return results.collect()
    }
}

/// One slot per input; each slot is written by exactly one worker before `collect`.
private final class ResultSlots<Output>: @unchecked Sendable {
    private let slots: UnsafeMutablePointer<Output?>
    private let count: Int

    init(count: Int) {
        self.count = count
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil, count: count)
    }

    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
    }

    func store(_ output: Output, at index: Int) { slots[index] = output }

    func collect() -> [Output] { (0..<count).map { slots[$0]! } }
}
