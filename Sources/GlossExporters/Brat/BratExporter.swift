import GlossCore

/// `brat`: `brat/<id>.txt` (the exact text annotated) and `brat/<id>.ann` per document,
/// with `brat/annotation.conf` and `brat/visual.conf` for the whole run, so a brat
/// server shows the folder as it is.
public struct BratExporter: Exporter {
    public static let name = "brat"
    public static let summary = "brat standoff: brat/<id>.txt + .ann, annotation.conf and visual.conf"
    static let folder = "brat"

    let vocabulary: RunVocabulary

    public init(context: ExportContext) {
        vocabulary = RunVocabulary(context: context)
    }

    public func files(for document: AnnotatedDocument) throws -> [OutputFile] {
        vocabulary.record(RunVocabulary.used(by: document))
        let id = document.document.id
        let prepared = PreparedDocument.of(document)
        // One path made, the other is the same but for its extension: each costs thousands of instructions.
        let textPath = Self.folder + "/" + OutputPaths.relativePath(forDocumentID: id, extension: "txt")
        return [
            OutputFile(path: textPath, bytes: prepared.text.utf8),
            OutputFile(path: textPath.dropLast("txt".count) + "ann", bytes: BratAnnotationFile.make(document, prepared: prepared)),
        ]
    }

    public func runFiles() -> [OutputFile] {
        let configuration = BratConfiguration(vocabulary.snapshot)
        return [
            OutputFile(path: Self.folder + "/annotation.conf", bytes: Array(configuration.annotationConf.utf8)),
            OutputFile(path: Self.folder + "/visual.conf", bytes: Array(configuration.visualConf.utf8)),
        ]
    }
}
