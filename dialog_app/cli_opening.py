"""How the small commands open a project: to change it as ``add-note`` does (the writer lock, a
backup unless one was taken in the last minutes, since a script may run many such commands in a
row), or only to read it; what opening found or did is said on stderr either way."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta

from dialog_app.cli_guard import PROG

SCRIPTED_BACKUP_INTERVAL = timedelta(minutes=10)  # a script adding notes one by one: not a backup each


@contextmanager
def editing(path: str) -> Iterator:
    from dialog_app.core.project import Project

    with Project.open(path, backup_unless_within=SCRIPTED_BACKUP_INTERVAL) as project:
        print_notices(project.notices)
        yield project


@contextmanager
def reading(path: str) -> Iterator:
    from dialog_app.core.project import Project

    with Project.open(path, read_only=True) as project:
        print_notices(project.notices)
        yield project


def print_notices(notices) -> None:
    """What opening found or did (a crash's unfinished write undone, a foreign file set aside), on stderr."""
    from dialog_app.core.project_files import NoticeKind

    words = {
        NoticeKind.UNFINISHED_WRITE_UNDONE: "a write cut short by a crash was undone; every saved note is kept",
        NoticeKind.OLD_WAL_FINISHED: "changes an earlier dialog_app left beside the file were written into it",
        NoticeKind.SIDECAR_SET_ASIDE: "a file beside the project belonged to another database and was not "
                                      "applied; it is kept at {path}",
        NoticeKind.STALE_LOCK_TAKEN_OVER: "the project was left open by a dialog_app that stopped ({holder}); "
                                          "that lock was stale",
        NoticeKind.UPGRADED: "upgraded from an older format; the file as it was is backed up at {path}",
        NoticeKind.IN_USE_ELSEWHERE: "open for editing by {holder}; read as it is on disk now",
        NoticeKind.READ_ONLY_LOCATION: "the file or its folder cannot be written here",
        NoticeKind.PRIVATE_COPY: "read from a private, prepared copy; the file itself was not changed",
        NoticeKind.BACKUP_FAILED: "the backup on opening could not be written (is the disk full?)",
    }
    for notice in notices:
        print(f"{PROG}: note: " + words[notice.kind].format(path=notice.path, holder=notice.holder), file=sys.stderr)
