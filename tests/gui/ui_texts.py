"""Reads every string a window shows (titles, labels, buttons, tabs, headers, placeholders, tool
tips, menus, list items) and finds the ones that betray an untranslated interface: English source
text of the app's translation shown in Swedish, Qt's own English, a literal '&' of a mnemonic, a
button with neither text nor icon."""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import Qt as GuiQt, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QRadioButton,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QToolButton,
    QWidget,
)

TS_SV = Path(__file__).resolve().parents[2] / "resources" / "translations" / "dialog_app_sv.ts"
# Qt's own words that must never be seen in the Swedish interface ("OK" is Swedish too; "Ok" is not).
QT_ENGLISH = {"Ok", "Cancel", "Close", "Apply", "Yes", "No", "Save", "Open", "Help", "Reset", "Discard",
              "Restore Defaults", "Abort", "Retry", "Ignore", "Save All", "Yes to All", "No to All", "Don't Save"}
MNEMONIC = re.compile(r"&[^\s&;]")  # "&a", but not "&&", "& " or an entity's "&amp;"
ROWS_READ = 8  # of each list or table: enough to meet its vocabulary words


def _plain(text: str) -> str:
    return re.sub(r"&(?=[^\s&])", "", text).replace("&&", "&").strip().rstrip(":").strip()


def _vocabulary() -> tuple[set[str], set[str], list[re.Pattern], list[re.Pattern]]:
    """The English source texts and every Swedish translation, without mnemonics; those with
    placeholders ("%1 · %n note(s)") as patterns, when they have words enough to tell."""
    sources, translations, source_patterns, translation_patterns = set(), set(), [], []
    for message in ET.parse(TS_SV).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        translations.update(_plain(form) for form in forms)
        translation_patterns += [_pattern(form) for form in forms if "%" in form]
        if "%" in source:
            if len(re.sub(r"%\w|\W", "", source)) >= 4:
                source_patterns.append(_pattern(source))
        elif len(re.sub(r"\W", "", source)) >= 3:
            sources.add(_plain(source))
    return sources, translations, source_patterns, translation_patterns


def _pattern(text: str) -> re.Pattern:
    return re.compile(".+".join(re.escape(part) for part in re.split(r"%(?:\d|n)", _plain(text))), re.DOTALL)


SOURCES, TRANSLATIONS, SOURCE_PATTERNS, TRANSLATION_PATTERNS = _vocabulary()
rich_text = GuiQt.mightBeRichText


def shown_texts(window: QWidget) -> Iterator[tuple[str, str, str]]:
    """(where, what kind of text, the text) for everything the window shows now."""
    yield window.objectName() or type(window).__name__, "window title", window.windowTitle()
    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            yield "menu bar", "menu", action.text()
            yield from _menu(action.menu())
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        where = widget.objectName() or type(widget).__name__
        if widget.toolTip():
            yield where, "tool tip", _rich(widget.toolTip())
        if isinstance(widget, QLabel):
            text = widget.text()
            kind = "label" if widget.buddy() is None else "label with buddy"
            yield where, kind, _rich(text) if widget.textFormat() != Qt.TextFormat.PlainText and \
                rich_text(text) else text
        elif isinstance(widget, QAbstractButton):
            yield where, "button", widget.text()
        elif isinstance(widget, QGroupBox):
            yield where, "group title", widget.title()
        elif isinstance(widget, QLineEdit) and not isinstance(widget.parent(), (QComboBox, QAbstractSpinBox)):
            yield where, "placeholder", widget.placeholderText()
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
            yield where, "placeholder", widget.placeholderText()
            if widget.isReadOnly():
                text = widget.toPlainText()
                for line in text.splitlines():
                    yield where, "read-only text", line
        elif isinstance(widget, QComboBox):
            for row in range(min(widget.count(), 30)):
                yield where, "combo item", widget.itemText(row)
        elif isinstance(widget, QTabBar):
            for tab in range(widget.count()):
                yield where, "tab", widget.tabText(tab)
                yield where, "tab tool tip", widget.tabToolTip(tab)
        elif isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView) and widget.model():
            yield from _view(where, widget)


def _menu(menu: QMenu | None) -> Iterator[tuple[str, str, str]]:
    if menu is None:
        return
    for action in menu.actions():
        if action.isSeparator():
            continue
        yield menu.title(), "menu item", action.text()
        yield menu.title(), "status tip", action.statusTip()
        yield from _menu(action.menu())


def _view(where: str, view: QAbstractItemView) -> Iterator[tuple[str, str, str]]:
    model = view.model()
    for column in range(_columns(model, QModelIndex())):
        yield where, "header", str(model.headerData(column, Qt.Orientation.Horizontal) or "")

    def rows(parent: QModelIndex, depth: int) -> Iterator[tuple[str, str, str]]:
        for row in range(min(model.rowCount(parent), ROWS_READ)):
            for column in range(_columns(model, parent)):
                index = model.index(row, column, parent)
                for role, kind in ((Qt.ItemDataRole.DisplayRole, "cell"), (Qt.ItemDataRole.ToolTipRole, "cell tip")):
                    value = index.data(role)
                    if isinstance(value, str):
                        yield where, kind, _rich(value) if kind == "cell tip" else value
            if depth < 2:
                yield from rows(model.index(row, 0, parent), depth + 1)

    yield from rows(QModelIndex(), 0)


def _columns(model, parent: QModelIndex) -> int:
    try:
        return model.columnCount(parent)
    except TypeError:  # a list model's columnCount is private to Python: it has one
        return 1


def _rich(text: str) -> str:
    if not rich_text(text):
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def problems(window: QWidget) -> list[str]:
    """What betrays the English source or Qt's markup in a Swedish window."""
    found = []
    for where, kind, text in shown_texts(window):
        if not text or not text.strip():
            continue
        for part in _parts(text):
            plain = _plain(part)
            if (plain in SOURCES or plain in QT_ENGLISH) and plain not in TRANSLATIONS or _english_pattern(plain):
                found.append(f"{where} {kind}: English {part!r}")
        shows_ampersand = kind not in {"button", "tab", "menu", "menu item", "label with buddy", "group title"}
        if shows_ampersand and MNEMONIC.search(html.unescape(text) if kind == "label" else text) and \
                _mnemonic_like(text):
            found.append(f"{where} {kind}: a literal mnemonic in {text!r}")
    for button in window.findChildren(QAbstractButton):
        if button.isVisibleTo(window) and not button.objectName().startswith("qt_") \
                and not isinstance(button, (QCheckBox, QRadioButton)) \
                and not button.text().strip() and button.icon().isNull() \
                and not (isinstance(button, QToolButton) and button.arrowType() != Qt.ArrowType.NoArrow) \
                and not isinstance(button.parent(), (QTabBar, QTabWidget)) and button.width() > 4:
            found.append(f"{button.objectName() or type(button).__name__}: a button with neither text nor icon")
    return sorted(set(found))


def _english_pattern(text: str) -> bool:
    return any(p.fullmatch(text) for p in SOURCE_PATTERNS) and not any(
        p.fullmatch(text) for p in TRANSLATION_PATTERNS)


def _parts(text: str) -> list[str]:
    """The whole text and its pieces: lines, and what stands either side of a tab, " · " or ": "."""
    pieces = {text}
    for line in text.splitlines():
        pieces.add(line)
        pieces.update(re.split(r"\t| · |: ", line))
    return [piece for piece in pieces if piece.strip()]


def _mnemonic_like(text: str) -> bool:
    """"Ko&d:" is a mnemonic; "Q&A" or "R&D" written by a user is not (capitals either side)."""
    return any(not (text[m.start() - 1: m.start()].isupper() and text[m.end() - 1].isupper())
               for m in MNEMONIC.finditer(text))
