"""The last step: what came in, and the way to those notes in the review."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from dialog_app.core.services.importing import ImportResult
from dialog_app.gui import formats
from dialog_app.gui.widgets.heading import make_heading
from dialog_app.gui.widgets.readable import quiet


class SummaryPage(QWidget):
    review_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importSummaryPage")
        self.values: dict[str, str] = {}  # what is shown, by key, for tests
        self.heading = QLabel()
        self.heading.setObjectName("importDone")
        make_heading(self.heading, 1.33)
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.form = QFormLayout()
        self.undo_hint = QLabel(self.tr("Edit ▸ Undo takes the whole import back in one step. A backup of the "
                                        "project as it was is kept as well."))
        self.undo_hint.setWordWrap(True)
        quiet(self.undo_hint)
        self.review_button = QPushButton(self.tr("Show these notes in the &review"))
        self.review_button.setObjectName("importShowInReview")
        self.review_button.setAutoDefault(False)
        self.review_button.clicked.connect(self.review_requested)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addSpacing(8)
        layout.addLayout(self.form)
        layout.addSpacing(12)
        layout.addWidget(self.review_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        layout.addWidget(self.undo_hint)

    def show_result(self, result: ImportResult, dialogue_title: str) -> None:
        self.heading.setText(self.tr("Imported into “%1”").replace("%1", dialogue_title) if dialogue_title
                             else self.tr("The themes are imported"))
        while self.form.rowCount():
            self.form.removeRow(0)
        lines = (
            ("notes", self.tr("Notes"), len(result.note_ids)),
            ("skipped", self.tr("Already there, skipped"), result.skipped_existing),
            ("questions", self.tr("New questions"), result.questions_created),
            ("groups", self.tr("New stakeholder groups"), result.groups_created),
            ("themes", self.tr("New themes"), result.themes_created),
            ("syntheses", self.tr("Theme syntheses"), result.syntheses_created),
            ("tagged", self.tr("Notes tagged with themes"), result.tagged_notes),
            ("persons", self.tr("Participants registered"), result.persons_created),
        )
        self.values = {}
        for key, name, count in lines:
            if count or key == "notes":
                self.values[key] = formats.number(count)
                value = QLabel(self.values[key])
                value.setStyleSheet("font-weight: 600;")
                self.form.addRow(name, value)
        self.review_button.setVisible(bool(result.note_ids))
