import Foundation
import Gloss

/// Per-document cost of an external (`command`) annotator: the same small documents through
/// `sentences` alone and through `sentences` plus the Python example
/// (Examples/python-annotator/hashtags.py), one job, wall time (the program runs in its
/// own process), best of three runs.
enum ExternalOverhead {
    static func milliseconds(repository: URL, documents count: Int = 2000) -> (perDocument: Double, documents: Int) {
        let example = repository.appendingPathComponent("Examples/python-annotator").path
        let baseline = pipeline("pipeline:\n  - {id: sentences, kind: sentences}\n", directory: example)
        let external = pipeline("""
            pipeline:
              - {id: sentences, kind: sentences}
              - {id: social, kind: command, options: {command: [python3, hashtags.py]}}
            """, directory: example)
        var generator = CorpusGenerator(seed: 99)
        let documents = (0..<count).map { InputItem.text(Document(id: "d\($0)", text: generator.article())) }
        func best(_ pipeline: Pipeline) -> Double {
            (0..<3).map { _ in
                wallSeconds {
                    _ = AnnotationRun(pipeline: pipeline, exporters: [], jobs: 1, maxFileSize: .max)
                        .stream(documents, encode: { _ in [] }, makeErrorLine: { _ in [] }, output: { _ in }, onError: { _ in })
                }
            }.min()!
        }
        return ((best(external) - best(baseline)) / Double(count) * 1000, count)
    }

    private static func pipeline(_ yaml: String, directory: String) -> Pipeline {
        do {
            return try ConfigurationLoader(registry: .builtIn, formats: ["json"], allowsCommands: true)
                .load(yaml: yaml, file: "external-overhead.yaml", directory: directory).pipeline
        } catch {
            fatalError("\(error)")
        }
    }
}
