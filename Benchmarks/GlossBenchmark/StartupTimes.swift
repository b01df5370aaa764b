import Foundation
import Gloss

/// Start-up cost of an annotator kind: CPU time of loading a one-annotator pipeline of that
/// kind, less the same with `sentences` (YAML, registry, options). Data an annotator loads
/// once per process (the `locations` gazetteer) would be free the second time, so each
/// sample runs in a fresh copy of this program.
enum StartupTimes {
    private static let probeVariable = "GLOSS_BENCH_STARTUP_PROBE"

    /// Fastest of `runs` fresh processes, in CPU milliseconds. In such a process (the probe
    /// variable names the kind), prints its own sample and exits instead.
    static func creationMilliseconds(of kind: String, runs: Int = 5) -> Double {
        if let probed = ProcessInfo.processInfo.environment[probeVariable] {
            print(probe(probed))
            exit(0)
        }
        guard let executable = Bundle.main.executableURL else { fatalError("cannot find the gloss-bench executable") }
        return (0..<runs).map { _ in
            let process = Process()
            let output = Pipe()
            process.executableURL = executable
            process.environment = ProcessInfo.processInfo.environment.merging([probeVariable: kind]) { $1 }
            process.standardOutput = output
            do { try process.run() } catch { fatalError("cannot start \(executable.path): \(error)") }
            let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            guard process.terminationStatus == 0, let sample = Double(printed.trimmingCharacters(in: .whitespacesAndNewlines)) else {
                fatalError("start-up probe of '\(kind)' failed: \(printed)")
            }
            return sample
        }.min() ?? .nan
    }

    private static func probe(_ kind: String) -> Double {
        let loader = ConfigurationLoader(registry: .builtIn, formats: ["json"])
        func load(_ kind: String) -> Double {
            1000 * seconds {
                do {
                    _ = try loader.load(yaml: "pipeline:\n  - {id: probe, kind: \(kind)}\n", file: "bench", directory: "/tmp")
                } catch {
                    fatalError("\(error)")
                }
            }
        }
        _ = load("sentences")  // the first load pays for what every kind shares
        let baseline = load("sentences")
        return load(kind) - baseline
    }
}
