"""One export's content from the project's report data (core): published notes chosen, masked, numbered, grouped."""

from __future__ import annotations

import uuid
from collections import Counter, defaultdict
from dataclasses import replace
from datetime import date

from dialog_app.core.jobs import Job
from dialog_app.core.name_detection import find_possible_names
from dialog_app.core.privacy import mask_personal_data
from dialog_app.core.project import Project
from dialog_app.core.services.possible_names import KEEP, NamesToMask
from dialog_app.core.services.report_data import DialogueFacts, ReportData, ThemeFacts
from dialog_app.core.time_zones import zone
from dialog_app.io.export import vocabulary as vocab
from dialog_app.io.export.options import UNCONFIRMED_MASK, ExportOptions
from dialog_app.io.export.report import (
    DialogueEntry,
    Masking,
    NameFacts,
    NoteEntry,
    Report,
    ThemeEntry,
    UnconfirmedName,
)
from dialog_app.io.export.wording import QT_TRANSLATE_NOOP, Wording

DEFAULT_VERSION_LABEL = QT_TRANSLATE_NOOP("Export", "Consultation version")
DEFAULT_COLOUR = "#808080"  # a theme without a colour of its own
_CHECK_EVERY = 256  # notes between looks for a cancel


def gather(
    project: Project,
    options: ExportOptions | None = None,
    job: Job | None = None,
    today: date | None = None,
) -> Report:
    """Everything one export prints, read in one go. Raises Cancelled once the job is cancelled."""
    options = options or ExportOptions()
    job = job or Job()
    data = project.report_data.read(options.framework_id, job=job)
    names = None if options.include_personal_data else project.possible_names.names_to_mask()
    decisions = {} if options.include_personal_data else project.possible_names.decisions()
    return _Reader(data, options, Wording(options.language), job, names, decisions).report(
        project.title, today or date.today())


class _Reader:
    def __init__(self, data: ReportData, options: ExportOptions, wording: Wording, job: Job,
                 names: NamesToMask | None, decisions: dict[str, str]) -> None:
        self.data = data
        self.options = options
        self.w = wording
        self.job = job
        self.masks = {kind: wording(text) for kind, text in vocab.MASKS.items()}
        self.masked: list[Masking] = []
        self.to_mask = names or NamesToMask((), (), frozenset())
        self.names: tuple[str, ...] = (*self.to_mask.registered, *self.to_mask.confirmed)
        self.known = {name.casefold() for name in self.names} | set(self.to_mask.confirmed_ambiguous)
        self.dismissed = {key for key, choice in decisions.items() if choice == KEEP}
        self.unconfirmed: dict[str, list] = {}  # key -> [the form seen, where ...]
        self.zone = zone(data.time_zone or None)  # times print where the meetings were, not where exported

    def report(self, title: str, today: date) -> Report:
        groups = self.data.groups
        numbered = self._dialogues()
        themes = self._themes()
        tags = self._taggings(themes)
        notes, left_out = self._notes(numbered, groups, tags)
        theme_entries = self._theme_entries(themes, notes, tags)
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
            framework=self.data.framework_name,
            dialogues=dialogues,
            groups=tuple(groups.values()),
            notes=notes,
            themes=theme_entries,
            uncovered=uncovered,
            masked=tuple(sorted(self.masked, key=lambda m: (m.in_synthesis, order.get(m.where, 0)))),
            names=self.name_facts(),
            left_out=left_out,
            theme_selection=self.options.theme_ids is not None,
        )

    # --- the parts ---------------------------------------------------------------------------

    def _dialogues(self) -> list[tuple[int, DialogueFacts]]:
        """Every dialogue with its number (date order, undated last); then the chosen ones only."""
        numbered = list(enumerate(self.data.dialogues, start=1))
        chosen = self.options.dialogue_ids
        return [(n, dialogue) for n, dialogue in numbered if chosen is None or dialogue.id in chosen]

    def _themes(self) -> list[ThemeFacts]:
        chosen = self.options.theme_ids
        return [theme for theme in self.data.themes if chosen is None or theme.id in chosen]

    def _taggings(self, themes: list[ThemeFacts]) -> dict[uuid.UUID, tuple[uuid.UUID, ...]]:
        """note id -> its themes of those chosen, in framework order."""
        if self.options.theme_ids is None:
            return self.data.taggings
        chosen = {theme.id for theme in themes}
        kept = ((note_id, tuple(t for t in found if t in chosen)) for note_id, found in self.data.taggings.items())
        return {note_id: found for note_id, found in kept if found}

    def _notes(self, numbered, groups, tags) -> tuple[list[NoteEntry], dict[str, int]]:
        dialogue_numbers = {dialogue.id: n for n, dialogue in numbered}
        questions = self.data.questions
        wanted = {"approved", "reviewed", "captured"} if self.options.all_statuses else {"approved"}
        chosen_themes = self.options.theme_ids
        counters: Counter[uuid.UUID] = Counter()
        notes: list[NoteEntry] = []
        left_out: Counter[str] = Counter()
        include_personal = self.options.include_personal_data
        for row in self.data.notes:
            counters[row.dialogue_id] += 1  # every note ever taken counts, so numbers never shift
            number = dialogue_numbers.get(row.dialogue_id)
            if row.deleted or number is None:
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
                table=row.table_label, created_at=row.created_at.astimezone(self.zone),
                status=vocab.word(self.w, vocab.NOTE_STATUSES, row.status), votes=row.votes,
                key_quote=row.key_quote, themes=(),
                captured_by=row.captured_by if include_personal else "",
            ))
        notes.sort(key=lambda n: (n.dialogue, n.number))
        notes = [_reindexed(note, i) for i, note in enumerate(notes)]
        return notes, dict(left_out)

    def _theme_entries(self, themes: list[ThemeFacts], notes: list[NoteEntry], tags) -> tuple[ThemeEntry, ...]:
        index_of_note = {note.id: note.index for note in notes}
        index_of_theme = {theme.id: i for i, theme in enumerate(themes)}
        members: dict[uuid.UUID, list[int]] = defaultdict(list)
        for note in notes:  # notes are in reference order, so each theme's list is too
            for theme_id in tags.get(note.id, ()):
                members[theme_id].append(note.index)
        syntheses, parents = self.data.syntheses, self.data.parents
        entries = []
        for i, theme in enumerate(themes):
            self.job.check()
            indexes = members.get(theme.id, [])
            title = f"{theme.code} {theme.name}" if theme.code else theme.name
            synthesis = syntheses.get(theme.id) or ""
            if synthesis and not self.options.include_personal_data:
                synthesis = self._mask(synthesis, title, in_synthesis=True)
            quotes = tuple(index_of_note[n] for n in self.data.quotes.get(theme.id, ()) if n in index_of_note)
            by_group = Counter(notes[j].group for j in indexes)
            entries.append(ThemeEntry(
                index=i, id=theme.id, parent=index_of_theme.get(parents.get(theme.id)), depth=theme.depth,
                code=theme.code, name=theme.name, colour=theme.colour or DEFAULT_COLOUR,
                description=theme.description, synthesis=synthesis, quotes=quotes,
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
        per_dialogue: dict[int, list[int]] = defaultdict(list)
        for note in notes:
            per_dialogue[note.dialogue].append(note.index)
        entries = []
        for number, dialogue in numbered:
            counts = self.data.headcounts.get(dialogue.id, {})
            entries.append(DialogueEntry(
                number=number, id=dialogue.id, title=dialogue.title,
                kind=vocab.word(self.w, vocab.DIALOGUE_KINDS, dialogue.kind),
                starts_at=dialogue.starts_at.astimezone(self.zone) if dialogue.starts_at else None,
                place=dialogue.place, online=dialogue.online, organiser=dialogue.organiser,
                headcounts=tuple((name, counts[g]) for g, name in groups.items() if counts.get(g)),
                organisations=self.data.organisations.get(dialogue.id, ()),
                questions=self.data.agendas.get(dialogue.id, ()),
                notes=tuple(per_dialogue.get(number, ())),
            ))
        return tuple(entries)

    def _organiser(self, numbered) -> str:
        if self.data.organiser:
            return self.data.organiser
        named = Counter(dialogue.organiser for _n, dialogue in numbered if dialogue.organiser)
        return named.most_common(1)[0][0] if named else ""

    def _mask(self, text: str, where: str, in_synthesis: bool = False) -> str:
        extra = []
        for name in find_possible_names(text):
            if name.key in self.to_mask.confirmed_ambiguous:
                extra.append((name.start, name.end))
            elif name.key not in self.known and name.key not in self.dismissed:
                entry = self.unconfirmed.setdefault(name.key, [name.text])
                entry.append(where)
                if self.options.unconfirmed_names == UNCONFIRMED_MASK:
                    extra.append((name.start, name.end))
        masked, findings = mask_personal_data(text, self.names, self.masks, extra)
        self.masked.extend(Masking(where, f.kind, in_synthesis) for f in findings)
        return masked

    def name_facts(self) -> NameFacts:
        unconfirmed = tuple(UnconfirmedName(key, entry[0], tuple(dict.fromkeys(entry[1:])))
                            for key, entry in sorted(self.unconfirmed.items()))
        return NameFacts(registered=len(self.to_mask.registered),
                         confirmed=len(self.to_mask.confirmed) + len(self.to_mask.confirmed_ambiguous),
                         dismissed=len(self.dismissed), unconfirmed=unconfirmed)


def _reindexed(note: NoteEntry, index: int) -> NoteEntry:
    return note if note.index == index else replace(note, index=index)
