import Testing
@testable import SitrepCore

/// The tagger tries the grammar only where `mayStartMatch` allows: every word of the lexicon that opens an
/// expression must pass that filter, or its dates would be missed without a sign.
@Suite struct TemporalStarterFilterTests {
    /// `body`'s answer about the grammar over the tokens of `text`.
    static func withGrammar<Result>(_ text: String, _ body: (TemporalGrammar) -> Result) -> Result {
        TextTokenizer.tokens(in: text).withUnsafeBufferPointer { body(TemporalGrammar(tokens: $0)) }
    }

    @Test func everyWordThatOpensAnExpressionPassesTheFilter() {
        let followers = ["", "last week", "week", "weeks ago", "two weeks", "3 days ago", "Monday", "of March",
                         "March 2019", "12 March", "morning", "the weekend", "month", "year", "2019", "12", "12, 2019"]
        var opening: Set<String> = []
        for key in TemporalLexicon.table.keys {
            let word = String(decoding: WordKey.letters(of: key), as: UTF8.self)
            let forms = [word, word.prefix(1).uppercased() + word.dropFirst()]
            for form in forms {
                for follower in followers {
                    let (matches, mayStart) = Self.withGrammar("\(form) \(follower)") {
                        ($0.match(at: 0) != nil, $0.mayStartMatch(at: 0))
                    }
                    guard matches else { continue }
                    opening.insert(word)
                    #expect(mayStart, "\"\(form) \(follower)\" is a date, but the filter skips it")
                }
            }
        }
        // The check ran over the words that open expressions, not over none.
        #expect(opening.isSuperset(of: ["sunday", "march", "yesterday", "last", "early", "the", "two", "since"]))
    }

    /// Whether the grammar finds an expression anywhere in `text`.
    static func hasExpression(_ text: String) -> Bool {
        withGrammar(text) { grammar in
            grammar.tokens.indices.contains { grammar.mayStartMatch(at: $0) && grammar.match(at: $0) != nil }
        }
    }

    static func passesSentenceFilter(_ text: String) -> Bool {
        Array(text.utf8).withUnsafeBufferPointer { TemporalLexicon.mayContainExpression($0, range: 0..<$0.count) }
    }

    @Test func everySentenceWithAnExpressionPassesTheSentenceFilter() {
        let followers = ["", "week", "weeks ago", "two weeks", "3 days ago", "Monday", "of March", "March 2019",
                         "12 March", "morning", "the weekend", "month", "year", "12", "12, 2019", "1990s"]
        var found = 0
        for key in TemporalLexicon.table.keys {
            let word = String(decoding: WordKey.letters(of: key), as: UTF8.self)
            for form in [word, word.prefix(1).uppercased() + word.dropFirst(), word.uppercased()] {
                for text in followers.flatMap({ ["\(form) \($0)", "in \(form) \($0)", "the \($0) \(form)"] })
                where Self.hasExpression(text) {
                    found += 1
                    #expect(Self.passesSentenceFilter(text), "\"\(text)\" holds a date, but the sentence filter skips it")
                }
            }
        }
        #expect(found > 500)
    }
}
