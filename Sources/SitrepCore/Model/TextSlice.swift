/// A stretch of an article's text stored as its base string and 32-bit UTF-8 offsets (24 bytes, where a
/// `Substring` takes 32): a corpus holds about thirty paragraphs and furniture blocks per article.
/// Equal and hashed by its text, as the `Substring` it stands for.
struct TextSlice: Hashable, Sendable {
    private let base: String
    private let start: Int32
    private let length: Int32

    init(_ text: Substring) {
        base = text.base
        let utf8 = text.base.utf8
        start = Int32(utf8.distance(from: utf8.startIndex, to: text.startIndex))
        length = Int32(text.utf8.count)
    }

    /// The UTF-8 bytes `bytes` of `base`, which must fall on scalar boundaries.
    init(_ base: String, bytes: Range<Int>) {
        self.base = base
        start = Int32(bytes.lowerBound)
        length = Int32(bytes.count)
    }

    /// The text, sharing the base's storage.
    var text: Substring {
        let utf8 = base.utf8
        let from = utf8.index(utf8.startIndex, offsetBy: Int(start))
        let to = utf8.index(from, offsetBy: Int(length))
        return base[from..<to]
    }

    /// Runs `body` over the UTF-8 bytes of the text, or of `offsets` in it (relative to the text's start),
    /// read in place: no `Substring` (whose bounds String rounds to scalar boundaries, a slow path for
    /// offsets) is built when the base is contiguous, as native text is.
    /// Number of UTF-8 bytes of the text.
    var utf8Count: Int { Int(length) }

    func withUTF8<Result>(_ offsets: Range<Int>? = nil,
                          _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        let range = offsets.map { (Int(start) + $0.lowerBound)..<(Int(start) + $0.upperBound) }
            ?? Int(start)..<Int(start) + Int(length)
        // The buffer below is not bounds-checked: a span past the text would read its neighbours' bytes.
        precondition(range.lowerBound >= Int(start) && range.upperBound <= Int(start) + Int(length),
                     "offsets outside the text")
        if let result = try base.utf8.withContiguousStorageIfAvailable({ try body(UnsafeBufferPointer(rebasing: $0[range])) }) {
            return result
        }
        return try Array(base.utf8)[range].withUnsafeBufferPointer(body)
    }

    static func == (a: TextSlice, b: TextSlice) -> Bool { a.text == b.text }

    func hash(into hasher: inout Hasher) { hasher.combine(text) }
}
