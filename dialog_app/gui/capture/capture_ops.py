"""What the capture screen writes, one named operation each: a typed note, the facilitator's keys on
a note, the agenda's steps, attendance, and a new dialogue. Each runs on the project's write queue,
in the order the facilitator made them; the screen says what happens when one returns."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from dialog_app.core.records import AgendaItemRecord, DialogueRecord
from dialog_app.core.services.capture import Stamp
from dialog_app.gui.dialogs.new_dialogue import NewDialogue
from dialog_app.gui.ops import ProjectSession, WriteOp

# --- notes ---------------------------------------------------------------------------------------


def capture_note(session: ProjectSession, stamp: Stamp, text: str, note_id: uuid.UUID,
                 theme_ids: Sequence[uuid.UUID] = (), key_quote: bool = False) -> WriteOp:
    """Enter: the note with its stamps, themes and key-quote mark, under the id the screen shows."""
    themes = list(theme_ids)
    return WriteOp(session, lambda project, _job: project.capture.save(
        stamp, text, note_id=note_id, theme_ids=themes, key_quote=key_quote))


def edit_text(session: ProjectSession, note_id: uuid.UUID, text: str) -> WriteOp:
    return WriteOp(session, lambda project, _job: project.notes.update(note_id, text=text))


def set_votes(session: ProjectSession, note_id: uuid.UUID, votes: int) -> WriteOp:
    return WriteOp(session, lambda project, _job: project.notes.update(note_id, votes=votes))


def set_key_quote(session: ProjectSession, note_id: uuid.UUID, key_quote: bool) -> WriteOp:
    return WriteOp(session, lambda project, _job: project.notes.update(note_id, key_quote=key_quote))


def set_hidden_from_projector(session: ProjectSession, note_id: uuid.UUID, hidden: bool) -> WriteOp:
    return WriteOp(session, lambda project, _job: project.notes.update(note_id, hidden_from_projector=hidden))


def set_theme(session: ProjectSession, note_id: uuid.UUID, theme_id: uuid.UUID, tagged: bool) -> WriteOp:
    """Ctrl+1…9 on a saved note: tag it with the theme, or take the tag away."""
    def work(project, _job) -> int:
        tagging = project.tagging
        return (tagging.tag if tagged else tagging.untag)([note_id], theme_id)

    return WriteOp(session, work)


def delete_note(session: ProjectSession, note_id: uuid.UUID) -> WriteOp:
    return WriteOp(session, lambda project, _job: project.notes.delete([note_id]))


# --- the agenda ----------------------------------------------------------------------------------


def start_dialogue(session: ProjectSession, dialogue_id: uuid.UUID) -> WriteOp[AgendaItemRecord | None]:
    return WriteOp(session, lambda project, _job: project.capture.start(dialogue_id))


def finish_dialogue(session: ProjectSession, dialogue_id: uuid.UUID) -> WriteOp:
    return WriteOp(session, lambda project, _job: project.capture.finish(dialogue_id))


def next_question(session: ProjectSession, dialogue_id: uuid.UUID) -> WriteOp:
    """F8: the current question ends (its timer stops) and the next one starts."""
    return WriteOp(session, lambda project, _job: project.capture.advance(dialogue_id))


def previous_question(session: ProjectSession, dialogue_id: uuid.UUID) -> WriteOp:
    return WriteOp(session, lambda project, _job: project.capture.go_back(dialogue_id))


# --- attendance ----------------------------------------------------------------------------------


def set_headcount(session: ProjectSession, dialogue_id: uuid.UUID, group_id: uuid.UUID, headcount: int) -> WriteOp:
    return WriteOp(session, lambda project, _job: project.participation.set_headcount(dialogue_id, group_id, headcount))


def add_organisation(session: ProjectSession, dialogue_id: uuid.UUID, name: str,
                     group_id: uuid.UUID | None) -> WriteOp:
    return WriteOp(session, lambda project, _job: project.participation.add_organisation(dialogue_id, name, group_id))


def remove_organisation(session: ProjectSession, dialogue_id: uuid.UUID, organisation_id: uuid.UUID) -> WriteOp:
    return WriteOp(session, lambda project, _job: project.participation.remove_organisation(dialogue_id, organisation_id))


# --- a new dialogue ------------------------------------------------------------------------------


def create_dialogue(session: ProjectSession, spec: NewDialogue) -> WriteOp[DialogueRecord]:
    """The dialogue and its questions: one write, one undo step ("Undo new dialogue")."""
    return WriteOp(session, lambda project, _job: project.dialogues.create_with_questions(
        spec.title, spec.questions, kind=spec.kind, starts_at=spec.starts_at, place=spec.place, online=spec.online))
