"""Run every bench, print one table of figures against their goals, update docs/benchmarks.md.

    .venv/bin/python bench/run_all.py [--only ingest,peer_nio] [--quick] [--no-docs] [--list]

- **What runs:** each script in :data:`BENCHES` with modest sizes (the record's: medians of 3 runs
  where measures.md asks for them; the soak for the issue's 30 minutes), each asked for a JSON
  summary (``--json FILE``); its own output goes to ``/tmp/bench/run_all/<name>.log``. The whole
  takes about 75 minutes on the 2-core machine, 30 of them the soak (the sum of
  :attr:`Bench.minutes`; ``--list`` shows them).
- **``--quick``:** tiny sizes (one run, small profile, seconds of flicking, a 1-minute soak), about
  10 minutes for all: a check that everything runs, not figures for the record. Rows it writes
  say "quick".
- **``--only a,b``:** just those benches; the table in the docs keeps the other benches' rows from
  their last run.
- **Skipped** (with the reason in the table): a bench whose input is missing and slow to make — the
  seeded Synapse snapshots (``seed_synapse.py``, about an hour for *large*).
- **The docs:** the section "Summary: every figure (bench/run_all.py)" of ``docs/benchmarks.md``,
  between its two markers, is rewritten: when, machine (``/proc/cpuinfo``, memory), commit, load
  average at the start, how long it took, then the table (bench, figure, value, goal, pass/miss,
  which run). ``--no-docs`` leaves the file alone.

Exit status: 0 when every bench ran, 1 when one failed (a missed goal is not a failure: it is a
figure).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))

from summary import context  # noqa: E402

DOCS = ROOT / "docs" / "benchmarks.md"
LOGS = Path("/tmp/bench/run_all")
TITLE = "## Summary: every figure (bench/run_all.py)"
BEGIN = "<!-- run_all: begin (written by bench/run_all.py; edits between the markers are replaced) -->"
END = "<!-- run_all: end -->"
HEADER = ("bench", "figure", "value", "goal", "", "run")

Check = Callable[[float], bool]


@dataclass(frozen=True)
class Figure:
    label: str
    key: str
    """Where the value is in the bench's JSON summary: keys joined by dots."""
    fmt: str = "{:.2f}"
    goal: str = ""
    ok: Check | None = None


def at_most(limit: float, unit: str = "") -> dict[str, Any]:
    return {"goal": f"≤ {limit:,g}{unit}", "ok": lambda v: v <= limit}


def at_least(limit: float, unit: str = "") -> dict[str, Any]:
    return {"goal": f"≥ {limit:,g}{unit}", "ok": lambda v: v >= limit}


def zero() -> dict[str, Any]:
    return {"goal": "0", "ok": lambda v: v == 0}


@dataclass(frozen=True)
class Bench:
    name: str
    args: list[str]
    quick: list[str]
    figures: tuple[Figure, ...]
    minutes: float
    quick_minutes: float
    env: dict[str, str] = field(default_factory=dict)
    keyring: bool = False
    """Runs under scripts/with-secret-service (a session keyring)."""
    needs: Callable[[bool], str | None] = lambda quick: None
    """Why it cannot run now (None: it can)."""
    makes: Callable[[bool], None] = lambda quick: None
    """Makes its quick-to-make input when missing."""


def _synthetic(quick: bool) -> None:
    profile = "small" if quick else "large"
    target = Path(f"/tmp/bench/{profile}.json")
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        script = str(ROOT / "bench" / "synthetic_sync.py")
        subprocess.run([sys.executable, script, "--profile", profile, "--out", str(target)], check=True)


def _seeded(profile: str) -> str | None:
    if Path(f"/tmp/bench/synapse-{profile}/seed.json").exists():
        return None
    return f"no seeded snapshot: bench/seed_synapse.py --profile {profile} (large: about an hour)"


def _peer_input(quick: bool) -> str | None:
    if quick or Path("/tmp/bench/peer-sync-large.json").exists():
        return None
    return _seeded("large")


BENCHES: tuple[Bench, ...] = (
    Bench(
        "ingest",
        ["/tmp/bench/large.json", "--runs", "3", "--mode", "process"],
        ["/tmp/bench/small.json", "--runs", "1", "--mode", "process"],
        (
            Figure("initial-sync ingest, time", "process.seconds", "{:.2f} s", **at_most(1.0, " s")),
            Figure("initial-sync ingest, events/s", "process.events_per_s", "{:,.0f}", **at_least(50_000)),
            Figure("loop lag p99 during it", "process.lag_p99_ms", "{:.1f} ms", **at_most(16, " ms")),
            Figure("loop stalls over 100 ms", "process.stalls", "{:.0f}", **zero()),
        ),
        minutes=1.5,
        quick_minutes=0.3,
        makes=_synthetic,
    ),
    Bench(
        "startup",
        ["--runs", "3"],
        ["--runs", "1", "--file", "/tmp/bench/small.json"],
        (
            Figure("warm start T_paint", "t_paint", "{:.2f} s", **at_most(0.4, " s")),
            Figure("warm start T_ready", "t_ready", "{:.2f} s", **at_most(0.25, " s")),
            Figure("RSS at T_ready + 10 s", "rss", "{:.0f} MB", **at_most(120, " MB")),
        ),
        minutes=1.5,
        quick_minutes=0.5,
        keyring=True,
        makes=_synthetic,
    ),
    Bench(
        "sliding_sync",
        ["--runs", "3", "--modes", "sliding,v2"],
        ["--runs", "1", "--profile", "small", "--modes", "sliding"],
        (
            Figure("fresh sign-in T_usable", "medians.sliding.t_usable_s", "{:.2f} s", **at_most(1.5, " s")),
            Figure("… with v2 /sync (comparison)", "medians.v2.t_usable_s", "{:.2f} s"),
            Figure(
                "peak RSS during the first sync",
                "medians.sliding.peak_to_all_rooms_mb",
                "{:.0f} MB",
                **at_most(150, " MB"),
            ),
            Figure(
                "RSS, 10 conversations opened",
                "medians.sliding.rss_10_open_mb",
                "{:.0f} MB",
                **at_most(120, " MB"),
            ),
            Figure("loop lag p99, sign-in", "medians.sliding.lag_p99_ms", "{:.1f} ms", **at_most(16, " ms")),
            Figure("loop lag max, sign-in", "medians.sliding.lag_max_ms", "{:.0f} ms", **at_most(100, " ms")),
        ),
        minutes=7,
        quick_minutes=1.5,
        needs=lambda quick: _seeded("small" if quick else "large"),
    ),
    Bench(
        "peer_nio",
        ["--runs", "5"],
        ["--runs", "1", "--synthetic"],
        (
            Figure("initial sync: app / matrix-nio", "ratio", "{:.2f}×", **at_most(0.5, "×")),
            Figure("… the app's time", "app_seconds", "{:.2f} s"),
            Figure("… matrix-nio's time", "nio_seconds", "{:.2f} s"),
            Figure("… the app's peak RSS (main process)", "app_peak_mb", "{:.0f} MB"),
            Figure("… app's ingest worker peak RSS", "app_worker_peak_mb", "{:.0f} MB"),
            Figure("… matrix-nio peak RSS", "nio_peak_mb", "{:.0f} MB"),
        ),
        minutes=2.5,
        quick_minutes=0.5,
        needs=_peer_input,
    ),
    Bench(
        "scroll",
        ["--runs", "3"],
        ["--runs", "1", "--duration", "10", "--pages", "1"],
        (
            Figure("10,000-event room: delivered / expected", "ratio", "{:.3f}", **at_least(0.99)),
            Figure("… UI-thread CPU per frame p99", "cpu_p99", "{:.1f} ms", **at_most(16, " ms")),
            Figure("… loop lag p99", "lag_p99", "{:.1f} ms", **at_most(16, " ms")),
            Figure("… loop lag max", "lag_max", "{:.0f} ms", **at_most(100, " ms")),
            Figure("… shift under the reader at rest", "insert_shift_max", "{:.1f} px", **zero()),
        ),
        minutes=6,
        quick_minutes=1,
    ),
    Bench(
        "echo",
        ["--runs", "3"],
        ["--runs", "1", "--sends", "5"],
        (
            Figure("local echo: frame (1 = next)", "worst_frame", "{:.0f}", **at_most(1)),
            Figure("… key press → echo on screen, median", "ms_median", "{:.1f} ms"),
        ),
        minutes=3,
        quick_minutes=0.7,
    ),
    Bench(
        "media_scroll",
        ["--runs", "3"],
        ["--runs", "1", "--images", "60", "--duration", "20"],
        (
            Figure("500 photos: delivered / expected", "ratio", "{:.3f}", **at_least(0.99)),
            Figure("… UI-thread CPU per frame p99", "cpu_p99", "{:.1f} ms", **at_most(16, " ms")),
            Figure("… loop lag p99", "lag_p99", "{:.1f} ms", **at_most(16, " ms")),
            Figure("… loop stalls over 100 ms", "stalls", "{:.0f}", **zero()),
            Figure("… peak RSS", "rss_peak", "{:.0f} MB", **at_most(250, " MB")),
        ),
        minutes=6,
        quick_minutes=1,
    ),
    Bench(
        "roomlist",
        [],
        [],
        (
            Figure(
                "1,000-room list: 100-room sync applied", "apply_median_ms", "{:.1f} ms", **at_most(10, " ms")
            ),
            Figure("quick switcher keystroke", "key_median_ms", "{:.1f} ms", **at_most(5, " ms")),
        ),
        minutes=1,
        quick_minutes=1,
        env={"QT_QPA_PLATFORM": "offscreen"},
    ),
    Bench(
        "thumbnails",
        ["--runs", "10"],
        ["--runs", "2"],
        (Figure("20-MP photo → 800×600 thumbnail", "draft_ms", "{:.0f} ms"),),
        minutes=1,
        quick_minutes=0.3,
    ),
    Bench(
        "call",
        ["--runs", "3"],
        ["--runs", "1", "--seconds", "5"],
        (
            Figure("voice call: set-up to connected", "voice.connected_ms", "{:.0f} ms"),
            Figure("… caller CPU", "voice.cpu_pct", "{:.1f} %", **at_most(10, " %")),
            Figure("video call: caller CPU", "video.cpu_pct", "{:.1f} %"),
        ),
        minutes=3,
        quick_minutes=1,
    ),
    Bench(
        "faults",
        [],
        ["--messages", "30", "--paced", "10", "--kill-cycles", "1"],
        (
            Figure("sends through faults: lost", "lost", "{:.0f}", **zero()),
            Figure("… doubled", "duplicated", "{:.0f}", **zero()),
            Figure("… sends/s, all written at once", "sends_per_s", "{:.1f}"),
            Figure("kill -9 cycles: errors", "kill_errors", "{:.0f}", **zero()),
        ),
        minutes=10,
        quick_minutes=1.5,
    ),
    Bench(
        "soak",
        ["--minutes", "30"],
        ["--minutes", "1", "--sample", "15"],
        (
            Figure("soak: RSS growth per 10 min (slope)", "slope_per_10_min_mb", "{:+.1f} MB"),
            Figure("… in the second half", "late_slope_per_10_min_mb", "{:+.1f} MB"),
            Figure("… RSS at the start", "rss_start_mb", "{:.0f} MB"),
            Figure("… RSS at the end", "rss_end_mb", "{:.0f} MB"),
            Figure("… messages received / sent", "received_share", "{:.1%}", **at_least(0.99)),
        ),
        minutes=32,
        quick_minutes=2,
    ),
)


# -- figures out of a summary ----------------------------------------------------------------------------


def derived(name: str, summary: dict[str, Any]) -> dict[str, Any]:
    """Figures a bench's summary holds only in parts (totals over its sections)."""
    if name == "faults":
        sections = summary.get("sections", [])
        sends = [s for s in sections if "sends_per_s" in s]
        kills = [s for s in sections if "cycles" in s]
        return {
            **summary,
            "lost": sum(s.get("lost", 0) for s in sends),
            "duplicated": sum(s.get("duplicated", 0) for s in sends),
            "sends_per_s": sends[0]["sends_per_s"] if sends else None,
            "kill_errors": sum(s.get("errors", 0) for s in kills) if kills else None,
        }
    if name == "soak" and summary.get("sent"):
        return {**summary, "received_share": summary["received"] / summary["sent"]}
    return summary


def pick(summary: dict[str, Any], key: str) -> float | None:
    value: Any = summary
    for part in key.split("."):
        if not isinstance(value, dict) or part not in value:
            return None
        value = value[part]
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def verdict(figure: Figure, value: float | None) -> str:
    if value is None or figure.ok is None:
        return ""
    return "pass" if figure.ok(value) else "**miss**"


Row = tuple[str, str, str, str, str, str]


def rows_for(bench: Bench, summary: dict[str, Any] | None, run: str, problem: str = "") -> list[Row]:
    """The table rows of one bench: its figures, or one row saying why there are none."""
    if summary is None:
        return [(bench.name, problem or "did not run", "—", "", "", run)]
    summary = derived(bench.name, summary)
    rows: list[Row] = []
    for figure in bench.figures:
        value = pick(summary, figure.key)
        shown = "—" if value is None else figure.fmt.format(value)
        rows.append((bench.name, figure.label, shown, figure.goal, verdict(figure, value), run))
    return rows


# -- the table and the docs section ------------------------------------------------------------------------


def render_table(rows: list[Row]) -> str:
    lines = ["| " + " | ".join(HEADER) + " |", "|" + "---|" * len(HEADER)]
    lines += ["| " + " | ".join(cell.replace("|", "\\|") for cell in row) + " |" for row in rows]
    return "\n".join(lines)


def parse_rows(section: str) -> list[Row]:
    """The rows of a table :func:`render_table` wrote (header and rule left out)."""
    rows: list[Row] = []
    for line in section.splitlines():
        if not line.startswith("| ") or line.startswith("| " + " | ".join(HEADER[:2])):
            continue
        cells = [c.strip() for c in line.strip().strip("|").split(" | ")]
        if len(cells) == len(HEADER):
            rows.append((cells[0], cells[1], cells[2], cells[3], cells[4], cells[5]))
    return rows


def merge_rows(old: list[Row], new: list[Row], order: list[str]) -> list[Row]:
    """``new`` replaces the rows of the benches it has; the others' rows are kept, in ``order``."""
    ran = {row[0] for row in new}
    kept = [row for row in old if row[0] not in ran]
    by_bench: dict[str, list[Row]] = {}
    for row in kept + new:
        by_bench.setdefault(row[0], []).append(row)
    names = [n for n in order if n in by_bench] + [n for n in by_bench if n not in order]
    return [row for name in names for row in by_bench[name]]


def section_of(doc: str) -> str | None:
    """What is between the markers now (None when the section is missing)."""
    start, end = doc.find(BEGIN), doc.find(END)
    if start < 0 or end < start:
        return None
    return doc[start + len(BEGIN) : end]


def replace_section(doc: str, body: str) -> str:
    """``doc`` with ``body`` between the markers; the section is added before the first ``## ``
    heading when it is missing (a summary belongs at the top)."""
    block = f"{BEGIN}\n{body.strip()}\n{END}"
    if section_of(doc) is not None:
        start, end = doc.find(BEGIN), doc.find(END) + len(END)
        return doc[:start] + block + doc[end:]
    section = f"{TITLE}\n\n{block}\n\n"
    at = doc.find("\n## ")
    if at < 0:
        return doc.rstrip("\n") + "\n\n" + section.rstrip("\n") + "\n"
    return doc[: at + 1] + section + doc[at + 1 :]


def section_body(where: dict[str, str], minutes: float, command: str, rows: list[Row]) -> str:
    text = (
        f"Last run: {where['date']} — {where['machine']} — commit {where['commit']} — load average at "
        f"the start {where['load_average']} (1 / 5 / 15 min) — `{command}`, {minutes:.1f} min. Rows from "
        "earlier runs keep their own date and commit (last column); *quick* rows are a check that the bench "
        "runs (tiny sizes), not figures for the record. Each bench's own section below says how it "
        f"measures; its full output is in `{LOGS}/<bench>.log`."
    )
    return textwrap.fill(text, width=105, break_on_hyphens=False) + "\n\n" + render_table(rows)


# -- running ---------------------------------------------------------------------------------------------


def run_bench(bench: Bench, quick: bool) -> tuple[dict[str, Any] | None, str]:
    """(its summary, or None and why)."""
    reason = bench.needs(quick)
    if reason:
        return None, f"skipped: {reason}"
    bench.makes(quick)
    LOGS.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "summary.json"
        script = [sys.executable, str(ROOT / "bench" / f"{bench.name}.py")]
        command = script + (bench.quick if quick else bench.args) + ["--json", str(out)]
        if bench.keyring:
            command = [str(ROOT / "scripts" / "with-secret-service"), *command]
        log = LOGS / f"{bench.name}.log"
        with log.open("w") as sink:
            sink.write("$ " + " ".join(command) + "\n")
            sink.flush()
            done = subprocess.run(
                command, cwd=ROOT, env={**os.environ, **bench.env}, stdout=sink, stderr=subprocess.STDOUT
            )
        if not out.exists():
            return None, f"failed (exit {done.returncode}), see {log}"
        summary: dict[str, Any] = json.loads(out.read_text())
        if done.returncode != 0:
            summary["exit"] = done.returncode
        return summary, "" if done.returncode == 0 else f"exit {done.returncode}, see {log}"


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    names = [b.name for b in BENCHES]
    parser.add_argument("--only", type=lambda t: t.split(","), default=names, help=",".join(names))
    parser.add_argument("--quick", action="store_true", help="tiny sizes: does every bench run?")
    parser.add_argument("--no-docs", action="store_true", help="do not update docs/benchmarks.md")
    parser.add_argument("--list", action="store_true", help="the benches and their rough durations")
    args = parser.parse_args()
    unknown = [n for n in args.only if n not in names]
    if unknown:
        parser.error(f"unknown bench {', '.join(unknown)}; there are {', '.join(names)}")
    chosen = [b for b in BENCHES if b.name in args.only]
    if args.list:
        for b in chosen:
            print(f"{b.name:14} ~{b.minutes:4.1f} min (quick ~{b.quick_minutes:.1f})  {' '.join(b.args)}")
        print(f"{'all':14} ~{sum(b.minutes for b in chosen):4.1f} min (quick ~"
              f"{sum(b.quick_minutes for b in chosen):.1f})")  # fmt: skip
        return 0
    where = context()
    command = "bench/run_all.py " + " ".join(sys.argv[1:])
    print(f"{where['date']}, {where['machine']}, commit {where['commit']}, load {where['load_average']}")
    started = time.monotonic()
    label = f"{where['date'][:10]}, {where['commit']}" + (", quick" if args.quick else "")
    rows: list[Row] = []
    failed = False
    for bench in chosen:
        expected = bench.quick_minutes if args.quick else bench.minutes
        print(f"- {bench.name} (about {expected:g} min) …", flush=True)
        begun = time.monotonic()
        summary, problem = run_bench(bench, args.quick)
        skipped = problem.startswith("skipped")
        failed |= (summary is None and not skipped) or (summary is not None and "exit" in summary)
        print(f"  {problem or 'done'} in {time.monotonic() - begun:.0f} s", flush=True)
        rows += rows_for(bench, summary, label, problem)
    minutes = (time.monotonic() - started) / 60
    print()
    print(render_table(rows))
    if not args.no_docs:
        doc = DOCS.read_text()
        old = parse_rows(section_of(doc) or "")
        merged = merge_rows(old, rows, names)
        DOCS.write_text(replace_section(doc, section_body(where, minutes, command, merged)))
        print(f"\n{DOCS.relative_to(ROOT)}: section “{TITLE[3:]}” updated ({minutes:.1f} min)")
    return 1 if failed else 0


if __name__ == "__main__":  # the benches' ingest workers are spawned processes: they re-import scripts
    sys.exit(main())
