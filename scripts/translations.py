"""The translation workflow: find the strings, merge them into the ``.ts`` sources, compile, check.

``resources/translations/messenger_<code>.ts`` are the sources (Qt Linguist's format; edit them
with Linguist, by hand, or through ``export``/``import``). Run as ``scripts/translations COMMAND``:

    update            find every string (QML through lupdate, Python through its syntax tree) and
                      merge them into each .ts: new ones unfinished, gone ones "vanished"
    build [DIR]       compile each .ts into messenger_<code>.qm (beside it, or in DIR)
    check [CODE...]   fail, listing them, on strings untranslated, missing, vanished, or with
                      placeholders or plural forms that do not match (default: the shipped
                      languages, messenger_desktop/qt/languages.py SHIPPED)
    stats             how many strings each language has translated
    export CODE       the language's strings as TSV on stdout (context, source, comment, note,
                      translation; plural forms joined by " ||| ", newlines as \\n)
    import CODE FILE  fill the language's translations from such a TSV (a non-empty translation
                      becomes finished)
    prune [CODE...]   delete the entries whose string left the app ("vanished", kept by update
                      for reuse; default: every language)
    pseudo DIR        a pseudo-translation (accented, ~40% longer) compiled to DIR/messenger_en.qm,
                      for finding text that is cut off (tests/ui/test_pseudo_locale.py)

Python strings: calls of a module's translate wrapper (``def tr(text): return
QCoreApplication.translate("ctx", text)``, also when imported from another module), direct
``QCoreApplication.translate("ctx", "text"[, comment, n])`` calls, ``QT_TRANSLATE_NOOP("ctx",
"text")`` markers and ``self.tr("text"[, comment, n])`` in a QObject's method (context: the
class's name, as ``QObject.tr`` has it), each with a literal; a ``# TRANSLATORS:`` comment on the
lines just above a call is shown to translators. lupdate's own Python support puts bare ``tr()``
calls in an empty context, which is why Python is read here.
"""

from __future__ import annotations

import ast
import io
import math
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "resources" / "translations"
QML_DIR = ROOT / "resources" / "qml"
PYTHON_SOURCES = (ROOT / "messenger_desktop" / "qt", ROOT / "messenger_desktop" / "app.py")
SOURCE_LANGUAGE = "en"
PLURAL_FORMS = {"en": 2, "de": 2, "fr": 2, "pl": 3, "ro": 3, "ru": 3}
"""How many plural forms Qt's rules give each language (its numerusform elements, in order:
pl/ru one, few, many; ro one, few, other)."""
TABLES_BELOW = (("messenger_desktop/session/commands.py", "CommandInfo", (1, 2), "formatting"),)
"""Strings written below the Qt layer that the Qt layer translates: (file, the call that holds
them, which of its arguments, the context they are translated in)."""
FORM_SEPARATOR = " ||| "
PLACEHOLDER = re.compile(r"%L?\d+|%n|\{\w*\}")

Key = tuple[str, str, str]


@dataclass
class Message:
    context: str
    source: str
    comment: str = ""
    note: str = ""
    numerus: bool = False
    locations: list[tuple[str, int]] = field(default_factory=list)
    forms: list[str] = field(default_factory=list)
    state: str = "unfinished"  # "" (finished), "unfinished", "vanished", "obsolete"
    translator_comment: str = ""

    @property
    def key(self) -> Key:
        return (self.context, self.source, self.comment)


# -- finding the strings ---------------------------------------------------------------------------


def _shipped() -> tuple[str, ...]:
    sys.path.insert(0, str(ROOT))
    from messenger_desktop.qt.languages import SHIPPED

    return SHIPPED


def _tool(name: str) -> str:
    """A Qt tool from the venv's PySide6 (``pyside6-lupdate`` and friends)."""
    import PySide6

    exe = Path(PySide6.__file__).parent / (name + (".exe" if sys.platform == "win32" else ""))
    if not exe.is_file():
        sys.exit(f"translations: no {name} in {exe.parent}")
    return str(exe)


def qml_messages() -> list[Message]:
    """Every qsTr/qsTranslate string of the QML (and its JavaScript), through lupdate."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "qml.ts"
        done = subprocess.run(
            [_tool("lupdate"), "-silent", "-extensions", "qml,js", str(QML_DIR), "-ts", str(out)],
            capture_output=True,
            text=True,
        )
        if done.returncode != 0:
            sys.exit(f"translations: lupdate failed:\n{done.stdout}{done.stderr}")
        if done.stderr.strip():
            print(done.stderr.strip(), file=sys.stderr)
        messages = read_ts(out)[1]
        for message in messages:
            message.locations = [
                (_relative((Path(tmp) / name).resolve()), line) for name, line in message.locations
            ]
            message.forms = []
        return messages


def _relative(path: Path) -> str:
    try:
        return path.relative_to(ROOT).as_posix()
    except ValueError:
        return path.as_posix()


def _python_files() -> Iterator[Path]:
    for source in PYTHON_SOURCES:
        yield from sorted(source.rglob("*.py")) if source.is_dir() else (source,)


def _wrappers(tree: ast.Module, known: dict[str, tuple[str, bool]]) -> dict[str, tuple[str, bool]]:
    """Functions (at any depth) that pass their first parameter on as the text to translate, to
    ``QCoreApplication.translate`` with a fixed context or to another such function (``fill``
    calls ``tr``): name -> (context, whether a count follows). ``known``: imported ones."""
    found = dict(known)
    functions = [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef) and n.args.args]
    grew = True
    while grew:
        grew = False
        for node in functions:
            if node.name in found and node.name not in known:
                continue
            parameter = node.args.args[0].arg
            for call in ast.walk(node):
                if not isinstance(call, ast.Call):
                    continue
                via = _wrapped(call, parameter, found)
                if via is not None:
                    found[node.name] = via
                    grew = True
                    break
    return {name: via for name, via in found.items() if name not in known or known[name] != via}


def _wrapped(call: ast.Call, parameter: str, found: dict[str, tuple[str, bool]]) -> tuple[str, bool] | None:
    """What ``call`` translates ``parameter`` as, if it does."""

    def is_parameter(node: ast.expr) -> bool:
        return isinstance(node, ast.Name) and node.id == parameter

    noop = isinstance(call.func, ast.Name) and call.func.id == "QT_TRANSLATE_NOOP"
    if (_is_translate(call.func) or noop) and len(call.args) >= 2 and is_parameter(call.args[1]):
        context = _literal(call.args[0])
        return (context, len(call.args) >= 4) if context is not None else None
    if isinstance(call.func, ast.Name) and call.func.id in found and call.args and is_parameter(call.args[0]):
        return found[call.func.id]
    return None


def _is_translate(func: ast.expr) -> bool:
    return isinstance(func, ast.Attribute) and func.attr == "translate"


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _note(lines: list[str], line: int) -> str:
    """A ``# TRANSLATORS:`` comment on one of the two lines above ``line`` (1-based)."""
    for above in (line - 1, line - 2):
        if above >= 1:
            text = lines[above - 1].strip()
            if text.startswith("# TRANSLATORS:"):
                return text.removeprefix("# TRANSLATORS:").strip()
    return ""


def python_messages(warn: bool = True) -> list[Message]:
    trees = {path: ast.parse(path.read_text(encoding="utf-8"), str(path)) for path in _python_files()}
    own = {path: _wrappers(tree, {}) for path, tree in trees.items()}
    messages: list[Message] = []
    for path, tree in trees.items():
        imported: dict[str, tuple[str, bool]] = {}
        for node in ast.walk(tree):  # imported wrappers: from .formatting import tr
            if isinstance(node, ast.ImportFrom) and node.module:
                base = path.parent
                for _ in range(node.level - 1):
                    base = base.parent
                if node.level == 0:
                    base = ROOT
                module = base.joinpath(*node.module.split(".")).with_suffix(".py")
                for alias in node.names:
                    if alias.name in own.get(module, {}):
                        imported[alias.asname or alias.name] = own[module][alias.name]
        wrappers = {**imported, **_wrappers(tree, imported)}
        lines = path.read_text(encoding="utf-8").splitlines()
        where = _relative(path)
        classes = _enclosing_classes(tree)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            found = _python_message(node, wrappers) or _self_tr(node, classes.get(id(node)))
            if found is None:
                if warn and isinstance(node.func, ast.Name) and node.func.id in wrappers:
                    first = node.args[0] if node.args else None
                    if isinstance(first, ast.JoinedStr):
                        print(f"{where}:{node.lineno}: an f-string is not translatable", file=sys.stderr)
                continue
            context, text, comment, numerus = found
            message = Message(context, text, comment, _note(lines, node.lineno), numerus)
            message.locations.append((where, node.lineno))
            messages.append(message)
    return messages


def _python_message(
    node: ast.Call, wrappers: dict[str, tuple[str, bool]]
) -> tuple[str, str, str, bool] | None:
    func = node.func
    if isinstance(func, ast.Name) and func.id in wrappers and node.args:
        text = _literal(node.args[0])
        context, numerus = wrappers[func.id]
        return (context, text, "", numerus) if text is not None else None
    direct = _is_translate(func) or (isinstance(func, ast.Name) and func.id == "QT_TRANSLATE_NOOP")
    if direct and len(node.args) >= 2:
        named, literal = _literal(node.args[0]), _literal(node.args[1])
        comment = _literal(node.args[2]) if len(node.args) >= 3 else ""
        if named is not None and literal is not None:
            return named, literal, comment or "", len(node.args) >= 4
    return None


def _enclosing_classes(tree: ast.Module) -> dict[int, str]:
    """The innermost class around each call (by the call's ``id``): ``self.tr`` translates in it."""
    found: dict[int, str] = {}
    for node in ast.walk(tree):  # outer classes first, so inner ones overwrite
        if isinstance(node, ast.ClassDef):
            for inner in ast.walk(node):
                if isinstance(inner, ast.Call):
                    found[id(inner)] = node.name
    return found


def _self_tr(node: ast.Call, class_name: str | None) -> tuple[str, str, str, bool] | None:
    """``self.tr("text"[, "disambiguation"[, n]])`` in a method: PySide's ``QObject.tr`` translates
    in the context of the object's class name (then of its bases', which this does not follow)."""
    func = node.func
    is_self_tr = (
        isinstance(func, ast.Attribute)
        and func.attr == "tr"
        and isinstance(func.value, ast.Name)
        and func.value.id == "self"
    )
    if not is_self_tr or class_name is None or not node.args:
        return None
    text = _literal(node.args[0])
    if text is None:
        return None
    comment = _literal(node.args[1]) if len(node.args) >= 2 else ""
    numerus = len(node.args) >= 3 or any(k.arg == "n" for k in node.keywords)
    return class_name, text, comment or "", numerus


def table_messages() -> list[Message]:
    """The strings of :data:`TABLES_BELOW` (the slash commands' hints and descriptions)."""
    messages = []
    for name, call, positions, context in TABLES_BELOW:
        path = ROOT / name
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == call:
                for position in positions:
                    text = _literal(node.args[position]) if len(node.args) > position else None
                    if text:
                        messages.append(Message(context, text, locations=[(name, node.lineno)]))
    return messages


def template(warn: bool = True) -> list[Message]:
    """Every string of the app once, contexts in name order, each context's strings in the order
    of their first appearance."""
    merged: dict[Key, Message] = {}
    for message in (*qml_messages(), *python_messages(warn), *table_messages()):
        if message.key in merged:
            kept = merged[message.key]
            kept.locations.extend(message.locations)
            kept.numerus = kept.numerus or message.numerus
            kept.note = kept.note or message.note
        else:
            merged[message.key] = message
    return sorted(merged.values(), key=lambda m: (m.context, m.locations[0] if m.locations else ("", 0)))


# -- reading and writing .ts -----------------------------------------------------------------------


def ts_path(code: str) -> Path:
    return TS_DIR / f"messenger_{code}.ts"


def languages() -> list[str]:
    return sorted(p.stem.removeprefix("messenger_") for p in TS_DIR.glob("messenger_*.ts"))


def read_ts(path: Path) -> tuple[str, list[Message]]:
    root = ET.parse(path).getroot()
    messages = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for element in context.iter("message"):
            translation = element.find("translation")
            numerus = element.get("numerus") == "yes"
            forms: list[str] = []
            state = ""
            if translation is not None:
                state = translation.get("type", "")
                if numerus:
                    forms = [f.text or "" for f in translation.iter("numerusform")]
                else:
                    forms = [translation.text or ""]
            message = Message(
                name,
                element.findtext("source") or "",
                element.findtext("comment") or "",
                element.findtext("extracomment") or "",
                numerus,
                [(loc.get("filename", ""), int(loc.get("line", "0"))) for loc in element.iter("location")],
                forms,
                state,
                element.findtext("translatorcomment") or "",
            )
            messages.append(message)
    return root.get("language", ""), messages


def _escape(text: str) -> str:
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("'", "&apos;")
    )


def write_ts(path: Path, code: str, messages: Iterable[Message]) -> None:
    out = io.StringIO()
    out.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
    out.write(f'<TS version="2.1" language="{code}" sourcelanguage="{SOURCE_LANGUAGE}">\n')
    current = None
    for m in messages:
        if m.context != current:
            if current is not None:
                out.write("</context>\n")
            out.write(f"<context>\n    <name>{_escape(m.context)}</name>\n")
            current = m.context
        out.write('    <message numerus="yes">\n' if m.numerus else "    <message>\n")
        for name, line in m.locations:
            out.write(f'        <location filename="{_escape(_from_ts(name))}" line="{line}"/>\n')
        out.write(f"        <source>{_escape(m.source)}</source>\n")
        if m.comment:
            out.write(f"        <comment>{_escape(m.comment)}</comment>\n")
        if m.note:
            out.write(f"        <extracomment>{_escape(m.note)}</extracomment>\n")
        if m.translator_comment:
            out.write(f"        <translatorcomment>{_escape(m.translator_comment)}</translatorcomment>\n")
        kind = f' type="{m.state}"' if m.state else ""
        if m.numerus:
            out.write(f"        <translation{kind}>\n")
            for form in m.forms:
                out.write(f"            <numerusform>{_escape(form)}</numerusform>\n")
            out.write("        </translation>\n")
        else:
            out.write(f"        <translation{kind}>{_escape(m.forms[0] if m.forms else '')}</translation>\n")
        out.write("    </message>\n")
    if current is not None:
        out.write("</context>\n")
    out.write("</TS>\n")
    path.write_text(out.getvalue(), encoding="utf-8")


def _from_ts(name: str) -> str:
    """A location as the .ts writes it: relative to the .ts file, as Linguist expects."""
    path = Path(name)
    if path.is_absolute():
        return name
    return Path("../..", path).as_posix()


def _to_root(name: str) -> str:
    return _relative((TS_DIR / name).resolve())


def load(code: str) -> list[Message]:
    path = ts_path(code)
    if not path.is_file():
        return []
    messages = read_ts(path)[1]
    for m in messages:
        m.locations = [(_to_root(name), line) for name, line in m.locations]
    return messages


# -- commands --------------------------------------------------------------------------------------


def merge(code: str, fresh: list[Message], existing: list[Message]) -> list[Message]:
    """``fresh`` with the translations ``existing`` has; strings no longer in the app stay, as
    "vanished", while they carry a translation (a translator may reuse it). The source language
    keeps only strings with plural forms (its .ts says how to write "1 member", "2 members")."""
    old = {m.key: m for m in existing}
    forms = PLURAL_FORMS.get(code, 2)
    merged: list[Message] = []
    for new in fresh:
        if code == SOURCE_LANGUAGE and not new.numerus:
            continue
        message = Message(new.context, new.source, new.comment, new.note, new.numerus, list(new.locations))
        before = old.pop(new.key, None)
        if before is not None and before.numerus == new.numerus:
            message.forms = list(before.forms)
            message.state = "unfinished" if before.state in ("vanished", "obsolete") else before.state
            message.translator_comment = before.translator_comment
        size = forms if new.numerus else 1
        message.forms = (message.forms + [""] * size)[:size]
        if not all(message.forms):
            message.state = "unfinished"
        merged.append(message)
    for gone in old.values():
        if any(gone.forms) and gone.state != "obsolete":
            gone.state = "vanished"
            gone.locations = []
            merged.append(gone)
    return merged


def update(codes: list[str]) -> None:
    fresh = template()
    TS_DIR.mkdir(parents=True, exist_ok=True)
    for code in codes:
        merged = merge(code, fresh, load(code))
        write_ts(ts_path(code), code, merged)
        print(f"{ts_path(code).relative_to(ROOT)}: {_summary(merged)}")


def _summary(messages: list[Message]) -> str:
    live = [m for m in messages if m.state not in ("vanished", "obsolete")]
    done = sum(1 for m in live if not m.state)
    gone = len(messages) - len(live)
    return f"{done} of {len(live)} translated" + (f", {gone} vanished" if gone else "")


def build(out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    for code in languages():
        compile_ts(ts_path(code), out_dir / f"messenger_{code}.qm")


def compile_ts(ts: Path, qm: Path) -> None:
    done = subprocess.run(
        [_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], capture_output=True, text=True
    )
    if done.returncode != 0 or not qm.is_file():
        sys.exit(f"translations: lrelease failed on {ts}:\n{done.stdout}{done.stderr}")


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


def problems(code: str, fresh: list[Message], messages: list[Message]) -> list[str]:
    """Everything that keeps ``code`` from shipping, one line each."""
    found: list[str] = []
    have = {m.key: m for m in messages}
    forms = PLURAL_FORMS.get(code, 2)
    for new in fresh:
        if code == SOURCE_LANGUAGE and not new.numerus:
            continue
        where = f"{new.locations[0][0]}:{new.locations[0][1]}" if new.locations else new.context
        m = have.get(new.key)
        if m is None:
            found.append(f"missing ({where}): {new.source!r} — run scripts/translations update")
            continue
        if m.numerus != new.numerus:
            found.append(f"plural forms changed ({where}): {new.source!r} — run scripts/translations update")
            continue
        if m.state or not all(m.forms):
            found.append(f"untranslated ({where}): {new.source!r}")
            continue
        if m.numerus and len(m.forms) != forms:
            found.append(f"{len(m.forms)} plural forms instead of {forms} ({where}): {new.source!r}")
        wanted = [p for p in placeholders(new.source) if p != "%n"]
        for form in m.forms:
            if m.numerus and "%n" not in form:
                found.append(f"no %n in a plural form ({where}): {form!r}")
            if [p for p in placeholders(form) if p != "%n"] != wanted:
                found.append(f"placeholders differ ({where}): {new.source!r} -> {form!r}")
    keys = {m.key for m in fresh}
    for m in messages:
        if m.state in ("vanished", "obsolete") or m.key not in keys:
            found.append(f"no longer in the app ({m.context}): {m.source!r} — delete it, or run update")
    return found


def check(codes: list[str]) -> int:
    fresh = template(warn=False)
    failed = 0
    for code in codes:
        if not ts_path(code).is_file():
            print(f"{code}: no {ts_path(code).relative_to(ROOT)}")
            failed += 1
            continue
        found = problems(code, fresh, load(code))
        for line in found:
            print(f"{code}: {line}")
        failed += len(found)
        if not found:
            print(f"{code}: complete")
    return 1 if failed else 0


def prune(codes: list[str]) -> None:
    """Drop the vanished and obsolete entries of each language (once what helped is reused)."""
    for code in codes:
        messages = load(code)
        kept = [m for m in messages if m.state not in ("vanished", "obsolete")]
        write_ts(ts_path(code), code, kept)
        print(f"{ts_path(code).relative_to(ROOT)}: {len(messages) - len(kept)} deleted; {_summary(kept)}")


def stats() -> None:
    for code in languages():
        print(f"{code}: {_summary(load(code))}")


def export(code: str) -> None:
    for m in load(code):
        if m.state in ("vanished", "obsolete"):
            continue
        row = [m.context, m.source, m.comment, m.note, FORM_SEPARATOR.join(m.forms) if any(m.forms) else ""]
        sys.stdout.write("\t".join(_cell(c) for c in row) + "\n")


def _cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def _uncell(text: str) -> str:
    return re.sub(r"\\(.)", lambda m: {"t": "\t", "n": "\n"}.get(m.group(1), m.group(1)), text)


def import_tsv(code: str, tsv: Path) -> int:
    messages = load(code)
    by_key = {m.key: m for m in messages}
    forms = PLURAL_FORMS.get(code, 2)
    unknown = 0
    filled = 0
    for number, line in enumerate(tsv.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = [_uncell(c) for c in line.split("\t")]
        if len(cells) < 5:
            print(f"{tsv}:{number}: expected 5 columns, found {len(cells)}", file=sys.stderr)
            unknown += 1
            continue
        context, source, comment, _note, translation = cells[:5]
        m = by_key.get((context, source, comment))
        if m is None:
            print(f"{tsv}:{number}: no such string in {code}: {source!r} ({context})", file=sys.stderr)
            unknown += 1
            continue
        if not translation:
            continue
        m.forms = translation.split(FORM_SEPARATOR) if m.numerus else [translation]
        if m.numerus and len(m.forms) != forms:
            print(f"{tsv}:{number}: {code} has {forms} plural forms: {translation!r}", file=sys.stderr)
        m.state = ""
        filled += 1
    write_ts(ts_path(code), code, messages)
    print(f"{ts_path(code).relative_to(ROOT)}: {filled} filled; {_summary(messages)}")
    return 1 if unknown else 0


# -- pseudo-translation ----------------------------------------------------------------------------

ACCENTED = str.maketrans(
    "aceinousyzACEINOUSYZ",
    "áçéíñöüšýžÅÇÉÍÑÖÜŠÝŽ",
)
_KEEP = re.compile(r"%L?\d+|%n|<[^>]*>|&[a-zA-Z#0-9]+;|\\n|\n")
_PADDING = ("ĺöñĝ", "ŵöŕđ", "ţéxţ", "ƒîĺĺ")


def pseudo_text(text: str) -> str:
    """``text`` accented and about 40% longer (extra short words), placeholders, tags and
    entities kept: what a long translation does to a layout, readable enough to find its source."""
    parts = _KEEP.split(text)
    kept = _KEEP.findall(text)
    out = [part.translate(ACCENTED) for part in parts]
    letters = sum(len(part) for part in parts)
    if letters == 0:
        return text
    joined = "".join(p + (kept[i] if i < len(kept) else "") for i, p in enumerate(out))
    extra = math.ceil(letters * 0.4)
    padding: list[str] = []
    while extra > 0:
        word = _PADDING[len(padding) % len(_PADDING)][: max(1, extra - 1)]
        padding.append(word)
        extra -= len(word) + 1
    return joined + " " + " ".join(padding)


def pseudo(out_dir: Path) -> Path:
    """Write and compile the pseudo-translation; the .qm's path (load it as English)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    messages = template(warn=False)
    for m in messages:
        m.forms = [pseudo_text(m.source)] * (2 if m.numerus else 1)
        m.state = ""
    ts = out_dir / "messenger_en.ts"
    write_ts(ts, SOURCE_LANGUAGE, messages)
    qm = out_dir / "messenger_en.qm"
    compile_ts(ts, qm)
    return qm


def main(argv: list[str]) -> int:
    if not argv or argv[0] in ("-h", "--help", "help"):
        print(__doc__)
        return 0 if argv else 2
    command, rest = argv[0], argv[1:]
    if command == "update":
        update(rest or sorted(set(languages()) | set(_shipped())))
    elif command == "build":
        build(Path(rest[0]) if rest else TS_DIR)
    elif command == "check":
        return check(rest or list(_shipped()))
    elif command == "stats":
        stats()
    elif command == "prune":
        prune(rest or languages())
    elif command == "export" and len(rest) == 1:
        export(rest[0])
    elif command == "import" and len(rest) == 2:
        return import_tsv(rest[0], Path(rest[1]))
    elif command == "pseudo" and len(rest) == 1:
        print(pseudo(Path(rest[0])))
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
