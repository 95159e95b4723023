"""An erasure worked out before it is written: every row it removes, every field it rewrites, each
with its value before and after. Writing the "after" side erases; writing the "before" side is its
undo, exactly (the ids, the texts, the history, the stamps). The plan lives only in memory, in the
project's undo history: when the file is closed it is gone, and the erasure is final.
"""

from __future__ import annotations

import copy
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from dialog_app.core import drafts
from dialog_app.core.changes import ChangeKind
from dialog_app.core.jobs import Job
from dialog_app.core.models import AgendaItem, Dialogue, Note, NoteEvent, Participant, ProjectSetting, ThemeSynthesis
from dialog_app.core.person_record import DIALOGUE, DRAFT, HISTORY, NOTE, SETTING, SYNTHESIS
from dialog_app.core.person_terms import MARK, PersonTerms, key_of
from dialog_app.core.services.person_texts import sources
from dialog_app.core.services.possible_names import SETTING as NAME_DECISIONS
from dialog_app.core.timeutil import utc_now

REGISTER = "register"  # the counts of an erasure: this, and person_record's NOTE, SYNTHESIS, … DRAFT
ERASE_EVENT = "erase"  # the history line an erased note gets (no detail: it names nobody)
_CHANGES = {Note: ChangeKind.NOTES, NoteEvent: ChangeKind.NOTES, ThemeSynthesis: ChangeKind.SYNTHESIS,
            Dialogue: ChangeKind.DIALOGUES, AgendaItem: ChangeKind.AGENDA, ProjectSetting: ChangeKind.SETTINGS,
            Participant: ChangeKind.PARTICIPATION}


@dataclass
class RowChange:
    model: type
    key: Any
    before: dict[str, Any] = field(default_factory=dict)
    after: dict[str, Any] = field(default_factory=dict)


@dataclass
class ErasurePlan:
    terms: PersonTerms
    removed: list[tuple[type, dict[str, Any]]] = field(default_factory=list)  # register entries
    changed: list[RowChange] = field(default_factory=list)
    added: list[tuple[type, dict[str, Any]]] = field(default_factory=list)  # the "erase" history lines
    drafts: list[tuple[Path, str, str]] = field(default_factory=list)  # (file, before, after)
    counts: dict[str, int] = field(default_factory=dict)
    occurrences: int = 0

    @property
    def empty(self) -> bool:
        return not (self.removed or self.changed or self.drafts)


def plan_erasure(session, terms: PersonTerms, participant_ids: list[uuid.UUID], user: str,
                 project_path: Path | None, job: Job | None = None) -> ErasurePlan:
    """What erasing ``terms`` (and removing those register entries) changes; nothing is written."""
    plan = ErasurePlan(terms)
    for participant_id in participant_ids:
        row = session.get(Participant, participant_id)
        if row is not None:
            plan.removed.append((Participant, _row(row)))
    changes: dict[tuple[type, Any], RowChange] = {}
    kinds: dict[str, set] = defaultdict(set)
    now = utc_now()
    for source in sources(session, job):
        if source.value is None:
            continue
        if source.model is ProjectSetting and source.key == NAME_DECISIONS and isinstance(source.value, dict):
            after, count = _without_person(source.value, terms)
        elif source.is_json:
            after, count = terms.scrub(source.value)
        else:
            after, count = terms.replace(source.value)
        if not count:
            continue
        change = changes.setdefault((source.model, source.key), RowChange(source.model, source.key))
        change.before[source.field] = copy.deepcopy(source.value)
        change.after[source.field] = after
        if source.updated_at is not None:
            change.before["updated_at"] = source.updated_at
            change.after["updated_at"] = now  # the erased version is the newer one, should a merge meet both
        kinds[source.where].add((source.model, source.key))
        plan.occurrences += count
    plan.changed = list(changes.values())
    plan.added = [(NoteEvent, {"id": uuid.uuid4(), "note_id": key, "at": now, "by": user, "action": ERASE_EVENT,
                               "detail": None})
                  for (model, key) in changes if model is Note]
    plan.drafts = _drafts(project_path, terms) if project_path is not None else []
    plan.counts = {REGISTER: len(plan.removed), NOTE: len(kinds[NOTE]), SYNTHESIS: len(kinds[SYNTHESIS]),
                   HISTORY: len(kinds[HISTORY]), DIALOGUE: len(kinds[DIALOGUE]), SETTING: len(kinds[SETTING]),
                   DRAFT: len(plan.drafts)}
    return plan


def write_plan(session, plan: ErasurePlan, forward: bool) -> None:
    """Write the erasure (``forward``) or put back what it changed, in the caller's transaction."""
    if forward:
        for model, row in plan.removed:
            _delete(session, model, row["id"])
        _set(session, plan.changed, "after")
        session.add_all(model(**copy.deepcopy(row)) for model, row in plan.added)
    else:
        for model, row in plan.added:
            _delete(session, model, row["id"])
        _set(session, plan.changed, "before")
        session.add_all(model(**copy.deepcopy(row)) for model, row in plan.removed)
    session.flush()  # the search index follows the notes here (store/database.py)


def write_drafts(plan: ErasurePlan, forward: bool) -> None:
    """Rewrite the drafts still as the other side left them (a window may have typed on since)."""
    for path, before, after in plan.drafts:
        try:
            now = path.read_text(encoding="utf-8") if path.exists() else ""
        except (OSError, UnicodeDecodeError):
            continue
        if now == (before if forward else after):
            drafts.rewrite(path, after if forward else before)


def publish(changes, plan: ErasurePlan) -> None:
    touched: dict[ChangeKind, set] = defaultdict(set)
    for model, row in plan.removed:
        touched[ChangeKind.PARTICIPATION].add(row["dialogue_id"])
    for change in plan.changed:
        key = change.key if isinstance(change.key, uuid.UUID) else None
        if change.model is NoteEvent:
            continue  # its note is told of below, through the "erase" line added to it
        touched[_CHANGES[change.model]].update([key] if key else [])
    for _model, row in plan.added:
        touched[ChangeKind.NOTES].add(row["note_id"])
    for kind, ids in touched.items():
        changes.publish(kind, ids)


def _without_person(decisions: dict, terms: PersonTerms) -> tuple[dict, int]:
    """The choices on possible names without the ones about this person: the key is the name."""
    kept = {key: value for key, value in decisions.items() if not terms.holds(str(key))}
    return kept, len(decisions) - len(kept)


def _drafts(project_path: Path, terms: PersonTerms) -> list[tuple[Path, str, str]]:
    found = []
    for path, text in drafts.draft_texts(project_path):
        after, count = terms.replace(text, MARK)
        if count:
            found.append((path, text, after))
    return found


def _row(obj) -> dict[str, Any]:
    return {column.name: copy.deepcopy(getattr(obj, column.name)) for column in type(obj).__table__.columns}


def _delete(session, model: type, key: Any) -> None:
    row = session.get(model, key)
    if row is not None:
        session.delete(row)


def _set(session, changes: list[RowChange], side: str) -> None:
    """Write one side of each change, to the rows still as the other side left them: a text
    changed since (a synthesis typed on, a filter saved again: not undo steps) is not overwritten."""
    other = "before" if side == "after" else "after"
    for change in changes:
        row = session.get(change.model, change.key)
        if row is None:  # gone since (a dialogue deleted): nothing of it to write
            continue
        expected = {name: value for name, value in getattr(change, other).items() if name != "updated_at"}
        if any(getattr(row, name) != value for name, value in expected.items()):
            continue
        for name, value in getattr(change, side).items():
            setattr(row, name, copy.deepcopy(value))
        session.add(row)


def registered(session, names: list[str]) -> list[Participant]:
    """The register entries whose name is one of ``names`` (any case, any spacing)."""
    wanted = {key_of(name) for name in names}
    return [row for row in session.scalars(select(Participant)) if key_of(row.name) in wanted]
