"""Review benchmark: the real review page on a large project, beside raw sqlite3 in the same run.

    python tests/benchmarks/review.py [--notes 100000] [--rounds 15]

Drives the real widgets (offscreen): for each kind of filter change, the time from setting the
filter until the table shows the new listing and has painted it; tagging 1 000 selected notes with
a number key until the table shows the chips; scrolling page by page; and the process's peak
resident memory. Beside each, raw sqlite3 doing the same query or write on the same file.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

LIVE = "SELECT seq FROM note WHERE deleted_at IS NULL {} ORDER BY created_at DESC, seq DESC"


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


def peak_rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def row(name: str, app: list[float], raw: list[float] | None = None) -> str:
    ratio = f"{statistics.median(app) / statistics.median(raw):.2f}×" if raw else ""
    raw_text = f"{statistics.median(raw) * 1000:.1f} ms" if raw else ""
    return (f"| {name} | {statistics.median(app) * 1000:.1f} ms | {p95(app) * 1000:.1f} ms | "
            f"{raw_text} | {ratio} |")


def filters(project):
    """(name, NoteFilter, raw SQL condition, raw parameters) for the filter changes a writer makes."""
    from dialog_app.core.services.note_filter import NoteFilter

    framework = project.frameworks.active_framework()
    themes = project.frameworks.themes(framework.id)
    counts = project.dialogues.note_counts()
    dialogue = max(counts, key=counts.get)
    group = project.participation.groups()[1].id
    theme = themes[0].id
    return [
        ("all notes", NoteFilter(), "", ()),
        ("search “bredband”", NoteFilter(text="bredband"),
         "AND seq IN (SELECT rowid FROM note_fts WHERE note_fts MATCH ?)", ('"bredband"*',)),
        ("search “digital kompetens”", NoteFilter(text="digital kompetens"),
         "AND seq IN (SELECT rowid FROM note_fts WHERE note_fts MATCH ?)", ('"digital" "kompetens"*',)),
        ("one dialogue", NoteFilter(dialogue_ids=frozenset({dialogue})), "AND dialogue_id = ?", (dialogue.hex,)),
        ("one stakeholder group", NoteFilter(group_ids=frozenset({group})), "AND group_id = ?", (group.hex,)),
        ("one theme", NoteFilter(theme_ids=frozenset({theme})),
         "AND id IN (SELECT note_id FROM tagging WHERE theme_id = ?)", (theme.hex,)),
        ("theme and status", NoteFilter(theme_ids=frozenset({theme}), statuses=frozenset({"approved"})),
         "AND status = 'approved' AND id IN (SELECT note_id FROM tagging WHERE theme_id = ?)", (theme.hex,)),
        ("untagged", NoteFilter(untagged=True), "AND id NOT IN (SELECT note_id FROM tagging)", ()),
        ("key quotes", NoteFilter(key_quotes_only=True), "AND key_quote = 1", ()),
    ]


class PaintClock:
    """Notes that a widget got a paint event: the event loop's pass that delivered it returns only
    once the painting is done, so the time after that pass is when the user sees the new rows."""

    def __init__(self, widget) -> None:
        from PySide6.QtCore import QEvent, QObject

        clock = self

        class Filter(QObject):
            def eventFilter(self, watched, event) -> bool:
                if event.type() == QEvent.Type.Paint:
                    clock.painted_at = time.perf_counter()
                return False  # the view paints as always

        self.painted_at = 0.0
        self._filter = Filter()
        widget.installEventFilter(self._filter)


class RowsShown:
    """Whether the rows on screen are drawn with their text: since the review table reads its rows
    off the GUI thread, a paint may show empty rows first; the user has seen the notes only when
    every visible row has arrived and a paint came after the last arrival."""

    def __init__(self, page, painter: PaintClock) -> None:
        self.page, self.painter, self.arrived_at = page, painter, 0.0
        page.model.rows.rows_arrived.connect(self._arrived)

    def _arrived(self, first: int, last: int) -> None:
        visible = self._visible()
        if first <= visible.stop - 1 and last >= visible.start:  # rows read ahead, off screen, don't count
            self.arrived_at = time.perf_counter()

    def _visible(self) -> range:
        table = self.page.table
        first = max(table.rowAt(0), 0)
        last = table.rowAt(table.viewport().height() - 1)
        return range(first, (len(self.page.model.rows) - 1 if last < 0 else last) + 1)

    def __call__(self) -> bool:
        rows = self.page.model.rows
        return all(rows.fresh(n) for n in self._visible()) and self.painter.painted_at > self.arrived_at


def settle(app) -> None:
    """Run the event loop until it has nothing left to do (paints, timers due now)."""
    from PySide6.QtCore import QEventLoop

    deadline = time.perf_counter() + 0.3
    while time.perf_counter() < deadline:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)
        time.sleep(0.005)


def timed(action: Callable[[], object], rounds: int) -> list[float]:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=15)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="dialog-review-bench-") as folder:
        os.environ["DIALOG_APP_HOME"] = str(Path(folder) / "home")
        os.environ["DIALOG_APP_LANG"] = "en"
        from dialog_app.demo.build import build_demo

        path = Path(folder) / "bench.dialog"
        started = time.perf_counter()
        build_demo(path, notes=options.notes).close()
        print(f"built a {options.notes:,}-note demo in {time.perf_counter() - started:.0f} s", file=sys.stderr)
        run(path, options)


def run(path: Path, options) -> None:
    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtTest import QTest

    from dialog_app.gui.app import close_down, create_application, start_window

    app = create_application()
    window = start_window(path)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()  # the number keys are the table's shortcuts: it needs the focus
    page = window.review
    from dialog_app.gui.dialogs import messages

    def report(_parent, text: str) -> None:  # a benchmark never waits on a message box
        print(f"message: {text}", file=sys.stderr)

    messages.warn = messages.inform = report

    def wait(signal, ms: int = 60_000) -> None:
        loop = QEventLoop()
        signal.connect(loop.quit)
        QTimer.singleShot(ms, loop.quit)
        loop.exec()
        signal.disconnect(loop.quit)

    wait(window.project_loaded)
    window.tabs.setCurrentWidget(page)
    wait(page.loaded)
    app.processEvents()
    project = window.project
    raw = sqlite3.connect(str(path))
    rss_start = peak_rss_mb()

    print(f"{project.notes.count():,} notes; medians and 95th percentiles of {options.rounds} rounds")
    print("| action | app median | app p95 | raw sqlite3 median | ratio |")
    print("|---|---:|---:|---:|---:|")
    painter = PaintClock(page.table.viewport())
    shown = RowsShown(page, painter)
    first_all: list[float] = []
    whole_all: list[float] = []
    cases = filters(project)
    for index, (name, note_filter, condition, parameters) in enumerate(cases):
        other = cases[(index + 1) % len(cases)][1]
        first_times, whole_times = [], []
        for _ in range(options.rounds):
            page.filters.set_filter(other)  # each round really changes the listing
            wait(page.listed)
            settle(app)  # the other listing is painted: the writer looks before changing again
            marks: dict[str, float] = {}
            page.first_rows_shown.connect(lambda: marks.setdefault("first", time.perf_counter()))
            start = time.perf_counter()
            page.filters.set_filter(note_filter)
            while "first" not in marks or painter.painted_at < marks["first"] or not shown():
                app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)  # painted with text
            first_times.append(time.perf_counter() - start)
            if page._listing is not None:  # the rest of the listing is still being read
                wait(page.listed)
            whole_times.append(time.perf_counter() - start)
            page.first_rows_shown.disconnect()
        raw_times = timed(lambda: raw.execute(LIVE.format(condition), parameters).fetchall(), options.rounds)
        first_all += first_times
        whole_all += whole_times
        print(row(f"filter: {name} → first screen shown", first_times, raw_times))
        print(row(f"filter: {name} → all {page.model.rowCount():,} rows listed", whole_times, raw_times))
    print(row("**every filter change above: first screen shown**", first_all))
    print(row("**every filter change above: whole listing**", whole_all))

    # Tagging: 1 000 selected notes, keys 1 to 5 in turn, until the table shows the chips.
    from dialog_app.core.services.note_filter import NoteFilter

    page.filters.set_filter(NoteFilter())
    wait(page.listed)
    theme = page.names.active_themes()[0].theme_id
    tag_times = []
    for round_number in range(5):
        page.select_rows(list(range(round_number * 1000, round_number * 1000 + 1000)))
        page.table.setFocus()
        settle(app)
        start = time.perf_counter()
        QTest.keyClick(page.table, getattr(Qt.Key, f"Key_{round_number + 1}"))
        window.session.wait()
        painter.painted_at = 0.0
        while painter.painted_at == 0.0 or shown.arrived_at < start or not shown():  # chips read, painted
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        tag_times.append(time.perf_counter() - start)
    ids = [uuid.uuid4().hex for _ in range(1000)]
    note_ids = [r[0] for r in raw.execute("SELECT id FROM note WHERE deleted_at IS NULL LIMIT 1000")]

    def raw_tag() -> None:
        now = datetime.now(timezone.utc).replace(tzinfo=None).isoformat(sep=" ")
        raw.execute("BEGIN IMMEDIATE")
        raw.executemany("INSERT OR IGNORE INTO tagging (note_id, theme_id, tagged_by, tagged_at, origin) "
                        "VALUES (?, ?, 'bench', ?, 'typed')", [(n, theme.hex, now) for n in note_ids])
        raw.executemany("INSERT INTO noteevent (id, note_id, at, by, action) VALUES (?, ?, ?, 'bench', 'tag')",
                        [(i, n, now) for i, n in zip(ids, note_ids)])
        raw.execute("ROLLBACK")

    raw_tag_times = timed(raw_tag, 5)
    print(row("tag 1 000 selected notes (a number key) → chips painted", tag_times, raw_tag_times))

    # Scrolling: page down through the whole-project listing, painting each page.
    page.filters.set_filter(NoteFilter())
    wait(page.listed)
    bar = page.table.verticalScrollBar()
    step = bar.pageStep()

    def scroll() -> None:
        bar.setValue(bar.value() + step)
        page.table.viewport().repaint()
        while not shown():  # the new rows read off the GUI thread, then painted
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)

    scroll_times = timed(scroll, 300)
    print(row("scroll one page down (new rows fetched and painted)", scroll_times))
    print(f"\npeak resident memory: {peak_rss_mb():.0f} MB (after opening: {rss_start:.0f} MB)")
    raw.close()
    close_down(app)


if __name__ == "__main__":
    main()
