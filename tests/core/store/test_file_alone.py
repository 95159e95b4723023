"""The `.dialog` file by itself holds every note the moment its save returns.

With the WAL-mode store a saved note sat only in the `-wal` file until a checkpoint: a copy of the
`.dialog` file taken while capturing lacked the latest notes (57 in one trial).
"""

from __future__ import annotations

import shutil
import sqlite3
import uuid
from pathlib import Path

from dialog_app.core.project import Project
from dialog_app.core.services.capture import Stamp


def texts_in_copy(path: Path, folder: Path) -> set[str]:
    copy = Path(shutil.copyfile(path, folder / f"kopia-{uuid.uuid4().hex[:6]}.dialog"))
    connection = sqlite3.connect(f"{copy.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        return {text for (text,) in connection.execute("SELECT text FROM note")}
    finally:
        connection.close()


def test_a_copy_of_the_file_alone_taken_while_capturing_holds_every_saved_note(tmp_path):
    # given a project open in a meeting
    path = tmp_path / "möte.dialog"
    copies = tmp_path / "usb"
    copies.mkdir()
    with Project.create(path) as project:
        meeting = project.dialogues.create("Dialogmöte med civilsamhället")
        stamp = Stamp(meeting.id)
        saved: list[str] = []
        for number in range(60):
            # when a note is saved (by the capture path, and by the service) and the file is copied at once
            text = f"Anteckning {number}: bredband och e-tjänster"
            if number % 2:
                project.capture.save(stamp, text)
            else:
                project.notes.add(meeting.id, text)
            saved.append(text)
            if number % 10 == 9:
                # then the copy alone holds every note saved so far, and no -wal ever appears
                assert texts_in_copy(path, copies) == set(saved)
                assert not path.with_name(path.name + "-wal").exists()
        # and nothing beside the file grows while it stays open
        assert sorted(p.name for p in tmp_path.iterdir()) == [".möte.dialog.lock", "möte.dialog", "usb"]
