/// A cursor over JSON bytes with the pieces every reader here shares: whitespace, single marks, strings
/// and the walk over an object's keys. Strings decode as `JSONSerialization` decodes them, or give nil where it
/// cannot be promised (a control character, a bad or surrogate escape, invalid UTF-8).
struct JSONScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    private(set) var index = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    var isAtEnd: Bool { index >= bytes.count }

    /// The byte at the cursor, or nil at the end.
    var next: UInt8? { index < bytes.count ? bytes[index] : nil }

    /// Moves `count` bytes on (they must be there).
    mutating func advance(by count: Int = 1) { index += count }

    /// Moves past `byte` when it is next.
    mutating func consume(_ byte: UInt8) -> Bool {
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    /// A string starting at the opening quote (the cursor); plain runs are copied as they are, escapes decoded.
    mutating func string() -> String? {
        guard consume(UInt8(ascii: "\"")) else { return nil }
        var runStart = index
        var decoded: [UInt8]?
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let run = UnsafeBufferPointer(rebasing: bytes[runStart..<index])
                index += 1
                guard var decoded else { return Self.validString(run) }
                decoded.append(contentsOf: run)
                return decoded.withUnsafeBufferPointer(Self.validString)
            }
            if byte < 0x20 { return nil }
            guard byte == UInt8(ascii: "\\") else { index += 1; continue }
            var buffer = decoded ?? []
            buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
            guard unescape(into: &buffer) else { return nil }
            decoded = buffer
            runStart = index
        }
        return nil
    }

    /// Reads an object at the cursor, handing each key to `value`, which reads the value after the colon
    /// and says whether it could. False when the object is malformed or `value` refuses a key.
    mutating func readObject(_ value: (inout JSONScanner, String) -> Bool) -> Bool {
        skipWhitespace()
        guard consume(UInt8(ascii: "{")) else { return false }
        skipWhitespace()
        if consume(UInt8(ascii: "}")) { return true }
        while true {
            skipWhitespace()
            guard let key = string() else { return false }
            skipWhitespace()
            guard consume(UInt8(ascii: ":")) else { return false }
            skipWhitespace()
            guard value(&self, key) else { return false }
            skipWhitespace()
            if consume(UInt8(ascii: ",")) { continue }
            return consume(UInt8(ascii: "}"))
        }
    }

    /// `bytes` as a String, or nil when they are not well-formed UTF-8. (Checked here, then decoded:
    /// `String(validating:as:)` is not specialised and looks up generic metadata on every call.)
    private static func validString(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard UTF8Validation.firstInvalidOffset(in: bytes) == nil else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Decodes the escape at the cursor (a backslash) into `buffer`.
    private mutating func unescape(into buffer: inout [UInt8]) -> Bool {
        guard index + 1 < bytes.count else { return false }
        let code = bytes[index + 1]
        index += 2
        switch code {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): buffer.append(code)
        case UInt8(ascii: "b"): buffer.append(0x08)
        case UInt8(ascii: "f"): buffer.append(0x0C)
        case UInt8(ascii: "n"): buffer.append(0x0A)
        case UInt8(ascii: "r"): buffer.append(0x0D)
        case UInt8(ascii: "t"): buffer.append(0x09)
        case UInt8(ascii: "u"):
            guard index + 4 <= bytes.count else { return false }
            var value: UInt32 = 0
            for _ in 0..<4 {
                guard let digit = Self.hexValue(bytes[index]) else { return false }
                value = value << 4 | digit
                index += 1
            }
            guard let scalar = Unicode.Scalar(value) else { return false } // surrogates: left to Foundation
            buffer.append(contentsOf: String(Character(scalar)).utf8)
        default: return false
        }
        return true
    }

    private static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case 0x30...0x39: UInt32(byte - 0x30)
        case 0x41...0x46: UInt32(byte - 0x37)
        case 0x61...0x66: UInt32(byte - 0x57)
        default: nil
        }
    }
}
