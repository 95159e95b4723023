"""How the small commands open a project: to change it as ``add-note`` does (the writer lock, a
backup unless one was taken in the last minutes, since a script may run many such commands in a
row), or only to read it; what opening found or did is said on stderr either way."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def editing(path: str) -> Iterator:
    from dialog_app.cli import SCRIPTED_BACKUP_INTERVAL, _print_notices as print_notices
    from dialog_app.core.project import Project

    with Project.open(path, backup_unless_within=SCRIPTED_BACKUP_INTERVAL) as project:
        print_notices(project.notices)
        yield project


@contextmanager
def reading(path: str) -> Iterator:
    from dialog_app.cli import _print_notices as print_notices
    from dialog_app.core.project import Project

    with Project.open(path, read_only=True) as project:
        print_notices(project.notices)
        yield project
