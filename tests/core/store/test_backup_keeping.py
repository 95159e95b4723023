"""Backups are taken when they hold something new, are thinned out by age, and copies are whole.

A facilitator who opens a project each morning gets a backup of it as it was, in the app's own
folder; a month of them is kept without filling the disk. A copy to mail is one file, complete.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from dialog_app.core.errors import ProjectExistsError
from dialog_app.core.project import Project
from dialog_app.core.store import backups
from dialog_app.core.store.copying import save_copy
from dialog_app.core.store.identity import read_identity
from tests.core.store_fixtures import fingerprint, listing, noted, notes_in, run, sidecars  # noqa: F401 - noted

NOW = datetime(2025, 11, 20, 12, 0, tzinfo=timezone.utc)


def add_notes(path: Path, *texts: str) -> None:
    with Project.open(path) as project:
        for text in texts:
            project.notes.add(project.dialogues.list()[0].id, text)


def test_opening_backs_up_the_project_as_it_was(noted):
    # given
    path, notes = noted
    mark = read_identity(path).content_mark
    # when
    with Project.open(path) as project:
        taken = project.opened.backup
        project.notes.add(project.dialogues.list()[0].id, "Efter säkerhetskopian")
    # then: the backup holds the file as it was opened, and says so in its note beside it
    assert (taken.reason, taken.notes, taken.mark) == ("open", len(notes), mark)
    assert taken.path.parent == backups.folder_for(path)
    assert notes_in(taken.path) == notes
    note = json.loads(taken.path.with_name(taken.path.name + ".json").read_text(encoding="utf-8"))
    assert (note["reason"], note["notes"], tuple(note["mark"])) == ("open", len(notes), mark)
    assert sidecars(taken.path) == []


def test_opening_an_unchanged_project_takes_no_new_backup(noted):
    # given
    path, _notes = noted
    Project.open(path).close()
    # when
    with Project.open(path) as project:
        again = project.opened.backup
    # then
    assert again is None
    assert len(backups.list_backups(path)) == 1


def test_backing_up_an_open_project_takes_what_is_new_and_only_that(noted):
    # given
    path, notes = noted
    with Project.open(path) as project:
        project.notes.add(project.dialogues.list()[0].id, "Mitt i mötet")
        # when
        periodic = project.back_up()
        unchanged = project.back_up()
        forced = project.back_up(unless_unchanged=False)
    # then
    assert (periodic.reason, periodic.notes) == ("periodic", len(notes) + 1)
    assert "Mitt i mötet" in notes_in(periodic.path).values()
    assert unchanged is None
    assert forced is not None and forced.path != periodic.path
    assert [b.reason for b in backups.list_backups(path)] == ["periodic", "periodic", "open"]


# --- rotation ------------------------------------------------------------------------------------


@pytest.fixture
def swedish_time(monkeypatch):
    """A day is a day in Sweden, where the users are."""
    monkeypatch.setenv("TZ", "Europe/Stockholm")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def fabricate(folder: Path, model: Path, when: datetime, reason: str) -> Path:
    """A copy of a real backup under the name a backup taken ``when`` would have, with its note."""
    stem = folder.name.rsplit("-", 1)[0]
    target = folder / f"{stem}-{when.strftime('%Y%m%dT%H%M%S%fZ')}-{reason}.dialog"
    shutil.copyfile(model, target)
    shutil.copyfile(model.with_name(model.name + ".json"), target.with_name(target.name + ".json"))
    return target


def test_rotation_keeps_ten_then_one_a_day_for_a_month_and_the_ones_before_big_changes(noted, swedish_time):
    # given a backup folder of some weeks' work
    path, _notes = noted
    Project.open(path).close()
    (model,) = backups.list_backups(path)
    folder = model.path.parent
    model.path.rename(folder / "model.dialog")
    (folder / f"{model.path.name}.json").rename(folder / "model.dialog.json")
    model = folder / "model.dialog"
    today = [fabricate(folder, model, NOW - timedelta(minutes=5 * n), "open") for n in range(14)]
    latest_each_day = [fabricate(folder, model, NOW - timedelta(days=d, hours=-1), "open") for d in range(1, 30)]
    earlier_each_day = [fabricate(folder, model, NOW - timedelta(days=d, hours=1), "periodic") for d in range(1, 30)]
    before_changes = [fabricate(folder, model, NOW - timedelta(days=5, hours=2), "before-upgrade"),
                      fabricate(folder, model, NOW - timedelta(days=20, hours=2), "before-restore"),
                      fabricate(folder, model, NOW - timedelta(days=3, hours=2), "damaged")]
    too_old = [fabricate(folder, model, NOW - timedelta(days=d), "open") for d in range(31, 36)]
    too_old.append(fabricate(folder, model, NOW - timedelta(days=40), "before-upgrade"))
    # when
    removed = backups.rotate(folder, now=NOW)
    # then: the newest ten, the newest of each of the last thirty days, the ones before big changes
    kept = today[:10] + latest_each_day + before_changes
    assert sorted(removed) == sorted(today[10:] + earlier_each_day + too_old)
    assert sorted(p.name for p in folder.glob("*-*.dialog")) == sorted(p.name for p in kept)
    assert sorted(p.name for p in folder.glob("*-*.dialog.json")) == sorted(p.name + ".json" for p in kept)


# --- the command line ----------------------------------------------------------------------------


def test_the_backups_command_lists_them_newest_first(noted, app_home):
    # given a project opened on two days' work
    path, notes = noted
    Project.open(path).close()
    add_notes(path, "Andra dagen")
    Project.open(path).close()
    # when
    listed = run(app_home, "backups", "--json", path)
    shown = run(app_home, "backups", path)
    # then
    assert listed.returncode == 0 and shown.returncode == 0
    rows = json.loads(listed.stdout)
    assert [(r["number"], r["reason"], r["notes"]) for r in rows] == [(1, "open", len(notes) + 1),
                                                                     (2, "open", len(notes))]
    assert all(Path(r["path"]).parent == backups.folder_for(path) for r in rows)
    lines = shown.stdout.splitlines()
    assert len(lines) == 2
    assert lines[0].split()[0] == "1" and f"{len(notes) + 1} notes" in lines[0] and rows[0]["path"] in lines[0]


def test_the_backups_command_says_where_they_will_be_when_there_are_none(noted, app_home):
    # given
    path, _notes = noted
    # when
    result = run(app_home, "backups", path)
    # then
    assert result.returncode == 0
    assert result.stdout.strip() == f"No backups of {path} yet (they are kept in {backups.folder_for(path)})"
    assert not backups.folder_for(path).exists()


# --- a copy to mail --------------------------------------------------------------------------------


def test_a_copy_saved_while_the_project_is_open_is_one_whole_file(noted, tmp_path, app_home):
    # given a project open, with a note just added
    path, notes = noted
    target = tmp_path / "till kommunen" / "Dialogmöten (kopia).dialog"
    target.parent.mkdir()
    with Project.open(path) as project:
        project.notes.add(project.dialogues.list()[0].id, "Precis innan kopian")
        # when
        save_copy(project.opened.database_path, target)
    # then: one file, nothing beside it, every note, and it opens as a project of its own
    assert listing(target.parent) == [target.name]
    assert notes_in(target) == notes_in(path) and len(notes_in(target)) == len(notes) + 1
    assert run(app_home, "check", target).returncode == 0
    with Project.open(target) as copy:
        assert copy.notes.count() == len(notes) + 1


def test_a_copy_never_replaces_a_file_that_is_there(noted, tmp_path):
    # given
    path, _notes = noted
    target = tmp_path / "Redan här.dialog"
    target.write_bytes(b"Ett annat dokument")
    before = fingerprint(target)
    # when
    with pytest.raises(ProjectExistsError):
        save_copy(path, target)
    # then
    assert fingerprint(target) == before
    assert listing(tmp_path) == sorted([target.name, path.parent.name])


def test_a_file_made_under_the_name_while_the_copy_is_written_is_kept_and_no_part_is_left(noted, tmp_path,
                                                                                          monkeypatch):
    # given another program that saves a file under the chosen name while the copy is being written
    path, _notes = noted
    target = tmp_path / "ut" / "kopia.dialog"
    target.parent.mkdir()
    link = os.link

    def meanwhile(source, destination):
        Path(destination).write_text("Sparat av ett annat program", encoding="utf-8")
        link(source, destination)

    monkeypatch.setattr(os, "link", meanwhile)
    # when
    with pytest.raises(ProjectExistsError):
        save_copy(path, target)
    # then
    assert target.read_text(encoding="utf-8") == "Sparat av ett annat program"
    assert listing(target.parent) == [target.name]  # no hidden .partial left
