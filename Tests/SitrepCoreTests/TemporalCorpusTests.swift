import Foundation
import Testing
@testable import SitrepCore

/// The date expressions of the embedded corpus, run through cleaning, splitting and tagging.
@Suite struct TemporalCorpusTests {
    static let mentions: [String: [DateMention]] = {
        guard let url = EmbeddedCorpus.locate(), let corpus = try? CorpusLoader.load(from: url) else { return [:] }
        var result: [String: [DateMention]] = [:]
        for article in corpus.articles {
            let cleaned = BoilerplateCleaner.clean(article)
            let sentences = SentenceSplitter.split(cleaned.paragraphs)
            let prefix = String(article.id.prefix(3))
            result[prefix] = TemporalTagger.tag(paragraphs: cleaned.paragraphs, sentences: sentences,
                                                published: article.metadata.published)
        }
        return result
    }()

    /// Every mention of `text` in article `prefix` resolves to `iso` (and there is at least one).
    func expect(_ prefix: String, _ text: String, _ iso: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let found = (Self.mentions[prefix] ?? []).filter { $0.text == text }
        #expect(!found.isEmpty, "no mention \"\(text)\" in \(prefix)", sourceLocation: sourceLocation)
        for mention in found {
            #expect(mention.value?.iso == iso, "\(prefix) \"\(text)\"", sourceLocation: sourceLocation)
        }
    }

    @Test func sunOnTheSurrenderPublishedTuesday12March() {
        expect("000", "today", "2019-03-12")
        expect("000", "Sunday", "2019-03-10")
        expect("000", "Tuesday", "2019-03-12")
        expect("000", "Tuesday morning", "2019-03-12")
        expect("000", "Friday", "2019-03-08")
        expect("000", "last month", "2019-02")
        expect("000", "since December", "2018-12/2019-03-12")
        expect("000", "overnight", "2019-03-12")
        expect("000", "the past four years", "2015-03-12/2019-03-12")
    }

    @Test func quotedTomorrowIsTaggedAsQuotedFuture() throws {
        let tomorrow = try #require(Self.mentions["000"]?.first { $0.text == "Tomorrow" })
        #expect(tomorrow.isQuotedFuture)
        #expect(tomorrow.value?.iso == "2019-03-13")
        let others = (Self.mentions["000"] ?? []).filter { $0.text != "Tomorrow" }
        #expect(others.allSatisfy { !$0.isQuotedFuture })
    }

    @Test func sunOnTheLastStandPublishedWednesday6March() {
        expect("001", "the last 36 hours", "2019-03-04/2019-03-06")
        expect("001", "the past two weeks", "2019-02-20/2019-03-06")
        expect("001", "2014", "2014")
        expect("001", "2017", "2017")
        expect("001", "December", "2018-12")
        expect("001", "Tuesday", "2019-03-05")
        expect("001", "the weekend", "2019-03-02/2019-03-03")
        expect("001", "yesterday", "2019-03-05")
        expect("001", "last month", "2019-02")
        expect("001", "Saturday", "2019-03-02")
    }

    @Test func sunOnHumanShieldsPublishedMonday4March() {
        expect("002", "today", "2019-03-04")
        expect("002", "later today", "2019-03-04")
        expect("002", "Friday", "2019-03-01")
        expect("002", "Yesterday", "2019-03-03")
        expect("002", "last month", "2019-02")
        expect("002", "Last month", "2019-02")
    }

    @Test func dailyMailPublishedThursday21February() {
        expect("003", "last night", "2019-02-20")
        expect("003", "yesterday", "2019-02-20")
        expect("003", "Tuesday", "2019-02-19")
        for year in ["2014", "2006", "2013", "2015"] { expect("003", year, year) }
    }

    @Test func asiaNewsPublishedWednesday13March() {
        expect("004", "the last 24 hours", "2019-03-12/2019-03-13")
        expect("004", "Monday evening (11 March)", "2019-03-11")
        expect("004", "Since December", "2018-12/2019-03-13")
        expect("004", "since last December", "2018-12/2019-03-13")
        expect("004", "today", "2019-03-13")
    }

    @Test func vagueSpansAndFiguresAreNotTagged() {
        let texts = Set(Self.mentions.values.flatMap { $0.map(\.text) })
        for vague in ["recent weeks", "weeks", "the previous weeks", "2,000", "000", "hours", "36 hours"] {
            #expect(!texts.contains(vague), "\(vague) should not be tagged")
        }
    }

    @Test func mentionTextsAreExactSubstringsOfTheirParagraphs() throws {
        let url = try #require(EmbeddedCorpus.locate())
        let corpus = try CorpusLoader.load(from: url)
        for article in corpus.articles {
            let cleaned = BoilerplateCleaner.clean(article)
            let sentences = SentenceSplitter.split(cleaned.paragraphs)
            let mentions = TemporalTagger.tag(paragraphs: cleaned.paragraphs, sentences: sentences,
                                              published: article.metadata.published)
            for mention in mentions {
                let bytes = Array(cleaned.paragraphs[mention.span.paragraph].text.utf8)
                #expect(String(decoding: bytes[mention.span.start..<mention.span.end], as: UTF8.self) == mention.text)
                #expect(sentences[mention.sentence].span.contains(mention.span))
            }
        }
    }
}
