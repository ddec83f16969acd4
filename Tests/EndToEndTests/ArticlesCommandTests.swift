import Foundation
import Testing

/// `sitrep articles` in its three formats.
@Suite struct ArticlesCommandTests {
    @Test func textGroupsByOutletAndOrdersByDate() throws {
        let result = try SitrepProcess.run(["articles"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.filter { !$0.hasPrefix(" ") && !$0.isEmpty } == ["AsiaNews (1 article)", "Daily Mail (1 article)",
                                                                       "The Sun (3 articles)"])
        let sunDates = lines.drop { $0 != "The Sun (3 articles)" }.compactMap { line -> String? in
            line.hasPrefix("  2019") ? String(line.dropFirst(2).prefix(10)) : nil
        }
        #expect(sunDates == ["2019-03-04", "2019-03-06", "2019-03-12"])
        #expect(result.stdout.contains("000_0e184d90fed3a391 · 000_0e184d90fed3a391.txt · 30 paragraphs · 12 boilerplate"))
        #expect(!result.stdout.contains("\u{1B}"))
    }

    @Test func jsonHasEveryArticleWithItsMetadata() throws {
        let result = try SitrepProcess.run(["articles", "--json"])
        #expect(result.status == 0)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let articles = try #require(root["articles"] as? [[String: Any]])
        #expect(articles.count == 5)
        let mail = try #require(articles.first { $0["outlet"] as? String == "Daily Mail" })
        #expect(mail["id"] as? String == "003_9e6246617dfc67da")
        #expect(mail["file"] as? String == "003_9e6246617dfc67da.txt")
        #expect(mail["published"] as? String == "2019-02-21")
        #expect(mail["byline"] as? String == "Larisa Brown, in Qamishli")
        #expect(mail["url"] is NSNull)
        #expect(mail["title"] as? String == "The final showdown: Defeat looms as IS prepare for last stand in tiny Syria holdout")
    }

    @Test func csvHasAHeaderAndQuotesCommas() throws {
        let result = try SitrepProcess.run(["articles", "--csv"])
        #expect(result.status == 0)
        let rows = result.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(rows.count == 6)
        #expect(rows[0] == "outlet,published,title,id,file,url,byline,paragraphs,boilerplate")
        #expect(rows[1].hasPrefix("AsiaNews,2019-03-13,\"Baghouz, anti-ISIS offensive: 3,000 jihadists surrender to the alliance\","))
    }

    @Test func jsonAndCsvTogetherAreRefused() throws {
        let result = try SitrepProcess.run(["articles", "--json", "--csv"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("choose one of --json and --csv"))
    }

    @Test func showPrintsTheCleanedTextTheReaderShows() throws {
        let result = try SitrepProcess.run(["articles", "--show", "003_9e6246617dfc67da", "--show", "004_b297fdd0b4ebf385"])
        #expect(result.status == 0)
        let blocks = result.stdout.components(separatedBy: "\n\n")
        #expect(blocks[0] == "The final showdown: Defeat looms as IS prepare for last stand in tiny Syria holdout")
        #expect(blocks[1] == "Daily Mail · 2019-02-21 · Larisa Brown, in Qamishli")
        // The second article follows the first; page furniture is left out.
        #expect(result.stdout.contains("\nBaghouz, anti-ISIS offensive: 3,000 jihadists surrender to the alliance\n\nAsiaNews · 2019-03-13\n"))
        #expect(result.stdout.contains("Damascus (AsiaNews / Agencies) - In the last 24 hours"))
        #expect(!result.stdout.contains("Newspapers from United Kingdom"))
        #expect(!result.stdout.contains("\u{1B}"))
    }

    @Test func showNamesAnUnknownID() throws {
        let result = try SitrepProcess.run(["articles", "--show", "no-such-article"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("no article with id 'no-such-article'"))
        #expect(result.stdout.isEmpty)
    }
}
