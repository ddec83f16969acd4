import Foundation

/// Runs the `sitrep-bench` binary built next to the test bundle, and makes scratch folders for it.
enum GeneratorProcess {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The build products folder (`.build/debug`), found from the test bundle's location.
    static var productsDirectory: URL {
        var url = Bundle.main.bundleURL
        while url.path != "/" {
            if FileManager.default.isExecutableFile(atPath: url.appendingPathComponent("sitrep-bench").path) {
                return url
            }
            url = url.deletingLastPathComponent()
        }
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            return bundle.bundleURL.deletingLastPathComponent()
        }
        return Bundle.main.bundleURL
    }

    static func run(_ arguments: [String]) throws -> Result {
        let process = Process()
        process.executableURL = productsDirectory.appendingPathComponent("sitrep-bench")
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
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
        let result = try run(["generate", "--articles", "\(articles)", "--seed", "\(seed)", "--out", folder.path] + extra)
        guard result.status == 0 else {
            throw GeneratorFailure(message: "sitrep-bench generate exited \(result.status): \(result.stderr)")
        }
        return folder
    }

    struct GeneratorFailure: Error { var message: String }

    /// Every file's bytes, by name.
    static func contents(of folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            files[name] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
        return files
    }
}
