import SitrepCore

/// Builds the bytes of one article, rewriting date words relative to its publication date.
struct ArticleWriter {
    let published: CalendarDate
    /// "5 March" rather than "March 5".
    let dayFirst: Bool
    private(set) var bytes: [UInt8] = []
    private var paragraphOpen = false

    init(published: CalendarDate, dayFirst: Bool) {
        self.published = published
        self.dayFirst = dayFirst
        bytes.reserveCapacity(4096)
    }

    /// A line of its own followed by a blank line, as extracted web pages lay paragraphs out.
    mutating func line(_ text: String) {
        endParagraph()
        bytes.append(contentsOf: text.utf8)
        bytes.append(contentsOf: [10, 10])
    }

    mutating func endParagraph() {
        if paragraphOpen { bytes.append(contentsOf: [10, 10]) }
        paragraphOpen = false
    }

    /// A seed sentence with its weekdays, months, days and figures rewritten.
    mutating func write(_ template: SentenceTemplate, random: inout SplitMix64) {
        startSentence()
        for piece in template.pieces {
            switch piece {
            case .text(let text): bytes.append(contentsOf: text)
            case .weekday: append(Vocabulary.weekdays[published.adding(days: -random.int(in: 1...6)).weekday - 1])
            case .month: append(Vocabulary.months[(published.month + 9 + random.int(in: 0...2)) % 12])
            case .dayOfMonth: append(String(random.int(in: 1...28)))
            case .figure(let value): append(Self.format(max(1, value * random.int(in: 50...150) / 100)))
            }
        }
    }

    /// A photo caption: a seed sentence, the `[/caption]` marker web extraction leaves, then a credit line.
    mutating func caption(_ template: SentenceTemplate, random: inout SplitMix64) {
        endParagraph()
        write(template, random: &random)
        append("[/caption]")
        endParagraph()
        line(random.pick(Vocabulary.captionCredits))
    }

    /// A first report of an event: who said what happened where and when, and sometimes a quote after it.
    mutating func report(_ event: StoryWorld.Event, random: inout SplitMix64) {
        let organisation = Vocabulary.organisations[event.organisation]
        let what = fill(Vocabulary.happenings[event.happening], figure: event.figure, place: event.place,
                        random: &random)
        let when = phrase(for: event.date, random: &random)
        startSentence()
        switch random.int(in: 0...2) {
        case 0:
            append("\(event.speaker), \(random.pick(Vocabulary.roles)) the \(organisation.name) "
                   + "(\(organisation.acronym)), \(random.pick(Vocabulary.speechVerbs)) \(when) that \(what).")
        case 1:
            append("\(capitalized(when)), \(what), according to the \(organisation.name).")
        default:
            append("According to \(event.speaker) of the \(organisation.acronym), \(what) \(when).")
        }
        let surname = event.speaker.split(separator: " ").last.map(String.init) ?? event.speaker
        if random.chance(60) {
            append(" “\(random.pick(Vocabulary.quotes)),” \(random.chance(50) ? "Mr " : "")\(surname) said.")
        }
    }

    /// Two named people meeting somewhere: more names, titles and places for recognition to find.
    mutating func meeting(random: inout SplitMix64) {
        let host = random.pick(Vocabulary.firstNames) + " " + random.pick(Vocabulary.lastNames)
        let guest = random.pick(Vocabulary.firstNames) + " " + random.pick(Vocabulary.lastNames)
        let organisation = random.pick(Vocabulary.organisations)
        let day = published.adding(days: -random.int(in: 1...20))
        startSentence()
        append("\(host) met \(guest) of the \(organisation.acronym) in \(random.pick(Vocabulary.places)) "
               + "\(phrase(for: day, random: &random)) to discuss the fate of the camps.")
    }

    /// A template with `#` replaced by a figure and `@` by a place.
    func fill(_ pattern: String, figure: Int, place: String, random: inout SplitMix64) -> String {
        var result = ""
        for character in pattern {
            switch character {
            case "#": result += Self.format(figure)
            case "@": result += place
            default: result.append(character)
            }
        }
        return result
    }

    /// How an article dated `published` refers to `date`: today, yesterday, a weekday, or a calendar date.
    mutating func phrase(for date: CalendarDate, random: inout SplitMix64) -> String {
        let days = published.dayNumber - date.dayNumber
        let weekday = Vocabulary.weekdays[date.weekday - 1]
        switch days {
        case 0: return random.chance(50) ? "today" : "on \(weekday)"
        case 1: return random.chance(40) ? "yesterday" : "on \(weekday)"
        case 2...6: return "on \(weekday)"
        default:
            let month = Vocabulary.months[date.month - 1]
            return dayFirst ? "on \(date.day) \(month)" : "on \(month) \(date.day)"
        }
    }

    /// 1234 as "1,234".
    static func format(_ value: Int) -> String {
        value >= 1000 ? format(value / 1000) + "," + String(value % 1000 + 1000).dropFirst() : String(value)
    }

    private mutating func startSentence() {
        if paragraphOpen { bytes.append(32) }
        paragraphOpen = true
    }

    private mutating func append(_ text: String) { bytes.append(contentsOf: text.utf8) }

    private func capitalized(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }
}
