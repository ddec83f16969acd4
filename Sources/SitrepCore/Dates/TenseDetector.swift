/// Finds the grammatical tense of the clause around an expression from the nearest tense marker.
///
/// Markers: "will", "shall", "'ll", "would", and "going/expected/plans/set/due/scheduled to" for the
/// future; "said", "was", "were", "had", "did", irregular past forms and "-ed" verbs for the past
/// (a participle after "will" or "would" counts as future: "will be released", "will be held"); "has/have" +
/// participle (present perfect) counts as past; "is", "are", "says" as present. Tokens on the other
/// side of a quotation boundary are ignored, so reported speech has its own tense.
public enum TenseDetector {
    enum Marker { case past, present, future, perfect, futureIfTo }

    static let markers: [UInt64: Marker] = {
        var table: [UInt64: Marker] = [:]
        func add(_ words: [String], _ marker: Marker) {
            for word in words { table[WordKey.make(word)] = marker }
        }
        add(["will", "shall", "ll", "would", "tomorrow"], .future)
        add(["going", "expected", "plans", "plan", "planning", "set", "due", "scheduled", "poised", "intends",
             "intend", "vowed", "promised", "threatened", "hopes", "aims", "about"], .futureIfTo)
        add(["has", "have", "ve"], .perfect)
        add(["is", "are", "am", "says", "remains"], .present)
        add(["said", "told", "was", "were", "had", "did", "ago", "went", "came", "fled", "took", "began", "fell",
             "left", "saw", "made", "gave", "found", "got", "held", "lost", "met", "ran", "sent", "spoke", "struck",
             "won", "wrote", "brought", "caught", "fought", "led", "became", "knew", "thought", "felt", "kept",
             "heard", "stood", "built", "broke", "chose", "drove", "flew", "grew", "hid", "paid", "rose", "sank",
             "shot", "shook", "sold", "spent", "stole", "swore", "taught", "threw", "understood", "woke", "wore",
             "been", "gone", "taken", "fallen", "seen", "given", "done", "known", "shown", "yesterday", "bought",
             "sought", "dealt", "meant", "lay", "overran", "withdrew", "undertook", "forgot", "fed"], .past)
        return table
    }()

    static let markerFilter = KeywordFilter(markers.keys)

    @inline(__always)
    static func lookup(_ key: UInt64) -> Marker? {
        markerFilter.mayContain(key) ? markers[key] : nil
    }

    /// Words ending in "-ed" that are not past forms.
    static let notPast = WordKeySet([
        "need", "speed", "bed", "red", "shed", "feed", "seed", "breed", "hundred", "embed", "weed", "greed",
        "creed", "indeed", "bled", "ahmed", "mohammed", "muhammed", "mohamed", "med", "ted", "fred", "proceed",
        "exceed", "succeed", "wed",
    ])

    static let toKey = WordKey.make("to")
    static let edSuffix: UInt64 = 5 << 5 | 4

    /// The tense of the clause around `tokens[range]`, or nil when no marker is found. When
    /// `quotation` is given, only tokens inside it count; otherwise tokens inside any of `quotations`
    /// are skipped.
    public static func tense(of tokens: [TextToken], around range: Range<Int>, quotation: Range<Int>? = nil,
                             quotations: [Range<Int>] = []) -> Tense? {
        tokens.withUnsafeBufferPointer { tense(of: $0, around: range, quotation: quotation, quotations: quotations) }
    }

    static func tense(of tokens: UnsafeBufferPointer<TextToken>, around range: Range<Int>, quotation: Range<Int>?,
                      quotations: [Range<Int>]) -> Tense? {
        func eligible(_ index: Int) -> Bool {
            let start = tokens[index].start
            if let quotation { return quotation.contains(start) }
            return !quotations.contains { $0.contains(start) }
        }
        var distance = 1
        while range.lowerBound - distance >= 0 || range.upperBound - 1 + distance < tokens.count {
            let left = range.lowerBound - distance
            if left >= 0, eligible(left), let tense = marker(tokens, at: left) { return tense }
            let right = range.upperBound - 1 + distance
            if right < tokens.count, eligible(right), let tense = marker(tokens, at: right) { return tense }
            distance += 1
        }
        return nil
    }

    static func marker(_ tokens: UnsafeBufferPointer<TextToken>, at index: Int) -> Tense? {
        let token = tokens[index]
        guard token.kind == .word, token.key != 0 else { return nil }
        let next = index + 1 < tokens.count ? tokens[index + 1].key : 0
        switch lookup(token.key) {
        case .future?: return .future
        case .past?: return hasFutureAuxiliary(tokens, before: index) ? .future : .past
        case .present?: return .present
        case .perfect?: return next == toKey ? nil : .past
        case .futureIfTo?: return next == toKey ? .future : (isEdForm(token) ? .past : nil)
        case nil:
            guard isEdForm(token) else { return nil }
            return hasFutureAuxiliary(tokens, before: index) ? .future : .past
        }
    }

    static func isEdForm(_ token: TextToken) -> Bool {
        token.key & 0x3FF == edSuffix && token.key >= 1 << 15 && !notPast.contains(token.key)
    }

    /// "will be released", "would have ended": a future auxiliary up to three words back.
    static func hasFutureAuxiliary(_ tokens: UnsafeBufferPointer<TextToken>, before index: Int) -> Bool {
        for back in 1...3 where index - back >= 0 {
            if lookup(tokens[index - back].key) == .future { return true }
        }
        return false
    }
}
