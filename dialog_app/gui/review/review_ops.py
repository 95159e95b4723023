"""Every action of the review page as a named operation: what it reads and what it writes.

The writes act on notes named by their table row keys (turned into ids on the worker thread), and
each is one undoable step: the services record their own, and merging a duplicate group, which
is several merges, becomes one ``MERGE_DUPLICATES`` step here.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from dialog_app.core.history import Action
from dialog_app.core.project import Project
from dialog_app.core.records import NoteEventRecord, NoteRecord, TaggingRecord
from dialog_app.core.services.duplicates import DuplicateGroup
from dialog_app.core.services.note_filter import NoteFilter
from dialog_app.gui.models.paged_rows import Listing
from dialog_app.gui.ops import ProjectSession, QueryOp, WriteOp
from dialog_app.gui.review.review_rows import ReviewNames, ReviewRowSource


@dataclass(frozen=True)
class NoteDetail:
    """Everything the detail pane shows of one note."""

    note: NoteRecord
    taggings: list[TaggingRecord]
    events: list[NoteEventRecord]
    absorbed: list[NoteRecord]  # notes merged into this one


@dataclass(frozen=True)
class FoundDuplicates:
    groups: list[DuplicateGroup]
    texts: dict[uuid.UUID, str]


# --- reading -----------------------------------------------------------------------------------


def load_names(session: ProjectSession) -> QueryOp[tuple[ReviewNames, list[str]]]:
    """The names rows and filters show (dialogues, questions, groups, themes), and the saved filters."""
    return QueryOp(session, lambda project, _job: (ReviewNames.load(project), project.saved_filters.names()))


def theme_counts(session: ProjectSession, framework_id: uuid.UUID | None
                 ) -> QueryOp[tuple[dict[uuid.UUID | None, int], int]]:
    """Notes per theme of the framework (None: untagged), and the number of live notes."""
    def work(project: Project, _job) -> tuple[dict[uuid.UUID | None, int], int]:
        rows = project.stats.counts(framework_id) if framework_id else []
        return project.stats.per_theme(rows), project.notes.count()

    return QueryOp(session, work)


def list_keys(session: ProjectSession, note_filter: NoteFilter, sort: str, descending: bool) -> QueryOp[list[int]]:
    """The row keys of every note the filter matches, in the chosen order; cancelling the
    operation stops its query (a newer filter replaces it)."""
    def work(project: Project, job) -> list[int]:
        narrowed = project.possible_names.narrow(note_filter, job)
        return project.notes.keys(narrowed, sort, descending, job=job) if narrowed is not None else []

    return QueryOp(session, work)


def list_first(session: ProjectSession, note_filter: NoteFilter, sort: str, descending: bool, limit: int,
               source: ReviewRowSource | None, rows: int, generation: int | None = None) -> QueryOp[Listing]:
    """The first ``limit`` keys the filter matches, and the rows of the first ``rows`` of them, as of
    the rows' content ``generation``; cancelling the operation stops it between (and inside) its queries."""

    def work(project: Project, job) -> Listing:
        narrowed = project.possible_names.narrow(note_filter, job)
        keys = project.notes.keys(narrowed, sort, descending, limit=limit, job=job) if narrowed is not None else []
        job.check()
        return Listing.read(keys, source, rows, generation)

    return QueryOp(session, work)


def unconfirmed_keys(session: ProjectSession, keys: Sequence[int]) -> QueryOp[tuple[list[str], list[str]]]:
    """The possible names in these notes, as (keys the writer has not decided, every key), in
    order of first appearance: what N and Shift+N decide for a selection, whether its rows are
    read yet or not."""
    def work(project: Project, _job) -> tuple[list[str], list[str]]:
        notes = project.notes.records_by_keys(list(keys))
        found = project.possible_names.in_texts({key: notes[key].text for key in keys if key in notes})
        every = list(dict.fromkeys(name.key for names in found.values() for name in names))
        decided = project.possible_names.decisions()
        return [key for key in every if key not in decided], every

    return QueryOp(session, work)


def note_detail(session: ProjectSession, note_id: uuid.UUID) -> QueryOp[NoteDetail]:
    def work(project: Project, _job) -> NoteDetail:
        return NoteDetail(
            note=project.notes.get(note_id),
            taggings=project.tagging.taggings_of(note_id),
            events=project.notes.events(note_id),
            absorbed=project.merging.merged_into(note_id),
        )

    return QueryOp(session, work)


def saved_filter(session: ProjectSession, name: str) -> QueryOp[NoteFilter]:
    return QueryOp(session, lambda project, _job: project.saved_filters.get(name))


def find_duplicates(session: ProjectSession, note_filter: NoteFilter) -> QueryOp[FoundDuplicates]:
    """Possible duplicates among the notes the filter matches, with their texts; reports its
    progress to the job and stops when it is cancelled."""
    def work(project: Project, job) -> FoundDuplicates:
        narrowed = project.possible_names.narrow(note_filter, job)
        groups = project.duplicates.find(narrowed, job=job) if narrowed is not None else []
        notes = project.notes.by_ids([i for group in groups for i in group.note_ids])
        return FoundDuplicates(groups, {note_id: note.text for note_id, note in notes.items()})

    return QueryOp(session, work)


# --- tagging -----------------------------------------------------------------------------------


def toggle_theme(session: ProjectSession, keys: Sequence[int], theme_id: uuid.UUID) -> WriteOp[tuple[bool, int]]:
    """Put the theme on the notes; if all have it already, take it off. (added?, notes changed)"""
    def work(project: Project, _job) -> tuple[bool, int]:
        ids = project.notes.ids_of_keys(list(keys))
        tags = project.tagging.themes_by_note(ids)
        if all(theme_id in tags.get(note_id, ()) for note_id in ids):
            return False, project.tagging.untag(ids, theme_id)
        return True, project.tagging.tag(ids, theme_id)

    return WriteOp(session, work)


def tag(session: ProjectSession, keys: Sequence[int], theme_id: uuid.UUID) -> WriteOp[int]:
    return WriteOp(session, lambda project, _job: project.tagging.tag(project.notes.ids_of_keys(list(keys)), theme_id))


def untag(session: ProjectSession, keys: Sequence[int], theme_id: uuid.UUID) -> WriteOp[int]:
    return WriteOp(session,
                   lambda project, _job: project.tagging.untag(project.notes.ids_of_keys(list(keys)), theme_id))


def suggested_themes(session: ProjectSession, keys: Sequence[int],
                     framework_id: uuid.UUID) -> QueryOp[dict[uuid.UUID, int]]:
    """The themes suggested for any of the notes, with how many of the notes each is suggested for:
    what Shift+A and Shift+R offer to choose from."""
    def work(project: Project, _job) -> dict[uuid.UUID, int]:
        found = project.suggestions.for_notes(project.notes.ids_of_keys(list(keys)), framework_id)
        counts: dict[uuid.UUID, int] = {}
        for suggestions in found.values():
            for suggestion in suggestions:
                counts[suggestion.theme_id] = counts.get(suggestion.theme_id, 0) + 1
        return counts

    return QueryOp(session, work)


def decide_suggestion(session: ProjectSession, keys: Sequence[int], theme_id: uuid.UUID,
                      framework_id: uuid.UUID, accept: bool) -> WriteOp[int]:
    """Accept or reject the suggested theme for those of the notes it is suggested for."""
    def work(project: Project, _job) -> int:
        ids = project.notes.ids_of_keys(list(keys))
        found = project.suggestions.for_notes(ids, framework_id)
        chosen = [i for i in ids if any(s.theme_id == theme_id for s in found.get(i, ()))]
        if not chosen:
            return 0
        return (project.suggestions.accept if accept else project.suggestions.reject)(chosen, theme_id)

    return WriteOp(session, work)


# --- status, key quotes, merging, the bin --------------------------------------------------------


def set_status(session: ProjectSession, keys: Sequence[int], status: str) -> WriteOp[int]:
    return WriteOp(session,
                   lambda project, _job: project.notes.set_status(project.notes.ids_of_keys(list(keys)), status))


def toggle_key_quote(session: ProjectSession, keys: Sequence[int]) -> WriteOp[int]:
    """Mark the notes as key quotes; if all are already, unmark them."""
    def work(project: Project, _job) -> int:
        ids = project.notes.ids_of_keys(list(keys))
        notes = project.notes.by_ids(ids)
        return project.notes.set_key_quote(ids, not all(note.key_quote for note in notes.values()))

    return WriteOp(session, work)


def delete_notes(session: ProjectSession, keys: Sequence[int]) -> WriteOp[int]:
    """Move the notes to the bin."""
    return WriteOp(session, lambda project, _job: project.notes.delete(project.notes.ids_of_keys(list(keys))))


def merge_two(session: ProjectSession, keep_key: int, absorb_key: int) -> WriteOp[int]:
    """Fold one note into another; the kept note's votes come back."""
    def work(project: Project, _job) -> int:
        keep, absorb = project.notes.ids_of_keys([keep_key, absorb_key])
        return project.merging.merge(keep, absorb)

    return WriteOp(session, work)


def merge_duplicates(session: ProjectSession, keep: uuid.UUID, absorb: Sequence[uuid.UUID]) -> WriteOp[int]:
    """Fold a duplicate group into its first note: one undo step for the whole group, named by
    the group's size; the number of notes folded comes back."""
    def work(project: Project, _job) -> int:
        with project.history.group(Action.MERGE_DUPLICATES, count=len(absorb) + 1):
            for note_id in absorb:
                project.merging.merge(keep, note_id)
        return len(absorb)

    return WriteOp(session, work)


# --- saved filters -----------------------------------------------------------------------------


def save_filter(session: ProjectSession, name: str, note_filter: NoteFilter) -> WriteOp[object]:
    return WriteOp(session, lambda project, _job: project.saved_filters.save(name, note_filter))


def delete_saved_filter(session: ProjectSession, name: str) -> WriteOp[object]:
    return WriteOp(session, lambda project, _job: project.saved_filters.delete(name))
