"""The selected theme's name, code, colour, description and keywords, and which of them were edited.

The form knows what the file holds for the theme, so the editor writes only the fields that
changed; when the theme is read again, a field the writer is still editing keeps their text.
"""

from __future__ import annotations

import re
import uuid
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from dialog_app.core.records import ThemeRecord
from dialog_app.core.services.frameworks import unique_words
from dialog_app.gui.frameworks.theme_tree_model import swatch
from dialog_app.gui.widgets.readable import quiet

_COLOUR = re.compile(r"#[0-9A-Fa-f]{6}")
_SEPARATORS = re.compile(r"[\n,]")
BLANK: dict[str, Any] = {"name": "", "code": "", "colour": "#808080", "description": "", "keywords": []}


def parse_keywords(text: str) -> list[str]:
    """One keyword or phrase per line; commas separate too (a pasted "bredband, fiber"). Each
    once, whatever its case, as the file keeps them."""
    return unique_words(word for word in _SEPARATORS.split(text) if word.strip())


class ThemeForm(QGroupBox):
    edited = Signal()  # a field was changed by the writer
    save_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)  # titled by show_theme
        self.setObjectName("themeForm")
        self._theme_id: uuid.UUID | None = None
        self._stored: dict[str, Any] = dict(BLANK)
        self._colour = BLANK["colour"]

        self.name = QLineEdit()
        self.name.setObjectName("themeName")
        self.name.setPlaceholderText(self.tr("A theme needs a name"))
        self.code = QLineEdit()
        self.code.setObjectName("themeCode")
        self.code.setPlaceholderText(self.tr("e.g. 2.1"))
        self.code.setMaximumWidth(110)
        self.colour = QPushButton()
        self.colour.setObjectName("themeColour")
        self.colour.setAutoDefault(False)
        self.colour.setToolTip(self.tr("Choose the colour the theme has in lists, charts and on the projector"))
        self.colour.clicked.connect(self.choose_colour)
        code_row = QHBoxLayout()
        code_row.addWidget(self.code)
        code_row.addSpacing(12)
        colour_label = QLabel(self.tr("C&olour:"))
        colour_label.setBuddy(self.colour)
        code_row.addWidget(colour_label)
        code_row.addWidget(self.colour)
        code_row.addStretch(1)

        self.description = QPlainTextEdit()
        self.description.setObjectName("themeDescription")
        self.description.setTabChangesFocus(True)
        self.description.setPlaceholderText(self.tr("What belongs under this theme, in a sentence or two"))
        lines = self.description.fontMetrics().lineSpacing()
        self.description.setFixedHeight(lines * 5 + 12)  # the keywords' list gets the rest
        self.keywords = QPlainTextEdit()
        self.keywords.setObjectName("themeKeywords")
        self.keywords.setTabChangesFocus(True)
        self.keywords.setPlaceholderText(self.tr("e.g.\nbroadband\nmobile coverage"))
        hint = QLabel(self.tr("One keyword or phrase per line (commas also separate them). "
                              "A note that contains one gets this theme suggested."))
        hint.setObjectName("themeKeywordsHint")
        hint.setWordWrap(True)
        quiet(hint)  # a hint, not a field; still readable (a disabled look read 1.57:1)

        self.save_button = QPushButton(self.tr("&Save changes"))
        self.save_button.setObjectName("applyThemeButton")
        self.save_button.setToolTip(self.tr("Save the theme's changes (Ctrl+S). Undo them with Ctrl+Z."))
        self.save_button.setDefault(True)  # Enter in the name or code saves
        self.save_button.clicked.connect(self.save_requested)
        self.revert_button = QPushButton(self.tr("Re&vert"))
        self.revert_button.setObjectName("revertThemeButton")
        self.revert_button.setAutoDefault(False)
        self.revert_button.setToolTip(self.tr("Put back what is saved for this theme"))
        self.revert_button.clicked.connect(self.revert)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)

        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Name:"), self.name)
        code_label = QLabel(self.tr("Co&de:"))
        code_label.setBuddy(self.code)  # the row is a layout: without a buddy the "&" was shown as typed
        form.addRow(code_label, code_row)
        form.addRow(self.tr("Descri&ption:"), self.description)
        form.addRow(self.tr("&Keywords:"), self.keywords)
        form.addRow("", hint)
        form.addRow(buttons)

        for edit in (self.name, self.code):
            edit.textChanged.connect(self._edited)
        for text in (self.description, self.keywords):
            text.textChanged.connect(self._edited)
        self.show_theme(None)

    # --- what is shown -------------------------------------------------------------------------

    @property
    def theme_id(self) -> uuid.UUID | None:
        return self._theme_id

    def show_theme(self, theme: ThemeRecord | None) -> None:
        """Show a theme as stored. Read again, the same theme keeps the fields being edited."""
        stored = _stored(theme) if theme is not None else dict(BLANK)
        same = theme is not None and theme.id == self._theme_id
        current = self.values()
        for key, value in stored.items():
            if not same or current[key] == self._stored[key]:
                self._put(key, value)
        self._theme_id = theme.id if theme is not None else None
        self._stored = stored
        for widget in (self.name, self.code, self.colour, self.description, self.keywords):
            widget.setEnabled(theme is not None)
        title = self.tr("Theme “%1”").replace("%1", theme.name) if theme is not None else self.tr("Select a theme to edit it")
        self.setTitle(self.fontMetrics().elidedText(title, Qt.TextElideMode.ElideMiddle, 340))  # never widens the form
        self._edited()

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name.text().strip(),
            "code": self.code.text().strip(),
            "colour": self._colour,
            "description": self.description.toPlainText().strip(),
            "keywords": parse_keywords(self.keywords.toPlainText()),
        }

    def changes(self) -> dict[str, Any]:
        """The fields that differ from what is stored (none without a theme)."""
        if self._theme_id is None:
            return {}
        return {key: value for key, value in self.values().items() if value != self._stored[key]}

    def mark_saved(self) -> None:
        """The edits were handed to the queue: they are what the file will hold."""
        self._stored = self.values()
        self._edited()

    def revert(self) -> None:
        for key, value in self._stored.items():
            self._put(key, value)
        self._edited()

    # --- the colour ----------------------------------------------------------------------------

    def choose_colour(self) -> None:
        chosen = QColorDialog.getColor(QColor(self._colour), self, self.tr("Colour of the theme"))
        if chosen.isValid():
            self.set_colour(chosen.name())

    def set_colour(self, colour: str) -> None:
        """Choose a colour, written #RRGGBB (what the colour dialog does; tests call it directly)."""
        if not _COLOUR.fullmatch(colour):
            raise ValueError(f"a colour is written #RRGGBB, not {colour!r}")
        self._put("colour", colour)
        self._edited()

    def focus_name(self) -> None:
        self.name.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.name.selectAll()

    def _put(self, key: str, value: Any) -> None:
        if key == "name":
            self.name.setText(value)
        elif key == "code":
            self.code.setText(value)
        elif key == "description":
            self.description.setPlainText(value)
        elif key == "keywords":
            self.keywords.setPlainText("\n".join(value))
        elif key == "colour":
            self._colour = value.upper()
            self.colour.setIcon(swatch(self._colour, 16))
            self.colour.setText(self._colour)
            self.colour.setAccessibleName(self.tr("Colour %1").replace("%1", self._colour))

    def _edited(self) -> None:
        changed = bool(self.changes())
        self.save_button.setEnabled(changed and bool(self.name.text().strip()))
        self.revert_button.setEnabled(changed)
        self.edited.emit()


def _stored(theme: ThemeRecord) -> dict[str, Any]:
    return {"name": theme.name, "code": theme.code, "colour": theme.colour.upper(),
            "description": theme.description, "keywords": parse_keywords("\n".join(theme.keywords))}
