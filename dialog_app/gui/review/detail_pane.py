"""The whole of the current note beside the table: its text, where it came from, its themes and its
history (who captured, tagged, edited it, and when), so the writer can trust what a row says."""

from __future__ import annotations

import html
import uuid
from collections.abc import Sequence
from datetime import datetime, tzinfo

from PySide6.QtCore import QEvent
from PySide6.QtGui import QPalette, QTextOption
from PySide6.QtWidgets import QTextBrowser

from dialog_app.core.highlight import match_spans
from dialog_app.core.name_detection import PossibleName
from dialog_app.core.services.possible_names import MASK
from dialog_app.core.origins import parse_origin
from dialog_app.core.records import NoteEventRecord, NoteRecord
from dialog_app.gui import formats
from dialog_app.gui.labels import NOTE_KINDS, NOTE_STATUSES, label
from dialog_app.gui.review.review_ops import NoteDetail
from dialog_app.gui.review.review_rows import ReviewNames, ThemeChip
from dialog_app.gui.review.suggestion_why import why_text
from dialog_app.gui.widgets.readable import quiet_colour


class DetailPane(QTextBrowser):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewDetail")
        self.setAccessibleName(self.tr("The selected note"))
        self.setOpenLinks(False)
        # words whole: in a narrow pane Qt would break "Intressentgrupp" mid-word; a long word now widens
        # its column instead (the note's text still wraps between words)
        self.setWordWrapMode(QTextOption.WrapMode.WordWrap)
        self._zone: tzinfo | None = None  # the project's, for the history's times
        self._nothing: int | None = 0  # the count show_nothing was given; None while a note is shown
        self.show_nothing()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and self._nothing is not None:
            self.show_nothing(self._nothing)  # its words in the new language

    def show_nothing(self, count: int = 0) -> None:
        self._nothing = count
        # tr() stays outside f-strings: lupdate does not look inside them
        if count > 1:
            selected = self.tr("%Ln note(s) selected.", "", count)
            hint = self.tr("Number keys, drag and drop or the context menu act on all of them.")
            self.setHtml(f"<p>{html.escape(selected)}</p><p>{html.escape(hint)}</p>")
        else:
            hint = self.tr("Select a note to see all of it here.")
            self.setHtml(f"<p style='color: {self._quiet()}'>{html.escape(hint)}</p>")

    def show_detail(self, detail: NoteDetail, names: ReviewNames, query: str = "",
                    possible_names: Sequence[tuple[PossibleName, str | None]] = (),
                    zone: tzinfo | None = None, suggestions: Sequence[ThemeChip] = ()) -> None:
        """``zone``: the project's, where its times are shown; ``suggestions``: the row's, with why."""
        self._nothing = None
        self._zone = zone
        note = detail.note
        esc = html.escape
        question = names.questions.get(note.agenda_item_id) if note.agenda_item_id else None
        facts = [
            (self.tr("Dialogue"), names.dialogues.get(note.dialogue_id, "")),
            (self.tr("Question"), question[2] if question else ""),
            (self.tr("Stakeholder group"), names.groups.get(note.group_id, "") if note.group_id else ""),
            (self.tr("Table"), note.table_label or ""),
            (self.tr("Kind"), label(NOTE_KINDS, note.kind)),
            (self.tr("Status"), label(NOTE_STATUSES, note.status)),
            (self.tr("Votes"), str(note.votes) if note.votes else ""),
            (self.tr("Key quote"), self.tr("yes") if note.key_quote else ""),
            (self.tr("Source"), self._source(note)),
        ]
        text = _marked(note.text, query, possible_names)
        parts = [f"<p style='font-size: 115%'>{text}</p>", "<table cellspacing='2'>"]
        quiet = self._quiet()
        parts += [f"<tr><td nowrap style='color: {quiet}; padding-right: 8px'>{esc(name)}</td><td>{esc(value)}</td></tr>"
                  for name, value in facts if value]
        parts.append("</table>")
        if detail.taggings:
            parts.append(_heading(self.tr("Themes")))
            for tagging in sorted(detail.taggings, key=lambda t: t.tagged_at):
                theme = names.themes.get(tagging.theme_id)
                name = theme.title if theme else "?"
                how = self.tr(" (accepted suggestion)") if tagging.origin == "suggestion" else ""
                parts.append(f"<li><span style='color: {esc(theme.colour if theme else 'gray')}'>■</span> "
                             f"{esc(name)}{esc(how)}</li>")
            parts.append("</ul>")
        if suggestions:
            parts.append(_heading(self.tr("Suggested themes")))
            for chip in suggestions:
                parts.append(f"<li><span style='color: {esc(chip.colour)}'>□</span> {esc(chip.name)} "
                             f"<span style='color: {quiet}'>— {esc(why_text(chip.why, chip.keywords))}</span></li>")
            parts.append("</ul>")
        if detail.absorbed:
            parts.append(_heading(self.tr("Merged into this note")))
            for other in detail.absorbed:
                parts.append(f"<li>{esc(other.text)} <span style='color: {quiet}'>— "
                             f"{esc(names.dialogues.get(other.dialogue_id, ''))}, {esc(other.captured_by)}, "
                             f"{self._when(other.created_at)}</span></li>")
            parts.append("</ul>")
        parts.append(_heading(self.tr("History")))
        parts.append(f"<li>{self._when(note.created_at)} — {esc(self._captured(note))}</li>")
        for event in detail.events:
            parts.append(f"<li>{self._when(event.at)} — {esc(self.describe(event, names))}</li>")
        parts.append("</ul>")
        self.setHtml("".join(parts))

    def _quiet(self) -> str:
        """The grey of labels and asides, readable on this palette's page (plain gray read 3.9:1)."""
        return quiet_colour(self.palette(), QPalette.ColorRole.Text, QPalette.ColorRole.Base).name()

    def _when(self, moment: datetime) -> str:
        return formats.date_time(moment, self._zone)

    def _captured(self, note: NoteRecord) -> str:
        who = note.captured_by or self.tr("someone")
        if note.source_kind == "imported":
            return self.tr("imported by %1").replace("%1", who)
        return self.tr("captured by %1").replace("%1", who)

    def _source(self, note: NoteRecord) -> str:
        """Where an imported note stood in its file, and when it came in; empty for a typed note."""
        origin = parse_origin(note.source_ref) if note.source_kind == "imported" else None
        if origin is None:
            return ""
        places = {"row": self.tr("row %1"), "paragraph": self.tr("paragraph %1"),
                  "selection": self.tr("a coded selection")}
        place = places.get(origin.place_kind, origin.place).replace("%1", origin.place_value)
        text = f"{origin.file_name}, {place}"
        if origin.imported_at is not None:
            text += " " + self.tr("(imported %1)").replace("%1", self._when(origin.imported_at))
        return text

    def describe(self, event: NoteEventRecord, names: ReviewNames) -> str:
        """One line of a note's history, in words."""
        detail = event.detail or {}
        who = event.by or self.tr("someone")
        theme = names.themes.get(_uuid(detail.get("theme_id")))
        theme_name = theme.name if theme else self.tr("a theme that no longer exists")
        action = event.action
        if action == "tag":
            text = (self.tr("%1 accepted the suggested theme %2") if detail.get("origin") == "suggestion"
                    else self.tr("%1 tagged it %2"))
        elif action == "untag":
            text = self.tr("%1 removed the theme %2")
        elif action == "suggestion_rejected":
            text = self.tr("%1 rejected the suggested theme %2")
        elif action == "status":
            text = self.tr("%1 set the status to %2")
            theme_name = label(NOTE_STATUSES, str(detail.get("status", "")))
        elif action == "edit":
            text = self.tr("%1 edited it (%2)")
            theme_name = ", ".join(self._field(name) for name in sorted(detail))
        elif action == "delete":
            text = self.tr("%1 moved it to the bin")
        elif action == "restore":
            text = self.tr("%1 restored it from the bin")
        elif action == "merged":
            text = self.tr("%1 merged another note into it")
        elif action == "merged_into":
            text = self.tr("%1 merged it into another note")
        elif action == "unmerged":
            text = self.tr("%1 undid a merge")
        elif action == "erase":
            text = self.tr("%1 erased a person's data from it")
        else:
            text = self.tr("%1: %2")
            theme_name = action
        return text.replace("%1", who).replace("%2", theme_name)


    def _field(self, name: str) -> str:
        return {
            "text": self.tr("text"), "votes": self.tr("votes"), "key_quote": self.tr("key quote"),
            "kind": self.tr("kind"), "group_id": self.tr("stakeholder group"),
            "agenda_item_id": self.tr("question"), "table_label": self.tr("table"), "status": self.tr("status"),
            "hidden_from_projector": self.tr("shown on the projector"),
        }.get(name, name)


def _heading(text: str) -> str:
    """A section heading and the start of its list."""
    return f"<h4>{html.escape(text)}</h4><ul>"


def _uuid(value: object) -> uuid.UUID | None:
    try:
        return uuid.UUID(str(value))
    except ValueError:
        return None


def _marked(text: str, query: str, possible_names: Sequence[tuple[PossibleName, str | None]] = ()) -> str:
    """The note's text as HTML, every character shown as typed, the search's matches marked, and
    the possible names not yet decided tinted (a confirmed one greyed, as an export leaves it out)."""
    search = match_spans(text, query) if query.strip() else []
    names = [(name.start, name.end, decision) for name, decision in possible_names if decision in (None, MASK)]
    cuts = sorted({0, len(text), *(p for span in search for p in span), *(p for s, e, _d in names for p in (s, e))})
    out = []
    for start, end in zip(cuts, cuts[1:]):
        part = html.escape(text[start:end])
        styles = []
        if any(s <= start < e for s, e in search):
            styles.append("background-color: #ffd600; color: black")
        name = next((decision for s, e, decision in names if s <= start < e), False)
        if name is None:
            styles.append("text-decoration: underline; color: #5a3fc0" if styles else
                          "background-color: #e7e0fa; color: #3b2a80; text-decoration: underline")
        elif name == MASK:
            styles.append("background-color: #dddddd; color: #555555")  # 5.5:1; #777 read 3.3:1
        out.append(f"<span style='{'; '.join(styles)}'>{part}</span>" if styles else part)
    return "".join(out).replace("\n", "<br>")
