"""Qt's own words that its Swedish translation gets wrong: qtbase_sv calls the OK button "Ok".
Listed here so that lupdate puts them in our translation, which i18n.py installs after Qt's (the
translator installed last is asked first), so "OK" is what the buttons say."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

STANDARD_BUTTONS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
)
