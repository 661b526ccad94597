"""bench/run_all.py's table and its section of docs/benchmarks.md: figures against goals, the rows of
benches not run now kept, the section written between its markers and nowhere else."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

BENCH = Path(__file__).resolve().parents[2] / "bench"


def _load_run_all() -> ModuleType:
    # bench/ is a directory of scripts, not a package: load the module from its file, and take
    # bench/ off sys.path again (the script puts it there for its sibling `summary`).
    before = list(sys.path)
    spec = importlib.util.spec_from_file_location("bench_run_all", BENCH / "run_all.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up by name
    try:
        spec.loader.exec_module(module)
    finally:
        sys.path[:] = before
    return module


run_all = _load_run_all()


def _bench(name: str) -> object:
    return next(b for b in run_all.BENCHES if b.name == name)


def test_figures_are_read_from_nested_keys_and_judged_against_their_goals() -> None:
    summary = {"medians": {"sliding": {"t_usable_s": 4.86, "peak_to_all_rooms_mb": 140.0}}}
    rows = run_all.rows_for(_bench("sliding_sync"), summary, "2026-11-21, abc1234")
    by_figure = {row[1]: row for row in rows}
    assert by_figure["fresh sign-in T_usable"][2:5] == ("4.86 s", "≤ 1.5 s", "**miss**")
    assert by_figure["peak RSS during the first sync"][2:5] == ("140 MB", "≤ 150 MB", "pass")
    # a figure the summary lacks (v2 not run) shows a dash and no verdict
    assert by_figure["… with v2 /sync (comparison)"][2:5] == ("—", "", "")
    assert {row[0] for row in rows} == {"sliding_sync"}
    assert {row[5] for row in rows} == {"2026-11-21, abc1234"}


def test_totals_over_sections_and_a_bench_that_did_not_run() -> None:
    faults = {
        "sections": [
            {"title": "burst", "sends_per_s": 15.2, "lost": 0, "duplicated": 1},
            {"title": "paced", "sends_per_s": 5.0, "lost": 2, "duplicated": 0},
            {"title": "kills", "cycles": 5, "errors": 0},
        ]
    }
    rows = {row[1]: row for row in run_all.rows_for(_bench("faults"), faults, "r")}
    assert rows["sends through faults: lost"][2:5] == ("2", "0", "**miss**")
    assert rows["… doubled"][2:5] == ("1", "0", "**miss**")
    assert rows["kill -9 cycles: errors"][2:5] == ("0", "0", "pass")
    skipped = run_all.rows_for(_bench("peer_nio"), None, "r", "skipped: no seeded snapshot")
    assert skipped == [("peer_nio", "skipped: no seeded snapshot", "—", "", "", "r")]


def test_the_table_round_trips_and_a_partial_run_keeps_the_other_benches_rows() -> None:
    old = [
        ("ingest", "initial-sync ingest, time", "1.07 s", "≤ 1 s", "**miss**", "2026-11-20, aaa"),
        ("peer_nio", "initial sync: app / matrix-nio", "0.30×", "≤ 0.5×", "pass", "2026-11-20, aaa"),
        ("soak", "… RSS at the end", "220 MB", "", "", "2026-11-20, aaa"),
    ]
    assert run_all.parse_rows(run_all.render_table(old)) == old
    new = [("peer_nio", "initial sync: app / matrix-nio", "0.26×", "≤ 0.5×", "pass", "2026-11-21, bbb")]
    order = [b.name for b in run_all.BENCHES]
    merged = run_all.merge_rows(old, new, order)
    assert merged == [old[0], new[0], old[2]]


def test_the_section_is_added_once_before_the_first_heading_then_replaced_in_place() -> None:
    doc = "# Benchmarks\n\nIntro.\n\n## Ingest\n\nText.\n"
    body = run_all.render_table([("echo", "f", "1", "≤ 1", "pass", "r")])
    first = run_all.replace_section(doc, body)
    assert first.index(run_all.TITLE) < first.index("## Ingest")
    assert first.startswith("# Benchmarks\n\nIntro.\n\n" + run_all.TITLE)
    assert run_all.parse_rows(run_all.section_of(first) or "") == [("echo", "f", "1", "≤ 1", "pass", "r")]
    second = run_all.replace_section(first, "Last run: later")
    assert second.count(run_all.BEGIN) == 1
    assert second.count(run_all.TITLE) == 1
    assert (run_all.section_of(second) or "").strip() == "Last run: later"
    assert second.endswith("## Ingest\n\nText.\n")  # nothing outside the markers changed
    assert second.replace((run_all.section_of(second) or ""), "") == first.replace(
        (run_all.section_of(first) or ""), ""
    )
