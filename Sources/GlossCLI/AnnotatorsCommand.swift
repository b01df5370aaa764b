import ArgumentParser
import GlossCore

struct AnnotatorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annotators",
        abstract: "List the annotator kinds a configuration can name, with their options, types and defaults.")

    func run() throws {
        for kind in GlossEnvironment.annotators.all {
            let description = kind.description
            print("\(description.kind) — \(description.summary)")
            print("  emits: " + (description.emits.isEmpty ? "(declared by the program at start-up)" : description.emits.joined(separator: ", ")))
            printOptions(description.options, indent: "  ")
            print("")
        }
        print("output formats: " + GlossEnvironment.exporters.all.map { "\($0.name) (\($0.summary))" }.joined(separator: "; "))
    }

    private func printOptions(_ specs: [OptionSpec], indent: String) {
        for spec in specs {
            var line = "\(indent)\(spec.name): \(spec.type.summary)"
            if spec.required { line += " (required)" } else if let value = spec.defaultValue { line += " = \(value.displayText)" }
            print(line)
            print("\(indent)    \(spec.help)")
            if case .list(.object(let nested)) = spec.type { printOptions(nested, indent: indent + "    ") }
            if case .object(let nested) = spec.type { printOptions(nested, indent: indent + "    ") }
        }
    }
}
