"""A button that drops down a from–to date pair: notes captured between two days (both included)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, tzinfo

from PySide6.QtCore import QDate, QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from dialog_app.core.time_zones import zone as named_zone
from dialog_app.gui import formats


class DateRangeButton(QToolButton):
    changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.enabled_box = QCheckBox(self.tr("Only notes captured between"))
        self.start = QDateEdit(calendarPopup=True)
        self.end = QDateEdit(calendarPopup=True)
        self.zone: tzinfo | None = None  # the project's: a day runs from midnight to midnight there
        for edit in (self.start, self.end):
            formats.localise_edit(edit)
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
        return self._midnight(first), self._midnight(last + timedelta(days=1))

    def set_range(self, start: datetime | None, end: datetime | None) -> None:
        self._quiet = True
        self.enabled_box.setChecked(start is not None or end is not None)
        if start is not None:
            self.start.setDate(QDate(formats.local(start, self.zone).date()))
        if end is not None:
            self.end.setDate(QDate(formats.local(end - timedelta(seconds=1), self.zone).date()))
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
            last = formats.local(end - timedelta(days=1), self.zone).date()
            self.setText(f"{formats.date(start, self.zone)} – {formats.date(last)}")
        font = self.font()
        font.setBold(start is not None)
        self.setFont(font)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            for edit in (self.start, self.end):
                formats.localise_edit(edit)
            self._update_text()

    def _midnight(self, day: date) -> datetime:
        return datetime.combine(day, time(), tzinfo=self.zone or named_zone(None))
