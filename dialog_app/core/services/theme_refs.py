"""The references ("D2-017") of the tagged notes a learned suggestion names, numbered once and kept.

Numbering is one pass over every note (a quarter of a second at 100 000 notes), and a number moves
only when notes come or go for good, or dialogues change: a text edit, a tag, a binned or restored
note keeps every number (binned notes are counted too, see ``note_refs``; a note's dialogue, time
and sequence number never change). So after a change that names its notes, only those are looked
up: all of them still there and numbered already, the numbering stands.
"""

from __future__ import annotations

import threading

from dialog_app.core.changes import Change, ChangeKind
from dialog_app.core.services.theme_signal import count_notes, numbering


class KeptRefs:
    def __init__(self, context) -> None:
        self._ctx = context
        self._lock = threading.Lock()
        self._refs: dict[str, str] | None = None  # hex note id -> reference
        self._doubted: set[str] = set()  # notes changes named since it was numbered
        self._version = 0  # counts the changes that number anew

    def told(self, change: Change) -> None:
        """Take note of a change to the project (any thread)."""
        named = {note_id.hex for note_id in change.ids(ChangeKind.NOTES)}
        with self._lock:
            if change.touches(ChangeKind.DIALOGUES) or (change.touches(ChangeKind.NOTES) and not named):
                self._refs, self._doubted = None, set()
                self._version += 1
            else:
                self._doubted |= named

    def refs(self, note_ids: set[str]) -> dict[str, str]:
        """The references of the notes (hex ids) that exist."""
        if not note_ids:
            return {}
        with self._lock:
            refs, doubted, version = self._refs, self._doubted, self._version
            self._doubted = set()
        if refs is not None and doubted and not (
                doubted <= refs.keys() and count_notes(self._ctx, doubted) == len(doubted)):
            refs = None  # a note came or went for good
        if refs is None:
            refs = numbering(self._ctx)
        with self._lock:
            if version == self._version:
                self._refs = refs
        return {n: refs[n] for n in note_ids if n in refs}
