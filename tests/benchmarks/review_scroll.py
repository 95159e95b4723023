"""Scrolling the review table: time to the first painted rows, time per page down, and how many
row reads ran on the GUI thread.

    python tests/benchmarks/review_scroll.py [--notes 10000] [--pages 200]

A ``ReviewTableModel`` in a ``QTableView`` (offscreen, 1366×768) over a demo project. A step is
timed until every row on screen shows its text and has been painted. Works with the model of
before the paged-row engine (``set_fetch``, rows read inside ``data()``) and after (``set_source``).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=10_000)
    parser.add_argument("--pages", type=int, default=200)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="dialog-scroll-bench-") as folder:
        os.environ["DIALOG_APP_HOME"] = str(Path(folder) / "home")
        from dialog_app.demo.build import build_demo

        path = Path(folder) / "bench.dialog"
        build_demo(path, notes=options.notes).close()
        run(path, options)


def run(path: Path, options) -> None:
    from PySide6.QtCore import QEvent, QEventLoop, QObject
    from PySide6.QtWidgets import QApplication, QTableView

    from dialog_app.core.project import Project
    from dialog_app.core.services.note_filter import NoteFilter
    from dialog_app.gui.review.review_model import ReviewTableModel
    from dialog_app.gui.review.review_rows import ReviewNames, ReviewRowSource

    app = QApplication.instance() or QApplication([])
    project = Project.open(path)
    source = ReviewRowSource(project, ReviewNames.load(project))
    gui_thread = threading.current_thread()
    calls = {"gui": 0, "worker": 0}

    def counted(keys):
        calls["gui" if threading.current_thread() is gui_thread else "worker"] += 1
        return source(keys)

    model = ReviewTableModel()
    session = None
    if hasattr(model, "set_source"):
        from dialog_app.gui.ops import ProjectSession

        session = ProjectSession(project)
        model.set_source(session, counted)
    else:
        model.set_fetch(counted)
    view = QTableView()
    view.setModel(model)
    view.resize(1366, 768)
    view.show()
    painted = {"at": 0.0}

    class Clock(QObject):
        def eventFilter(self, _watched, event) -> bool:
            if event.type() == QEvent.Type.Paint:
                painted["at"] = time.perf_counter()
            return False

    clock = Clock()
    view.viewport().installEventFilter(clock)
    keys = project.notes.keys(NoteFilter(), "created_at", True)

    def shown_rows() -> range:
        top = max(view.rowAt(0), 0)
        bottom = view.rowAt(view.viewport().height() - 1)
        return range(top, (bottom if bottom >= 0 else model.rowCount() - 1) + 1)

    def until_shown(start: float) -> float:
        """Run the event loop until every row on screen has its text and was painted after that."""
        while True:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
            ready = all(model.index(r, 1).data() is not None for r in shown_rows())
            if ready and painted["at"] > start:
                app.processEvents()
                return time.perf_counter() - start
            time.sleep(0.0005)

    app.processEvents()
    start = time.perf_counter()
    model.set_keys(keys)
    first = until_shown(start)
    first_gui_calls = calls["gui"]
    bar = view.verticalScrollBar()
    steps = []
    for _ in range(options.pages):
        start = time.perf_counter()
        bar.setValue(bar.value() + bar.pageStep())
        steps.append(until_shown(start))
    steps.sort()
    print(f"{model.rowCount():,} notes, {options.pages} pages down, model: "
          f"{'paged rows off the GUI thread' if session else 'rows read inside data()'}")
    print(f"first screen painted with its rows: {first * 1000:.1f} ms "
          f"({first_gui_calls} row reads on the GUI thread)")
    print(f"page down until painted: median {statistics.median(steps) * 1000:.1f} ms, "
          f"p95 {steps[int(0.95 * (len(steps) - 1))] * 1000:.1f} ms, max {steps[-1] * 1000:.1f} ms")
    print(f"row reads: {calls['gui']} on the GUI thread, {calls['worker']} on workers")
    if session is not None:
        session.wait()
    project.close()


if __name__ == "__main__":
    main()
