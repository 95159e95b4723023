"""GUI fixtures: an English interface by default, message boxes captured, a main window."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from dialog_app.core.app_settings import LANGUAGE_ENV


@pytest.fixture(autouse=True)
def english(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(LANGUAGE_ENV, "en")


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Messages the app would show in a box; collected instead, so no test ever blocks."""
    from dialog_app.gui.dialogs import messages as boxes

    shown: list[str] = []
    monkeypatch.setattr(boxes, "warn", lambda _parent, text: shown.append(text))
    monkeypatch.setattr(boxes, "inform", lambda _parent, text: shown.append(text))
    return shown


@pytest.fixture(scope="session")
def app(qapp):
    """The application with the English plural forms loaded, once."""
    from dialog_app.gui.i18n import install_translators

    install_translators(qapp, "en")
    return qapp


@pytest.fixture(autouse=True)
def locale_kept() -> Iterator[None]:
    """Installing a language also sets Qt's default locale (dates and numbers follow it): a test that
    installs Swedish and takes only the translators away must not leave the next test's dates Swedish."""
    from PySide6.QtCore import QLocale

    before = QLocale()
    yield
    if QLocale() != before:
        QLocale.setDefault(before)


@pytest.fixture(scope="package", autouse=True)
def garbage_collected_on_the_gui_thread(qapp) -> Iterator[None]:
    """As the app runs it (gui/gui_thread_gc.py): a Qt object freed by a worker thread's garbage
    collection crashed the suite. The tests outside tests/gui get Python's own collector back."""
    import gc

    from dialog_app.gui.gui_thread_gc import collect_on_the_gui_thread

    collector = collect_on_the_gui_thread(qapp)
    yield
    collector.deleteLater()
    gc.enable()
    gc.collect()


@pytest.fixture
def main_window(app, qtbot, messages) -> Iterator:
    """A shown main window with no project yet."""
    yield from shown_main_window(app, qtbot)


@pytest.fixture
def second_window(app, qtbot, messages) -> Iterator:
    """Another main window, as a second start of the app on the same computer would show."""
    yield from shown_main_window(app, qtbot)


def shown_main_window(app, qtbot) -> Iterator:
    from dialog_app.gui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    yield window
    window.close()
    settle_background_work(app)


def settle_background_work(app) -> None:
    """Let every background operation finish and deliver its result while this test's message
    boxes are still collected: a box shown after the test would block, or abort offscreen."""
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone(10_000)
    app.processEvents()


@pytest.fixture
def seeded_window(main_window, qtbot, seeded_copy):
    """The main window showing this test's copy of the demo project, notes loaded."""
    with qtbot.waitSignal(main_window.notes_loaded, timeout=10_000):
        main_window.open_project(seeded_copy)
    return main_window
