import ArgumentParser
import SitrepCore

/// The `check` subcommand. (Skeleton: arrives with issue 2.)
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Not built yet.")

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        _ = try corpus.loadModel()
    }
}
