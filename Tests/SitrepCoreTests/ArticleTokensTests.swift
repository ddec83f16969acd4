import Testing
@testable import SitrepCore

@Suite struct ArticleTokensTests {
    @Test func tokenisesEachSentenceWithinItsParagraph() {
        let paragraphs = [Paragraph(text: "Kino Gabriel spoke. Two fighters left.", line: 1),
                          Paragraph(text: "Raqqa is calm.", line: 3)]
        let sentences = [Sentence(span: TextSpan(paragraph: 0, start: 0, end: 19)),
                         Sentence(span: TextSpan(paragraph: 0, start: 20, end: 38)),
                         Sentence(span: TextSpan(paragraph: 1, start: 0, end: 14))]
        let article = ArticleTokens(paragraphs: paragraphs, sentences: sentences)
        #expect(article.spans == sentences.map(\.span))
        article.read { view in
            #expect(view.sentenceCount == 3 && view.tokens.count == 12)
            #expect((0..<2).map { String(decoding: view.paragraph($0), as: UTF8.self) } == paragraphs.map { String($0.text) })
            let words = (0..<3).map { number in
                let sentence = view.sentence(number)
                return sentence.tokens.map { $0.text(in: sentence.bytes) }
            }
            #expect(words == [["Kino", "Gabriel", "spoke", "."], ["Two", "fighters", "left", "."], ["Raqqa", "is", "calm", "."]])
            #expect(view.sentence(2).span == sentences[2].span && view.sentence(2).tokens[0].start == 0)
            #expect(view.sentence(1).tokens[0].isClauseInitial && view.sentence(1).tokens[0].key == "two")
        }
    }

    @Test func clampsSpansAndSkipsMissingParagraphs() {
        let paragraphs = [Paragraph(text: "Short.", line: 1)]
        let sentences = [Sentence(span: TextSpan(paragraph: 0, start: 0, end: 99)),
                         Sentence(span: TextSpan(paragraph: 4, start: 0, end: 5)),
                         Sentence(span: TextSpan(paragraph: 0, start: 0, end: 5))]
        let article = ArticleTokens(paragraphs: paragraphs, sentences: sentences)
        article.read { view in
            #expect((0..<3).map { view.sentence($0).tokens.count } == [2, 0, 1])
            #expect(view.sentence(1).bytes.isEmpty && view.paragraph(4).isEmpty)
        }
    }

    @Test func aSentenceStartsItsOwnClauseAfterTheOneBefore() {
        // The clause rules read the token before a mark within its sentence only, not the last of the previous one.
        let paragraphs = [Paragraph(text: "He met Dr. Smith came.", line: 1)]
        let sentences = [Sentence(span: TextSpan(paragraph: 0, start: 0, end: 9)),
                         Sentence(span: TextSpan(paragraph: 0, start: 9, end: 22))]
        ArticleTokens(paragraphs: paragraphs, sentences: sentences).read { view in
            let second = view.sentence(1)
            #expect(second.tokens.map { $0.text(in: second.bytes) } == [".", "Smith", "came", "."])
            #expect(second.tokens[1].isClauseInitial)
        }
    }

    @Test func recogniserAndFigureExtractorReadTheSameTokens() {
        let paragraphs = [Paragraph(text: "Kino Gabriel said 2,000 fighters surrendered in Baghouz.", line: 1)]
        let sentences = [Sentence(span: TextSpan(paragraph: 0, start: 0, end: paragraphs[0].text.utf8.count))]
        let article = ArticleTokens(paragraphs: paragraphs, sentences: sentences)
        let names = EntityRecognizer(gazetteer: Gazetteer()).recognize(article).map(\.text)
        #expect(names.contains("Kino Gabriel") && names.contains("Baghouz"))
        #expect(FigureExtractor.extract(from: article).map(\.text) == ["2,000"])
    }
}
