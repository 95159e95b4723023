"""What a report is made of, read from the project in one consistent go, as plain values.

The exporters (io/export/gather.py) choose, mask and number from this; they never read the
database themselves, so they need no change when another store serves the same services.
Nothing here is a table row: the values are copied out while the one read lasts.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from dialog_app.core.jobs import Job
from dialog_app.core.models import (
    AgendaItem, Attendance, Dialogue, DialogueOrganisation, Note, Organisation,
    ProjectSetting, StakeholderGroup, SynthesisQuote, Tagging, Theme, ThemeFramework, ThemeSynthesis,
)
from dialog_app.core.services.context import ServiceContext
from dialog_app.core.services.frameworks import ACTIVE_FRAMEWORK

_N, _D, _T = Note.__table__, Dialogue.__table__, Theme.__table__
_CHECK_EVERY = 1024  # notes read between looks for a cancel


@dataclass(frozen=True, slots=True)
class DialogueFacts:
    id: uuid.UUID
    title: str
    kind: str  # as stored: a DialogueKind value
    starts_at: datetime | None  # UTC
    place: str
    online: bool
    organiser: str


@dataclass(frozen=True, slots=True)
class ThemeFacts:
    id: uuid.UUID
    parent_id: uuid.UUID | None
    depth: int  # 0 for a top-level theme
    code: str
    name: str
    colour: str  # "#rrggbb", or "" when none was chosen
    description: str


@dataclass(frozen=True, slots=True)
class NoteFacts:
    id: uuid.UUID
    dialogue_id: uuid.UUID
    deleted: bool  # in the bin: not printed, yet it keeps its place in the numbering
    status: str  # as stored: a NoteStatus value
    text: str
    group_id: uuid.UUID | None
    kind: str  # as stored: a NoteKind value
    agenda_item_id: uuid.UUID | None
    table_label: str
    created_at: datetime  # UTC
    votes: int
    key_quote: bool
    captured_by: str


@dataclass(frozen=True)
class ReportData:
    """One framework's view of the whole project, as it was at one moment."""

    framework_id: uuid.UUID | None  # None when the project has no framework
    framework_name: str
    organiser: str  # the project's organiser setting; "" when not set
    groups: dict[uuid.UUID, str]  # every stakeholder group, id -> name, in the project's order
    dialogues: tuple[DialogueFacts, ...]  # every dialogue, in number order: by date, undated last
    themes: tuple[ThemeFacts, ...]  # the framework's themes in reading order, each before its sub-themes
    parents: dict[uuid.UUID, uuid.UUID | None]  # every theme of the framework -> its parent
    taggings: dict[uuid.UUID, tuple[uuid.UUID, ...]]  # note id -> its themes of ``themes``, in that order
    questions: dict[uuid.UUID, str]  # agenda item id -> its question
    agendas: dict[uuid.UUID, tuple[str, ...]]  # dialogue id -> its questions, in agenda order
    notes: tuple[NoteFacts, ...]  # every note ever taken, the bin's too, by dialogue, time and entry
    syntheses: dict[uuid.UUID, str]  # theme id -> the writer's synthesis
    quotes: dict[uuid.UUID, tuple[uuid.UUID, ...]]  # theme id -> quoted note ids, in the writer's order
    headcounts: dict[uuid.UUID, dict[uuid.UUID, int]]  # dialogue id -> group id -> people
    organisations: dict[uuid.UUID, tuple[str, ...]]  # dialogue id -> organisation names, by name
    time_zone: str = ""  # the project's time_zone setting (core/time_zones.py); "" when not set


class ReportDataService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def read(
        self,
        framework_id: uuid.UUID | None = None,
        job: Job | None = None,
    ) -> ReportData:
        """Everything a report of ``framework_id`` (None: the active one, else the first) prints,
        in one read. Raises ``Cancelled`` once the job is cancelled."""
        job = job or Job()
        with self._ctx.db.read_connection() as c:
            framework_id, framework_name = _framework(c, framework_id)
            themes, parents = _themes(c, framework_id)
            job.check()
            notes = _notes(c, job)
            agendas: dict[uuid.UUID, list[str]] = defaultdict(list)
            questions: dict[uuid.UUID, str] = {}
            for item_id, dialogue_id, question in c.execute(
                select(AgendaItem.id, AgendaItem.dialogue_id, AgendaItem.question).order_by(AgendaItem.position)
            ):
                questions[item_id] = question
                agendas[dialogue_id].append(question)
            organiser = c.scalar(select(ProjectSetting.value).where(ProjectSetting.key == "organiser"))
            time_zone = c.scalar(select(ProjectSetting.value).where(ProjectSetting.key == "time_zone"))
            return ReportData(
                framework_id=framework_id,
                framework_name=framework_name,
                organiser=str(organiser) if organiser else "",
                groups=dict(c.execute(
                    select(StakeholderGroup.id, StakeholderGroup.name).order_by(StakeholderGroup.position)
                ).all()),
                dialogues=_dialogues(c),
                themes=themes,
                parents=parents,
                taggings=_taggings(c, framework_id, themes),
                questions=questions,
                agendas={dialogue_id: tuple(asked) for dialogue_id, asked in agendas.items()},
                notes=notes,
                syntheses=_syntheses(c, framework_id),
                quotes=_quotes(c, framework_id),
                headcounts=_headcounts(c),
                organisations=_organisations(c),
                time_zone=str(time_zone) if time_zone else "",
            )


def _framework(c, framework_id: uuid.UUID | None) -> tuple[uuid.UUID | None, str]:
    if framework_id is None:
        stored = c.scalar(select(ProjectSetting.value).where(ProjectSetting.key == ACTIVE_FRAMEWORK))
        framework_id = uuid.UUID(str(stored)) if stored else None
    row = None
    if framework_id is not None:
        row = c.execute(select(ThemeFramework.id, ThemeFramework.name).where(ThemeFramework.id == framework_id)).first()
    if row is None:  # no active one chosen (or it is gone): the first, as the review tab shows it
        row = c.execute(select(ThemeFramework.id, ThemeFramework.name).order_by(ThemeFramework.position)).first()
    return (row[0], row[1]) if row else (None, "")


def _dialogues(c) -> tuple[DialogueFacts, ...]:
    rows = c.execute(
        select(_D.c.id, _D.c.title, _D.c.kind, _D.c.starts_at, _D.c.place, _D.c.online, _D.c.organiser)
        .order_by(_D.c.starts_at.is_(None), _D.c.starts_at, _D.c.created_at, _D.c.title)
    )
    return tuple(
        DialogueFacts(id=row.id, title=row.title, kind=row.kind, starts_at=row.starts_at, place=row.place or "",
                      online=bool(row.online), organiser=row.organiser or "")
        for row in rows
    )


def _themes(c, framework_id: uuid.UUID | None) -> tuple[tuple[ThemeFacts, ...], dict]:
    if framework_id is None:
        return (), {}
    rows = c.execute(
        select(_T.c.id, _T.c.parent_id, _T.c.code, _T.c.name, _T.c.colour, _T.c.description)
        .where(_T.c.framework_id == framework_id).order_by(_T.c.position)
    ).all()
    children: dict[uuid.UUID | None, list] = defaultdict(list)
    for row in rows:
        children[row.parent_id].append(row)
    ordered: list[ThemeFacts] = []

    def walk(parent: uuid.UUID | None, depth: int) -> None:
        for row in children.get(parent, []):
            ordered.append(ThemeFacts(id=row.id, parent_id=row.parent_id, depth=depth, code=row.code or "",
                                      name=row.name, colour=row.colour or "", description=row.description or ""))
            walk(row.id, depth + 1)

    walk(None, 0)
    return tuple(ordered), {row.id: row.parent_id for row in rows}


def _taggings(c, framework_id, themes: tuple[ThemeFacts, ...]) -> dict[uuid.UUID, tuple[uuid.UUID, ...]]:
    if framework_id is None:
        return {}
    order = {theme.id: i for i, theme in enumerate(themes)}
    tags: dict[uuid.UUID, list[uuid.UUID]] = defaultdict(list)
    rows = c.execute(
        select(Tagging.note_id, Tagging.theme_id).join(Theme, Theme.id == Tagging.theme_id)
        .where(Theme.framework_id == framework_id)
    )
    for note_id, theme_id in rows:
        if theme_id in order:  # a theme outside the tree (its parent gone) is not printed
            tags[note_id].append(theme_id)
    return {note_id: tuple(sorted(found, key=order.__getitem__)) for note_id, found in tags.items()}


def _notes(c, job: Job) -> tuple[NoteFacts, ...]:
    rows = c.execute(
        select(_N.c.id, _N.c.dialogue_id, _N.c.deleted_at, _N.c.status, _N.c.text, _N.c.group_id,
               _N.c.kind, _N.c.agenda_item_id, _N.c.table_label, _N.c.created_at, _N.c.votes,
               _N.c.key_quote, _N.c.captured_by)
        .order_by(_N.c.dialogue_id, _N.c.created_at, _N.c.seq)
    )
    notes = []
    # Many notes share a dialogue, a group, a question: one id object each, not one per note, keeps
    # what lives on small (tens of thousands fewer objects for the garbage collector to walk).
    shared: dict[uuid.UUID | None, uuid.UUID | None] = {None: None}
    one = shared.setdefault
    for count, row in enumerate(rows):
        if count % _CHECK_EVERY == 0:
            job.check()
        (note_id, dialogue_id, deleted_at, status, text, group_id, kind, agenda_item_id, table_label,
         created_at, votes, key_quote, captured_by) = row
        notes.append(NoteFacts(
            id=note_id, dialogue_id=one(dialogue_id, dialogue_id), deleted=deleted_at is not None, status=status,
            text=text, group_id=one(group_id, group_id), kind=kind,
            agenda_item_id=one(agenda_item_id, agenda_item_id), table_label=table_label or "",
            created_at=created_at, votes=votes or 0, key_quote=bool(key_quote), captured_by=captured_by,
        ))
    return tuple(notes)


def _syntheses(c, framework_id) -> dict[uuid.UUID, str]:
    if framework_id is None:
        return {}
    return dict(c.execute(
        select(ThemeSynthesis.theme_id, ThemeSynthesis.text).join(Theme, Theme.id == ThemeSynthesis.theme_id)
        .where(Theme.framework_id == framework_id)
    ).all())


def _quotes(c, framework_id) -> dict[uuid.UUID, tuple[uuid.UUID, ...]]:
    if framework_id is None:
        return {}
    quotes: dict[uuid.UUID, list[uuid.UUID]] = defaultdict(list)
    for theme_id, note_id in c.execute(
        select(SynthesisQuote.theme_id, SynthesisQuote.note_id).join(Theme, Theme.id == SynthesisQuote.theme_id)
        .where(Theme.framework_id == framework_id).order_by(SynthesisQuote.position)
    ):
        quotes[theme_id].append(note_id)
    return {theme_id: tuple(notes) for theme_id, notes in quotes.items()}


def _headcounts(c) -> dict[uuid.UUID, dict[uuid.UUID, int]]:
    headcounts: dict[uuid.UUID, dict[uuid.UUID, int]] = defaultdict(dict)
    for dialogue_id, group_id, headcount in c.execute(
        select(Attendance.dialogue_id, Attendance.group_id, Attendance.headcount)
    ):
        headcounts[dialogue_id][group_id] = headcount
    return dict(headcounts)


def _organisations(c) -> dict[uuid.UUID, tuple[str, ...]]:
    organisations: dict[uuid.UUID, list[str]] = defaultdict(list)
    for dialogue_id, name in c.execute(
        select(DialogueOrganisation.dialogue_id, Organisation.name)
        .join(Organisation, Organisation.id == DialogueOrganisation.organisation_id)
        .order_by(Organisation.name_key)
    ):
        organisations[dialogue_id].append(name)
    return {dialogue_id: tuple(names) for dialogue_id, names in organisations.items()}
