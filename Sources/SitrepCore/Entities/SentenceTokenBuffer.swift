/// Room for the tokens of one sentence at a time, reused from sentence to sentence: `WordTokenizer` writes
/// into it without the capacity and copy-on-write checks of an array append. No token is shorter than a byte,
/// so a sentence of n bytes has at most n tokens: made with room for the longest sentence, it never fills.
struct SentenceTokenBuffer: ~Copyable {
    private let base: UnsafeMutablePointer<WordToken>
    /// The most tokens it can hold.
    let capacity: Int
    private(set) var count = 0

    /// An empty buffer with room for `capacity` tokens (a sentence of that many bytes).
    init(capacity: Int) {
        self.capacity = max(1, capacity)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// Adds a token; more than `capacity` tokens is a programming error.
    @inline(__always)
    mutating func append(_ token: WordToken) {
        precondition(count < capacity, "a sentence has more tokens than bytes")
        (base + count).initialize(to: token)
        count &+= 1
    }

    /// The token added last, nil when it is empty.
    var last: WordToken? { count > 0 ? base[count - 1] : nil }

    /// Empties it for the next sentence (tokens are plain data: nothing to deinitialise).
    mutating func removeAll() { count = 0 }

    /// The tokens added since it was last emptied, valid until it next changes.
    var tokens: UnsafeBufferPointer<WordToken> { UnsafeBufferPointer(start: base, count: count) }
}
