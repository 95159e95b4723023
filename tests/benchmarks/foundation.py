"""Foundation benchmark: the store against raw sqlite3 doing the same work, in the same run.

    python tests/benchmarks/foundation.py [--sizes 1000 10000 100000] [--adds 300]

Builds demo projects of each size in a temporary folder and prints, per size, the median and p99
of: adding and committing one note, a full-text search, opening the project, and `dialog-app info`
(a fresh process) — each beside a raw-sqlite3 baseline and the ratio. Figures, not assertions:
the machine's speed varies, the ratios say what the app's layers cost.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from dialog_app.core.paths import HOME_ENV  # noqa: E402
from dialog_app.core.project import Project  # noqa: E402
from dialog_app.core.store.pragmas import connect  # noqa: E402
from dialog_app.demo.build import build_demo  # noqa: E402

QUERIES = ("bredband", "digital kompetens", "bibliotek", "säker", "utanförskap äldre", "ai", "fiber*", "mål")
RAW_SEARCH = (
    "SELECT n.id, n.text, n.dialogue_id, d.title FROM note AS n JOIN dialogue AS d ON d.id = n.dialogue_id "
    "WHERE n.seq IN (SELECT rowid FROM note_fts WHERE note_fts MATCH ?) AND n.deleted_at IS NULL "
    "ORDER BY n.created_at DESC, n.seq DESC LIMIT 200"
)


def timings(action: Callable[[], object], repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        out.append(time.perf_counter() - start)
    return out


def p99(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.99 * (len(ordered) - 1))))]


def bench_add(path: Path, adds: int) -> tuple[list[float], list[float]]:
    """App: NoteService.add (ORM, validation, FTS sync, commit). Raw: the same rows by hand."""
    with Project.open(path) as project:
        dialogue = project.dialogues.list()[0]
        group = project.participation.groups()[0]
        app = timings(lambda: project.notes.add(dialogue.id, "Vi behöver bättre bredband i hela länet",
                                                group_id=group.id, kind="idea"), adds)
    raw_connection = connect(str(path))
    dialogue_hex = dialogue.id.hex
    group_hex = group.id.hex

    def raw_add() -> None:
        now = datetime.now(timezone.utc).replace(tzinfo=None).isoformat(sep=" ")
        raw_connection.execute("BEGIN IMMEDIATE")
        (seq,) = raw_connection.execute("SELECT coalesce(max(seq), 0) + 1 FROM note").fetchone()
        text = "Vi behöver bättre bredband i hela länet"
        raw_connection.execute(
            "INSERT INTO note (id, seq, dialogue_id, agenda_item_id, group_id, table_label, kind, text, votes, "
            "key_quote, status, created_at, updated_at, captured_by, source_kind, source_ref, deleted_at) "
            "VALUES (?, ?, ?, NULL, ?, NULL, 'idea', ?, 0, 0, 'captured', ?, ?, '', 'typed', NULL, NULL)",
            (uuid.uuid4().hex, seq, dialogue_hex, group_hex, text, now, now),
        )
        raw_connection.execute("INSERT INTO note_fts(rowid, text) VALUES (?, ?)", (seq, text))
        raw_connection.execute("COMMIT")

    raw = timings(raw_add, adds)
    raw_connection.close()
    return app, raw


def bench_search(path: Path, rounds: int) -> tuple[list[float], list[float]]:
    from dialog_app.core.store.fts import match_expression

    with Project.open(path) as project:
        for query in QUERIES:  # warm both paths' caches alike
            project.search.search(query)
        app = [t for _ in range(rounds) for q in QUERIES for t in timings(lambda q=q: project.search.search(q), 1)]
    raw_connection = connect(str(path), read_only=True)
    expressions = [match_expression(q) for q in QUERIES]
    raw = [
        t
        for _ in range(rounds)
        for e in expressions
        for t in timings(lambda e=e: raw_connection.execute(RAW_SEARCH, (e,)).fetchall(), 1)
    ]
    raw_connection.close()
    return app, raw


def bench_open(path: Path, rounds: int) -> tuple[list[float], list[float]]:
    def app_open() -> None:
        with Project.open(path) as project:
            project.notes.count()

    def raw_open() -> None:
        connection = connect(str(path))
        connection.execute("SELECT count(*) FROM note WHERE deleted_at IS NULL").fetchone()
        connection.close()

    return timings(app_open, rounds), timings(raw_open, rounds)


def bench_info(path: Path, rounds: int) -> tuple[list[float], list[float]]:
    env = dict(os.environ)
    app_command = [sys.executable, "-m", "dialog_app", "info", str(path), "--json"]
    raw_command = [
        sys.executable, "-c",
        "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); "
        "print(c.execute('SELECT count(*) FROM note').fetchone())", str(path),
    ]
    app = timings(lambda: subprocess.run(app_command, check=True, capture_output=True, env=env, cwd=ROOT), rounds)
    raw = timings(lambda: subprocess.run(raw_command, check=True, capture_output=True, env=env), rounds)
    return app, raw


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument("--adds", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=15)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="dialog-bench-") as folder:
        os.environ[HOME_ENV] = str(Path(folder) / "home")
        print(f"Python {sys.version.split()[0]}, SQLite {sqlite3.sqlite_version}, {os.cpu_count()} cores")
        print("| notes | measure | app median | app p99 | raw median | raw p99 | ratio (median) |")
        print("|---:|---|---:|---:|---:|---:|---:|")
        for size in options.sizes:
            path = Path(folder) / f"bench-{size}.dialog"
            start = time.perf_counter()
            build_demo(path, notes=size).close()
            build_seconds = time.perf_counter() - start
            results = {
                "add a note and commit": bench_add(path, options.adds),
                "search (8 queries)": bench_search(path, options.rounds),
                "open project": bench_open(path, options.rounds),
                "`dialog-app info` (process)": bench_info(path, max(5, options.rounds // 2)),
            }
            for measure, (app, raw) in results.items():
                ratio = statistics.median(app) / statistics.median(raw)
                print(
                    f"| {size:,} | {measure} | {statistics.median(app) * 1000:.2f} ms | {p99(app) * 1000:.2f} ms "
                    f"| {statistics.median(raw) * 1000:.2f} ms | {p99(raw) * 1000:.2f} ms | {ratio:.2f}× |"
                )
            print(f"| {size:,} | (building the demo project: {build_seconds:.1f} s) | | | | | |")
            sys.stdout.flush()


if __name__ == "__main__":
    main()
