import Testing
@testable import SitrepCore

@Suite struct TenseDetectorTests {
    /// The tense around the first occurrence of `word` in `text`.
    func tense(_ text: String, around word: String) -> Tense? {
        let tokens = TextTokenizer.tokens(in: text)
        let key = WordKey.make(word)
        guard let index = tokens.firstIndex(where: { $0.key == key }) else { return nil }
        var copy = text
        let quotations = copy.withUTF8 { QuotationFinder.quotations(in: $0) }
        let quotation = quotations.first { $0.contains(tokens[index].start) }
        return TenseDetector.tense(of: tokens, around: index..<index + 1, quotation: quotation, quotations: quotations)
    }

    @Test func pastMarkers() {
        #expect(tense("The WHO said on Tuesday that 106 died.", around: "Tuesday") == .past)
        #expect(tense("The convoy was hit on Friday.", around: "Friday") == .past)
        #expect(tense("Rebels attacked the base on Monday.", around: "Monday") == .past)
        #expect(tense("They fled the town on Sunday.", around: "Sunday") == .past)
        #expect(tense("The group has suffered heavy losses since December.", around: "December") == .past)
    }

    @Test func futureMarkers() {
        #expect(tense("The SDF will attack on Friday.", around: "Friday") == .future)
        #expect(tense("Officials are expected to meet on Monday.", around: "Monday") == .future)
        #expect(tense("They plan to leave in June.", around: "June") == .future)
        #expect(tense("The men will be released on Friday.", around: "Friday") == .future)
        #expect(tense("He said he would withdraw in December.", around: "December") == .future)
        #expect(tense("Trump said in December he would withdraw.", around: "December") == .past)
        #expect(tense("Elections will be held in June.", around: "June") == .future)
        #expect(tense("We'll be home on Sunday.", around: "Sunday") == .future)
    }

    @Test func presentAndNone() {
        #expect(tense("The camp is full on Sunday.", around: "Sunday") == .present)
        #expect(tense("Sunday.", around: "Sunday") == nil)
        #expect(tense("The group has to leave on Sunday.", around: "Sunday") == nil)
    }

    @Test func edWordsThatAreNotVerbs() {
        #expect(tense("A hundred on Sunday.", around: "Sunday") == nil)
        #expect(tense("Indeed on Sunday.", around: "Sunday") == nil)
    }

    @Test func quotationsHaveTheirOwnTense() {
        #expect(tense("“We will win on Sunday,” he said.", around: "Sunday") == .future)
        #expect(tense("He said on Sunday: “We will win.”", around: "Sunday") == .past)
    }
}
