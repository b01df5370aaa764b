import Foundation

/// Demonyms and national adjectives ("Ukrainian", "South Korean") → ISO country code.
struct Demonyms: Sendable {
    private var countryByKey: [UInt64: String] = [:]
    /// The most words a demonym has.
    private(set) var longestName = 1

    static let bundled: Result<Demonyms, Error> = Result {
        guard let url = Bundle.module.url(forResource: "demonyms", withExtension: "tsv", subdirectory: "Resources") else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSLocalizedDescriptionKey: "bundled demonyms.tsv is missing"])
        }
        var demonyms = Demonyms()
        for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t")
            guard fields.count == 2 else { continue }
            for name in fields[0].split(separator: "|") {
                demonyms.countryByKey[NameKey.of(String(name))] = String(fields[1])
                demonyms.longestName = max(demonyms.longestName, name.split(separator: " ").count)
            }
        }
        return demonyms
    }

    func country(for key: UInt64) -> String? { countryByKey[key] }
}
