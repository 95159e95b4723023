"""The named operations on a project file, each run off the GUI thread.

Opening, creating, restoring a backup and looking for backups happen while no session holds the
file: they are ``FileOp``s. Saving a copy and the periodic backup run on the open project's write
queue (``WriteOp``s without an undo step), so that no write runs beside them and the copy holds
every note typed before it was asked for. The windows only say when, and show what came back.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from dialog_app.core import app_settings, project_files
from dialog_app.core.errors import ProjectInUseError, ReadOnlyProjectError
from dialog_app.core.project import Project
from dialog_app.core.table_projects import TableProject
from dialog_app.gui.ops import FileOp, ProjectSession, QueryOp, WriteOp


@dataclass(frozen=True)
class OpenedProject:
    """What an opening hands to the window: nothing of it needs the database on the GUI thread."""

    project: Project
    title: str
    why_read_only: BaseException | None  # the refusal to edit that made it read-only, if any
    time_zone: str | None = None  # of the project's meetings: times on screen are shown there


def _handed_over(project: Project, path: Path, why: BaseException | None = None) -> OpenedProject:
    """What the window needs besides the project, read here, off the GUI thread."""
    try:
        title = project.title
        time_zone = project.facts.read().time_zone
        app_settings.remember_project(path)
    except BaseException:
        project.close()
        raise
    return OpenedProject(project, title, why, time_zone)


def open_project(path: Path) -> FileOp[OpenedProject]:
    """Open for editing; where another dialog_app edits it, or it cannot be written here, read-only."""

    def work(_job) -> OpenedProject:
        try:
            return _handed_over(Project.open(path), path)
        except (ProjectInUseError, ReadOnlyProjectError) as refusal:
            return _handed_over(Project.open(path, read_only=True, quick_check=True), path, refusal)

    return FileOp(work)


def create_project(path: Path, language: str) -> FileOp[OpenedProject]:
    return FileOp(lambda _job: _handed_over(Project.create(path, language=language), path))


def build_demo(path: Path) -> FileOp[OpenedProject]:
    def work(_job) -> OpenedProject:
        from dialog_app.demo.build import build_demo as build

        return _handed_over(build(path), path)

    return FileOp(work)


def list_backups(path: Path) -> FileOp[list[project_files.Backup]]:
    return FileOp(lambda _job: project_files.list_backups(path))


def newest_sound_backup(path: Path) -> FileOp[project_files.Backup | None]:
    return FileOp(lambda _job: project_files.newest_sound_backup(path))


def restore_backup(path: Path, backup: Path) -> FileOp[project_files.Restored]:
    """Put ``backup`` in place of the (closed) project at ``path``, after keeping its current state."""
    return FileOp(lambda _job: project_files.restore(path, backup))


def save_copy(session: ProjectSession, target: Path) -> WriteOp[Path]:
    """The whole project as one file at ``target`` (never replacing one)."""
    return WriteOp(session, lambda project, _job: project_files.save_copy(project.opened.database_path, target))


def prepare_tables(session: ProjectSession, planned: list[TableProject]) -> WriteOp[list[Path]]:
    """One copy of the project per table, each labelled with its table (never replacing a file)."""
    return WriteOp(session, lambda project, job: project.prepare_tables(planned, job))


def back_up(session: ProjectSession) -> WriteOp[project_files.Backup | None]:
    """The periodic backup; skipped when the newest backup already holds this state."""
    return WriteOp(session, lambda project, _job: project.back_up())


def keep_lock_alive(session: ProjectSession) -> QueryOp[None]:
    """The writer lock's sign of life, for other computers on a share."""
    return QueryOp(session, lambda project, _job: project.keep_lock_alive())
