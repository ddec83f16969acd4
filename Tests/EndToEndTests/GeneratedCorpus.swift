import Foundation

/// Corpora written by `sitrep-bench generate` into scratch folders, for the generator's tests.
enum GeneratedCorpus {
    struct Failure: Error { var message: String }

    /// Runs `sitrep-bench` with arguments.
    static func bench(_ arguments: [String]) throws -> SitrepProcess.Result {
        try SitrepProcess.run(arguments, executable: "sitrep-bench")
    }

    /// A new empty folder under the temporary directory; the caller removes it.
    static func scratchFolder(_ name: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("sitrep-generator-\(name)-\(getpid())-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Generates a corpus and returns its folder; fails the test with the tool's own message otherwise.
    static func generate(articles: Int, seed: Int, name: String, extra: [String] = []) throws -> URL {
        let folder = try scratchFolder(name)
        let result = try bench(["generate", "--articles", "\(articles)", "--seed", "\(seed)", "--out", folder.path] + extra)
        guard result.status == 0 else {
            throw Failure(message: "sitrep-bench generate exited \(result.status): \(result.stderr)")
        }
        return folder
    }

    /// Every file's bytes, by name.
    static func contents(of folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            files[name] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
        return files
    }
}
