"""What each ``dialog-app`` command accepts: its arguments, their types and their help.

Apart from cli.py, which runs the commands, so that adding a command's options and adding its work
are two small edits in two short files. Imports stay inside the functions that need them: ``info``
and ``check`` must start without the ORM.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

MAX_SEARCH_LIMIT = 1_000_000
MAX_MINUTES = 24 * 60


def score_number(text: str) -> float:
    """An argparse type for a suggestion score: a number from 0 to 1000 ("1.5" or "1,5")."""
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        value = None
    if value is None or not 0 <= value <= 1000:
        raise argparse.ArgumentTypeError(f"must be a number from 0 to 1000, not {text!r}")
    return value


score_number.__name__ = "number"


def whole_number(low: int, high: int) -> Callable[[str], int]:
    """An argparse type for a whole number in ``low..high``: a usage error states the range.

    Unbounded, ``--limit 10**30`` reached SQLite, which takes 64-bit integers only.
    """

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            value = None
        if value is None or not low <= value <= high:
            raise argparse.ArgumentTypeError(f"must be a whole number from {low} to {high}, not {text!r}")
        return value

    parse.__name__ = "whole number"  # what argparse calls the type in its own messages
    return parse


def vocabulary_word(name: str) -> Callable[[str], str]:
    """An argparse type for a word of a vocabulary of core/vocabulary_words.py (``name``: NOTE_KINDS …),
    in Swedish or English; a usage error lists the words."""

    def parse(text: str) -> str:
        from dialog_app.core import vocabulary_words
        from dialog_app.core.errors import InvalidValueError

        try:
            return getattr(vocabulary_words, name).parse(text)
        except InvalidValueError as error:
            raise argparse.ArgumentTypeError(str(error)) from None

    parse.__name__ = name.lower().replace("_", " ")[:-1]
    return parse


def new_arguments(parser: argparse.ArgumentParser) -> None:
    from dialog_app.core.presets import presets

    parser.add_argument("path", help="the project file to create")
    parser.add_argument(
        "--framework", action="append", choices=sorted(presets()), metavar="ID",
        help="a theme framework preset to add (repeatable): " + ", ".join(sorted(presets())),
    )
    parser.add_argument("--language", choices=("sv", "en"), default="sv", help="language of groups and themes")
    parser.add_argument("--title", help="the project's title (default: the file name)")


def demo_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", help="the demo project file to create")
    parser.add_argument("--notes", type=whole_number(1, 100_000), default=150,
                        help="how many notes (1 to 100000, default 150)")
    parser.add_argument("--seed", type=whole_number(0, 2**63 - 1), default=2026,
                        help="random seed, for a repeatable project")


def info_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", help="the project file")
    parser.add_argument("--json", action="store_true", help="print a JSON object")


def prepare_arguments(parser: argparse.ArgumentParser) -> None:
    from dialog_app.core.table_projects import MAX_TABLES

    parser.add_argument("path", help="the master project, with its dialogues, questions, groups and frameworks")
    parser.add_argument("--tables", type=whole_number(1, MAX_TABLES), required=True, metavar="N",
                        help=f"how many table projects to write (1-{MAX_TABLES})")
    parser.add_argument("-o", "--output", required=True, metavar="FOLDER", help="the folder for the table projects")
    parser.add_argument("--label", default="Bord %1",
                        help="each table's label, %%1 standing for its number (default: 'Bord %%1')")


def merge_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", help="the project to merge into (backed up first)")
    parser.add_argument("others", nargs="+", metavar="OTHER", help="projects to bring in; only read")
    parser.add_argument("--dry-run", action="store_true", help="say what a merge would bring in; store nothing")
    parser.add_argument("--json", action="store_true", help="print the report as a JSON object")
    parser.add_argument("--themes", choices=("keep-both", "make-one"),
                        help="when a theme of another file has the name of a theme here but another id: keep both "
                             "themes, or make them one (remembered for the next merge); without it, such a file "
                             "is not merged")


def retention_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", help="the project file")
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--until", type=iso_date, metavar="YYYY-MM-DD",
                       help="the last day the personal data may be kept; from the day after, opening the project "
                            "says it is due")
    which.add_argument("--clear", action="store_true", help="remove the retention date")


def iso_date(text: str):
    """An argparse type for a calendar date written YYYY-MM-DD."""
    from datetime import date

    try:
        if len(text) == 10:
            return date.fromisoformat(text)
    except ValueError:
        pass
    raise argparse.ArgumentTypeError(f"must be a date written YYYY-MM-DD, such as 2027-12-31, not {text!r}")


iso_date.__name__ = "date"  # what argparse calls the type in its own messages


def add_note_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", help="the project file")
    parser.add_argument("--dialogue", required=True, metavar="TITLE_OR_ID", help="the dialogue's title or id")
    parser.add_argument("text", help="what was said")
    parser.add_argument("--group", help="stakeholder group name or key (e.g. Kommun, municipality)")
    parser.add_argument("--kind", type=vocabulary_word("NOTE_KINDS"), default="statement",
                        help="statement (synpunkt), idea (idé), concern (farhåga) or question (fråga)")
    parser.add_argument("--question", type=whole_number(1, 10_000), metavar="N",
                        help="the agenda question, numbered from 1")
    parser.add_argument("--table", metavar="LABEL", help="table or breakout group label")


def search_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", help="the project file")
    parser.add_argument("query", help="words to find; the last may be the start of a word")
    parser.add_argument("--json", action="store_true", help="print a JSON list")
    parser.add_argument("--limit", type=whole_number(1, MAX_SEARCH_LIMIT), default=200,
                        help=f"at most this many notes (1 to {MAX_SEARCH_LIMIT}, default 200)")


def check_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", help="the project file")


def backups_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", help="the project file")
    parser.add_argument("--json", action="store_true", help="print a JSON list")


def restore_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", help="the project file to restore")
    parser.add_argument("backup", help="the backup: its number in 'dialog-app backups PATH' (1 is the newest), "
                                       "or its file")


def export_arguments(parser: argparse.ArgumentParser) -> None:
    from dialog_app.io.export import FORMATS, LANGUAGES

    parser.add_argument("path", help="the project file")
    parser.add_argument("--format", required=True, choices=list(FORMATS), help="what to write")
    parser.add_argument("-o", "--output", required=True, metavar="OUT", help="the file to write")
    parser.add_argument("--lang", choices=LANGUAGES, help="the document's language (default: the project's)")
    parser.add_argument("--include-personal-data", action="store_true",
                        help="do not mask names, e-mail addresses, phone and personal identity numbers")
    parser.add_argument("--all-statuses", action="store_true",
                        help="include every note but the excluded ones, not only the approved ones")
    parser.add_argument("--delimiter", choices=(",", ";"),
                        help="CSV field separator (default: ';' in Swedish, as Swedish Excel reads it, ',' in English)")
    parser.add_argument("--version-label", metavar="TEXT", help="the cover's version label (default: Remissversion)")
    parser.add_argument("--pdfa", action="store_true",
                        help="PDF: write it as PDF/A-2b for the archive too (it is always tagged, PDF/UA)")
    parser.add_argument("--unconfirmed-names", choices=("mask", "keep"),
                        help="possible names found in the text that nobody confirmed or dismissed: mask them, or "
                             "print them as written (default: stop and list them)")


def import_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", help="the project file")
    parser.add_argument("files", nargs="+", metavar="FILE",
                        help="files to import: CSV, TSV, XLSX, DOCX, ODT, TXT, MD, QDPX or QDC")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--dialogue", metavar="TITLE_OR_ID", help="import into this dialogue")
    where.add_argument("--new-dialogue", metavar="TITLE", help="import into a new dialogue with this title")
    parser.add_argument("--sheet", metavar="NAME", help="XLSX: the sheet to read (default: the first)")
    parser.add_argument("--text-column", action="append", metavar="NAME",
                        help="tables: a column holding notes (repeatable: one column per question)")
    parser.add_argument("--question-column", metavar="NAME", help="tables: the column holding each note's question")
    parser.add_argument("--group-column", metavar="NAME", help="tables: the column holding the stakeholder group")
    parser.add_argument("--skip-bad-rows", action="store_true",
                        help="import the rows that can be read and leave out the others (default: import nothing)")
    parser.add_argument("--dry-run", action="store_true", help="say what would be imported; store nothing")


def person_arguments(parser: argparse.ArgumentParser) -> None:
    """One action on one person (cli_person.ACTIONS runs the one given); the group keeps them apart."""
    parser.add_argument("path", help="the project file")
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--find", metavar="NAME",
                        help="show everything the project holds about the person (their full name, and the e-mail "
                             "and phone of their register entries); writes nothing")
    action.add_argument("--erase", metavar="NAME",
                        help="erase the person: their register entries go, every mention of them is replaced by "
                             "'[borttagen person]', and nothing of them is left in the file; no backup is taken")
    action.add_argument("--extract", metavar="NAME",
                        help="write everything the project holds about the person (registerutdrag) as a PDF for them "
                             "to read and as JSON, to -o; writes nothing in the project")
    parser.add_argument("-o", "--output", metavar="OUT",
                        help="with --extract: the PDF to write (the JSON goes beside it), or a folder for both")
    parser.add_argument("--yes", action="store_true", help="erase without asking (needed without a terminal)")
    parser.add_argument("--erase-backups", action="store_true",
                        help="with --erase: also erase the project's backups that still hold the person")
    parser.add_argument("--json", action="store_true", help="with --find: print a JSON object")


# --- dialogues, tags, statuses, suggestions and groups (issue 15) ------------------------------


class _Question(argparse.Action):
    """``--question TEXT``: one more question of the agenda, its minutes not planned (yet)."""

    def __call__(self, parser, namespace, values, option_string=None) -> None:
        questions = getattr(namespace, self.dest) or []
        setattr(namespace, self.dest, [*questions, [values, None]])


class _Minutes(argparse.Action):
    """``--minutes N``: the minutes planned for the ``--question`` just before it."""

    def __call__(self, parser, namespace, values, option_string=None) -> None:
        questions = getattr(namespace, "question", None)
        if not questions or questions[-1][1] is not None:
            parser.error("--minutes follows the --question it plans the time of")
        questions[-1][1] = values


def dialogue_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    add = actions.add_parser("add", help="add a dialogue, with its questions; prints its id and number",
                             description="Add a dialogue, with its questions; prints its id and number.")
    add.add_argument("path", help="the project file")
    add.add_argument("title", help="the dialogue's title")
    _dialogue_facts(add)
    listing = actions.add_parser("list", help="list the dialogues, numbered D1, D2 … in date order, with their "
                                              "questions", description="List the dialogues with their questions.")
    listing.add_argument("path", help="the project file")
    listing.add_argument("--json", action="store_true", help="print a JSON list")
    edit = actions.add_parser("edit", help="change a dialogue's facts, or give its questions anew",
                              description="Change a dialogue's facts, or give its questions anew: the questions "
                                          "given become its agenda, and one given word for word keeps its notes.")
    edit.add_argument("path", help="the project file")
    edit.add_argument("dialogue", metavar="DIALOGUE", help="the dialogue's title, number (D2) or id")
    edit.add_argument("--title", help="a new title")
    _dialogue_facts(edit)
    edit.add_argument("--no-questions", action="store_true", help="remove every question")
    edit.add_argument("--untie-notes", action="store_true",
                      help="let questions that hold notes be removed; their notes stay, without a question")
    delete = actions.add_parser("delete", help="delete a dialogue that holds no notes",
                                description="Delete a dialogue that holds no notes (none in the bin either).")
    delete.add_argument("path", help="the project file")
    delete.add_argument("dialogue", metavar="DIALOGUE", help="the dialogue's title, number (D2) or id")


def _dialogue_facts(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--kind", type=vocabulary_word("DIALOGUE_KINDS"),
                        help="dialogue_meeting (dialogmöte), workshop, network_meeting (nätverksmöte), "
                             "webcast (webbsändning), hearing (remissmöte) or survey_import (enkätimport)")
    parser.add_argument("--status", type=vocabulary_word("DIALOGUE_STATUSES"),
                        help="planned (planerad), running (pågår) or finished (avslutad)")
    parser.add_argument("--starts", metavar="'YYYY-MM-DD HH:MM'",
                        help="when it starts, in the project's time zone unless an offset is given ('' for none)")
    parser.add_argument("--ends", metavar="'YYYY-MM-DD HH:MM'", help="when it ends ('' for none)")
    parser.add_argument("--place", help="where it is held ('' for none)")
    parser.add_argument("--online", action=argparse.BooleanOptionalAction, help="held online (or not)")
    parser.add_argument("--organiser", help="who holds it")
    parser.add_argument("--purpose", help="what it is for")
    parser.add_argument("--question", action=_Question, metavar="TEXT",
                        help="a question of the agenda (repeatable, in order); with edit, the questions given "
                             "replace the agenda")
    parser.add_argument("--minutes", action=_Minutes, type=whole_number(0, MAX_MINUTES), metavar="N",
                        help="the minutes planned for the --question just before it")


def _note_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", help="the project file")
    parser.add_argument("notes", nargs="+", metavar="NOTE",
                        help="a note's reference as the exports print it (D2-017), its id or the first 8 "
                             "characters of it; '-' reads more from standard input, the first word of each line")


def tag_arguments(parser: argparse.ArgumentParser) -> None:
    _note_arguments(parser)
    parser.add_argument("--theme", required=True, metavar="CODE_OR_NAME", help="the theme's code, name or alias")
    parser.add_argument("--framework", metavar="NAME",
                        help="the framework the theme belongs to (default: the active one, then any other)")
    parser.add_argument("--remove", action="store_true", help="take the theme off the notes instead")


def status_arguments(parser: argparse.ArgumentParser) -> None:
    _note_arguments(parser)
    parser.add_argument("status", metavar="STATUS", type=vocabulary_word("NOTE_STATUSES"),
                        help="captured (inmatad), reviewed (granskad), approved (godkänd) or excluded (utesluten)")


def suggest_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", help="the project file")
    parser.add_argument("--framework", metavar="NAME", help="whose themes to suggest (default: the active framework)")
    parser.add_argument("--json", action="store_true", help="print a JSON list")
    parser.add_argument("--accept-above", type=score_number, metavar="SCORE",
                        help="tag the notes with every suggestion whose score is above SCORE (each keyword the note "
                             "holds adds about 1 per word, more the rarer it is in the project); 0 accepts them all")


def groups_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", help="the project file")
    parser.add_argument("--json", action="store_true", help="print a JSON list")


def bin_arguments(parser: argparse.ArgumentParser) -> None:
    """List the bin; or restore, or empty, named notes (cli_bin.py)."""
    parser.add_argument("path", help="the project file")
    action = parser.add_mutually_exclusive_group()
    action.add_argument("--restore", nargs="+", metavar="REF",
                        help="bring these notes back from the bin (D2-017, or a note's id)")
    action.add_argument("--empty", nargs="*", metavar="REF",
                        help="remove these binned notes for good (none named: the whole bin), with their history "
                             "and themes, leaving no byte of their text in the file; no backup is taken")
    parser.add_argument("--yes", action="store_true", help="with --empty: empty without asking (needed without a "
                                                           "terminal)")
    parser.add_argument("--json", action="store_true", help="print the bin as a JSON list")
