import Foundation
import SitrepCore
import Testing

/// The corpus generator of `sitrep-bench`: deterministic, loadable, and varied enough to measure with.
@Suite struct GeneratorTests {
    @Test func sameSeedWritesIdenticalBytes() throws {
        let first = try GeneratedCorpus.generate(articles: 40, seed: 11, name: "same-a")
        let second = try GeneratedCorpus.generate(articles: 40, seed: 11, name: "same-b")
        defer { for url in [first, second] { try? FileManager.default.removeItem(at: url) } }
        let a = try GeneratedCorpus.contents(of: first), b = try GeneratedCorpus.contents(of: second)
        #expect(a.count == 41)
        #expect(a == b)
    }

    @Test func differentSeedWritesDifferentArticles() throws {
        let first = try GeneratedCorpus.generate(articles: 40, seed: 11, name: "seed-a")
        let second = try GeneratedCorpus.generate(articles: 40, seed: 12, name: "seed-b")
        defer { for url in [first, second] { try? FileManager.default.removeItem(at: url) } }
        let a = try GeneratedCorpus.contents(of: first), b = try GeneratedCorpus.contents(of: second)
        #expect(Set(a.keys) == Set(b.keys))
        let differing = a.keys.filter { a[$0] != b[$0] }
        #expect(differing.count >= 35)
    }

    @Test func corpusLoadsWithItsMetadataInsideTheWindow() throws {
        let folder = try GeneratedCorpus.generate(articles: 200, seed: 3, name: "load")
        defer { try? FileManager.default.removeItem(at: folder) }
        let corpus = try CorpusLoader.load(from: folder)
        #expect(corpus.articles.count == 200)
        #expect(corpus.window == CalendarDate(iso: "2019-02-01")!...CalendarDate(iso: "2019-03-31")!)
        let published = corpus.articles.compactMap(\.metadata.published)
        #expect(published.count == 200)
        #expect(published.allSatisfy { corpus.window!.contains($0) })
        #expect(Set(published).count >= 40, "publication dates spread over the window")
        #expect(Set(corpus.articles.compactMap(\.metadata.outlet)).count >= 20)
        #expect(corpus.articles.allSatisfy { ($0.metadata.title ?? "").count > 10 })
    }

    @Test func jsonLinesCorpusLoadsWithTheSameArticles() throws {
        let folder = try GeneratedCorpus.generate(articles: 30, seed: 4, name: "folder")
        let lines = try GeneratedCorpus.generate(articles: 30, seed: 4, name: "jsonl", extra: ["--format", "jsonl"])
        defer { for url in [folder, lines] { try? FileManager.default.removeItem(at: url) } }
        let fromFolder = try CorpusLoader.load(from: folder)
        let fromLines = try CorpusLoader.load(from: lines.appendingPathComponent("corpus.jsonl"))
        #expect(fromLines.articles.count == 30)
        #expect(fromLines.articles.map(\.metadata) == fromFolder.articles.map(\.metadata))
        #expect(fromLines.articles.map(\.text) == fromFolder.articles.map(\.text))
    }

    @Test func textHasShiftedDatesNamesAndFurniture() throws {
        let folder = try GeneratedCorpus.generate(articles: 200, seed: 5, name: "text")
        defer { try? FileManager.default.removeItem(at: folder) }
        let corpus = try CorpusLoader.load(from: folder)
        let text = corpus.articles.map(\.text).joined(separator: "\n")
        let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        #expect(weekdays.allSatisfy { text.contains("on \($0)") }, "weekday references rewritten to every day")
        #expect(["January", "February", "March"].allSatisfy { text.contains("in \($0)") || text.contains("on \($0)") })
        #expect(text.contains("[/caption]") && text.contains("Credit: "), "captions with credits to clean away")
        #expect(text.contains("Sign up to our daily newsletter") || text.contains("Share this article"))
        #expect(text.contains(", a spokesman for the ") || text.contains(", a spokeswoman for the "))
        let sizes = corpus.articles.map(\.text.utf8.count)
        #expect(sizes.min()! > 800 && sizes.max()! < 20_000)
        #expect(Set(corpus.articles.map(\.text)).count == 200, "no two articles alike")
    }

    @Test func benchmarkSmokeRunPrintsEveryStage() throws {
        let result = try GeneratedCorpus.bench(["run", "--articles", "12", "--runs", "1"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        for stage in ["load", "clean", "sentences", "dates", "entities", "merge", "figures", "events", "clusters",
                      "timeline", "searchIndex", "search", "uiStart", "render", "analyze"] {
            #expect(lines.contains { $0.hasPrefix(stage + " ") }, "a line for \(stage)")
        }
        #expect(result.stdout.contains("MB/s") && result.stdout.contains("articles/s"))
        #expect(result.stdout.contains("peak resident memory"))
    }

    @Test func tooFewArticlesIsRefusedWithAMessage() throws {
        let result = try GeneratedCorpus.bench(["generate", "--articles", "3", "--out", "/nonexistent"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("--articles must be 10 to 100000"))
    }
}
