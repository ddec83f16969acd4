/// A non-blank line as the cleaning rules see it: its trimmed bytes, its normalized text (see
/// `LineShape`) and its shape. The buffers belong to the article being cleaned.
struct LineText {
    let raw: UnsafeBufferPointer<UInt8>
    let normalized: UnsafeBufferPointer<UInt8>
    let shape: LineShape

    /// The words of the normalized text.
    var words: NormalizedWords { NormalizedWords(normalized) }
}
