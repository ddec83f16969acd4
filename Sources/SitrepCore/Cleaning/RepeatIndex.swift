/// The article's normalized lines joined into one buffer, to ask how often a piece of text occurs:
/// a pull quote or a truncated copy occurs again elsewhere in the article.
struct RepeatIndex {
    private let buffer: [UInt8]

    init(_ shapes: [LineShape?]) {
        var buffer: [UInt8] = []
        buffer.reserveCapacity(shapes.reduce(0) { $0 + ($1?.normalized.count ?? 0) + 1 })
        for shape in shapes {
            guard let shape else { continue }
            buffer.append(contentsOf: shape.normalized)
            buffer.append(0x0A)
        }
        self.buffer = buffer
    }

    /// How many times `needle` occurs, counting up to `limit`.
    func occurrences(of needle: [UInt8], limit: Int = 2) -> Int {
        guard !needle.isEmpty else { return 0 }
        return buffer.withUnsafeBytes { h in
            needle.withUnsafeBytes { n in
                var count = 0
                var offset = 0
                while count < limit, offset < h.count,
                      let hit = ByteSearch.firstOffset(of: n, in: UnsafeRawBufferPointer(rebasing: h[offset...])) {
                    count += 1
                    offset += hit + 1
                }
                return count
            }
        }
    }
}
