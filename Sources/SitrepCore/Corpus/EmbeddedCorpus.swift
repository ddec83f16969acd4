import Foundation

/// Finds the embedded Baghouz corpus (`seeds/` at the top of the repository) from any working directory.
public enum EmbeddedCorpus {
    /// The manifest's file name inside `seeds/`.
    public static let manifestName = "corpus.json"

    /// The `seeds/` folder: `$SITREP_SEEDS` if set, else the nearest `seeds/` above the executable,
    /// else the one in the source tree this binary was built from.
    public static func locate() -> URL? {
        let fm = FileManager.default
        if let override = ProcessInfo.processInfo.environment["SITREP_SEEDS"], !override.isEmpty {
            return URL(fileURLWithPath: override)
        }
        var candidates: [URL] = []
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        var dir = executable.deletingLastPathComponent()
        for _ in 0..<8 {
            candidates.append(dir.appendingPathComponent("seeds"))
            dir = dir.deletingLastPathComponent()
        }
        let sourceRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(sourceRoot.appendingPathComponent("seeds"))
        return candidates.first { fm.fileExists(atPath: $0.appendingPathComponent(manifestName).path) }
    }
}
