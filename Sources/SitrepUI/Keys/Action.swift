/// A named thing the user can ask for. Keys map to actions in `KeyMap`; `update` applies them.
public enum Action: Hashable, Sendable {
    case focusNext, focusPrevious, focus(PaneID)
    case moveDown, moveUp, pageDown, pageUp, halfPageDown, halfPageUp, top, bottom
    case open, back
    case search, searchNext, searchPrevious
    case nextMention, previousMention, nextSource, previousSource, toggleBoilerplate
    case toggleHelp, toggleMouse, toggleZoom, redraw, quit
    case resize(width: Int, height: Int)
    case mouse(MouseEvent)
    /// Editing the open prompt.
    case promptInsert(Character), promptBackspace, promptAccept, promptCancel
}
