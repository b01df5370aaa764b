import Foundation

/// Data files shipped in the target's `Resources` folder.
enum BundledResource {
    static func bytes(_ name: String) -> [UInt8] {
        guard let url = Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Resources"),
              let data = try? Data(contentsOf: url)
        else { fatalError("GlossSentiment's resource \(name).txt is missing from its bundle") }
        return [UInt8](data)
    }
}
