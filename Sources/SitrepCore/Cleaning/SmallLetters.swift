/// Tests eight bytes at once for ASCII small letters (a-z), so the long runs of them in any line of prose can
/// be copied a word at a time.
enum SmallLetters {
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// Whether each of the eight bytes of `word` is in a...z.
    @inline(__always)
    static func fill(_ word: UInt64) -> Bool {
        // With every high bit clear, adding 0x1F sets a byte's high bit exactly when it is 0x61 or more, and
        // adding 0x05 exactly when it is over 0x7A; no byte carries into the next.
        word & highBits == 0 && (word &+ 0x1F1F_1F1F_1F1F_1F1F) & highBits == highBits
            && (word &+ 0x0505_0505_0505_0505) & highBits == 0
    }
}
