"""``dialog-app tag PATH NOTE… --theme CODE_OR_NAME [--remove]`` and ``dialog-app status PATH NOTE…
STATUS``: the review's two everyday writes, for a script (issue 15).

Notes are named as the exports name them ("D2-017"), by id, or "-" for standard input (see
cli_lookup). Every note named must exist and be out of the bin, or nothing is written. Each command
is one write and one line saying how many notes changed and how many already were so.
"""

from __future__ import annotations

import argparse

from dialog_app import cli_lookup as lookup
from dialog_app.cli_opening import editing


def run_tag(options: argparse.Namespace) -> int:
    with editing(options.path) as project:
        note_ids = lookup.notes(project, options.notes)
        if not note_ids:
            return _no_notes("tag")
        theme = lookup.theme(project, options.theme, options.framework)
        if options.remove:
            changed = project.tagging.untag(note_ids, theme.id)
        else:
            changed = project.tagging.tag(note_ids, theme.id)
    name = f"{theme.code} {theme.name}".strip()
    if options.remove:
        print(f"Took {name} off {_notes_word(changed)}" + _already(len(note_ids) - changed, "did not carry it"))
    else:
        print(f"Tagged {_notes_word(changed)} with {name}" + _already(len(note_ids) - changed, "already carried it"))
    return 0


def run_status(options: argparse.Namespace) -> int:
    with editing(options.path) as project:
        note_ids = lookup.notes(project, options.notes)
        if not note_ids:
            return _no_notes("status")
        changed = project.notes.set_status(note_ids, options.status)
    print(f"Set {_notes_word(changed)} to {options.status}" + _already(len(note_ids) - changed, "already were"))
    return 0


def _no_notes(command: str) -> int:
    from dialog_app.cli_guard import say

    say(f"dialog-app {command}: error: no notes given ('-' read nothing from standard input)")
    return 2


def _notes_word(count: int) -> str:
    return f"{count} note" if count == 1 else f"{count} notes"


def _already(count: int, words: str) -> str:
    return f" ({count} {words})" if count else ""
