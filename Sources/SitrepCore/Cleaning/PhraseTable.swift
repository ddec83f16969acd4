/// Byte strings mapped to values, looked up by the exact bytes of a line without building a String.
struct PhraseTable<Value> {
    private var slots: [UInt64: Int] = [:]
    private var phrases: [[UInt8]] = []
    private var values: [Value] = []
    /// No phrase is longer than this, so longer text skips hashing.
    private(set) var longest = 0

    /// Later entries replace earlier ones with the same phrase.
    init(_ entries: [(phrase: String, value: Value)]) {
        for (phrase, value) in entries {
            let bytes = Array(phrase.utf8)
            let key = ByteHash.hash(bytes)
            if let slot = slots[key] {
                precondition(phrases[slot] == bytes, "two phrases share a hash")
                values[slot] = value
                continue
            }
            slots[key] = phrases.count
            phrases.append(bytes)
            values.append(value)
            longest = max(longest, bytes.count)
        }
    }

    /// The value of the phrase equal to `text`, or nil.
    func value(for text: UnsafeBufferPointer<UInt8>) -> Value? {
        guard text.count <= longest, let slot = slots[ByteHash.hash(text)] else { return nil }
        return phrases[slot].elementsEqual(text) ? values[slot] : nil
    }
}

extension PhraseTable: Sendable where Value: Sendable {}
