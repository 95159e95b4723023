"""``dialog-app retention PATH [--until YYYY-MM-DD | --clear]``: the date after which a project's
personal data is to be deleted or anonymised (gallring, issue 14), shown, set or cleared from a
script. Setting it opens the project for editing like every writing command (a backup first, the
writer lock held); showing it only reads.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date


def run_retention(options: argparse.Namespace, print_notices: Callable[[list], None]) -> int:
    """``print_notices`` says on stderr what opening found or did, as every command says it."""
    from dialog_app.core.project import Project

    if options.until is None and not options.clear:
        with Project.open(options.path, read_only=True) as project:
            print_notices(project.notices)
            until, due = project.retention.until(), project.retention.due()
        print(_described(options.path, until, due))
        return 0
    wanted = None if options.clear else options.until
    with Project.open(options.path) as project:
        print_notices(project.notices)
        before = project.retention.until()
        project.retention.set_until(wanted)
        due = project.retention.due()
    if wanted == before:
        print(f"{options.path}: unchanged; " + _described(options.path, wanted, due, lead=False))
    elif wanted is None:
        print(f"{options.path}: retention date cleared (it was {before.isoformat()})")
    else:
        print(f"{options.path}: retention date set to {wanted.isoformat()}" + (_passed(wanted) if due else ""))
    return 0


def _described(path: str, until: date | None, due: bool, lead: bool = True) -> str:
    start = f"{path}: " if lead else ""
    if until is None:
        return start + "no retention date"
    return start + f"retain until {until.isoformat()}" + (_passed(until) if due else "")


def _passed(until: date) -> str:
    return f" (passed: the personal data was to be deleted or anonymised after {until.isoformat()})"

