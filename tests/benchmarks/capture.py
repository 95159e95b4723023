"""Capture benchmark: Enter-to-visible on the real capture screen, and start-up to a usable screen.

    python tests/benchmarks/capture.py [--notes 100000] [--enters 300]

Drives the real widgets with QTest (offscreen) on a demo project of --notes notes, in the biggest
dialogue. For each note: Enter is pressed, and the time until the new card has been painted in the
list is "visible"; the time until the commit has returned is "saved". Beside them, raw sqlite3
inserting and committing the same note in the same run. Start-up is a fresh process that opens the
project on the capture screen, timed from launch until the screen is ready for typing.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

STARTUP_SCRIPT = """
import sys, time
start = time.perf_counter()
from PySide6.QtCore import QTimer
from dialog_app.gui.app import create_application, start_window
app = create_application()
window = start_window(sys.argv[1], capture=True)
def ready():
    print(f"READY {time.perf_counter() - start:.4f}", flush=True)
    QTimer.singleShot(0, app.quit)
window.capture.loaded.connect(ready)
app.exec()
"""


def p99(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.99 * (len(ordered) - 1))))]


def row(name: str, values: list[float], baseline: list[float] | None = None) -> str:
    ratio = f"{statistics.median(values) / statistics.median(baseline):.2f}×" if baseline else ""
    return f"| {name} | {statistics.median(values) * 1000:.2f} ms | {p99(values) * 1000:.2f} ms | {ratio} |"


def bench_enter(path: Path, enters: int) -> tuple[list[float], list[float], int]:
    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtTest import QTest

    from dialog_app.gui.app import create_application, start_window

    app = create_application()
    window = start_window(path, capture=True)
    window.resize(1366, 768)
    screen = window.capture

    def wait(signal, ms: int = 30_000) -> None:
        loop = QEventLoop()
        signal.connect(loop.quit)
        QTimer.singleShot(ms, loop.quit)
        loop.exec()
        signal.disconnect(loop.quit)

    wait(screen.loaded)
    counts = window.project.dialogues.note_counts()
    biggest = max(counts, key=counts.get)
    screen.open_dialogue(biggest)
    wait(screen.loaded)
    screen.start_or_finish()
    wait(screen.loaded)
    listed = screen.model.rowCount()
    visible, saved = [], []
    for number in range(enters):
        screen.input.insertPlainText(f"Vi behöver bättre bredband i hela länet, punkt {number}")
        start = time.perf_counter()
        QTest.keyClick(screen.input, Qt.Key.Key_Return)
        screen.list.viewport().repaint()  # paints now: the new card is on screen when this returns
        visible.append(time.perf_counter() - start)
        if screen.model.capture_row(screen.model.note_id(0)).state == "saving":
            wait(screen.note_saved)
        saved.append(time.perf_counter() - start)
        app.processEvents()  # let change news settle between notes, as between keystrokes
    from dialog_app.gui.app import close_down

    close_down(app)
    return visible, saved, listed


def bench_raw(path: Path, enters: int) -> list[float]:
    from dialog_app.core.store.pragmas import connect

    connection = connect(str(path))
    (dialogue,) = connection.execute("SELECT id FROM dialogue LIMIT 1").fetchone()
    times = []
    for number in range(enters):
        start = time.perf_counter()
        now = datetime.now(timezone.utc).replace(tzinfo=None).isoformat(sep=" ")
        text = f"Vi behöver bättre bredband i hela länet, punkt {number}"
        connection.execute("BEGIN IMMEDIATE")
        (seq,) = connection.execute("SELECT coalesce(max(seq), 0) + 1 FROM note").fetchone()
        connection.execute(
            "INSERT INTO note (id, seq, dialogue_id, kind, text, votes, key_quote, status, created_at, "
            "updated_at, captured_by, source_kind, hidden_from_projector) "
            "VALUES (?, ?, ?, 'statement', ?, 0, 0, 'captured', ?, ?, '', 'typed', 0)",
            (uuid.uuid4().hex, seq, dialogue, text, now, now),
        )
        connection.execute("INSERT INTO note_fts(rowid, text) VALUES (?, ?)", (seq, text))
        connection.execute("COMMIT")
        times.append(time.perf_counter() - start)
    connection.close()
    return times


def bench_startup(path: Path, rounds: int) -> tuple[list[float], list[float]]:
    wall, inside = [], []
    for _ in range(rounds):
        start = time.perf_counter()
        process = subprocess.run([sys.executable, "-c", STARTUP_SCRIPT, str(path)], capture_output=True,
                                 text=True, cwd=ROOT, timeout=60)
        elapsed = time.perf_counter() - start
        line = next((l for l in process.stdout.splitlines() if l.startswith("READY")), None)
        if line is None:
            raise SystemExit(f"start-up failed: {process.stderr[-2000:]}")
        inside.append(float(line.split()[1]))
        wall.append(elapsed)
    return wall, inside


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=100_000)
    parser.add_argument("--enters", type=int, default=300)
    parser.add_argument("--startups", type=int, default=5)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="dialog-capture-bench-") as folder:
        os.environ["DIALOG_APP_HOME"] = str(Path(folder) / "home")
        os.environ["DIALOG_APP_LANG"] = "en"
        from dialog_app.demo.build import build_demo

        path = Path(folder) / "bench.dialog"
        build_demo(path, notes=options.notes).close()
        wall, inside = bench_startup(path, options.startups)
        visible, saved, listed = bench_enter(path, options.enters)
        raw = bench_raw(path, options.enters)
        print(f"{options.notes:,} notes in the project; the dialogue captured into lists {listed:,} of them")
        print("| measure | median | p99 | ratio to raw (median) |")
        print("|---|---:|---:|---:|")
        print(row("Enter → note visible (painted in the list)", visible, raw))
        print(row("Enter → note committed to the file", saved, raw))
        print(row("raw sqlite3: insert and commit the same note", raw))
        print(row("start-up → capture screen ready (process launch to ready)", wall))
        print(row("start-up, inside the process (after interpreter start)", inside))


if __name__ == "__main__":
    main()
