#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The words of a normalized title, gathered once per article so each word of a header line is compared with
/// a handful of ranges rather than a table built for it. Words compare as `NormalizedWord`s do: ASCII words by
/// their bytes, any pair involving a non-ASCII word as Strings.
struct TitleWords {
    private let title: [UInt8]
    /// ASCII title words, as ranges of `title`.
    private let ascii: [Range<Int>]
    /// Title words holding non-ASCII scalars, as Strings.
    private let others: [String]

    init(_ title: [UInt8]) {
        self.title = title
        var ascii: [Range<Int>] = []
        // Words are separated by single spaces: at most one more than those.
        ascii.reserveCapacity(title.reduce(1) { $0 + ($1 == 0x20 ? 1 : 0) })
        var others: [String] = []
        title.withUnsafeBufferPointer { buffer in
            for word in NormalizedWords(buffer) {
                if word.isASCII {
                    let start = word.bytes.baseAddress! - buffer.baseAddress!
                    ascii.append(start..<(start + word.bytes.count))
                } else {
                    others.append(word.string)
                }
            }
        }
        self.ascii = ascii
        self.others = others
    }

    func contains(_ word: NormalizedWord) -> Bool {
        if word.isASCII, containsASCII(word.bytes) { return true }
        guard !others.isEmpty || !word.isASCII else { return false }
        let string = word.string
        if others.contains(string) { return true }
        // A non-ASCII word is compared as a String with the ASCII words too.
        return !word.isASCII && ascii.contains { String(decoding: title[$0], as: UTF8.self) == string }
    }

    private func containsASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let needle = bytes.baseAddress else { return ascii.contains { $0.isEmpty } }
        return title.withUnsafeBufferPointer { title in
            ascii.contains { $0.count == bytes.count && memcmp(title.baseAddress! + $0.lowerBound, needle, bytes.count) == 0 }
        }
    }
}
