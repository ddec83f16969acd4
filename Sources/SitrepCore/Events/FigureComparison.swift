/// Decides whether figures count the same kind of thing and whether outlets' figures disagree.
///
/// What a figure counts is the last word of its counted phrase, lemmatised and mapped to a broad class, so
/// "2,000 ISIS fighters" and "3 thousand jihadists" both count combatants. Two figures agree when their
/// ranges overlap ("1,500 to 2,000" and "2,000"); a figure marked approximate ("at least", "around") is
/// widened by `approximateTolerance` on each side first.
public enum FigureComparison {
    public static let approximateTolerance = 0.1

    /// The class of thing a figure counts, or nil when it counts nothing named.
    public static func countedClass(of figure: FigureMention) -> String? {
        guard let head = figure.counted.split(whereSeparator: { !$0.isLetter }).last else { return nil }
        let lemma = Lemmatizer.lemma(of: head.lowercased())
        return classes[lemma] ?? lemma
    }

    /// `KeywordSet.hash` of `countedClass(of:)`, worked out on the bytes when the counted phrase is ASCII.
    static func countedClassHash(of figure: FigureMention) -> UInt64? {
        var counted = figure.counted
        let hash = counted.withUTF8 { bytes -> UInt64?? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return .none }
            func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
            guard var end = bytes.lastIndex(where: isLetter) else { return .some(nil) }
            end += 1
            var start = end - 1
            while start > 0, isLetter(bytes[start - 1]) { start -= 1 }
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: end - start) { lowered in
                for offset in 0..<(end - start) { lowered[offset] = bytes[start + offset] | 0x20 }
                let word = UnsafeBufferPointer(lowered), lemma = Lemmatizer.cut(word)
                let hash = KeywordSet.hash(UnsafeBufferPointer(rebasing: word[..<lemma.kept]), appendingY: lemma.addsY)
                return .some(classHashes[hash] ?? hash)
            }
        }
        if let hash { return hash }
        return countedClass(of: figure).map { KeywordSet.hash(Array($0.utf8)[...]) }
    }

    /// True when two outlets give figures for the same class of thing whose ranges do not overlap.
    public static func conflict(in figures: [ReportedFigure], articles: [AnalyzedArticle]) -> Bool {
        // Disagreement needs two outlets, so two articles first (most entries cite one).
        guard let first = figures.first, figures.contains(where: { $0.article != first.article }) else { return false }
        let outlet = first.outlet(in: articles)
        guard figures.contains(where: { $0.outlet(in: articles) != outlet }) else { return false }
        return conflict(among: figures.map { ($0.mention(in: articles), $0.outlet(in: articles)) })
    }

    /// `conflict(in:articles:)` with outlets told apart by their ranks (`TimelineOrder.ranks(ofOutletsOf:)`,
    /// one per article): integers are compared and hashed, not names.
    static func conflict(in figures: [ReportedFigure], articles: [AnalyzedArticle], outletRanks: [Int32]) -> Bool {
        guard let first = figures.first else { return false }
        let outlet = outletRanks[first.article]
        guard figures.contains(where: { outletRanks[$0.article] != outlet }) else { return false }
        return conflict(among: figures.map { (articles[$0.article].figures[$0.figure], outletRanks[$0.article]) })
    }

    /// True when two outlets give figures for the same class of thing whose ranges do not overlap.
    static func conflict<Outlet: Comparable>(among figures: [(figure: FigureMention, outlet: Outlet)]) -> Bool {
        // The figures' ranges by class, then outlet (sorted: no table per class).
        var ranges: [(kind: UInt64, outlet: Outlet, low: Double, high: Double)] = []
        ranges.reserveCapacity(figures.count)
        for reported in figures {
            guard let kind = countedClassHash(of: reported.figure) else { continue }
            let (low, high) = range(of: reported.figure)
            ranges.append((kind, reported.outlet, low, high))
        }
        ranges.sort { ($0.kind, $0.outlet) < ($1.kind, $1.outlet) }
        // Per class and outlet: the largest lower bound and the smallest upper bound given.
        var bounds: [(maxLow: Double, minHigh: Double)] = []
        var start = 0
        while start < ranges.count {
            bounds.removeAll(keepingCapacity: true)
            var end = start
            while end < ranges.count, ranges[end].kind == ranges[start].kind {
                if end > start, ranges[end].outlet == ranges[end - 1].outlet {
                    bounds[bounds.count - 1].maxLow = max(bounds[bounds.count - 1].maxLow, ranges[end].low)
                    bounds[bounds.count - 1].minHigh = min(bounds[bounds.count - 1].minHigh, ranges[end].high)
                } else {
                    bounds.append((ranges[end].low, ranges[end].high))
                }
                end += 1
            }
            for i in bounds.indices {
                for j in bounds.indices where i != j && bounds[i].maxLow > bounds[j].minHigh { return true }
            }
            start = end
        }
        return false
    }

    static func range(of figure: FigureMention) -> (Double, Double) {
        let low = Double(min(figure.low, figure.high)), high = Double(max(figure.low, figure.high))
        guard figure.isApproximate else { return (low, high) }
        return (low * (1 - approximateTolerance), high * (1 + approximateTolerance))
    }

    /// Words for the same kind of counted thing, by lemma.
    static let classes: [String: String] = {
        let groups: [String: [String]] = [
            "combatant": ["fighter", "jihadist", "jihadi", "militant", "terrorist", "extremist", "insurgent",
                          "gunman", "gunmen", "combatant", "rebel", "soldier", "troop", "jihadis"],
            "civilian": ["civilian", "resident", "refugee", "villager", "inhabitant", "evacuee"],
            "death": ["death", "dead", "casualty", "fatality", "victim", "body", "bodies"],
            "child": ["child", "children", "kid", "minor"],
        ]
        var map: [String: String] = [:]
        for (name, words) in groups {
            for word in words { map[Lemmatizer.lemma(of: word)] = name }
        }
        return map
    }()

    /// `classes` by `KeywordSet.hash` of the lemma and of the class.
    static let classHashes: [UInt64: UInt64] = classes.reduce(into: [:]) { map, entry in
        map[KeywordSet.hash(Array(entry.key.utf8)[...])] = KeywordSet.hash(Array(entry.value.utf8)[...])
    }
}
