import Foundation
import GlossCore
@testable import GlossFigures
import Testing

/// Runs a figures annotator configured from YAML options over texts.
struct FiguresHarness {
    let annotator: FiguresAnnotator

    init(options yaml: String = "{}") throws {
        annotator = try FiguresAnnotator.make(options: yaml)
    }

    func figures(in text: String) throws -> [Annotation] {
        try annotator.annotations(in: text).filter { $0.type == "figure" }
    }
}

enum Fixtures {
    static func jsonLines(_ name: String) throws -> [[String: Any]] {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: "jsonl", subdirectory: "Fixtures"))
        let text = try String(contentsOf: url, encoding: .utf8)
        return try text.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
    }
}

extension Annotation {
    var category: String? { attributes["category"]?.stringValue }
    var number: Double? { attributes["value"]?.doubleValue }
    var dateValue: String? { attributes["value"]?.stringValue }
}

/// Equal up to the rounding of decimal fractions written in the specs ("0.666666666666667").
func sameValue(_ a: Double, _ b: Double) -> Bool {
    abs(a - b) <= max(1e-9, 1e-9 * max(abs(a), abs(b)))
}
