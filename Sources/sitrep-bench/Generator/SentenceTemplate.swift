/// A sentence taken from the seeds, cut into literal text and the slots the generator rewrites:
/// weekday and month names, days of the month and figures. Cut once, then written many times.
struct SentenceTemplate: Sendable {
    enum Piece: Sendable, Equatable {
        case text([UInt8])
        case weekday
        case month
        case dayOfMonth
        /// A count; `value` is the original, so rewritten figures keep its order of magnitude.
        case figure(value: Int)
    }

    var pieces: [Piece]

    init(_ sentence: String) {
        let bytes = Array(sentence.utf8)
        var pieces: [Piece] = []
        var literal: [UInt8] = []
        var index = 0
        func flush() {
            if !literal.isEmpty { pieces.append(.text(literal)); literal.removeAll(keepingCapacity: true) }
        }
        while index < bytes.count {
            let byte = bytes[index]
            let atWordStart = index == 0 || !Self.isWordByte(bytes[index - 1])
            if atWordStart, Self.isLetter(byte) {
                var end = index
                while end < bytes.count, Self.isWordByte(bytes[end]) { end += 1 }
                let word = String(decoding: bytes[index..<end], as: UTF8.self)
                if Vocabulary.weekdays.contains(word) {
                    flush(); pieces.append(.weekday)
                } else if word != "May", Vocabulary.months.contains(word) {
                    flush(); pieces.append(.month)
                } else {
                    literal.append(contentsOf: bytes[index..<end])
                }
                index = end
            } else if atWordStart, Self.isDigit(byte) {
                var end = index
                var value = 0
                while end < bytes.count, Self.isDigit(bytes[end])
                        || (bytes[end] == UInt8(ascii: ",") && end + 1 < bytes.count && Self.isDigit(bytes[end + 1])) {
                    if bytes[end] != UInt8(ascii: ",") { value = value &* 10 &+ Int(bytes[end] - 48) }
                    end += 1
                }
                let token = bytes[index..<end]
                let glued = end < bytes.count && Self.isWordByte(bytes[end])
                    || end + 1 < bytes.count && [UInt8(ascii: "."), UInt8(ascii: "/"), UInt8(ascii: ":")]
                        .contains(bytes[end]) && Self.isDigit(bytes[end + 1])
                if glued || (token.count == 4 && (1900...2099).contains(value)) || value == 0 {
                    literal.append(contentsOf: token)
                } else if value <= 31 && (Self.monthFollows(bytes, at: end) || pieces.last == .month && literal == [32]) {
                    flush(); pieces.append(.dayOfMonth)
                } else {
                    flush(); pieces.append(.figure(value: value))
                }
                index = end
            } else {
                literal.append(byte)
                index += 1
            }
        }
        flush()
        self.pieces = pieces
    }

    private static func monthFollows(_ bytes: [UInt8], at index: Int) -> Bool {
        guard index < bytes.count, bytes[index] == 32 else { return false }
        var end = index + 1
        while end < bytes.count, isLetter(bytes[end]) { end += 1 }
        let word = String(decoding: bytes[(index + 1)..<end], as: UTF8.self)
        return word != "May" && Vocabulary.months.contains(word)
    }

    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 97 && (byte | 0x20) <= 122 }
    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }
    /// ASCII letters and digits, plus every byte of a multi-byte scalar (accented letters).
    private static func isWordByte(_ byte: UInt8) -> Bool { isLetter(byte) || isDigit(byte) || byte >= 0x80 }
}
