import ArgumentParser
import SitrepCore

/// Validates a corpus and prints every problem with its file and line.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Validate a corpus: print every problem with file, line and field.",
        discussion: """
        Each problem is printed as FILE:LINE: SEVERITY: FIELD: MESSAGE, then a summary line.
        Warnings (missing metadata, unknown fields, bad dates) leave the corpus usable; the exit
        status is 1 only when the corpus cannot be used (no readable article, unreadable manifest).
        Examples: sitrep check ~/corpus, sitrep check news.jsonl
        """)

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        let diagnostics: [Diagnostic]
        var articleCount = 0
        var usable = true
        do {
            let loaded = try corpus.loadCorpus()
            diagnostics = loaded.diagnostics
            articleCount = loaded.articles.count
        } catch let error as CorpusLoader.LoadError {
            diagnostics = error.diagnostics
            usable = false
        }
        for diagnostic in diagnostics { print(diagnostic.description) }
        let warnings = diagnostics.filter { $0.severity == .warning }.count
        let errors = diagnostics.count - warnings
        let verdict = usable ? (diagnostics.isEmpty ? "corpus is fine" : "corpus is usable") : "corpus cannot be used"
        print("\(articleCount) article\(articleCount == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s"), "
              + "\(errors) error\(errors == 1 ? "" : "s"): \(verdict)")
        if !usable { throw ExitCode(1) }
    }
}
