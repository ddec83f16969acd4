import Testing
@testable import SitrepCore

@Suite struct NamePiecesTests {
    /// The pieces of one sentence, read while its tokens are valid.
    private func read(_ text: String, _ body: (NamePieces, SentenceTokens) -> Void) {
        let paragraph = Paragraph(text: text, line: 1)
        let article = ArticleTokens(paragraphs: [paragraph],
                                    sentences: [Sentence(span: TextSpan(paragraph: 0, start: 0, end: text.utf8.count))])
        article.read { view in
            var pieces = NamePieces()
            let sentence = view.sentence(0)
            var capitalised = TokenKeySet()
            pieces.fill(sentence, gazetteer: GazetteerIndex(Gazetteer(entries: [])), capitalised: &capitalised)
            body(pieces, sentence)
        }
    }

    @Test func capitalisedWordsInsideAClauseAreNotedAsThePiecesAreMade() {
        let text = "Kino Gabriel met SDF-held Raqqa: Hasakah and the Observatory."
        let article = ArticleTokens(paragraphs: [Paragraph(text: text, line: 1)],
                                    sentences: [Sentence(span: TextSpan(paragraph: 0, start: 0, end: text.utf8.count))])
        article.read { view in
            var pieces = NamePieces()
            var capitalised = TokenKeySet()
            pieces.fill(view.sentence(0), gazetteer: GazetteerIndex(Gazetteer(entries: [])), capitalised: &capitalised)
            // Clause-initial words ("Kino", "Hasakah" after the colon) and lowercase ones are not noted.
            for key: TokenKey in ["gabriel", "sdf-held", "observatory"] { #expect(capitalised.contains(key)) }
            for key: TokenKey in ["kino", "hasakah", "met", "the", "raqqa:"] { #expect(!capitalised.contains(key)) }
            #expect(capitalised.contains("raqqa"))
        }
    }

    @Test func aShorterSentenceAfterALongerOneHasOnlyItsOwnPieces() {
        let text = "US-backed forces of al-Hawl met Kino Gabriel. Raqqa fell."
        let article = ArticleTokens(paragraphs: [Paragraph(text: text, line: 1)],
                                    sentences: [Sentence(span: TextSpan(paragraph: 0, start: 0, end: 45)),
                                                Sentence(span: TextSpan(paragraph: 0, start: 46, end: text.utf8.count))])
        article.read { view in
            var pieces = NamePieces()
            var capitalised = TokenKeySet()
            let gazetteer = GazetteerIndex(Gazetteer(entries: []))
            pieces.fill(view.sentence(0), gazetteer: gazetteer, capitalised: &capitalised)
            #expect(pieces.count == 8 && pieces[0].isCut && pieces[6].role == .name)
            let second = view.sentence(1)
            pieces.fill(second, gazetteer: gazetteer, capitalised: &capitalised)
            #expect(pieces.count == 3 && pieces[0].role == .name && !pieces[0].isCut && pieces[2].role == .none)
            #expect(pieces.token(0).text(in: second.bytes) == "Raqqa" && pieces.sentenceTokens(0..<3)?.count == 3)
        }
    }

    @Test func cutWordsKeepTheirNamePartAsTheirToken() {
        read("US-backed forces of al-Hawl met anti-ISIS fighters") { pieces, sentence in
            #expect(pieces.count == sentence.tokens.count)
            #expect(pieces[0].role == .acronym && pieces[0].isCut && pieces[0].endsName)
            #expect(pieces.token(0).text(in: sentence.bytes) == "US" && pieces.token(0).key == "us")
            #expect(pieces[1].role == .none && pieces[2].role == .connector && pieces[3].role == .name)
            #expect(pieces.token(3).text(in: sentence.bytes) == "al-Hawl")
            #expect(pieces[5].role == .acronym && pieces.token(5).text(in: sentence.bytes) == "ISIS")
            #expect(pieces.sentenceTokens(1..<5)?.count == 4)
            #expect(pieces.sentenceTokens(0..<2) == nil && pieces.sentenceTokens(5..<6) == nil)
            #expect(pieces.tokens(4..<6).map { $0.text(in: sentence.bytes) } == ["met", "ISIS"])
        }
    }

    @Test func lowercaseHyphenatedWordsAreNotNames() {
        read("The so-called north-east al-Hawl and Kurdish-led twenty-five") { pieces, sentence in
            #expect(pieces[1].role == .none && pieces[1].endsName && pieces[2].role == .none)
            #expect(pieces[3].role == .name && pieces[5].role == .none && pieces[6].role == .none)
            // "Kurdish-led" is cut to "Kurdish", which is no name on its own; the lowercase words are not cut.
            #expect(pieces.sentenceTokens(0..<5)?.count == 5 && pieces.token(5).text(in: sentence.bytes) == "Kurdish")
        }
    }

    @Test func shoutingSentencesHaveNoNames() {
        read("KURDISH FORCES TAKE RAQQA FROM US-BACKED ISIS") { pieces, sentence in
            #expect((0..<pieces.count).allSatisfy { pieces[$0].role == .none && pieces[$0].endsName })
            #expect(pieces.sentenceTokens(0..<pieces.count)?.count == sentence.tokens.count)
        }
    }
}
