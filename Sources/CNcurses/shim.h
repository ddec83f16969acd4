#ifndef SITREP_CNCURSES_SHIM_H
#define SITREP_CNCURSES_SHIM_H

/* Wide-character curses: must be defined before curses.h, SwiftPM drops pkg-config's -D flags. */
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1

#include <locale.h>
#include <wchar.h>
#include <curses.h>

/* Swift 6 refuses mutable C globals and does not import function-like macros: wrap them. */
static inline WINDOW *sitrep_stdscr(void) { return stdscr; }
static inline int sitrep_lines(void) { return LINES; }
static inline int sitrep_cols(void) { return COLS; }
static inline int sitrep_colors(void) { return COLORS; }
static inline int sitrep_color_pairs(void) { return COLOR_PAIRS; }
static inline attr_t sitrep_a_normal(void) { return A_NORMAL; }
static inline attr_t sitrep_a_bold(void) { return A_BOLD; }
static inline attr_t sitrep_a_underline(void) { return A_UNDERLINE; }
static inline attr_t sitrep_a_reverse(void) { return A_REVERSE; }
static inline attr_t sitrep_a_dim(void) { return A_DIM; }
static inline int sitrep_key_f(int n) { return KEY_F(n); }

#endif
