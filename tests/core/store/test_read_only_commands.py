"""``info``, ``search``, ``check`` and ``export`` only read: the project is as it was afterwards.

A writer looks into a colleague's project on a shared folder, or one received by mail, and
exports a report from it. None of that may change the file, leave anything beside it, or start
a backup folder; an older file is read as it is, and a crash's journal is left for the app to
finish. And a name that is no file at all (a pipe, a folder, a device) is refused at once.
"""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from dialog_app.core.paths import app_dirs
from dialog_app.core.store.identity import SCHEMA_VERSION
from tests.core.store_fixtures import (
    cut_short, fingerprint, listing, open_in_a_child, project_with_notes, run, schema_1_project,
)

HUNG = 20  # seconds: every refusal here is immediate, so this long means it waited forever


def current(folder: Path) -> tuple[Path, dict]:
    path = folder / "Regional strategi.dialog"
    project_with_notes(path, 12, word="Anteckning")
    return path, {"notes": 12, "schema": SCHEMA_VERSION, "word": "glesbygden", "hits": 12}


def older_schema(folder: Path) -> tuple[Path, dict]:
    path = folder / "våren 2024.dialog"
    schema_1_project(path)
    return path, {"notes": 1, "schema": 1, "word": "fiber", "hits": 1}


def write_cut_short(folder: Path) -> tuple[Path, dict]:
    path = cut_short(folder, name="kraschad")
    return path, {"notes": 50, "schema": SCHEMA_VERSION, "word": "Sparad", "hits": 50}


PROJECTS = [pytest.param(current, id="current"), pytest.param(older_schema, id="schema-1"),
            pytest.param(write_cut_short, id="write-cut-short")]
COMMANDS = ["info", "search", "check", "export-pdf", "export-csv"]


def state(path: Path) -> dict[str, str]:
    """The bytes of every file in the project's folder, by name: the project, and whatever lies beside it."""
    return {name: fingerprint(path.parent / name) for name in listing(path.parent)}


def run_command(home: Path, command: str, path: Path, out: Path, word: str) -> subprocess.CompletedProcess[str]:
    if command == "info":
        return run(home, "info", "--json", path)
    if command == "search":
        return run(home, "search", "--json", "--limit", 1000, path, word)
    if command == "check":
        return run(home, "check", path)
    fmt = command.removeprefix("export-")
    return run(home, "export", path, "--format", fmt, "--all-statuses", "-o", out / f"rapport.{fmt}")


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("make", PROJECTS)
def test_a_reading_command_changes_nothing_and_answers_from_the_file(tmp_path, app_home, make, command):
    # given
    folder, out = tmp_path / "delad mapp", tmp_path / "ut"
    folder.mkdir(parents=True, exist_ok=True)
    out.mkdir()
    path, expected = make(folder)
    before = state(path)
    # when
    result = run_command(app_home, command, path, out, expected["word"])
    # then: the folder holds the same files with the same bytes (no lock, journal or -shm), no
    # backup folder was started, and the answer is the file's own
    assert result.returncode == 0, result.stderr
    assert state(path) == before
    assert not app_dirs().backups.exists()
    if command == "info":
        info = json.loads(result.stdout)
        assert (info["notes"], info["schema_version"]) == (expected["notes"], expected["schema"])
    elif command == "search":
        assert len(json.loads(result.stdout)) == expected["hits"]
    elif command == "check":
        assert result.stdout.strip().endswith(f"{path}: ok")
    else:
        assert f": {expected['notes']} notes from 1 dialogues" in result.stdout
        if command == "export-csv":
            with open(out / "rapport.csv", encoding="utf-8-sig", newline="") as handle:
                assert len(list(csv.reader(handle, delimiter=";"))) == 1 + expected["notes"]
        else:
            assert (out / "rapport.pdf").read_bytes().startswith(b"%PDF")


# --- names that are no project file at all --------------------------------------------------------


def a_pipe(folder: Path) -> Path:
    path = folder / "x.dialog"
    os.mkfifo(path)  # opening it to read would wait for a writer that never comes
    return path


def a_folder(folder: Path) -> Path:
    path = folder / "mapp.dialog"
    path.mkdir()
    return path


def a_device(_folder: Path) -> Path:
    return Path(os.devnull)


def attempt(home: Path, how: str, path: Path, out: Path) -> subprocess.CompletedProcess[str]:
    try:
        if how.startswith("open-"):  # what the window does: open for editing, else read-only
            return open_in_a_child(home, path, read_only=how == "open-read-only", timeout=HUNG)
        args = {"info": ["info", path], "search": ["search", path, "fiber"], "check": ["check", path],
                "export": ["export", path, "--format", "csv", "-o", out / "ut.csv"],
                "add-note": ["add-note", path, "Text", "--dialogue", "Möte"]}[how]
        return run(home, *args, timeout=HUNG)
    except subprocess.TimeoutExpired:
        pytest.fail(f"{how} on {path} hung for {HUNG} s instead of refusing it")


@pytest.mark.skipif(sys.platform == "win32", reason="no named pipes in the file system, nor /dev/null")
@pytest.mark.parametrize("how", ["info", "search", "check", "export", "add-note", "open-edit", "open-read-only"])
@pytest.mark.parametrize("make", [a_pipe, a_folder, a_device], ids=["fifo", "folder", "dev-null"])
def test_a_name_that_is_no_file_is_refused_at_once_in_one_line(tmp_path, app_home, make, how):
    # given
    path = make(tmp_path)
    names = listing(tmp_path)
    # when
    result = attempt(app_home, how, path, tmp_path)
    # then
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    if how.startswith("open-"):
        assert result.stdout.startswith("NotAProjectError ")
    else:
        (line,) = result.stderr.splitlines()
        assert line.startswith("dialog-app: error: ") and "not a dialog_app project" in line
    assert listing(tmp_path) == names
