"""Every screen and dialog in Swedish: no English source text left untranslated, none of Qt's own
English ("Ok"), no literal '&' of a mnemonic and no button without text or icon (ui_texts.py says
what is read and what counts as a problem)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QThreadPool

from tests.gui.language_fixtures import swedish_ui  # noqa: F401  (a fixture)
from tests.gui.screens import LOAD, SCREENS, window  # noqa: F401  (window is a fixture)
from tests.gui.shots import save_shot
from tests.gui.ui_texts import problems


@pytest.mark.parametrize("screen", SCREENS)
def test_the_screen_speaks_swedish(window, qtbot, tmp_path, screen):
    shown = SCREENS[screen](window, qtbot, tmp_path)
    save_shot(shown, f"sv-{screen.replace(' ', '-').replace(',', '')}")
    found = problems(shown)
    assert found == [], "\n".join(found)


def test_the_default_project_has_a_swedish_name(app, qtbot, messages, swedish_ui):  # noqa: F811
    swedish_ui()
    from dialog_app.core.paths import app_dirs
    from dialog_app.gui.app import start_window

    window = start_window(None)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.project_loaded, timeout=LOAD):
        pass
    try:
        assert window.project.path == app_dirs().data / "Dialoger.dialog"
        assert window.windowTitle() == "Dialoger — dialog_app"
    finally:
        window.close()
        QThreadPool.globalInstance().waitForDone(LOAD)
        app.processEvents()
