import ArgumentParser
import SitrepCore

/// Lists the corpus's articles by outlet, with their dates, headlines and what cleaning kept.
struct Articles: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the articles by outlet: date, headline, id, file, paragraphs and boilerplate lines.",
        discussion: """
            Examples: sitrep articles, sitrep articles ~/corpus --json, sitrep articles news.jsonl --csv,
            sitrep articles --show 004_b297fdd0b4ebf385 | less
            """)

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var format: OutputFormatOptions

    @Option(name: .customLong("show"), help: ArgumentHelp(
        "Print an article's cleaned text instead of the list: headline, outlet and date, then its paragraphs "
            + "(repeat for several).", valueName: "id"))
    var shown: [String] = []

    func validate() throws {
        if !shown.isEmpty && (format.json || format.csv) { throw ValidationError("--show prints text; drop --json/--csv") }
    }

    func run() throws {
        let loaded = try corpus.loadCorpusReportingProblems()
        guard shown.isEmpty else {
            var byID: [String: SourceArticle] = [:]
            for article in loaded.articles { byID[article.id] = byID[article.id] ?? article }
            let found = shown.compactMap { byID[$0] }
            guard found.count == shown.count else {
                for id in shown where byID[id] == nil {
                    printError("sitrep: no article with id '\(id)' in \(loaded.title); `sitrep articles` lists the ids")
                }
                throw ExitCode(1)
            }
            print(found.map(Self.cleanedText).joined(separator: "\n"), terminator: "")
            return
        }
        let rows = ArticleListing.rows(loaded)
        if format.json {
            print(JSONOutput.render(["articles": rows.map(\.jsonObject)]), terminator: "")
        } else if format.csv {
            print(CSVWriter.table(header: ArticleListing.csvHeader, rows: rows.map(\.csvFields)), terminator: "")
        } else {
            print(Self.text(rows), terminator: "")
        }
    }

    /// An article's cleaned text as the reader shows it, unwrapped: headline, outlet and date, paragraphs.
    static func cleanedText(of article: SourceArticle) -> String {
        let paragraphs = BoilerplateCleaner.clean(article).paragraphs.map { String($0.text) }
        return ([article.title, article.creditLine] + paragraphs).joined(separator: "\n\n") + "\n"
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
