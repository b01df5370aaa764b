import Foundation
import GlossCore
@testable import GlossLocations
import Testing

/// Speed, measured in process: gazetteer load time and annotation throughput over more
/// than 10 MB of news-like text (the seed articles' sentences shuffled with place-dense
/// sentences). Run in release for the numbers the docs quote:
/// `swift test -c release --filter LocationsSpeedTests`.
@Suite(.serialized) struct LocationsSpeedTests {
    @Test func gazetteerLoadsQuickly() throws {
        // CPU time of this thread, not wall time: the machine is shared, and waiting for a
        // core is not start-up cost.
        var fastest = Double.infinity
        var placeCount = 0
        for _ in 0..<5 {
            let start = Self.threadCPUMilliseconds()
            var gazetteer = Gazetteer()
            try gazetteer.load(resource: "gazetteer", separator: UInt8(ascii: "\t"))
            fastest = min(fastest, Self.threadCPUMilliseconds() - start)
            placeCount = gazetteer.places.count
        }
        print("locations: gazetteer of \(placeCount) places loads in \(String(format: "%.1f", fastest)) ms CPU (fastest of 5)")
        #expect(placeCount > 30_000)
        #if !DEBUG
        #expect(fastest <= 50)
        #endif
    }

    static func threadCPUMilliseconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) * 1000 + Double(time.tv_nsec) / 1e6
    }

    @Test func throughput() throws {
        let seeds = try SeedGoldTests.seeds().map(\.text)
        var sentences = seeds.flatMap { $0.split(separator: "\n").map(String.init) }
        sentences += TrickySentenceTests.cases.map(\.text)
        var generator = SystemRandomNumberGenerator()
        var corpus = [String]()
        var size = 0
        while size < 10_500_000 {
            var document = ""
            for _ in 0..<40 { document += sentences.randomElement(using: &generator)! + (Bool.random() ? " " : "\n") }
            size += document.utf8.count
            corpus.append(document)
        }
        let harness = try LocationsHarness(options: "{demonyms: true}")
        let start = Self.threadCPUMilliseconds()
        var found = 0
        for document in corpus { found += try harness.run(document).count }
        let seconds = (Self.threadCPUMilliseconds() - start) / 1000
        print("locations: \(String(format: "%.1f", Double(size) / 1e6)) MB, \(corpus.count) documents, \(found) annotations in \(String(format: "%.2f", seconds)) s CPU = \(String(format: "%.2f", Double(size) / 1e6 / seconds)) MB/s on one thread (tokens and sentences included)")
        #expect(found > 0)
    }
}
