"""Builds a realistic Swedish demo project (``dialog-app demo``), from content.py's material."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from dialog_app.core.project import Project
from dialog_app.demo.content import demo_dialogues, demo_notes

DEMO_FRAMEWORKS = ("se-digital-2017", "eu-digital-decade", "agenda-2030")
NATIONAL_STRATEGY = "se-digital-2017"


def build_demo(
    path: Path | str,
    notes: int = 150,
    seed: int = 2026,
    progress: Callable[[str], None] | None = None,
) -> Project:
    """Write a demo project at ``path`` and return it open; the caller closes it."""
    say = progress or (lambda _message: None)
    project = Project.create(path, frameworks=DEMO_FRAMEWORKS, title="Regional digitaliseringsstrategi 2027–2030")
    try:
        national = next(f for f in project.frameworks.frameworks() if f.preset_id == NATIONAL_STRATEGY)
        project.frameworks.set_active(national.id)
        theme_by_code = {t.code: t.id for t in project.frameworks.themes(national.id)}
        groups = {g.key: g.id for g in project.participation.groups()}

        say("dialogues")
        dialogues = []
        for demo in demo_dialogues():
            dialogue = project.dialogues.create(
                demo.title, kind=demo.kind, starts_at=demo.starts_at, ends_at=demo.ends_at,
                place=demo.place, online=demo.online, organiser=demo.organiser,
                purpose=demo.purpose, status=demo.status,
            )
            questions = [
                project.dialogues.add_question(dialogue.id, text, minutes)
                for text, minutes in demo.questions
            ]
            for group_key, headcount in demo.attendance:
                project.participation.set_headcount(dialogue.id, groups[group_key], headcount)
            for name, group_key in demo.organisations:
                project.participation.add_organisation(dialogue.id, name, groups.get(group_key))
            dialogues.append((demo, dialogue, questions))

        say("notes")
        generated = list(demo_notes(notes, seed))
        records = []
        for note in generated:
            demo, dialogue, questions = dialogues[note.dialogue_index]
            records.append(
                {
                    "dialogue_id": dialogue.id,
                    "agenda_item_id": questions[note.question_index].id
                    if note.question_index is not None else None,
                    "group_id": groups.get(note.group_key) if note.group_key else None,
                    "table_label": note.table_label,
                    "kind": note.kind,
                    "text": note.text,
                    "votes": note.votes,
                    "key_quote": note.key_quote,
                    "status": note.status,
                    "created_at": demo.starts_at + timedelta(minutes=note.minutes_after_start),
                    "source_kind": "typed",
                }
            )
        ids = project.notes.import_many(records)

        say("tags")
        project.tagging.import_many(
            ((note_id, theme_by_code[code]) for note_id, note in zip(ids, generated) for code in note.theme_codes),
            origin="typed",
        )
        project.history.clear()
    except BaseException:
        project.close()
        raise
    return project
