"""Loads the interface language: the app's own translation and Qt's, from resources/translations."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from dialog_app.core import app_settings
from dialog_app.core.paths import resources_dir


def install_translators(app: QCoreApplication, language: str | None = None) -> str:
    """Install the translators for ``language`` (default: the user's choice); return the code used.

    English is the source language; its file holds only plural forms ("1 note", "2 notes").
    """
    code = language or app_settings.language()
    QLocale.setDefault(QLocale(QLocale.Language.Swedish if code == "sv" else QLocale.Language.English,
                               QLocale.Country.Sweden if code == "sv" else QLocale.Country.UnitedKingdom))
    if code != "en":
        qt_own = QTranslator(app)  # Qt's standard buttons and dialogs (Cancel, file dialogs)
        if qt_own.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt_own)
    ours = QTranslator(app)  # installed last, so asked first: it corrects Qt's words (gui/qt_words.py)
    if ours.load(f"dialog_app_{code}", str(resources_dir() / "translations")):
        app.installTranslator(ours)
    return code
