/// An `Int` index or offset kept in 32 bits (clamped), so the model's many small values take half the
/// room: no corpus comes near two billion articles, lines or bytes in a paragraph.
@propertyWrapper
public struct Int32Stored: Hashable, Sendable {
    private var value: Int32

    public init(wrappedValue: Int) { value = Int32(clamping: wrappedValue) }

    public var wrappedValue: Int {
        get { Int(value) }
        set { value = Int32(clamping: newValue) }
    }
}
