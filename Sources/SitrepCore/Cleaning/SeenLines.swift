/// The texts of the lines met so far, as ranges of one buffer, to tell whether a line repeats one
/// of them. Lines are found by a hash of their bytes and compared byte for byte.
struct SeenLines {
    private var firstByHash: [UInt64: Range<Int>] = [:]
    /// Lines whose hash an earlier, different line already took.
    private var collided: [Range<Int>] = []

    /// Records `buffer[range]`; false when the same text was recorded before.
    mutating func insert(_ range: Range<Int>, of buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        let text = UnsafeBufferPointer(rebasing: buffer[range])
        let key = ByteHash.hash(text)
        guard let earlier = firstByHash[key] else {
            firstByHash[key] = range
            return true
        }
        let isSame = { (other: Range<Int>) in buffer[other].elementsEqual(text) }
        if isSame(earlier) || collided.contains(where: isSame) { return false }
        collided.append(range)
        return true
    }
}
