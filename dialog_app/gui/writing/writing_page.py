"""The writer's page per theme: "what we heard", the key quotes picked for the report, and the
theme's notes beside them.

The text is saved as typed (see text_saver.py). Quotes are picked, dropped and reordered as
operations (writing_ops.py), each an undoable step of the project's history. Reads run off the GUI
thread, one at a time, and only while the page is shown.
"""

from __future__ import annotations

import uuid
from functools import partial

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QPlainTextEdit, QSplitter, QStackedWidget, QVBoxLayout, QWidget,
)

from dialog_app.core.changes import Change, ChangeKind
from dialog_app.gui.ops import ProjectSession
from dialog_app.gui.widgets.kept_panes import keep_panes
from dialog_app.gui.widgets.readable import quiet, readable_placeholder
from dialog_app.gui.writing import writing_ops
from dialog_app.gui.writing.quote_panel import QuotePanel
from dialog_app.gui.writing.serial_loader import SerialLoader
from dialog_app.gui.writing.synthesis_data import ThemeContent, ThemeList as LoadedThemes
from dialog_app.gui.writing.text_saver import SaveState, TextSaver
from dialog_app.gui.writing.theme_list import EntryRole, ThemeList
from dialog_app.gui.writing.theme_notes_panel import ThemeNotesPanel

RELOAD_DELAY_MS = 100
THEME_CHANGES = {ChangeKind.THEMES, ChangeKind.SETTINGS, ChangeKind.NOTES, ChangeKind.TAGS}
CONTENT_CHANGES = {ChangeKind.NOTES, ChangeKind.TAGS, ChangeKind.DIALOGUES, ChangeKind.PARTICIPATION,
                   ChangeKind.THEMES}


class WritingPage(QWidget):
    themes_loaded = Signal()  # the theme list shows the active framework
    theme_loaded = Signal(object)  # theme id: its text, quotes and notes are shown
    saved = Signal(object)  # theme id: the writer's text reached the file

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("synthesisPage")
        self.session: ProjectSession | None = None
        self._theme_id: uuid.UUID | None = None  # the theme shown (or being loaded)
        self._wanted: uuid.UUID | None = None  # asked for before the themes were loaded
        self._stale_themes = self._stale_content = False
        self._build()
        self.saver = TextSaver(self.editor, self)
        self.saver.state_changed.connect(self._show_save_state)
        self.saver.saved.connect(self.saved)
        self._theme_loader = SerialLoader(self, self._read_failed)
        self._content_loader = SerialLoader(self, self._read_failed)
        self._timer = QTimer(self)  # a burst of change news makes one reload
        self._timer.setSingleShot(True)
        self._timer.setInterval(RELOAD_DELAY_MS)
        self._timer.timeout.connect(self._reload_stale)
        self._show_empty(self.tr("No project is open."))

    def _build(self) -> None:
        self.themes = ThemeList()
        self.themes.setObjectName("synthesisThemes")
        self.themes.setAccessibleName(self.tr("Themes"))
        self.themes.currentItemChanged.connect(lambda *_: self._open_theme(self.themes.current_id()))
        left = _column(_heading(self.tr("Themes")), self.themes)

        self.title = _heading("", 1.2)
        self.title.setObjectName("synthesisTitle")
        self.title.setWordWrap(True)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("synthesisText")
        self.editor.setAccessibleName(self.tr("What we heard"))
        self.editor.setTabChangesFocus(True)  # a tab character means nothing in a synthesis: Tab moves on
        self.editor.setPlaceholderText(self.tr("Summarise what was heard on this theme. "
                                               "It is saved as you type."))
        readable_placeholder(self.editor)
        self.save_state = QLabel()
        self.save_state.setObjectName("synthesisSaved")
        quiet(self.save_state)  # news, not a heading; the placeholder grey read 3.89:1
        text_label = _heading(self.tr("What we &heard"))
        text_label.setBuddy(self.editor)
        text_row = QHBoxLayout()
        text_row.addWidget(text_label, 1)
        text_row.addWidget(self.save_state)
        text_part = _column(self.title, self.description, text_row, self.editor)

        self.quote_panel = QuotePanel(_heading(self.tr("Key quotes")))
        self.quotes = self.quote_panel.list
        self.quote_panel.order_changed.connect(self._order_quotes)
        self.quote_panel.remove_requested.connect(self._remove_quote)

        centre = QSplitter(Qt.Orientation.Vertical)
        centre.addWidget(text_part)
        centre.addWidget(self.quote_panel)
        centre.setSizes([380, 300])
        keep_panes(centre, "writing, text and quotes")
        self.notes = ThemeNotesPanel()
        self.notes.add_requested.connect(self._add_quote)

        self.splitter = QSplitter()
        for part in (left, centre, self.notes):
            self.splitter.addWidget(part)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([250, 530, 420])
        keep_panes(self.splitter, "writing")
        self.empty = QLabel()
        self.empty.setObjectName("synthesisEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.splitter)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.stack)

    # --- project, changes, visibility ----------------------------------------------------------

    def set_session(self, session: ProjectSession | None) -> None:
        """Write about this project's themes (None: no project). Typing not yet saved goes first."""
        self.flush()
        self.session = session
        self._theme_id = self._wanted = None
        self.saver.attach(session)
        self._theme_loader.reset()
        self._content_loader.reset()
        self.themes.set_themes([], None)
        self._show_content(None)
        if session is None:
            self._show_empty(self.tr("No project is open."))
            return
        session.subscribe(THEME_CHANGES | CONTENT_CHANGES | {ChangeKind.SYNTHESIS},
                          partial(self._on_change, session), owner=self)
        self._stale_themes = True
        if self.isVisible():
            self._reload_stale()

    def _on_change(self, session: ProjectSession, change: Change) -> None:
        if session is not self.session:
            return  # news of a project no longer shown
        if change.touches(*THEME_CHANGES):
            self._stale_themes = True  # names, order, counts
        if change.touches(*CONTENT_CHANGES) or self._theme_id in change.ids(ChangeKind.SYNTHESIS):
            self._stale_content = True
        if change.ids(ChangeKind.SYNTHESIS) - {self._theme_id}:
            self._stale_themes = True  # another theme's "begun" mark (the open one's follows its content)
        if self.isVisible() and (self._stale_themes or self._stale_content):
            self._timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._reload_stale()

    def hideEvent(self, event: QHideEvent) -> None:
        self.flush()  # leaving the page: what was typed goes to the file now
        super().hideEvent(event)

    def flush(self) -> None:
        """Queue the typed text now; the main window calls this before closing a project."""
        self.saver.flush()

    def select_theme(self, theme_id: uuid.UUID) -> None:
        row = self.themes.row_of(theme_id)
        if row >= 0:
            self.themes.setCurrentRow(row)
        else:
            self._wanted = theme_id  # shown once the themes are loaded

    # --- loading -------------------------------------------------------------------------------

    def _reload_stale(self) -> None:
        session = self.session
        if session is None:
            return
        if self._stale_themes:
            self._stale_themes = False
            self._theme_loader.request(writing_ops.read_themes(session), self._show_themes)
        if self._stale_content and self._theme_id is not None:
            self._stale_content = False
            self._load_content(self._theme_id)

    def _show_themes(self, loaded: LoadedThemes) -> None:
        if loaded.framework is None:
            self._show_empty(self.tr("This project has no theme framework yet.\n\nAdd one under Themes: "
                                     "then write here, theme by theme, what was heard."))
            self.themes_loaded.emit()
            return
        self.stack.setCurrentWidget(self.splitter)
        ids = [entry.id for entry in loaded.themes]
        wanted = next((t for t in (self._wanted, self._theme_id) if t in ids), ids[0] if ids else None)
        self._wanted = None
        self.themes.set_themes(loaded.themes, wanted)
        self._open_theme(wanted)
        self.themes_loaded.emit()

    def _open_theme(self, theme_id: uuid.UUID | None) -> None:
        if theme_id == self._theme_id:
            return
        self.flush()  # the text typed so far belongs to the theme we leave
        self._theme_id = theme_id
        self.saver.load(None, "")
        self._show_content(None)
        if theme_id is not None:
            self._load_content(theme_id)

    def _load_content(self, theme_id: uuid.UUID) -> None:
        self._content_loader.request(writing_ops.read_theme(self.session, theme_id),
                                     partial(self._loaded, revision=self.saver.revision))

    def _loaded(self, content: ThemeContent, revision: int) -> None:
        if content.theme_id != self._theme_id:
            return  # the writer has moved on to another theme
        if self.saver.theme_id != content.theme_id:
            self.saver.load(content.theme_id, content.text)
        else:
            self.saver.offer(content.theme_id, content.text, revision)
        self._show_content(content)
        self.themes.mark_written(content.theme_id, bool(content.text.strip() or content.quotes))
        self.theme_loaded.emit(content.theme_id)

    # --- showing -------------------------------------------------------------------------------

    def _show_content(self, content: ThemeContent | None) -> None:
        """The theme's quotes and notes (None: nothing yet, while a theme is being read)."""
        item = self.themes.currentItem()
        theme = item.data(EntryRole) if item is not None and content is not None else None
        self.title.setText(item.text() if theme is not None else "")
        self.description.setText(theme.description if theme is not None else "")
        self.description.setVisible(bool(self.description.text()))
        notes = content.notes if content else []
        self.quote_panel.set_quotes(content.quotes if content else None, {n.id for n in notes})
        self.notes.set_notes(notes, {q.id for q in content.quotes} if content else set())
        self.notes.setEnabled(content is not None)
        self.editor.setReadOnly(content is None)

    def _show_save_state(self, state: SaveState) -> None:
        self.save_state.setText({
            SaveState.SAVED: self.tr("Saved"),
            SaveState.SAVING: self.tr("Saving…"),
            SaveState.FAILED: self.tr("Not saved: will try again"),
        }.get(state, ""))

    def _show_empty(self, message: str) -> None:
        self.empty.setText(message)
        self.stack.setCurrentWidget(self.empty)

    # --- quotes --------------------------------------------------------------------------------

    def _write(self, action, argument) -> None:
        """A quote change as an operation; the page reloads when it has reached the file."""
        if self.session is None or self._theme_id is None:
            return
        action(self.session, self._theme_id, argument).success(partial(self._written, self._theme_id)) \
            .run(initiator=self)

    def _written(self, theme_id: uuid.UUID, _result: None) -> None:
        if theme_id == self._theme_id:
            self._stale_content = self._stale_themes = True
            self._timer.start()

    def _add_quote(self, note_id: uuid.UUID) -> None:
        self._write(writing_ops.add_quote, note_id)

    def _remove_quote(self, note_id: uuid.UUID) -> None:
        self._write(writing_ops.remove_quote, note_id)

    def _order_quotes(self, note_ids: list[uuid.UUID]) -> None:
        self._write(writing_ops.order_quotes, note_ids)

    def _read_failed(self, error: BaseException) -> None:
        if self.session is not None:
            self.session.failed.emit(error)


def _heading(text: str, scale: float = 1.0) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def _column(*parts) -> QWidget:
    widget = QWidget()
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(4, 0, 4, 0)
    for part in parts:
        if isinstance(part, QWidget):
            layout.addWidget(part, 1 if isinstance(part, (QPlainTextEdit, ThemeList)) else 0)
        else:
            layout.addLayout(part)
    return widget
