/// A name found in a sentence while an article is being read, before in-article linking settles it. Plain
/// data: its texts and words are ranges of the article's `DraftTexts`.
struct NameDraft: Sendable {
    /// How sure the kind is; linking only overrides weaker evidence.
    enum Evidence: Int, Comparable, Sendable {
        case fallback, context, strong, gazetteer
        static func < (a: Evidence, b: Evidence) -> Bool { a.rawValue < b.rawValue }
    }

    var paragraph: Int
    var sentence: Int
    /// Token indices in the sentence: the whole name with its titles, and where the name proper starts.
    var tokens: Range<Int>
    var coreStart: Int
    /// UTF-8 offsets of the whole mention (titles included, possessive ending excluded).
    var start: Int
    var end: Int
    var text: NameText
    /// The name without titles, spaces normalised ("Sean Ryan" for "Colonel Sean Ryan").
    var core: NameText
    /// Lowercase words of the core, in `DraftTexts.words`.
    var words: Range<Int>
    var hasTitle: Bool
    var isAcronym: Bool
    var kind: EntityKind
    var evidence: Evidence
    var canonical: NameText
    /// A lone word at the start of a clause: kept only if the article confirms it is a name.
    var needsConfirmation: Bool
    /// Set once linking decides the draft is not a name after all.
    var isDropped = false

    var isSingleWord: Bool { words.count == 1 }
}
