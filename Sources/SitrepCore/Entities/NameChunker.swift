/// Groups the name pieces of a sentence into runs that may each be one name.
///
/// A run is capitalised words and acronyms with lowercase particles between them ("Abu Bakr al-Baghdadi"),
/// and "of"/"for"/"the" once an organisation or place word has been seen ("Syrian Observatory for Human
/// Rights"). Acronyms stand alone unless the run ends in an organisation or place word ("US Army").
enum NameChunker {
    /// The runs of a sentence's pieces, written over `runs` (a buffer reused from sentence to sentence).
    static func chunks(_ pieces: NamePieces, into runs: inout [Range<Int>]) {
        runs.removeAll(keepingCapacity: true)
        var index = 0
        while index < pieces.count {
            guard startsName(pieces, at: index) else { index += 1; continue }
            let end = extent(pieces, from: index)
            appendSplitAtAcronyms(pieces, index..<end, to: &runs)
            index = end
        }
    }

    private static func isNameLike(_ piece: NamePiece) -> Bool { piece.role == .name || piece.role == .acronym }

    private static func startsName(_ pieces: NamePieces, at index: Int) -> Bool {
        // Tests rather than a switch: most pieces are no part of a name, and a switch on the role compiles to
        // an indirect jump that the processor often mispredicts.
        let role = pieces[index].role
        if role == .none { return false }
        if role == .name || role == .acronym { return true }
        // A particle or a connector: only before a name word.
        guard index + 1 < pieces.count, pieces[index + 1].role == .name else { return false }
        return role == .particle ? pieces.token(index).classes.contains(.openingParticle)
            : pieces.token(index).isCapitalised
    }

    /// The end (exclusive) of the run starting at `start`.
    private static func extent(_ pieces: NamePieces, from start: Int) -> Int {
        var end = start + 1
        if pieces[start].endsName && isNameLike(pieces[start]) { return end }
        var hasHeadWord = isHeadWord(pieces, start)
        var index = start + 1
        while index < pieces.count {
            let piece = pieces[index]
            if isNameLike(piece) {
                end = index + 1
                hasHeadWord = hasHeadWord || isHeadWord(pieces, index)
                if piece.endsName { break }
                index += 1
                continue
            }
            guard index + 1 < pieces.count, isNameLike(pieces[index + 1]) || pieces[index + 1].role == .connector
            else { break }
            let joins: Bool
            switch piece.role {
            case .particle: joins = pieces[index + 1].role == .name
            case .connector: joins = pieces.token(index).isCapitalised || hasHeadWord
            default: joins = false
            }
            guard joins else { break }
            index += 1
        }
        return end
    }

    private static func isHeadWord(_ pieces: NamePieces, _ index: Int) -> Bool {
        pieces.token(index).classes.intersects([.organisationWord, .placeWord])
    }

    /// Acronyms leave a run unless it ends in an organisation or place word: "Kurdish YPG" is two runs.
    private static func appendSplitAtAcronyms(_ pieces: NamePieces, _ range: Range<Int>, to runs: inout [Range<Int>]) {
        guard range.count > 1, range.contains(where: { pieces[$0].role == .acronym }),
              !isHeadWord(pieces, range.upperBound - 1) else {
            runs.append(range)
            return
        }
        func appendIfName(_ part: Range<Int>) {
            if isNameLike(pieces[part.lowerBound]) || startsName(pieces, at: part.lowerBound) { runs.append(part) }
        }
        var start = range.lowerBound
        for index in range where pieces[index].role == .acronym {
            if start < index { appendIfName(start..<index) }
            appendIfName(index..<index + 1)
            start = index + 1
        }
        if start < range.upperBound { appendIfName(start..<range.upperBound) }
    }
}
