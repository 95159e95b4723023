"""Suggested themes for notes from the themes' keywords: shown, accepted or rejected, never applied silently.

A suggestion is a theme of a framework whose keywords (or aliases) match a note's text (see
``text_match``) and that the note neither carries nor had rejected. Accepting tags the note with
origin "suggestion" through ``TaggingService``; rejecting writes a ``NoteEvent`` per note
("suggestion_rejected", detail ``{"theme_id": ...}``), so the refusal travels with the project
file without a schema change. Both are undoable. Rejections and acceptances publish
``ChangeKind.TAGS`` for the notes involved: what a view shows beside a note's tags has changed.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, func, insert, select

from dialog_app.core.changes import ChangeKind
from dialog_app.core.errors import NotFoundError
from dialog_app.core.history import Step
from dialog_app.core.jobs import Cancelled, Job
from dialog_app.core.kinds import TagOrigin
from dialog_app.core.models import Note, NoteEvent, Tagging, Theme
from dialog_app.core.services.context import ServiceContext, as_uuid
from dialog_app.core.services.frameworks import FrameworkService
from dialog_app.core.services.note_filter import NoteFilter, conditions
from dialog_app.core.services.tagging import TaggingService
from dialog_app.core.services.suggestion_keywords import Compiled, CompiledKeywords
from dialog_app.core.services.theme_learner import ThemeLearner, blend
from dialog_app.core.suggestion_score import Explanation, KeywordRarity, ranked
from dialog_app.core.text_match import ThemeMatcher
from dialog_app.core.timeutil import utc_now

REJECTED = "suggestion_rejected"  # NoteEvent.action of a rejected suggestion
SCAN_CHUNK = 2000
_IN_CHUNK = 500


@dataclass(frozen=True)
class Suggestion:
    """A theme suggested for a note, the keywords that matched, how strongly (``suggestion_score``
    says what the score means) and why, for the review's tooltip and detail pane."""

    theme_id: uuid.UUID
    keywords: tuple[str, ...]
    score: float = field(default=0.0, compare=False)  # derived from the keywords: equal suggestions agree
    why: Explanation = field(default_factory=Explanation, compare=False)
    learned: float | None = field(default=None, compare=False)  # 0..1: how like the notes tagged with it


class SuggestionService:
    def __init__(
        self, context: ServiceContext, tagging: TaggingService, frameworks: FrameworkService
    ) -> None:
        self._ctx = context
        self._tagging = tagging
        self._frameworks = frameworks
        self._keywords = CompiledKeywords(context, frameworks)
        self.learner = ThemeLearner(context)

    # --- reading -------------------------------------------------------------------------------

    def for_notes(
        self, note_ids: Iterable[uuid.UUID | str], framework_id: uuid.UUID | str
    ) -> dict[uuid.UUID, list[Suggestion]]:
        """Suggestions for a page of notes: one entry per live note asked about, maybe empty.

        Deleted and unknown notes are left out. Suggestions come strongest first (see
        ``suggestion_score``), each with the note's words that matched.
        """
        compiled = self._keywords.compiled(framework_id)
        matcher, rarity = compiled.matcher, self._keywords.rarity(compiled)
        ids = _unique(note_ids)
        model = self.learner.model(as_uuid(framework_id, "framework id"))  # never waits: the last one, or None
        learned: dict[uuid.UUID, dict] = {}
        matches: dict[uuid.UUID, dict[Any, list[tuple[str, tuple[str, ...]]]]] = {}
        texts: dict[uuid.UUID, str] = {}
        with self._ctx.db.read_connection() as connection:
            for start in range(0, len(ids), _IN_CHUNK):
                texts.update(connection.execute(
                    select(Note.id, Note.text).where(
                        Note.id.in_(ids[start : start + _IN_CHUNK]), Note.deleted_at.is_(None)
                    )
                ).all())
            excluded = _excluded(connection, list(texts))  # first: the model explains no theme they exclude
        for note_id, text in texts.items():
            matches[note_id] = matcher.match_forms(text) if not matcher.empty else {}
            if model is not None and (hit := model.score(text, unexplained=excluded.get(note_id, ()))):
                learned[note_id] = hit
        return {
            note_id: self._blend(_suggestions(matches[note_id], excluded.get(note_id), rarity, compiled.codes),
                                 learned.get(note_id), excluded.get(note_id))
            for note_id in ids
            if note_id in matches
        }

    def scan(
        self,
        framework_id: uuid.UUID | str,
        note_filter: NoteFilter | None = None,
        job: Job | None = None,
    ) -> dict[uuid.UUID, list[Suggestion]]:
        """Suggestions for every note the filter matches (only notes that have some), in capture
        order; a background job: reports to ``job`` after each chunk of 2 000 notes, and once the
        job is cancelled it stops and returns what it found so far (true of the notes it read)."""
        job = job or Job()
        compiled = self._keywords.compiled(framework_id)
        model = self.learner.model(as_uuid(framework_id, "framework id"), wait=True)  # a scan runs off-thread
        where = conditions(note_filter or NoteFilter())
        with self._ctx.db.read_connection() as connection:
            total = connection.execute(select(func.count()).select_from(Note).where(*where)).scalar_one()
        found: dict[uuid.UUID, list[Suggestion]] = {}
        try:
            self._scan(compiled, where, total, found, job, model)
        except Cancelled:
            pass  # a partial answer: every note scanned so far has its suggestions
        return found

    def _scan(self, compiled: Compiled, where: list, total: int,
              found: dict[uuid.UUID, list[Suggestion]], job: Job, model=None) -> None:
        """Fill ``found`` chunk by chunk; raises Cancelled between chunks once the job is cancelled."""
        matcher, rarity = compiled.matcher, self._keywords.rarity(compiled)
        job.report(0, total)
        done = 0
        last_seq: int | None = None
        while True:
            job.check()
            statement = select(Note.seq, Note.id, Note.text).where(*where)
            if last_seq is not None:
                statement = statement.where(Note.seq > last_seq)
            statement = statement.order_by(Note.seq).limit(SCAN_CHUNK)
            with self._ctx.db.read_connection() as connection:  # short reads: writers go on
                rows = connection.execute(statement).all()
                matches = {} if matcher.empty else {
                    note_id: hit for _seq, note_id, text in rows if (hit := matcher.match_forms(text))
                }
                learned = {} if model is None or model.empty else {
                    note_id: hit for _seq, note_id, text in rows if (hit := model.score(text))}
                excluded = _excluded(connection, list({**matches, **learned}))
            for note_id in (i for _seq, i, _text in rows if i in matches or i in learned):  # capture order
                suggestions = self._blend(
                    _suggestions(matches.get(note_id, {}), excluded.get(note_id), rarity, compiled.codes),
                    learned.get(note_id), excluded.get(note_id))
                if suggestions:
                    found[note_id] = suggestions
            if not rows:
                break
            done += len(rows)
            last_seq = rows[-1][0]
            job.report(done, max(total, done))
            if len(rows) < SCAN_CHUNK:
                break

    def rejected(self, note_id: uuid.UUID | str) -> set[uuid.UUID]:
        """The themes whose suggestion was rejected for a note."""
        note_id = as_uuid(note_id, "note id")
        with self._ctx.db.read_connection() as connection:
            return _rejections(connection, [note_id]).get(note_id, set())

    def matcher(self, framework_id: uuid.UUID | str) -> ThemeMatcher:
        """The framework's keywords compiled, cached until its themes change."""
        return self._keywords.compiled(framework_id).matcher

    def rarity(self, framework_id: uuid.UUID | str) -> KeywordRarity:
        """How many of the newest live notes hold each of the framework's keywords (the weights)."""
        return self._keywords.rarity(self._keywords.compiled(framework_id))

    # --- writing -------------------------------------------------------------------------------

    def accept(self, note_ids: Iterable[uuid.UUID | str], theme_id: uuid.UUID | str) -> int:
        """Tag the notes with the suggested theme (origin "suggestion"); undoable like any tagging."""
        return self._tagging.tag(note_ids, theme_id, origin=TagOrigin.SUGGESTION)

    def reject(self, note_ids: Iterable[uuid.UUID | str], theme_id: uuid.UUID | str) -> int:
        """Never suggest this theme for these notes again; undoable. Returns how many notes."""
        theme_id = as_uuid(theme_id, "theme id")
        ids = _unique(note_ids)
        with self._ctx.db.write() as session:
            if session.get(Theme, theme_id) is None:
                raise NotFoundError("theme", theme_id)
            connection = session.connection()
            live: list[uuid.UUID] = []
            for start in range(0, len(ids), _IN_CHUNK):
                chunk = ids[start : start + _IN_CHUNK]
                live.extend(
                    connection.scalars(
                        select(Note.id).where(Note.id.in_(chunk), Note.deleted_at.is_(None))
                    )
                )
            already = _rejections(connection, live)
            now = utc_now()
            rows = [
                {"id": uuid.uuid4(), "note_id": note_id, "at": now, "by": self._ctx.user,
                 "action": REJECTED, "detail": {"theme_id": str(theme_id)}}
                for note_id in _ordered(ids, live)
                if theme_id not in already.get(note_id, ())
            ]
            _insert_events(connection, rows)
        if rows:
            event_ids = [row["id"] for row in rows]
            changed = [row["note_id"] for row in rows]
            self._ctx.history.record(
                Step(
                    "reject_suggestion",
                    len(rows),
                    undo=lambda: self._write(lambda c: _delete_events(c, event_ids), changed),
                    redo=lambda: self._write(lambda c: _insert_events(c, rows), changed),
                )
            )
            self._ctx.changes.publish(ChangeKind.TAGS, changed)
        return len(rows)

    def close(self) -> None:
        """Stop listening to the project's changes."""
        self._keywords.close()
        self.learner.close()

    # --- internals -----------------------------------------------------------------------------

    def _blend(self, found: list[Suggestion], learned: dict | None, excluded: set[uuid.UUID] | None
               ) -> list[Suggestion]:
        """Join the learned themes to the keyword ones (see ``theme_learner.blend``)."""
        if not learned:
            return found
        return blend(found, learned, excluded, self.learner.refs, lambda theme_id: Suggestion(theme_id, ()))

    def _write(self, work: Callable[[Any], None], note_ids: list[uuid.UUID]) -> None:
        with self._ctx.db.write_connection() as connection:
            work(connection)
        self._ctx.changes.publish(ChangeKind.TAGS, note_ids)



def _suggestions(
    matched: dict[Any, list[tuple[str, tuple[str, ...]]]], excluded: set[uuid.UUID] | None,
    rarity: KeywordRarity, codes: dict[uuid.UUID, str],
) -> list[Suggestion]:
    """Matched themes minus the excluded ones, strongest first (``suggestion_score.ranked``)."""
    kept = [
        Suggestion(theme_id, tuple(k for k, _form in hits), rarity.score(hits),
                   Explanation(matched=tuple((k, min(forms, key=len)) for k, forms in hits)))
        for theme_id, hits in matched.items()
        if not excluded or theme_id not in excluded
    ]
    return ranked(kept, codes)


def _excluded(connection, note_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, set[uuid.UUID]]:
    """Per note, the themes it already carries or whose suggestion was rejected."""
    excluded = _rejections(connection, note_ids)
    for start in range(0, len(note_ids), _IN_CHUNK):
        rows = connection.execute(
            select(Tagging.note_id, Tagging.theme_id).where(
                Tagging.note_id.in_(note_ids[start : start + _IN_CHUNK])
            )
        )
        for note_id, theme_id in rows:
            excluded.setdefault(note_id, set()).add(theme_id)
    return excluded


def _rejections(connection, note_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, set[uuid.UUID]]:
    rejected: dict[uuid.UUID, set[uuid.UUID]] = {}
    for start in range(0, len(note_ids), _IN_CHUNK):
        rows = connection.execute(
            select(NoteEvent.note_id, NoteEvent.detail).where(
                NoteEvent.note_id.in_(note_ids[start : start + _IN_CHUNK]),
                NoteEvent.action == REJECTED,
            )
        )
        for note_id, detail in rows:
            try:
                theme_id = uuid.UUID(str(detail["theme_id"]))
            except (TypeError, KeyError, ValueError):  # a malformed event (hand-edited, merged)
                continue
            rejected.setdefault(note_id, set()).add(theme_id)
    return rejected


def _insert_events(connection, rows: list[dict[str, Any]]) -> None:
    for start in range(0, len(rows), 5000):
        connection.execute(insert(NoteEvent.__table__), rows[start : start + 5000])


def _delete_events(connection, event_ids: list[uuid.UUID]) -> None:
    for start in range(0, len(event_ids), _IN_CHUNK):
        connection.execute(
            delete(NoteEvent.__table__).where(NoteEvent.id.in_(event_ids[start : start + _IN_CHUNK]))
        )


def _unique(note_ids: Iterable[uuid.UUID | str]) -> list[uuid.UUID]:
    return list(dict.fromkeys(as_uuid(i, "note id") for i in note_ids))


def _ordered(ids: list[uuid.UUID], subset: Iterable[uuid.UUID]) -> list[uuid.UUID]:
    keep = set(subset)
    return [i for i in ids if i in keep]
