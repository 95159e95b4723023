"""The interface in Swedish for one test: the translators installed, and removed again afterwards
so the next test speaks English (the suite's default)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QTranslator


@pytest.fixture
def swedish_ui(app, monkeypatch) -> Iterator[Callable[[], None]]:
    """Call it to switch the interface to Swedish; widgets built afterwards speak Swedish."""
    from dialog_app.core.app_settings import LANGUAGE_ENV
    from dialog_app.gui.i18n import install_translators

    before = set(map(id, app.findChildren(QTranslator)))

    def switch() -> None:
        monkeypatch.setenv(LANGUAGE_ENV, "sv")
        install_translators(app, "sv")

    yield switch
    for translator in app.findChildren(QTranslator):
        if id(translator) not in before:
            app.removeTranslator(translator)
            translator.deleteLater()
    install_translators(app, "en")
