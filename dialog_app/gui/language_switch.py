"""Settings ▸ Language takes effect at once: the translators are swapped and every open window's
texts are put into the new language.

The pages set their words with tr() as they are built, so rather than each page keeping a
retranslateUi() of its own, the words on screen are looked up in the translation (the shipped .ts
file, as the exports read it): a text that is a source or its Swedish translation is asked for
again in the context of the widget's own class (or a parent's), in the language now installed.
Texts filled in from data (counts, names) are not in the translation and follow at the pages' next
refresh; item views repaint, so what their models translate on request changes at once.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from collections.abc import Callable
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTranslator
from PySide6.QtGui import QAction, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTabWidget,
    QTextEdit,
    QTreeWidget,
    QWidget,
)

from dialog_app.core import app_settings
from dialog_app.core.paths import resources_dir
from dialog_app.gui.i18n import install_translators

Sources = dict[str, list[tuple[str, str]]]  # a text as shown -> (context, source) it may come from


def switch_language(code: str) -> None:
    """Remember ``code``, install its translators in place of the old ones, and put every open
    window's words into it."""
    app_settings.set_language(code)
    if os.environ.get(app_settings.LANGUAGE_ENV):  # the environment chose for this run: the user now has
        os.environ[app_settings.LANGUAGE_ENV] = code
    app = QCoreApplication.instance()
    for translator in app.findChildren(QTranslator):
        app.removeTranslator(translator)
        translator.deleteLater()
    install_translators(app, code)
    if isinstance(app, QApplication):
        for window in app.topLevelWidgets():
            retranslate(window)


def retranslate(root: QWidget) -> None:
    """Put ``root``'s words, and its children's, into the language now installed."""
    sources = _sources()
    for widget in [root, *root.findChildren(QWidget)]:
        again = _asker(widget, sources)
        _texts(widget, again)
        kept = getattr(widget, "language_changed", None)  # a widget that builds its text from a word it keeps
        if callable(kept):
            kept(again)
    for action in root.findChildren(QAction):
        again = _asker(action.parent() if isinstance(action.parent(), QWidget) else root, sources)
        for getter, setter in ((action.text, action.setText), (action.toolTip, action.setToolTip),
                               (action.statusTip, action.setStatusTip)):
            _swap(getter, setter, again)
        if action.menu() is not None:
            action.menu().setTitle(action.text())


def _texts(widget: QWidget, again: Callable[[str], str | None]) -> None:
    pairs = [(widget.toolTip, widget.setToolTip), (widget.statusTip, widget.setStatusTip),
             (widget.accessibleName, widget.setAccessibleName),
             (widget.accessibleDescription, widget.setAccessibleDescription)]
    if widget.isWindow():
        pairs.append((widget.windowTitle, widget.setWindowTitle))
    if isinstance(widget, (QLabel, QAbstractButton)):
        pairs.append((widget.text, widget.setText))
    elif isinstance(widget, QGroupBox):
        pairs.append((widget.title, widget.setTitle))
    elif isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
        pairs.append((widget.placeholderText, widget.setPlaceholderText))
    for getter, setter in pairs:
        _swap(getter, setter, again)
    if isinstance(widget, QComboBox):
        for row in range(widget.count()):
            _swap(lambda row=row: widget.itemText(row), lambda text, row=row: widget.setItemText(row, text), again)
    elif isinstance(widget, QTabWidget):
        for tab in range(widget.count()):
            _swap(lambda tab=tab: widget.tabText(tab), lambda text, tab=tab: widget.setTabText(tab, text), again)
            _swap(lambda tab=tab: widget.tabToolTip(tab), lambda text, tab=tab: widget.setTabToolTip(tab, text),
                  again)
    if isinstance(widget, (QTableWidget, QTreeWidget)):
        _item_headers(widget, again)
    elif isinstance(widget, QAbstractItemView) and isinstance(widget.model(), QStandardItemModel):
        model = widget.model()
        for column in range(model.columnCount()):
            item = model.horizontalHeaderItem(column)
            if item is not None:
                _swap(item.text, item.setText, again)
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model = widget.model()  # headers and cells its model translates on request are asked again
        columns = model.columnCount(widget.rootIndex()) if not _is_list(model) else 1
        if columns:
            model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)
        widget.viewport().update()


def _is_list(model) -> bool:
    try:
        model.columnCount()
    except TypeError:
        return True
    return False


def _item_headers(widget: QTableWidget | QTreeWidget, again: Callable[[str], str | None]) -> None:
    if isinstance(widget, QTreeWidget):
        item = widget.headerItem()
        for column in range(widget.columnCount()):
            _swap(lambda c=column: item.text(c), lambda text, c=column: item.setText(c, text), again)
        return
    for column in range(widget.columnCount()):
        item = widget.horizontalHeaderItem(column)
        if item is not None:
            _swap(item.text, item.setText, again)


def _swap(getter: Callable[[], str], setter: Callable[[str], None], again: Callable[[str], str | None]) -> None:
    text = getter()
    if text:
        new = again(text)
        if new is not None and new != text:
            setter(new)


def _asker(widget: QWidget, sources: Sources) -> Callable[[str], str | None]:
    """Looks a text up, preferring the contexts of the widget's classes and its parents'."""
    contexts: list[str] = []
    owner: QObject | None = widget
    while owner is not None:
        contexts += [cls.__name__ for cls in type(owner).__mro__]
        owner = owner.parent()

    def again(text: str) -> str | None:
        found = sources.get(text)
        if not found:
            return None
        context, source = min(found, key=lambda pair: contexts.index(pair[0]) if pair[0] in contexts else 10_000)
        return QCoreApplication.translate(context, source)

    return again


@lru_cache(maxsize=1)
def _sources() -> Sources:
    """Every text of the translation, as source and as Swedish, with where it comes from; the
    plural forms and the words with placeholders are left out (they are filled in, never shown
    as they stand)."""
    found: Sources = {}
    path = resources_dir() / "translations" / "dialog_app_sv.ts"
    for context in ET.parse(path).getroot().iter("context"):  # the app's own shipped file
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None or message.get("numerus") == "yes" or "%" in source:
                continue
            for text in {source, translation.text or ""}:
                if text:
                    found.setdefault(text, []).append((name, source))
    return found
