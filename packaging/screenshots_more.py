"""The screens screenshots.py does not stage itself: the Dialoger tab's forms, the project's facts and
groups, the bin, the review table's columns, the F1 list, the user's guide and the retention date.
Each is shown on the demo project at the window's size and taken back afterwards."""

from __future__ import annotations

from pathlib import Path


def pause(milliseconds: int, QEventLoop, QTimer) -> None:  # noqa: N803 (the classes, imported late)
    """Let Qt run for a while (screenshots.py uses it too)."""
    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()


def more_screens(window, out: Path, language: str) -> list[Path]:
    from PySide6.QtCore import QEventLoop, QTimer

    from dialog_app.gui.dialogs.dialogue_form import DialogueFormDialog
    from dialog_app.gui.dialogs.groups_dialog import GroupsDialog
    from dialog_app.gui.dialogs.project_facts_dialog import ProjectFactsDialog
    from dialog_app.gui.dialogs.retention_dialog import RetentionDialog
    from dialog_app.gui.dialogs.user_guide import UserGuide
    from dialog_app.gui.review.columns_dialog import ColumnsDialog

    window.session.wait()
    meeting = window.project.dialogues.list()[0].id
    makers = {
        "dialogue-form": lambda: DialogueFormDialog(window.session, meeting, window),
        "groups": lambda: GroupsDialog(window.session, window),
        "project-settings": lambda: ProjectFactsDialog(window.session, window),
        "retention": lambda: RetentionDialog(window.session, window),
        "user-guide": lambda: UserGuide(window, language),
        "columns": lambda: ColumnsDialog(window.review.notes_table, window),
    }
    shots = []
    for name, make in makers.items():
        dialog = make()
        dialog.show()
        pause(600, QEventLoop, QTimer)
        shots.append(out / f"{name}-{language}.png")
        dialog.grab().save(str(shots[-1]))
        dialog.close()
    shots.append(_bin(window, out, language))
    shots.append(_key_help(window, out, language))
    return shots


def _bin(window, out: Path, language: str) -> Path:
    """Edit ▸ Bin… with three notes in it; they are restored afterwards."""
    from dialog_app.gui.dialogs.bin_dialog import BinDialog

    notes = window.project.notes
    binned = [note.id for note in notes.list(limit=3)]
    notes.delete(binned)
    dialog = BinDialog(window.session, window)
    shot = shoot(dialog, lambda: dialog.table.rowCount() >= len(binned), out / f"bin-{language}.png")
    window.project.history.undo()
    return shot


def shoot(dialog, ready, shot: Path) -> Path:
    """Show ``dialog``, wait until ``ready()`` and a moment more, save it to ``shot`` and close it."""
    from PySide6.QtCore import QEventLoop, QTimer

    dialog.show()
    while not ready():
        pause(100, QEventLoop, QTimer)
    pause(300, QEventLoop, QTimer)
    dialog.grab().save(str(shot))
    dialog.close()
    return shot


def _key_help(window, out: Path, language: str) -> Path:
    """F1 over the review tab: every key of the screen."""
    from PySide6.QtCore import QEventLoop, QTimer

    window.tabs.setCurrentWidget(window.review)
    pause(600, QEventLoop, QTimer)
    window.review.table.setFocus()
    window.key_help_action.trigger()
    pause(400, QEventLoop, QTimer)
    shot = out / f"keys-review-{language}.png"
    window.grab().save(str(shot))
    window.key_help_action.trigger()
    pause(200, QEventLoop, QTimer)
    return shot
