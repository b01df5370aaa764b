import Foundation
import GlossCore
import GlossExternal
import Testing

/// The two external annotators in Examples/, run over Examples/documents.
@Suite struct ExampleTests {
    static let documents = ["city-council", "climate-summit", "market-report"].map { name in
        Document(id: name, text: try! String(contentsOf: ExternalRun.examples.appendingPathComponent("documents/\(name).txt"), encoding: .utf8))
    }

    @Test func pythonHashtagsExample() throws {
        let yaml = """
            pipeline:
              - id: social
                kind: command
                options:
                  command: [python3, hashtags.py]
            """
        let configuration = try ExternalRun.load(yaml, directory: ExternalRun.examples.appendingPathComponent("python-annotator"))
        let results = ExternalRun.annotate(Self.documents, with: configuration)
        let found = try results.map { try $0.get().annotations.map { "\($0.type) \($0.text)" } }
        #expect(found[0] == ["shouting LATE", "hashtag #EnchentesRS"])
        #expect(found[1] == ["shouting STALLED", "hashtag #ClimateAction", "hashtag #COP", "mention @UNFCCC"])
        #expect(found[2] == ["shouting SELL", "mention @market_mole", "hashtag #AcmeExit"])
    }

    /// spaCy's en_core_web_sm through Examples/spacy-annotator/spacy_entities.py, with the
    /// virtualenv that Scripts/test.sh builds from Tests/GlossExternalTests/requirements.txt.
    @Test func spacyEntitiesExample() throws {
        guard let python = ProcessInfo.processInfo.environment["GLOSS_PYTHON"] else {
            Issue.record("GLOSS_PYTHON is not set: run Scripts/test.sh, which installs spaCy into .venv-test and sets it")
            return
        }
        let yaml = """
            pipeline:
              - id: spacy
                kind: command
                options:
                  command: [\(python), spacy_entities.py]
                  startup_timeout: 300
            """
        let configuration = try ExternalRun.load(yaml, directory: ExternalRun.examples.appendingPathComponent("spacy-annotator"))
        #expect(configuration.pipeline.steps[0].annotator.emittedTypes == ["entity"])
        let results = ExternalRun.annotate(Self.documents, with: configuration)
        var entities = Set<String>()
        for result in results {
            for annotation in try result.get().annotations {
                #expect(annotation.type == "entity")
                guard case .string(let label)? = annotation[attribute: "label"] else {
                    Issue.record("no label on \(annotation)")
                    continue
                }
                entities.insert("\(label) \(annotation.text)")
            }
        }
        // Names after non-ASCII text (Sebastião, Zoë Ångström) prove the offsets are code points.
        for expected in ["PERSON Sebastião Melo", "PERSON Zoë Ångström", "GPE Nairobi", "PERSON Soipan Tuya", "ORG the European Union",
                         "DATE Monday", "GPE London"] {
            #expect(entities.contains(expected), "\(expected) not in \(entities.sorted())")
        }
    }
}
