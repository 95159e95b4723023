"""The projector window: the room sees the current question, its timer and the notes captured for
it, grouped by theme, in large type and without personal data."""

from __future__ import annotations

import logging
import uuid
import weakref

from PySide6.QtCore import QEvent, QTimer, Qt, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QKeyEvent,
    QResizeEvent,
    QScreen,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from dialog_app.core import privacy
from dialog_app.core.changes import Change, ChangeKind
from dialog_app.core.question_timer import TimerLevel, timer_state
from dialog_app.core.timeutil import utc_now
from dialog_app.gui.ops import ProjectSession
from dialog_app.gui.projector.card_text import shorten
from dialog_app.gui.projector.projector_content import Metrics, ProjectorContent, ProjectorNote, Section, fit
from dialog_app.gui.projector.projector_ops import read_content

log = logging.getLogger(__name__)

RELOADING_CHANGES = {
    ChangeKind.NOTES, ChangeKind.TAGS, ChangeKind.AGENDA, ChangeKind.THEMES, ChangeKind.DIALOGUES,
    ChangeKind.PARTICIPATION,  # a new participant's name must be masked at once
    ChangeKind.SETTINGS,  # another framework became the active one
}
DEBOUNCE_MS = 50
CARD_SHARE = 2  # a card takes at most this share of a column's height; a longer note is shortened
DESIGN_HEIGHT = 720  # at this window height the type has its nominal size
OTHER_COLOUR = "#7d8a99"
TIMER_COLOURS = {TimerLevel.CALM: "#cfe0f5", TimerLevel.AMBER: "#ffb429", TimerLevel.RED: "#ff6b6b"}
TIMER_MARKS = {TimerLevel.CALM: "", TimerLevel.AMBER: "◔ ", TimerLevel.RED: "⚠ "}  # the level not in colour alone
# Relative to the application's normal point size, at DESIGN_HEIGHT.
SIZES = {"title": 1.3, "timer": 2.6, "question": 3.0, "header": 1.9, "note": 1.8, "more": 1.3, "waiting": 2.6}

STYLE = """
#projectorWindow { background: #0e1621; }
#projectorWindow QLabel { color: #f4f7fb; background: transparent; }
#projectorWindow QLabel#projectorDialogue, #projectorWindow QLabel#projectorMore,
#projectorWindow QLabel#projectorEmpty { color: #9db0c6; }
#projectorWindow QLabel#projectorWaiting { color: #c9d6e6; }
#projectorWindow QFrame#projectorRule { background: #2a3a4f; }
#projectorWindow QLabel#projectorNote { background: #1a2535; border-radius: 10px; }
#projectorWindow QLabel#projectorNote[newest="true"] { background: #22324a; }
""" + "".join(
    f'#projectorWindow QLabel#projectorTimer[level="{level.value}"] {{ color: {colour}; }}\n'
    for level, colour in TIMER_COLOURS.items()
)


def _now():
    """The clock the timer reads (tests replace it)."""
    return utc_now()


def _alive(window: weakref.ref) -> bool:
    """Whether the window still exists. Operations and the session's news hold it weakly: a strong
    reference there could be the last one, dropped whenever Python collects garbage, which may be on
    a worker thread, where deleting a widget crashes the app (and the news would keep a closed
    window alive for as long as the project is open)."""
    widget = window()
    return widget is not None and isValid(widget)


class ProjectorWindow(QWidget):
    """A second, top-level window for the room; objectName "projectorWindow"."""

    refreshed = Signal()  # after each reload has been shown

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("projectorWindow")
        self.setWindowTitle(self.tr("Projector"))
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setStyleSheet(STYLE)
        self.session = session
        self._dialogue_id: uuid.UUID | None = None
        self._content = ProjectorContent()
        self._loading = False
        self._reload_again = False
        self._listening = True  # hears the project's news while it is open (not after a close)
        self._build()
        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS, timeout=self.refresh)
        self._relayout = QTimer(self, singleShot=True, interval=30, timeout=self._render)
        self._clock = QTimer(self, interval=1000, timeout=self._tick)
        window = weakref.ref(self)
        session.subscribe(RELOADING_CHANGES, lambda change: _alive(window) and window()._on_change(change), owner=self)
        self.resize(1280, 720)
        self._render()

    # --- the API -------------------------------------------------------------------------------

    def show_dialogue(self, dialogue_id: uuid.UUID) -> None:
        """Follow that dialogue's current question."""
        self._dialogue_id = dialogue_id
        self.refresh()

    def show_on(self, screen: QScreen | None = None) -> None:
        """Full screen on that screen; by default the last one, the projector when there are two."""
        screen = screen or QGuiApplication.screens()[-1]
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        self.showFullScreen()

    def refresh(self) -> None:
        """Reload now, off the GUI thread; one reload at a time, the last change always followed."""
        if self._loading:
            self._reload_again = True
            return
        dialogue_id = self._dialogue_id
        if dialogue_id is None:
            return
        self._loading = True
        window = weakref.ref(self)  # a finished operation must not keep the window alive (see _alive)
        read_content(self.session, dialogue_id, self._masks()) \
            .success(lambda content: _alive(window) and window()._loaded(content)) \
            .failure(lambda error: _alive(window) and window()._failed(error)) \
            .run()

    # --- loading -------------------------------------------------------------------------------

    def _loaded(self, content: ProjectorContent) -> None:
        self._loading = False
        if self._reload_again:  # what was read is already stale: read again, show that
            self._reload_again = False
            self.refresh()
            return
        self._content = content
        self._render()
        self.refreshed.emit()

    def _failed(self, error: BaseException) -> None:
        """The room never sees an error box; the last content stays up."""
        self._loading = False
        log.warning("projector reload failed: %s", error)
        if self._reload_again:
            self._reload_again = False
            self.refresh()

    def _on_change(self, change: Change) -> None:
        if self._listening and self._dialogue_id is not None:
            self._debounce.start()

    def _masks(self) -> dict[str, str]:
        """What stands in for personal data, in the interface language."""
        ours = {
            privacy.EMAIL: self.tr("[e-mail]"),
            privacy.PHONE: self.tr("[phone]"),
            privacy.PERSONAL_NUMBER: self.tr("[ID number]"),
            privacy.NAME: self.tr("[name]"),
        }
        return {kind: text for kind, text in ours.items() if kind in privacy.MASKS}

    # --- building and showing ------------------------------------------------------------------

    def _build(self) -> None:
        self.dialogue_label = self._label("projectorDialogue")
        self.timer_label = self._label("projectorTimer", wrap=False)
        self.timer_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.question_label = self._label("projectorQuestion")
        self.rule = QFrame(objectName="projectorRule")
        self.rule.setFixedHeight(2)
        self.board = QWidget(objectName="projectorBoard")
        self.board.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.columns = QHBoxLayout(self.board)
        self.columns.setContentsMargins(0, 0, 0, 0)
        self.columns.setSpacing(0)
        self.more_label = self._label("projectorMore", wrap=False)
        self.waiting_label = self._label("projectorWaiting")
        self.waiting_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.waiting_label.setText(self.tr("The next question will appear here"))

        question_page = QWidget()
        self.page = QVBoxLayout(question_page)
        self.page.setContentsMargins(0, 0, 0, 0)
        self.page.addWidget(self.question_label)
        self.page.addWidget(self.rule)
        self.page.addWidget(self.board, 1)
        self.page.addWidget(self.more_label)
        self.pages = QStackedWidget()
        self.pages.addWidget(question_page)
        self.pages.addWidget(self.waiting_label)

        top = QHBoxLayout()
        top.addWidget(self.dialogue_label, 1)
        top.addWidget(self.timer_label)
        self.outer = QVBoxLayout(self)
        self.outer.addLayout(top)
        self.outer.addWidget(self.pages, 1)

    def _label(self, name: str, wrap: bool = True) -> QLabel:
        label = QLabel(objectName=name)
        label.setTextFormat(Qt.TextFormat.PlainText)  # "<b>" and "&" from a note are shown as typed
        label.setWordWrap(wrap)
        label.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        return label

    def _scale(self) -> float:
        return max(0.5, self.height() / DESIGN_HEIGHT)

    def _font(self, role: str, bold: bool = False) -> QFont:
        font = QFont(QApplication.font())
        font.setPointSizeF(QApplication.font().pointSizeF() * SIZES[role] * self._scale())
        font.setBold(bold)
        return font

    def _render(self) -> None:
        """Show the content for the current size; no database work."""
        content, scale = self._content, self._scale()
        margin_x, margin_y, gap = round(48 * scale), round(28 * scale), round(14 * scale)
        self.outer.setContentsMargins(margin_x, margin_y, margin_x, margin_y)
        self.outer.setSpacing(gap)
        for label, role, bold in (
            (self.dialogue_label, "title", False), (self.timer_label, "timer", True),
            (self.question_label, "question", True), (self.more_label, "more", False),
            (self.waiting_label, "waiting", False),
        ):
            label.setFont(self._font(role, bold))
        self.page.setSpacing(gap)
        self.dialogue_label.setText(content.dialogue_title)
        if content.question is None:
            self.pages.setCurrentWidget(self.waiting_label)
            self.timer_label.hide()
            self._clock.stop()
            return
        self.pages.setCurrentIndex(0)
        self.question_label.setText(content.question)
        self.timer_label.show()
        self._tick()
        if self.isVisible():
            self._clock.start()
        self.outer.activate()
        self._fill_board()

    def _fill_board(self) -> None:
        while self.columns.count():
            widget = self.columns.takeAt(0).widget()
            if widget is not None:  # out of the window at once, so nothing stale is ever found there
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        content, scale = self._content, self._scale()
        if not content.notes:
            empty = self._label("projectorEmpty")
            empty.setFont(self._font("note"))
            empty.setText(self.tr("Notes on this question will appear here as they are captured."))
            self.columns.addWidget(empty, 1, Qt.AlignmentFlag.AlignTop)
            empty.show()
            self.more_label.setText("")
            return
        gutter, bar, pad = round(40 * scale), max(4, round(7 * scale)), round(12 * scale)
        note_font, header_font = self._font("note"), self._font("header", bold=True)
        count = max(1, min(3, self.board.width() // (30 * QFontMetrics(note_font).averageCharWidth())))
        width = (self.board.width() - gutter * (count - 1)) // count
        note_width = width - bar - 3 * pad
        probe = self._note_label(note_font, pad)
        card_limit = max(QFontMetrics(note_font).lineSpacing() * 2, self.board.height() // CARD_SHARE)

        def height_of(text: str) -> int:
            probe.setText(text)
            return probe.heightForWidth(note_width)

        shown = {note.id: shorten(note.text, lambda text: height_of(text) <= card_limit) for note in content.notes}

        def note_height(note: ProjectorNote) -> int:
            return height_of(shown[note.id])

        header_height = QLabel("Ag", font=header_font).sizeHint().height()
        metrics = Metrics(header_height, note_height, round(8 * scale), round(20 * scale))
        laid, hidden = fit(content, count, self.board.height(), metrics)
        newest = content.notes[0].id
        for index, sections in enumerate(laid):
            column = QWidget()
            column.setFixedWidth(width)
            stack = QVBoxLayout(column)
            stack.setContentsMargins(0, 0, 0, 0)
            stack.setSpacing(metrics.section_gap)
            for section in sections:
                box = self._section(section, shown, (header_font, note_font), (bar, pad, metrics.note_gap), newest)
                stack.addWidget(box)
            stack.addStretch(1)
            if index:
                self.columns.addSpacing(gutter)
            self.columns.addWidget(column, 0, Qt.AlignmentFlag.AlignTop)
            column.show()
        self.columns.addStretch(1)
        self.more_label.setText(self.tr("+%n more", "", hidden) if hidden > 0 else "")

    def _section(self, section: Section, shown: dict[uuid.UUID, str], fonts: tuple[QFont, QFont],
                 sizes: tuple[int, int, int], newest: uuid.UUID | None) -> QWidget:
        (header_font, note_font), (bar, pad, spacing) = fonts, sizes
        box = QWidget(objectName="projectorSection")
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(pad)
        colour = QColor(section.theme.colour if section.theme else OTHER_COLOUR)
        stripe = QFrame(objectName="projectorThemeBar")
        stripe.setFixedWidth(bar)
        stripe.setStyleSheet(f"background: {(colour if colour.isValid() else QColor(OTHER_COLOUR)).name()};"
                             f" border-radius: {bar // 2}px;")
        row.addWidget(stripe)
        body = QVBoxLayout()
        body.setSpacing(spacing)
        title = self._label("projectorTheme")
        title.setFont(header_font)
        title.setText(section.theme.name if section.theme else self.tr("Other input"))
        body.addWidget(title)
        for note in section.notes:
            label = self._note_label(note_font, pad)
            label.setText(shown[note.id])
            label.setProperty("newest", note.id == newest)
            body.addWidget(label)
        row.addLayout(body, 1)
        return box

    def _note_label(self, font: QFont, pad: int) -> QLabel:
        label = self._label("projectorNote")
        label.setFont(font)
        label.setContentsMargins(pad, round(pad * 0.6), pad, round(pad * 0.6))
        return label

    def _tick(self) -> None:
        """The timer, from what was loaded and the clock; it never touches the database."""
        content = self._content
        if content.question is None:
            return
        state = timer_state(content.started_at, content.planned_minutes, _now())
        self.timer_label.setText(TIMER_MARKS[state.level] + state.text)
        if self.timer_label.property("level") != state.level.value:
            self.timer_label.setProperty("level", state.level.value)
            self.timer_label.style().unpolish(self.timer_label)
            self.timer_label.style().polish(self.timer_label)

    # --- window behaviour ----------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        if not self._listening:  # shown again after a close
            self._listening = True
            self.refresh()
        if self._content.question is not None:
            self._clock.start()
        super().showEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout.start()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            if self.isFullScreen():
                self.showNormal()
            else:
                self.close()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._clock.stop()
        self._debounce.stop()
        self._reload_again = False
        self._listening = False
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.WindowStateChange:
            self._relayout.start()
        super().changeEvent(event)
