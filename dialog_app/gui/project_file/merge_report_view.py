"""What a merge brought in (or, in the preview, would bring in), file by file, and the notes it
settled: each a link to that note in the review, and one button for all of them."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from dialog_app.core.services.merge_report import MergeReport
from dialog_app.core.services.merge_themes import MAKE_ONE

NOTE_ROLE = Qt.ItemDataRole.UserRole


class MergeReportView(QWidget):
    notes_requested = Signal(object)  # a frozenset of note ids to show in the review

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel()
        self.summary.setObjectName("mergeSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.notes_heading = QLabel(self.tr("Settled by the merge (double-click a note to see it in the review):"))
        self.notes = QListWidget()
        self.notes.setObjectName("mergeReportNotes")
        self.notes.setWordWrap(True)
        self.notes.itemActivated.connect(self._open_one)
        self.all_button = QPushButton()
        self.all_button.setObjectName("mergeShowInReview")
        self.all_button.setAutoDefault(False)
        self.all_button.clicked.connect(lambda: self.notes_requested.emit(self._all))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.notes_heading)
        layout.addWidget(self.notes, 1)
        layout.addWidget(self.all_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._all: frozenset[uuid.UUID] = frozenset()

    def show_reports(self, reports: list[MergeReport], *, done: bool) -> None:
        """The reports of a preview (``done`` False: what would come) or of the merge."""
        self.summary.setText("\n\n".join(self._file_text(report, done) for report in reports))
        self.notes.clear()
        for report in reports:
            for line in report.two_versions:
                self._add(line.note_id, self.tr("Two versions (the later is kept, the other is in the note's "
                                                "history): %1").replace("%1", line.text or "…"))
            for tag in report.tags:
                words = (self.tr("Theme “%1” kept: added again after it was removed elsewhere: %2") if tag.kept
                         else self.tr("Theme “%1” removed: taken off later elsewhere: %2"))
                self._add(tag.note.note_id, words.replace("%1", tag.theme).replace("%2", tag.note.text or "…"))
        has_notes = self.notes.count() > 0
        self.notes_heading.setVisible(has_notes and done)
        self.notes.setVisible(has_notes and done)
        self._all = frozenset(note_id for report in reports for note_id in report.note_ids)
        self.all_button.setText(self.tr("Show the %n note(s) the merge added or changed in the &review", "",
                                        len(self._all)))
        self.all_button.setVisible(done and bool(self._all))

    def _file_text(self, report: MergeReport, done: bool) -> str:
        name = report.file.name
        if not report.changed:
            return self.tr("%1: nothing new; this project already holds all of it.").replace("%1", name)
        lines = [(self.tr("%1 brought in:") if done else self.tr("%1 would bring in:")).replace("%1", name)]
        for heading, numbers in ((self.tr("new"), report.added), (self.tr("updated"), report.updated),
                                 (self.tr("removed"), report.removed)):
            if numbers:
                kinds = ", ".join(self.kind_text(table, n) for table, n in numbers.items())
                lines.append(f"  {heading}: {kinds}")
        if report.two_versions:
            lines.append("  " + self.tr("%n note(s) edited on both sides: the later text is kept, the other is "
                                        "in the note's history", "", len(report.two_versions)))
        if report.tags:
            lines.append("  " + self.tr("%n tag(s) added on one side and removed on the other, settled by time",
                                        "", len(report.tags)))
        for conflict in report.conflicts:
            if conflict.choice is not None:
                words = (self.tr("theme “%1”: made one with the theme here") if conflict.choice == MAKE_ONE
                         else self.tr("theme “%1”: both kept"))
                lines.append("  " + words.replace("%1", conflict.name))
        return "\n".join(lines)

    def kind_text(self, table: str, n: int) -> str:
        """"12 notes", "1 theme" ...: a count of one kind of row, in the interface's language."""
        words = {
            "note": lambda: self.tr("%n note(s)", "", n),
            "noteevent": lambda: self.tr("%n history entry(ies)", "", n),
            "tagging": lambda: self.tr("%n tag(s)", "", n),
            "dialogue": lambda: self.tr("%n dialogue(s)", "", n),
            "agendaitem": lambda: self.tr("%n question(s)", "", n),
            "stakeholdergroup": lambda: self.tr("%n stakeholder group(s)", "", n),
            "attendance": lambda: self.tr("%n attendance count(s)", "", n),
            "organisation": lambda: self.tr("%n organisation(s)", "", n),
            "dialogueorganisation": lambda: self.tr("%n organisation(s) present", "", n),
            "participant": lambda: self.tr("%n participant(s)", "", n),
            "themeframework": lambda: self.tr("%n framework(s)", "", n),
            "theme": lambda: self.tr("%n theme(s)", "", n),
            "themesynthesis": lambda: self.tr("%n synthesis(es)", "", n),
            "synthesisquote": lambda: self.tr("%n key quote(s)", "", n),
        }
        return words[table]() if table in words else f"{n} {table}"

    def _add(self, note_id: uuid.UUID, text: str) -> None:
        item = QListWidgetItem(text)
        item.setData(NOTE_ROLE, note_id)
        item.setToolTip(self.tr("Double-click to see this note in the review"))
        self.notes.addItem(item)

    def _open_one(self, item: QListWidgetItem) -> None:
        self.notes_requested.emit(frozenset({item.data(NOTE_ROLE)}))
