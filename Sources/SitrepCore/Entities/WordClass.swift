/// The word lists of entity recognition a word belongs to, as bits: a token finds all of them with one lookup
/// when it is made, and every rule then tests a bit.
struct WordClass: OptionSet, Sendable {
    let rawValue: UInt32

    /// Whether the word is in any of these lists.
    func intersects(_ other: WordClass) -> Bool { rawValue & other.rawValue != 0 }

    /// Words that are never a name on their own, capitalised or not: function words, sentence openers,
    /// time words and common nouns that headlines and quotes capitalise.
    static let stopWord = WordClass(rawValue: 1 << 0)
    /// Titles and ranks before a name; their presence makes the name a person.
    static let title = WordClass(rawValue: 1 << 1)
    /// Nouns that, right before a name, say a person follows ("spokesman Kino Gabriel").
    static let personRole = WordClass(rawValue: 1 << 2)
    /// Verbs of speech: a name right before them is most likely a person.
    static let speechVerb = WordClass(rawValue: 1 << 3)
    /// Words that, in a name, make it an organisation ("Syrian Democratic Forces", "Sky News").
    static let organisationWord = WordClass(rawValue: 1 << 4)
    /// Words that, in a name, make it a place ("Euphrates River", "Camp Bucca", "Kurdistan").
    static let placeWord = WordClass(rawValue: 1 << 5)
    /// Lowercase nouns right after a name that make it a place ("the Rukban camp", "Raqqa city").
    static let placeNounAfter = WordClass(rawValue: 1 << 6)
    /// Lowercase nouns right before "of X" that make X a place ("the village of Baghouz").
    static let placeNounBefore = WordClass(rawValue: 1 << 7)
    /// Prepositions that, right before a name, suggest a place.
    static let placePreposition = WordClass(rawValue: 1 << 8)
    /// Prepositions that put even a multi-word name in a place ("in New York"), unlike "from" or "at".
    static let containerPreposition = WordClass(rawValue: 1 << 9)
    /// Nationality, ethnic and religious adjectives and plurals: not entities by themselves.
    static let demonym = WordClass(rawValue: 1 << 10)
    /// Lowercase prefixes of hyphenated words that are not part of a name ("anti-ISIS", "pro-Assad").
    static let detachedPrefix = WordClass(rawValue: 1 << 11)
    /// Lowercase particles that may open a name or sit inside one ("al Hol", "Osama bin Laden", "van Gogh").
    static let particle = WordClass(rawValue: 1 << 12)
    /// Particles that may open a name written as a space-separated word; the others only sit inside names.
    static let openingParticle = WordClass(rawValue: 1 << 13)
    /// Arabic articles as they are transliterated before a hyphen ("al-Hawl", "ez-Zor", "ad-Dawla").
    static let hyphenParticle = WordClass(rawValue: 1 << 14)
    /// Connectors allowed inside organisation names when an organisation word precedes them.
    static let connector = WordClass(rawValue: 1 << 15)
    /// All-caps words that are abbreviations, not names.
    static let commonAcronym = WordClass(rawValue: 1 << 16)
    /// Words a figure can begin with (`NumberWords.openers`): not a name rule, but found in the same lookup.
    static let figureOpener = WordClass(rawValue: 1 << 17)
    /// Words after "a"/"an" that make a figure (`NumberWords.afterArticle`).
    static let figureAfterArticle = WordClass(rawValue: 1 << 18)
}
