import GlossCore
@testable import GlossFigures
import Testing

/// Options read through the core's configuration loader, with a registry holding only the
/// figures annotator: bad values are errors with file, line and column.
@Suite struct OptionTests {
    private func load(_ options: String) throws(ConfigErrors) -> Configuration {
        var registry = AnnotatorRegistry()
        registry.register(FiguresAnnotator.self)
        let yaml = """
            pipeline:
              - id: figures
                kind: figures
                options: \(options)
            """
        return try ConfigurationLoader(registry: registry, formats: ["json"]).load(yaml: yaml, file: "annotations.yaml", directory: "/tmp")
    }

    private func errors(_ options: String) -> [ConfigError] {
        do {
            _ = try load(options)
            return []
        } catch {
            return error.errors
        }
    }

    @Test func aValidConfigurationLoads() throws {
        let configuration = try load("{categories: [money, percent], date_order: mdy, bare_years: false}")
        #expect(configuration.pipeline.steps.map(\.id) == ["figures"])
    }

    @Test func anUnknownCategoryIsAnErrorAtItsPosition() throws {
        let found = errors("{categories: [money, monies]}")
        let error = try #require(found.first)
        #expect(found.count == 1)
        #expect(error.location.line == 4)
        #expect(error.location.column > 1)
        #expect(error.description.contains("monies"))
        #expect(error.description.hasPrefix("annotations.yaml:4:"))
    }

    @Test func anEmptyCategoryListIsAnError() {
        #expect(errors("{categories: []}").first?.description.contains("no category chosen") == true)
    }

    @Test func aBadDateOrderIsAnError() {
        #expect(errors("{date_order: dym}").first?.location.line == 4)
    }

    @Test func anExtraUnitWithoutFormsIsAnError() {
        #expect(!errors("{extra_units: [{name: thousand cubic feet}]}").isEmpty)
    }

    @Test func extraUnitsAreRecognised() throws {
        let harness = try FiguresHarness(options: "{extra_units: [{name: thousand cubic feet, dimension: volume, forms: [mcf]}, {name: lakh tonne, forms: [LMT], ambiguous: true}]}")
        let gas = try #require(try harness.figures(in: "The field produced 500 mcf of gas a day.").first)
        #expect(gas.text == "500 mcf")
        #expect(gas.category == "quantity")
        #expect(gas.attributes["unit"]?.stringValue == "thousand cubic feet")
        #expect(gas.attributes["dimension"]?.stringValue == "volume")
        let grain = try harness.figures(in: "Stocks reached 12LMT, not 12 LMT.").map { "\($0.text)|\($0.attributes["unit"]?.stringValue ?? "-")" }
        #expect(grain == ["12LMT|lakh tonne", "12|-"])
    }
}
