"""The diagnostics summary: what a maintainer needs, nothing personal, no secret."""

from __future__ import annotations

from messenger_desktop.diagnostics.redact import Redactor
from messenger_desktop.diagnostics.report import Facts, ServerFacts, format_report, human_size

FACTS = Facts(
    app_version="0.1.0",
    python="3.12.3 (CPython)",
    qt="6.11.3",
    pyside="6.11.3",
    os="Linux 6.8.0 (x86_64), Ubuntu 24.04",
    qt_platform="xcb",
    server=ServerFacts(
        "https://matrix.example.org",
        ("v1.1", "v1.11"),
        {"org.matrix.msc3575": True, "org.matrix.msc2716": False},
    ),
    sync_mode="/sync v3, long polling 30 s",
    connection="online",
    room_count=42,
    sizes={"database": 12_345_678, "media cache": 900, "logs": 2_500_000},
)


def test_the_summary_names_versions_server_and_sizes() -> None:
    text = format_report(FACTS)
    for expected in (
        "Messenger 0.1.0",
        "Python: 3.12.3 (CPython)",
        "Qt: 6.11.3, PySide6: 6.11.3, platform plugin: xcb",
        "OS: Linux 6.8.0 (x86_64), Ubuntu 24.04",
        "Homeserver: https://matrix.example.org",
        "Spec versions: v1.1, v1.11",
        "Unstable features: org.matrix.msc3575",
        "Sync: /sync v3, long polling 30 s",
        "Connection: online",
        "Rooms: 42",
        "On disk: database 12.3 MB, media cache 900 B, logs 2.5 MB",
    ):
        assert expected in text
    assert "msc2716" not in text  # only what the server turned on


def test_without_a_session_or_an_answer_it_says_so() -> None:
    bare = Facts("0.1.0", "3.12", "6.11", "6.11", "Linux")
    assert "Homeserver: not signed in" in format_report(bare)
    down = Facts(
        "0.1.0", "3.12", "6.11", "6.11", "Linux", server=ServerFacts("https://hs", error="timed out")
    )
    assert "Spec versions: not available (timed out)" in format_report(down)


def test_a_token_that_slipped_into_a_fact_is_redacted() -> None:
    redactor = Redactor()
    redactor.remember("opaque-token-value-1234")
    leaky = Facts(
        "0.1.0",
        "3.12",
        "6.11",
        "6.11",
        "Linux",
        server=ServerFacts("https://hs", error="opaque-token-value-1234"),
    )
    assert "opaque-token" not in format_report(leaky, redactor)


def test_sizes_read_like_a_file_manager() -> None:
    assert [human_size(n) for n in (0, 999, 1_000, 1_250_000, 3_000_000_000)] == [
        "0 B",
        "999 B",
        "1.0 KB",
        "1.2 MB",
        "3.0 GB",
    ]
