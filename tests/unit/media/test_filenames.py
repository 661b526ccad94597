"""Hostile file names from events become safe names that stay inside the downloads folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from messenger_desktop.media.filenames import MAX_NAME_BYTES, path_in, safe_file_name


@pytest.mark.parametrize(
    ("given", "saved"),
    [
        ("holiday.jpg", "holiday.jpg"),
        ("Résumé 2026.pdf", "Résumé 2026.pdf"),
        ("../../.bashrc", "bashrc"),
        ("/etc/passwd", "passwd"),
        ("C:\\Windows\\System32\\evil.dll", "evil.dll"),
        ("..\\..\\startup.bat", "startup.bat"),
        ("photo\u202egnp.exe", "photognp.exe"),
        ("in\u200bvisible\u2066.txt", "invisible.txt"),
        ("line\nbreak\r.txt", "linebreak.txt"),
        ("tab\there.txt", "tab here.txt"),
        ('a<b>c:d"e|f?g*h.txt', "a_b_c_d_e_f_g_h.txt"),
        ("CON", "_CON"),
        ("nul.txt", "_nul.txt"),
        ("com1.tar.gz", "_com1.tar.gz"),
        ("LPT9.log", "_LPT9.log"),
        ("report.pdf. . .", "report.pdf"),
        ("   spaced   out   .png", "spaced out.png"),
        ("..", "download"),
        ("", "download"),
        ("\u202e\u200f", "download"),
        (".png", "png"),
        (None, "download"),
        (12, "download"),
    ],
)
def test_a_name_is_cleaned_to_what_is_safe_to_save(given: object, saved: str) -> None:
    assert safe_file_name(given) == saved


def test_a_long_name_is_cut_on_a_character_boundary_keeping_its_extension() -> None:
    name = safe_file_name("é" * 400 + ".jpeg")
    assert name.endswith(".jpeg")
    assert len(name.encode()) <= MAX_NAME_BYTES
    name.encode().decode()  # whole characters only
    assert len(safe_file_name("x" * 1000).encode()) <= MAX_NAME_BYTES
    assert len(safe_file_name("x." + "y" * 500).encode()) <= MAX_NAME_BYTES


def test_the_path_is_inside_the_folder_and_never_overwrites(tmp_path: Path) -> None:
    first = path_in(tmp_path, "../../notes.txt")
    assert first == tmp_path / "notes.txt"
    first.write_text("mine")
    second = path_in(tmp_path, "notes.txt")
    assert second == tmp_path / "notes (2).txt"
    second.write_text("theirs")
    assert path_in(tmp_path, "notes.txt") == tmp_path / "notes (3).txt"
    assert path_in(tmp_path, "/") == tmp_path / "download"
    (tmp_path / "README").write_text("x")
    assert path_in(tmp_path, "README") == tmp_path / "README (2)"


def test_a_symlink_of_that_name_counts_as_taken(tmp_path: Path) -> None:
    (tmp_path / "link.txt").symlink_to(tmp_path / "missing-target")
    assert path_in(tmp_path, "link.txt") == tmp_path / "link (2).txt"
