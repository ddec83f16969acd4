import Foundation

/// A name text of an article's drafts: a range of `DraftTexts.bytes`.
struct NameText: Equatable {
    var start: Int32
    var end: Int32
}

/// The texts and words of one article's name drafts, in two growing arenas, so that a draft is plain data
/// (copied and dropped without reference counting) and a String is made only for the names kept.
struct DraftTexts {
    /// The UTF-8 bytes of every text, one after another.
    private(set) var bytes: [UInt8] = []
    /// The lowercase words of every draft's core, one after another.
    private(set) var words: [TokenKey] = []

    init() {
        bytes.reserveCapacity(1024)
        words.reserveCapacity(256)
    }

    /// Adds a copy of `source`.
    mutating func add(_ source: UnsafeBufferPointer<UInt8>) -> NameText {
        let start = bytes.count
        bytes.append(contentsOf: source)
        return NameText(start: Int32(truncatingIfNeeded: start), end: Int32(truncatingIfNeeded: bytes.count))
    }

    mutating func add(_ string: String) -> NameText {
        var string = string
        return string.withUTF8 { add($0) }
    }

    /// Adds the words of `tokens` as written in `source`, one space apart ("Sean Ryan").
    mutating func add(spaced tokens: some Collection<WordToken>, of source: UnsafeBufferPointer<UInt8>) -> NameText {
        let start = bytes.count
        for token in tokens {
            if bytes.count > start { bytes.append(0x20) }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[token.start..<token.end]))
        }
        return NameText(start: Int32(truncatingIfNeeded: start), end: Int32(truncatingIfNeeded: bytes.count))
    }

    /// Adds `first`, a space and the part of `second` after its last space ("Fabien" and "Jean-Michel Clain"
    /// give "Fabien Clain").
    mutating func add(_ first: NameText, withSurnameOf second: NameText) -> NameText {
        let start = bytes.count
        let lastSpace = (Int(second.start)..<Int(second.end)).last { bytes[$0] == 0x20 } ?? Int(second.start) - 1
        for index in Int(first.start)..<Int(first.end) { bytes.append(bytes[index]) }
        bytes.append(0x20)
        for index in lastSpace + 1..<Int(second.end) { bytes.append(bytes[index]) }
        return NameText(start: Int32(truncatingIfNeeded: start), end: Int32(truncatingIfNeeded: bytes.count))
    }

    /// Adds the keys of a draft's core words; returns where they are in `words`.
    mutating func add(wordsOf tokens: some Collection<WordToken>) -> Range<Int> {
        let start = words.count
        for token in tokens { words.append(token.key) }
        return start..<words.count
    }

    /// Whether two texts are equal as Swift compares Strings: the same bytes, or, where some byte is not
    /// ASCII, canonically equivalent ("Zoë" with a precomposed ë or a combining diaeresis).
    func areEqual(_ a: NameText, _ b: NameText) -> Bool {
        if a == b { return true }
        return bytes.withUnsafeBufferPointer { bytes in
            let first = UnsafeBufferPointer(rebasing: bytes[a.range]), second = UnsafeBufferPointer(rebasing: bytes[b.range])
            if first.count == second.count
                && (first.isEmpty || memcmp(first.baseAddress!, second.baseAddress!, first.count) == 0) { return true }
            guard !(AlphanumericLanes.isASCII(first) && AlphanumericLanes.isASCII(second)) else { return false }
            return String(decoding: first, as: UTF8.self) == String(decoding: second, as: UTF8.self)
        }
    }

    /// The text as a String.
    func string(_ text: NameText) -> String {
        bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[text.range]), as: UTF8.self) }
    }
}

extension NameText {
    var count: Int { Int(end - start) }
    var range: Range<Int> { Int(start)..<Int(end) }

    /// The text's last `length` bytes, as a text over the same bytes.
    func suffix(_ length: Int) -> NameText { NameText(start: end - Int32(truncatingIfNeeded: length), end: end) }
}
