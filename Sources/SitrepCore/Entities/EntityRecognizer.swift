/// Finds people, organisations and places in one article.
///
/// One pass over the words of each sentence finds runs of capitalised words and acronyms; titles, demonyms
/// and sentence-initial capitals are trimmed; the gazetteer, name words and the surrounding words give the
/// kind; then `MentionLinker` ties surnames, acronyms and short forms to the full names of the article.
public struct EntityRecognizer: Sendable {
    public let gazetteer: Gazetteer
    private let index: GazetteerIndex

    public init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
        index = GazetteerIndex(gazetteer)
    }

    /// The names of an article whose sentences are already tokenised.
    public func recognize(_ article: ArticleTokens) -> [EntityCandidate] {
        article.read(recognize)
    }

    private func recognize(_ article: ArticleTokenView) -> [EntityCandidate] {
        // Sized for the usual article (a capitalised word in eight, a name in ten words), so neither grows often.
        // Filled with the pieces: the words found capitalised inside a clause somewhere in the article.
        var capitalisedInside = TokenKeySet(capacity: article.tokens.count / 8)
        var drafts: [NameDraft] = []
        drafts.reserveCapacity(article.tokens.count / 10)
        var texts = DraftTexts()
        var pieces = NamePieces()
        var runs: [Range<Int>] = []
        for number in 0..<article.sentenceCount {
            let sentence = article.sentence(number)
            guard !sentence.tokens.isEmpty else { continue }
            pieces.fill(sentence, gazetteer: index, capitalised: &capitalisedInside)
            NameChunker.chunks(pieces, into: &runs)
            for range in runs {
                if let draft = draft(pieces, range, in: sentence, number: number, texts: &texts) {
                    drafts.append(draft)
                }
            }
        }
        // A lone clause-initial word is confirmed by the same word capitalised inside a clause, before or after it.
        for index in drafts.indices where drafts[index].needsConfirmation
            && capitalisedInside.contains(texts.words[drafts[index].words.lowerBound]) {
            drafts[index].needsConfirmation = false
        }
        // Consumed, so the linker's edits do not copy the drafts.
        var linker = MentionLinker(drafts: consume drafts, texts: consume texts, article: article, gazetteer: index)
        linker.link()
        let names = linker.texts
        // Kept at exactly their number: an article's candidates live until the corpus is merged.
        var candidates: [EntityCandidate] = []
        candidates.reserveCapacity(linker.drafts.reduce(0) { $1.isDropped ? $0 : $0 + 1 })
        for draft in linker.drafts where !draft.isDropped {
            let span = TextSpan(paragraph: draft.paragraph, start: draft.start, end: draft.end)
            // An equal canonical name shares the text's String.
            let text = names.string(draft.text)
            let canonical = names.areEqual(draft.canonical, draft.text) ? text : names.string(draft.canonical)
            candidates.append(EntityCandidate(span: span, text: text, canonicalName: canonical, kind: draft.kind))
        }
        return candidates
    }

    /// Trims a run to the name it holds and gives it a first kind, or nil when nothing of it is a name.
    private func draft(_ pieces: NamePieces, _ range: Range<Int>, in sentence: SentenceTokens, number: Int,
                       texts: inout DraftTexts) -> NameDraft? {
        var lower = range.lowerBound
        let upper = range.upperBound
        // Leading demonyms go when a title, an acronym or nothing follows: "American Colonel Sean Ryan".
        while lower < upper, pieces.token(lower).classes.contains(.demonym) {
            let next = lower + 1
            guard next == upper || pieces.token(next).classes.contains(.title) || pieces[next].role == .acronym
            else { break }
            lower = next
        }
        guard lower < upper else { return nil }
        var coreStart = lower
        while coreStart < upper - 1, pieces.token(coreStart).classes.contains(.title),
              pieces[coreStart].role == .name { coreStart += 1 }
        if coreStart == upper - 1, pieces.token(coreStart).classes.contains(.title) { return nil }
        if let core = pieces.sentenceTokens(coreStart..<upper) {
            return draft(core: core, of: pieces, lower..<upper, coreStart: coreStart, in: sentence, number: number,
                         texts: &texts)
        }
        return pieces.tokens(coreStart..<upper).withUnsafeBufferPointer { core in
            draft(core: core, of: pieces, lower..<upper, coreStart: coreStart, in: sentence, number: number,
                  texts: &texts)
        }
    }

    /// The draft of the name in `pieces[range]` whose core (the name without titles) starts at `coreStart` and
    /// has the tokens `core`. A lone clause-initial word needs confirmation until the whole article is read.
    private func draft(core: UnsafeBufferPointer<WordToken>, of pieces: NamePieces, _ range: Range<Int>, coreStart: Int,
                       in sentence: SentenceTokens, number: Int, texts: inout DraftTexts) -> NameDraft? {
        let bytes = sentence.bytes
        let lower = range.lowerBound, upper = range.upperBound
        let isAcronym = core.count == 1 && pieces[coreStart].role == .acronym
        let first = pieces.token(lower), head = core[0]
        let words = texts.add(wordsOf: core)
        let start = first.start, end = core[core.count - 1].end
        let text = texts.add(UnsafeBufferPointer(rebasing: bytes[start..<end]))
        // The core ends the text; when its words are one space apart, as they nearly always are, it is the
        // text's last bytes, shared rather than copied.
        let coreText = Self.isOneSpaceApart(core, in: bytes) ? text.suffix(end - head.start)
            : texts.add(spaced: core, of: bytes)
        let known = index.isEmpty ? nil
            : index.entry(for: texts.string(coreText)) ?? (coreStart > lower ? index.entry(for: texts.string(text)) : nil)
        if known == nil, words.count == 1, head.classes.contains(.demonym) { return nil }
        let needsConfirmation = known == nil && first.isClauseInitial && upper - lower == 1
            && !(isAcronym && pieces[lower].isCut)
            && !EntityLexicon.classes(of: head.keyBeforeHyphen(in: bytes)).contains(.hyphenParticle)
        var (kind, evidence) = EntityTyper.type(words: core, hasTitle: coreStart > lower,
                                                isAcronym: isAcronym, startsWithThe: texts.words[words.lowerBound] == "the",
                                                tokens: sentence.tokens, range: coreStart..<upper)
        var canonical = coreText
        if let known {
            kind = known.kind
            evidence = .gazetteer
            canonical = texts.add(known.name)
        }
        return NameDraft(paragraph: sentence.span.paragraph, sentence: number, tokens: lower..<upper,
                         coreStart: coreStart, start: start, end: end, text: text, core: coreText, words: words,
                         hasTitle: coreStart > lower, isAcronym: isAcronym, kind: kind, evidence: evidence, canonical: canonical,
                         needsConfirmation: needsConfirmation)
    }

    /// Whether each word of `words` follows the one before after exactly one space (always, for one word).
    private static func isOneSpaceApart(_ words: UnsafeBufferPointer<WordToken>, in bytes: UnsafeBufferPointer<UInt8>)
        -> Bool {
        for index in words.indices.dropFirst() {
            let gap = words[index - 1].end
            guard words[index].start == gap + 1, bytes[gap] == 0x20 else { return false }
        }
        return true
    }
}
