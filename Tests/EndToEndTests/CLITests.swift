import Foundation
import Testing

/// Runs the built `sitrep` binary as a user would.
@Suite struct CLITests {
    @Test func versionPrintsAndExitsZero() throws {
        let result = try SitrepProcess.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "0.1.0")
    }

    @Test func unknownCorpusPathFailsWithMessage() throws {
        let result = try SitrepProcess.run(["timeline", "/nonexistent/corpus"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("/nonexistent/corpus"))
    }
}
