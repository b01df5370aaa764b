import GlossCore
import Testing

/// Digits that name or number things rather than count them (docs/annotators/figures.md,
/// "What is not a figure"), and the `code` category that brings them back.
@Suite struct NotAFigureTests {
    private func texts(_ sentence: String, options: String = "{}") throws -> [String] {
        try FiguresHarness(options: options).figures(in: sentence).map(\.text)
    }

    @Test(arguments: [
        "Cases of COVID-19 rose again in the capital.",
        "The air force flew its F-16 jets over the city.",
        "Leaders of the G7 met in Hiroshima.",
        "The airline grounded every Boeing 737 it owns.",
        "Traffic on the A4 road was stopped by police.",
        "Call the newsroom on 020-7946-0958 or +44 20 7946 0958.",
        "The server at 192.168.1.2 went down.",
        "The rule is set out in section 4 of the treaty.",
        "The plane was flight 17 to Kuala Lumpur.",
        "The meeting starts at 18:30 in Geneva.",
    ])
    func namesCodesAndNumbersAreNotFigures(sentence: String) throws {
        #expect(try texts(sentence).isEmpty, "\(sentence)")
    }

    @Test func listMarkersAreNotFigures() throws {
        let text = "The plan has three parts:\n1. a ceasefire\n2) an exchange of prisoners\n3. elections within 90 days"
        #expect(try texts(text) == ["three", "90 days"])
    }

    @Test func codesAreEmittedWhenAskedFor() throws {
        let figures = try FiguresHarness(options: "{categories: [code, cardinal]}").figures(in: "The airline grounded 40 of its Boeing 737 jets.")
        #expect(figures.map(\.text) == ["40", "737"])
        #expect(figures.map(\.category) == ["cardinal", "code"])
    }

    @Test func yearsAfterPrepositionsStayDatesButNotWithoutThem() throws {
        #expect(try texts("Fighting has gone on since 2014.") == ["2014"])
        #expect(try texts("Fighting has gone on since 2014.", options: "{bare_years: false}").isEmpty)
    }
}
