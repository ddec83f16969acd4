/// A fixed list of byte phrases searched for together, in one pass over the text.
///
/// The scan reads one window of a few bytes (as many as the shortest phrase has, up to four) every
/// `stride` bytes, where `stride` is how many windows the shortest phrase holds: every occurrence of
/// every phrase then covers a window read, at one of its first `stride` offsets. Those windows of every
/// phrase are hashed into a 4096-bit filter, which rejects almost every window read; at the rest, the
/// phrases holding that window are compared whole.
struct PhraseScanner<Value> {
    private let phrases: [[UInt8]]
    private let values: [Value]
    /// Each phrase's first (up to) four bytes, little-endian, and the mask of the bytes it has.
    private let heads: [(bytes: UInt32, mask: UInt32)]
    /// The bytes phrases start with: most text starts with none of them, and has no phrase as its prefix.
    private let openings: ByteSet
    /// How many bytes a window has: the shortest phrase's length, at most four.
    private let windowLength: Int
    /// How far apart the windows read are.
    private let stride: Int
    /// Every phrase's windows at offsets `0..<stride`, ordered by filter slot.
    private let windows: [(bytes: UInt32, phrase: Int, offset: Int)]
    /// Where each slot's windows start in `windows` (and the last one ends).
    private let slotStarts: [UInt16]
    private let filter: [UInt64]

    /// `entries` in priority order; every phrase has at least two bytes.
    init(_ entries: [(phrase: String, value: Value)]) {
        phrases = entries.map { Array($0.phrase.utf8) }
        values = entries.map(\.value)
        let shortest = phrases.map(\.count).min() ?? 4
        windowLength = min(4, shortest)
        precondition(windowLength >= 2, "a scanned phrase needs two bytes")
        heads = phrases.map { Self.head(of: $0[...]) }
        openings = ByteSet(phrases.map { $0[0] })
        stride = shortest - windowLength + 1
        var windows: [(bytes: UInt32, phrase: Int, offset: Int)] = []
        for (index, phrase) in phrases.enumerated() {
            for offset in 0..<stride {
                windows.append((Self.head(of: phrase[offset..<(offset + windowLength)]).bytes, index, offset))
            }
        }
        precondition(windows.count < Int(UInt16.max), "too many phrase windows")
        self.windows = windows.sorted { Self.slot($0.bytes) < Self.slot($1.bytes) }
        var starts = [UInt16](repeating: 0, count: 4097)
        var bits = [UInt64](repeating: 0, count: 64)
        for window in windows {
            let slot = Self.slot(window.bytes)
            starts[slot + 1] += 1
            bits[slot >> 6] |= 1 << UInt64(slot & 63)
        }
        for slot in 0..<4096 { starts[slot + 1] += starts[slot] }
        slotStarts = starts
        filter = bits
    }

    /// The value of the first phrase in priority order that occurs anywhere in `text`.
    func firstOccurring(in text: UnsafeBufferPointer<UInt8>) -> Value? {
        let length = windowLength
        guard text.count >= length else { return nil }
        var best = Int.max
        let last = text.count - length
        filter.withUnsafeBufferPointer { bits in
            var position = 0
            while position <= last {
                let window = Self.window(of: length, in: text, at: position)
                let slot = Self.slot(window)
                if bits[slot &>> 6] & (1 &<< UInt64(slot & 63)) != 0 {
                    for entry in windows[Int(slotStarts[slot])..<Int(slotStarts[slot + 1])]
                    where entry.phrase < best && entry.bytes == window
                        && matches(entry.phrase, in: text, at: position - entry.offset) {
                        best = entry.phrase
                    }
                    if best == 0 { return }
                }
                position += stride
            }
        }
        return best < values.count ? values[best] : nil
    }

    /// Whether any phrase occurs in `text`.
    func occurs(in text: UnsafeBufferPointer<UInt8>) -> Bool { firstOccurring(in: text) != nil }

    /// The value of the first phrase in priority order that `text` starts with.
    func firstPrefix(of text: UnsafeBufferPointer<UInt8>) -> Value? {
        guard let first = text.first, openings.contains(first) else { return nil }
        var window: UInt32 = 0
        for offset in 0..<min(4, text.count) { window |= UInt32(text[offset]) << (8 * offset) }
        for index in phrases.indices where window & heads[index].mask == heads[index].bytes {
            if matches(index, in: text, at: 0) { return values[index] }
        }
        return nil
    }

    /// Whether phrase `index` occurs in `text` at `position`.
    private func matches(_ index: Int, in text: UnsafeBufferPointer<UInt8>, at position: Int) -> Bool {
        let phrase = phrases[index]
        guard position >= 0, position + phrase.count <= text.count else { return false }
        var offset = 0
        while offset < phrase.count, text[position + offset] == phrase[offset] { offset += 1 }
        return offset == phrase.count
    }

    /// The `length` (2...4) bytes at `position` as a little-endian integer.
    @inline(__always)
    private static func window(of length: Int, in text: UnsafeBufferPointer<UInt8>, at position: Int) -> UInt32 {
        if length == 4 { return UnsafeRawPointer(text.baseAddress! + position).loadUnaligned(as: UInt32.self) }
        var window: UInt32 = 0
        for offset in 0..<length { window |= UInt32(text[position + offset]) << (8 * offset) }
        return window
    }

    /// Up to the first four bytes as a little-endian integer, and the mask of the bytes present.
    private static func head<Bytes: Collection<UInt8>>(of bytes: Bytes) -> (bytes: UInt32, mask: UInt32) {
        var head: UInt32 = 0
        var mask: UInt32 = 0
        for (offset, byte) in bytes.prefix(4).enumerated() {
            head |= UInt32(byte) << (8 * offset)
            mask |= 0xFF << (8 * offset)
        }
        return (head, mask)
    }

    @inline(__always)
    private static func slot(_ window: UInt32) -> Int { Int((window &* 0x9E37_79B1) &>> 20) }
}

extension PhraseScanner where Value == Void {
    init(_ phrases: [String]) { self.init(phrases.map { ($0, ()) }) }
}

extension PhraseScanner: Sendable where Value: Sendable {}
