"""The ``dialog-app`` command: the GUI when given no command, and scriptable commands over the core.

Exit status: 0 success, 2 usage error, 1 any other failure (one line on stderr, no traceback; see
``cli_guard``). Qt is imported only when the GUI opens; ``info`` and ``check`` do not even import the ORM.
"""

from __future__ import annotations

import argparse
import difflib
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from dialog_app import __version__, cli_arguments as arguments
from dialog_app.cli_guard import fail, run_guarded, say, unreadable_text_argument
from dialog_app.cli_opening import SCRIPTED_BACKUP_INTERVAL
from dialog_app.cli_opening import print_notices as _print_notices

PROG = "dialog-app"
FILE_OPTIONS = ("path", "output", "backup", "files")  # options that name files: they may hold any bytes the file system allows


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    return run_guarded(lambda: _run(args), args[0] if args and args[0] in COMMANDS else None)


def _run(args: list[str]) -> int:
    if args and args[0] in COMMANDS:
        parser = _command_parser()
    elif args and _looks_like_a_mistyped_command(args[0]):
        close = difflib.get_close_matches(args[0], COMMANDS, n=1)
        hint = f" (did you mean '{close[0]}'?)" if close else ""
        return _usage(args[0], f"unknown command{hint}; commands: {', '.join(COMMANDS)}")
    else:
        parser = _gui_parser()
    options = parser.parse_args(args)  # exits with 2 on a usage error
    unreadable = unreadable_text_argument(options, FILE_OPTIONS)
    if unreadable:
        return _usage(getattr(options, "command", ""), unreadable)
    return options.run(options)


def _looks_like_a_mistyped_command(word: str) -> bool:
    """A bare word that is no file, such as "serach": not a project the GUI should try to open."""
    path = Path(word)
    return not word.startswith("-") and not path.exists() and not path.suffix and len(path.parts) == 1


def _fail(message: str) -> int:
    print(f"{PROG}: error: {message}", file=sys.stderr)
    return 1


# --- commands ----------------------------------------------------------------------------------


def run_gui(options: argparse.Namespace) -> int:
    from dialog_app.gui.app import run  # Qt is loaded here and nowhere else

    return run(options.path, capture=options.capture)


def run_new(options: argparse.Namespace) -> int:
    from dialog_app.core.project import DEFAULT_FRAMEWORKS, Project

    frameworks = options.framework or list(DEFAULT_FRAMEWORKS)
    with Project.create(options.path, frameworks=frameworks, language=options.language, title=options.title):
        pass
    print(f"Created {options.path}")
    return 0


def run_demo(options: argparse.Namespace) -> int:
    from dialog_app.demo.build import build_demo

    with build_demo(options.path, notes=options.notes, seed=options.seed) as project:
        counts = project.summary()
    print(f"Created {options.path}: {counts['dialogues']} dialogues, {counts['notes']} notes")
    return 0


def run_info(options: argparse.Namespace) -> int:
    from dialog_app.core.retention_date import is_due, parse_until
    from dialog_app.core.store.identity import read_identity
    from dialog_app.core.store.opening import open_read_only
    from dialog_app.core.store.summary import summary

    path = Path(options.path)
    opened = open_read_only(path)  # never writes: an older file is read from an upgraded private copy
    try:
        counts = summary(opened.database_path)
        _print_notices(opened.notices)
    finally:
        opened.close()
    counts["schema_version"] = read_identity(path).schema_version
    counts["file_bytes"] = path.stat().st_size
    passed = "retain_until" in counts and is_due(parse_until(counts["retain_until"]))
    if "retain_until" in counts:
        counts["retention_passed"] = passed
    if options.json:
        print(json.dumps(counts, ensure_ascii=False, indent=2))
    else:
        shown = {key: value for key, value in counts.items() if key != "retention_passed"}
        if passed:
            shown["retain_until"] = f"{counts['retain_until']} (passed)"
        width = max(map(len, shown))
        for key, value in shown.items():
            print(f"{key.replace('_', ' '):<{width}}  {value}")
    return 0


def run_prepare(options: argparse.Namespace) -> int:
    from dialog_app.core.project import Project
    from dialog_app.core.table_projects import plan_tables

    with Project.open(options.path, read_only=True) as master:
        planned = plan_tables(master.path, options.tables, Path(options.output), options.label)
        written = master.prepare_tables(planned)
    for table, path in zip(planned, written, strict=True):
        print(f"{table.label}: {path}")
    return 0


def run_merge(options: argparse.Namespace) -> int:
    from dialog_app.cli_merge import run_merge as run

    return run(options)


def run_person(options: argparse.Namespace) -> int:
    from dialog_app.cli_person import run_person as run

    return run(options)


def run_bin(options: argparse.Namespace) -> int:
    from dialog_app.cli_bin import run_bin as run

    return run(options)


def run_dialogue(options: argparse.Namespace) -> int:
    from dialog_app.cli_dialogue import run_dialogue as run

    return run(options)


def run_tag(options: argparse.Namespace) -> int:
    from dialog_app.cli_tagging import run_tag as run

    return run(options)


def run_status(options: argparse.Namespace) -> int:
    from dialog_app.cli_tagging import run_status as run

    return run(options)


def run_suggest(options: argparse.Namespace) -> int:
    from dialog_app.cli_suggest import run_suggest as run

    return run(options)


def run_groups(options: argparse.Namespace) -> int:
    from dialog_app.cli_groups import run_groups as run

    return run(options)


def run_retention(options: argparse.Namespace) -> int:
    from dialog_app.cli_retention import run_retention as run

    return run(options, _print_notices)


def run_add_note(options: argparse.Namespace) -> int:
    from dialog_app import cli_lookup as lookup
    from dialog_app.core.project import Project

    with Project.open(options.path, backup_unless_within=SCRIPTED_BACKUP_INTERVAL) as project:
        _print_notices(project.notices)
        dialogue = lookup.dialogue(project, options.dialogue)
        group = lookup.group(project, options.group) if options.group else None
        question = None
        if options.question is not None:
            agenda = project.dialogues.agenda(dialogue.id)
            if not 1 <= options.question <= len(agenda):
                return _fail(f"the dialogue has {len(agenda)} questions; --question takes 1 to {len(agenda)}")
            question = agenda[options.question - 1]
        note = project.notes.add(
            dialogue.id,
            options.text,
            group_id=group.id if group else None,
            agenda_item_id=question.id if question else None,
            kind=options.kind,
            table_label=options.table,
        )
    print(note.id)
    return 0


def run_search(options: argparse.Namespace) -> int:
    from dialog_app.core.project import Project

    with Project.open(options.path, read_only=True) as project:
        _print_notices(project.notices)
        hits = project.search.search(options.query, limit=options.limit)
    if options.json:
        rows = [
            {"id": str(h.id), "text": h.text, "dialogue": h.dialogue, "dialogue_id": str(h.dialogue_id)}
            for h in hits
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        for hit in hits:
            print(f"{hit.id}  [{hit.dialogue}]  {' '.join(hit.text.split())}")
    return 0


def run_check(options: argparse.Namespace) -> int:
    from dialog_app.core.store.integrity import check_report

    report = check_report(Path(options.path))
    for note in report.notes:
        print(f"{options.path}: note: {note}")
    if report.problems:
        for problem in report.problems:
            print(f"{options.path}: {problem}", file=sys.stderr)
        return 1
    print(f"{options.path}: ok")
    return 0


def run_export(options: argparse.Namespace) -> int:
    from dialog_app.core.project import Project
    from dialog_app.io.export import (
        FORMATS,
        ExportOptions,
        ExportTargetError,
        TargetRules,
        UnconfirmedNamesError,
        export,
    )
    from dialog_app.io.export.options import UNCONFIRMED_REFUSE

    if options.pdfa and options.format != "pdf":
        return _usage("export", "--pdfa is for --format pdf")
    asked = Path(options.output)
    try:  # before the project is opened: a refused target leaves it byte-for-byte as it was
        target = TargetRules(FORMATS[options.format].suffix, Path(options.path)).final_path(asked)
    except ExportTargetError as refusal:
        return _usage("export", _target_refusal(refusal.reason, refusal.path, refusal.suffix, options.format))
    if target != asked:
        print(f"-o {asked} has no suffix: writing {target}")
    with Project.open(options.path, read_only=True) as project:
        _print_notices(project.notices)
        chosen = ExportOptions(
            language=options.lang or project.language,
            include_personal_data=options.include_personal_data,
            all_statuses=options.all_statuses,
            csv_delimiter=options.delimiter,
            version_label=options.version_label,
            unconfirmed_names=options.unconfirmed_names or UNCONFIRMED_REFUSE,
            pdfa=options.pdfa,
        )
        try:
            result = export(project, options.format, target, chosen)  # checks the target again, to the rename
        except UnconfirmedNamesError as stop:
            return _unconfirmed(stop)
    print(f"Wrote {result.path}: {result.notes} notes from {result.dialogues} dialogues, {result.themes} themes")
    if options.include_personal_data:
        print("Personal data included: not masked")
    elif result.masked:
        kinds = ", ".join(f"{count} {kind.replace('_', ' ')}" for kind, count in sorted(result.masked.items()))
        print(f"Masked {sum(result.masked.values())} pieces of personal data ({kinds}) in: "
              + ", ".join(result.masked_where))
    else:
        print("No personal data found to mask")
    if result.left_out:
        print("Not included: " + ", ".join(f"{count} {status}" for status, count in sorted(result.left_out.items())))
    if not result.notes:
        say(f"{PROG}: note: the export holds no notes: " + _why_no_notes(result.left_out, options.all_statuses))
    return 0


def _why_no_notes(left_out: dict[str, int], all_statuses: bool) -> str:
    """Why an export came out empty, and what to do about it."""
    if not left_out:
        return "the project has no notes yet"
    if all_statuses:
        return "every note is excluded; set some to another status ('dialog-app status PATH NOTE… reviewed')"
    return ("none is approved; use --all-statuses or approve notes "
            "('dialog-app status PATH NOTE… approved', or A in the review)")


def _unconfirmed(stop) -> int:
    say("possible names in the text that nobody confirmed or dismissed (nothing was written):")
    for name in stop.names:
        say(f"  {name.shown}  in {', '.join(name.where[:6])}{' …' if len(name.where) > 6 else ''}")
    return fail(f"{len(stop.names)} possible name(s) unconfirmed; confirm or dismiss them in the app "
                "(Edit ▸ Possible names…, or N / Shift+N in the review), or pass --unconfirmed-names mask or --unconfirmed-names keep")


def run_import(options: argparse.Namespace) -> int:
    from dialog_app.cli_import import run_import as run

    return run(options)


def run_backups(options: argparse.Namespace) -> int:
    from dialog_app.core.project_files import backup_folder, list_backups

    found = list_backups(Path(options.path))
    if options.json:
        print(json.dumps([
            {"number": n, "path": str(b.path), "taken_at": b.taken_at.isoformat(), "reason": b.reason,
             "notes": b.notes, "schema_version": b.schema_version}
            for n, b in enumerate(found, 1)
        ], ensure_ascii=False, indent=2))
        return 0
    if not found:
        print(f"No backups of {options.path} yet (they are kept in {backup_folder(Path(options.path))})")
        return 0
    for number, backup in enumerate(found, 1):
        when = backup.taken_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        notes = "?" if backup.notes is None else backup.notes
        print(f"{number:>3}  {when}  {notes:>6} notes  {backup.reason:<15}  {backup.path}")
    return 0


def run_restore(options: argparse.Namespace) -> int:
    from dialog_app.core.project_files import list_backups, restore

    project = Path(options.path)
    chosen = Path(options.backup)
    if options.backup.isdigit() and not chosen.exists():  # the number `backups` shows
        found = list_backups(project)
        if not 1 <= int(options.backup) <= len(found):
            return _usage("restore", f"there are {len(found)} backups; give a number from 1 to {len(found)} "
                                     "or a backup's file name (see 'dialog-app backups')")
        chosen = found[int(options.backup) - 1].path
    result = restore(project, chosen)
    if result.current_kept_as is not None:
        state = "damaged file, kept as it was" if result.current_was_damaged else "state before the restore"
        print(f"Kept the {state}: {result.current_kept_as}")
    print(f"Restored {project} from {chosen}")
    return 0


def _target_refusal(reason: str, where: Path, suffix: str, format_key: str) -> str:
    """Why ``-o`` was refused (an ExportTargetError's reason), in one line that says what to do instead."""
    from dialog_app.io.export import ExportTargetError as Refused

    never = "an export never replaces {}; choose another name"
    reasons = {
        Refused.THIS_PROJECT: f"-o {where} is the project being exported (or one of its working files): "
                              + never.format("a project"),
        Refused.PROJECT: f"-o {where} is a dialog_app project: " + never.format("a project"),
        Refused.DATABASE: f"-o {where} is an SQLite database (or one of its working files): "
                          + never.format("a database"),
        Refused.FOLDER: f"-o names a folder; give a file name such as {where / ('report' + suffix)}",
        Refused.NOT_A_FILE: f"-o {where} is not a regular file (a pipe or a device); choose another name",
        Refused.WRONG_SUFFIX: f"-o {where} ends in {where.suffix}, but --format {format_key} writes a "
                              f"{suffix} file; use a name ending in {suffix}",
    }
    return reasons[reason]


def _usage(command: str, message: str) -> int:
    print(f"{PROG} {command}: error: {message}", file=sys.stderr)  # like argparse, for scripts
    return 2


# --- parsers -----------------------------------------------------------------------------------


def _gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Open the dialog_app window, or run a command: " + ", ".join(COMMANDS) + ".",
        epilog=f"Run '{PROG} COMMAND --help' for a command's options.",
    )
    parser.add_argument("path", nargs="?", help="project file to open (default: your default project)")
    parser.add_argument("--capture", action="store_true",
                        help="open on the capture screen, ready to type notes in a meeting")
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.set_defaults(run=run_gui)
    return parser


def _command_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=PROG)
    commands = parser.add_subparsers(dest="command", required=True)
    for name, (help_text, add_arguments, runner) in COMMANDS.items():
        command = commands.add_parser(name, help=help_text, description=help_text)
        add_arguments(command)
        command.set_defaults(run=runner)
    return parser


Runner = Callable[[argparse.Namespace], int]
COMMANDS: dict[str, tuple[str, Callable[[argparse.ArgumentParser], None], Runner]] = {
    "new": ("create a new, empty project file", arguments.new_arguments, run_new),
    "demo": ("create a demo project in Swedish", arguments.demo_arguments, run_demo),
    "info": ("show what a project holds", arguments.info_arguments, run_info),
    "prepare": ("write one copy of a project per table or laptop, each labelled with its table, to merge back later",
                arguments.prepare_arguments, run_prepare),
    "merge": ("bring table projects (or other projects sharing ids) into a project, after a backup",
              arguments.merge_arguments, run_merge),
    "retention": ("show, set or clear the date after which a project's personal data is to be deleted or "
                  "anonymised (gallring)", arguments.retention_arguments, run_retention),
    "add-note": ("add a note to a dialogue", arguments.add_note_arguments, run_add_note),
    "search": ("find notes by their words", arguments.search_arguments, run_search),
    "check": ("check a project file's integrity; exit 0 only when sound", arguments.check_arguments, run_check),
    "export": ("export a report or data for the consultation, without personal data", arguments.export_arguments,
               run_export),
    "backups": ("list a project's automatic backups, newest first", arguments.backups_arguments, run_backups),
    "restore": ("put a backup in place of a project, after backing up its current state", arguments.restore_arguments,
                run_restore),
    "person": ("find or erase what a project holds about one person (GDPR)", arguments.person_arguments,
               run_person),
    "import": ("import notes from tables, minutes and other QDA tools into a dialogue, after a backup",
               arguments.import_arguments, run_import),
    "dialogue": ("add, list, edit or delete dialogues, with their questions", arguments.dialogue_arguments,
                 run_dialogue),
    "tag": ("put a theme on notes, or take it off", arguments.tag_arguments, run_tag),
    "status": ("set the review status of notes (approved, reviewed …; Swedish words too)", arguments.status_arguments,
               run_status),
    "suggest": ("list the themes the keywords suggest for notes, and accept the best matched",
                arguments.suggest_arguments, run_suggest),
    "groups": ("list the stakeholder groups, with their keys and notes", arguments.groups_arguments, run_groups),
    "bin": ("list the notes in the bin, restore them, or empty them for good", arguments.bin_arguments, run_bin),
}


if __name__ == "__main__":
    sys.exit(main())
