/// Case-insensitive substring search on UTF-8 bytes, folding ASCII letters; other bytes match exactly.
struct TextSearch: Sendable {
    let needle: [UInt8]

    /// True when the query has only the characters of an ISO date (`2019-03-12/2019-03-23`), so rows
    /// need not spell out their dates for queries that cannot match them.
    let couldMatchISODate: Bool

    init?(_ query: String) {
        guard !query.isEmpty else { return nil }
        needle = query.utf8.map(Self.fold)
        couldMatchISODate = needle.allSatisfy { byte in
            (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "/")
        }
    }

    /// Byte ranges of every match in `text`.
    func ranges(in text: some StringProtocol) -> [Range<Int>] {
        if let found = text.utf8.withContiguousStorageIfAvailable(scan) { return found }
        var copy = String(text)
        copy.makeContiguousUTF8()
        return copy.utf8.withContiguousStorageIfAvailable(scan) ?? []
    }

    /// Whether `text` contains the query; stops at the first match.
    func matches(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var found = false
            scan(bytes) { _ in
                found = true
                return false
            }
            return found
        }
    }

    private func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var found: [Range<Int>] = []
        scan(bytes) { range in
            found.append(range)
            return true
        }
        return found
    }

    /// Calls `visit` with each non-overlapping match in order until it returns false.
    private func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ visit: (Range<Int>) -> Bool) {
        let count = needle.count
        guard bytes.count >= count else { return }
        let last = bytes.count - count
        var index = 0
        while index <= last {
            index = nextStart(in: bytes, from: index, through: last)
            guard index <= last else { return }
            var offset = 1
            while offset < count, Self.fold(bytes[index + offset]) == needle[offset] { offset += 1 }
            if offset == count {
                guard visit(index..<(index + count)) else { return }
                index += count
            } else {
                index += 1
            }
        }
    }

    /// The first position from `start` through `last` whose byte is the needle's first byte in either case
    /// (or `last + 1`). Eight bytes at a time: OR-ing 0x20 into every byte folds ASCII capitals, and the
    /// occasional non-letter it lets through is turned away by the full comparison.
    private func nextStart(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, through last: Int) -> Int {
        let first = needle[0]
        let isLetter = (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(first)
        let caseBits: UInt64 = isLetter ? 0x2020_2020_2020_2020 : 0
        let pattern = UInt64(first) &* 0x0101_0101_0101_0101
        let raw = UnsafeRawPointer(bytes.baseAddress!)
        var index = start
        while index + 8 <= last + 1 {
            let word = (raw.loadUnaligned(fromByteOffset: index, as: UInt64.self).littleEndian | caseBits) ^ pattern
            let zeroBytes = (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080
            if zeroBytes != 0 { return index + zeroBytes.trailingZeroBitCount / 8 }
            index += 8
        }
        while index <= last {
            let byte = bytes[index]
            if byte == first || (isLetter && byte | 0x20 == first) { return index }
            index += 1
        }
        return index
    }

    static func fold(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte + 32 : byte }
}
