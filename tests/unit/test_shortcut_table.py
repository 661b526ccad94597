"""The shortcuts sheet cannot drift from the keys: every ``Shortcut`` in the QML is in the table
(qt/shortcut_table.py), every entry of the table is handled where it says, and every key the
timeline's key handler reads is listed."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from messenger_desktop.qt.shortcut_table import GROUPS, SHORTCUTS, KeyBinding, native, sheet_rows

QML = Path(__file__).resolve().parents[2] / "resources" / "qml"
SEQUENCE = re.compile(r'\bsequence:\s*"([^"]+)"')
SEQUENCES = re.compile(r"\bsequences:\s*\[([^\]]*)\]")
LITERAL = re.compile(r'"([^"]+)"')


def _sequences_in_qml() -> set[tuple[str, str]]:
    found = set()
    for path in QML.glob("*.qml"):
        text = path.read_text(encoding="utf-8")
        found |= {(path.name, s) for s in SEQUENCE.findall(text)}
        for group in SEQUENCES.findall(text):
            found |= {(path.name, s) for s in LITERAL.findall(group)}
    return found


def _in_table() -> set[tuple[str, str]]:
    return {(b.qml, key) for b in SHORTCUTS if not b.handled_by for key in b.keys}


def test_every_shortcut_in_the_qml_is_in_the_table() -> None:
    missing = _sequences_in_qml() - _in_table()
    assert not missing, f"Shortcuts missing from qt/shortcut_table.py: {sorted(missing)}"


def test_every_shortcut_in_the_table_is_in_the_qml() -> None:
    stale = _in_table() - _sequences_in_qml()
    assert not stale, f"table entries no Shortcut handles: {sorted(stale)}"


@pytest.mark.parametrize("binding", [b for b in SHORTCUTS if b.handled_by], ids=lambda b: f"{b.qml}:{b.keys}")
def test_every_key_handled_in_code_is_read_where_the_table_says(binding: KeyBinding) -> None:
    text = (QML / binding.qml).read_text(encoding="utf-8")
    for marker in binding.handled_by:
        assert marker in text, f"{binding.qml} no longer reads {marker}"


def test_every_key_of_the_timeline_is_listed() -> None:
    text = (QML / "ChatView.qml").read_text(encoding="utf-8")
    handler = text[text.index("Keys.onPressed: function(event) {") :]
    handler = handler[: handler.index("event.accepted = true")]
    read = set(re.findall(r"Qt\.Key_\w+", handler))
    listed = {m for b in SHORTCUTS if b.qml == "ChatView.qml" for m in b.handled_by}
    assert read and read <= listed, f"timeline keys missing from the table: {sorted(read - listed)}"


def test_keys_are_real_key_names_and_groups_known(qapp: QApplication) -> None:
    groups = {g.key for g in GROUPS}
    for binding in SHORTCUTS:
        assert binding.group in groups
        assert (QML / binding.qml).is_file()
        for key in binding.keys:
            sequence = QKeySequence(key)
            assert sequence.count() == 1, key
            assert sequence[0].key() != Qt.Key.Key_unknown, key
            assert native(key), key


def test_the_sheet_has_every_entry_grouped_in_group_order(qapp: QApplication) -> None:
    rows = sheet_rows()
    assert len(rows) == len(SHORTCUTS)
    labels = [g.label for g in GROUPS]
    seen = list(dict.fromkeys(str(r["group"]) for r in rows))
    assert seen == [label for label in labels if label in seen]
    assert {"group": "General", "action": "Keyboard shortcuts", "keys": ["F1", "Ctrl+/"]} in rows
