"""What F1 lists: the keys a screen or dialog binds, read from its shortcuts and actions themselves.

A key's words sit where the key is bound: ``shortcut(..., help=...)``, an action's text (or
``describe``), or a ``KeyNote`` beside the keyPressEvent or event filter that handles a key by hand.
F1 reads those objects, so its list cannot drift from what the keys do. The words are English
sources in the ``ShortcutHelp`` context, translated when the list is shown.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

CONTEXT = "ShortcutHelp"
HELP = "keyHelp"  # dynamic property: what the key does (English source, translated when shown)
SHOWN_AS = "keyShownAs"  # dynamic property: one row for several keys ("1–9"); rows with the same one merge
HIDDEN = "keyHidden"  # dynamic property: a key F1 leaves out (a second spelling of a listed one)
RANK = "keyRank"  # dynamic property: where in the list (lower first; equal ranks keep the order of making)
COVERS = "keyCovers"  # dynamic property of a KeyNote: the key sequences it handles ("Ctrl+Z")


@dataclass(frozen=True)
class KeyRow:
    keys: str  # as shown: "Ctrl+R", "1–9"
    meaning: str  # translated
    sequences: tuple[str, ...]  # the bound key sequences, portable text (a KeyNote's: those it covers)
    rank: int = 0


class KeyNote(QObject):
    """A key handled by hand (keyPressEvent, an event filter), told to F1 where it is handled."""

    def __init__(self, owner: QObject, keys: str, help_text: str, rank: int = 0,
                 covers: tuple[str, ...] = ()) -> None:
        super().__init__(owner)
        describe(self, help_text, keys, rank)
        self.setProperty(COVERS, ",".join(covers))


def describe(bound: QObject, help_text: str, shown_as: str = "", rank: int = 0) -> QObject:
    """Give a shortcut or action its words for F1 (and, for several keys in one row, how they show)."""
    bound.setProperty(HELP, help_text)
    if shown_as:
        bound.setProperty(SHOWN_AS, shown_as)
    if rank:
        bound.setProperty(RANK, rank)
    return bound


def screen_keys(screen: QWidget) -> list[KeyRow]:
    """Every key bound in ``screen`` and the widgets in it, in the order they were made."""
    rows: list[KeyRow] = []
    seen: set[int] = set()
    for found in [screen, *screen.findChildren(QObject)]:
        if isinstance(found, (QShortcut, KeyNote)):
            _add(rows, seen, found)
        if isinstance(found, QWidget) and not isinstance(found, (QMenu, QMenuBar)):
            for action in QWidget.actions(found):  # unbound: a screen may name an attribute "actions"
                if action.shortcuts():
                    _add(rows, seen, action)
    return sorted(_merged(rows), key=lambda row: row.rank)


def menu_keys(window: QWidget) -> list[KeyRow]:
    """The keys of the window's menus, and those it handles by hand (they work on every screen)."""
    rows: list[KeyRow] = []
    seen: set[int] = set()
    for note in window.findChildren(KeyNote, options=Qt.FindChildOption.FindDirectChildrenOnly):
        _add(rows, seen, note)
    for bar in window.findChildren(QMenuBar):
        for action in _menu_actions(QWidget.actions(bar)):
            if action.shortcuts():
                _add(rows, seen, action)
    return _merged(rows)


def sequences_of(rows: list[KeyRow]) -> set[str]:
    return {sequence for row in rows for sequence in row.sequences}


def _menu_actions(actions: list[QAction]) -> list[QAction]:
    found: list[QAction] = []
    for action in actions:
        if action.menu() is not None:
            found.extend(_menu_actions(action.menu().actions()))
        elif not action.isSeparator():
            found.append(action)
    return found


def _add(rows: list[KeyRow], seen: set[int], bound: QObject) -> None:
    if id(bound) in seen or bound.property(HIDDEN):
        return
    seen.add(id(bound))
    if isinstance(bound, QShortcut):
        sequences = list(bound.keys())
    elif isinstance(bound, QAction):
        sequences = list(bound.shortcuts())
    else:
        sequences = [QKeySequence(keys) for keys in (bound.property(COVERS) or "").split(",") if keys]
    portable = tuple(dict.fromkeys(s.toString(QKeySequence.SequenceFormat.PortableText) for s in sequences if s))
    native = list(dict.fromkeys(s.toString(QKeySequence.SequenceFormat.NativeText) for s in sequences if s))
    shown = _localised(bound.property(SHOWN_AS)) if bound.property(SHOWN_AS) else " / ".join(native)
    rows.append(KeyRow(shown, _meaning(bound), portable, int(bound.property(RANK) or 0)))


def _localised(keys: str) -> str:
    """Modifier names as Qt shows them in this language ("Skift+F8" in Swedish), like the bound keys'."""
    for modifier in ("Ctrl", "Shift", "Alt"):
        native = QKeySequence(f"{modifier}+A").toString(QKeySequence.SequenceFormat.NativeText)[:-1]
        keys = keys.replace(f"{modifier}+", native)
    return keys


def _meaning(bound: QObject) -> str:
    source = bound.property(HELP)
    if source:
        return QCoreApplication.translate(CONTEXT, source)
    if isinstance(bound, QAction):
        return bound.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    return bound.whatsThis() if isinstance(bound, QShortcut) else ""


def _merged(rows: list[KeyRow]) -> list[KeyRow]:
    """Rows that show the same keys and words become one (Alt+1 … Alt+9; Ctrl++ and Ctrl+=)."""
    merged: dict[tuple[str, str], KeyRow] = {}
    for row in rows:
        first = merged.get((row.keys, row.meaning))
        merged[(row.keys, row.meaning)] = row if first is None else KeyRow(
            first.keys, first.meaning, first.sequences + row.sequences, first.rank)
    return list(merged.values())
