import ArgumentParser
import SitrepCore

/// Lists the people, organisations and places of the corpus, merged across spellings.
struct Entities: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List people, organisations and places with their aliases and mention counts.",
        discussion: "Examples: sitrep entities, sitrep entities --json, sitrep entities --csv")

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var format: OutputFormatOptions

    func run() throws {
        let model = try corpus.loadModel()
        let output = format.json ? EntitiesExport.json(model)
            : format.csv ? EntitiesExport.csv(model) : EntitiesExport.text(model)
        print(output, terminator: "")
    }
}
