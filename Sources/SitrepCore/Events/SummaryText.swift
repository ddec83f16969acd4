/// The text `EventSummary` works on: unicode scalars indexed by integer offsets, sliced into its own type,
/// with one scalar replaceable (the steps that capitalise or lower a word keep its length).
///
/// An array of decoded scalars serves any sentence; `ASCIIScalars`, one byte per scalar, an ASCII one.
protocol SummaryText: RandomAccessCollection where Element == Unicode.Scalar, Index == Int, SubSequence == Self {
    /// Puts `scalar` at `index`; only this value changes.
    mutating func replace(at index: Int, with scalar: Unicode.Scalar)

    /// The text as a String, with `suffix` after it.
    func string(appending suffix: StaticString) -> String
}

extension SummaryText {
    func string() -> String { string(appending: "") }
}

extension ArraySlice: SummaryText where Element == Unicode.Scalar {
    mutating func replace(at index: Int, with scalar: Unicode.Scalar) { self[index] = scalar }

    func string(appending suffix: StaticString) -> String {
        let length = reduce(suffix.utf8CodeUnitCount) { $0 + UTF8.width($1) }
        return String(unsafeUninitializedCapacity: length) { buffer in
            var offset = 0
            for scalar in self {
                if scalar.isASCII {
                    buffer[offset] = UInt8(truncatingIfNeeded: scalar.value)
                    offset += 1
                } else {
                    UTF8.encode(scalar) { byte in
                        buffer[offset] = byte
                        offset += 1
                    }
                }
            }
            for index in 0..<suffix.utf8CodeUnitCount {
                buffer[offset] = suffix.utf8Start[index]
                offset += 1
            }
            return offset
        }
    }
}
