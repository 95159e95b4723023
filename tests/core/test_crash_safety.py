"""Nothing shown as saved is lost when the app is killed: the issue's "no save button" promise.

A child process (tests/crash_child.py) captures notes through ``project.capture.save``, the single
path the capture screen uses when Enter is pressed, and reports each note on stdout only after
``save`` has returned, i.e. when the screen would show it as saved. It also edits votes and tags
notes now and then, so that kills land inside other write transactions too. The parent kills it
with SIGKILL at a random moment, many times over on the same file, and after every kill checks:

* the project opens (a WAL file left behind by the kill is normal; opening recovers it);
* every note the child reported as saved is there, with exactly its text (sha256), and every tag
  it reported is there;
* ``integrity.check`` finds nothing wrong (SQLite's checks, references, the search index);
* full-text search finds a sample of the saved notes.

At the end every note saved over all rounds is checked again, and ``dialog-app check`` (the real
command line) must pass. A SIGKILL leaves the operating system's caches intact, so this proves the
app's side of the promise (a note is committed in one transaction before ``save`` returns, and no
half-written transaction survives); ``synchronous=FULL`` (tests/core/test_pragmas_and_schema.py)
carries it on to a pulled plug. The random seed is in every failure message: set CRASH_TEST_SEED
to replay a run's choices (the kill moments themselves depend on timing).
"""

from __future__ import annotations

import hashlib
import os
import random
import select
import shutil
import signal
import sqlite3
import struct
import subprocess
import sys
import time
import unicodedata
import uuid
from pathlib import Path

import pytest

from dialog_app.core.paths import HOME_ENV
from dialog_app.core.project import Project
from dialog_app.core.store import integrity
from dialog_app.core.store.identity import read_identity

pytestmark = pytest.mark.skipif(
    sys.platform == "win32", reason="needs SIGKILL to kill the child abruptly; Windows has none"
)

REPO_ROOT = Path(__file__).resolve().parents[2]
CHILD = REPO_ROOT / "tests" / "crash_child.py"
LOOKAHEAD = 2  # children started ahead of their round, importing while the current one captures
GATE_ENV = "CRASH_CHILD_GATE"  # set: the child waits for a line on stdin before opening the project
ROUNDS = 40
MIN_DELAY, MAX_DELAY = 0.010, 0.400  # how long the child captures before it is killed, seconds
READY_TIMEOUT = 60.0
SEARCH_SAMPLE = 5  # saved notes searched for after every kill
SEED = int(os.environ.get("CRASH_TEST_SEED", "20240611"))
F_SETPIPE_SZ = 1031  # Linux: room for every line a child writes before the kill, unread till then


def test_every_note_reported_as_saved_survives_sigkill(tmp_path: Path, app_home: Path) -> None:
    rng = random.Random(SEED)
    plan = [(rng.randrange(2**32), rng.uniform(MIN_DELAY, MAX_DELAY)) for _ in range(ROUNDS)]
    path = tmp_path / "crash.dialog"
    with Project.create(path) as project:
        dialogue = project.dialogues.create("Dialogmöte med civilsamhället")
        for question in ("Vilka hinder finns?", "Vad kan regionen göra?", "Övrigt"):
            project.dialogues.add_question(dialogue.id, question)
    # A child takes longer to import than it captures: the next ones start early and wait at the
    # gate, before they touch the file, until the rounds before theirs are killed and checked.
    env = {**os.environ, HOME_ENV: str(app_home), GATE_ENV: "1"}

    saved: dict[uuid.UUID, str] = {}  # note id -> sha256 of its text, over all rounds
    tagged: set[tuple[uuid.UUID, uuid.UUID]] = set()
    rounds_with_output = 0
    wal_left_behind = 0
    started = time.monotonic()
    children: list[subprocess.Popen] = []
    try:
        for round_no, (child_seed, delay) in enumerate(plan):
            where = f"seed {SEED}, round {round_no}, child seed {child_seed}, killed at {delay * 1000:.0f} ms"
            while len(children) <= min(round_no + LOOKAHEAD, ROUNDS - 1):
                children.append(_start_child(path, dialogue.id, plan[len(children)][0], env))
            child = children[round_no]
            _let_in(child, where)
            time.sleep(delay)
            if child.poll() is not None:
                pytest.fail(f"{where}: the child ended by itself:\n{child.communicate()[1].decode()}")
            os.kill(child.pid, signal.SIGKILL)
            out, err = child.communicate(timeout=30)  # everything it printed before it died
            assert child.returncode == -signal.SIGKILL, where

            assert b"Traceback" not in err, f"{where}: the child failed before it was killed:\n{err.decode()}"
            round_saved, round_tagged = _parse(out, where)
            rounds_with_output += bool(round_saved)
            saved.update(round_saved)
            tagged.update(round_tagged)
            wal_left_behind += _wal(path).exists()

            # After a crash the user may first run `dialog-app check`, or first open the app:
            # both must meet the file exactly as the kill left it, so alternate which comes first.
            if round_no % 2:
                assert integrity.check(path) == [], where
            with Project.open(path) as project:
                _assert_notes_intact(project, round_saved, round_tagged, where)
                _assert_search_finds(project, round_saved, rng, where)
            assert integrity.check(path) == [], where
    finally:  # an assertion failed, or all went well: leave nothing running either way
        for child in children:
            if child.poll() is None:
                child.kill()
            if not child.stdout.closed:  # not yet read: reap it and close its pipes
                child.communicate(timeout=30)

    with Project.open(path) as project:
        _assert_notes_intact(project, saved, tagged, f"seed {SEED}, after all rounds")
    cli = subprocess.run(
        [sys.executable, "-m", "dialog_app", "check", str(path)],
        cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=120,
    )
    assert cli.returncode == 0, f"seed {SEED}: dialog-app check failed:\n{cli.stdout}\n{cli.stderr}"

    elapsed = time.monotonic() - started
    summary = (
        f"seed {SEED}: {len(saved)} notes and {len(tagged)} tags saved in {ROUNDS} rounds, "
        f"{rounds_with_output} rounds killed mid-stream, {wal_left_behind} left a WAL, {elapsed:.1f} s"
    )
    print(summary)
    assert len(saved) > 200, f"too few notes saved to prove anything; {summary}"
    assert rounds_with_output >= ROUNDS * 3 // 4, f"most kills must land while saving; {summary}"


def test_a_kill_in_the_middle_of_a_checkpoint_leaves_a_file_that_opens_and_passes_check(
    tmp_path: Path,
) -> None:
    """A checkpoint copies the WAL into the file in page order: page 1, which holds the grown page
    count, lands before the pages that grow the file. A kill (or a power cut) in between leaves a
    file shorter than its header says, with every page still in the WAL: sound, and SQLite finishes
    the copy on the next open. The random kills above land there only rarely; this builds the
    state exactly. (It was refused as "damaged (the file is truncated)" by open and check alike.)
    """
    path = tmp_path / "checkpointing.dialog"
    with Project.create(path) as project:
        dialogue = project.dialogues.create("Dialogmöte med civilsamhället")
    pinned = sqlite3.connect(path)  # a read transaction on the bare file: no frame is copied back
    pinned.execute("BEGIN")
    pinned.execute("SELECT count(*) FROM note").fetchone()
    crashed = tmp_path / "crashed.dialog"
    try:
        with Project.open(path) as project:
            project.notes.import_many(
                {"dialogue_id": dialogue.id, "text": f"Fler mötesplatser, nr {i}. " * 30} for i in range(500)
            )
            shutil.copy(path, crashed)  # the files as a kill would leave them
            shutil.copy(_wal(path), _wal(crashed))
    finally:
        pinned.close()
    page_size, page_1 = _last_page_1_in_wal(_wal(crashed))
    with crashed.open("r+b") as handle:
        handle.write(page_1)  # the checkpoint's first write; then the kill
    (header_pages,) = struct.unpack(">I", page_1[28:32])
    assert header_pages * page_size > crashed.stat().st_size, "the file must look truncated"

    read_identity(crashed)  # no DamagedProjectError
    assert integrity.check(crashed) == []
    with Project.open(crashed) as project:
        assert project.notes.count() == 500
        assert len(project.search.search("mötesplatser nr 499", limit=None)) == 1
    assert integrity.check(crashed) == []


def _wal(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def _last_page_1_in_wal(wal: Path) -> tuple[int, bytes]:
    """The newest copy of page 1 in a WAL file (32-byte header, then 24-byte frame headers)."""
    data = wal.read_bytes()
    (page_size,) = struct.unpack(">I", data[8:12])
    page_1 = None
    for offset in range(32, len(data) - 24 - page_size + 1, 24 + page_size):
        if struct.unpack(">I", data[offset : offset + 4]) == (1,):
            page_1 = data[offset + 24 : offset + 24 + page_size]
    assert page_1 is not None, "the WAL holds no copy of page 1"
    return page_size, page_1


def _start_child(path: Path, dialogue_id: uuid.UUID, seed: int, env: dict[str, str]) -> subprocess.Popen:
    """Start a child; it imports, then waits at the gate for ``_let_in``."""
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(path), str(dialogue_id), str(seed)],
        cwd=REPO_ROOT, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    _widen_pipe(child.stdout.fileno())
    return child


def _let_in(child: subprocess.Popen, where: str) -> None:
    """Open the gate and wait until the child has opened the project and is about to capture."""
    try:
        child.stdin.write(b"GO\n")
        child.stdin.flush()  # communicate() closes it later
    except BrokenPipeError:
        pass  # it died while importing; its stderr says why, below
    ready, _, _ = select.select([child.stdout], [], [], READY_TIMEOUT)
    first = child.stdout.readline() if ready else b""
    if first != b"READY\n":
        child.kill()
        _, err = child.communicate(timeout=30)
        pytest.fail(f"{where}: the child did not get ready ({first!r}):\n{err.decode()}")


def _widen_pipe(fd: int) -> None:
    """Best effort: a child must never block on a full pipe while the parent sleeps."""
    if sys.platform.startswith("linux"):
        import fcntl

        try:
            fcntl.fcntl(fd, F_SETPIPE_SZ, 1 << 20)
        except OSError:
            pass  # the default 64 KiB still holds a few hundred lines


def _parse(out: bytes, where: str) -> tuple[dict[uuid.UUID, str], set[tuple[uuid.UUID, uuid.UUID]]]:
    """The child's promises. Each line is one write, so none is cut off; a cut one is not trusted."""
    saved: dict[uuid.UUID, str] = {}
    tagged: set[tuple[uuid.UUID, uuid.UUID]] = set()
    complete = out.decode("utf-8").split("\n")[:-1]  # anything after the last newline is partial
    for line in complete:
        word, *fields = line.split(" ")
        if word == "SAVED":
            note_id, digest = fields
            saved[uuid.UUID(note_id)] = digest
        elif word == "TAGGED":
            tagged.add((uuid.UUID(fields[0]), uuid.UUID(fields[1])))
        else:
            pytest.fail(f"{where}: unexpected line from the child: {line!r}")
    return saved, tagged


def _assert_notes_intact(
    project: Project,
    saved: dict[uuid.UUID, str],
    tagged: set[tuple[uuid.UUID, uuid.UUID]],
    where: str,
) -> None:
    found = project.notes.by_ids(list(saved))
    missing = [str(i) for i in saved if i not in found]
    assert not missing, f"{where}: {len(missing)} of {len(saved)} saved notes are lost: {missing[:5]}"
    changed = [str(i) for i, digest in saved.items() if _sha256(found[i].text) != digest]
    assert not changed, f"{where}: {len(changed)} saved notes have another text: {changed[:5]}"
    themes = project.tagging.themes_by_note([note_id for note_id, _ in tagged])
    lost_tags = [(str(n), str(t)) for n, t in tagged if t not in themes.get(n, [])]
    assert not lost_tags, f"{where}: {len(lost_tags)} tags reported as saved are lost: {lost_tags[:5]}"


def _assert_search_finds(
    project: Project, saved: dict[uuid.UUID, str], rng: random.Random, where: str
) -> None:
    notes = project.notes.by_ids(list(saved))
    candidates = sorted(saved, key=str)
    for note_id in rng.sample(candidates, min(SEARCH_SAMPLE, len(candidates))):
        text = notes[note_id].text
        words = [w for w in text.split() if len(w) >= 3 and all(_is_letter(c) for c in w)]
        if not words:
            continue  # nothing the index takes for a word, e.g. only emoji and markup
        query = " ".join(rng.sample(words, min(2, len(words))))
        hits = {hit.id for hit in project.search.search(query, limit=None)}
        assert note_id in hits, f"{where}: searching {query!r} does not find saved note {note_id}"


def _is_letter(char: str) -> bool:
    return unicodedata.category(char)[0] in "LM"


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
