"""The export's option widgets, and the ``ExportOptions`` they add up to.

The defaults are the safe ones: approved notes only, personal data masked. Including personal
data asks first, and a warning stays in sight while it is on.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from dialog_app.gui.dialogs import messages
from dialog_app.gui.export.export_data import Choices
from dialog_app.gui.export.export_selection import CheckList
from dialog_app.gui.widgets.readable import quiet
from dialog_app.io.export import FORMATS, ExportOptions
from dialog_app.io.export.options import UNCONFIRMED_KEEP, UNCONFIRMED_MASK, UNCONFIRMED_REFUSE
from dialog_app.io.export.gather import DEFAULT_VERSION_LABEL
from dialog_app.io.export.wording import Wording

LANGUAGE_NAMES = (("sv", "Svenska"), ("en", "English"))  # each language in its own words
WITH_VERSION_LABEL = ("pdf", "docx")
WARNING_STYLE = ("QLabel { color: #8a1c1c; background: #fdecea; border: 1px solid #f1b0b0;"
                 " border-radius: 4px; padding: 6px; }")


class ExportChoices(QWidget):
    changed = Signal()  # any choice changed: the preview is out of date

    def __init__(self, language: str, format_key: str | None = None, delimiter: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices: Choices | None = None
        self._version_edited = False
        self._delimiter_chosen = delimiter is not None
        self._build()
        self.format_box.setCurrentIndex(max(0, self.format_box.findData(format_key or "pdf")))
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(language)))
        self._language_changed()
        if delimiter is not None:
            self.delimiter_box.setCurrentIndex(self.delimiter_box.findData(delimiter))
        self._format_changed()
        self._connect()

    # --- building ------------------------------------------------------------------------------

    def _build(self) -> None:
        self.format_box = QComboBox()
        self.format_box.setObjectName("exportFormat")
        for chosen in FORMATS.values():
            self.format_box.addItem(QCoreApplication.translate("Export", chosen.label), chosen.key)
        self.format_help = QLabel()
        self.format_help.setObjectName("exportFormatHelp")
        self.format_help.setWordWrap(True)
        quiet(self.format_help)

        self.language_box = QComboBox()
        self.language_box.setObjectName("exportLanguage")
        for code, name in LANGUAGE_NAMES:
            self.language_box.addItem(name, code)

        self.version_edit = QLineEdit()
        self.version_edit.setObjectName("exportVersionLabel")
        self.version_edit.setToolTip(self.tr("Printed on the cover and in the page header"))

        self.delimiter_box = QComboBox()
        self.delimiter_box.setObjectName("exportDelimiter")
        self.delimiter_box.addItem(self.tr("Semicolon (;) – Excel in Swedish"), ";")
        self.delimiter_box.addItem(self.tr("Comma (,) – Excel in English, other programs"), ",")

        self.pdfa_check = QCheckBox(self.tr("Also as PDF/A-2b for the a&rchive"))
        self.pdfa_check.setObjectName("pdfaCheck")
        self.pdfa_check.setToolTip(self.tr(
            "The report is always tagged for screen readers (PDF/UA). PDF/A adds what long-term archives ask "
            "for: a colour profile and archive metadata."))

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._row(self.tr("&Format:"), self.format_box)
        self.form.addRow("", self.format_help)
        self._row(self.tr("&Language of the document:"), self.language_box)
        self._row(self.tr("&Version label:"), self.version_edit)
        self._row(self.tr("&Separator:"), self.delimiter_box)
        self.form.addRow("", self.pdfa_check)

        self.themes = CheckList(self.tr("All &themes"), "exportThemes", self.tr("Themes in the export"))
        self.dialogues = CheckList(self.tr("All &dialogues"), "exportDialogues", self.tr("Dialogues in the export"))
        lists = QHBoxLayout()
        lists.setSpacing(12)
        lists.addWidget(self.themes, 2)
        lists.addWidget(self.dialogues, 3)

        self.all_statuses = QCheckBox(self.tr("Include notes not yet &approved (all but the excluded ones)"))
        self.all_statuses.setObjectName("exportAllStatuses")
        self.personal = QCheckBox(
            self.tr("Include &personal data (names, e-mail, phone numbers, personal identity numbers)"))
        self.personal.setObjectName("exportPersonalData")
        self.personal_warning = QLabel(self.tr(
            "Personal data will be printed as written, not masked. Do not publish this file or send it "
            "out for consultation."))
        self.personal_warning.setObjectName("exportPersonalWarning")
        self.personal_warning.setWordWrap(True)
        self.personal_warning.setStyleSheet(WARNING_STYLE)
        self.personal_warning.setVisible(False)
        self.unconfirmed_box = QComboBox()
        self.unconfirmed_box.setObjectName("exportUnconfirmedNames")
        for text, value in ((self.tr("stop, and list them"), UNCONFIRMED_REFUSE),
                            (self.tr("mask them too"), UNCONFIRMED_MASK),
                            (self.tr("print them as written"), UNCONFIRMED_KEEP)):
            self.unconfirmed_box.addItem(text, value)
        unconfirmed_label = QLabel(self.tr("&Unconfirmed possible names:"))
        unconfirmed_label.setBuddy(self.unconfirmed_box)
        unconfirmed_label.setWordWrap(True)  # a large font would cut it
        unconfirmed = QHBoxLayout()
        unconfirmed.addWidget(unconfirmed_label, 1)
        unconfirmed.addWidget(self.unconfirmed_box)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.form)
        layout.addSpacing(6)
        layout.addLayout(lists, 1)
        layout.addSpacing(6)
        layout.addWidget(self.all_statuses)
        layout.addLayout(unconfirmed)
        layout.addWidget(self.personal)
        layout.addWidget(self.personal_warning)

    def _row(self, text: str, field: QWidget) -> None:
        label = QLabel(text)
        label.setBuddy(field)
        self.form.addRow(label, field)

    def _connect(self) -> None:
        self.format_box.currentIndexChanged.connect(self._format_changed)
        self.language_box.currentIndexChanged.connect(self._language_changed)
        self.version_edit.textEdited.connect(self._version_typed)
        self.delimiter_box.activated.connect(self._delimiter_picked)
        self.delimiter_box.currentIndexChanged.connect(self.changed)
        self.themes.changed.connect(self.changed)
        self.dialogues.changed.connect(self.changed)
        self.all_statuses.toggled.connect(self.changed)
        self.pdfa_check.toggled.connect(self.changed)
        self.personal.toggled.connect(self._personal_toggled)
        self.unconfirmed_box.currentIndexChanged.connect(self.changed)

    # --- what is chosen ------------------------------------------------------------------------

    def set_choices(self, choices: Choices) -> None:
        self.choices = choices
        self.themes.set_rows(choices.themes)
        self.dialogues.set_rows(choices.dialogues)
        self.changed.emit()

    def format_key(self) -> str:
        return self.format_box.currentData()

    def language(self) -> str:
        return self.language_box.currentData()

    def delimiter(self) -> str:
        return self.delimiter_box.currentData()

    def delimiter_chosen(self) -> str | None:
        """The delimiter the user picked, None while it follows the language."""
        return self.delimiter() if self._delimiter_chosen else None

    def nothing_chosen(self) -> bool:
        """No theme or no dialogue is checked: the export would be empty."""
        return self.themes.nothing_chosen() or self.dialogues.nothing_chosen()

    def options(self) -> ExportOptions:
        version = self.version_edit.text().strip()
        return ExportOptions(
            language=self.language(),
            include_personal_data=self.personal.isChecked(),
            all_statuses=self.all_statuses.isChecked(),
            framework_id=self.choices.framework_id if self.choices else None,
            theme_ids=self.themes.chosen(),
            dialogue_ids=self.dialogues.chosen(),
            version_label=version if version and version != self._default_version() else None,
            csv_delimiter=self.delimiter(),
            unconfirmed_names=self.unconfirmed_box.currentData(),
            pdfa=self.pdfa_check.isChecked() and self.format_key() == "pdf",
        )

    # --- reactions -----------------------------------------------------------------------------

    def _format_changed(self) -> None:
        key = self.format_key()
        self.format_help.setText(self.format_help_text(key))
        self.form.setRowVisible(self.version_edit, key in WITH_VERSION_LABEL)
        self.form.setRowVisible(self.delimiter_box, key == "csv")
        self.form.setRowVisible(self.pdfa_check, key == "pdf")
        self.changed.emit()

    def format_help_text(self, key: str) -> str:
        texts = {
            "pdf": self.tr("A finished report to read, print and send out for consultation."),
            "docx": self.tr("The same report as an editable Word document, for finishing touches."),
            "xlsx": self.tr("Every note in a spreadsheet with filters, to sort and count in Excel."),
            "csv": self.tr("A plain table of the notes, for statistics programs and other systems."),
            "qdpx": self.tr("The notes, themes and tagging as a project for qualitative analysis software."),
            "qdc": self.tr("Only the themes (the codebook), for qualitative analysis software."),
        }
        return texts.get(key, "")

    def _language_changed(self) -> None:
        if not self._version_edited:
            self.version_edit.setText(self._default_version())
        self.version_edit.setPlaceholderText(self._default_version())
        if not self._delimiter_chosen:
            self.delimiter_box.setCurrentIndex(self.delimiter_box.findData(";" if self.language() == "sv" else ","))
        self.changed.emit()

    def _default_version(self) -> str:
        return Wording(self.language())(DEFAULT_VERSION_LABEL)

    def _version_typed(self, _text: str) -> None:
        self._version_edited = True
        self.changed.emit()

    def _delimiter_picked(self, _index: int) -> None:
        self._delimiter_chosen = True

    def _personal_toggled(self, on: bool) -> None:
        if on and not messages.confirm(self, self.tr(
                "Include personal data in this export?\n\nNames, e-mail addresses, phone numbers and "
                "personal identity numbers will be printed as written. Such a file must not be published "
                "or sent out for consultation.")):
            self.personal.blockSignals(True)
            self.personal.setChecked(False)
            self.personal.blockSignals(False)
            return
        self.personal_warning.setVisible(on)
        self.changed.emit()
