"""``dialog-app dialogue add|list|edit|delete PATH …``: plan dialogues from a script (issue 15).

``add`` and ``edit`` take the dialogue's facts and its questions, each ``--question TEXT``
optionally followed by the ``--minutes N`` planned for it. Questions given to ``edit`` become the
agenda: one given word for word keeps its notes and times (see core/services/agenda_plan.py),
and leaving out a question that holds notes needs ``--untie-notes``. ``delete`` refuses a dialogue
that holds notes. Times without a zone are the project's meeting zone (Europe/Stockholm unless the
project says otherwise), and ``list`` prints them there. Kinds and statuses are taken in Swedish
or English (core/vocabulary_words.py); an unknown dialogue lists the dialogues there are.
"""

from __future__ import annotations

import argparse
import json
from datetime import datetime, tzinfo

from dialog_app import cli_lookup as lookup
from dialog_app.cli_guard import fail, say
from dialog_app.cli_opening import editing, reading

FIELD_OPTIONS = ("kind", "status", "place", "online", "organiser", "purpose")
TIME_OPTIONS = ("starts", "ends")


def run_dialogue(options: argparse.Namespace) -> int:
    return ACTIONS[options.action](options)


# --- add ---------------------------------------------------------------------------------------


def add(options: argparse.Namespace) -> int:
    with editing(options.path) as project:
        fields = _fields(options, _zone(project))
        dialogue = project.dialogues.create_with_questions(options.title, _questions(options) or (), **fields)
        number = project.note_refs.dialogue_order().index(dialogue.id) + 1
    print(f"{dialogue.id}  D{number}  {dialogue.title}")
    return 0


# --- list --------------------------------------------------------------------------------------


def list_dialogues(options: argparse.Namespace) -> int:
    with reading(options.path) as project:
        zone = _zone(project)
        dialogues = lookup.numbered_dialogues(project)
        counts = project.dialogues.note_counts()
        agendas = {d.id: project.dialogues.agenda(d.id) for d in dialogues}
    rows = [_row(n, d, agendas[d.id], counts.get(d.id, 0), zone) for n, d in enumerate(dialogues, start=1)]
    if options.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print(f"No dialogues in {options.path} yet; add one with 'dialog-app dialogue add PATH TITLE'")
    for row in rows:
        where = "online" if row["online"] else row["place"] or ""
        facts = [row["kind"], row["status"], row["starts_at"] or "no date", where,
                 _counted(len(row["questions"]), "question"), _counted(row["notes"], "note")]
        print(f"D{row['number']:<3} {row['id']}  {row['title']}  ({', '.join(f for f in facts if f)})")
        for position, question in enumerate(row["questions"], start=1):
            minutes = f"  [{question['minutes']} min]" if question["minutes"] is not None else ""
            print(f"      {position}. {question['question']}{minutes}")
    return 0


def _row(number: int, dialogue, agenda, notes: int, zone: tzinfo) -> dict:
    return {
        "number": number, "ref": f"D{number}", "id": str(dialogue.id), "title": dialogue.title,
        "kind": dialogue.kind, "status": dialogue.status,
        "starts_at": _shown(dialogue.starts_at, zone), "ends_at": _shown(dialogue.ends_at, zone),
        "place": dialogue.place or "", "online": dialogue.online, "organiser": dialogue.organiser,
        "purpose": dialogue.purpose, "notes": notes,
        "questions": [{"id": str(item.id), "question": item.question, "minutes": item.planned_minutes}
                      for item in agenda],
    }


# --- edit and delete ---------------------------------------------------------------------------


def edit(options: argparse.Namespace) -> int:
    from dialog_app.core.services.agenda_plan import QuestionsHoldNotesError

    if options.no_questions and options.question:
        return _usage("dialogue edit", "--no-questions and --question contradict each other; give one of them")
    questions = [] if options.no_questions else _questions(options)
    if questions is None and all(getattr(options, name) is None for name in (*FIELD_OPTIONS, *TIME_OPTIONS, "title")):
        return _usage("dialogue edit", "nothing to change: give the facts to change, --question or --no-questions")
    with editing(options.path) as project:
        dialogue = lookup.dialogue(project, options.dialogue)
        fields = _fields(options, _zone(project))
        if options.title is not None:
            fields["title"] = options.title
        try:
            change = project.dialogue_editing.replace_agenda(dialogue.id, fields, questions,
                                                             untie_notes=options.untie_notes)
        except QuestionsHoldNotesError as held:
            return fail(f"{_counted(held.notes, 'note')} {_verb(held.notes)} to questions left out: "
                        + ", ".join(repr(q) for q in held.questions)
                        + "; give them word for word to keep them, or add --untie-notes (nothing was changed)")
        title = project.dialogues.get(dialogue.id).title
    print(f"Changed {title}" + (f": {_counted(change.kept, 'question')} kept, {change.added} added, {change.removed} "
                                "removed" if questions is not None else ""))
    if change.notes_untied:
        untied = change.notes_untied
        say(f"dialog-app: note: {_counted(untied, 'note')} no longer {_verb(untied)} to a question")
    return 0


def delete(options: argparse.Namespace) -> int:
    with editing(options.path) as project:
        dialogue = lookup.dialogue(project, options.dialogue)
        project.dialogue_editing.delete(dialogue.id)  # the Dialoger tab's delete, the same refusal
    print(f"Deleted {dialogue.title}")
    return 0


ACTIONS = {"add": add, "list": list_dialogues, "edit": edit, "delete": delete}


# --- arguments ---------------------------------------------------------------------------------


def _fields(options: argparse.Namespace, zone: tzinfo) -> dict:
    """The dialogue's facts the options give (None: not given; "" clears a text or a time)."""
    fields = {name: getattr(options, name) for name in FIELD_OPTIONS if getattr(options, name) is not None}
    if "place" in fields:
        fields["place"] = fields["place"].strip() or None
    for option in TIME_OPTIONS:
        text = getattr(options, option)
        if text is not None:
            fields[f"{option}_at"] = parse_time(text, zone, f"--{option}")
    return fields


def _questions(options: argparse.Namespace) -> list[tuple[str, int | None]] | None:
    return None if options.question is None else [tuple(pair) for pair in options.question]


def parse_time(text: str, zone: tzinfo, option: str) -> datetime | None:
    """"2026-03-12 13:00" (in the project's zone), with seconds or an offset, or "" for none."""
    from dialog_app.core.errors import InvalidValueError

    if not text.strip():
        return None
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise InvalidValueError(f"{option} takes a time written YYYY-MM-DD HH:MM, such as 2026-03-12 13:00, "
                                f"not {text!r}") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=zone)


def _shown(moment: datetime | None, zone: tzinfo) -> str | None:
    return moment.astimezone(zone).strftime("%Y-%m-%d %H:%M") if moment else None


def _zone(project) -> tzinfo:
    """The zone the project's meetings are held in (core/time_zones.py: Stockholm's unless chosen)."""
    from dialog_app.core.time_zones import zone

    return zone(project.setting("time_zone"))


def _counted(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def _verb(count: int) -> str:
    return "belongs" if count == 1 else "belong"


def _usage(command: str, message: str) -> int:
    say(f"dialog-app {command}: error: {message}")
    return 2
