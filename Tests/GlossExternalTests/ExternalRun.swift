import Foundation
import GlossCore
import GlossExternal
import Testing

/// Runs a real pipeline with the `command` kind over documents, as `gloss annotate` does.
enum ExternalRun {
    static let fixtures = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
    /// The repository's Examples folder.
    static let examples = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Examples")

    static var registry: AnnotatorRegistry {
        var registry = AnnotatorRegistry()
        registry.register(ExternalAnnotator.self)
        return registry
    }

    /// A one-step pipeline running `fake_annotator.py` with these extra options.
    static func fakeConfiguration(_ extraOptions: String = "", arguments: String = "", timeout: Double = 1.5) -> String {
        """
        pipeline:
          - id: fake
            kind: command
            options:
              command: [python3, fake_annotator.py\(arguments)]
              timeout: \(timeout)
        \(extraOptions.split(separator: "\n").map { "      " + $0 }.joined(separator: "\n"))
        """
    }

    static func load(_ yaml: String, directory: URL = fixtures, allowsCommands: Bool = true) throws(ConfigErrors) -> Configuration {
        try ConfigurationLoader(registry: registry, formats: ["json"], allowsCommands: allowsCommands)
            .load(yaml: yaml, file: "test.yaml", directory: directory.path)
    }

    /// Every document's result, in input order, with documents on `jobs` threads.
    static func annotate(_ documents: [Document], with configuration: Configuration, jobs: Int = 2) -> [Result<AnnotatedDocument, DocumentError>] {
        var results = [Result<AnnotatedDocument, DocumentError>]()
        let pipeline = configuration.pipeline
        ParallelRunner(jobs: jobs).run(documents, work: { document in
            Result { () throws(DocumentError) in try pipeline.annotate(document) }
        }) { results.append($0) }
        return results
    }

    /// The capitalised words the fake annotator should find, as (start, end, text) in code points.
    static func expectedWords(in text: String) -> [(Int, Int, String)] {
        var words = [(Int, Int, String)]()
        var current = [Unicode.Scalar](), start = 0
        func flush(at end: Int) {
            if let first = current.first, first.properties.isUppercase {
                words.append((start, end, String(String.UnicodeScalarView(current))))
            }
            current = []
        }
        for (offset, scalar) in text.unicodeScalars.enumerated() {
            if scalar.properties.isAlphabetic || (scalar.properties.numericType != nil && !current.isEmpty) {
                if current.isEmpty { start = offset }
                current.append(scalar)
            } else {
                flush(at: offset)
            }
        }
        flush(at: text.unicodeScalars.count)
        return words
    }

    /// Checks that a document got exactly the fake annotator's correct words; returns their pids.
    @discardableResult
    static func expectComplete(_ result: Result<AnnotatedDocument, DocumentError>, _ document: Document) -> Set<Int> {
        guard case .success(let annotated) = result else {
            Issue.record("\(document.id) failed: \(result)")
            return []
        }
        let found = annotated.annotations.map { ($0.start, $0.end, $0.text) }
        let expected = expectedWords(in: document.text)
        #expect(found.map(\.0) == expected.map(\.0) && found.map(\.1) == expected.map(\.1) && found.map(\.2) == expected.map(\.2),
                "\(document.id): \(found) != \(expected)")
        return Set(annotated.annotations.compactMap { annotation -> Int? in
            if case .integer(let pid)? = annotation[attribute: "pid"] { return pid }
            return nil
        })
    }
}
