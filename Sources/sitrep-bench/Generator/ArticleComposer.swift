import SitrepCore

/// One generated article: its text and the metadata the manifest lists.
struct GeneratedArticle: Sendable {
    var text: [UInt8]
    /// The text's length in bytes, kept after the text itself is written out and dropped.
    var textLength: Int
    var outlet: String
    var published: CalendarDate
    var title: String
}

/// Writes one article: a headline, an optional byline, paragraphs mixing reports of the world's events
/// (named people, organisations with acronyms, places, relative and absolute dates) with rewritten seed
/// sentences, and page furniture (captions with credits, promos) between paragraphs.
struct ArticleComposer: Sendable {
    let world: StoryWorld
    let templates: [SentenceTemplate]

    func compose(index: Int, seed: UInt64) -> GeneratedArticle {
        var random = SplitMix64(seed: seed, stream: UInt64(index))
        let outletIndex = random.int(in: 0...(Vocabulary.outlets.count - 1))
        let windowDays = StoryWorld.window.upperBound.dayNumber - StoryWorld.window.lowerBound.dayNumber
        let published = StoryWorld.window.lowerBound.adding(days: random.int(in: 0...windowDays))
        let events = world.events(before: published, limit: random.int(in: 1...3), random: &random)
        var writer = ArticleWriter(published: published, dayFirst: outletIndex % 2 == 0)

        let main = events.first.map { world.events[$0] }
        let title = writer.fill(random.pick(Vocabulary.headlines), figure: main?.figure ?? 100,
                                place: main?.place ?? random.pick(Vocabulary.places), random: &random)
        if random.chance(30) { writer.line(Vocabulary.outlets[outletIndex]) }
        writer.line(title)
        if random.chance(50) {
            writer.line("By " + random.pick(Vocabulary.firstNames) + " " + random.pick(Vocabulary.lastNames))
        }

        let paragraphs = random.int(in: 7...14)
        var pendingEvents = events
        var used: [Int] = []
        for paragraph in 0..<paragraphs {
            var sentences = random.int(in: 1...3)
            if let event = pendingEvents.first, paragraph == 0 || random.chance(40) {
                pendingEvents.removeFirst()
                writer.report(world.events[event], random: &random)
                sentences -= 1
            }
            for _ in 0..<sentences {
                if random.chance(15) { writer.meeting(random: &random) } else {
                    writer.write(templates[freshTemplate(&used, random: &random)], random: &random)
                }
            }
            writer.endParagraph()
            if random.chance(12) { writer.caption(random.pick(templates), random: &random) }
            if random.chance(8) { writer.line(random.pick(Vocabulary.promos)) }
        }
        return GeneratedArticle(text: writer.bytes, textLength: writer.bytes.count, outlet: Vocabulary.outlets[outletIndex],
                                published: published, title: title)
    }

    /// A template index not yet used in this article (after a few tries, any index).
    private func freshTemplate(_ used: inout [Int], random: inout SplitMix64) -> Int {
        var index = random.int(in: 0...(templates.count - 1))
        for _ in 0..<4 where used.contains(index) { index = random.int(in: 0...(templates.count - 1)) }
        used.append(index)
        return index
    }
}
