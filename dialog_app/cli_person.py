"""``dialog-app person PATH --find NAME [--json]`` and ``--erase NAME [--yes] [--erase-backups]``:
one person's data in a project (issue 14).

``--find`` only reads. ``--erase`` shows what it would erase, asks on a terminal (a run without a
terminal must say ``--yes``), then erases: the register entries, every mention replaced by a mark,
nothing of the person left in the file's bytes. The project is opened without the usual backup on
opening, since a backup would keep the person; the backups made before that still hold them are
listed, and ``--erase-backups`` erases them too (never the project itself).

Each action is one function in ``ACTIONS``, chosen by the option given (cli_arguments.person_arguments
makes them exclusive): another action (``--extract``) is one more entry and one more option.
"""

from __future__ import annotations

import argparse
import json
import shlex
from dataclasses import asdict
from datetime import datetime
from pathlib import Path
from uuid import UUID

from dialog_app.cli_guard import PROG, confirmed, fail, interactive, say

# What each kind of mention or change is called in the report, one and many.
WORDS = {
    "register": ("register entry", "register entries"), "note": ("note", "notes"),
    "synthesis": ("synthesis", "syntheses"), "history": ("history line", "history lines"),
    "dialogue": ("dialogue or question", "dialogues and questions"), "setting": ("setting", "settings"),
    "draft": ("capture draft", "capture drafts"),
}
USAGE_STATUS = 2


def run_person(options: argparse.Namespace) -> int:
    for action, run in ACTIONS.items():
        if getattr(options, action, None) is not None:
            return run(options)
    return _usage("give one of: " + ", ".join(f"--{action} NAME" for action in ACTIONS))


# --- --find ------------------------------------------------------------------------------------


def find(options: argparse.Namespace) -> int:
    from dialog_app.core.project import Project

    with Project.open(options.path, read_only=True) as project:
        record = project.person_data.find(options.find)
        backups = project.person_data.backups_holding(record.name, also=record.searched_for[1:])
    if options.json:
        data = asdict(record)
        data["backups"] = [str(backup.path) for backup in backups]
        print(json.dumps(data, ensure_ascii=False, indent=2, default=_jsonable))
        return 0
    if record.empty:
        print(f"Nothing about {record.name} in {options.path}")
    else:
        _print_record(record)
    _print_backups(backups, options, record.name)
    return 0


def _print_record(record) -> None:
    print(f"{record.name}, searched for: {', '.join(record.searched_for)}")
    for entry in record.register:
        facts = [entry.organisation, entry.group, entry.role, entry.email, entry.phone,
                 "consented" if entry.consent else "no consent recorded", entry.purpose and f"purpose: {entry.purpose}"]
        print(f"  register: {entry.dialogue_title}: " + ", ".join(fact for fact in facts if fact))
    for mention in record.mentions:
        where = mention.where + (" (in the bin)" if mention.in_bin else "")
        context = f" [{mention.context}]" if mention.context else ""
        print(f"  {where} {mention.ref}{context}: {_around(mention.text, mention.spans)}")
    if record.name_decision:
        print(f"  possible name, chosen to {record.name_decision}")


# --- --erase -----------------------------------------------------------------------------------


def erase(options: argparse.Namespace) -> int:
    from dialog_app.core.project import Project

    with Project.open(options.path, back_up=False) as project:  # a backup would keep the person
        record = project.person_data.find(options.erase)
        before = project.person_data.backups_holding(record.name, also=record.searched_for[1:])
        if record.empty and not (options.erase_backups and before):
            print(f"Nothing about {record.name} in {options.path}; nothing erased")
            _print_backups(before, options, record.name)
            return 0
        _print_plan(record, before, options)
        if not options.yes:
            if not interactive():
                return _usage("erasing cannot be undone once the project is closed: add --yes to erase "
                              "without being asked")
            if not confirmed("Erase? [y/N] "):
                print("Nothing erased")
                return 0
        if record.empty:  # only backups to erase
            result = None
            erased = project.person_data.erase_backups([b.path for b in before])
        else:
            result = project.person_data.erase(options.erase)
            _print_result(result, options)
            holding = [b.path for b in result.backups] if options.erase_backups else []
            erased = project.person_data.erase_backups(holding)
    for path in erased:
        print(f"Erased the backup {path}")
    if result is not None and not options.erase_backups:
        _print_backups(result.backups, options, record.name)
    return 0


def _print_plan(record, backups, options: argparse.Namespace) -> None:
    counts = {"register": len(record.register)}
    for mention in record.mentions:
        counts[mention.where] = counts.get(mention.where, 0) + 1
    also = f" (also by {', '.join(record.searched_for[1:])})" if record.searched_for[1:] else ""
    if record.empty:
        say(f"Nothing about {record.name} is left in the project")
    else:
        say(f"{record.name}{also} is named in {_counted(counts)}")
    if backups:
        too = " too" if not record.empty else ""
        then = ", and will be erased" if options.erase_backups else " (see --erase-backups)"
        say(f"{_count(len(backups), 'backup made before holds', 'backups made before hold')} them{too}{then}")


def _print_result(result, options: argparse.Namespace) -> None:
    from dialog_app.core.person_terms import MARK

    changed = _counted(result.counts)
    print(f"Erased {', '.join(result.names)} from {options.path}: {changed or 'nothing changed'}"
          + (f"; {result.occurrences} mention(s) replaced by {MARK}" if result.occurrences else ""))
    if result.still_in_file:
        say(f"{PROG}: warning: the file still holds {', '.join(result.still_in_file)} in a place the erasure "
            "does not rewrite (a theme, an organisation, a user name?); find it with "
            f"'{PROG} search' or in the app")
    else:
        print("No byte of them is left in the project file")


# --- shared ------------------------------------------------------------------------------------


def _print_backups(backups, options: argparse.Namespace, name: str) -> None:
    if not backups:
        return
    print(f"{_count(len(backups), 'backup of the project still holds', 'backups of the project still hold')} {name}:")
    for backup in backups:
        print(f"  {backup.taken_at.astimezone():%Y-%m-%d %H:%M}  {backup.reason:<15}  {backup.path}")
    command = f"{PROG} person {shlex.quote(str(options.path))} --erase {shlex.quote(name)} --erase-backups"
    print(f"Erase them with: {command}")


def _counted(counts: dict[str, int]) -> str:
    return ", ".join(_count(n, *WORDS.get(kind, (kind, kind))) for kind, n in counts.items() if n)


def _count(number: int, one: str, many: str) -> str:
    return f"{number} {one if number == 1 else many}"


def _around(text: str, spans, reach: int = 50) -> str:
    """The text around its first mention, on one line."""
    start, end = spans[0] if spans else (0, 0)
    left, right = max(0, start - reach), min(len(text), end + reach)
    snippet = " ".join(text[left:right].split())
    return ("…" if left else "") + snippet + ("…" if right < len(text) else "")


def _jsonable(value):
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, UUID | Path):
        return str(value)
    raise TypeError(f"not JSON: {type(value).__name__}")


def _usage(message: str) -> int:
    say(f"{PROG} person: error: {message}")
    return USAGE_STATUS


# --- --extract ---------------------------------------------------------------------------------


def extract(options: argparse.Namespace) -> int:
    from dialog_app.core.project import Project
    from dialog_app.core.time_zones import zone
    from dialog_app.io.person_extract import extract_paths, write_extract_json, write_extract_pdf

    if not options.output:
        return _usage("--extract needs -o OUT: the PDF to write, or a folder")
    with Project.open(options.path, read_only=True) as project:
        record = project.person_data.find(options.extract)
        language = project.language
        when = zone(project.facts.read().time_zone)
    pdf, json_path = extract_paths(Path(options.output), record.name)
    for target in (pdf, json_path):
        if target.exists():
            return fail(f"{target} exists; nothing was written (choose another name, or move it away)")
    written = [write_extract_pdf(record, pdf, language, project=Path(options.path), zone=when),
               write_extract_json(record, json_path, project=Path(options.path))]
    found = "nothing found" if record.empty else (
        f"{_count(len(record.register), 'register entry', 'register entries')}, "
        f"{_count(len(record.mentions), 'text', 'texts')} naming them")
    print(f"Wrote the extract for {record.name} ({found}): {written[0]} and {written[1]}")
    return 0


ACTIONS = {"find": find, "erase": erase, "extract": extract}
