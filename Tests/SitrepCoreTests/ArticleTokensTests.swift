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
        #expect(article.paragraphs == paragraphs.map { Array($0.text.utf8) })
        #expect(article.spans == sentences.map(\.span))
        let words = article.sentences.enumerated().map { number, tokens in
            tokens.map { $0.text(in: article.paragraphs[sentences[number].span.paragraph]) }
        }
        #expect(words == [["Kino", "Gabriel", "spoke", "."], ["Two", "fighters", "left", "."], ["Raqqa", "is", "calm", "."]])
        #expect(article.sentences[1][0].isClauseInitial && article.sentences[1][0].key == "two")
    }

    @Test func clampsSpansAndSkipsMissingParagraphs() {
        let paragraphs = [Paragraph(text: "Short.", line: 1)]
        let sentences = [Sentence(span: TextSpan(paragraph: 0, start: 0, end: 99)),
                         Sentence(span: TextSpan(paragraph: 4, start: 0, end: 5))]
        let article = ArticleTokens(paragraphs: paragraphs, sentences: sentences)
        #expect(article.sentences.map(\.count) == [2, 0])
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
