"""The export preview's background reading: debounced, and a late answer to an old question dropped."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QCoreApplication, QThreadPool

from dialog_app.core.project import Project
from dialog_app.gui.export import export_ops
from dialog_app.gui.export.preview_job import PreviewJob
from dialog_app.gui.ops import ProjectSession
from dialog_app.io.export import ExportOptions

LOAD = 10_000


@pytest.fixture
def session(app, tmp_path):
    session = ProjectSession(Project.create(tmp_path / "förhandsvisning.dialog"))
    yield session
    session.close()


def test_a_slow_old_reading_never_replaces_the_newest(session, qtbot, monkeypatch):
    # given a reading of the Swedish options that is still under way when English is asked for
    entered, release = threading.Event(), threading.Event()

    def fake_gather(_project, options, job):
        if options.language == "sv":
            entered.set()
            release.wait(LOAD / 1000)  # answers late, as if it never noticed the cancel
        return options.language

    monkeypatch.setattr(export_ops, "gather", fake_gather)
    job = PreviewJob(session)
    shown: list[str] = []
    job.ready.connect(shown.append)
    job.request(ExportOptions(language="sv"))
    qtbot.waitUntil(entered.is_set, timeout=LOAD)
    # when
    with qtbot.waitSignal(job.ready, timeout=LOAD):
        job.request(ExportOptions(language="en"))
    release.set()
    QThreadPool.globalInstance().waitForDone(LOAD)
    QCoreApplication.processEvents()
    # then only the newest reading was shown
    assert shown == ["en"] and not job.busy


def test_quick_changes_are_read_once(session, qtbot, monkeypatch):
    # given
    asked: list[str] = []
    monkeypatch.setattr(export_ops, "gather", lambda _p, options, job: asked.append(options.version_label))
    job = PreviewJob(session)
    # when the user types three letters in a row
    with qtbot.waitSignal(job.ready, timeout=LOAD):
        for label in ("U", "Ut", "Utk"):
            job.request(ExportOptions(version_label=label))
    QThreadPool.globalInstance().waitForDone(LOAD)
    # then
    assert asked == ["Utk"]
