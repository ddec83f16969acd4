#!/usr/bin/env python3
"""Turns the JSON results of scripts/bench.sh into Markdown tables: the figures, and each target of
issue 3 with met / not met and the precise figure. Standard library only.

Usage: bench_report.py RESULTS_DIR > summary.md
"""

import json
import os
import sys

MB = 1048576


def load(folder, name):
    path = os.path.join(folder, name)
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)


def verdict(ok, cpu_ok=None):
    """`met` on the wall-clock figure; where only the CPU-time figure meets it, says so (a busy machine)."""
    if ok is None:
        return "n/a"
    if ok:
        return "met"
    return "not met on wall clock, met on CPU time" if cpu_ok else "**not met**"


def stage_table(runs):
    """One row per stage, one column per corpus: median ms [min-max]."""
    names = [name for name, run in runs if run]
    lines = ["| stage | " + " | ".join(names) + " |", "|---|" + "---:|" * len(names)]
    order = []
    for _, run in runs:
        for figure in (run or {}).get("stages", []):
            if figure["stage"] not in [stage for stage, _ in order]:
                order.append((figure["stage"], figure["label"]))
    for stage, label in order:
        cells = []
        for _, run in runs:
            if not run:
                continue
            figure = next((f for f in run["stages"] if f["stage"] == stage), None)
            cells.append("%.1f [%.1f-%.1f] / %.1f" % (figure["medianMs"], figure["minMs"], figure["maxMs"],
                                                       figure["cpuMedianMs"]) if figure else "-")
        lines.append("| %s | %s |" % (label, " | ".join(cells)))
    for key, title, fmt in [("pipelineSeconds", "pipeline one core, s", "%.2f"),
                            ("pipelineCPUSeconds", "pipeline one core, CPU s", "%.2f"),
                            ("pipelineMBPerSecond", "pipeline one core, MB/s", "%.1f"),
                            ("pipelineCPUMBPerSecond", "pipeline one core, MB/s by CPU time", "%.1f"),
                            ("articlesPerSecond", "articles/s one core", "%.0f"),
                            ("parallelSeconds", "load + analyze all cores, s", "%.2f"),
                            ("parallelMBPerSecond", "load + analyze all cores, MB/s", "%.1f"),
                            ("parallelSpeedUp", "analysis speed-up, 2 cores", "x%.2f")]:
        cells = []
        for _, run in runs:
            if run:
                value = run.get(key)
                cells.append(fmt % value if value is not None else "-")
        lines.append("| %s | %s |" % (title, " | ".join(cells)))
    cells = ["%.1f / %.1f" % (run["peakResidentBytes"] / MB, run["residentLimitBytes"] / MB)
             for _, run in runs if run]
    lines.append("| peak RSS of the run (staged runs hold every stage's output) / limit (4 x text + 50 MB), MB | %s |"
                 % " | ".join(cells))
    return "\n".join(lines)


def growth_table(growth):
    steps = growth["steps"]
    stages = [s for s in ["load", "clean", "sentences", "dates", "entities", "merge", "figures", "events", "clusters",
                          "timeline", "searchIndex", "search", "uiStart", "render", "analyze"]
              if s in steps[0]["stageMs"]]
    lines = ["| stage | " + " | ".join("N=%d" % step["articles"] for step in steps) + " | worst ratio |",
             "|---|" + "---:|" * (len(steps) + 1)]
    for stage in stages:
        cells, worst = [], 0.0
        for step in steps:
            ms = step["stageCPUMs"].get(stage)
            ratio = step["ratio"].get(stage)
            cells.append("-" if ms is None else ("%.1f" % ms) + (" (x%.2f)" % ratio if ratio is not None else ""))
            if ratio is not None and ms is not None and ms >= 10:
                worst = max(worst, ratio)
        lines.append("| %s | %s | %s |" % (stage, " | ".join(cells), "x%.2f" % worst if worst else "- (< 10 ms)"))
    cells, previous = [], None
    for step in steps:
        count = step.get("timelineEntries")
        ratio = " (x%.2f)" % (count / previous) if count and previous else ""
        cells.append("-" if count is None else "%d%s" % (count, ratio))
        previous = count
    lines.append("| timeline entries (the output) | %s | - |" % " | ".join(cells))
    return "\n".join(lines)


def growth_worst(growth):
    """Worst ratio over stages and steps where the larger time is at least 10 ms (below that, noise)."""
    worst = (0.0, None, None)
    for step in growth["steps"]:
        for stage, ratio in step["ratio"].items():
            if step["stageCPUMs"].get(stage, 0) >= 10 and ratio > worst[0]:
                worst = (ratio, stage, step["articles"])
    return worst


def pty_value(pty, size, side, key):
    for entry in (pty or {}).get("sizes", []):
        if entry["size"] == size:
            return entry.get(side, {}).get(key) if side else entry.get(key)
    return None


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else ".build/bench-results"
    embedded, ten, hundred = load(folder, "run-embedded.json"), load(folder, "run-10k.json"), load(folder, "run-100k.json")
    growth = load(folder, "growth.json")
    pty_embedded, pty_ten = load(folder, "pty-embedded.json"), load(folder, "pty-10k.json")

    print("## Stages (wall ms median [min-max] / process CPU ms median; one core unless stated)\n")
    print(stage_table([("embedded (5)", embedded), ("10,000 generated", ten), ("100,000 (load + analyze only)", hundred)]))
    if ten and ten.get("keys"):
        keys = ten["keys"]
        print("\nKeys at 200x60 on 10,000 articles (handle + render, %d presses): median %.3f ms, p95 %.3f ms, "
              "max %.3f ms (CPU time: p95 %.3f ms, max %.3f ms)." % (
                  keys["keys"], keys["medianMs"], keys["p95Ms"], keys["maxMs"], keys["cpuP95Ms"], keys["cpuMaxMs"]))
    if growth:
        print("\n## Growth (median process CPU ms, ratio to the previous N)\n")
        print(growth_table(growth))
    for title, pty in [("embedded corpus", pty_embedded), ("10,000 articles", pty_ten)]:
        if not pty:
            continue
        print("\n## Terminal side, %s (bytes are means per press)\n" % title)
        print("| size | first screen ms | ready ms | reader line B | less line B | ratio | zoomed line B | ratio "
              "| zoomed page B | less page B | event move B | redraw B |")
        print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        for entry in pty["sizes"]:
            s, l = entry["sitrep"], entry["less"]
            if "error" in s:
                print("| %s | %s | | | %s | | | | | %s | | |" % (entry["size"], s["error"][:80], l.get("line_bytes"),
                                                                l.get("page_bytes")))
                continue
            print("| %s | %s | %s | %s [%s] | %s | x%s | %s [%s] | x%s | %s | %s | %s | %s |" % (
                entry["size"], s["first_screen_ms"], s.get("ready_ms"), s["reader_line_bytes"], s["reader_line_answered"],
                l["line_bytes"], entry.get("reader_line_vs_less"), s.get("zoomed_line_bytes"),
                s.get("zoomed_line_answered"), entry.get("zoomed_line_vs_less"), s["reader_page_bytes"],
                l["page_bytes"], s["event_move_bytes"], s["redraw_bytes"]))

    print("\n## Targets\n")
    print("| target | figure | verdict |")
    print("|---|---|---|")
    if ten:
        print("| pipeline >= 20 MB/s (one core, 10k) | %.1f MB/s wall, %.1f MB/s by CPU time (all cores %.1f MB/s) | %s |" % (
            ten["pipelineMBPerSecond"], ten["pipelineCPUMBPerSecond"], ten["parallelMBPerSecond"],
            verdict(ten["pipelineMBPerSecond"] >= 20, ten["pipelineCPUMBPerSecond"] >= 20)))
        print("| 10,000 articles < 3 s (one core) | %.2f s wall, %.2f s CPU (all cores %.2f s wall) | %s |" % (
            ten["pipelineSeconds"], ten["pipelineCPUSeconds"], ten["parallelSeconds"],
            verdict(ten["pipelineSeconds"] < 3, ten["pipelineCPUSeconds"] < 3)))
    if hundred:
        print("| 100,000 articles, peak RSS <= 4 x text + 50 MB | %.0f MB of %.0f MB allowed (text %.0f MB), "
              "load + analyze %.1f s | %s |" % (hundred["peakResidentBytes"] / MB, hundred["residentLimitBytes"] / MB,
                                                hundred["textBytes"] / MB, hundred["parallelSeconds"],
                                                verdict(hundred["peakResidentBytes"] <= hundred["residentLimitBytes"])))
    if growth:
        ratio, stage, articles = growth_worst(growth)
        print("| doubling N at most doubles each stage | worst x%.2f (%s, N=%s) | %s |" % (
            ratio, stage, articles, verdict(ratio <= 2.0)))
    for size in ["80x24", "200x60"]:
        first = pty_value(pty_embedded, size, "sitrep", "first_screen_ms")
        print("| first screen, embedded, < 100 ms (%s) | %s | %s |" % (
            size, "%s ms" % first if first is not None else "no screen", verdict(None if first is None else first < 100)))
    for size in ["80x24", "200x60"]:
        first = pty_value(pty_ten, size, "sitrep", "first_screen_ms")
        print("| first screen, 10k articles, < 1 s (%s) | %s | %s |" % (
            size, "%s ms" % first if first is not None else "no screen", verdict(None if first is None else first < 1000)))
    if ten and ten.get("keys"):
        keys = ten["keys"]
        print("| any key handled and painted < 5 ms at 200x60 on 10k | max %.3f ms wall (p95 %.3f), CPU max %.3f ms | %s |" % (
            keys["maxMs"], keys["p95Ms"], keys["cpuMaxMs"], verdict(keys["maxMs"] < 5, keys["cpuMaxMs"] < 5)))
    for title, pty in [("embedded", pty_embedded), ("10k", pty_ten)]:
        for size in ["80x24", "200x60"]:
            ratio = pty_value(pty, size, None, "reader_line_vs_less")
            ours = pty_value(pty, size, "sitrep", "reader_line_bytes")
            zoomed = pty_value(pty, size, "sitrep", "zoomed_line_bytes")
            zoomed_ratio = pty_value(pty, size, None, "zoomed_line_vs_less")
            theirs = pty_value(pty, size, "less", "line_bytes")
            if zoomed == 0:
                # Nothing was written: the article fits the screen, so there is no line to scroll.
                print("| reader line scroll <= 1.5 x less (%s, %s) | the article fits the screen: no scroll "
                      "(less %s B) | n/a |" % (size, title, theirs))
                continue
            print("| reader line scroll <= 1.5 x less (%s, %s) | side by side %s B, zoomed (`z`) %s B, less %s B: "
                  "x%s, zoomed x%s | %s |" % (size, title, ours, zoomed, theirs, ratio, zoomed_ratio,
                                             verdict(None if zoomed_ratio is None else zoomed_ratio <= 1.5)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
