#ifndef SITREP_CNCURSES_SHIM_H
#define SITREP_CNCURSES_SHIM_H

/* Wide-character curses: must be defined before curses.h, SwiftPM drops pkg-config's -D flags. */
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1

#include <locale.h>
#include <langinfo.h>
#include <signal.h>
#include <string.h>
#include <wchar.h>
#include <curses.h>

/* Swift 6 refuses mutable C globals and does not import function-like macros: wrap them. */
static inline FILE *sitrep_stdout(void) { return stdout; }
static inline FILE *sitrep_stdin(void) { return stdin; }
static inline int sitrep_lines(void) { return LINES; }
static inline int sitrep_cols(void) { return COLS; }
static inline int sitrep_colors(void) { return COLORS; }
static inline int sitrep_color_pairs(void) { return COLOR_PAIRS; }
static inline int sitrep_key_f(int n) { return KEY_F(n); }
static inline int sitrep_key_code_yes(void) { return KEY_CODE_YES; }
static inline mmask_t sitrep_mouse_events(void) {
    return BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON4_PRESSED | BUTTON5_PRESSED;
}
static inline mmask_t sitrep_button1(void) { return BUTTON1_PRESSED | BUTTON1_CLICKED; }
static inline mmask_t sitrep_wheel_up(void) { return BUTTON4_PRESSED; }
static inline mmask_t sitrep_wheel_down(void) { return BUTTON5_PRESSED; }

/* Signals: the handler only records the signal; the run loop acts on it outside the handler.
   Everything here is used from one Swift file (SignalTrap.swift), so there is one copy of the flags. */
static inline volatile sig_atomic_t *sitrep_signal_seen(void) {
    static volatile sig_atomic_t seen[NSIG];
    return seen;
}

static void sitrep_record_signal(int sig) {
    if (sig > 0 && sig < NSIG) sitrep_signal_seen()[sig] = 1;
}

/* Installs the recording handler without SA_RESTART, so a blocking read returns and the loop sees it.
   Returns 1 when installed, 0 when the signal was ignored on entry (e.g. nohup) and is left ignored. */
static inline int sitrep_catch_signal(int sig, int respect_ignored) {
    struct sigaction old;
    if (respect_ignored && sigaction(sig, NULL, &old) == 0 && old.sa_handler == SIG_IGN) return 0;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = sitrep_record_signal;
    sigfillset(&action.sa_mask);
    action.sa_flags = 0;
    return sigaction(sig, &action, NULL) == 0;
}

static inline void sitrep_default_signal(int sig) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = SIG_DFL;
    sigemptyset(&action.sa_mask);
    sigaction(sig, &action, NULL);
}

/* Returns 1 and clears the flag when the signal arrived since the last call. */
static inline int sitrep_take_signal(int sig) {
    if (sig <= 0 || sig >= NSIG || !sitrep_signal_seen()[sig]) return 0;
    sitrep_signal_seen()[sig] = 0;
    return 1;
}

#endif
