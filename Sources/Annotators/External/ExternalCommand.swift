import Foundation
import GlossCore

/// The program a `command` annotator runs, resolved and checked when the configuration is loaded.
struct ExternalCommand: Sendable {
    /// The program (an absolute path) and its arguments.
    let arguments: [String]
    let directory: String
    let environment: [String: String]
    let timeout: Duration
    let startupTimeout: Duration
    /// The command as written in the configuration, for messages.
    let displayName: String

    init(options: OptionValues, allowsCommands: Bool) throws(ConfigError) {
        let written = options.strings("command")
        guard let program = written.first, !program.isEmpty else {
            throw options.error("command", "'command' needs at least the program to run", hint: "e.g. command: [python3, annotator.py]")
        }
        displayName = Self.shortened(written.joined(separator: " "))
        guard allowsCommands else {
            throw options.error(
                "command", "running external programs needs --allow-commands",
                hint: "this configuration runs `\(displayName)`; a configuration that runs commands is code, so pass --allow-commands only if you trust it")
        }
        directory = options.string("directory") ?? FileManager.default.currentDirectoryPath
        var environment = [String: String]()
        if let variables = options.object("environment") {
            for name in variables.names { environment[name] = variables.string(name) }
        }
        self.environment = environment
        guard let resolved = Self.resolve(program, directory: directory, searchPath: environment["PATH"] ?? ProcessInfo.processInfo.environment["PATH"]) else {
            throw options.error(
                "command", "cannot find the program '\(program)'",
                hint: program.contains("/")
                    ? "a program path is relative to 'directory' (by default the configuration file's folder) and must be executable"
                    : "it is not an executable on PATH; give its path instead")
        }
        arguments = [resolved] + written.dropFirst()
        timeout = .seconds(options.number("timeout"))
        startupTimeout = .seconds(options.number("startup_timeout"))
    }

    /// A path with a `/` is taken relative to `directory`; a bare name is looked up on PATH, like a shell does.
    private static func resolve(_ program: String, directory: String, searchPath: String?) -> String? {
        let candidates: [String]
        if program.contains("/") {
            candidates = [program.hasPrefix("/") ? program : URL(fileURLWithPath: directory).appendingPathComponent(program).standardizedFileURL.path]
        } else {
            candidates = (searchPath ?? "/usr/bin:/bin").split(separator: ":").map { "\($0)/\(program)" }
        }
        return candidates.first { path in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
                && FileManager.default.isExecutableFile(atPath: path)
        }
    }

    private static func shortened(_ text: String) -> String {
        text.count > 80 ? String(text.prefix(79)) + "…" : text
    }
}
