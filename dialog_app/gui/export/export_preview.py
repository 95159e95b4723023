"""The preview beside the export's choices: how many notes, dialogues and themes go in, which notes
are left out and why, and what personal data will be masked, and where."""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from dialog_app.gui import formats
from dialog_app.gui.labels import NOTE_STATUSES, label
from dialog_app.gui.widgets.heading import make_heading
from dialog_app.gui.widgets.readable import quiet, quiet_colour, warning_colour
from dialog_app.io.export.options import UNCONFIRMED_KEEP, UNCONFIRMED_MASK, UNCONFIRMED_REFUSE
from dialog_app.io.export.report import Report

MAX_WHERE = 6  # places listed after a masked count; the rest are in the tooltip
STATUS_ORDER = ("captured", "reviewed", "excluded")
KIND_ORDER = ("name", "email", "phone", "personal_number")


@dataclass(frozen=True)
class Line:
    label: str
    value: str = ""
    detail: str = ""  # shown after the value, smaller
    warning: bool = False


class ExportPreview(QFrame):
    """Shows a ``Report`` as a short summary; ``lines`` holds what is shown, by key, for tests."""

    names_requested = Signal()  # the writer wants to confirm or dismiss the possible names

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportPreviewPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.lines: dict[str, Line] = {}
        self.heading = QLabel(self.tr("What the export will hold"))
        make_heading(self.heading, 1.2)
        self.heading.setWordWrap(True)
        self.state = QLabel()
        self.state.setObjectName("exportPreviewState")
        quiet(self.state)
        self.body = QLabel()
        self.body.setObjectName("exportPreview")
        self.body.setAccessibleName(self.tr("What the export will hold"))
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setWordWrap(True)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.body)
        scroll.setAccessibleName(self.tr("What the export will hold"))  # arrows scroll it
        self.names_button = QPushButton(self.tr("Possible &names…"))
        self.names_button.setObjectName("exportPossibleNames")
        self.names_button.setAutoDefault(False)
        self.names_button.setVisible(False)
        self.names_button.clicked.connect(self.names_requested)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.state)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.names_button)
        self.show_waiting()

    def show_waiting(self) -> None:
        self.state.setText(self.tr("Updating…"))

    def show_error(self, text: str) -> None:
        self.lines = {}
        self.state.setText("")
        red = warning_colour(self.body.palette()).name()
        self.body.setText(f"<p style='color:{red}'>{html.escape(text)}</p>")

    def show_report(self, report: Report) -> None:
        self.state.setText("")
        sections = [
            (self.tr("Included"), self._included(report)),
            (self.tr("Left out"), self._left_out(report)),
            (self.tr("Personal data"), self._personal(report)),
        ]
        self.lines = {key: line for _title, lines in sections for key, line in lines}
        palette = self.body.palette()
        self.body.setText(_html(sections, warning_colour(palette).name(), quiet_colour(palette).name()))
        masked = [m.where for m in report.masked]
        self.body.setToolTip(", ".join(dict.fromkeys(masked)) if masked else "")
        self.names_button.setVisible(bool(report.names.unconfirmed))

    # --- the sections --------------------------------------------------------------------------

    def _included(self, report: Report) -> list[tuple[str, Line]]:
        lines = [
            ("notes", Line(self.tr("Notes"), formats.number(len(report.notes)))),
            ("dialogues", Line(self.tr("Dialogues with notes"),
                               formats.number(sum(1 for d in report.dialogues if d.notes)))),
            ("themes", Line(self.tr("Themes"), formats.number(len(report.themes)))),
        ]
        if report.uncovered:
            lines.append(("uncovered", Line(self.tr("Notes without a theme"), formats.number(len(report.uncovered)),
                                            self.tr("in a chapter of their own"))))
        if not report.notes:
            lines.append(("empty", Line(self.tr("No notes match these choices."), warning=True)))
        return lines

    def _left_out(self, report: Report) -> list[tuple[str, Line]]:
        counts = report.left_out
        scope = (self.tr("All notes but the excluded ones are included.") if report.options.all_statuses
                 else self.tr("Only notes approved for publication are included."))
        lines = [("left:scope", Line(scope))]
        lines += [(f"left:{key}", Line(label(NOTE_STATUSES, key), formats.number(counts[key])))
                 for key in STATUS_ORDER if counts.get(key)]
        lines += [(f"left:{key}", Line(key, formats.number(count))) for key, count in counts.items()
                  if key not in STATUS_ORDER and count]
        if len(lines) == 1:
            lines.append(("left:none", Line(self.tr("No notes are left out by their status."))))
        lines.append(("left:deleted", Line(self.tr("Deleted notes are never exported."))))
        return lines

    def _personal(self, report: Report) -> list[tuple[str, Line]]:
        if report.options.include_personal_data:
            return [("personal:included", Line(self.tr("Included as written, not masked"), warning=True))]
        names = {
            "name": self.tr("Names"),
            "email": self.tr("E-mail addresses"),
            "phone": self.tr("Phone numbers"),
            "personal_number": self.tr("Personal identity numbers"),
        }
        lines = []
        for kind in [*KIND_ORDER, *sorted({m.kind for m in report.masked} - set(KIND_ORDER))]:
            found = [m for m in report.masked if m.kind == kind]
            if found:
                places = list(dict.fromkeys(
                    self.tr("%1 (synthesis)").replace("%1", m.where) if m.in_synthesis else m.where for m in found))
                lines.append((f"masked:{kind}", Line(names.get(kind, kind), formats.number(len(found)),
                                                     self._places(places))))
        if not lines:
            lines.append(("masked:none", Line(self.tr("None found to mask"))))
        unconfirmed = report.names.unconfirmed
        if unconfirmed:
            shown = ", ".join(name.shown for name in unconfirmed[:MAX_WHERE])
            if len(unconfirmed) > MAX_WHERE:
                shown += " " + self.tr("and %1 more").replace("%1", formats.number(len(unconfirmed) - MAX_WHERE))
            choice = report.options.unconfirmed_names
            detail = {UNCONFIRMED_MASK: self.tr("will be masked"),
                      UNCONFIRMED_KEEP: self.tr("will be printed as written")}.get(
                choice, self.tr("confirm or dismiss them before exporting"))
            lines.append(("names:unconfirmed", Line(self.tr("Possible names not yet confirmed or dismissed"),
                                                    shown, detail, warning=choice == UNCONFIRMED_REFUSE)))
        lines.append(("masked:note", Line(self.tr(
            "Masked: names in the participant register, possible names you confirmed, e-mail addresses, phone "
            "numbers, personal identity and coordination numbers. Nothing else is searched for: read the text "
            "through before it is published."))))
        return lines

    def _places(self, places: list[str]) -> str:
        shown = ", ".join(places[:MAX_WHERE])
        if len(places) > MAX_WHERE:
            shown += " " + self.tr("and %1 more").replace("%1", formats.number(len(places) - MAX_WHERE))
        return shown


def _html(sections: list[tuple[str, list[tuple[str, Line]]]], red: str, grey: str) -> str:
    """The preview; ``red`` and ``grey`` readable on the palette in use."""
    parts = []
    for title, lines in sections:
        parts.append(f"<p style='margin-top:10px; margin-bottom:2px'><b>{html.escape(title)}</b></p>"
                     "<table cellspacing='0' cellpadding='2' width='100%'>")
        for _key, line in lines:
            colour = f" style='color:{red}'" if line.warning else ""
            if not line.value:
                parts.append(f"<tr><td colspan='2'{colour}><small>{html.escape(line.label)}</small></td></tr>"
                             if not line.warning else
                             f"<tr><td colspan='2'{colour}><b>{html.escape(line.label)}</b></td></tr>")
                continue
            detail = (f"<br><small style='color:{grey}'>{html.escape(line.detail)}</small>"
                      if line.detail else "")
            parts.append(f"<tr><td{colour}>{html.escape(line.label)}{detail}</td>"
                         f"<td align='right' valign='top'{colour}><b>{html.escape(line.value)}</b></td></tr>")
        parts.append("</table>")
    return "".join(parts)
