import Testing
@testable import SitrepCore

@Suite struct SentenceSplitterTests {
    /// The sentence texts of one paragraph.
    func sentences(_ text: String) -> [String] {
        let paragraph = Paragraph(text: text, line: 1)
        return SentenceSplitter.split([paragraph]).map { sentence in
            let bytes = Array(text.utf8)[sentence.span.start..<sentence.span.end]
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    @Test func splitsOnFullStopsQuestionAndExclamationMarks() {
        #expect(sentences("The town fell. Fighters fled! Who won? Nobody knows.")
                == ["The town fell.", "Fighters fled!", "Who won?", "Nobody knows."])
    }

    @Test func titlesAndInitialsDoNotEndSentences() {
        #expect(sentences("Mr. Bali spoke to Dr. Jones and Col. Sean Ryan. They agreed.")
                == ["Mr. Bali spoke to Dr. Jones and Col. Sean Ryan.", "They agreed."])
        #expect(sentences("Gen. Mazloum met J. R. Smith near St. Mary's church. It rained.")
                == ["Gen. Mazloum met J. R. Smith near St. Mary's church.", "It rained."])
        #expect(sentences("Mrs. May left No. 10 at noon. She was silent.")
                == ["Mrs. May left No. 10 at noon.", "She was silent."])
    }

    @Test func noEndsASentenceUnlessANumberFollows() {
        #expect(sentences("He said no. The talks ended.") == ["He said no.", "The talks ended."])
    }

    @Test func dottedAcronymsEndASentenceOnlyBeforeAnOpener() {
        #expect(sentences("The U.S. State Department and the U.N. Security Council met.")
                == ["The U.S. State Department and the U.N. Security Council met."])
        #expect(sentences("Troops will leave the U.S. The president said so.")
                == ["Troops will leave the U.S.", "The president said so."])
        #expect(sentences("The raid began at 4 a.m. Mosul was quiet by 6 p.m. on Sunday.")
                == ["The raid began at 4 a.m. Mosul was quiet by 6 p.m. on Sunday."])
        #expect(sentences("It began at 4 a.m. The town was quiet.") == ["It began at 4 a.m.", "The town was quiet."])
    }

    @Test func decimalsAndTimesStayWhole() {
        #expect(sentences("Inflation rose 0.2 per cent. It was posted at 10.19 today.")
                == ["Inflation rose 0.2 per cent.", "It was posted at 10.19 today."])
    }

    @Test func ellipsesEndASentenceOnlyBeforeACapital() {
        #expect(sentences("“Once everyone has done so … the clashes will resume,” he said.")
                == ["“Once everyone has done so … the clashes will resume,” he said."])
        #expect(sentences("We waited... Then the shelling began. Silence… Nothing moved.")
                == ["We waited...", "Then the shelling began.", "Silence…", "Nothing moved."])
    }

    @Test func closingQuotesStayWithTheirSentence() {
        #expect(sentences("“The battle is over.” He said it twice. \"We won.\" They cheered.")
                == ["“The battle is over.”", "He said it twice.", "\"We won.\"", "They cheered."])
        #expect(sentences("‘There are still civilians inside.’ The commander paused.")
                == ["‘There are still civilians inside.’", "The commander paused."])
        #expect(sentences("(The camp is full.) Aid is short.") == ["(The camp is full.)", "Aid is short."])
    }

    @Test func questionInsideQuoteFollowedByLowercaseContinues() {
        #expect(sentences("“Where will they go?” asked one aid worker. Nobody answered.")
                == ["“Where will they go?” asked one aid worker.", "Nobody answered."])
    }

    @Test func spansAreTrimmedUTF8OffsetsIntoTheParagraph() {
        let text = "  Baghuz – fell.  Al-Hol’s camp grew.  "
        let spans = SentenceSplitter.split([Paragraph(text: text, line: 3)]).map(\.span)
        #expect(spans.count == 2)
        #expect(spans[0] == TextSpan(paragraph: 0, start: 2, end: 18))
        #expect(spans[1].start == 20)
        #expect(spans[1].end == text.utf8.count - 2)
    }

    @Test func paragraphsWithoutFinalMarkAndEmptyOnesAreHandled() {
        let paragraphs = [Paragraph(text: "A headline without a stop", line: 1), Paragraph(text: "   ", line: 2),
                          Paragraph(text: "One. Two", line: 3)]
        let spans = SentenceSplitter.split(paragraphs).map(\.span)
        #expect(spans == [TextSpan(paragraph: 0, start: 0, end: 25), TextSpan(paragraph: 2, start: 0, end: 4),
                          TextSpan(paragraph: 2, start: 5, end: 8)])
    }

    @Test func noSpaceAfterTheMarkIsNotABoundary() {
        #expect(sentences("US-led.Forces and U.S.-backed fighters advanced.")
                == ["US-led.Forces and U.S.-backed fighters advanced."])
    }
}
