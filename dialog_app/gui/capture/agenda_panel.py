"""The dialogue's questions with the current one marked, and its timer (amber near the planned
time, red when over). Shows what it is given; the capture screen does the saving."""

from __future__ import annotations

import uuid
from datetime import datetime, timezone

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from dialog_app.core.records import AgendaItemRecord
from dialog_app.core.question_timer import TimerLevel, timer_state
from dialog_app.gui.widgets.readable import quiet_text

# The level in words too, not only in colour (and for a screen reader).
LEVEL_WORDS = {
    TimerLevel.CALM: "",
    TimerLevel.AMBER: QT_TRANSLATE_NOOP("AgendaPanel", "◔ Planned time nearly up"),
    TimerLevel.RED: QT_TRANSLATE_NOOP("AgendaPanel", "⚠ Over the planned time"),
}
LEVEL_STYLES = {
    TimerLevel.CALM: "",
    TimerLevel.AMBER: "background: #f3b33d; color: #1b1b1b; border-radius: 6px;",
    TimerLevel.RED: "background: #c62828; color: #ffffff; border-radius: 6px;",
}


def _now() -> datetime:
    return datetime.now(timezone.utc)


class AgendaPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._agenda: list[AgendaItemRecord] = []
        self._current: AgendaItemRecord | None = None

        heading = QLabel(self.tr("Questions"))
        heading.setObjectName("agendaHeading")
        bold = heading.font()
        bold.setBold(True)
        heading.setFont(bold)
        self.list = QListWidget()
        self.list.setObjectName("agendaList")
        self.list.setAccessibleName(self.tr("Questions"))
        self.list.setWordWrap(True)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # F8 moves through the questions
        self.list.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.timer_label = QLabel()
        self.timer_label.setObjectName("questionTimer")
        self.timer_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        timer_font = QFont(self.font())
        timer_font.setPointSizeF(timer_font.pointSizeF() * 2.0)
        timer_font.setBold(True)
        timer_font.setStyleHint(QFont.StyleHint.Monospace)
        self.timer_label.setFont(timer_font)
        self.timer_words = QLabel()
        self.timer_words.setObjectName("questionTimerState")
        self.timer_words.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.timer_words.setWordWrap(True)
        self.timer_words.hide()
        self.hint = QLabel(self.tr("F8: next question · Shift+F8: back"))
        self.hint.setObjectName("agendaHint")
        self.hint.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.timer_label)
        layout.addWidget(self.timer_words)
        layout.addWidget(self.hint)

        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self.update_timer)
        self._ticker.start()
        self.update_timer()

    def show_agenda(self, agenda: list[AgendaItemRecord], current_id: uuid.UUID | None) -> None:
        self._agenda = agenda
        self._current = next((item for item in agenda if item.id == current_id), None)
        self.list.clear()
        for number, item in enumerate(agenda, start=1):
            minutes = self.tr(" (%1 min)").replace("%1", str(item.planned_minutes)) if item.planned_minutes else ""
            is_current = item.id == current_id
            done = item.ended_at is not None and not is_current
            marker = "▶ " if is_current else ("✓ " if done else "   ")
            entry = QListWidgetItem(f"{marker}{number}. {item.question}{minutes}")
            font = entry.font()
            font.setBold(is_current)
            entry.setFont(font)
            if done:
                entry.setForeground(quiet_text(self.list.palette()))
            entry.setData(Qt.ItemDataRole.UserRole, item.id)
            self.list.addItem(entry)
            if is_current:
                self.list.scrollToItem(entry)
        if not agenda:
            self.list.addItem(QListWidgetItem(self.tr("This dialogue has no questions yet.")))
        self.update_timer()

    @property
    def current(self) -> AgendaItemRecord | None:
        return self._current

    def update_timer(self) -> None:
        if self._current is None:
            self._say_level(TimerLevel.CALM)
            self.timer_label.setText("–")
            self.timer_label.setStyleSheet("")
            self.timer_label.setToolTip(self.tr("No question is running"))
            return
        state = timer_state(self._current.started_at, self._current.planned_minutes, _now())
        self.timer_label.setText(state.text)
        self.timer_label.setStyleSheet(LEVEL_STYLES[state.level])
        self.timer_label.setProperty("level", state.level.value)
        self._say_level(state.level)
        self.timer_label.setToolTip(self.tr("Time on this question, and the time planned for it"))

    def _say_level(self, level: TimerLevel) -> None:
        words = QCoreApplication.translate("AgendaPanel", LEVEL_WORDS[level]) if LEVEL_WORDS[level] else ""
        self.timer_words.setText(words)
        self.timer_words.setVisible(bool(words))
        self.timer_label.setAccessibleDescription(words)
