import ArgumentParser
import SitrepCore

/// Opens the interactive browser. (Until the TUI lands, prints the timeline.)
struct Browse: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Open the interactive timeline browser (default).")

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        let model = try corpus.loadModel()
        print("sitrep: the interactive browser is not built yet; showing the timeline instead.")
        TimelineText.print(model)
    }
}
