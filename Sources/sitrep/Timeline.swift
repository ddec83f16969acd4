import ArgumentParser
import SitrepCore

/// Prints the timeline.
struct Timeline: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print the dated timeline of events.")

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        TimelineText.print(try corpus.loadModel())
    }
}

/// Plain-text timeline output.
enum TimelineText {
    static func print(_ model: CorpusModel) {
        for entry in model.timeline.entries {
            Swift.print("\(entry.date.iso)  \(entry.summary)  [\(entry.outlets.joined(separator: ", "))]")
        }
    }
}
