import Foundation
import Testing
@testable import SitrepCore

/// Cleaning the five embedded articles: furniture set aside and classified, reporting kept, lines mapped.
@Suite struct CleaningSeedTests {
    static let articles: [SourceArticle] = {
        guard let url = EmbeddedCorpus.locate(), let corpus = try? CorpusLoader.load(from: url) else { return [] }
        return corpus.articles
    }()

    static func cleaned(_ prefix: String) throws -> CleanedArticle {
        BoilerplateCleaner.clean(try #require(articles.first { $0.id.hasPrefix(prefix) }))
    }

    static func kinds(_ cleaned: CleanedArticle) -> [Int: BoilerplateKind] {
        Dictionary(cleaned.boilerplate.map { ($0.line, $0.kind) }, uniquingKeysWith: { a, _ in a })
    }

    @Test func noFurnitureReachesAnyParagraph() throws {
        #expect(Self.articles.count == 5)
        let banned = ["Credit: AFP", "[/caption]", "See also", "We pay for your stories", "Please enter your",
                      "Jump directly", "Source: Read Full Article", "Send to a friend", "Printable version",
                      "Subscribe", "Newspapers in English", "Newspapers from", "??", "AFP or licensors",
                      "28/02/2019", "Kofi Annan", "Topics", "An SDF spokesman", "Giovanni Paolo"]
        for article in Self.articles {
            for paragraph in BoilerplateCleaner.clean(article).paragraphs {
                for phrase in banned { #expect(!paragraph.text.contains(phrase), "\(article.id):\(paragraph.line)") }
                #expect(paragraph.text != "7")
            }
        }
    }

    @Test func theSunSurrenderArticle() throws {
        let cleaned = try Self.cleaned("000")
        let kinds = Self.kinds(cleaned)
        #expect(kinds[1] == .headline)
        #expect(kinds[8] == .caption && kinds[10] == .caption && kinds[44] == .caption && kinds[52] == .caption)
        #expect(kinds[24] == .pullQuote && kinds[26] == .pullQuote)
        #expect(kinds[83] == .promo)
        #expect(kinds[87] == .commentForm && kinds[88] == .commentForm)
        #expect(cleaned.paragraphs.first?.line == 4)
        #expect(cleaned.paragraphs.last?.text == "The UK government stripped her of her citizenship on security grounds last month.")
        #expect(cleaned.paragraphs.count == 30)
    }

    @Test func theSunGalleryArticle() throws {
        let cleaned = try Self.cleaned("002")
        let kinds = Self.kinds(cleaned)
        #expect(kinds[1] == .navigation && kinds[2] == .section && kinds[4] == .headline)
        for line in [10, 12, 52, 54, 55, 57, 67, 69] { #expect(kinds[line] == .caption, "line \(line)") }
        for line in [11, 53, 56, 59, 62, 65, 68] { #expect(kinds[line] == .galleryCounter, "line \(line)") }
        #expect(kinds[26] == .section && kinds[72] == .promo && kinds[75] == .navigation)
        #expect(cleaned.paragraphs.contains { $0.line == 14 && $0.text.hasPrefix("But bombing raids continued today") })
        #expect(cleaned.paragraphs.count == 20)
    }

    @Test func theSunFinalStandArticle() throws {
        let cleaned = try Self.cleaned("001")
        let kinds = Self.kinds(cleaned)
        #expect(kinds[48] == .section && kinds[74] == .section)
        #expect(kinds[88] == .duplicate, "the truncated copy of line 34 at the end")
        #expect(kinds[101] == .sourceLink)
        #expect(cleaned.paragraphs.contains { $0.line == 34 && $0.text.hasPrefix("Islamic State redrew") })
        #expect(cleaned.paragraphs.contains { $0.line == 32 }, "a question subhead is kept")
    }

    @Test func theDailyMailArticle() throws {
        let cleaned = try Self.cleaned("003")
        let kinds = Self.kinds(cleaned)
        #expect(kinds[1] == .masthead && kinds[3] == .headline && kinds[5] == .headline)
        #expect(kinds[7] == nil, "a byline naming where the report was filed stays, like a wire dateline")
        #expect(kinds[43] == .pullQuote)
        #expect(kinds[45] == .caption && kinds[46] == .caption)
        #expect(kinds[48] == .archiveFooter && kinds[50] == .archiveFooter)
        #expect(cleaned.paragraphs.map(\.line) == [7, 9, 11, 13, 15, 17, 19, 21, 23, 25, 27, 29, 31, 33, 35, 37, 39, 41])
    }

    @Test func theAsiaNewsSeeAlsoBlockIsFurniture() throws {
        let cleaned = try Self.cleaned("004")
        let kinds = Self.kinds(cleaned)
        #expect(kinds[1] == .dateline && kinds[2] == .shareTools && kinds[4] == .headline)
        for line in 24...33 { #expect(kinds[line] == .relatedHeadlines, "line \(line)") }
        #expect(kinds[36] == .subscription && kinds[38] == .subscription && kinds[39] == .signature)
        #expect(cleaned.paragraphs.map(\.line) == [6, 8, 10, 12, 14, 16, 18, 20])
    }

    @Test func everyParagraphAndBlockIsTheOriginalLineAtItsColumn() throws {
        let seeds = try #require(EmbeddedCorpus.locate())
        for article in Self.articles {
            let original = try String(contentsOf: seeds.appendingPathComponent(article.file), encoding: .utf8)
            let lines = original.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.utf8) }
            let cleaned = BoilerplateCleaner.clean(article)
            let pieces = cleaned.paragraphs.map { ($0.text, $0.line, $0.column) }
                + cleaned.boilerplate.map { ($0.text, $0.line, $0.column) }
            for (text, line, column) in pieces {
                let bytes = lines[line - 1]
                let slice = Array(bytes[column..<min(bytes.count, column + text.utf8.count)])
                #expect(slice == Array(text.utf8), "\(article.file):\(line)")
            }
            let covered = Set(pieces.map(\.1))
            let nonBlank = lines.indices.filter { !String(decoding: lines[$0], as: UTF8.self).trimmingCharacters(in: .whitespaces).isEmpty }
            #expect(covered == Set(nonBlank.map { $0 + 1 }), "every non-blank line is a paragraph or furniture")
        }
    }
}
