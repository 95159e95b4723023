"""A note shown as saved is in the ``.dialog`` file itself, the moment the call returns.

People copy a project to a USB stick, or attach it to an e-mail, while the app is still open.
They copy the one file they know of. With the WAL-mode store, a saved note lived in the ``-wal``
beside the file until a checkpoint, and such a copy lacked it.
"""

from __future__ import annotations

import os
import shutil
import threading
import uuid
from pathlib import Path

from dialog_app.core.project import Project
from dialog_app.core.services.capture import Stamp
from tests.core.store_fixtures import SIDECAR_SUFFIXES, notes_in, sidecar, sidecars

NOTES = 120
JOURNAL_LIMIT = 64 * 4096  # one note's commit touches a few dozen pages at most


def copy_alone(path: Path, folder: Path, n: int) -> Path:
    """What a person copies to a USB stick: the one file, by its name, nothing beside it."""
    target = folder / f"kopia-{n}.dialog"
    shutil.copyfile(path, target)
    return target


def test_a_note_added_is_in_a_copy_of_the_file_taken_while_the_project_is_open(tmp_path):
    # given a project open for editing, as during a meeting
    path = tmp_path / "Dialogmöte i Sundsvall.dialog"
    usb = tmp_path / "usb"
    usb.mkdir()
    with Project.create(path) as project:
        meeting = project.dialogues.create("Dialogmöte i Sundsvall")
        for n in range(5):
            # when a note is added and the file copied alone right after the call returns
            note = project.notes.add(meeting.id, f"Fråga {n}: hur når vi de som saknar BankID?")
            copy = copy_alone(path, usb, n)
            # then the copy has the note with its text, and nothing lies beside the project
            assert notes_in(copy).get(note.id.hex) == f"Fråga {n}: hur når vi de som saknar BankID?"
            assert sidecars(path) == []


def test_a_note_captured_with_enter_is_in_a_copy_taken_at_once(tmp_path):
    # given the capture screen's path, with a question, a group and a theme on the note
    path = tmp_path / "Workshop.dialog"
    usb = tmp_path / "usb"
    usb.mkdir()
    with Project.create(path) as project:
        meeting = project.dialogues.create("Workshop om öppna data")
        question = project.dialogues.add_question(meeting.id, "Vilka data saknas?")
        group = project.participation.groups()[0]
        framework = project.frameworks.active_framework()
        theme = project.frameworks.themes(framework.id)[0]
        stamp = Stamp(meeting.id, agenda_item_id=question.id, group_id=group.id, table_label="Bord 2")
        saved = {}
        for n in range(5):
            # when a note is saved as Enter saves it, and the file copied alone at once
            note_id = uuid.uuid4()
            text = f"Kollektivtrafikens data, nr {n} 🚌"
            project.capture.save(stamp, text, note_id=note_id, theme_ids=[theme.id])
            saved[note_id.hex] = text
            copy = copy_alone(path, usb, n)
            # then the copy holds every note saved so far, and no -wal appeared
            assert {k: v for k, v in notes_in(copy).items() if k in saved} == saved
            assert sidecars(path) == []
    with Project.open(copy) as copied:
        assert copied.notes.count() == 5
        assert len(copied.tagging.themes_by_note([uuid.UUID(i) for i in saved])) == 5


class SidecarWatch:
    """Looks beside the project, as often as it can, for as long as notes are being added."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.largest = {suffix: -1 for suffix in SIDECAR_SUFFIXES}  # -1: never seen
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)

    def __enter__(self) -> SidecarWatch:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _watch(self) -> None:
        while not self._stop.is_set():
            for suffix in SIDECAR_SUFFIXES:
                try:
                    size = os.path.getsize(sidecar(self.path, suffix))
                except OSError:
                    continue
                self.largest[suffix] = max(self.largest[suffix], size)


def test_no_wal_ever_appears_and_no_file_beside_the_project_grows_with_the_notes(tmp_path):
    # given a project open for a long meeting
    path = tmp_path / "Heldag.dialog"
    with Project.create(path) as project:
        meeting = project.dialogues.create("Heldag om kompetensförsörjning")
        sizes_after_each = []
        # when many notes are added, one by one, while something watches beside the file
        with SidecarWatch(path) as watch:
            for n in range(NOTES):
                project.notes.add(meeting.id, f"Anteckning {n}: " + "kompetens och rekrytering " * 8)
                sizes_after_each.append(sum(os.path.getsize(sidecar(path, s)) for s in SIDECAR_SUFFIXES
                                            if sidecar(path, s).exists()))
        # then no -wal or -shm was ever there; the journal came and went with each commit, small
        assert watch.largest["-wal"] == -1 and watch.largest["-shm"] == -1
        assert watch.largest["-journal"] <= JOURNAL_LIMIT
        assert sizes_after_each == [0] * NOTES
        copy = copy_alone(path, tmp_path, 0)
    assert len(notes_in(copy)) == NOTES
