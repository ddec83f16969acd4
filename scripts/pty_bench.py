#!/usr/bin/env python3
"""Measures sitrep from the terminal's side, through a pseudo-terminal driving the real binary.

For each terminal size: the time from exec to the first complete screen (the four pane titles are on
screen and the output has gone quiet; a large corpus shows its analysis progress there), the time until
the corpus is on screen (the last paint before a longer silence), then the bytes written to the terminal (mean per press) for one line of scrolling
in the reader, one page down, one move in the event list and a full redraw (Ctrl-L). The same scroll
figures are taken from `less` showing the same article text at the same size, for comparison: the text
the reader shows (the first article's cleaned text, `sitrep articles --show`), not the raw file with its
page furniture.

Standard library only (pty, os, select, subprocess, termios, fcntl, struct, time).
"""

import argparse
import fcntl
import json
import os
import re
import select
import signal
import struct
import subprocess
import sys
import tempfile
import termios
import time

PANE_TITLES = ["Timeline", "Articles", "Reader", "Entities"]
ESCAPES = re.compile(rb"\x1b(\[[0-9;?>=]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)|[()][0-9A-Za-z]|[=>78DEHMNOcmn])")
PRESSES = 10  # line moves are averaged over this many presses
KEYS = {
    "focus-timeline": b"1",
    "focus-reader": b"3",
    "line": b"j",
    "page": b" ",
    "top": b"g",
    "zoom": b"z",
    "redraw": b"\x0c",
    "quit": b"q",
}


class Terminal:
    """A child process on a new pseudo-terminal of a given size, with the output it writes."""

    def __init__(self, argv, width, height, env_extra=None):
        self.width, self.height = width, height
        master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", height, width, 0, 0))
        env = dict(os.environ, TERM="xterm-256color", COLUMNS=str(width), LINES=str(height))
        env.pop("NO_COLOR", None)
        env.update(env_extra or {})
        self.started = time.monotonic()
        pid = os.fork()
        if pid == 0:  # child: own session, the pty as controlling terminal and stdio
            try:
                os.close(master)
                os.setsid()
                fcntl.ioctl(slave, termios.TIOCSCTTY, 0)
                for fd in (0, 1, 2):
                    os.dup2(slave, fd)
                if slave > 2:
                    os.close(slave)
                os.execvpe(argv[0], argv, env)
            finally:
                os._exit(127)
        os.close(slave)
        self.pid, self.master, self.status = pid, master, None
        self.output = bytearray()
        self.last_output = self.started

    def read_for(self, quiet, limit):
        """Reads until no byte arrives for `quiet` seconds (or `limit` seconds pass); returns the bytes."""
        got = bytearray()
        deadline = time.monotonic() + limit
        while True:
            now = time.monotonic()
            wait = min(quiet, deadline - now)
            if wait <= 0:
                break
            ready, _, _ = select.select([self.master], [], [], wait)
            if not ready:
                break
            try:
                chunk = os.read(self.master, 65536)
            except OSError:
                break
            if not chunk:
                break
            self.last_output = time.monotonic()
            got += chunk
        self.output += got
        return bytes(got)

    def wait_for_screen(self, quiet, limit):
        """Seconds from exec to the last byte of the first screen holding every pane title, then quiet."""
        deadline = self.started + limit
        while time.monotonic() < deadline:
            self.read_for(quiet, deadline - time.monotonic())
            visible = ESCAPES.sub(b"", bytes(self.output)).replace(b" ", b"")
            if all(title.encode() in visible for title in PANE_TITLES):
                return self.last_output - self.started
            if self.exited():
                return None
        return None

    def press(self, key, quiet, first_byte=0.5, limit=3.0):
        """Bytes written in answer to one key and the seconds until the last of them. The answer may take
        up to `first_byte` seconds to begin (a busy machine); it ends at `quiet` seconds of silence."""
        sent = time.monotonic()
        os.write(self.master, key)
        got = self.read_for(first_byte, first_byte)
        if got:
            got += self.read_for(quiet, limit)
        return len(got), (self.last_output - sent) if got else 0.0

    def press_repeatedly(self, key, times, quiet):
        """Mean bytes and mean seconds per press over `times` presses (one line can be blank, the next full),
        and how many presses wrote anything (none once the text's end is on screen)."""
        results = [self.press(key, quiet) for _ in range(times)]
        return (round(sum(r[0] for r in results) / times, 1), sum(r[1] for r in results) / times,
                sum(1 for r in results if r[0] > 0))

    def exited(self):
        if self.status is None:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid == self.pid:
                self.status = status
        return self.status is not None

    def close(self, quit_key=None):
        if quit_key is not None and not self.exited():
            try:
                os.write(self.master, quit_key)
                self.read_for(0.05, 1.0)
            except OSError:
                pass
        for _ in range(100):
            if self.exited():
                break
            time.sleep(0.01)
        else:
            os.kill(self.pid, signal.SIGTERM)
            self.status = os.waitpid(self.pid, 0)[1]
        os.close(self.master)


def measure_sitrep(binary, corpus, width, height, quiet, settle):
    argv = [binary, "browse"] + ([corpus] if corpus else [])
    term = Terminal(argv, width, height)
    result = {"first_screen_ms": None}
    try:
        first = term.wait_for_screen(quiet, 20.0)
        if first is None:
            result["error"] = "no complete screen (pane titles %s) %s; output began %r" % (
                ", ".join(PANE_TITLES), "before it exited" if term.exited() else "within 20 s",
                bytes(term.output[:120]))
            return result
        result["first_screen_ms"] = round(first * 1000, 1)
        term.read_for(settle, 60.0)  # background work finishing, progress indicator going away
        # The last paint before the settle silence: the corpus on screen, the progress gone.
        result["ready_ms"] = round((term.last_output - term.started) * 1000, 1)
        for name, before, key, times in [("event_move", ["focus-timeline"], "line", PRESSES),
                                         ("reader_line", ["focus-reader"], "line", PRESSES),
                                         ("zoomed_line", ["top", "zoom"], "line", PRESSES),
                                         ("reader_page", ["top", "zoom"], "page", 3), ("redraw", [], "redraw", 1)]:
            for setup in before:
                term.press(KEYS[setup], settle)
                term.read_for(settle, 2.0)
            count, seconds, answered = term.press_repeatedly(KEYS[key], times, quiet)
            result[name + "_bytes"] = count
            result[name + "_ms"] = round(seconds * 1000, 1)
            result[name + "_answered"] = "%d/%d" % (answered, times)
    finally:
        term.close(KEYS["quit"])
    return result


def measure_less(text_file, width, height, quiet, settle):
    term = Terminal(["less", text_file], width, height, {"LESS": "", "LESSHISTFILE": "-", "LESSOPEN": ""})
    result = {}
    try:
        term.read_for(settle, 5.0)
        result["line_bytes"], _, answered = term.press_repeatedly(b"j", PRESSES, quiet)
        result["line_answered"] = "%d/%d" % (answered, PRESSES)
        result["page_bytes"], _, answered = term.press_repeatedly(b" ", 3, quiet)
        result["page_answered"] = "%d/3" % answered
    finally:
        term.close(b"q")
    return result


def reader_order(binary, corpus):
    """The articles in the order of sitrep's articles pane (`sitrep articles --json`), as (id, file): the
    reader opens the first one at start."""
    argv = [binary, "articles"] + ([corpus] if corpus else []) + ["--json"]
    listed = json.loads(subprocess.run(argv, capture_output=True, check=True).stdout)
    return [(entry["id"], entry["file"]) for entry in listed["articles"]]


def less_text(binary, corpus):
    """A file holding the text sitrep's reader shows at start (the first article's cleaned text, from
    `sitrep articles --show`) followed by the next articles' in the same order, so that less shows the
    same text and never reaches the end during the measurement."""
    folder = corpus or os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "seeds")
    articles = reader_order(binary, corpus)[:20]
    argv = [binary, "articles"] + ([corpus] if corpus else [])
    for article_id, _ in articles:
        argv += ["--show", article_id]
    text = subprocess.run(argv, capture_output=True, check=True).stdout
    fd, path = tempfile.mkstemp(prefix="sitrep-pty-bench-", suffix=".txt")
    with os.fdopen(fd, "wb") as out:
        out.write(text)
    return path, os.path.normpath(os.path.join(folder, articles[0][1]))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sitrep", default=".build/release/sitrep", help="the sitrep binary")
    parser.add_argument("--corpus", help="a corpus folder (default: the embedded corpus)")
    parser.add_argument("--sizes", default="80x24,200x60", help="terminal sizes, WIDTHxHEIGHT,...")
    parser.add_argument("--quiet-ms", type=float, default=60, help="silence that ends a screen update")
    parser.add_argument("--settle-ms", type=float, default=400, help="silence before pressing a measured key")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument("--save", help="also write the JSON report to this file")
    args = parser.parse_args()
    quiet, settle = args.quiet_ms / 1000, args.settle_ms / 1000
    less_file, first_article = less_text(args.sitrep, args.corpus)
    report = {"corpus": args.corpus or "embedded", "less_shows": first_article, "sizes": []}
    for size in args.sizes.split(","):
        width, height = (int(part) for part in size.lower().split("x"))
        sitrep = measure_sitrep(args.sitrep, args.corpus, width, height, quiet, settle)
        less = measure_less(less_file, width, height, quiet, settle)
        entry = {"size": size, "sitrep": sitrep, "less": less}
        for ours, theirs in [("reader_line_bytes", "line_bytes"), ("zoomed_line_bytes", "line_bytes"),
                             ("reader_page_bytes", "page_bytes")]:
            if sitrep.get(ours) is not None and less.get(theirs):
                entry[ours.replace("_bytes", "_vs_less")] = round(sitrep[ours] / less[theirs], 2)
        report["sizes"].append(entry)
    os.unlink(less_file)
    if args.save:
        with open(args.save, "w", encoding="utf-8") as saved:
            json.dump(report, saved, indent=2, sort_keys=True)
    if args.json:
        print(json.dumps(report, indent=2, sort_keys=True))
        return 0
    print("pty measurement: corpus %s; less shows the cleaned text of %s (then the next articles); bytes are means per press"
          % (report["corpus"], first_article))
    for entry in report["sizes"]:
        s, l = entry["sitrep"], entry["less"]
        if "error" in s:
            print("%-7s sitrep: %s" % (entry["size"], s["error"]))
            print("%-7s less: line %s B, page %s B" % (entry["size"], l.get("line_bytes"), l.get("page_bytes")))
            continue
        print("%-7s first screen %s ms, ready %s ms | reader line %s B [%s] (less %s B, x%s), zoomed %s B [%s] (x%s)"
              " | zoomed page %s B [%s] (less %s B, x%s) | event move %s B | redraw %s B" % (
                  entry["size"], s["first_screen_ms"], s["ready_ms"], s["reader_line_bytes"], s["reader_line_answered"],
                  l["line_bytes"], entry.get("reader_line_vs_less"), s["zoomed_line_bytes"], s["zoomed_line_answered"],
                  entry.get("zoomed_line_vs_less"), s["reader_page_bytes"],
                  s["reader_page_answered"], l["page_bytes"], entry.get("reader_page_vs_less"),
                  s["event_move_bytes"], s["redraw_bytes"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
