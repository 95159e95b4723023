"""``dialog-app check`` tells what is wrong in words a facilitator can pass on to IT support.

Whatever is wrong with the file (a damaged page, an index out of step, a view in place of a
table, a reference to nothing, a damaged search index), the answer is a sentence, never SQLite's
own report (``*** in database main ***``, ``btreeInitPage() returns error code 11``).
"""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import struct
from collections.abc import Callable
from pathlib import Path

import pytest

from dialog_app.core.project import Project
from tests.core.store_fixtures import (
    SQLITE_INTERNALS, cut_short, fingerprint, in_words, project_with_notes, run, sidecar,
)

PAGE = 4096


def root_page(path: Path, name: str) -> int:
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        return connection.execute("SELECT rootpage FROM sqlite_schema WHERE name = ?", (name,)).fetchone()[0]
    finally:
        connection.close()


def overwrite(path: Path, page: int, start: int, end: int) -> None:
    """Garbage over part of one page, in place, as a failing disk or a bad copy leaves it."""
    data = bytearray(path.read_bytes())
    at = (page - 1) * PAGE
    data[at + start: at + end] = random.Random(page).randbytes(end - start)
    path.write_bytes(bytes(data))


def a_whole_page_of_notes_overwritten(path: Path) -> None:
    overwrite(path, root_page(path, "note"), 0, PAGE)


def the_cells_of_a_page_of_notes_overwritten(path: Path) -> None:
    root = path.read_bytes()[(root_page(path, "note") - 1) * PAGE:][:12]
    assert root[0] == 0x05, "the note table should span pages, under an interior root page"
    (leaf,) = struct.unpack(">I", root[8:12])  # the right-most child: a leaf with the newest notes
    overwrite(path, leaf, 8, 40)


def an_index_out_of_step(path: Path) -> None:
    """Notes moved to another group while SQLite believed the index covered none of them."""
    connection = sqlite3.connect(path, isolation_level=None)
    (sql,) = connection.execute("SELECT sql FROM sqlite_schema WHERE name = 'ix_note_group'").fetchone()
    connection.execute("PRAGMA writable_schema=ON")
    connection.execute("UPDATE sqlite_schema SET sql = ? WHERE name = 'ix_note_group'", (sql + " WHERE 0",))
    connection.close()
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("UPDATE note SET group_id = (SELECT id FROM stakeholdergroup LIMIT 1) WHERE seq % 3 = 0")
    connection.execute("PRAGMA writable_schema=ON")
    connection.execute("UPDATE sqlite_schema SET sql = ? WHERE name = 'ix_note_group'", (sql,))
    connection.close()


def another_projects_journal_played_in(path: Path) -> None:
    """What a plain SQLite tool does with the crashed journal of another project made the same way
    (tests/core/test_sidecars.py): it plays the other's pages in among this one's."""
    path.unlink()
    with Project.create(path) as project:
        dialogue = project.dialogues.create("Dialogmöte med civilsamhället")
        project.notes.import_many({"dialogue_id": dialogue.id, "text": f"Vår anteckning!!, nr {i}"} for i in range(50))
    crashed = cut_short(path.parent / "theirs", word="Deras anteckning", adding_notes=True)
    shutil.copyfile(sidecar(crashed, "-journal"), sidecar(path, "-journal"))
    connection = sqlite3.connect(path)
    connection.execute("SELECT count(*) FROM sqlite_schema").fetchone()
    connection.close()
    assert not sidecar(path, "-journal").exists()


def a_view_in_place_of_a_table(path: Path) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA foreign_keys=OFF")
    connection.execute("ALTER TABLE tagging RENAME TO tagging_kept")
    connection.execute("CREATE VIEW tagging AS SELECT * FROM tagging_kept")
    connection.close()


def broken_references(path: Path) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("UPDATE tagging SET theme_id = X'00112233445566778899AABBCCDDEEFF' "
                       "WHERE rowid IN (SELECT rowid FROM tagging LIMIT 2)")
    connection.close()


def a_damaged_search_index(path: Path) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    garbage = bytes(range(256)) * 64
    for row_id, size in connection.execute("SELECT id, length(block) FROM note_fts_data").fetchall():
        connection.execute("UPDATE note_fts_data SET block = ? WHERE id = ?", (garbage[:size], row_id))
    connection.close()


DAMAGE = [
    pytest.param(a_whole_page_of_notes_overwritten, "its pages are damaged", id="page-overwritten"),
    pytest.param(the_cells_of_a_page_of_notes_overwritten, "damaged", id="cells-overwritten"),
    pytest.param(an_index_out_of_step, "the index ix_note_group is out of step with its table", id="index"),
    pytest.param(another_projects_journal_played_in, "the key index of note is out of step with its table",
                 id="mixed-pages"),
    pytest.param(a_view_in_place_of_a_table, "did not create, so it is not opened (nothing in them runs): view tagging", id="view"),
    pytest.param(broken_references, "2 rows of tagging refer to a theme that does not exist", id="references"),
    pytest.param(a_damaged_search_index, "the search index is damaged", id="search-index"),
]


@pytest.fixture
def tagged(tmp_path) -> Path:
    """A project of 200 notes, some of them tagged with themes."""
    path = tmp_path / "Länsdialog.dialog"
    project_with_notes(path, 200)
    with Project.open(path) as project:
        themes = project.frameworks.themes(project.frameworks.active_framework().id)
        for note in project.notes.list()[:5]:
            project.tagging.tag([note.id], themes[0].id)
    return path


@pytest.mark.parametrize(("damage", "words"), DAMAGE)
def test_check_says_what_is_wrong_in_words(tagged, app_home, damage: Callable[[Path], None], words: str):
    # given
    damage(tagged)
    before = fingerprint(tagged)
    # when
    result = run(app_home, "check", tagged)
    # then: exit 1, a sentence naming the trouble, none of SQLite's own report; the file unchanged
    assert result.returncode == 1, result.stdout
    assert words in result.stderr
    output = in_words(result.stdout + result.stderr, tagged)
    for internal in SQLITE_INTERNALS:
        assert internal not in output
    assert fingerprint(tagged) == before


def test_a_sound_file_is_ok(tagged, app_home):
    # when
    result = run(app_home, "check", tagged)
    # then
    assert (result.returncode, result.stdout, result.stderr) == (0, f"{tagged}: ok\n", "")


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root may write a read-only file anyway")
def test_a_read_only_file_is_not_called_damaged(tagged, app_home):
    # given a project on a read-only share, as the file system reports it
    os.chmod(tagged, 0o444)
    try:
        # when
        result = run(app_home, "check", tagged)
    finally:
        os.chmod(tagged, 0o644)
    # then
    assert result.returncode == 0, result.stderr
    assert "damaged" not in result.stdout + result.stderr
    assert result.stdout.strip().endswith(f"{tagged}: ok")
