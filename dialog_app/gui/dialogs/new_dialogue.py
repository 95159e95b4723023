"""Asks for a new dialogue: title, kind, when, where, and its questions (one per line)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timezone, tzinfo

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from dialog_app.gui import formats
from dialog_app.gui.labels import DIALOGUE_KINDS, label

_MINUTES = re.compile(r"^(?P<question>.*?)\s*\|\s*(?P<minutes>\d{1,3})\s*(min)?\s*$")


@dataclass(frozen=True)
class NewDialogue:
    title: str
    kind: str
    starts_at: datetime
    place: str | None
    online: bool
    questions: list[tuple[str, int | None]] = field(default_factory=list)


def parse_questions(text: str) -> list[tuple[str, int | None]]:
    """One question per line; "Vilka hinder finns? | 20" plans 20 minutes for it."""
    questions = []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        match = _MINUTES.match(line)
        if match and match["question"]:
            questions.append((match["question"], int(match["minutes"])))
        else:
            questions.append((line, None))
    return questions


class NewDialogueDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, zone: tzinfo | None = None) -> None:
        """``zone``: the project's, where the meeting's clock time is read."""
        super().__init__(parent)
        self.setObjectName("newDialogueDialog")
        self._zone = zone
        self.setWindowTitle(self.tr("New dialogue"))
        self.title = QLineEdit()
        self.title.setObjectName("dialogueTitle")
        self.title.setPlaceholderText(self.tr("e.g. Dialogue meeting with civil society"))
        self.kind = QComboBox()
        for value in DIALOGUE_KINDS:
            self.kind.addItem(label(DIALOGUE_KINDS, value), value)
        self.starts = QDateTimeEdit(formats.edit_moment(datetime.now(timezone.utc), zone))
        self.starts.setCalendarPopup(True)
        formats.localise_edit(self.starts)
        self.place = QLineEdit()
        self.place.setPlaceholderText(self.tr("e.g. Town hall, Härnösand"))
        self.online = QCheckBox(self.tr("Online"))
        self.online.toggled.connect(lambda on: self.place.setEnabled(not on))
        self.questions = QPlainTextEdit()
        self.questions.setObjectName("dialogueQuestions")
        self.questions.setTabChangesFocus(True)
        self.questions.setPlaceholderText(
            self.tr("One question per line. Add planned minutes after a bar:\nWhat stands in the way? | 20")
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept_if_titled)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Title:"), self.title)
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Starts:"), self.starts)
        form.addRow(self.tr("Place:"), self.place)
        form.addRow("", self.online)
        form.addRow(self.tr("Questions:"), self.questions)
        form.addRow(buttons)
        self.resize(560, 420)

    def value(self) -> NewDialogue:
        return NewDialogue(
            title=self.title.text().strip(),
            kind=self.kind.currentData(),
            starts_at=formats.moment_from_edit(self.starts.dateTime(), self._zone),
            place=None if self.online.isChecked() else (self.place.text().strip() or None),
            online=self.online.isChecked(),
            questions=parse_questions(self.questions.toPlainText()),
        )

    def _accept_if_titled(self) -> None:
        if self.title.text().strip():
            self.accept()
        else:
            self.title.setFocus()


def ask_new_dialogue(parent: QWidget | None, zone: tzinfo | None = None) -> NewDialogue | None:
    """The new dialogue the user described, or None when cancelled (tests replace this)."""
    dialog = NewDialogueDialog(parent, zone)
    return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
