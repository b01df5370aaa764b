import Foundation
import GlossCore
import GlossExternal
import Testing

/// Each way an external program can misbehave fails only the document it was answering,
/// with a message naming the program and the problem; the program is restarted and every
/// other document comes out complete.
@Suite struct FailureTests {
    static let documents = [
        Document(id: "one", text: "Zoë Ångström met Bob in Łódź 🙂 on Monday."),
        Document(id: "two", text: "Plain ASCII: Reuters says Acme fell."),
        Document(id: "bad", text: "🙂 Über CHANGE here <TRIGGER> — Señora Núñez too."),
        Document(id: "four", text: "🇺🇦 Kyiv and 東京 Tokyo, 2024."),
        Document(id: "five", text: "Last One standing."),
    ]

    struct Case: CustomTestStringConvertible, Sendable {
        let trigger: String
        let message: [String]
        var testDescription: String { trigger }
    }

    static let cases: [Case] = [
        Case(trigger: "crash", message: ["exited with status 3 before answering this document", "ZeroDivisionError"]),
        Case(trigger: "hang", message: ["did not answer this document within 1.5 s; it was stopped"]),
        Case(trigger: "badjson", message: ["broke the annotator protocol", "invalid JSON: '{\"id\": \"bad\", \"annotations\": ['"]),
        Case(trigger: "badspan", message: ["annotations[4] span [3, 53) is outside the document (48 code points)"]),
        // The fake counts UTF-16 units here, which the emoji at the start shifts by one.
        Case(trigger: "mismatch", message: ["annotations[0] says [3, 7) is \"Über\" but the document has \"ber \" there (offsets must count Unicode code points)"]),
        Case(trigger: "undeclared", message: ["annotations[0] has type 'sentence', which its handshake did not declare (declared: word)"]),
        Case(trigger: "wrongid", message: ["it answered for document 'someone-else', not 'bad'"]),
    ]

    @Test(arguments: cases)
    func failsOnlyThatDocumentAndRestarts(_ failure: Case) throws {
        let documents = Self.documents.map { Document(id: $0.id, text: $0.text.replacingOccurrences(of: "TRIGGER", with: failure.trigger)) }
        let configuration = try ExternalRun.load(ExternalRun.fakeConfiguration())
        // One thread, so "before" and "after" the failure are well defined for the restart check.
        let results = ExternalRun.annotate(documents, with: configuration, jobs: 1)

        guard case .failure(let error) = results[2] else {
            Issue.record("the '\(failure.trigger)' document did not fail")
            return
        }
        let message = error.description
        #expect(message.hasPrefix("bad: error: annotator 'fake' failed: `python3 fake_annotator.py` "), "\(message)")
        for part in failure.message { #expect(message.contains(part), "\(message) lacks \(part)") }
        #expect(message.hasSuffix("a new copy is started for the next document"), "\(message)")

        let before = ExternalRun.expectComplete(results[0], documents[0]).union(ExternalRun.expectComplete(results[1], documents[1]))
        let after = ExternalRun.expectComplete(results[3], documents[3]).union(ExternalRun.expectComplete(results[4], documents[4]))
        #expect(before.count == 1 && after.count == 1 && before != after, "expected a restart: pids \(before) then \(after)")
    }

    @Test func aReportedErrorFailsTheDocumentWithoutARestart() throws {
        let documents = Self.documents.map { Document(id: $0.id, text: $0.text.replacingOccurrences(of: "TRIGGER", with: "refuse")) }
        let results = ExternalRun.annotate(documents, with: try ExternalRun.load(ExternalRun.fakeConfiguration()), jobs: 1)
        guard case .failure(let error) = results[2] else {
            Issue.record("the refused document did not fail")
            return
        }
        #expect(error.description == "bad: error: annotator 'fake' failed: `python3 fake_annotator.py` could not annotate this document: this document is in a language I do not know")
        let pids = [0, 1, 3, 4].map { ExternalRun.expectComplete(results[$0], documents[$0]) }
        #expect(Set(pids).count == 1, "the program kept running: \(pids)")
    }

    @Test func manyThreadsAndCopiesKeepEveryOtherDocumentComplete() throws {
        let documents = (0..<120).map { index in
            Document(id: "doc\(index)", text: index % 40 == 7 ? "Broken <crash> Here" : "Număr \(index): Ana și Ștefan 🙂 au plecat. Grüße aus Köln!")
        }
        let configuration = try ExternalRun.load(ExternalRun.fakeConfiguration("processes: 2"))
        let results = ExternalRun.annotate(documents, with: configuration, jobs: 4)
        var pids = Set<Int>()
        for (document, result) in zip(documents, results) {
            if document.text.contains("<crash>") {
                guard case .failure(let error) = result else { Issue.record("\(document.id) should fail"); continue }
                #expect(error.description.contains("exited with status 3"))
            } else {
                pids.formUnion(ExternalRun.expectComplete(result, document))
            }
        }
        // Two copies from the start, plus one restart for each of the three crashes.
        #expect(pids.count >= 3 && pids.count <= 5, "pids: \(pids)")
    }

    @Test func aLargeDocumentDoesNotBlockOnFullBuffers() throws {
        let paragraph = "große worte von zoë in zürich, 🙂 dann Stille. "
        let document = Document(id: "large", text: String(repeating: paragraph, count: 8_000))  // 390 KB, over any socket buffer
        let configuration = try ExternalRun.load(ExternalRun.fakeConfiguration(timeout: 60))
        let results = ExternalRun.annotate([document], with: configuration)
        ExternalRun.expectComplete(results[0], document)
    }
}
