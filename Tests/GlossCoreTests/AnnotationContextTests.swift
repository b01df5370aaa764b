import Testing
@testable import GlossCore

@Suite struct AnnotationContextTests {
    /// Slices that cut inside a grapheme cluster still hold exactly the covered scalars.
    @Test func textIsTheExactSliceEvenInsideACharacter() throws {
        let text = "Cafe\u{301} 👍🏽 ok\r\nnext"
        let context = AnnotationContext(document: Document(id: "d", text: text))
        context.annotatorID = "probe"
        let utf8 = Array(text.utf8)
        let accent = context.add("mark", bytes: 4..<6)  // U+0301 alone, after its base letter
        let thumb = context.add("emoji", bytes: 7..<11)  // the thumb without its skin tone
        let lineBreak = context.add("break", bytes: (utf8.count - 6)..<(utf8.count - 4))
        let scalars = Array(text.unicodeScalars)
        for (id, expected) in [(accent, "\u{301}"), (thumb, "👍"), (lineBreak, "\r\n")] {
            let annotation = try #require(context.annotation(withID: id))
            #expect(annotation.text.unicodeScalars.elementsEqual(expected.unicodeScalars))
            #expect(annotation.text.unicodeScalars.elementsEqual(scalars[annotation.start..<annotation.end]))
        }
        #expect([accent, thumb, lineBreak] == ["probe-1", "probe-2", "probe-3"])
    }

    @Test func idsCountPerAnnotatorAcrossSwitches() {
        let context = AnnotationContext(document: Document(id: "d", text: "one two"))
        context.annotatorID = "a"
        let first = context.add("x", bytes: 0..<3)
        context.annotatorID = "b"
        let second = context.add("x", bytes: 4..<7)
        context.annotatorID = "a"
        let third = context.add("x", bytes: 4..<7)
        #expect([first, second, third] == ["a-1", "b-1", "a-2"])
    }

    /// Switching to an annotator that made nothing yet and back keeps the counts.
    @Test func idsCountOnAfterAnAnnotatorThatAddedNothing() {
        let context = AnnotationContext(document: Document(id: "d", text: "one two"))
        context.annotatorID = "a"
        context.annotatorID = "b"
        let first = context.add("x", bytes: 0..<3)
        context.annotatorID = "a"
        context.annotatorID = "b"
        #expect([first, context.add("x", bytes: 4..<7)] == ["b-1", "b-2"])
    }

    /// An attribute set by position lands on the annotation added at that position.
    @Test func attributeSetByPositionReachesThatAnnotation() throws {
        let context = AnnotationContext(document: Document(id: "d", text: "one two"))
        context.annotatorID = "a"
        let firstPosition = context.annotationCount
        let first = context.add("x", bytes: 0..<3)
        let second = context.add("x", bytes: 4..<7)
        #expect(context.annotationCount == firstPosition + 2)
        context.setAttribute("next", .reference(second), onAnnotationAt: firstPosition)
        #expect(try #require(context.annotation(withID: first))[attribute: "next"] == .reference(second))
        #expect(try #require(context.annotation(withID: second))[attribute: "next"] == nil)
    }
}
