import Glibc
import SitrepUI

/// Paints grids on the terminal: a `ScreenEncoder` turns each grid into the bytes that change what the
/// terminal shows, written to standard output in one go. curses only reads keys and sets the modes.
struct GridPainter {
    private var encoder: ScreenEncoder

    /// `ascii` sends cells as ASCII, for a locale that is not UTF-8.
    init(palette: Palette, ascii: Bool) {
        encoder = ScreenEncoder(ascii: ascii, parameters: palette.parameters)
    }

    /// Shows `grid`; `full` clears and repaints every cell (first paint, Ctrl-L, after a suspend or a
    /// resize), otherwise only differences are sent.
    mutating func paint(_ grid: Grid, full: Bool = false) {
        Self.write(encoder.update(to: grid, full: full))
    }

    /// Leaves the terminal plain (whole-screen scroll region, plain style) before curses or a shell
    /// takes it back; the next paint is a full one.
    mutating func release() {
        Self.write(encoder.release())
    }

    private static func write(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(1, buffer.baseAddress! + offset, buffer.count - offset)
                if written > 0 {
                    offset += written
                } else if written < 0, errno == EINTR || errno == EAGAIN {
                    continue
                } else {
                    return // the terminal is gone; the hang-up detector ends the loop
                }
            }
        }
    }
}
