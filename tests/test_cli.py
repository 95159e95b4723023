"""The ``dialog-app`` command as a script user meets it: exit codes, output, and one-line errors."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from dialog_app import cli
from dialog_app.core.project import Project
from dialog_app.core.services.note_filter import NoteFilter
from dialog_app.core.store import database, migrate, pragmas
from dialog_app.core.store.identity import SCHEMA_VERSION

INFO_KEYS = {"dialogues", "notes", "tagged_notes", "themes", "frameworks", "schema_version"}


def run(home: Path, *args: object) -> subprocess.CompletedProcess[str]:
    """Run the real entry point in a fresh interpreter, with its own app folders."""
    env = {**os.environ, "DIALOG_APP_HOME": str(home), "PYTHONUTF8": "1"}
    env.pop("DIALOG_APP_DEBUG", None)
    return subprocess.run(
        [sys.executable, "-m", "dialog_app", *map(str, args)],
        capture_output=True, text=True, encoding="utf-8", env=env, timeout=120,
    )


def assert_one_line_failure(result: subprocess.CompletedProcess[str], *words: str) -> None:
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("dialog-app: error: ")
    for word in words:
        assert word in lines[0]


@pytest.fixture(scope="module")
def demo_130(tmp_path_factory) -> Path:
    """A demo project made by ``dialog-app demo --notes 130``, once for this module; tests copy it."""
    folder = tmp_path_factory.mktemp("cli-demo")
    path = folder / "demo.dialog"
    result = run(folder / "home", "demo", path, "--notes", 130)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"Created {path}")
    return path


@pytest.fixture
def demo_copy(demo_130, tmp_path) -> Path:
    return Path(shutil.copy(demo_130, tmp_path / "demo.dialog"))


def info_json(home: Path, path: Path) -> dict:
    result = run(home, "info", path, "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


# --- new and demo ------------------------------------------------------------------------------


def test_new_creates_a_project_with_the_chosen_frameworks(tmp_path, app_home):
    # given
    path = tmp_path / "strategi.dialog"
    # when
    result = run(app_home, "new", path, "--framework", "se-digital-2017", "--framework", "agenda-2030",
                 "--title", "Regional strategi")
    # then
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Created {path}"
    counts = info_json(app_home, path)
    assert (counts["frameworks"], counts["themes"], counts["notes"]) == (2, 5 + 17, 0)
    with Project.open(path) as project:
        assert project.title == "Regional strategi"
        assert [f.preset_id for f in project.frameworks.frameworks()] == ["se-digital-2017", "agenda-2030"]


def test_new_without_a_framework_gets_the_national_strategy(tmp_path, app_home):
    # when
    result = run(app_home, "new", tmp_path / "plain.dialog")
    # then
    assert result.returncode == 0
    assert info_json(app_home, tmp_path / "plain.dialog")["themes"] == 5


def test_new_refuses_to_overwrite_a_file(tmp_path, app_home):
    # given
    path = tmp_path / "taken.dialog"
    path.write_text("keep me", encoding="utf-8")
    # when
    result = run(app_home, "new", path)
    # then
    assert_one_line_failure(result, "already exists")
    assert path.read_text(encoding="utf-8") == "keep me"


def test_demo_makes_a_realistic_project(demo_130, app_home):
    # when
    counts = info_json(app_home, demo_130)
    # then
    assert counts["dialogues"] >= 3
    assert counts["notes"] == 130
    assert 0.55 <= counts["tagged_notes"] / counts["notes"] <= 0.8  # about two thirds
    assert counts["frameworks"] == 3


def test_the_demo_is_tagged_with_the_national_strategy(demo_copy, app_home):
    # given
    with Project.open(demo_copy) as project:
        national = project.frameworks.active_framework()
        national_themes = frozenset(t.id for t in project.frameworks.themes(national.id))
        # when
        tagged_national = project.notes.count(NoteFilter(theme_ids=national_themes))
        tagged_any = project.summary()["tagged_notes"]
    # then
    assert national.preset_id == "se-digital-2017"
    assert tagged_national == tagged_any


def test_demo_refuses_to_overwrite_a_project(demo_copy, app_home):
    # given
    before = demo_copy.read_bytes()
    # when
    result = run(app_home, "demo", demo_copy, "--notes", 10)
    # then
    assert_one_line_failure(result, "already exists")
    assert demo_copy.read_bytes() == before


@pytest.mark.parametrize("notes", ["0", "-5", "many"])
def test_demo_with_an_impossible_note_count_is_a_usage_error(tmp_path, app_home, notes):
    # when
    result = run(app_home, "demo", tmp_path / "d.dialog", "--notes", notes)
    # then
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "d.dialog").exists()


# --- info --------------------------------------------------------------------------------------


def test_info_json_has_the_documented_keys(demo_130, app_home):
    # when
    counts = info_json(app_home, demo_130)
    # then
    assert INFO_KEYS <= set(counts)
    assert all(isinstance(counts[key], int) for key in INFO_KEYS)
    assert counts["schema_version"] == SCHEMA_VERSION


def test_info_as_text_shows_one_count_a_line(demo_130, app_home):
    # when
    result = run(app_home, "info", demo_130)
    # then
    assert result.returncode == 0
    lines = dict(line.rsplit(None, 1) for line in result.stdout.splitlines())
    assert {name.strip() for name in lines} >= {"dialogues", "notes", "tagged notes", "schema version"}
    assert int(next(v for k, v in lines.items() if k.strip() == "notes")) == 130


# --- add-note and search -----------------------------------------------------------------------


def test_add_note_by_dialogue_title_with_group_and_kind(demo_copy, app_home):
    # given
    with Project.open(demo_copy) as project:
        dialogue = project.dialogues.list()[0]
    # when
    result = run(app_home, "add-note", demo_copy, "--dialogue", dialogue.title.upper(),
                 "Fler laddstolpar vid bygdegårdarna", "--group", "Kommun", "--kind", "idea")
    # then
    assert result.returncode == 0, result.stderr
    note_id = uuid.UUID(result.stdout.strip())
    with Project.open(demo_copy) as project:
        note = project.notes.get(note_id)
        assert note.text == "Fler laddstolpar vid bygdegårdarna"
        assert note.dialogue_id == dialogue.id and note.kind == "idea"
        assert note.group_id == project.participation.find_group("municipality").id
        assert project.notes.count() == 131


def test_add_note_by_dialogue_id_to_an_agenda_question(demo_copy, app_home):
    # given
    with Project.open(demo_copy) as project:
        dialogue = project.dialogues.list()[-1]
        second_question = project.dialogues.agenda(dialogue.id)[1]
    # when
    result = run(app_home, "add-note", demo_copy, "Öppna data från kommunerna", "--dialogue", dialogue.id,
                 "--question", 2, "--group", "youth", "--kind", "question", "--table", "Bord 3")
    # then
    assert result.returncode == 0, result.stderr
    with Project.open(demo_copy) as project:
        note = project.notes.get(result.stdout.strip())
        assert (note.dialogue_id, note.agenda_item_id) == (dialogue.id, second_question.id)
        assert (note.kind, note.table_label) == ("question", "Bord 3")


def test_search_json_lists_the_matching_notes(demo_copy, app_home):
    # given
    with Project.open(demo_copy) as project:
        dialogue = project.dialogues.list()[0]
        note = project.notes.add(dialogue.id, "Kvantdatorer på Mittuniversitetet")
    # when
    result = run(app_home, "search", demo_copy, "kvantdat", "--json")
    # then
    assert result.returncode == 0, result.stderr
    hits = json.loads(result.stdout)
    assert hits == [
        {"id": str(note.id), "text": "Kvantdatorer på Mittuniversitetet", "dialogue": dialogue.title,
         "dialogue_id": str(dialogue.id)}
    ]


def test_search_json_with_no_match_is_an_empty_list(demo_copy, app_home):
    # when
    result = run(app_home, "search", demo_copy, "xyzzyqwerty", "--json")
    # then
    assert result.returncode == 0
    assert json.loads(result.stdout) == []


def test_search_as_text_prints_one_note_a_line(demo_copy, app_home):
    # given
    with Project.open(demo_copy) as project:
        dialogue = project.dialogues.list()[0]
        project.notes.add(dialogue.id, "Rad ett om\nsolceller\n\noch rad tre")
    # when
    result = run(app_home, "search", demo_copy, "solcell")
    # then
    assert result.returncode == 0
    (line,) = result.stdout.splitlines()
    assert line.endswith(f"[{dialogue.title}]  Rad ett om solceller och rad tre")


def test_search_respects_the_limit(demo_copy, app_home):
    # when
    hits = json.loads(run(app_home, "search", demo_copy, "e", "--json", "--limit", 3).stdout)
    # then
    assert len(hits) == 3
    assert all({"id", "text", "dialogue"} <= set(hit) for hit in hits)


# --- check -------------------------------------------------------------------------------------


def test_check_passes_a_sound_project(demo_130, app_home):
    # when
    result = run(app_home, "check", demo_130)
    # then
    assert result.returncode == 0
    assert result.stdout.strip() == f"{demo_130}: ok"
    assert result.stderr == ""


def test_check_fails_a_project_whose_search_index_is_out_of_step(demo_copy, app_home):
    # given: another tool removed index rows behind the app's back
    connection = sqlite3.connect(demo_copy, isolation_level=None)
    connection.execute("DELETE FROM note_fts WHERE rowid IN (SELECT seq FROM note LIMIT 5)")
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    # when
    result = run(app_home, "check", demo_copy)
    # then
    assert result.returncode == 1
    assert "search index" in result.stderr
    assert "Traceback" not in result.stderr


def test_check_fails_a_project_with_broken_references(demo_copy, app_home):
    # given: a tagging whose theme is gone, written without foreign keys
    connection = sqlite3.connect(demo_copy, isolation_level=None)
    connection.execute("PRAGMA foreign_keys=OFF")
    connection.execute("UPDATE tagging SET theme_id = X'00112233445566778899AABBCCDDEEFF' "
                       "WHERE rowid IN (SELECT rowid FROM tagging LIMIT 2)")
    connection.close()
    # when
    result = run(app_home, "check", demo_copy)
    # then
    assert result.returncode == 1
    assert "2 rows of tagging refer to a theme that does not exist" in result.stderr


# --- usage errors and expected failures --------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["info"],
        ["info", "x.dialog", "--bogus"],
        ["search", "x.dialog"],
        ["add-note", "x.dialog", "text"],  # --dialogue is required
        ["add-note", "x.dialog", "text", "--dialogue", "d", "--kind", "rant"],
        ["new", "x.dialog", "--framework", "no-such-preset"],
        ["search", "x.dialog", "q", "--limit", "many"],
        ["--bogus"],
    ],
    ids=lambda args: " ".join(args),
)
def test_usage_errors_exit_with_2(tmp_path, app_home, args):
    # when
    result = run(app_home, *args)
    # then
    assert result.returncode == 2
    assert "usage:" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "x.dialog").exists()


def missing(folder: Path, _demo: Path) -> Path:
    return folder / "missing.dialog"


def foreign(folder: Path, _demo: Path) -> Path:
    path = folder / "foreign.dialog"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE t (x)")
    connection.close()
    return path


def newer(folder: Path, demo: Path) -> Path:
    path = Path(shutil.copy(demo, folder / "newer.dialog"))
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    connection.close()
    return path


def damaged(folder: Path, demo: Path) -> Path:
    path = folder / "damaged.dialog"
    path.write_bytes(demo.read_bytes()[:20000])
    return path


def text(folder: Path, _demo: Path) -> Path:
    path = folder / "notes.dialog"
    path.write_text("Inte ett projekt\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("command", [["info"], ["check"], ["search", "fiber"], ["add-note", "x", "--dialogue", "y"]],
                         ids=lambda c: c[0])
@pytest.mark.parametrize(
    ("make", "words"),
    [
        (missing, ["no such file"]),
        (foreign, ["not a dialog_app project"]),
        (text, ["not a dialog_app project"]),
        (newer, ["newer version"]),
        (damaged, ["damaged"]),
    ],
    ids=lambda v: v.__name__ if callable(v) else "",
)
def test_expected_failures_print_one_line_and_exit_with_1(tmp_path, demo_130, app_home, command, make, words):
    # given
    path = make(tmp_path, demo_130)
    before = path.read_bytes() if path.exists() else None
    # when
    result = run(app_home, command[0], path, *command[1:])
    # then
    assert_one_line_failure(result, str(path), *words)
    assert result.stdout == ""
    assert (path.read_bytes() if path.exists() else None) == before


def test_an_unknown_dialogue_is_one_line_and_exit_1(demo_copy, app_home):
    # when
    result = run(app_home, "add-note", demo_copy, "Text", "--dialogue", "Inget sådant möte")
    # then
    assert_one_line_failure(result, "no dialogue", "Inget sådant möte")


def test_a_question_number_outside_the_agenda_is_one_line_and_exit_1(demo_copy, app_home):
    # given
    with Project.open(demo_copy) as project:
        dialogue = project.dialogues.list()[0]
    # when
    result = run(app_home, "add-note", demo_copy, "Text", "--dialogue", dialogue.id, "--question", 99)
    # then
    assert_one_line_failure(result, "questions")


def test_a_locked_project_is_one_line_and_exit_1(demo_copy, monkeypatch, capsys):
    # given: a short busy timeout, and another program holding the write lock
    monkeypatch.setattr(
        pragmas, "CONNECTION_PRAGMAS",
        tuple("PRAGMA busy_timeout=200" if p.startswith("PRAGMA busy_timeout") else p
              for p in pragmas.CONNECTION_PRAGMAS),
    )
    for module in (pragmas, database, migrate):
        monkeypatch.setattr(module, "BUSY_TIMEOUT_MS", 200)
    with Project.open(demo_copy) as project:
        dialogue = project.dialogues.list()[0]
    other = sqlite3.connect(demo_copy, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        # when
        status = cli.main(["add-note", str(demo_copy), "Text", "--dialogue", str(dialogue.id)])
    finally:
        other.execute("ROLLBACK")
        other.close()
    # then
    captured = capsys.readouterr()
    assert status == 1
    assert captured.out == ""
    (line,) = captured.err.splitlines()
    assert line.startswith("dialog-app: error: ") and "busy in another program" in line


# --- what the command line loads ---------------------------------------------------------------


def modules_loaded_by(home: Path, args: list[str]) -> dict[str, bool]:
    code = (
        "import sys\n"
        "from dialog_app.cli import main\n"
        f"status = main({args!r})\n"
        "print('LOADED', status, 'PySide6' in sys.modules, 'sqlalchemy' in sys.modules)\n"
    )
    env = {**os.environ, "DIALOG_APP_HOME": str(home)}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    last = result.stdout.strip().splitlines()[-1].split()
    assert last[0] == "LOADED" and last[1] == "0", result.stdout + result.stderr
    return {"PySide6": last[2] == "True", "sqlalchemy": last[3] == "True"}


@pytest.mark.parametrize(
    ("args", "orm_allowed"),
    [(["info", "{path}"], False), (["info", "--json", "{path}"], False), (["check", "{path}"], False),
     (["search", "{path}", "fiber"], True)],
    ids=["info", "info-json", "check", "search"],
)
def test_quick_commands_never_load_qt(demo_130, app_home, args, orm_allowed):
    # when
    loaded = modules_loaded_by(app_home, [a.format(path=demo_130) for a in args])
    # then
    assert loaded["PySide6"] is False
    if not orm_allowed:
        assert loaded["sqlalchemy"] is False
