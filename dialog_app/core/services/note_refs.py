"""Notes by the reference the exports print ("D2-017"), so a script can name the notes a reader
points at in a report, and the reference of a note named by id.

A reference is the dialogue's number in date order (undated last) and the note's number within
it, counting every note ever taken there, binned ones too, so numbers never shift (until notes are
emptied from the bin, or a dialogue is added or deleted before it): the numbering of
io/export/gather.py and core/services/person_texts.py. A note may also be named by its id, or
by the first 8 or more characters of it. Nothing here writes.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import select

from dialog_app.core.errors import AmbiguousError, InvalidValueError, NotFoundError
from dialog_app.core.models import Dialogue, Note
from dialog_app.core.services.context import ServiceContext

REF = re.compile(r"^[Dd](\d{1,9})-(\d{1,9})$")
ID_PREFIX = 8  # the first block of an id, as people copy it
_DIALOGUE_ORDER = select(Dialogue.id).order_by(Dialogue.starts_at.is_(None), Dialogue.starts_at, Dialogue.created_at,
                                               Dialogue.title)


@dataclass(frozen=True)
class Numbering:
    """Every note's reference, and the facts to explain one that does not exist."""

    refs: dict[uuid.UUID, str]  # note id -> "D2-017"
    by_ref: dict[tuple[int, int], uuid.UUID]  # (dialogue number, note number) -> note id
    binned: frozenset[uuid.UUID]
    dialogues: int  # how many dialogues are numbered
    notes_in: dict[int, int]  # dialogue number -> how many notes were ever taken there


class NoteRefs:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def dialogue_order(self) -> list[uuid.UUID]:
        """The dialogues' ids in number order: the id of D1 first."""
        with self._ctx.db.read_connection() as connection:
            return list(connection.execute(_DIALOGUE_ORDER).scalars())

    def numbering(self) -> Numbering:
        """Read every note's reference (one pass over the note ids; 100 000 notes in a blink)."""
        with self._ctx.db.read_connection() as connection:
            dialogue_ids = connection.execute(_DIALOGUE_ORDER).scalars().all()
            rows = connection.execute(
                select(Note.id, Note.dialogue_id, Note.deleted_at.is_not(None))
                .order_by(Note.dialogue_id, Note.created_at, Note.seq)).all()
        number = {dialogue_id: n for n, dialogue_id in enumerate(dialogue_ids, start=1)}
        refs: dict[uuid.UUID, str] = {}
        by_ref: dict[tuple[int, int], uuid.UUID] = {}
        notes_in: dict[int, int] = dict.fromkeys(number.values(), 0)
        binned = set()
        for note_id, dialogue_id, in_bin in rows:
            dialogue = number.get(dialogue_id, 0)
            notes_in[dialogue] = notes_in.get(dialogue, 0) + 1
            refs[note_id] = f"D{dialogue}-{notes_in[dialogue]:03d}"
            by_ref[(dialogue, notes_in[dialogue])] = note_id
            if in_bin:
                binned.add(note_id)
        return Numbering(refs, by_ref, frozenset(binned), len(dialogue_ids), notes_in)

    def refs(self, note_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, str]:
        """The reference of each note asked about that exists."""
        refs = self.numbering().refs
        return {note_id: refs[note_id] for note_id in note_ids if note_id in refs}

    def resolve(self, keys: Sequence[str], numbering: Numbering | None = None, in_bin: bool = False) -> list[uuid.UUID]:
        """The notes named by references, ids or id prefixes, in the order given, each once.

        A key naming no note raises NotFoundError (saying which references exist), one naming
        a note in the bin InvalidValueError (``in_bin``: one not in the bin), an id prefix shared
        by notes AmbiguousError.
        """
        numbering = numbering or self.numbering()
        found = [_one(key, numbering, in_bin) for key in keys]
        return list(dict.fromkeys(found))


def _one(key: str, numbering: Numbering, in_bin: bool = False) -> uuid.UUID:
    text = key.strip()
    note_id = _by_ref(text, numbering) if REF.match(text) else _by_id(text, numbering)
    if (note_id in numbering.binned) != in_bin:
        ref = numbering.refs[note_id]
        named = ref if REF.match(text) else f"{text} ({ref})"
        raise InvalidValueError(f"note {named} is not in the bin" if in_bin else
                                f"note {named} is in the bin; restore it first")
    return note_id


def _by_ref(text: str, numbering: Numbering) -> uuid.UUID:
    match = REF.match(text)
    dialogue, number = int(match[1]), int(match[2])
    note_id = numbering.by_ref.get((dialogue, number))
    if note_id is not None:
        return note_id
    if not 1 <= dialogue <= numbering.dialogues:
        raise NotFoundError("note", f"{text}: the project's dialogues are D1 to D{numbering.dialogues}"
                            if numbering.dialogues else f"{text}: the project has no dialogues")
    taken = numbering.notes_in.get(dialogue, 0)
    raise NotFoundError("note", f"{text}: D{dialogue} has notes D{dialogue}-001 to D{dialogue}-{taken:03d}"
                        if taken else f"{text}: no note was taken at D{dialogue}")


def _by_id(text: str, numbering: Numbering) -> uuid.UUID:
    try:
        note_id = uuid.UUID(text)
    except ValueError:
        note_id = None
    if note_id is not None and note_id in numbering.refs:
        return note_id
    prefix = text.lower().replace("-", "")
    if note_id is None and len(prefix) >= ID_PREFIX and re.fullmatch(r"[0-9a-f]+", prefix):
        matches = [i for i in numbering.refs if i.hex.startswith(prefix)]
        if len(matches) > 1:
            raise AmbiguousError("note", text, len(matches))
        if matches:
            return matches[0]
    raise NotFoundError("note", f"{text} (give a reference such as D2-017, or a note's id)")
