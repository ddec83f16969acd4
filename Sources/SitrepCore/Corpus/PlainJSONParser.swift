import Foundation

/// A strict JSON parser for well-formed documents, several times faster than `JSONSerialization`
/// on corpus manifests and JSON Lines records. It gives the same values (objects as `[String: Any]`,
/// arrays as `[Any]`, `String`, numbers, `Bool`, `NSNull`) and answers nil whenever it cannot
/// promise `JSONSerialization`'s result: malformed input, a repeated key, a surrogate escape, deep
/// nesting. `JSONDocument` then asks `JSONSerialization`, which also locates the error.
struct PlainJSONParser {
    private var scanner: JSONScanner
    private static let depthLimit = 64

    /// The document's value, or nil to defer to `JSONSerialization`.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Any? {
        var parser = PlainJSONParser(scanner: JSONScanner(bytes))
        guard let value = parser.value(depth: 0) else { return nil }
        parser.scanner.skipWhitespace()
        return parser.scanner.isAtEnd ? value : nil
    }

    private init(scanner: JSONScanner) { self.scanner = scanner }

    private mutating func value(depth: Int) -> Any? {
        scanner.skipWhitespace()
        guard let byte = scanner.next, depth < Self.depthLimit else { return nil }
        switch byte {
        case UInt8(ascii: "{"): return object(depth: depth)
        case UInt8(ascii: "["): return array(depth: depth)
        case UInt8(ascii: "\""): return scanner.string()
        case UInt8(ascii: "t"): return literal("true", true)
        case UInt8(ascii: "f"): return literal("false", false)
        case UInt8(ascii: "n"): return literal("null", NSNull())
        default: return number()
        }
    }

    private mutating func object(depth: Int) -> Any? {
        scanner.advance()
        var object: [String: Any] = [:]
        scanner.skipWhitespace()
        if scanner.consume(UInt8(ascii: "}")) { return object }
        while true {
            scanner.skipWhitespace()
            guard let key = scanner.string() else { return nil }
            scanner.skipWhitespace()
            guard scanner.consume(UInt8(ascii: ":")), let value = value(depth: depth + 1) else { return nil }
            guard object.updateValue(value, forKey: key) == nil else { return nil }
            scanner.skipWhitespace()
            if scanner.consume(UInt8(ascii: ",")) { continue }
            return scanner.consume(UInt8(ascii: "}")) ? object : nil
        }
    }

    private mutating func array(depth: Int) -> Any? {
        scanner.advance()
        var array: [Any] = []
        scanner.skipWhitespace()
        if scanner.consume(UInt8(ascii: "]")) { return array }
        while true {
            guard let element = value(depth: depth + 1) else { return nil }
            array.append(element)
            scanner.skipWhitespace()
            if scanner.consume(UInt8(ascii: ",")) { continue }
            return scanner.consume(UInt8(ascii: "]")) ? array : nil
        }
    }

    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`, as an Int when it is one.
    private mutating func number() -> Any? {
        let start = scanner.index
        _ = scanner.consume(UInt8(ascii: "-"))
        if scanner.consume(UInt8(ascii: "0")) {
            if let next = scanner.next, Self.isDigit(next) { return nil }
        } else if !digits() {
            return nil
        }
        var isInteger = true
        if scanner.consume(UInt8(ascii: ".")) {
            isInteger = false
            guard digits() else { return nil }
        }
        if scanner.consume(UInt8(ascii: "e")) || scanner.consume(UInt8(ascii: "E")) {
            isInteger = false
            if !scanner.consume(UInt8(ascii: "+")) { _ = scanner.consume(UInt8(ascii: "-")) }
            guard digits() else { return nil }
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: scanner.bytes[start..<scanner.index]), as: UTF8.self)
        if isInteger, let integer = Int(text) { return integer }
        guard let real = Double(text), real.isFinite else { return nil }
        return real
    }

    private mutating func digits() -> Bool {
        let start = scanner.index
        while let next = scanner.next, Self.isDigit(next) { scanner.advance() }
        return scanner.index > start
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    private mutating func literal(_ word: StaticString, _ value: Any) -> Any? {
        let count = word.utf8CodeUnitCount
        let index = scanner.index
        guard index + count <= scanner.bytes.count,
              UnsafeBufferPointer(start: word.utf8Start, count: count).elementsEqual(scanner.bytes[index..<(index + count)])
        else { return nil }
        scanner.advance(by: count)
        return value
    }
}
