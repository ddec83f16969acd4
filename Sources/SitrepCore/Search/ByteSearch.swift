#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Substring search on raw UTF-8 bytes: `memchr` for the needle's first byte, then `memcmp` for the rest.
enum ByteSearch {
    /// The offset of the first occurrence of `needle` at or after `start`, or nil.
    static func offset(of needle: [UInt8], in haystack: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Int? {
        guard let first = needle.first, let base = haystack.baseAddress, needle.count <= haystack.count else { return nil }
        let lastStart = haystack.count - needle.count
        var position = start
        while position <= lastStart,
              let found = memchr(base + position, Int32(first), lastStart - position + 1) {
            let offset = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if memcmp(base + offset, needle, needle.count) == 0 { return offset }
            position = offset + 1
        }
        return nil
    }
}
