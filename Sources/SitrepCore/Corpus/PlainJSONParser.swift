import Foundation

/// A strict JSON parser for well-formed documents, several times faster than `JSONSerialization`
/// on corpus manifests and JSON Lines records. It gives the same values (objects as `[String: Any]`,
/// arrays as `[Any]`, `String`, numbers, `Bool`, `NSNull`) and answers nil whenever it cannot
/// promise `JSONSerialization`'s result: malformed input, a repeated key, a surrogate escape, deep
/// nesting. `JSONDocument` then asks `JSONSerialization`, which also locates the error.
struct PlainJSONParser {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0
    private static let depthLimit = 64

    /// The document's value, or nil to defer to `JSONSerialization`.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Any? {
        var parser = PlainJSONParser(bytes: bytes)
        guard let value = parser.value(depth: 0) else { return nil }
        parser.skipWhitespace()
        return parser.index == bytes.count ? value : nil
    }

    private init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    private mutating func value(depth: Int) -> Any? {
        skipWhitespace()
        guard index < bytes.count, depth < Self.depthLimit else { return nil }
        switch bytes[index] {
        case UInt8(ascii: "{"): return object(depth: depth)
        case UInt8(ascii: "["): return array(depth: depth)
        case UInt8(ascii: "\""): return string()
        case UInt8(ascii: "t"): return literal("true", true)
        case UInt8(ascii: "f"): return literal("false", false)
        case UInt8(ascii: "n"): return literal("null", NSNull())
        default: return number()
        }
    }

    private mutating func object(depth: Int) -> Any? {
        index += 1
        var object: [String: Any] = [:]
        skipWhitespace()
        if consume(UInt8(ascii: "}")) { return object }
        while true {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\""), let key = string() else { return nil }
            skipWhitespace()
            guard consume(UInt8(ascii: ":")), let value = value(depth: depth + 1) else { return nil }
            guard object.updateValue(value, forKey: key) == nil else { return nil }
            skipWhitespace()
            if consume(UInt8(ascii: ",")) { continue }
            return consume(UInt8(ascii: "}")) ? object : nil
        }
    }

    private mutating func array(depth: Int) -> Any? {
        index += 1
        var array: [Any] = []
        skipWhitespace()
        if consume(UInt8(ascii: "]")) { return array }
        while true {
            guard let element = value(depth: depth + 1) else { return nil }
            array.append(element)
            skipWhitespace()
            if consume(UInt8(ascii: ",")) { continue }
            return consume(UInt8(ascii: "]")) ? array : nil
        }
    }

    /// A string starting at the opening quote; plain runs are copied as they are, escapes decoded.
    private mutating func string() -> String? {
        index += 1
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

    /// `bytes` as a String, or nil when they are not well-formed UTF-8. (Checked here, then decoded:
    /// `String(validating:as:)` is not specialised and looks up generic metadata on every call.)
    private static func validString(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard UTF8Validation.firstInvalidOffset(in: bytes) == nil else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Decodes the escape at `index` (a backslash) into `buffer`.
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

    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`, as an Int when it is one.
    private mutating func number() -> Any? {
        let start = index
        _ = consume(UInt8(ascii: "-"))
        if consume(UInt8(ascii: "0")) {
            if index < bytes.count, Self.isDigit(bytes[index]) { return nil }
        } else if !digits() {
            return nil
        }
        var isInteger = true
        if consume(UInt8(ascii: ".")) {
            isInteger = false
            guard digits() else { return nil }
        }
        if consume(UInt8(ascii: "e")) || consume(UInt8(ascii: "E")) {
            isInteger = false
            if !consume(UInt8(ascii: "+")) { _ = consume(UInt8(ascii: "-")) }
            guard digits() else { return nil }
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        if isInteger, let integer = Int(text) { return integer }
        guard let real = Double(text), real.isFinite else { return nil }
        return real
    }

    private mutating func digits() -> Bool {
        let start = index
        while index < bytes.count, Self.isDigit(bytes[index]) { index += 1 }
        return index > start
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    private mutating func literal(_ word: StaticString, _ value: Any) -> Any? {
        let count = word.utf8CodeUnitCount
        guard index + count <= bytes.count,
              UnsafeBufferPointer(start: word.utf8Start, count: count).elementsEqual(bytes[index..<(index + count)])
        else { return nil }
        index += count
        return value
    }

    private mutating func consume(_ byte: UInt8) -> Bool {
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }
}
