import ArgumentParser
import GlossCore

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate a configuration without reading any document.",
        discussion: "Prints every problem as file:line:column: error: … and exits 2, or prints a summary and exits 0.")

    @OptionGroup var options: ConfigOptions

    func run() throws {
        let configuration = try options.load()
        let steps = configuration.pipeline.steps.map { "\($0.id) (\($0.kind))" }.joined(separator: ", ")
        print("\(configuration.file): ok — \(configuration.pipeline.steps.count) annotator(s): \(steps); output: \(configuration.output.formats.joined(separator: ", ")) → \(configuration.output.directory)")
    }
}
