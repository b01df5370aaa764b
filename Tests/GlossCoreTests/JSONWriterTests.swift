import Foundation
import Testing
@testable import GlossCore

@Suite struct JSONWriterTests {
    @Test func writesValidEscapedJSONThatFoundationReadsBack() throws {
        var json = JSONWriter()
        json.beginObject()
        json.key("text"); json.string("quote \" backslash \\ newline \n tab \t cr \r nul \u{0} bell \u{7} emoji 👍🏽")
        json.key("numbers"); json.beginArray(); json.integer(-3); json.number(0.1); json.number(2.5e-7); json.number(1e21); json.number(.nan); json.endArray()
        json.key("empty"); json.beginObject(); json.endObject()
        json.endObject()
        let object = try #require(JSONSerialization.jsonObject(with: Data(json.bytes)) as? [String: Any])
        #expect(object["text"] as? String == "quote \" backslash \\ newline \n tab \t cr \r nul \u{0} bell \u{7} emoji 👍🏽")
        let numbers = try #require(object["numbers"] as? [Any])
        #expect((numbers[1] as? Double) == 0.1)
        #expect((numbers[2] as? Double) == 2.5e-7)
        #expect(numbers[4] is NSNull)
    }
}
