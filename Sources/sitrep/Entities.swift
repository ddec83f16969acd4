import ArgumentParser
import SitrepCore

/// The `entities` subcommand. (Skeleton: arrives with issue 2.)
struct Entities: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Not built yet.")

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        _ = try corpus.loadModel()
    }
}
