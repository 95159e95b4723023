"""Every way a command can fail ends in one plain sentence and an exit status, never a traceback.

The pipe and encoding cases run the real entry point in a fresh interpreter: what matters there is
what reaches the terminal, down to the interpreter's last flush.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from dialog_app import cli
from dialog_app.core.app_log import FILE_NAME
from dialog_app.core.errors import ProjectAccessError
from dialog_app.core.services.search import SearchService
from dialog_app.core.store.identity import read_identity

LONG_NAME = "a" * 300 + ".dialog"  # more than the 255 bytes a file name may have
NOTE_TEXT = "Anna Berg anna.berg@example.se vill ha fiber till Ramsele"


def cli_env(home: Path, **extra: str) -> dict[str, str]:
    env = {**os.environ, "DIALOG_APP_HOME": str(home), **extra}
    env.pop("DIALOG_APP_DEBUG", None)
    return env


def run(home: Path, *args: object, **env: str) -> subprocess.CompletedProcess[str]:
    """The real entry point; stdout strict, like a UTF-8 desktop locale (the C locale is lenient)."""
    arguments = [a if isinstance(a, bytes) else os.fsencode(str(a)) for a in args]
    return subprocess.run(
        [sys.executable, "-m", "dialog_app", *arguments], capture_output=True, text=True, encoding="utf-8",
        errors="replace", env=cli_env(home, PYTHONIOENCODING="utf-8:strict", **env), timeout=120,
    )


def the_one_line(result: subprocess.CompletedProcess[str], status: int = 1) -> str:
    assert result.returncode == status, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def run_in_process(capsys, *args: object) -> tuple[int, str, str]:
    status = cli.main([str(a) for a in args])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


@pytest.fixture
def no_debug(monkeypatch):
    monkeypatch.delenv("DIALOG_APP_DEBUG", raising=False)


# --- a reader that closes the pipe -------------------------------------------------------------


@pytest.mark.skipif(sys.platform == "win32", reason="a POSIX pipe whose reader has gone")
@pytest.mark.parametrize("limit", [3, 150], ids=["buffered-until-exit", "more-than-a-buffer"])
def test_a_closed_pipe_ends_the_command_quietly(seeded_copy, app_home, limit):
    # given: the reader has already gone, as `| head -1` does once it has its line
    read_end, write_end = os.pipe()
    os.close(read_end)
    # when
    try:
        process = subprocess.run(
            [sys.executable, "-m", "dialog_app", "search", str(seeded_copy), "e", "--limit", str(limit)],
            stdout=write_end, stderr=subprocess.PIPE, env=cli_env(app_home), timeout=120,
        )
    finally:
        os.close(write_end)
    # then: not a word, neither the error nor Python's "Exception ignored" at its last flush
    assert process.stderr.decode() == ""
    assert process.returncode == 1


# --- file names that are not UTF-8, and words that are not ---------------------------------------


posix_bytes_only = pytest.mark.skipif(
    sys.platform in ("win32", "darwin"), reason="needs a file system that takes any bytes in a name"
)


@posix_bytes_only
def test_a_file_name_with_a_byte_that_is_not_utf8_is_created_checked_and_printed(tmp_path, app_home):
    # given: a name holding byte 0xff, as a Latin-1 terminal would type "ÿ"
    path = os.fsencode(tmp_path) + b"/m\xf6te.dialog"
    # when
    created = run(app_home, "new", path)
    checked = run(app_home, "check", path)
    info = run(app_home, "info", path, "--json")
    # then: it works on the real file, and the name is printed with a stand-in for the odd byte
    assert created.returncode == 0, created.stderr
    assert created.stdout.strip() == f"Created {tmp_path}/m\ufffdte.dialog"
    assert os.path.exists(path)
    assert checked.returncode == 0, checked.stderr
    assert checked.stdout.strip().endswith("m\ufffdte.dialog: ok")
    assert info.returncode == 0 and '"notes": 0' in info.stdout


@posix_bytes_only
def test_a_missing_file_with_such_a_name_is_one_readable_line(tmp_path, app_home):
    # when
    result = run(app_home, "info", os.fsencode(tmp_path) + b"/saknas\xff.dialog")
    # then
    line = the_one_line(result)
    assert "saknas\ufffd.dialog: no such file" in line
    assert "\\udc" not in line


@posix_bytes_only
def test_words_that_are_not_utf8_are_a_usage_error(seeded_copy, app_home):
    # when: the query arrives as Latin-1 bytes, "bredbandsstöd"
    result = run(app_home, "search", seeded_copy, b"bredbandsst\xf6d")
    # then
    line = the_one_line(result, status=2)
    assert line.startswith("dialog-app search: error: the query") and "UTF-8" in line


# --- names too long for the file system --------------------------------------------------------


@pytest.mark.parametrize("command", ["new", "demo", "info", "check", "search", "add-note"])
def test_a_file_name_too_long_is_said_in_words(tmp_path, app_home, command):
    # given
    extra = {"search": ["bredband"], "add-note": ["Text", "--dialogue", "x"]}.get(command, [])
    # when
    result = run(app_home, command, tmp_path / LONG_NAME, *extra)
    # then
    line = the_one_line(result)
    assert "the file name is too long" in line
    assert "Errno" not in line and "OSError" not in line


def test_reading_a_file_name_too_long_is_a_typed_access_error(tmp_path):
    # when
    with pytest.raises(ProjectAccessError) as raised:
        read_identity(tmp_path / LONG_NAME)
    # then
    assert raised.value.errno == errno.ENAMETOOLONG
    assert "too long" in str(raised.value)


def test_the_window_given_a_name_too_long_says_so_before_opening(tmp_path, app_home):
    # when: no command, so the window would open this path
    result = run(app_home, tmp_path / LONG_NAME)
    # then
    assert "the file name is too long" in the_one_line(result)


# --- numbers out of range ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "allowed"),
    [
        (["search", "{path}", "bredband", "--limit", str(10**30)], "from 1 to 1000000"),
        (["search", "{path}", "bredband", "--limit", "-1"], "from 1 to 1000000"),
        (["add-note", "{path}", "Text", "--dialogue", "x", "--question", str(10**30)], "from 1 to 10000"),
        (["demo", "{new}", "--notes", str(10**30)], "from 1 to 100000"),
        (["demo", "{new}", "--seed", str(10**30)], "from 0 to 9223372036854775807"),
    ],
    ids=["limit-huge", "limit-negative", "question", "notes", "seed"],
)
def test_a_number_out_of_range_is_a_usage_error_stating_the_range(seeded_copy, tmp_path, app_home, args, allowed):
    # when
    result = run(app_home, *(a.format(path=seeded_copy, new=tmp_path / "new.dialog") for a in args))
    # then
    assert result.returncode == 2, result.stderr
    assert allowed in result.stderr
    assert "Traceback" not in result.stderr and "Overflow" not in result.stderr
    assert not (tmp_path / "new.dialog").exists()


# --- a damaged search index --------------------------------------------------------------------


@pytest.fixture
def damaged_index(seeded_copy) -> Path:
    """A copy of the demo project whose full-text index blocks are overwritten with garbage."""
    connection = sqlite3.connect(seeded_copy)
    rows = connection.execute("SELECT id, length(block) FROM note_fts_data").fetchall()
    garbage = bytes(range(256)) * 64
    for row_id, size in rows:
        connection.execute("UPDATE note_fts_data SET block = ? WHERE id = ?", (garbage[:size], row_id))
    connection.commit()
    connection.close()
    return seeded_copy


def test_a_damaged_search_index_is_named_and_points_to_check(damaged_index, app_home):
    # when
    result = run(app_home, "search", damaged_index, "bredband")
    # then
    line = the_one_line(result)
    assert "the search index in the project file is damaged" in line
    assert f"'dialog-app check {damaged_index}' tells more" in line
    for sqlite_words in ("vtable", "malformed", "sqlite", "SELECT", "note_fts"):
        assert sqlite_words not in line


def test_check_then_tells_more_about_the_damaged_index(damaged_index, app_home):
    # when
    result = run(app_home, "check", damaged_index)
    # then
    assert result.returncode == 1
    assert "the search index is damaged" in result.stderr
    assert "Traceback" not in result.stderr


# --- memory, and everything nobody expected ------------------------------------------------------


def test_running_out_of_memory_is_one_plain_sentence(seeded_copy, monkeypatch, capsys, no_debug):
    # given
    def exhausted(*_args, **_kwargs):
        raise MemoryError

    monkeypatch.setattr(SearchService, "search", exhausted)
    # when
    status, out, err = run_in_process(capsys, "search", seeded_copy, "bredband")
    # then
    assert status == 1 and out == ""
    assert err == "dialog-app: error: not enough memory to finish; close other programs and try again\n"


def test_an_unexpected_failure_is_one_calm_line_pointing_to_the_log(seeded_copy, app_home, monkeypatch, capsys,
                                                                     no_debug):
    # given: a failure whose message holds a note's text and an e-mail address
    def broken(*_args, **_kwargs):
        raise TypeError(NOTE_TEXT)

    monkeypatch.setattr(SearchService, "search", broken)
    # when
    status, out, err = run_in_process(capsys, "search", seeded_copy, "fiber")
    # then
    log_file = app_home / "logs" / FILE_NAME
    assert status == 1 and out == ""
    assert err == (f"dialog-app: error: dialog_app met a problem it did not expect and stopped; "
                   f"the details are in the log file {log_file}\n")
    logged = log_file.read_text(encoding="utf-8")
    assert "TypeError" in logged and "dialog_app.cli" in logged
    assert "anna.berg" not in logged and "Ramsele" not in logged and str(seeded_copy) not in logged


def test_debug_mode_still_shows_the_traceback_to_developers(seeded_copy, monkeypatch, capsys):
    # given
    monkeypatch.setenv("DIALOG_APP_DEBUG", "1")
    monkeypatch.setattr(SearchService, "search", lambda *_a, **_k: 1 / 0)
    # then
    with pytest.raises(ZeroDivisionError):
        cli.main(["search", str(seeded_copy), "fiber"])


def test_a_typed_failure_is_logged_by_its_class_only(tmp_path, app_home):
    # when
    result = run(app_home, "info", tmp_path / "Anna Bergs möten.dialog")
    # then
    assert "no such file" in the_one_line(result)
    logged = (app_home / "logs" / FILE_NAME).read_text(encoding="utf-8")
    assert "failure shown: dialog_app.core.errors.ProjectMissingError" in logged
    assert "Anna" not in logged

