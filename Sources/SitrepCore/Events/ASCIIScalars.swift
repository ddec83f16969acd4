/// The scalars of ASCII text, one per byte: what `EventSummary` works on when a sentence is all ASCII (most
/// are), with no decoding and a quarter of the memory of an array of scalars.
struct ASCIIScalars: SummaryText {
    private var bytes: ArraySlice<UInt8>

    /// A copy of `bytes`, which must all be ASCII.
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        assert(AlphanumericLanes.isASCII(bytes), "ASCIIScalars of non-ASCII bytes")
        self.bytes = Array(bytes)[...]
    }

    private init(slice: ArraySlice<UInt8>) { bytes = slice }

    var startIndex: Int { bytes.startIndex }
    var endIndex: Int { bytes.endIndex }

    subscript(position: Int) -> Unicode.Scalar { Unicode.Scalar(bytes[position]) }

    subscript(bounds: Range<Int>) -> ASCIIScalars { ASCIIScalars(slice: bytes[bounds]) }

    /// `scalar` must be ASCII, as the text stays.
    mutating func replace(at index: Int, with scalar: Unicode.Scalar) {
        precondition(scalar.isASCII, "a non-ASCII scalar in ASCII text")
        bytes[index] = UInt8(truncatingIfNeeded: scalar.value)
    }

    func string(appending suffix: StaticString) -> String {
        String(unsafeUninitializedCapacity: bytes.count + suffix.utf8CodeUnitCount) { buffer in
            let copied = bytes.withUnsafeBufferPointer { buffer.initialize(fromContentsOf: $0) }
            let suffixBytes = UnsafeBufferPointer(start: suffix.utf8Start, count: suffix.utf8CodeUnitCount)
            return copied + UnsafeMutableBufferPointer(rebasing: buffer[copied...]).initialize(fromContentsOf: suffixBytes)
        }
    }
}
