import ArgumentParser
import SitrepCore

/// Prints the timeline.
struct Timeline: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the dated timeline of events.",
        discussion: """
        Entries are ordered by date; those before the corpus window are listed as background. \
        '!' marks an entry whose outlets give disagreeing figures.
        Examples: sitrep timeline, sitrep timeline --json | jq '.events[] | select(.conflict)', sitrep timeline --csv
        """)

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var format: OutputFormatOptions

    func run() throws {
        let model = try corpus.loadModel()
        if format.json {
            print(TimelineExport.json(model), terminator: "")
        } else if format.csv {
            print(TimelineExport.csv(model), terminator: "")
        } else {
            TimelineText.print(model)
        }
    }
}

/// Plain-text timeline output, shared with `browse` until the interactive browser is available.
enum TimelineText {
    static func print(_ model: CorpusModel) {
        Swift.print(TimelineTextRenderer.render(model), terminator: "")
    }
}
