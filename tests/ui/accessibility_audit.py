"""What a screen reader finds on screen: every interactive item and whether it has a name.

The walk starts at each top-level window's root item, so popups (whose items live in the window's
overlay) and list delegates (which have no QObject parent: ``findChild`` misses them) are found
too. An item's role and name are read through Qt's accessibility interface, as the platform's
bridge (AT-SPI, UIA, NSAccessibility) reads them; accessibility must be active
(``QAccessible.setActive(True)``) before the QML is loaded, or controls leave their names unset.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface, QGuiApplication
from PySide6.QtQml import QQmlEngine
from PySide6.QtQuick import QQuickItem, QQuickWindow

Role = QAccessible.Role

CONTROLS = (
    "QQuickAbstractButton",
    "QQuickSlider",
    "QQuickRangeSlider",
    "QQuickComboBox",
    "QQuickSpinBox",
    "QQuickDial",
    "QQuickTumbler",
)
"""Controls a user operates (buttons of every kind: check boxes, switches, menu entries, tabs)."""

COMPOSITES = ("QQuickComboBox", "QQuickSpinBox")
"""Controls whose inner text field is a part, named by the control."""

ACTIONABLE_ROLES = frozenset(
    {
        Role.Button,
        Role.CheckBox,
        Role.RadioButton,
        Role.ListItem,
        Role.PageTab,
        Role.MenuItem,
        Role.Link,
        Role.Slider,
        Role.ComboBox,
        Role.SpinBox,
        Role.EditableText,
        Role.ButtonMenu,
        Role.ButtonDropDown,
        Role.Cell,
        Role.TreeItem,
    }
)
"""Roles a screen reader offers to act on: an item that claims one must say what it is."""


@dataclass(frozen=True)
class Offender:
    """An interactive item a screen reader cannot name."""

    item: QQuickItem
    why: str

    def describe(self) -> str:
        return f"{self.why}: {describe(self.item)}"


def windows() -> list[QQuickWindow]:
    return [w for w in QGuiApplication.topLevelWindows() if isinstance(w, QQuickWindow) and w.isVisible()]


def shown_items() -> Iterator[QQuickItem]:
    """Every item drawn now, in every visible window of the app (popups and delegates included)."""
    for window in windows():
        pending = [window.contentItem()]
        while pending:
            item = pending.pop()
            if not _drawn(item):
                continue
            yield item
            pending.extend(item.childItems())


def _drawn(item: QQuickItem) -> bool:
    return item.isVisible() and item.opacity() > 0.0 and item.width() > 0 and item.height() > 0


def _inside(item: QQuickItem, classes: tuple[str, ...]) -> bool:
    parent = item.parentItem()
    while parent is not None:
        if any(parent.inherits(c) for c in classes):
            return True
        parent = parent.parentItem()
    return False


def _interface(item: QQuickItem) -> QAccessibleInterface | None:
    iface = QAccessible.queryAccessibleInterface(item)
    return iface if iface is not None and iface.isValid() else None


def _editable(item: QQuickItem) -> bool:
    if not (item.inherits("QQuickTextInput") or item.inherits("QQuickTextEdit")):
        return False
    return not item.property("readOnly") and bool(item.isEnabled())


def interactive_reason(item: QQuickItem) -> str:
    """Why ``item`` is something a user operates ("" when it is not)."""
    if any(item.inherits(c) for c in CONTROLS):
        return "control"
    if _editable(item) and not _inside(item, COMPOSITES):
        return "text field"
    if item.activeFocusOnTab():
        return "takes the Tab focus"
    iface = _interface(item)
    if iface is not None and iface.role() in ACTIONABLE_ROLES:
        if iface.role() == Role.EditableText and iface.state().readOnly:
            return ""  # selectable text: read, not operated
        return f"claims role {iface.role().name}"
    return ""


def accessible_name(item: QQuickItem) -> str:
    """The name a screen reader says. Qt never gives a password field's name (it hides every text
    of one): there the field's label relation (Accessible.labelledBy) stands for it."""
    iface = _interface(item)
    if iface is None:
        return ""
    name = iface.text(QAccessible.Text.Name).strip()
    if not name and iface.state().passwordEdit:
        labels = iface.relations(QAccessible.RelationFlag.Label)
        name = " ".join(label.text(QAccessible.Text.Name) for label, _ in labels).strip()
    return name


def accessible_role(item: QQuickItem) -> Role | None:
    iface = _interface(item)
    return iface.role() if iface is not None else None


def accessible_description(item: QQuickItem) -> str:
    iface = _interface(item)
    return iface.text(QAccessible.Text.Description) if iface is not None else ""


def unnamed_controls() -> list[Offender]:
    """Every interactive item on screen whose accessible name is empty."""
    found = []
    for item in shown_items():
        reason = interactive_reason(item)
        if reason and not accessible_name(item):
            found.append(Offender(item, reason))
    return found


def _left_click_handler(item: QQuickItem) -> bool:
    """Whether ``item`` reacts to a left click through a TapHandler or a pointing-hand MouseArea."""
    if item.inherits("QQuickMouseArea"):
        return item.isEnabled() and item.property("cursorShape") == Qt.CursorShape.PointingHandCursor
    for child in item.children():
        if child.inherits("QQuickTapHandler") and child.property("enabled"):
            buttons = child.property("acceptedButtons")
            if int(getattr(buttons, "value", buttons)) & Qt.MouseButton.LeftButton.value:
                return True
    return False


def pointer_only() -> list[Offender]:
    """Things a left click does that nothing a screen reader sees stands for: neither the clicked
    item nor a control around it (up to the list row it is in) is a named interactive item."""
    found = []
    for item in shown_items():
        if not _left_click_handler(item):
            continue
        holder: QQuickItem | None = item
        while holder is not None:
            if holder is not item and accessible_role(holder) in (Role.ListItem, Role.List):
                holder = None  # the row stands for itself, not for what is clicked inside it
                break
            if interactive_reason(holder) and accessible_name(holder):
                break
            holder = holder.parentItem()
        if holder is None:
            found.append(Offender(item, "clickable with the mouse only"))
    return found


def source_of(item: QQuickItem) -> tuple[str, str]:
    """(the QML file that made ``item``, its objectName or else its type)."""
    context = QQmlEngine.contextForObject(item)
    where = context.baseUrl().fileName() if context is not None else ""
    return where, item.objectName() or item.metaObject().className().split("_QML")[0]


def describe(item: QQuickItem) -> str:
    """The item and the chain of its parents, as far as one with a name, to find it in the QML."""
    parts = []
    current: QQuickItem | None = item
    while current is not None and len(parts) < 8:
        label = current.metaObject().className().split("_QML")[0]
        if current.objectName():
            label += f"#{current.objectName()}"
        if current is item:
            text = current.property("text")
            if isinstance(text, str) and text:
                label += f" text={text[:40]!r}"
            context = QQmlEngine.contextForObject(current)
            if context is not None:
                label += f" ({context.baseUrl().fileName()})"
        parts.append(label)
        if current.objectName() and current is not item:
            break
        current = current.parentItem()
    return " < ".join(parts)
