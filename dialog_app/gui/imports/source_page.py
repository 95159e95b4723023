"""The first step: which file, what it turned out to be in words, and the choices that change how
it is read (encoding and delimiter of a CSV file, the sheet of a workbook, group lines in minutes)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from dialog_app.core.import_plan import SourceKind
from dialog_app.gui.error_text import shown_name
from dialog_app.gui.imports.import_words import ENCODINGS, ImportWords, encoding_name, same_codec
from dialog_app.gui.widgets.heading import make_heading
from dialog_app.gui.widgets.readable import quiet
from dialog_app.io.imports.source_facts import ReadOptions, SourceFacts

PROBLEM_STYLE = ("QLabel { color: #8a1c1c; background: #fdecea; border: 1px solid #f1b0b0;"
                 " border-radius: 4px; padding: 8px; }")


class SourcePage(QWidget):
    options_changed = Signal()  # the user chose another encoding, delimiter, sheet or group lines

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importSourcePage")
        self.words = ImportWords(self)
        self.facts: SourceFacts | None = None
        self._chosen: dict[str, str] = {}  # what the user picked, by option name; the rest is detected
        self._build()

    def _build(self) -> None:
        self.file_label = QLabel()
        self.file_label.setObjectName("importFileName")
        make_heading(self.file_label, 1.33)
        self.file_label.setTextFormat(Qt.TextFormat.PlainText)
        self.detected = QLabel()
        self.detected.setObjectName("importDetected")
        self.detected.setWordWrap(True)
        self.detected.setTextFormat(Qt.TextFormat.PlainText)
        self.size_label = QLabel()
        quiet(self.size_label)
        self.problem = QLabel()
        self.problem.setObjectName("importProblem")
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setStyleSheet(PROBLEM_STYLE)
        self.problem.hide()

        self.encoding_box = QComboBox()
        self.encoding_box.setObjectName("importEncoding")
        for codec, name in ENCODINGS:
            self.encoding_box.addItem(name, codec)
        self.delimiter_box = QComboBox()
        self.delimiter_box.setObjectName("importDelimiter")
        for delimiter, name in self.words.delimiters():
            self.delimiter_box.addItem(name, delimiter)
        self.sheet_box = QComboBox()
        self.sheet_box.setObjectName("importSheet")
        self.group_lines = QCheckBox(self.tr("Lines such as “Civil society:” name a stakeholder group"))
        self.group_lines.setObjectName("importGroupLines")
        self.group_lines.setToolTip(self.tr("The notes after such a line, or after a bold lead-in, belong to that "
                                            "group until the next one"))

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.form.addRow(self.tr("&Encoding:"), self.encoding_box)
        self.form.addRow(self.tr("&Delimiter:"), self.delimiter_box)
        self.form.addRow(self.tr("&Sheet:"), self.sheet_box)
        self.form.addRow("", self.group_lines)

        layout = QVBoxLayout(self)
        layout.addWidget(self.file_label)
        layout.addWidget(self.detected)
        layout.addWidget(self.size_label)
        layout.addSpacing(12)
        layout.addLayout(self.form)
        layout.addSpacing(12)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        self._show_rows(None)

        self.encoding_box.activated.connect(lambda _i: self._pick("encoding", self.encoding_box.currentData()))
        self.delimiter_box.activated.connect(lambda _i: self._pick("delimiter", self.delimiter_box.currentData()))
        self.sheet_box.activated.connect(lambda _i: self._pick("sheet", self.sheet_box.currentText()))
        self.group_lines.toggled.connect(lambda _on: self.options_changed.emit())

    # --- what is shown -------------------------------------------------------------------------

    def show_file(self, path: Path) -> None:
        self.file_label.setText(shown_name(path))
        self.file_label.setToolTip(str(path))
        self.detected.setText(self.tr("Looking at the file…"))
        self.size_label.clear()
        self.problem.hide()

    def show_facts(self, facts: SourceFacts) -> None:
        self.facts = facts
        self.problem.hide()
        self.detected.setText(self.words.detected(facts))
        self.size_label.setText(self.words.size(facts))
        if facts.encoding:
            index = next((i for i in range(self.encoding_box.count())
                          if same_codec(self.encoding_box.itemData(i), facts.encoding)), -1)
            if index < 0:
                self.encoding_box.addItem(encoding_name(facts.encoding), facts.encoding)
                index = self.encoding_box.count() - 1
            self.encoding_box.setCurrentIndex(index)
        if facts.delimiter:
            index = self.delimiter_box.findData(facts.delimiter)
            if index < 0:
                self.delimiter_box.addItem(self.words.delimiter_name(facts.delimiter), facts.delimiter)
                index = self.delimiter_box.count() - 1
            self.delimiter_box.setCurrentIndex(index)
        self.sheet_box.clear()
        self.sheet_box.addItems(list(facts.sheets))
        self.sheet_box.setCurrentText(facts.sheet or "")
        self._show_rows(facts)

    def show_problem(self, text: str) -> None:
        """The file could not be looked at (or not with the encoding chosen): why, in words."""
        if self.facts is None:
            self.detected.clear()
        self.problem.setText(text)
        self.problem.show()

    def _show_rows(self, facts: SourceFacts | None) -> None:
        fmt = facts.format if facts else ""
        self.form.setRowVisible(self.encoding_box, fmt == "csv")
        self.form.setRowVisible(self.delimiter_box, fmt == "csv")
        self.form.setRowVisible(self.sheet_box, fmt == "xlsx" and len(facts.sheets) > 1)
        self.form.setRowVisible(self.group_lines, facts is not None and facts.kind is SourceKind.DOCUMENT)

    # --- what is chosen ------------------------------------------------------------------------

    def options(self) -> ReadOptions:
        """What the user chose; what was left alone is detected again."""
        return ReadOptions(sheet=self._chosen.get("sheet"), encoding=self._chosen.get("encoding"),
                           delimiter=self._chosen.get("delimiter"), group_lines=self.group_lines.isChecked())

    def _pick(self, name: str, value: str) -> None:
        if self._chosen.get(name) != value:
            self._chosen[name] = value
            self.options_changed.emit()
