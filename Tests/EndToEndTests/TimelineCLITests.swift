import Foundation
import Testing

/// `sitrep timeline`, `entities` and `annotations` on the embedded corpus, run as a user would.
@Suite struct TimelineCLITests {
    static func json(_ arguments: [String]) throws -> [String: Any] {
        let result = try SitrepProcess.run(arguments)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    /// The embedded corpus folder, next to the package root the binary was built in.
    static var seeds: URL {
        var url = SitrepProcess.productsDirectory
        while url.path != "/" {
            let candidate = url.appendingPathComponent("seeds/corpus.json")
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate.deletingLastPathComponent() }
            url = url.deletingLastPathComponent()
        }
        return url
    }

    static func originalLines(of file: String) throws -> [String] {
        try String(contentsOf: seeds.appendingPathComponent(file), encoding: .utf8).components(separatedBy: "\n")
    }

    @Test func timelineTextIsPlainAndSectioned() throws {
        let result = try SitrepProcess.run(["timeline"])
        #expect(result.status == 0)
        #expect(!result.stdout.contains("\u{1B}"))
        #expect(result.stdout.contains("\n2019-02-01 to 2019-03-31\n"))
        #expect(result.stdout.contains("Published: Baghouz, anti-ISIS offensive"))
    }

    @Test func timelineJSONCitesLinesThatExist() throws {
        let events = try #require(try Self.json(["timeline", "--json"])["events"] as? [[String: Any]])
        #expect(events.filter { $0["kind"] as? String == "publication" }.count == 5)
        var previous = ""
        for event in events {
            let date = try #require(event["date"] as? String)
            #expect(String(date.prefix(4)) >= String(previous.prefix(4)))
            previous = date
            for source in try #require(event["sources"] as? [[String: Any]]) {
                let file = try #require(source["file"] as? String)
                let line = try #require(source["line"] as? Int)
                let lines = try Self.originalLines(of: file)
                #expect(line >= 1 && line <= lines.count, "\(file):\(line)")
                if event["kind"] as? String == "event", let sentence = source["sentence"] as? String {
                    #expect(lines[line - 1].contains(sentence), "\(file):\(line) does not hold \(sentence)")
                }
            }
        }
    }

    @Test func csvAndJSONAreExclusive() throws {
        let both = try SitrepProcess.run(["timeline", "--json", "--csv"])
        #expect(both.status != 0)
        #expect(both.stderr.contains("--json"))
        let csv = try SitrepProcess.run(["timeline", "--csv"])
        #expect(csv.status == 0)
        #expect(csv.stdout.hasPrefix("date,kind,background,conflict,outlets,summary,entities,figures,sources\r\n"))
    }

    @Test func entitiesJSONHasTheDocumentedFields() throws {
        let entities = try #require(try Self.json(["entities", "--json"])["entities"] as? [[String: Any]])
        for entity in entities {
            #expect(entity["name"] is String)
            #expect(["person", "organisation", "place"].contains(entity["type"] as? String ?? ""))
            #expect(entity["aliases"] is [String])
            #expect((entity["mentions"] as? Int ?? 0) >= 1)
            #expect(!((entity["articles"] as? [String]) ?? []).isEmpty)
        }
        let text = try SitrepProcess.run(["entities"])
        #expect(text.status == 0)
        #expect(!text.stdout.contains("\u{1B}"))
    }

    @Test func annotationsQuoteTheOriginalFileExactly() throws {
        let articles = try #require(try Self.json(["annotations", "--json"])["articles"] as? [[String: Any]])
        #expect(articles.count == 5)
        #expect(articles.map { $0["outlet"] as? String } == ["The Sun", "The Sun", "The Sun", "Daily Mail", "AsiaNews"])
        for article in articles {
            let file = try #require(article["file"] as? String)
            let lines = try Self.originalLines(of: file)
            #expect(article["published"] is String)
            for mention in try #require(article["mentions"] as? [[String: Any]]) {
                let kind = try #require(mention["kind"] as? String)
                #expect(["date", "person", "organisation", "place"].contains(kind))
                let line = try #require(mention["line"] as? Int)
                let text = try #require(mention["text"] as? String)
                #expect(lines[line - 1].contains(text), "\(file):\(line) does not hold \(text)")
                if kind == "date" { #expect(mention["value"] != nil) } else { #expect(mention["entity"] is String) }
            }
        }
    }

    @Test func annotationsTextQuotesTheOriginalLine() throws {
        let result = try SitrepProcess.run(["annotations"])
        #expect(result.status == 0)
        var file = ""
        for line in result.stdout.components(separatedBy: "\n") where !line.isEmpty {
            if !line.hasPrefix(" ") { file = String(line.prefix { $0 != " " }); continue }
            let fields = line.trimmingCharacters(in: .whitespaces)
            guard let number = Int(fields.prefix { $0.isNumber }), let arrow = fields.range(of: "  -> ") else { continue }
            let afterNumber = fields.dropFirst(String(number).count + 2)
            let text = afterNumber.dropFirst(13)[..<arrow.lowerBound]
            #expect(try Self.originalLines(of: file)[number - 1].contains(String(text)), "\(file):\(number): \(text)")
        }
    }
}
