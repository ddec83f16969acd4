import Testing
@testable import SitrepCore

/// Each cleaning rule on furniture written for these tests, in the shapes other outlets use.
@Suite struct CleaningRuleTests {
    static let reporting = "Rescue teams worked through the night to reach villages cut off by the flood, officials said."

    /// The kind given to each line of `lines` (nil: kept as reporting), after a line of reporting.
    static func kinds(_ lines: [String], title: String? = nil, outlet: String? = nil,
                      leadingReport: Bool = true) -> [BoilerplateKind?] {
        let all = (leadingReport ? [reporting] : []) + lines
        let article = SourceArticle(id: "t", file: "t.txt", text: all.joined(separator: "\n"),
                                    metadata: ArticleMetadata(outlet: outlet, title: title))
        let cleaned = BoilerplateCleaner.clean(article)
        var byLine: [Int: BoilerplateKind] = [:]
        for block in cleaned.boilerplate { byLine[block.line] = block.kind }
        let offset = leadingReport ? 2 : 1
        return lines.indices.map { byLine[$0 + offset] }
    }

    @Test(arguments: [
        ("Advertisement", BoilerplateKind.advertisement), ("Story continues below advertisement", .advertisement),
        ("Read more: Army retakes the northern town", .sourceLink), ("Source: Read Full Article", .sourceLink),
        ("Share this article", .shareTools), ("Follow us on Twitter @ExampleNews", .shareTools),
        ("Send to a friend", .shareTools), ("Printable version", .shareTools),
        ("Sign up to our newsletter for the day's top stories.", .subscription),
        ("Subscribe to Example News alerts", .subscription), ("Subscribe now", .subscription),
        ("Image copyright Getty Images", .caption), ("Photo: Reuters", .caption), ("Credit: EPA", .caption),
        ("Getty Images", .caption), ("AFP or licensors", .caption), ("Volunteers carry sandbags[/caption]", .caption),
        ("Copyright 2020 The Example Times. All rights reserved.", .archiveFooter),
        ("Newspapers from Ireland", .archiveFooter), ("Newspapers in English", .archiveFooter),
        ("Please enter your comment!", .commentForm), ("Leave a Reply", .commentForm),
        ("Your email address will not be published. Required fields are marked *", .commentForm),
        ("Got a story? Email us at news@example.com or call 020 7946 0000", .promo),
        ("We pay for your stories! Call our news desk.", .promo),
        ("Jump directly to the content", .navigation), ("Topics", .navigation), ("Skip to main content", .navigation),
        ("12", .galleryCounter), ("Slide 3 of 12", .galleryCounter), ("4/9", .galleryCounter),
        ("Updated: 14:05 GMT, 12 March 2020", .dateline), ("03/13/2019, 10.19", .dateline),
        ("Tuesday 12 March 2019 09:36", .dateline),
        ("FLOODWATERS RISE AGAIN", .section), ("'WE HAVE NOTHING LEFT'", .section),
        ("* * *", .artifact), ("??  ??", .caption),
    ])
    func furnitureLine(line: String, kind: BoilerplateKind) {
        #expect(Self.kinds([line]) == [kind], "\(line)")
    }

    @Test(arguments: [
        "BEIRUT (Reuters) - Syrian government forces pushed into the last rebel-held town on Tuesday.",
        "Why does the valley flood every spring?",
        "\"We have lost everything,\" she said.",
        "He said: \"No.\"",
        "The photo agency AFP reported that 12 people had died by Sunday evening in the two villages.",
        "Credit ratings agencies warned the region's debt would rise after the floods.",
        "From Monday, schools in the valley will reopen, the council said.",
        "The UN said 3,000 people had fled.",
    ])
    func reportingLineIsKept(line: String) {
        #expect(Self.kinds([line]) == [nil], "\(line)")
    }

    @Test func anAddressThePageHidesMakesACallToActionAPromo() {
        #expect(Self.kinds(["Reach the desk at [email protected] or text us on WhatsApp"]) == [.promo])
        #expect(Self.kinds(["Reach the desk at email  Protected or text us on WhatsApp"]) == [.promo])
        #expect(Self.kinds(["Reach the desk at the office or text us on WhatsApp"]) == [nil])
        #expect(Self.kinds(["Reach the desk at [email protected] by noon"]) == [nil])
    }

    @Test func headerBeforeTheFirstParagraph() {
        let kinds = Self.kinds(["Example Times", "Floods hit northern Italy as rivers burst their banks",
                                "By Jane Doe, Rome correspondent", Self.reporting.replacingOccurrences(of: "night", with: "day")],
                               title: "Floods hit northern Italy as rivers burst their banks", outlet: "Example Times",
                               leadingReport: false)
        #expect(kinds == [.masthead, .headline, .byline, nil])
    }

    @Test func headlineMatchesLooselyAndOnlyAtTheTop() {
        let title = "Floods hit ‘northern’ Italy: rivers burst their banks"
        #expect(Self.kinds(["FLOODS HIT NORTHERN ITALY", "Floods hit 'northern' Italy", Self.reporting],
                           title: title, leadingReport: false) == [.headline, .headline, nil])
        #expect(Self.kinds(["Floods hit 'northern' Italy"], title: title) == [nil],
                "after the first paragraph a line like the headline is reporting")
    }

    @Test func untitledArticleTakesAnUnpunctuatedFirstLineAsHeadline() {
        #expect(Self.kinds(["Floods hit northern Italy", Self.reporting], leadingReport: false) == [.headline, nil])
        #expect(Self.kinds([Self.reporting, "Floods hit northern Italy"], leadingReport: false) == [nil, nil])
    }

    @Test func captionDuplicatedAroundACounter() {
        let kinds = Self.kinds([" Volunteers fill sandbags outside the town hall", "3",
                                "Volunteers fill sandbags outside the town hallCredit: Reuters"])
        #expect(kinds == [.caption, .galleryCounter, .caption])
    }

    @Test func pressReaderPlaceholderAndItsCopy() {
        let kinds = Self.kinds([" ??  ?? Stranded: residents wait on a roof in Modena", "Stranded: residents wait on a roof in Modena"])
        #expect(kinds == [.caption, .caption])
    }

    @Test func pullQuoteAndItsAttribution() {
        let kinds = Self.kinds(["We have never seen water like this", "A Modena councillor",
                                "\"We have never seen water like this in the old town,\" the councillor said."])
        #expect(kinds == [.pullQuote, .pullQuote, nil])
    }

    @Test func shortLineNotRepeatedIsKept() {
        #expect(Self.kinds(["The water kept rising", "A Modena councillor"]) == [nil, nil])
    }

    @Test func copiesOfParagraphsAreDuplicates() {
        let paragraph = "The regional government declared a state of emergency in three provinces on Sunday."
        let truncated = "The regional government declared a state of emergency in three provinces on"
        #expect(Self.kinds([paragraph, paragraph, truncated]) == [nil, .duplicate, .duplicate])
    }

    @Test func relatedBlockRunsUntilReportingResumes() {
        let kinds = Self.kinds([
            "Related articles", "Storm batters the coast for a second day", "12/01/2020 14:05",
            "Italy asks EU for flood aid", "Mayor resigns after dam report, critics say",
            "Meanwhile engineers inspected the dam above the town on Monday and found no new cracks in the wall.",
        ])
        #expect(kinds == [.relatedHeadlines, .relatedHeadlines, .relatedHeadlines, .relatedHeadlines,
                          .relatedHeadlines, nil])
    }

    @Test func relatedBlockEndsAtABlankGap() {
        let kinds = Self.kinds(["You may also like", "Storm batters the coast", "", "", "Merci de votre lecture, à bientôt sur notre site"])
        #expect(kinds == [.relatedHeadlines, .relatedHeadlines, nil, nil, .signature])
    }

    @Test func trailingForeignLinesAreASignatureButAForeignArticleIsKept() {
        #expect(Self.kinds(["Grazie per la lettura, a presto sul nostro sito"]) == [.signature])
        let italian = ["Le piogge hanno colpito il nord del paese durante la notte.",
                       "Grazie per la lettura, a presto sul nostro sito"]
        #expect(Self.kinds(italian, leadingReport: false) == [nil, nil])
    }

    @Test func paragraphsAreTrimmedSubstringsWithTheirColumn() {
        let text = "Title line\n\u{A0}  Indented report about the flood in Modena today.\t \nlast"
        let article = SourceArticle(id: "t", file: "t.txt", lineOffset: 4, text: text, metadata: ArticleMetadata(title: "Title line"))
        let cleaned = BoilerplateCleaner.clean(article)
        let paragraph = cleaned.paragraphs.first
        #expect(paragraph?.text == "Indented report about the flood in Modena today.")
        #expect(paragraph?.line == 6)
        #expect(paragraph?.column == 4, "a no-break space (2 bytes) and two spaces")
        #expect(cleaned.boilerplate.first.map { ($0.kind, $0.line, $0.column) } ?? (.navigation, 0, 0) == (.headline, 5, 0))
    }
}
