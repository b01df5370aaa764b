import Foundation

/// One input to annotate: a file with the document id it will get, or a problem found
/// while looking for inputs (a missing path, a folder with no matching files).
public enum InputItem: Sendable {
    case file(path: String, id: String)
    case text(Document)
    case failure(DocumentError)
}

/// Expands the inputs of a run into files, in a deterministic order: inputs in the order
/// given, and each folder's files sorted by relative path.
public struct InputCollector: Sendable {
    public let include: [Glob]
    public let exclude: [Glob]

    public init(include: [String], exclude: [String]) {
        self.include = include.map(Glob.init)
        self.exclude = exclude.map(Glob.init)
    }

    public func collect(_ paths: [String]) -> [InputItem] {
        var items = [InputItem]()
        var firstSourceByID = [String: String]()
        for path in paths {
            for item in expand(path) {
                if case .file(let file, let id) = item {
                    if let first = firstSourceByID[id] {
                        items.append(.failure(DocumentError(document: file, problem: .duplicateID(firstSource: first))))
                        continue
                    }
                    firstSourceByID[id] = file
                }
                items.append(item)
            }
        }
        return items
    }

    private func expand(_ path: String) -> [InputItem] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return [.failure(DocumentError(document: path, problem: .notFound))]
        }
        guard isDirectory.boolValue else {
            // A file named explicitly is taken whatever its name.
            let name = (path as NSString).lastPathComponent
            return [.file(path: path, id: Self.documentID(forRelativePath: name))]
        }
        let root = URL(fileURLWithPath: path).standardizedFileURL.path
        let relativePaths = walk(root)
            .filter { relative in include.contains { $0.matches(relativePath: relative) } && !exclude.contains { $0.matches(relativePath: relative) } }
            .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        if relativePaths.isEmpty {
            return [.failure(DocumentError(document: path, problem: .noMatchingFiles(patterns: include.map(\.pattern))))]
        }
        return relativePaths.map { .file(path: (path as NSString).appendingPathComponent($0), id: Self.documentID(forRelativePath: $0)) }
    }

    /// Regular files below `root`, as paths relative to it; hidden files and folders are skipped.
    private func walk(_ root: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: root) else { return [] }
        var files = [String]()
        while let relative = enumerator.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") {
                if (enumerator.fileAttributes?[.type] as? FileAttributeType) == .typeDirectory { enumerator.skipDescendants() }
                continue
            }
            // Links are followed when read, so a broken one is reported, not skipped.
            let type = enumerator.fileAttributes?[.type] as? FileAttributeType
            if type == .typeRegular || type == .typeSymbolicLink { files.append(relative) }
        }
        return files
    }

    /// The id of a document: its path relative to the input root, without extension.
    public static func documentID(forRelativePath relative: String) -> String {
        let ns = relative as NSString
        let directory = ns.deletingLastPathComponent
        let stem = (ns.lastPathComponent as NSString).deletingPathExtension
        return directory.isEmpty ? stem : directory + "/" + stem
    }
}
