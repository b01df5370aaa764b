import ArgumentParser
import Foundation
import GlossCore

struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema of annotations.yaml for this build's annotators (for editors).",
        discussion: "The repository's docs/schema/annotations.schema.json is this output for the built-in annotators.")

    func run() throws {
        FileHandle.standardOutput.write(Data(ConfigurationJSONSchema.make(
            registry: GlossEnvironment.annotators, formats: GlossEnvironment.exporters.names)))
    }
}
