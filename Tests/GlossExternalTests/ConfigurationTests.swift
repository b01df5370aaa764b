import Foundation
import GlossCore
import GlossExternal
import Testing

/// What the `command` kind checks before any document is read.
@Suite struct ConfigurationTests {
    @Test func runningAProgramNeedsTheOptIn() throws {
        #expect {
            _ = try ExternalRun.load(ExternalRun.fakeConfiguration(), allowsCommands: false)
        } throws: { error in
            // Line 5 is the `command:` value in the generated configuration.
            "\(error)" == "test.yaml:5:16: error: running external programs needs --allow-commands; this configuration runs "
                + "`python3 fake_annotator.py`; a configuration that runs commands is code, so pass --allow-commands only if you trust it"
        }
    }

    @Test func aProgramSpeakingAnotherProtocolVersionIsAConfigurationError() throws {
        #expect {
            _ = try ExternalRun.load(ExternalRun.fakeConfiguration(arguments: ", old-protocol"))
        } throws: { error in
            "\(error)".hasPrefix("test.yaml:5:16: error: `python3 fake_annotator.py old-protocol` broke the annotator protocol "
                + "(docs/extending.md) answering the handshake: it speaks protocol version 2; this Gloss speaks version 1")
        }
    }

    @Test func aMissingProgramIsAConfigurationError() throws {
        let yaml = ExternalRun.fakeConfiguration().replacingOccurrences(of: "[python3, ", with: "[./no-such-tool, ")
        #expect {
            _ = try ExternalRun.load(yaml)
        } throws: { error in
            "\(error)".hasPrefix("test.yaml:5:16: error: cannot find the program './no-such-tool'; a program path is relative to 'directory'")
        }
    }

    @Test func theHandshakeDeclaresTheTypesAndAttributesKeepTheirJSONTypes() throws {
        let configuration = try ExternalRun.load(ExternalRun.fakeConfiguration())
        #expect(configuration.pipeline.steps.map(\.annotator.emittedTypes) == [["word"]])
        let document = Document(id: "d", text: "🙂 Hello")
        let annotated = try configuration.pipeline.annotate(document)
        let word = try #require(annotated.annotations.first)
        #expect((word.type, word.start, word.end, word.text, word.annotator) == ("word", 2, 7, "Hello", "fake"))
        #expect(word[attribute: "length"] == .integer(5))
        #expect(word[attribute: "score"] == .number(0.5))
        #expect(word[attribute: "upper"] == .bool(false))
        #expect(word[attribute: "tags"] == .list([.string("a"), .integer(1)]))
        #expect(word[attribute: "note"] == nil, "JSON null is dropped")
    }
}
