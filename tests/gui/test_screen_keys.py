"""On every screen and dialog, no key is bound twice where both could fire (an ambiguous shortcut
does nothing at all); the main window's menus and each tab's own keys included."""

from __future__ import annotations

import pytest

from tests.gui.key_clashes import ambiguous
from tests.gui.language_fixtures import swedish_ui  # noqa: F401  (a fixture)
from tests.gui.screens import SCREENS, window  # noqa: F401  (window is a fixture)


@pytest.mark.parametrize("screen", SCREENS)
def test_no_key_of_the_screen_is_ambiguous(window, qtbot, tmp_path, screen):
    shown = SCREENS[screen](window, qtbot, tmp_path)
    assert ambiguous(shown.window()) == []
