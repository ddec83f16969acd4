import CNcurses
import SitrepUI

/// Turns what `wget_wch` returns into a terminal-independent `Key`.
enum KeyDecoder {
    /// A plain character (`wget_wch` returned OK): control characters become their named keys.
    static func character(_ code: UInt32) -> Key? {
        switch code {
        case 9: return .tab
        case 10, 13: return .enter
        case 8, 127: return .backspace
        case 27: return .escape
        case 1...26: return .control(Character(Unicode.Scalar(code + 96)!))
        case 0..<32, 0x80..<0xA0: return nil
        default: return Unicode.Scalar(code).map { .character(Character($0)) }
        }
    }

    /// A function key (`wget_wch` returned KEY_CODE_YES). Mouse and resize are handled by the caller.
    static func functionKey(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_NPAGE: return .pageDown
        case KEY_PPAGE: return .pageUp
        case KEY_HOME, KEY_A1, KEY_FIND, KEY_BEG: return .home
        case KEY_END, KEY_C1, KEY_SELECT, KEY_LL: return .end
        case KEY_BTAB: return .backTab
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case sitrep_key_f(1)...sitrep_key_f(24): return .function(Int(code - sitrep_key_f(0)))
        default: return nil
        }
    }

    /// Sequences some terminals send for Home and End that their terminfo entry does not list
    /// (xterm's normal cursor mode, rxvt, the console); taught to ncurses once at start.
    static let alternativeSequences: [(String, Int32)] = [
        ("\u{1B}[H", KEY_HOME), ("\u{1B}[F", KEY_END), ("\u{1B}OH", KEY_HOME), ("\u{1B}OF", KEY_END),
        ("\u{1B}[1~", KEY_HOME), ("\u{1B}[4~", KEY_END), ("\u{1B}[7~", KEY_HOME), ("\u{1B}[8~", KEY_END),
    ]

    /// Registers the alternative sequences ncurses does not already know.
    static func defineAlternatives() {
        for (sequence, code) in alternativeSequences where key_defined(sequence) == 0 {
            define_key(sequence, code)
        }
    }

    /// The mouse event behind KEY_MOUSE, if it is a click or a wheel step.
    static func mouse() -> Key? {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        let kind: MouseEvent.Kind
        if event.bstate & sitrep_wheel_up() != 0 {
            kind = .wheelUp
        } else if event.bstate & sitrep_wheel_down() != 0 {
            kind = .wheelDown
        } else if event.bstate & sitrep_button1() != 0 {
            kind = .press
        } else {
            return nil
        }
        return .mouse(MouseEvent(kind: kind, x: Int(event.x), y: Int(event.y)))
    }
}
