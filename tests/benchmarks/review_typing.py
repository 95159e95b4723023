"""Search-as-you-type benchmark: the real review page on a large project, typed into key by key.

    python tests/benchmarks/review_typing.py [--notes 100000] [--project FILE] [--rounds 3]

Drives the real window (offscreen, 1366×768): words are typed into the review's search box with
QTest, one key press at a time, at several typing speeds, the event loop running between keys as
it would while a person types. Timed from the last key press until the table shows the first rows
of the final text's listing, with their text, painted (as in review.py). Also timed: emptying the
box until the whole project's first screen is painted again. ``--project`` copies a demo file
already built instead of building one (the copy is what the app opens).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from review import PaintClock, RowsShown, p95, settle  # noqa: E402 - the review benchmark's clocks

WORDS = ["bredband", "digital kompetens", "uppkoppling", "landsbygden", "hemtjänsten", "skolan",
         "mobiltäckningen", "vården"]
INTERVALS_MS = [60, 100, 150, 250]  # between key presses: a fast typist to one who looks at the keys


def row(name: str, times: list[float]) -> str:
    return f"| {name} | {statistics.median(times) * 1000:.0f} ms | {p95(times) * 1000:.0f} ms | {len(times)} |"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=100_000)
    parser.add_argument("--project", type=Path, help="a demo project built before (copied, not changed)")
    parser.add_argument("--rounds", type=int, default=3, help="times each word is typed at each speed")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="dialog-typing-bench-") as folder:
        os.environ["DIALOG_APP_HOME"] = str(Path(folder) / "home")
        os.environ["DIALOG_APP_LANG"] = "en"
        path = Path(folder) / "bench.dialog"
        if options.project:
            shutil.copyfile(options.project, path)
        else:
            from dialog_app.demo.build import build_demo

            started = time.perf_counter()
            build_demo(path, notes=options.notes).close()
            print(f"built a {options.notes:,}-note demo in {time.perf_counter() - started:.0f} s", file=sys.stderr)
        run(path, options)


def run(path: Path, options) -> None:
    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtTest import QTest

    from dialog_app.core.services.note_filter import NoteFilter
    from dialog_app.gui.app import close_down, create_application, start_window
    from dialog_app.gui.dialogs import messages

    app = create_application()
    window = start_window(path)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    page = window.review
    messages.warn = messages.inform = lambda _parent, text: print(f"message: {text}", file=sys.stderr)

    def wait(signal, ms: int = 60_000) -> None:
        loop = QEventLoop()
        signal.connect(loop.quit)
        QTimer.singleShot(ms, loop.quit)
        loop.exec()
        signal.disconnect(loop.quit)

    def run_for(seconds: float) -> None:
        """The event loop runs (results arrive, the table paints) as it would between two keys."""
        deadline = time.perf_counter() + seconds
        while (left := deadline - time.perf_counter()) > 0:
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, max(1, int(left * 1000)))

    wait(window.project_loaded)
    window.tabs.setCurrentWidget(page)
    wait(page.loaded)
    settle(app)
    project = window.project
    search = page.filters.search
    painter = PaintClock(page.table.viewport())
    shown = RowsShown(page, painter)
    first = {text: project.notes.keys(NoteFilter(text=text), limit=200)
             for text in ["", *WORDS]}  # what the table must show first: read outside the timing

    cleared: list[float] = []
    listed_at: dict[str, float] = {}  # text -> when the table first showed a listing of it (since cleared)
    page.first_rows_shown.connect(lambda: listed_at.setdefault(page._filter.text, time.perf_counter()))

    def until_shown(text: str, start: float) -> float:
        """Seconds from ``start`` until the table holds the text's first rows, drawn with their text."""
        expected = first[text]
        while time.perf_counter() - start < 20:
            at = listed_at.get(text, 0.0)
            if (at > start and search.text() == text and page.model.keys()[: len(expected)] == expected
                    and painter.painted_at > at and shown()):
                return painter.painted_at - start
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
        raise TimeoutError(f"the table never showed {text!r}: {page._filter.text!r}, {page.model.rowCount()} rows")

    def press(char: str) -> None:
        """One key press and release with its text (QTest.keyClicks knows no å, ä, ö)."""
        key = Qt.Key(ord(char.upper()))
        QTest.sendKeyEvent(QTest.KeyAction.Click, search, key, char, Qt.KeyboardModifier.NoModifier)

    def clear() -> None:
        """Empty the box (select all, Delete) and wait for the whole project's first screen."""
        search.setFocus()
        if not search.text():
            return
        QTest.keyClick(search, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        listed_at.clear()
        start = time.perf_counter()
        QTest.keyClick(search, Qt.Key.Key_Delete)
        cleared.append(until_shown("", start))

    print(f"{project.notes.count():,} notes; words typed key by key, {options.rounds} rounds per word and speed")
    print("| from the last key press until the hits are painted | median | p95 | typed |")
    print("|---|---:|---:|---:|")
    every: list[float] = []
    for interval in INTERVALS_MS:
        times = []
        for _round in range(options.rounds):
            for word in WORDS:
                clear()
                if page._listing is not None:
                    wait(page.listed)
                settle(app)  # idle: the writer looks at the whole listing, then starts typing
                for char in word[:-1]:
                    press(char)
                    run_for(interval / 1000)
                listed_at.clear()
                start = time.perf_counter()
                press(word[-1])
                times.append(until_shown(word, start))
                settle(app)
        every += times
        print(row(f"typing a key every {interval} ms", times))
    print(row("**every word at every speed**", every))
    print(row("emptying the box → all notes painted", cleared))
    close_down(app)


if __name__ == "__main__":
    main()
