"""Handing a meeting out to its tables: one project per table (or laptop), each a copy of the master.

The copies share every id with the master (dialogues, questions, groups, frameworks, themes), so
their notes can later be merged back by id. Each copy knows its table: the capture screen starts
with it, and its title says it. Nothing is ever replaced: when any of the files exists, none is
written; when writing fails half-way, the copies this call made are taken away again.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from dialog_app.core.errors import InvalidValueError, ProjectExistsError
from dialog_app.core.jobs import Job
from dialog_app.core.project_files import save_copy

TABLE_SETTING = "table_label"
MAX_TABLES = 50
SUFFIX = ".dialog"


@dataclass(frozen=True)
class TableProject:
    """One table's project as it will be (or was) written."""

    number: int
    label: str
    path: Path


def plan_tables(master: Path, tables: int, folder: Path, label: str = "Bord %1") -> list[TableProject]:
    """The files a preparation writes: "<master> – <label>.dialog" in ``folder``, one per table.

    ``label`` holds ``%1`` for the table's number ("Bord %1", "Table %1").
    """
    if not 1 <= tables <= MAX_TABLES:
        raise InvalidValueError(f"the number of tables must be from 1 to {MAX_TABLES}, not {tables}")
    if "%1" not in label:
        raise InvalidValueError("the table label must hold %1 where the table's number goes")
    stem = Path(master).stem
    planned = []
    for number in range(1, tables + 1):
        name = label.replace("%1", str(number))
        planned.append(TableProject(number, name, Path(folder) / f"{stem} – {_file_safe(name)}{SUFFIX}"))
    return planned


def prepare_tables(database: Path, planned: list[TableProject], title: str, job: Job | None = None) -> list[Path]:
    """Write each planned table project as a copy of the project at ``database`` (one consistent
    state), labelled with its table and titled "<title> – <label>". Refuses before writing
    anything when one of the files exists."""
    job = job or Job()
    existing = [table.path for table in planned if os.path.lexists(table.path)]
    if existing:
        raise ProjectExistsError(existing[0])
    written: list[Path] = []
    try:
        for done, table in enumerate(planned):
            job.check()
            table.path.parent.mkdir(parents=True, exist_ok=True)
            settings = {TABLE_SETTING: table.label, "title": f"{title} – {table.label}"}
            written.append(save_copy(database, table.path, settings))
            job.report(done + 1, len(planned))
    except BaseException:
        for path in written:  # only the files this call made, which no one has opened yet
            path.unlink(missing_ok=True)
        raise
    return written


def _file_safe(name: str) -> str:
    """A label as a file name part on every system (no slashes, colons or other reserved signs)."""
    cleaned = "".join("-" if sign in '<>:"/\\|?*' or ord(sign) < 32 else sign for sign in name).strip(" .")
    return cleaned or "bord"

