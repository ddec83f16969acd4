/// The name pieces of one sentence, in a buffer reused from sentence to sentence: a few bytes per token, with
/// the tokens themselves read from the sentence (or, for a hyphenated word cut to its name part, from the few
/// narrowed tokens kept here).
struct NamePieces {
    /// The pieces of the sentence first, then stale ones of a longer sentence before: it only grows, so a
    /// sentence's pieces are written in place, without an append's capacity and uniqueness checks.
    private var storage: [NamePiece] = []
    /// The number of pieces of the sentence, one per token.
    private(set) var count = 0
    private var narrowedTokens: [WordToken] = []
    private var tokens = UnsafeBufferPointer<WordToken>(start: nil, count: 0)

    /// Replaces the pieces with those of `sentence`, whose tokens must stay valid while they are read. In a
    /// shouting sentence (written in capitals) only acronyms the gazetteer knows count as names. The keys of
    /// the capitalised words not at a clause start are added to `capitalised`, in the same pass.
    mutating func fill(_ sentence: SentenceTokens, gazetteer: GazetteerIndex, capitalised: inout TokenKeySet) {
        narrowedTokens.removeAll(keepingCapacity: true)
        let tokens = sentence.tokens, bytes = sentence.bytes
        self.tokens = tokens
        count = tokens.count
        if storage.count < count {
            storage.append(contentsOf: repeatElement(NamePiece(role: .none, endsName: true), count: count - storage.count))
        }
        storage.withUnsafeMutableBufferPointer { pieces in
            // Shouting is counted as the ordinary pieces are made; the rare shouting sentence is then made again.
            var words = 0, capitals = 0
            for index in tokens.indices {
                let token = tokens[index]
                if token.kind == .word {
                    if token.isCapitalised && !token.isClauseInitial { capitalised.insert(token.key) }
                    if token.length >= 2 {
                        words &+= 1
                        if token.isAllCaps { capitals &+= 1 }
                    }
                    if token.hasHyphen {
                        pieces[index] = Self.hyphenatedPiece(token, in: bytes, narrowed: &narrowedTokens)
                        continue
                    }
                }
                pieces[index] = NamePiece.piece(for: token)
            }
            guard words >= 3 && capitals * 10 >= words * 7 else { return }
            narrowedTokens.removeAll(keepingCapacity: true)
            for index in tokens.indices {
                pieces[index] = NamePiece.shoutedPiece(for: tokens[index], in: bytes, gazetteer: gazetteer)
            }
        }
    }

    /// The piece of a hyphenated word; the word cut to its name part, if it is cut, goes into `narrowed`.
    private static func hyphenatedPiece(_ token: WordToken, in bytes: UnsafeBufferPointer<UInt8>,
                                        narrowed: inout [WordToken]) -> NamePiece {
        var (piece, cut) = NamePiece.hyphenated(token, in: bytes)
        if let cut {
            piece.narrowed = Int32(truncatingIfNeeded: narrowed.count)
            narrowed.append(cut)
        }
        return piece
    }

    subscript(index: Int) -> NamePiece { storage[index] }

    /// The token of piece `index`: the sentence's, or the name part of a cut hyphenated word.
    func token(_ index: Int) -> WordToken {
        let narrowed = storage[index].narrowed
        return narrowed < 0 ? tokens[index] : narrowedTokens[Int(narrowed)]
    }

    /// The tokens of the pieces in `range` in place in the sentence; nil when one of them is narrowed.
    func sentenceTokens(_ range: Range<Int>) -> UnsafeBufferPointer<WordToken>? {
        range.contains { storage[$0].narrowed >= 0 } ? nil : UnsafeBufferPointer(rebasing: tokens[range])
    }

    /// The tokens of the pieces in `range`, narrowed ones included.
    func tokens(_ range: Range<Int>) -> [WordToken] { range.map(token) }
}
