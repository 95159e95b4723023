"""The named operations on a project file, each run off the GUI thread.

Opening, restoring a backup, saving a copy and the periodic backup all touch the file itself;
they live here, in one place, and the windows only say when and show what came back.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject

from dialog_app.core import app_settings
from dialog_app.core.errors import ProjectInUseError, ReadOnlyProjectError
from dialog_app.core.project import Project
from dialog_app.core import project_files
from dialog_app.gui.worker import Operation, run_in_background
from dialog_app.gui.write_queue import WriteQueue


@dataclass(frozen=True)
class OpenedProject:
    """What an opening hands to the window: nothing of it needs the database on the GUI thread."""

    project: Project
    title: str
    why_read_only: BaseException | None  # the refusal to edit that made it read-only, if any


def _handed_over(project: Project, path: Path, why: BaseException | None = None) -> OpenedProject:
    """What the window needs besides the project, read here, off the GUI thread."""
    try:
        title = project.title
        app_settings.remember_project(path)
    except BaseException:
        project.close()
        raise
    return OpenedProject(project, title, why)


def open_project(path: Path, on_done: Callable[[OpenedProject], None], on_error: Callable[[BaseException], None],
                 owner: QObject | None = None) -> Operation:
    """Open for editing; where another dialog_app edits it, or it cannot be written here, read-only."""

    def work(_progress) -> OpenedProject:
        try:
            return _handed_over(Project.open(path), path)
        except (ProjectInUseError, ReadOnlyProjectError) as refusal:
            return _handed_over(Project.open(path, read_only=True, quick_check=True), path, refusal)

    return run_in_background(work, on_done, on_error, owner=owner)


def create_project(path: Path, language: str, on_done: Callable[[OpenedProject], None],
                   on_error: Callable[[BaseException], None], owner: QObject | None = None) -> Operation:
    def work(_progress) -> OpenedProject:
        return _handed_over(Project.create(path, language=language), path)

    return run_in_background(work, on_done, on_error, owner=owner)


def build_demo(path: Path, on_done: Callable[[OpenedProject], None], on_error: Callable[[BaseException], None],
               owner: QObject | None = None) -> Operation:
    def work(_progress) -> OpenedProject:
        from dialog_app.demo.build import build_demo as build

        return _handed_over(build(path), path)

    return run_in_background(work, on_done, on_error, owner=owner)


def list_backups(path: Path, on_done: Callable[[list[project_files.Backup]], None],
                 on_error: Callable[[BaseException], None], owner: QObject | None = None) -> Operation:
    return run_in_background(lambda _p: project_files.list_backups(path), on_done, on_error, owner=owner)


def newest_sound_backup(path: Path, on_done: Callable[[project_files.Backup | None], None],
                        on_error: Callable[[BaseException], None], owner: QObject | None = None) -> Operation:
    return run_in_background(lambda _p: project_files.newest_sound_backup(path), on_done, on_error, owner=owner)


def restore_backup(path: Path, backup: Path, on_done: Callable[[project_files.Restored], None],
                   on_error: Callable[[BaseException], None], owner: QObject | None = None) -> Operation:
    """Put ``backup`` in place of the (closed) project at ``path``, after keeping its current state."""
    return run_in_background(lambda _p: project_files.restore(path, backup), on_done, on_error, owner=owner)


def save_copy(project: Project, queue: WriteQueue, target: Path, on_done: Callable[[Path], None],
              on_error: Callable[[BaseException], None], owner: QObject | None = None) -> Operation:
    """On the write queue: the copy holds every note typed before it was asked for."""
    source = project.opened.database_path
    return queue.submit(lambda _p: project_files.save_copy(source, target), on_done, on_error, owner=owner)


def back_up(project: Project, queue: WriteQueue, on_done: Callable[[project_files.Backup | None], None],
            on_error: Callable[[BaseException], None], owner: QObject | None = None) -> Operation:
    """The periodic backup, on the write queue so that no write runs beside it; skipped when the
    newest backup already holds this state."""
    return queue.submit(lambda _p: project.back_up(), on_done, on_error, owner=owner)


def keep_lock_alive(project: Project, on_error: Callable[[BaseException], None],
                    owner: QObject | None = None) -> Operation:
    return run_in_background(lambda _p: project.keep_lock_alive(), None, on_error, owner=owner)
