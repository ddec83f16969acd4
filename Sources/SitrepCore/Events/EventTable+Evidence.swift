/// What the clusterer weighs when two events' dates overlap.
extension EventTable {
    /// Whether events `a` and `b`, whose dates overlap, report the same happening: they share at least one
    /// key word (the happening itself: "surrender"), and at least three pieces of evidence in all, counting
    /// each shared key word, each shared entity, and figures counting the same class of thing.
    func sameHappening(_ a: Int, _ b: Int) -> Bool {
        let sharedWords = sharedWordCount(a, b)
        guard sharedWords >= 1 else { return false }
        guard sharedWords < 3 else { return true }
        let evidence = sharedWords + sharedEntityCount(a, b)
        return evidence >= 3 || (evidence == 2 && figuresShareClass(a, b))
    }

    /// Key words both events hold: one merge walk over two sorted id lists.
    func sharedWordCount(_ a: Int, _ b: Int) -> Int {
        let ra = words.range(a), rb = words.range(b)
        var i = ra.lowerBound, j = rb.lowerBound, shared = 0
        while i < ra.upperBound && j < rb.upperBound {
            let x = words.values[i], y = words.values[j]
            if x < y { i += 1 } else if x > y { j += 1 } else { shared += 1; i += 1; j += 1 }
        }
        return shared
    }

    /// Entities both events mention (each event's ids are distinct, and few).
    func sharedEntityCount(_ a: Int, _ b: Int) -> Int {
        let rb = entities.range(b)
        var shared = 0
        for i in entities.range(a) where entities.values[rb].contains(entities.values[i]) { shared += 1 }
        return shared
    }

    func figuresShareClass(_ a: Int, _ b: Int) -> Bool {
        let rb = figureClasses.range(b)
        return figureClasses.range(a).contains { figureClasses.values[rb].contains(figureClasses.values[$0]) }
    }
}
