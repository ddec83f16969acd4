/// The article's normalized lines joined into one buffer (each followed by a newline), to ask how
/// often a piece of text occurs: a pull quote or a truncated copy occurs again elsewhere in the article.
struct RepeatIndex {
    private let buffer: UnsafeRawBufferPointer

    init(_ buffer: UnsafeBufferPointer<UInt8>) { self.buffer = UnsafeRawBufferPointer(buffer) }

    /// How many times `needle` occurs, counting up to `limit`.
    func occurrences(of needle: UnsafeBufferPointer<UInt8>, limit: Int = 2) -> Int {
        guard !needle.isEmpty else { return 0 }
        let pattern = UnsafeRawBufferPointer(needle)
        var count = 0
        var offset = 0
        while count < limit, offset < buffer.count,
              let hit = ByteSearch.firstOffset(of: pattern, in: UnsafeRawBufferPointer(rebasing: buffer[offset...])) {
            count += 1
            offset += hit + 1
        }
        return count
    }
}
