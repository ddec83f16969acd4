/// Finds the mentions lying inside a span: the mentions' spans sorted once, then a binary search per look-up.
struct SpanIndex {
    /// Mention indices in span order (ties in mention order).
    private let order: [Int]
    private let sorted: [TextSpan]

    init(_ spans: [TextSpan]) {
        // Mentions are mostly found in text order: then nothing is sorted.
        guard zip(spans, spans.dropFirst()).allSatisfy({ $0 <= $1 }) else {
            order = spans.indices.sorted { (spans[$0], $0) < (spans[$1], $1) }
            sorted = order.map { spans[$0] }
            return
        }
        order = Array(spans.indices)
        sorted = spans
    }

    /// Calls `body` with the index of each mention inside `outer`, in span order.
    func forEach(within outer: TextSpan, _ body: (Int) -> Void) {
        let first = TextSpan(paragraph: outer.paragraph, start: outer.start, end: outer.start)
        var low = 0, high = sorted.count
        while low < high {
            let mid = (low + high) / 2
            if sorted[mid] < first { low = mid + 1 } else { high = mid }
        }
        var position = low
        while position < sorted.count, sorted[position].paragraph == outer.paragraph, sorted[position].start < outer.end {
            if outer.contains(sorted[position]) { body(order[position]) }
            position += 1
        }
    }
}
