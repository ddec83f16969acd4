/// A 4096-bit Bloom-style filter over 64-bit word keys (`WordKey`s, or `LetterRun` fingerprints): one
/// multiply and one bit test reject most words before a dictionary is hashed. False positives are possible, false negatives are not.
public struct KeywordFilter: Sendable {
    private var bits = [UInt64](repeating: 0, count: 64)

    public init(_ keys: some Sequence<UInt64>) {
        for key in keys {
            let slot = Self.slot(key)
            bits[slot >> 6] |= 1 << UInt64(slot & 63)
        }
    }

    @inline(__always)
    static func slot(_ key: UInt64) -> Int { Int((key &* 0x9E37_79B9_7F4A_7C15) &>> 52) }

    /// Whether `key` may be one of the filter's keys.
    @inline(__always)
    public func mayContain(_ key: UInt64) -> Bool {
        let slot = Self.slot(key)
        return bits.withUnsafeBufferPointer { $0[slot &>> 6] & (1 &<< UInt64(slot & 63)) != 0 }
    }
}
