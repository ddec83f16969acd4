import ArgumentParser
import SitrepCore

/// Lists the corpus's articles by outlet, with their dates, headlines and what cleaning kept.
struct Articles: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the articles by outlet: date, headline, id, file, paragraphs and boilerplate lines.",
        discussion: "Examples: sitrep articles, sitrep articles ~/corpus --json, sitrep articles news.jsonl --csv")

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var format: OutputFormatOptions

    func run() throws {
        let rows = ArticleListing.rows(try corpus.loadCorpusReportingProblems())
        if format.json {
            print(JSONOutput.render(["articles": rows.map(\.jsonObject)]), terminator: "")
        } else if format.csv {
            print(CSVWriter.table(header: ArticleListing.csvHeader, rows: rows.map(\.csvFields)), terminator: "")
        } else {
            print(Self.text(rows), terminator: "")
        }
    }

    /// One block per outlet; per article a line with date and headline, and one with the details.
    static func text(_ rows: [ArticleListing]) -> String {
        var output = ""
        var outlet: String??
        for row in rows {
            let metadata = row.article.metadata
            if outlet != .some(metadata.outlet) {
                if outlet != nil { output += "\n" }
                outlet = .some(metadata.outlet)
                let count = rows.filter { $0.article.metadata.outlet == metadata.outlet }.count
                output += "\(metadata.outlet ?? "Unknown outlet") (\(count) article\(count == 1 ? "" : "s"))\n"
            }
            let date = metadata.published?.iso ?? "undated   "
            output += "  \(date)  \(metadata.title ?? "(no title)")\n"
            output += "              \(row.article.id) · \(row.article.file) · \(row.paragraphs) paragraphs"
                + " · \(row.boilerplate) boilerplate\n"
        }
        return output
    }
}
