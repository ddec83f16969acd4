@testable import SitrepCore

/// Tags one paragraph of text and returns `text -> ISO value` pairs, for compact expectations.
enum TemporalTestSupport {
    static func mentions(_ text: String, published: String?) -> [DateMention] {
        let paragraphs = [Paragraph(text: text, line: 1)]
        let sentences = SentenceSplitter.split(paragraphs)
        return TemporalTagger.tag(paragraphs: paragraphs, sentences: sentences,
                                  published: published.flatMap(CalendarDate.init(iso:)))
    }

    /// `["Sunday=2019-03-10", ...]`; a nil value prints as `nil`.
    static func tags(_ text: String, published: String? = "2019-03-12") -> [String] {
        mentions(text, published: published).map { "\($0.text)=\($0.value?.iso ?? "nil")" }
    }
}
