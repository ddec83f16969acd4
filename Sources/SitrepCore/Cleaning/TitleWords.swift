/// The words of a normalized title, gathered once per article so each word of a header line is looked up
/// instead of compared with every title word. Words compare as `NormalizedWord`s do: ASCII words by their
/// bytes, any pair involving a non-ASCII word as Strings.
struct TitleWords {
    /// ASCII title words by their `ByteHash` (the bytes are compared on a hit).
    private var ascii: [UInt64: [[UInt8]]] = [:]
    /// Title words holding non-ASCII scalars, as Strings.
    private var others: [String] = []

    init(_ title: [UInt8]) {
        title.withUnsafeBufferPointer { buffer in
            for word in NormalizedWords(buffer) {
                if word.isASCII {
                    ascii[ByteHash.hash(word.bytes), default: []].append(Array(word.bytes))
                } else {
                    others.append(word.string)
                }
            }
        }
    }

    func contains(_ word: NormalizedWord) -> Bool {
        if word.isASCII, let candidates = ascii[ByteHash.hash(word.bytes)],
           candidates.contains(where: { $0.elementsEqual(word.bytes) }) { return true }
        guard !others.isEmpty || !word.isASCII else { return false }
        let string = word.string
        if others.contains(string) { return true }
        // A non-ASCII word is compared as a String with the ASCII words too.
        return !word.isASCII && ascii.values.joined().contains { String(decoding: $0, as: UTF8.self) == string }
    }
}
