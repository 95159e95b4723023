"""Possible person names in the notes, and the writer's choice for each (issue 14).

The detector (core/name_detection.py) finds names nobody registered; the writer confirms each (it
is masked in every export, like a registered name) or dismisses it (it is no person's name, or may
be printed), and the choice is remembered in the project under the name's base form ("anna
svensson" for "Anna Svenssons"). Names of the participant register are masked anyway and are not
asked about. A choice is one undo step.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy import select

from dialog_app.core.changes import ChangeKind
from dialog_app.core.history import Action, Step
from dialog_app.core.jobs import Job
from dialog_app.core.models import Note, Participant, ProjectSetting, ThemeSynthesis
from dialog_app.core.name_detection import PossibleName, find_possible_names, shipped_lists
from dialog_app.core.services.context import ServiceContext
from dialog_app.core.services.note_filter import NoteFilter

SETTING = "name_decisions"
MASK, KEEP = "mask", "keep"
_CHECK_EVERY = 500
K = TypeVar("K")


@dataclass(frozen=True)
class NameCandidate:
    """One possible name: its key, how it was written, where, and the writer's choice (or None)."""

    key: str
    shown: str  # the form seen most often
    count: int  # occurrences
    note_ids: tuple[uuid.UUID, ...]  # the notes it is in (a synthesis counts as none)
    example: str  # a stretch of text around its first occurrence
    decision: str | None


@dataclass(frozen=True)
class NamesToMask:
    """What an export masks besides e-mail, phone and personnummer."""

    registered: tuple[str, ...]  # the participant register's names
    confirmed: tuple[str, ...]  # possible names the writer confirmed (keys); every occurrence is masked
    confirmed_ambiguous: frozenset[str]  # confirmed keys that are also ordinary words: only where found as a name


class PossibleNameService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def scan(self, job: Job | None = None, include_decided: bool = False) -> list[NameCandidate]:
        """The possible names in every live note and synthesis, most frequent first; decided ones
        only when asked."""
        job = job or Job()
        texts = self._texts()
        registered = {name.casefold() for name in self._registered()}
        decisions = self.decisions()
        found: dict[str, dict] = {}
        for n, (note_id, text) in enumerate(texts):
            if n % _CHECK_EVERY == 0:
                job.check()
            for name in find_possible_names(text):
                if name.key in registered or (not include_decided and name.key in decisions):
                    continue
                entry = found.setdefault(name.key, {"forms": {}, "count": 0, "notes": {}, "example": ""})
                entry["forms"][name.text] = entry["forms"].get(name.text, 0) + 1
                entry["count"] += 1
                if note_id is not None:
                    entry["notes"][note_id] = None
                if not entry["example"]:
                    entry["example"] = _around(text, name.start, name.end)
        candidates = [NameCandidate(key, max(e["forms"], key=e["forms"].get), e["count"], tuple(e["notes"]),
                                    e["example"], decisions.get(key)) for key, e in found.items()]
        return sorted(candidates, key=lambda c: (-c.count, c.key))

    def in_texts(self, texts: Mapping[K, str]) -> dict[K, tuple[PossibleName, ...]]:
        """The possible names in each of these texts (a page of the review table), decided or not;
        registered names are left out, as the scan leaves them out. Texts without any are left out."""
        registered = {name.casefold() for name in self._registered()}
        found = {key: tuple(n for n in find_possible_names(text) if n.key not in registered)
                 for key, text in texts.items() if text}
        return {key: names for key, names in found.items() if names}

    def narrow(self, note_filter: NoteFilter, job: Job | None = None) -> NoteFilter | None:
        """The filter with its ``unconfirmed_names`` turned into the notes that hold such a name
        (``note_ids``), ready for SQL; None when no note can match. Other filters pass unchanged."""
        if not note_filter.unconfirmed_names:
            return note_filter
        ids = {note_id for candidate in self.scan(job) for note_id in candidate.note_ids}
        if note_filter.note_ids:
            ids &= note_filter.note_ids
        if not ids:
            return None
        return dataclasses.replace(note_filter, unconfirmed_names=False, note_ids=frozenset(ids))

    def decisions(self) -> dict[str, str]:
        with self._ctx.db.read() as session:
            row = session.get(ProjectSetting, SETTING)
            value = row.value if row else None
        return {str(k): v for k, v in value.items() if v in (MASK, KEEP)} if isinstance(value, dict) else {}

    def decide(self, keys: Iterable[str], decision: str | None) -> None:
        """Confirm (MASK), dismiss (KEEP) or forget (None) the choice for these names; one undo step."""
        if decision not in (MASK, KEEP, None):
            raise ValueError(f"no such choice: {decision!r}")
        keys = [key.casefold().strip() for key in keys if key.strip()]
        before = self.decisions()
        after = dict(before)
        for key in keys:
            if decision is None:
                after.pop(key, None)
            else:
                after[key] = decision
        if after == before:
            return
        self._write(after)
        self._ctx.history.record(Step(Action.DECIDE_NAMES, len(keys), undo=lambda: self._write(before),
                                      redo=lambda: self._write(after)))

    def names_to_mask(self) -> NamesToMask:
        confirmed = tuple(key for key, decision in self.decisions().items() if decision == MASK)
        ambiguous = shipped_lists().ambiguous
        return NamesToMask(self._registered(), tuple(k for k in confirmed if k not in ambiguous),
                           frozenset(k for k in confirmed if k in ambiguous))

    def _registered(self) -> tuple[str, ...]:
        with self._ctx.db.read() as session:
            return tuple(name for name in session.scalars(select(Participant.name).distinct()) if name)

    def _texts(self) -> list[tuple[uuid.UUID | None, str]]:
        with self._ctx.db.read() as session:
            notes = list(session.execute(select(Note.id, Note.text).where(Note.deleted_at.is_(None))))
            syntheses = [(None, text) for text in session.scalars(select(ThemeSynthesis.text)) if text]
        return [(note_id, text) for note_id, text in notes] + syntheses

    def _write(self, decisions: dict[str, str]) -> None:
        with self._ctx.db.write() as session:
            session.merge(ProjectSetting(key=SETTING, value=decisions))
        self._ctx.changes.publish(ChangeKind.SETTINGS)


def _around(text: str, start: int, end: int, reach: int = 40) -> str:
    """The name with some text on each side, on one line."""
    left = max(0, start - reach)
    right = min(len(text), end + reach)
    snippet = " ".join(text[left:right].split())
    return ("…" if left else "") + snippet + ("…" if right < len(text) else "")
