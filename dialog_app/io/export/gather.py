"""Read one export's content from the project: published notes, masked, numbered and grouped."""

from __future__ import annotations

import uuid
from collections import Counter, defaultdict
from dataclasses import replace
from datetime import date

from sqlalchemy import select

from dialog_app.core.models import (
    AgendaItem, Attendance, Dialogue, DialogueOrganisation, Note, Organisation, Participant,
    ProjectSetting, StakeholderGroup, SynthesisQuote, Tagging, Theme, ThemeFramework, ThemeSynthesis,
)
from dialog_app.core.jobs import Job
from dialog_app.core.privacy import mask_personal_data
from dialog_app.core.project import Project
from dialog_app.core.services.frameworks import ACTIVE_FRAMEWORK
from dialog_app.io.export import vocabulary as vocab
from dialog_app.io.export.options import ExportOptions
from dialog_app.io.export.report import DialogueEntry, Masking, NoteEntry, Report, ThemeEntry
from dialog_app.io.export.wording import QT_TRANSLATE_NOOP, Wording

DEFAULT_VERSION_LABEL = QT_TRANSLATE_NOOP("Export", "Consultation version")
_N, _D, _T = Note.__table__, Dialogue.__table__, Theme.__table__
_CHECK_EVERY = 256  # notes between looks for a cancel


def gather(
    project: Project,
    options: ExportOptions | None = None,
    job: Job | None = None,
    today: date | None = None,
) -> Report:
    """Everything one export prints, read in one go. Raises Cancelled once the job is cancelled."""
    options = options or ExportOptions()
    wording = Wording(options.language)
    with project.read_connection() as connection:
        reader = _Reader(connection, options, wording, job or Job())
        return reader.report(project.title, today or date.today())


class _Reader:
    def __init__(self, connection, options: ExportOptions, wording: Wording, job: Job) -> None:
        self.c = connection
        self.options = options
        self.w = wording
        self.job = job
        self.masks = {kind: wording(text) for kind, text in vocab.MASKS.items()}
        self.masked: list[Masking] = []
        self.names: tuple[str, ...] = ()
        if not options.include_personal_data:
            self.names = tuple(self.c.scalars(select(Participant.name).distinct()))

    def report(self, title: str, today: date) -> Report:
        framework_id, framework_name = self._framework()
        groups = self._groups()
        numbered = self._dialogues()
        themes, parents = self._themes(framework_id)
        tags = self._taggings(framework_id, themes)
        notes, left_out = self._notes(numbered, groups, tags)
        theme_entries = self._theme_entries(themes, parents, notes, tags)
        notes = tuple(self._with_themes(notes, tags, theme_entries))
        uncovered = tuple(n.index for n in notes if not n.themes) if self.options.theme_ids is None else ()
        dialogues = self._dialogue_entries(numbered, notes, groups)
        order = {note.ref: note.index for note in notes}
        return Report(
            options=self.options,
            wording=self.w,
            title=title,
            organiser=self._organiser(numbered),
            made_on=today,
            version_label=self.options.version_label or self.w(DEFAULT_VERSION_LABEL),
            framework=framework_name,
            dialogues=dialogues,
            groups=tuple(groups.values()),
            notes=notes,
            themes=theme_entries,
            uncovered=uncovered,
            masked=tuple(sorted(self.masked, key=lambda m: (m.in_synthesis, order.get(m.where, 0)))),
            left_out=left_out,
            theme_selection=self.options.theme_ids is not None,
        )

    # --- the parts ---------------------------------------------------------------------------

    def _framework(self) -> tuple[uuid.UUID | None, str]:
        framework_id = self.options.framework_id
        if framework_id is None:
            stored = self.c.scalar(select(ProjectSetting.value).where(ProjectSetting.key == ACTIVE_FRAMEWORK))
            framework_id = uuid.UUID(str(stored)) if stored else None
        row = None
        if framework_id is not None:
            row = self.c.execute(select(ThemeFramework.id, ThemeFramework.name)
                                 .where(ThemeFramework.id == framework_id)).first()
        if row is None:  # no active one chosen: the first, as the review tab shows it
            row = self.c.execute(select(ThemeFramework.id, ThemeFramework.name)
                                 .order_by(ThemeFramework.position)).first()
        return (row[0], row[1]) if row else (None, "")

    def _groups(self) -> dict[uuid.UUID, str]:
        rows = self.c.execute(select(StakeholderGroup.id, StakeholderGroup.name).order_by(StakeholderGroup.position))
        return dict(rows.all())

    def _dialogues(self) -> list[tuple[int, object]]:
        """Every dialogue with its number (date order, undated last); then the chosen ones only."""
        rows = self.c.execute(
            select(_D).order_by(_D.c.starts_at.is_(None), _D.c.starts_at, _D.c.created_at, _D.c.title)
        ).all()
        numbered = list(enumerate(rows, start=1))
        chosen = self.options.dialogue_ids
        return [(n, row) for n, row in numbered if chosen is None or row.id in chosen]

    def _themes(self, framework_id: uuid.UUID | None) -> tuple[list, dict]:
        if framework_id is None:
            return [], {}
        rows = self.c.execute(select(_T).where(_T.c.framework_id == framework_id).order_by(_T.c.position)).all()
        children: dict[uuid.UUID | None, list] = defaultdict(list)
        for row in rows:
            children[row.parent_id].append(row)
        ordered: list[tuple[object, int]] = []

        def walk(parent: uuid.UUID | None, depth: int) -> None:
            for row in children.get(parent, []):
                ordered.append((row, depth))
                walk(row.id, depth + 1)

        walk(None, 0)
        chosen = self.options.theme_ids
        parents = {row.id: row.parent_id for row in rows}
        return [(row, depth) for row, depth in ordered if chosen is None or row.id in chosen], parents

    def _taggings(self, framework_id, themes) -> dict[uuid.UUID, list[uuid.UUID]]:
        """note id -> its themes of the framework, in framework order."""
        if framework_id is None:
            return {}
        order = {row.id: i for i, (row, _depth) in enumerate(themes)}
        tags: dict[uuid.UUID, list[uuid.UUID]] = defaultdict(list)
        rows = self.c.execute(
            select(Tagging.note_id, Tagging.theme_id).join(Theme, Theme.id == Tagging.theme_id)
            .where(Theme.framework_id == framework_id)
        )
        for note_id, theme_id in rows:
            if theme_id in order:
                tags[note_id].append(theme_id)
        for themes_of_note in tags.values():
            themes_of_note.sort(key=order.__getitem__)
        return tags

    def _notes(self, numbered, groups, tags) -> tuple[list[NoteEntry], dict[str, int]]:
        dialogue_numbers = {row.id: n for n, row in numbered}
        questions = dict(self.c.execute(select(AgendaItem.id, AgendaItem.question)).all())
        wanted = {"approved", "reviewed", "captured"} if self.options.all_statuses else {"approved"}
        chosen_themes = self.options.theme_ids
        rows = self.c.execute(
            select(_N.c.id, _N.c.dialogue_id, _N.c.deleted_at, _N.c.status, _N.c.text, _N.c.group_id,
                   _N.c.kind, _N.c.agenda_item_id, _N.c.table_label, _N.c.created_at, _N.c.votes,
                   _N.c.key_quote, _N.c.captured_by)
            .order_by(_N.c.dialogue_id, _N.c.created_at, _N.c.seq)
        )
        counters: Counter[uuid.UUID] = Counter()
        notes: list[NoteEntry] = []
        left_out: Counter[str] = Counter()
        include_personal = self.options.include_personal_data
        for row in rows:
            counters[row.dialogue_id] += 1  # every note ever taken counts, so numbers never shift
            number = dialogue_numbers.get(row.dialogue_id)
            if row.deleted_at is not None or number is None:
                continue
            if chosen_themes is not None and not tags.get(row.id):
                continue
            if row.status not in wanted:
                left_out[row.status] += 1
                continue
            if len(notes) % _CHECK_EVERY == 0:
                self.job.check()
            ref = f"D{number}-{counters[row.dialogue_id]:03d}"
            text = row.text if include_personal else self._mask(row.text, ref)
            notes.append(NoteEntry(
                index=len(notes), id=row.id, ref=ref, dialogue=number, number=counters[row.dialogue_id],
                text=text, group=groups.get(row.group_id, ""), group_id=row.group_id,
                kind=vocab.word(self.w, vocab.NOTE_KINDS, row.kind),
                question=questions.get(row.agenda_item_id, "") if row.agenda_item_id else "",
                table=row.table_label or "", created_at=row.created_at.astimezone(),
                status=vocab.word(self.w, vocab.NOTE_STATUSES, row.status), votes=row.votes or 0,
                key_quote=bool(row.key_quote), themes=(),
                captured_by=row.captured_by if include_personal else "",
            ))
        notes.sort(key=lambda n: (n.dialogue, n.number))
        notes = [_reindexed(note, i) for i, note in enumerate(notes)]
        return notes, dict(left_out)

    def _theme_entries(self, themes, parents, notes: list[NoteEntry], tags) -> tuple[ThemeEntry, ...]:
        index_of_note = {note.id: note.index for note in notes}
        index_of_theme = {row.id: i for i, (row, _depth) in enumerate(themes)}
        theme_ids = list(index_of_theme)
        members: dict[uuid.UUID, list[int]] = defaultdict(list)
        for note in notes:  # notes are in reference order, so each theme's list is too
            for theme_id in tags.get(note.id, ()):
                members[theme_id].append(note.index)
        syntheses = dict(self.c.execute(
            select(ThemeSynthesis.theme_id, ThemeSynthesis.text).where(ThemeSynthesis.theme_id.in_(theme_ids))
        ).all()) if theme_ids else {}
        quotes: dict[uuid.UUID, list[int]] = defaultdict(list)
        if theme_ids:
            for theme_id, note_id in self.c.execute(
                select(SynthesisQuote.theme_id, SynthesisQuote.note_id)
                .where(SynthesisQuote.theme_id.in_(theme_ids)).order_by(SynthesisQuote.position)
            ):
                if note_id in index_of_note:
                    quotes[theme_id].append(index_of_note[note_id])
        entries = []
        for i, (row, depth) in enumerate(themes):
            self.job.check()
            indexes = members.get(row.id, [])
            title = f"{row.code} {row.name}" if row.code else row.name
            synthesis = syntheses.get(row.id) or ""
            if synthesis and not self.options.include_personal_data:
                synthesis = self._mask(synthesis, title, in_synthesis=True)
            by_group = Counter(notes[j].group for j in indexes)
            entries.append(ThemeEntry(
                index=i, id=row.id, parent=index_of_theme.get(parents.get(row.id)), depth=depth,
                code=row.code or "", name=row.name, colour=row.colour or "#808080",
                description=row.description or "", synthesis=synthesis, quotes=tuple(quotes.get(row.id, ())),
                notes=tuple(indexes), dialogues=len({notes[j].dialogue for j in indexes}),
                groups=tuple(sorted(by_group.items(), key=lambda item: (-item[1], item[0] == "", item[0]))),
            ))
        return tuple(entries)

    @staticmethod
    def _with_themes(notes: list[NoteEntry], tags, themes: tuple[ThemeEntry, ...]):
        index_of_theme = {theme.id: theme.index for theme in themes}
        for note in notes:
            found = tuple(index_of_theme[t] for t in tags.get(note.id, ()) if t in index_of_theme)
            yield replace(note, themes=found) if found else note

    def _dialogue_entries(self, numbered, notes: tuple[NoteEntry, ...], groups) -> tuple[DialogueEntry, ...]:
        ids = [row.id for _n, row in numbered]
        headcounts: dict[uuid.UUID, dict[uuid.UUID, int]] = defaultdict(dict)
        for dialogue_id, group_id, headcount in self.c.execute(
            select(Attendance.dialogue_id, Attendance.group_id, Attendance.headcount)
            .where(Attendance.dialogue_id.in_(ids))
        ):
            headcounts[dialogue_id][group_id] = headcount
        organisations: dict[uuid.UUID, list[str]] = defaultdict(list)
        for dialogue_id, name in self.c.execute(
            select(DialogueOrganisation.dialogue_id, Organisation.name)
            .join(Organisation, Organisation.id == DialogueOrganisation.organisation_id)
            .where(DialogueOrganisation.dialogue_id.in_(ids)).order_by(Organisation.name_key)
        ):
            organisations[dialogue_id].append(name)
        questions: dict[uuid.UUID, list[str]] = defaultdict(list)
        for dialogue_id, question in self.c.execute(
            select(AgendaItem.dialogue_id, AgendaItem.question).where(AgendaItem.dialogue_id.in_(ids))
            .order_by(AgendaItem.position)
        ):
            questions[dialogue_id].append(question)
        per_dialogue: dict[int, list[int]] = defaultdict(list)
        for note in notes:
            per_dialogue[note.dialogue].append(note.index)
        entries = []
        for number, row in numbered:
            counts = headcounts.get(row.id, {})
            entries.append(DialogueEntry(
                number=number, id=row.id, title=row.title,
                kind=vocab.word(self.w, vocab.DIALOGUE_KINDS, row.kind),
                starts_at=row.starts_at.astimezone() if row.starts_at else None,
                place=row.place or "", online=bool(row.online), organiser=row.organiser or "",
                headcounts=tuple((name, counts[g]) for g, name in groups.items() if counts.get(g)),
                organisations=tuple(organisations.get(row.id, ())),
                questions=tuple(questions.get(row.id, ())),
                notes=tuple(per_dialogue.get(number, ())),
            ))
        return tuple(entries)

    def _organiser(self, numbered) -> str:
        stored = self.c.scalar(select(ProjectSetting.value).where(ProjectSetting.key == "organiser"))
        if stored:
            return str(stored)
        named = Counter(row.organiser for _n, row in numbered if row.organiser)
        return named.most_common(1)[0][0] if named else ""

    def _mask(self, text: str, where: str, in_synthesis: bool = False) -> str:
        masked, findings = mask_personal_data(text, self.names, self.masks)
        self.masked.extend(Masking(where, f.kind, in_synthesis) for f in findings)
        return masked


def _reindexed(note: NoteEntry, index: int) -> NoteEntry:
    return note if note.index == index else replace(note, index=index)
