"""Backups: made when it matters, kept by a clear rule, listed and restored from the command line."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from dialog_app.core.project import Project
from dialog_app.core.store import backups
from dialog_app.core.store.backups import BackupReason

REPO = Path(__file__).resolve().parents[3]


def run(home: Path, *args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "dialog_app", *map(str, args)], cwd=REPO, capture_output=True,
                          text=True, timeout=120, env={**os.environ, "DIALOG_APP_HOME": str(home)})


@pytest.fixture
def project_file(make_project_file) -> Path:
    path = make_project_file("remiss")
    with Project.open(path) as project:
        meeting = project.dialogues.create("Remissmöte")
        project.notes.add(meeting.id, "Första anteckningen")
    return path


def add_note(path: Path, text: str) -> None:
    with Project.open(path) as project:
        project.notes.add(project.dialogues.list()[0].id, text)


def test_backups_are_listed_newest_first_with_their_note_counts(project_file, app_home):
    add_note(project_file, "Andra anteckningen")
    result = run(app_home, "backups", project_file, "--json")
    listed = json.loads(result.stdout)
    assert result.returncode == 0
    assert [(b["number"], b["notes"], b["reason"]) for b in listed] == [(1, 1, "open"), (2, 0, "open")]
    text = run(app_home, "backups", project_file).stdout.splitlines()
    assert text[0].startswith("  1  ") and "1 notes" in text[0] and "open" in text[0]


def test_restore_puts_a_backup_in_place_after_keeping_the_state_before(project_file, app_home):
    # given a project whose newest backup has one note, and then a second note
    add_note(project_file, "Andra anteckningen")
    # when backup 1 (one note) is restored
    result = run(app_home, "restore", project_file, "1")
    # then the project has one note again, and the state with two notes is itself a backup
    assert result.returncode == 0, result.stderr
    with Project.open(project_file, read_only=True) as project:
        assert [n.text for n in project.notes.list()] == ["Första anteckningen"]
    before = [b for b in backups.list_backups(project_file) if b.reason == "before-restore"]
    assert len(before) == 1 and before[0].notes == 2
    # and restoring that brings the second note back
    assert run(app_home, "restore", project_file, before[0].path).returncode == 0
    with Project.open(project_file, read_only=True) as project:
        assert project.notes.count() == 2


def test_a_damaged_or_foreign_backup_is_refused_and_the_project_kept(project_file, tmp_path, app_home):
    fake = tmp_path / "inte en säkerhetskopia.dialog"
    fake.write_text("Minnesanteckningar", encoding="utf-8")
    before = project_file.read_bytes()
    result = run(app_home, "restore", project_file, fake)
    assert result.returncode == 1 and len(result.stderr.splitlines()) == 1
    assert project_file.read_bytes() == before


def test_restoring_over_a_damaged_project_keeps_its_bytes(project_file, app_home):
    (backup,) = backups.list_backups(project_file)
    damaged = project_file.read_bytes()[:4096] + b"\xff" * (project_file.stat().st_size - 4096)
    project_file.write_bytes(damaged)
    result = run(app_home, "restore", project_file, backup.path)
    assert result.returncode == 0, result.stderr
    assert "damaged file, kept as it was" in result.stdout
    (kept,) = [b for b in backups.list_backups(project_file) if b.reason == "damaged"]
    assert kept.path.read_bytes() == damaged
    with Project.open(project_file, read_only=True) as project:
        assert project.notes.count() == 0  # the state the backup held


def test_a_restore_is_refused_while_the_project_is_open(project_file):
    from dialog_app.core.errors import ProjectInUseError
    from dialog_app.core.store.restoring import restore

    (backup,) = backups.list_backups(project_file)
    with Project.open(project_file):
        with pytest.raises(ProjectInUseError):
            restore(project_file, backup.path)


def test_rotation_keeps_ten_then_a_day_for_a_month_and_the_labelled_ones(project_file, app_home):
    # given a real backup, copied under stamps over the last 40 days, some labelled before-upgrade
    (template,) = backups.list_backups(project_file)
    folder = template.path.parent
    now = datetime(2026, 12, 5, 12, 0, tzinfo=timezone.utc)
    stamps = [now - timedelta(hours=6 * n) for n in range(160)]  # four a day
    for when in stamps:
        reason = BackupReason.UPGRADE if when.day == 20 and when.hour == 0 else BackupReason.PERIODIC
        name = f"remiss-{when.strftime('%Y%m%dT%H%M%S%fZ')}-{reason.value}.dialog"
        shutil.copyfile(template.path, folder / name)
        (folder / (name + ".json")).write_text('{"reason": "x", "notes": 1, "schema_version": 4}')
    template.path.unlink()
    template.path.with_name(template.path.name + ".json").unlink()
    # when the policy runs
    removed = backups.rotate(folder, now=now)
    kept = sorted(b.taken_at for b in backups.list_backups(project_file))
    # then: the newest ten, one a day within the month, the labelled ones of the month; no stray notes
    newest = sorted(stamps, reverse=True)[:10]
    assert set(newest) <= set(kept)
    within = [t for t in kept if now - t <= timedelta(days=30)]
    assert len(kept) == len(within)  # nothing older than a month
    days = {t.astimezone().date() for t in within}
    assert len(days) >= 30
    assert any(t.day == 20 and t.hour == 0 for t in kept)
    assert len(kept) + len(removed) == len(stamps)
    assert not [p for p in folder.glob("*.json") if not p.with_suffix("").exists()]
