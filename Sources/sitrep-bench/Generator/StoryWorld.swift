import SitrepCore

/// The happenings a generated corpus reports: each event is covered by many articles from different
/// outlets, in different words, so that clustering has the same event to find across the corpus.
struct StoryWorld: Sendable {
    struct Event: Sendable {
        var date: CalendarDate
        /// Index into `Vocabulary.happenings`.
        var happening: Int
        var place: String
        var figure: Int
        /// Index into `Vocabulary.organisations`.
        var organisation: Int
        var speaker: String
    }

    static let window = CalendarDate(year: 2019, month: 2, day: 1)!...CalendarDate(year: 2019, month: 3, day: 31)!
    /// Events may lie this many days before the window: background that articles look back on.
    static let lookBack = 30

    let events: [Event]
    /// Event indices by day, `0` being `lookBack` days before the window opens.
    private let eventsByDay: [[Int]]

    init(articleCount: Int, seed: UInt64) {
        var random = SplitMix64(seed: seed, stream: .max)
        let first = Self.window.lowerBound.dayNumber - Self.lookBack
        let days = Self.window.upperBound.dayNumber - first + 1
        let count = max(12, articleCount / 20)
        var events: [Event] = []
        var byDay = [[Int]](repeating: [], count: days)
        events.reserveCapacity(count)
        for index in 0..<count {
            let day = random.chance(10) ? random.int(in: 0...(Self.lookBack - 1)) : random.int(in: Self.lookBack...(days - 1))
            let speaker = random.pick(Vocabulary.firstNames) + " " + random.pick(Vocabulary.lastNames)
            events.append(Event(date: CalendarDate(dayNumber: first + day),
                                happening: random.int(in: 0...(Vocabulary.happenings.count - 1)),
                                place: random.pick(Vocabulary.places), figure: Self.figure(&random),
                                organisation: random.int(in: 0...(Vocabulary.organisations.count - 1)),
                                speaker: speaker))
            byDay[day].append(index)
        }
        self.events = events
        eventsByDay = byDay
    }

    /// Up to `limit` distinct events from the week before `published`, the most recent first.
    func events(before published: CalendarDate, limit: Int, random: inout SplitMix64) -> [Int] {
        let first = Self.window.lowerBound.dayNumber - Self.lookBack
        var chosen: [Int] = []
        var attempts = 0
        while chosen.count < limit, attempts < 12 {
            attempts += 1
            let day = published.dayNumber - random.int(in: 0...7) - (attempts > 6 ? random.int(in: 0...30) : 0) - first
            guard day >= 0, day < eventsByDay.count, !eventsByDay[day].isEmpty else { continue }
            let event = random.pick(eventsByDay[day])
            if !chosen.contains(event) { chosen.append(event) }
        }
        return chosen
    }

    /// A count of people or things, mostly tens and hundreds, sometimes thousands.
    static func figure(_ random: inout SplitMix64) -> Int {
        switch random.int(in: 0...9) {
        case 0...3: return random.int(in: 2...60)
        case 4...7: return random.int(in: 1...9) * 100 + (random.chance(50) ? random.int(in: 0...9) * 10 : 0)
        default: return random.int(in: 1...6) * 1000 + random.int(in: 0...9) * 100
        }
    }
}
