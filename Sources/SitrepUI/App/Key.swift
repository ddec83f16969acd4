/// A key press, independent of any terminal library: the backend decodes into it, the key map reads it.
public enum Key: Hashable, Sendable {
    case character(Character)
    /// Ctrl plus a letter, given in lower case (`.control("d")` is Ctrl-D).
    case control(Character)
    case enter, escape, tab, backTab, backspace, delete
    case up, down, left, right, pageUp, pageDown, home, end
    case function(Int)
    case mouse(MouseEvent)
}

/// A mouse event, delivered only while mouse support is switched on.
public struct MouseEvent: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case press, wheelUp, wheelDown }
    public var kind: Kind
    public var x: Int
    public var y: Int

    public init(kind: Kind, x: Int, y: Int) {
        self.kind = kind
        self.x = x
        self.y = y
    }
}
