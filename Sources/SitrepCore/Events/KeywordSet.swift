/// The key words of a sentence, stored as 64-bit FNV-1a hashes of their lemma bytes, sorted and unique:
/// no String per word, and two sets intersect by one merge walk.
public struct KeywordSet: Hashable, Sendable, ExpressibleByArrayLiteral {
    /// The sorted, unique hashes.
    public private(set) var hashes: [UInt64]

    init(hashes: [UInt64]) {
        var hashes = hashes
        hashes.sort()
        var unique = 0
        for index in hashes.indices where unique == 0 || hashes[unique - 1] != hashes[index] {
            hashes[unique] = hashes[index]
            unique += 1
        }
        hashes.removeLast(hashes.count - unique)
        self.hashes = hashes
    }

    /// A set of the given lemmas (already lower-cased and lemmatised).
    public init(arrayLiteral words: String...) {
        self.init(hashes: words.map { Self.hash(Array($0.utf8)[...]) })
    }

    public var count: Int { hashes.count }
    public var isEmpty: Bool { hashes.isEmpty }

    /// Whether the set holds this lemma.
    public func contains(_ word: String) -> Bool {
        contains(hash: Self.hash(Array(word.utf8)[...]))
    }

    func contains(hash: UInt64) -> Bool {
        var low = 0, high = hashes.count
        while low < high {
            let mid = (low + high) / 2
            if hashes[mid] < hash { low = mid + 1 } else { high = mid }
        }
        return low < hashes.count && hashes[low] == hash
    }

    /// FNV-1a over the bytes of a word.
    static func hash(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        bytes.withUnsafeBufferPointer { hash($0) }
    }

    /// FNV-1a over the bytes of a word, and a final "y" when `appendingY` (a lemma from `Lemmatizer.cut`).
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>, appendingY: Bool = false) -> UInt64 {
        var value = hashSeed
        for byte in bytes { value = hash(value, adding: byte) }
        return appendingY ? hash(value, adding: UInt8(ascii: "y")) : value
    }

    /// The FNV-1a value before any byte.
    static let hashSeed: UInt64 = 0xcbf2_9ce4_8422_2325

    /// One FNV-1a step: `value` with `byte` added. The hash of a prefix is a step on the way to the
    /// hash of the whole word.
    @inline(__always)
    static func hash(_ value: UInt64, adding byte: UInt8) -> UInt64 {
        (value ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
    }
}
