"""``dialog-app bin PATH [--json]``, ``--restore REF…`` and ``--empty [REF…] [--yes]``: the notes in
a project's bin (issue 15).

Listing only reads. ``--restore`` brings notes back (after the usual backup, as ``add-note`` takes
one). ``--empty`` removes the named binned notes (none named: the whole bin) for good, with their
history, themes and key-quote places, and no byte of their text left in the file; it says what it
will remove, asks on a terminal (a run without one must say ``--yes``), and opens the project
without the backup on opening, which would keep the text. A note is named as exports print it
(D2-017) or by its id (or the first 8 characters of it).
"""

from __future__ import annotations

import argparse
import json

from dialog_app.cli_guard import PROG, confirmed, interactive, say
from dialog_app.cli_opening import editing, print_notices, reading

USAGE_STATUS = 2
SHOWN = 70  # characters of a note's text on one line


def run_bin(options: argparse.Namespace) -> int:
    if options.restore is not None:
        return restore(options)
    if options.empty is not None:
        return empty(options)
    return show(options)


def show(options: argparse.Namespace) -> int:
    with reading(options.path) as project:
        entries = project.bin.entries()
    if options.json:
        print(json.dumps([_as_json(entry) for entry in entries], ensure_ascii=False, indent=2))
        return 0
    if not entries:
        print(f"The bin of {options.path} is empty")
        return 0
    print(f"{_notes(len(entries))} in the bin of {options.path}, the latest binned first:")
    for entry in entries:
        print("  " + _line(entry))
    return 0


def restore(options: argparse.Namespace) -> int:
    with editing(options.path) as project:
        ids = project.bin.resolve(options.restore)
        count = project.bin.restore(ids)
    print(f"Restored {_notes(count)} from the bin of {options.path}")
    return 0


def empty(options: argparse.Namespace) -> int:
    from dialog_app.core.project import Project

    with Project.open(options.path, back_up=False) as project:  # a backup would keep the text
        print_notices(project.notices)
        entries = project.bin.entries()
        if options.empty:
            chosen = set(project.bin.resolve(options.empty))
            entries = [entry for entry in entries if entry.note_id in chosen]
        if not entries:
            print(f"The bin of {options.path} is empty; nothing to empty")
            return 0
        say(f"{_notes(len(entries))} will be removed for good, with their history and themes:")
        for entry in entries:
            say("  " + _line(entry))
        if not options.yes:
            if not interactive():
                return _usage("emptying the bin cannot be undone: add --yes to empty it without being asked")
            if not confirmed("Empty? [y/N] "):
                print("Nothing emptied")
                return 0
        count = project.bin.empty([entry.note_id for entry in entries])
    print(f"Emptied {_notes(count)} from the bin of {options.path}: their rows are zeroed in the file (the backups "
          "made before, and a synthesis that copies their words, still hold them)")
    return 0


def _line(entry) -> str:
    text = " ".join(entry.text.split())
    text = text if len(text) <= SHOWN else text[:SHOWN - 1] + "…"
    where = entry.dialogue_title + (f" / {entry.question}" if entry.question else "")
    merged = f" (merged into {entry.merged_into})" if entry.merged_into else ""
    by = f" by {entry.deleted_by}" if entry.deleted_by else ""
    return f"{entry.ref:<8} {entry.deleted_at.astimezone():%Y-%m-%d %H:%M}{by}  [{where}]{merged}  {text}"


def _as_json(entry) -> dict:
    return {"ref": entry.ref, "id": str(entry.note_id), "text": entry.text, "dialogue": entry.dialogue_title,
            "question": entry.question, "deleted_at": entry.deleted_at.isoformat(), "deleted_by": entry.deleted_by,
            "merged_into": entry.merged_into}


def _notes(count: int) -> str:
    return f"{count} note{'' if count == 1 else 's'}"


def _usage(message: str) -> int:
    say(f"{PROG} bin: error: {message}")
    return USAGE_STATUS
