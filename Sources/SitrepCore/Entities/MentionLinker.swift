/// Ties the short forms of an article to its full names: acronyms defined in parentheses ("Syrian Democratic
/// Forces (SDF)"), surnames ("Bali", "Mr Bali" after "Mustafa Bali"), lone head words ("the Observatory")
/// and shared surnames ("Fabien and Jean-Michel Clain"). Lone clause-initial words nothing confirms are dropped.
struct MentionLinker {
    private(set) var drafts: [NameDraft]
    /// The drafts' texts and words; linking adds names it composes.
    private(set) var texts: DraftTexts
    /// The article's tokens, which the drafts' sentence and token numbers point into.
    let article: ArticleTokenView
    let gazetteer: GazetteerIndex

    init(drafts: [NameDraft], texts: DraftTexts, article: ArticleTokenView, gazetteer: GazetteerIndex) {
        self.drafts = drafts
        self.texts = texts
        self.article = article
        self.gazetteer = gazetteer
    }

    mutating func link() {
        linkAcronyms()
        linkSurnames()
        linkHeadWords()
        linkSharedSurnames()
        for index in drafts.indices where drafts[index].needsConfirmation { drafts[index].isDropped = true }
    }

    // MARK: Acronyms

    private mutating func linkAcronyms() {
        // A handful per article at most: searched in order, a later definition of an acronym replacing the first.
        var definitions: [(acronym: NameText, name: NameText, kind: EntityKind)] = []
        func define(_ acronym: NameText, as name: NameText, _ kind: EntityKind) {
            if let known = definitions.firstIndex(where: { texts.areEqual($0.acronym, acronym) }) {
                definitions[known] = (acronym, name, kind)
            } else {
                definitions.append((acronym, name, kind))
            }
        }
        var expansions: [NameDraft] = []
        for index in drafts.indices where drafts[index].isAcronym {
            let open = drafts[index].tokens.lowerBound - 1
            let sentence = article.sentence(drafts[index].sentence)
            guard open >= 1, sentence.tokens[open].isPunctuation("(") else { continue }
            let acronym = drafts[index]
            if index > 0, drafts[index - 1].sentence == acronym.sentence, drafts[index - 1].tokens.upperBound == open,
               isInitials(acronym.core, of: drafts[index - 1].core) {
                define(acronym.core, as: drafts[index - 1].canonical, drafts[index - 1].kind)
            } else if let expansion = expand(acronym, before: open, in: sentence) {
                define(acronym.core, as: expansion.canonical, expansion.kind)
                expansions.append(expansion)
            }
        }
        guard !definitions.isEmpty else { return }
        for index in drafts.indices where drafts[index].isAcronym && drafts[index].evidence < .gazetteer {
            guard let definition = definitions.first(where: { texts.areEqual($0.acronym, drafts[index].core) })
            else { continue }
            drafts[index].canonical = definition.name
            drafts[index].kind = definition.kind
            drafts[index].evidence = .strong
            drafts[index].needsConfirmation = false
        }
        guard !expansions.isEmpty else { return }
        for expansion in expansions {
            for index in drafts.indices where drafts[index].paragraph == expansion.paragraph
                && drafts[index].start < expansion.end && expansion.start < drafts[index].end {
                drafts[index].isDropped = true
            }
        }
        // In place: the same stable sort `sorted` runs, without copying the drafts twice.
        drafts.append(contentsOf: expansions)
        drafts.sort { ($0.paragraph, $0.start) < ($1.paragraph, $1.start) }
    }

    /// The words right before "(ACR)" whose initials spell it, even in lowercase: "Syrian democratic forces (SDF)".
    private mutating func expand(_ acronym: NameDraft, before open: Int, in sentence: SentenceTokens) -> NameDraft? {
        let core = texts.string(acronym.core)
        let letters = Array(core.unicodeScalars)
        let tokens = sentence.tokens, bytes = sentence.bytes
        var first = open
        var matched = letters.count
        while matched > 0, first > 0 {
            let token = tokens[first - 1]
            guard token.kind == .word else { return nil }
            first -= 1
            if token.classes.contains(.connector) || token.key == "and" { continue }
            guard let initial = token.text(in: bytes).unicodeScalars.first,
                  String(initial).uppercased() == String(letters[matched - 1]) else { return nil }
            matched -= 1
        }
        guard matched == 0, first < open else { return nil }
        let words = UnsafeBufferPointer(rebasing: tokens[first..<open])
        let phrase = texts.add(spaced: words, of: bytes)
        let start = words.first!.start, end = words.last!.end
        let known = gazetteer.isEmpty ? nil : gazetteer.entry(for: core) ?? gazetteer.entry(for: texts.string(phrase))
        let keys = texts.add(wordsOf: words)
        let kind = known?.kind ?? EntityTyper.type(words: words, hasTitle: false, isAcronym: false,
                                                   startsWithThe: false, tokens: tokens, range: first..<open).0
        return NameDraft(paragraph: acronym.paragraph, sentence: acronym.sentence, tokens: first..<open,
                         coreStart: first, start: start, end: end, text: phrase, core: phrase, words: keys,
                         hasTitle: false, isAcronym: false, kind: kind, evidence: .strong,
                         canonical: known.map { texts.add($0.name) } ?? phrase, needsConfirmation: false)
    }

    /// The capitals of a name's words, skipping connectors and particles: "Syrian Observatory for Human Rights" -> "SOHR".
    static func initials(of name: String) -> String {
        var result = ""
        for word in name.split(separator: " ") {
            let lower = word.lowercased()
            if EntityLexicon.classes(of: lower).intersects([.connector, .particle]) { continue }
            if let first = word.first { result.append(contentsOf: first.uppercased()) }
        }
        return result
    }

    /// Whether `acronym` spells `initials(of: name)`; over the bytes when both are ASCII.
    private func isInitials(_ acronym: NameText, of name: NameText) -> Bool {
        let bytes = texts.bytes
        guard bytes[name.range].allSatisfy({ $0 < 0x80 }) && bytes[acronym.range].allSatisfy({ $0 < 0x80 }) else {
            return Self.initials(of: texts.string(name)) == texts.string(acronym)
        }
        return bytes.withUnsafeBufferPointer { bytes in
            var matched = acronym.range.lowerBound
            var wordStart = name.range.lowerBound
            for index in name.range.lowerBound...name.range.upperBound
            where index == name.range.upperBound || bytes[index] == 0x20 {
                let word = wordStart..<index
                wordStart = index + 1
                guard !word.isEmpty,
                      !EntityLexicon.classes(of: TokenKey(bytes, word, folding: true)).intersects([.connector, .particle])
                else { continue }
                let first = bytes[word.lowerBound]
                guard matched < acronym.range.upperBound, bytes[matched] == (first &- 0x61 < 26 ? first - 0x20 : first)
                else { return false }
                matched += 1
            }
            return matched == acronym.range.upperBound
        }
    }

    // MARK: Surnames and head words

    /// A lone word adopts the full name ending in it: the nearest one before, else the first after.
    private mutating func linkSurnames() {
        // Counted first: the table is sized by the few full names, not by all the drafts.
        let fullNameCount = drafts.indices.reduce(0) { isFullName($1) ? $0 + 1 : $0 }
        guard fullNameCount > 0 else { return }
        var fullNames = TokenKeyLists(capacity: fullNameCount)
        for index in drafts.indices where isFullName(index) {
            fullNames.append(index, to: lastWord(of: index))
        }
        for index in drafts.indices where isLinkable(index) {
            guard let target = fullNames.lastValue(below: index, for: lastWord(of: index)) else { continue }
            adopt(index, from: target, kind: .person)
        }
    }

    /// A lone organisation or place word adopts a longer name holding it, or is dropped when none does.
    private mutating func linkHeadWords() {
        // Sized by the words of the longer names only, counted first.
        let ownerWordCount = drafts.indices.reduce(0) { isLongerName($1) ? $0 + drafts[$1].words.count : $0 }
        var owners = TokenKeyLists(capacity: ownerWordCount)
        for index in drafts.indices where isLongerName(index) {
            for word in texts.words[drafts[index].words] { owners.append(index, to: word) }
        }
        for index in drafts.indices where isLinkable(index) {
            let word = lastWord(of: index)
            guard EntityLexicon.classes(of: word).intersects([.organisationWord, .placeWord]) else { continue }
            guard let target = owners.lastValue(below: index, for: word) else { drafts[index].isDropped = true; continue }
            adopt(index, from: target, kind: drafts[target].kind)
        }
    }

    /// "Fabien and Jean-Michel Clain": a lone first name joined by "and" to a full name shares its surname.
    private mutating func linkSharedSurnames() {
        for index in drafts.indices.dropLast() where isLinkable(index) && !drafts[index].hasTitle {
            let next = drafts[index + 1], current = drafts[index]
            let tokens = article.sentence(current.sentence).tokens
            guard next.sentence == current.sentence, next.kind == .person, next.words.count >= 2,
                  next.tokens.lowerBound == current.tokens.upperBound + 1,
                  tokens[current.tokens.upperBound].key == "and" else { continue }
            drafts[index].canonical = texts.add(current.core, withSurnameOf: next.core)
            drafts[index].kind = .person
            drafts[index].evidence = .strong
            drafts[index].needsConfirmation = false
        }
    }

    /// A person's name of two words or more, which a lone surname may adopt.
    private func isFullName(_ index: Int) -> Bool {
        !drafts[index].isDropped && drafts[index].kind == .person && drafts[index].words.count >= 2
    }

    /// An organisation's or place's name of two words or more, which a lone head word may adopt.
    private func isLongerName(_ index: Int) -> Bool {
        !drafts[index].isDropped && drafts[index].kind != .person && drafts[index].words.count >= 2
    }

    private func lastWord(of index: Int) -> TokenKey { texts.words[drafts[index].words.upperBound - 1] }

    /// Whether the draft at `index` is a lone word that linking may settle (read in place, not copied).
    private func isLinkable(_ index: Int) -> Bool {
        !drafts[index].isDropped && drafts[index].isSingleWord && !drafts[index].isAcronym
            && drafts[index].evidence < .gazetteer
    }

    private mutating func adopt(_ index: Int, from target: Int, kind: EntityKind) {
        drafts[index].canonical = drafts[target].canonical
        drafts[index].kind = kind
        drafts[index].evidence = .strong
        drafts[index].needsConfirmation = false
    }
}
