/// Makes article text safe to show in a terminal, once, as it enters the model.
///
/// Every replacement keeps the byte length of what it replaces (a control byte becomes a space,
/// a three-byte bidirectional control becomes U+FFFD), so UTF-8 columns still match the original
/// file. Only a `\r` before `\n` is dropped, which changes nothing before it on its line.
public enum TextSanitizer {
    /// Returns sanitised UTF-8; `bytes` must already be well-formed UTF-8.
    public static func sanitize(_ bytes: [UInt8]) -> [UInt8] {
        guard let first = firstUnsafeIndex(bytes) else { return bytes }
        var out = [UInt8]()
        out.reserveCapacity(bytes.count)
        out.append(contentsOf: bytes[..<first])
        var i = first
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            switch b {
            case 0x0A:
                out.append(b); i += 1
            case 0x0D where i + 1 < n && bytes[i + 1] == 0x0A:
                i += 1
            case 0x1B:
                let end = escapeSequenceEnd(bytes, from: i)
                out.append(contentsOf: repeatElement(0x20, count: end - i)); i = end
            case 0x00..<0x20, 0x7F:
                out.append(0x20); i += 1
            case 0xC2 where i + 1 < n && (0x80...0x9F).contains(bytes[i + 1]):
                out.append(0x20); out.append(0x20); i += 2
            case 0xE2 where i + 2 < n && isBidiOrSeparator(bytes[i + 1], bytes[i + 2]):
                out.append(contentsOf: [0xEF, 0xBF, 0xBD]); i += 3
            default:
                out.append(b); i += 1
            }
        }
        return out
    }

    /// The first byte that needs replacing, or nil for clean text (the common, fast case).
    private static func firstUnsafeIndex(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer(firstUnsafeIndex)
    }

    /// The first byte that needs replacing, or nil for clean text. Eight bytes at a time: only lanes that may
    /// start a replacement (a control byte other than `\n`, DEL, or the lead bytes C2 and E2) are looked at
    /// one by one, so newlines and most non-ASCII text (accents, other scripts) stay on the fast path; curly
    /// quotes, dashes and no-break spaces (E2 and C2 sequences) are among the lanes looked at.
    static func firstUnsafeIndex(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let n = bytes.count
        guard let base = bytes.baseAddress else { return nil }
        let raw = UnsafeRawPointer(base)
        var i = 0
        while i + 8 <= n {
            let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            if isPrintableASCII(word) { i += 8; continue }
            let candidates = replacementCandidates(word)
            if candidates == 0 { i += 8; continue }
            let lane = i + candidates.trailingZeroBitCount >> 3
            if isUnsafe(bytes, at: lane) { return lane }
            i = lane + 1
        }
        while i < n {
            if isUnsafe(bytes, at: i) { return i }
            i += 1
        }
        return nil
    }

    /// Whether all eight bytes are 0x20...0x7E (most of any text): a high bit marks a byte below 0x20 (borrow)
    /// or from 0x7F (carry or its own bit).
    @inline(__always)
    private static func isPrintableASCII(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let belowSpace = (word &- 0x20 &* ones) & ~word
        let fromDelete = (word &+ ones) | word
        return (belowSpace | fromDelete) & AlphanumericLanes.highBits == 0
    }

    /// Lanes (high bits) of `word` holding a control byte other than `\n`, DEL, C2 or E2.
    @inline(__always)
    private static func replacementCandidates(_ word: UInt64) -> UInt64 {
        let high = word & AlphanumericLanes.highBits
        let ascii = ~word & AlphanumericLanes.highBits
        let low = word & ~AlphanumericLanes.highBits
        let control = AlphanumericLanes.lanes(of: low, from: 0x00, through: 0x1F)
            & ~AlphanumericLanes.lanes(of: low, from: 0x0A, through: 0x0A)
        let delete = AlphanumericLanes.lanes(of: low, from: 0x7F, through: 0x7F)
        let leads = AlphanumericLanes.lanes(of: low, from: 0x42, through: 0x42)
            | AlphanumericLanes.lanes(of: low, from: 0x62, through: 0x62)
        return (control | delete) & ascii | leads & high
    }

    /// Whether the byte at `i` starts something `sanitize` replaces.
    @inline(__always)
    private static func isUnsafe(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        let b = bytes[i]
        if b < 0x20 && b != 0x0A || b == 0x7F { return true }
        if b == 0xC2, i + 1 < bytes.count, (0x80...0x9F).contains(bytes[i + 1]) { return true }
        return b == 0xE2 && i + 2 < bytes.count && isBidiOrSeparator(bytes[i + 1], bytes[i + 2])
    }

    /// U+202A-202E and U+2066-2069 (bidirectional overrides and isolates), U+2028/2029 (line separators).
    private static func isBidiOrSeparator(_ second: UInt8, _ third: UInt8) -> Bool {
        (second == 0x80 && (0xA8...0xAE).contains(third)) || (second == 0x81 && (0xA6...0xA9).contains(third))
    }

    /// Where an escape sequence starting at `start` ends: CSI (`ESC [ ... final`), OSC (`ESC ] ... BEL`
    /// or `ESC \`), or a two-byte escape. Never runs past a line end.
    private static func escapeSequenceEnd(_ bytes: [UInt8], from start: Int) -> Int {
        let n = bytes.count
        var i = start + 1
        guard i < n, bytes[i] != 0x0A else { return i }
        switch bytes[i] {
        case UInt8(ascii: "["):
            i += 1
            while i < n, (0x20...0x3F).contains(bytes[i]) { i += 1 }
            if i < n, (0x40...0x7E).contains(bytes[i]) { i += 1 }
            return i
        case UInt8(ascii: "]"):
            i += 1
            while i < n, bytes[i] != 0x07, bytes[i] != 0x0A {
                if bytes[i] == 0x1B, i + 1 < n, bytes[i + 1] == UInt8(ascii: "\\") { return i + 2 }
                i += 1
            }
            return i < n && bytes[i] == 0x07 ? i + 1 : i
        default:
            return bytes[i] < 0x80 ? i + 1 : i
        }
    }
}
