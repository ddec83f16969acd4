/// Case-insensitive substring search on UTF-8 bytes, folding ASCII letters; other bytes match exactly.
struct TextSearch: Sendable {
    let needle: [UInt8]

    init?(_ query: String) {
        guard !query.isEmpty else { return nil }
        needle = query.utf8.map(Self.fold)
    }

    /// Byte ranges of every match in `text`.
    func ranges(in text: String) -> [Range<Int>] {
        if let found = text.utf8.withContiguousStorageIfAvailable(scan) { return found }
        var copy = text
        copy.makeContiguousUTF8()
        return copy.utf8.withContiguousStorageIfAvailable(scan) ?? []
    }

    /// Whether `text` contains the query.
    func matches(_ text: String) -> Bool { !ranges(in: text).isEmpty }

    private func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var found: [Range<Int>] = []
        let count = needle.count
        guard bytes.count >= count else { return found }
        let first = needle[0]
        var index = 0
        while index <= bytes.count - count {
            if Self.fold(bytes[index]) == first {
                var offset = 1
                while offset < count, Self.fold(bytes[index + offset]) == needle[offset] { offset += 1 }
                if offset == count {
                    found.append(index..<(index + count))
                    index += count
                    continue
                }
            }
            index += 1
        }
        return found
    }

    static func fold(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte + 32 : byte }
}
