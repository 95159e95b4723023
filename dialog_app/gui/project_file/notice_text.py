"""Phrases what opening a project found or did (core/store/opening.py Notice) for the banner."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from dialog_app.core.project_files import LockHolder, Notice, NoticeKind
from dialog_app.gui import formats

translate = QCoreApplication.translate


def describe(notice: Notice) -> str:
    kind = notice.kind
    if kind == NoticeKind.IN_USE_ELSEWHERE:
        return in_use(notice.holder)
    if kind == NoticeKind.READ_ONLY_LOCATION:
        return translate(
            "ProjectNotice",
            "Read-only: this file or its folder cannot be written here (a locked USB stick, a CD or a network "
            "folder you may only read). You can read and export; to edit, save a copy somewhere you may write "
            "(File → Save a copy…) and open that.")
    if kind == NoticeKind.PRIVATE_COPY:
        return translate("ProjectNotice",
                         "What you see was read from a prepared copy; the file itself was not changed.")
    if kind == NoticeKind.UNFINISHED_WRITE_UNDONE:
        return translate(
            "ProjectNotice",
            "dialog_app stopped in the middle of saving last time. That unfinished change was undone; every note "
            "that was shown as saved is in the project.")
    if kind == NoticeKind.OLD_WAL_FINISHED:
        return translate("ProjectNotice",
                         "Changes that an earlier version of dialog_app left beside the file have been written into it.")
    if kind == NoticeKind.SIDECAR_SET_ASIDE:
        return translate(
            "ProjectNotice",
            "A file beside the project belonged to another database or to an earlier copy of this one, and would "
            "have damaged the project. It was not applied; it is kept at %1.").replace("%1", str(notice.path))
    if kind == NoticeKind.STALE_LOCK_TAKEN_OVER:
        return translate(
            "ProjectNotice",
            "The project was still marked as open in dialog_app on the computer %1 (since %2), but that "
            "dialog_app stopped without closing it. The mark was out of date; this window now edits the project.").replace(
            "%1", _computer(notice.holder)).replace("%2", _since(notice.holder))
    if kind == NoticeKind.BACKUP_FAILED:
        return translate(
            "ProjectNotice",
            "The backup made when a project is opened could not be written (is the disk full?). Everything "
            "else works; free some space so that the next backups can be made.")
    if kind == NoticeKind.UPGRADED:
        return translate(
            "ProjectNotice",
            "The project was saved by an older version of dialog_app and has been upgraded. The file as it was is "
            "kept as a backup (File → Restore from backup…).")
    return ""


def in_use(holder: LockHolder | None) -> str:
    if holder is None or not holder.host:
        return translate(
            "ProjectNotice",
            "Read-only: this project is open for editing in another dialog_app window. You can read and export "
            "here; to edit, close it there and choose Try again.")
    if holder.on_this_computer:
        return translate(
            "ProjectNotice",
            "Read-only: this project is open for editing in another dialog_app window on this computer (since %1). "
            "You can read and export here; to edit, close it there and choose Try again.").replace(
            "%1", _since(holder))
    return translate(
        "ProjectNotice",
        "Read-only: %1 has this project open for editing on %2 (since %3). You can read and export here; to "
        "edit, close it there and choose Try again.").replace(
        "%1", holder.user or translate("ProjectNotice", "someone")).replace("%2", holder.host).replace(
        "%3", _since(holder))


def _computer(holder: LockHolder | None) -> str:
    return holder.host if holder is not None and holder.host else translate("ProjectNotice", "this computer")


def _since(holder: LockHolder | None) -> str:
    moment = holder.since_time if holder is not None else None
    if moment is None:
        return "?"
    return formats.date_time(moment)  # the default zone: said also when the project cannot be opened
