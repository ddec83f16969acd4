#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Substring search over raw bytes: `memchr` for the first byte, `memcmp` for the rest.
enum ByteSearch {
    /// The offset of the first occurrence of `needle` in `haystack`, or nil.
    static func firstOffset(of needle: UnsafeRawBufferPointer, in haystack: UnsafeRawBufferPointer) -> Int? {
        guard let base = haystack.baseAddress else { return nil }
        guard let first = needle.first, let needleBase = needle.baseAddress else { return 0 }
        let count = needle.count
        var offset = 0
        let last = haystack.count - count
        while offset <= last {
            guard let hit = memchr(base + offset, Int32(first), last - offset + 1) else { return nil }
            let position = UnsafeRawPointer(hit) - base
            if memcmp(base + position, needleBase, count) == 0 { return position }
            offset = position + 1
        }
        return nil
    }
}
