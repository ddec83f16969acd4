import ArgumentParser
import SitrepCore

/// Lists every date and name mention of every article, cited by original line.
struct Annotations: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List every date and entity mention with its original line and resolved value.",
        discussion: "Examples: sitrep annotations, sitrep annotations --json")

    @OptionGroup var corpus: CorpusOptions

    @Flag(help: "Print JSON for scripts.")
    var json = false

    func run() throws {
        let model = try corpus.loadModel()
        print(json ? AnnotationsExport.json(model) : AnnotationsExport.text(model), terminator: "")
    }
}
