"""Warm start of the desktop app on the *large* profile: T_paint, T_ready, memory (measures.md).

    scripts/with-secret-service .venv/bin/python bench/startup.py [--runs 3] [--file large.json]

- **The profile:** a cache filled by ``import-sync`` from ``bench/synthetic_sync.py``'s large
  profile, copied afresh for each run.
- **The server:** a stub homeserver on loopback answers the app. It records the wall-clock moment
  the first ``/sync`` carrying the stored token arrives: that is T_ready, counted from just
  before the process is spawned. The stub is not Synapse on purpose: the figure is about the
  client, and a stub has no start-up or database noise of its own.
- **The display:** the app runs under Xvfb with the xcb platform and ``QT_QUICK_BACKEND=software``.
- **T_paint:** taken from the app's own ``--trace-startup`` milestone "conversation list painted",
  the first swapped frame with the cached rows, measured from the process start.
- **Memory:** RSS and PSS are read from ``/proc/<pid>/smaps_rollup`` 10 s after T_ready.
- **Not here:** memory after opening 10 conversations. Key presses sent with xdotool did not
  reach the window under Xvfb without a window manager; ``sliding_sync.py`` measures it after a
  fresh sign-in, opening them through the session controller, with the first sync's peak RSS.
- ``--json FILE`` writes the medians for ``run_all.py``.
- **Looking closer:** ``BENCH_SMAPS=<prefix>`` copies the app's ``/proc/<pid>/smaps`` to
  ``<prefix>-<run>`` when memory is read; ``BENCH_STDERR=<prefix>`` keeps the app's standard error
  in ``<prefix>-<run>`` (with ``PYTHONPROFILEIMPORTTIME=1``: what each import cost).
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from messenger_desktop.api.client import Credentials  # noqa: E402
from messenger_desktop.api.ids import DeviceId, UserId  # noqa: E402
from messenger_desktop.session import credentials as keychain  # noqa: E402
from messenger_desktop.store.database import connect, get_meta, set_meta  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from summary import add_json_option, context, emit  # noqa: E402

OWN = "@me:bench.local"
SHOW_MILESTONES = False


class StubHomeserver(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, token: str) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.token = token
        self.first_incremental: float | None = None
        self.requests: list[str] = []

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


class _Handler(BaseHTTPRequestHandler):
    server: StubHomeserver

    def log_message(self, format: str, *args: object) -> None:
        pass

    def _reply(self, status: int, body: object) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:
        now = time.time()
        parts = urlsplit(self.path)
        self.server.requests.append(parts.path)
        if parts.path == "/_matrix/client/v3/sync":
            query = parse_qs(parts.query)
            since = query.get("since", [None])[0]
            if since == self.server.token and self.server.first_incremental is None:
                self.server.first_incremental = now
            timeout = int(query.get("timeout", ["0"])[0]) / 1000
            time.sleep(min(timeout, 5.0))
            self._reply(200, {"next_batch": self.server.token})
        elif parts.path == "/_matrix/client/versions":
            self._reply(200, {"versions": ["v1.11", "v1.12"]})
        else:
            self._reply(404, {"errcode": "M_UNRECOGNIZED", "error": "stub"})

    def do_POST(self) -> None:
        self.server.requests.append(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        self.rfile.read(length)
        self._reply(200, {})

    do_PUT = do_POST


def memory(pid: int) -> tuple[float, float]:
    """(RSS, PSS) in MB."""
    values = {}
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
        key, _, rest = line.partition(":")
        if key in ("Rss", "Pss"):
            values[key] = int(rest.split()[0]) / 1024
    return values["Rss"], values["Pss"]


def start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    for number in range(140, 180):
        if not Path(f"/tmp/.X11-unix/X{number}").exists():
            break
    xvfb = subprocess.Popen(
        ["Xvfb", f":{number}", "-screen", "0", "1280x800x24", "-nolisten", "tcp"], stderr=subprocess.DEVNULL
    )
    while not Path(f"/tmp/.X11-unix/X{number}").exists():
        time.sleep(0.05)
    return xvfb, f":{number}"


def prepare_template(sync_file: Path, template: Path) -> str:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "messenger_desktop",
            "import-sync",
            str(sync_file),
            "--profile",
            str(template),
            "--user",
            OWN,
        ],
        check=True,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
    )
    conn = connect(template / "cache.sqlite3")
    token = get_meta(conn, "next_batch")
    set_meta(conn, "filter_id", "bench-filter")  # a warm profile has uploaded its filter before
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    assert token is not None
    return token


def one_run(template: Path, token: str, display: str, run: int = 0) -> dict[str, float]:
    stub = StubHomeserver(token)
    threading.Thread(target=stub.serve_forever, daemon=True).start()
    with tempfile.TemporaryDirectory() as tmp:
        profile = Path(tmp) / "profile"
        shutil.copytree(template, profile)
        keychain.save(
            str(profile.resolve()), Credentials(stub.url, UserId(OWN), DeviceId("BENCH"), "bench-token")
        )
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "QT_QUICK_BACKEND": "software"}
        started = time.time()
        app = subprocess.Popen(
            [sys.executable, "-m", "messenger_desktop", "--profile", str(profile), "--trace-startup"],
            cwd=ROOT,
            env=env,
            stderr=subprocess.PIPE,
            text=True,
        )
        milestones: dict[str, float] = {}

        kept = open(f"{os.environ['BENCH_STDERR']}-{run}", "w") if os.environ.get("BENCH_STDERR") else None  # noqa: SIM115

        def read_trace() -> None:
            assert app.stderr is not None
            for line in app.stderr:
                if kept is not None:
                    kept.write(line)
                if line.startswith("[") and "] " in line:
                    stamp, text = line[1:].split("] ", 1)
                    milestones.setdefault(text.split(" (")[0].strip(), float(stamp.strip().rstrip("s")))

        threading.Thread(target=read_trace, daemon=True).start()
        deadline = time.time() + 60
        while stub.first_incremental is None or "conversation list painted" not in milestones:
            if time.time() > deadline or app.poll() is not None:
                app.kill()
                raise RuntimeError(f"the app did not become ready: {milestones}, requests {stub.requests}")
            time.sleep(0.01)
        if SHOW_MILESTONES:
            print(
                "   "
                + ", ".join(
                    f"{name} {stamp:.3f}" for name, stamp in sorted(milestones.items(), key=lambda m: m[1])
                )
            )
        result = {
            "t_paint": milestones["conversation list painted"],
            "t_window": milestones.get("window shown", float("nan")),
            "t_ready": stub.first_incremental - started,
        }
        time.sleep(10)
        result["rss"], result["pss"] = memory(app.pid)
        if os.environ.get("BENCH_SMAPS"):
            shutil.copyfile(f"/proc/{app.pid}/smaps", f"{os.environ['BENCH_SMAPS']}-{run}")
        app.send_signal(2)
        try:
            app.wait(timeout=20)
        except subprocess.TimeoutExpired:
            app.kill()
        keychain.delete(str(profile.resolve()))
        if kept is not None:
            kept.close()
    stub.shutdown()
    return result


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--file", type=Path, default=Path("/tmp/bench/large.json"))
    parser.add_argument("--milestones", action="store_true", help="print each run's start-up milestones")
    add_json_option(parser)
    args = parser.parse_args()
    global SHOW_MILESTONES
    SHOW_MILESTONES = args.milestones
    # A warm start of an installed app finds its modules compiled (pip compiles them); a source
    # tree under PYTHONDONTWRITEBYTECODE=1 (as on the project machines) would compile ~200
    # modules on every start, 0.5 s that no user pays.
    compileall.compile_dir(ROOT / "messenger_desktop", quiet=1)
    if not args.file.exists():
        args.file.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [
                sys.executable,
                str(ROOT / "bench" / "synthetic_sync.py"),
                "--profile",
                "large",
                "--out",
                str(args.file),
            ],
            check=True,
        )
    xvfb, display = start_xvfb()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            template = Path(tmp) / "template"
            token = prepare_template(args.file, template)
            runs = [one_run(template, token, display, n) for n in range(args.runs)]
    finally:
        xvfb.terminate()
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT, check=False
    ).stdout.strip()
    print(f"warm start, {args.file.name}, commit {commit}, {args.runs} runs (median; all runs in brackets)")
    for key, label, unit in (
        ("t_window", "first frame", "s"),
        ("t_paint", "T_paint", "s"),
        ("t_ready", "T_ready", "s"),
        ("rss", "RSS after ready+10 s", "MB"),
        ("pss", "PSS after ready+10 s", "MB"),
    ):
        values = [r[key] for r in runs if key in r]
        if values:
            listed = ", ".join(f"{v:.3f}" if unit == "s" else f"{v:.0f}" for v in values)
            median = statistics.median(values)
            print(
                f"  {label:22} {median:8.3f} {unit}  [{listed}]"
                if unit == "s"
                else f"  {label:22} {median:8.0f} {unit}  [{listed}]"
            )
    medians = {
        key: round(statistics.median(r[key] for r in runs), 3)
        for key in ("t_window", "t_paint", "t_ready", "rss", "pss")
        if all(key in r for r in runs)
    }
    emit(args.json, {**context(), "file": args.file.name, "runs": args.runs, **medians})
    return 0


if __name__ == "__main__":
    sys.exit(main())
