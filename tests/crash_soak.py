"""Kill the capture path at random and check what a copy of the ``.dialog`` file alone holds.

    python tests/crash_soak.py [--notes 1000] [--kills 50] [--seed N] [--keep FOLDER]

A child (tests/crash_child.py) saves notes through ``project.capture.save``, the path the
capture screen's Enter takes, and prints each note only after ``save`` returned: its promise
that the note was shown as saved. The parent kills it with SIGKILL at a random moment, then at
once, before anything opens the project again, copies the ``.dialog`` file alone (as a person
copying it to a USB stick after the laptop died would) and checks the copy:

* every note the child reported is in the copy, with exactly its text;
* ``check`` passes on the copy;

then opens the real project (which finishes or undoes what the kill cut short), checks that every
reported note is there, and lets the next child go on.

One moment is different, and the script counts it apart: a commit writes its pages into the file
one after another (in about a tenth of a millisecond), after the journal beside the file holds the
old pages. A kill in between leaves the file half old, half new: sound only together with its
``-journal``, which opening applies. No file written in place can avoid this (SQLite's journal and
WAL both exist for it). Such kills are recognised by page 1, which a commit writes first: its
change counter in the file is one past the journal's copy. For them the copy alone is reported
(sound or not), while the real file must still recover completely. The test suite runs a short version (tests/core/store/test_crash_safety.py); this script is
the long one whose figures are in the README. Not a test module: pytest does not collect it.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import select
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))

from dialog_app.core.errors import DialogAppError  # noqa: E402
from dialog_app.core.paths import HOME_ENV  # noqa: E402
from dialog_app.core.project import Project  # noqa: E402
from dialog_app.core.store import integrity  # noqa: E402
from dialog_app.core.store.sidecars import read_journal  # noqa: E402

CHILD = REPO_ROOT / "tests" / "crash_child.py"
GATE_ENV = "CRASH_CHILD_GATE"
READY_TIMEOUT = 60.0
F_SETPIPE_SZ = 1031  # Linux: room for every line a child writes before the kill, unread till then


@dataclass
class Round:
    number: int
    child_seed: int
    delay: float  # seconds of capturing before the kill

    def where(self, seed: int) -> str:
        return f"seed {seed}, round {self.number}, child seed {self.child_seed}, killed at {self.delay * 1000:.0f} ms"


@dataclass
class SoakResult:
    notes: int = 0  # acknowledged over all rounds
    tags: int = 0
    kills: int = 0
    kills_mid_stream: int = 0  # rounds in which the child had acknowledged at least one note
    journal_left: int = 0  # kills after which a -journal (a write under way) lay beside the file
    in_commit: int = 0  # kills while a commit wrote its pages: the journal held synced records
    in_commit_unsound_copies: int = 0  # of those, copies of the file alone that were not sound
    copy_checks: int = 0
    seconds: float = 0.0
    failures: list[str] = field(default_factory=list)
    saved: dict[uuid.UUID, str] = field(default_factory=dict)
    tagged: set[tuple[uuid.UUID, uuid.UUID]] = field(default_factory=set)

    def summary(self, seed: int) -> str:
        return (f"seed {seed}: {self.notes} notes and {self.tags} tags acknowledged, {self.kills} SIGKILLs "
                f"({self.kills_mid_stream} mid-stream, {self.journal_left} with a write under way, "
                f"{self.in_commit} while a commit wrote its pages); {self.copy_checks} copies of the .dialog "
                f"file alone checked, {len(self.failures)} failed; in a commit's page writes "
                f"{self.in_commit_unsound_copies} of {self.in_commit} copies alone were not sound (the file "
                f"with its journal recovered every time); {self.seconds:.1f} s")


def plan(seed: int, kills: int, mean_notes_per_round: float) -> list[Round]:
    rng = random.Random(seed)
    # about 3.5 ms a note here, the child's start included: the kill lands after about
    # mean_notes_per_round notes
    longest = max(0.02, 2 * mean_notes_per_round * 0.0035)
    return [Round(n, rng.randrange(2**32), rng.uniform(0.005, longest)) for n in range(kills)]


def make_project(path: Path) -> uuid.UUID:
    with Project.create(path) as project:
        dialogue = project.dialogues.create("Dialogmöte med civilsamhället")
        for question in ("Vilka hinder finns?", "Vad kan regionen göra?", "Övrigt"):
            project.dialogues.add_question(dialogue.id, question)
    return dialogue.id


def soak(folder: Path, kills: int, notes: int, seed: int, home: Path, lookahead: int = 2) -> SoakResult:
    """Run the rounds; every failure is recorded with its seed and round, none stops the run."""
    path = folder / "soak.dialog"
    dialogue_id = make_project(path)
    rounds = plan(seed, kills, notes / kills)
    env = {**os.environ, HOME_ENV: str(home), GATE_ENV: "1"}
    result = SoakResult()
    started = time.monotonic()
    children: list[subprocess.Popen] = []
    try:
        for current in rounds:
            where = current.where(seed)
            while len(children) <= min(current.number + lookahead, kills - 1):
                children.append(_start_child(path, dialogue_id, rounds[len(children)].child_seed, env))
            child = children[current.number]
            _let_in(child, where)
            time.sleep(current.delay)
            if child.poll() is not None:
                raise RuntimeError(f"{where}: the child ended by itself:\n{child.communicate()[1].decode()}")
            os.kill(child.pid, signal.SIGKILL)
            copy = folder / f"copy-{current.number:03d}.dialog"
            shutil.copyfile(path, copy)  # at once: the file as the kill left it, alone
            journal = read_journal(path)
            result.journal_left += journal is not None
            in_commit = _writing_pages(journal, copy)
            out, err = child.communicate(timeout=30)
            if b"Traceback" in err:
                raise RuntimeError(f"{where}: the child failed before it was killed:\n{err.decode()}")
            saved, tagged = parse(out, where)
            result.kills += 1
            result.kills_mid_stream += bool(saved)
            result.saved.update(saved)
            result.tagged.update(tagged)
            copy_failures = check_copy(copy, result.saved, result.tagged, where)
            result.copy_checks += 1
            if in_commit:
                result.in_commit += 1
                result.in_commit_unsound_copies += bool(copy_failures)
            else:
                result.failures.extend(copy_failures)
            copy.unlink()
            with Project.open(path) as project:  # finishes or undoes what the kill cut short
                result.failures.extend(f"{where}: {f}" for f in notes_missing(project, saved, tagged))
    finally:
        for child in children:
            if child.poll() is None:
                child.kill()
            if not child.stdout.closed:
                child.communicate(timeout=30)
    result.notes, result.tags = len(result.saved), len(result.tagged)
    result.seconds = time.monotonic() - started
    return result


def _writing_pages(journal, copy: Path) -> bool:
    """Had the commit begun writing pages into the file? Page 1, with the change counter, is the
    first it writes: the copy's counter is then one past the journal's copy of page 1."""
    if journal is None or not journal.hot or journal.records == 0:
        return False
    if journal.page_1_change_counter is None:
        return True  # a large write spilling pages before its commit: not the capture path's
    with open(copy, "rb") as handle:
        counter = int.from_bytes(handle.read(28)[24:28], "big")
    return counter != journal.page_1_change_counter


def check_copy(copy: Path, saved: dict[uuid.UUID, str], tagged: set, where: str) -> list[str]:
    """The copy alone: sound, and holding every note acknowledged so far with exactly its text."""
    try:
        failures = [f"{where}: the copy alone fails check: {p}" for p in integrity.check(copy)]
    except DialogAppError as exc:
        failures = [f"{where}: the copy alone is refused: {exc}"]
    try:
        connection = sqlite3.connect(f"{copy.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
        try:
            texts = dict(connection.execute("SELECT id, text FROM note"))
            tags = set(connection.execute("SELECT note_id, theme_id FROM tagging"))
        finally:
            connection.close()
    except sqlite3.Error as exc:
        return [*failures, f"{where}: the copy alone cannot be read: {exc}"]
    missing = [i for i in saved if i.hex not in texts]
    changed = [i for i in saved if i.hex in texts and sha256(texts[i.hex]) != saved[i]]
    lost_tags = [t for t in tagged if (t[0].hex, t[1].hex) not in tags]
    if missing or changed or lost_tags:
        failures.append(f"{where}: the copy alone lacks {len(missing)} saved notes, has {len(changed)} with "
                        f"another text and lacks {len(lost_tags)} saved tags")
    return failures


def notes_missing(project: Project, saved: dict[uuid.UUID, str], tagged: set) -> list[str]:
    found = project.notes.by_ids(list(saved))
    problems = [f"saved note {i} is lost" for i in saved if i not in found]
    problems += [f"saved note {i} has another text" for i, d in saved.items() if i in found and sha256(found[i].text) != d]
    themes = project.tagging.themes_by_note([n for n, _ in tagged])
    problems += [f"tag {t} on {n} is lost" for n, t in tagged if t not in themes.get(n, [])]
    return problems


def parse(out: bytes, where: str) -> tuple[dict[uuid.UUID, str], set[tuple[uuid.UUID, uuid.UUID]]]:
    """The child's promises; each line is one write, so a line cut off by the kill is not trusted."""
    saved: dict[uuid.UUID, str] = {}
    tagged: set[tuple[uuid.UUID, uuid.UUID]] = set()
    for line in out.decode("utf-8").split("\n")[:-1]:
        word, *fields = line.split(" ")
        if word == "SAVED":
            saved[uuid.UUID(fields[0])] = fields[1]
        elif word == "TAGGED":
            tagged.add((uuid.UUID(fields[0]), uuid.UUID(fields[1])))
        else:
            raise RuntimeError(f"{where}: unexpected line from the child: {line!r}")
    return saved, tagged


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _start_child(path: Path, dialogue_id: uuid.UUID, seed: int, env: dict[str, str]) -> subprocess.Popen:
    """Start a child; it imports, then waits at the gate for ``_let_in``."""
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(path), str(dialogue_id), str(seed)],
        cwd=REPO_ROOT, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    if sys.platform.startswith("linux"):
        import fcntl

        try:
            fcntl.fcntl(child.stdout.fileno(), F_SETPIPE_SZ, 1 << 20)
        except OSError:
            pass  # the default 64 KiB still holds a few hundred lines
    return child


def _let_in(child: subprocess.Popen, where: str) -> None:
    """Open the gate and wait until the child has opened the project and is about to capture."""
    try:
        child.stdin.write(b"GO\n")
        child.stdin.flush()
    except BrokenPipeError:
        pass  # it died while importing; its stderr says why, below
    ready, _, _ = select.select([child.stdout], [], [], READY_TIMEOUT)
    first = child.stdout.readline() if ready else b""
    if first != b"READY\n":
        child.kill()
        _, err = child.communicate(timeout=30)
        raise RuntimeError(f"{where}: the child did not get ready ({first!r}):\n{err.decode()}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--notes", type=int, default=1000, help="notes to acknowledge in all (about)")
    parser.add_argument("--kills", type=int, default=50)
    parser.add_argument("--seed", type=int, default=20261205)
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it")
    options = parser.parse_args(argv)
    folder = options.keep or Path(tempfile.mkdtemp(prefix="dialog_app-soak-"))
    folder.mkdir(parents=True, exist_ok=True)
    result = soak(folder, options.kills, options.notes, options.seed, folder / "app-home")
    print(result.summary(options.seed))
    for failure in result.failures:
        print("FAILED:", failure)
    if options.keep is None:
        shutil.rmtree(folder, ignore_errors=True)
    return 1 if result.failures else 0


if __name__ == "__main__":
    sys.exit(main())
