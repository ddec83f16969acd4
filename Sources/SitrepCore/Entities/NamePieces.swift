/// The name pieces of one sentence, in a buffer reused from sentence to sentence: a few bytes per token, with
/// the tokens themselves read from the sentence (or, for a hyphenated word cut to its name part, from the few
/// narrowed tokens kept here).
struct NamePieces {
    private var pieces: [NamePiece] = []
    private var narrowedTokens: [WordToken] = []
    private var tokens = UnsafeBufferPointer<WordToken>(start: nil, count: 0)

    /// Replaces the pieces with those of `sentence`, whose tokens must stay valid while they are read. In a
    /// shouting sentence (written in capitals) only acronyms the gazetteer knows count as names.
    mutating func fill(_ sentence: SentenceTokens, gazetteer: GazetteerIndex) {
        pieces.removeAll(keepingCapacity: true)
        narrowedTokens.removeAll(keepingCapacity: true)
        tokens = sentence.tokens
        pieces.reserveCapacity(tokens.count)
        let bytes = sentence.bytes
        // Shouting is counted as the ordinary pieces are made; the rare shouting sentence is then made again.
        var words = 0, capitals = 0
        for token in tokens {
            if token.kind == .word {
                if token.length >= 2 {
                    words &+= 1
                    if token.isAllCaps { capitals &+= 1 }
                }
                if token.hasHyphen {
                    appendHyphenated(token, in: bytes)
                    continue
                }
            }
            pieces.append(NamePiece.piece(for: token))
        }
        guard words >= 3 && capitals * 10 >= words * 7 else { return }
        narrowedTokens.removeAll(keepingCapacity: true)
        for index in tokens.indices {
            pieces[index] = NamePiece.shoutedPiece(for: tokens[index], in: bytes, gazetteer: gazetteer)
        }
    }

    private mutating func appendHyphenated(_ token: WordToken, in bytes: UnsafeBufferPointer<UInt8>) {
        var (piece, narrowed) = NamePiece.hyphenated(token, in: bytes)
        if let narrowed {
            piece.narrowed = Int32(truncatingIfNeeded: narrowedTokens.count)
            narrowedTokens.append(narrowed)
        }
        pieces.append(piece)
    }

    var count: Int { pieces.count }

    subscript(index: Int) -> NamePiece { pieces[index] }

    /// The token of piece `index`: the sentence's, or the name part of a cut hyphenated word.
    func token(_ index: Int) -> WordToken {
        let narrowed = pieces[index].narrowed
        return narrowed < 0 ? tokens[index] : narrowedTokens[Int(narrowed)]
    }

    /// The tokens of the pieces in `range` in place in the sentence; nil when one of them is narrowed.
    func sentenceTokens(_ range: Range<Int>) -> UnsafeBufferPointer<WordToken>? {
        range.contains { pieces[$0].narrowed >= 0 } ? nil : UnsafeBufferPointer(rebasing: tokens[range])
    }

    /// The tokens of the pieces in `range`, narrowed ones included.
    func tokens(_ range: Range<Int>) -> [WordToken] { range.map(token) }
}
