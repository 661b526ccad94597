"""The Linux bundle: its size, and its cold start against the app run from source.

    scripts/with-secret-service .venv/bin/python bench/bundle.py [--bundle DIR] [--runs 5]

- **The bundle:** ``--bundle`` (default ``dist/messenger-desktop``), built by
  ``scripts/build-bundle`` first when it is not there (the build time is printed too).
- **Size:** every file under the bundle folder, in MB (10^6 bytes), with the file count and the
  biggest parts of ``_internal``.
- **Start:** ``messenger-desktop --self-test`` (a fresh temporary profile, so the sign-in screen
  path), timed from just before the process is spawned to its "window shown" line, which it
  prints at the first swapped frame of the main window (T_paint's first frame in measures.md;
  there are no cached rows to wait for). Under Xvfb with the xcb platform and
  ``QT_QUICK_BACKEND=software``; the bundle and the source runs alternate; medians.
- **Cold:** before each cold run the page cache of the files that run reads is dropped with
  ``posix_fadvise(DONTNEED)``: the bundle folder; or the interpreter's standard library, the
  venv's site-packages and the checkout's package and resources. Shared system libraries (X11,
  fontconfig, libGL) and fonts stay cached for both; the virtual disk may be cached by the host.
  **Warm:** the same run again at once.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import sysconfig
import time
from pathlib import Path

from startup import start_xvfb

ROOT = Path(__file__).resolve().parents[1]
WINDOW_SHOWN = re.compile(r"^ok +window shown: ([\d.]+) s")


def tree_size(folder: Path) -> tuple[int, int]:
    """(bytes, files), symlinks not followed."""
    total = count = 0
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            total += path.stat().st_size
            count += 1
    return total, count


def evict(folders: list[Path]) -> None:
    for folder in folders:
        for path in folder.rglob("*"):
            if path.is_file() and not path.is_symlink():
                try:
                    fd = os.open(path, os.O_RDONLY)
                except OSError:
                    continue
                try:
                    os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
                finally:
                    os.close(fd)


def one_start(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(seconds from spawn to the "window shown" line, the app's own figure since its start)."""
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    seen: tuple[float, float] | None = None
    lines = []
    for line in process.stdout:
        lines.append(line)
        found = WINDOW_SHOWN.match(line)
        if found and seen is None:
            seen = (time.perf_counter() - started, float(found.group(1)))
    process.wait(timeout=120)
    if seen is None:
        raise RuntimeError(f"{command[0]} did not show its window:\n{''.join(lines)}")
    if process.returncode != 0:
        print(f"  (the self-test failed after the window showed:)\n{''.join(lines)}", file=sys.stderr)
    return seen


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "messenger-desktop")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    bundle: Path = args.bundle.resolve()
    if not (bundle / "messenger-desktop").is_file():
        started = time.monotonic()
        subprocess.run(
            [sys.executable, str(ROOT / "scripts" / "build-bundle"), "--dist", str(bundle.parent)], check=True
        )
        print(f"built {bundle} in {time.monotonic() - started:.0f} s")

    size, files = tree_size(bundle)
    parts = sorted(
        (tree_size(part)[0] if part.is_dir() else part.stat().st_size, part.name)
        for part in (bundle / "_internal").iterdir()
        if not part.is_symlink()  # PyInstaller links libraries into the top folder
    )[::-1]

    site_packages = Path(sysconfig.get_paths()["purelib"])
    stdlib = Path(sysconfig.get_paths()["stdlib"])
    kinds = {
        "bundle": ([str(bundle / "messenger-desktop"), "--self-test"], [bundle]),
        "source": (
            [sys.executable, "-m", "messenger_desktop", "--self-test"],
            [stdlib, site_packages, ROOT / "messenger_desktop", ROOT / "resources"],
        ),
    }
    xvfb, display = start_xvfb()
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "QT_QUICK_BACKEND": "software"}
    results: dict[tuple[str, str], list[tuple[float, float]]] = {}
    try:
        for _ in range(args.runs):
            for kind, (command, files_read) in kinds.items():
                evict(files_read)
                results.setdefault((kind, "cold"), []).append(one_start(command, env))
                results.setdefault((kind, "warm"), []).append(one_start(command, env))
    finally:
        xvfb.terminate()

    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT, check=False
    ).stdout.strip()
    print(f"Linux bundle {bundle}, commit {commit}")
    print(f"  size {size / 1e6:.0f} MB in {files} files; biggest parts of _internal:")
    for part_size, name in parts[:6]:
        print(f"    {part_size / 1e6:6.1f} MB  {name}")
    print(f"start to the first frame of the main window (--self-test), Xvfb + xcb, {args.runs} runs, medians")
    print("  (spawn to the 'window shown' line; in brackets the app's own figure from its process start)")
    for kind in kinds:
        for temperature in ("cold", "warm"):
            runs = results[(kind, temperature)]
            outside = statistics.median(r[0] for r in runs)
            inside = statistics.median(r[1] for r in runs)
            listed = ", ".join(f"{r[0]:.2f}" for r in runs)
            print(f"  {kind:6} {temperature}  {outside:5.2f} s  ({inside:.2f} s)  [{listed}]")
    return 0


if __name__ == "__main__":
    sys.exit(main())
