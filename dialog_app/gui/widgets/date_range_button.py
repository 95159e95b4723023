"""A button that drops down a from–to date pair: notes captured between two days (both included)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)


class DateRangeButton(QToolButton):
    changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.enabled_box = QCheckBox(self.tr("Only notes captured between"))
        self.start = QDateEdit(calendarPopup=True)
        self.end = QDateEdit(calendarPopup=True)
        for edit in (self.start, self.end):
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setDate(QDate.currentDate())
            edit.dateChanged.connect(self._edited)
        self.enabled_box.toggled.connect(self._edited)
        panel = QWidget()
        form = QFormLayout(panel)
        form.addRow(self.enabled_box)
        form.addRow(self.tr("From"), self.start)
        form.addRow(self.tr("To"), self.end)
        menu = QMenu(self)
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(panel)
        menu.addAction(holder)
        self.setMenu(menu)
        self._quiet = False
        self._update_text()

    def range(self) -> tuple[datetime | None, datetime | None]:
        """(from, to) as aware datetimes, ``to`` exclusive; (None, None) when not filtering."""
        if not self.enabled_box.isChecked():
            return None, None
        first, last = sorted((self.start.date().toPython(), self.end.date().toPython()))
        return _local_midnight(first), _local_midnight(last + timedelta(days=1))

    def set_range(self, start: datetime | None, end: datetime | None) -> None:
        self._quiet = True
        self.enabled_box.setChecked(start is not None or end is not None)
        if start is not None:
            self.start.setDate(QDate(start.astimezone().date()))
        if end is not None:
            self.end.setDate(QDate((end.astimezone() - timedelta(seconds=1)).date()))
        self._quiet = False
        self._update_text()

    def _edited(self) -> None:
        if not self._quiet:
            self._update_text()
            self.changed.emit()

    def _update_text(self) -> None:
        start, end = self.range()
        if start is None:
            self.setText(self.tr("Dates"))
        else:
            last = (end - timedelta(days=1)).date()
            self.setText(f"{start.date():%Y-%m-%d} – {last:%Y-%m-%d}")
        font = self.font()
        font.setBold(start is not None)
        self.setFont(font)


def _local_midnight(day: date) -> datetime:
    return datetime.combine(day, time()).astimezone()
