"""Dates, times and numbers on screen as the chosen language writes them, times in the project's zone.

One place for every screen, so the review table, the lists, the panels and the status bar agree with
each other and with the exports: a day is "7 dec. 2026" / "7 Dec 2026" (day, month, year, as the
report's "7 december 2026"), a time "14:05", a count "2 500" (no-break space) / "2,500", a share
"80 %" / "80%". The language is Qt's default locale, which gui/i18n.py sets with the translators,
so a live language switch changes what the next paint asks for. A stored time is UTC; it is shown
in the project's zone (gui/shown_zone.py), never the computer's.
"""

from __future__ import annotations

from datetime import date as Date
from datetime import datetime, tzinfo

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QTimeEdit

from dialog_app.core.time_zones import zone as named_zone

DAY = "d MMM yyyy"  # the exports' order (outline.py, wording.py), the month as the language shortens it
NO_BREAK = "\u00a0"


def _locale() -> QLocale:
    return QLocale()


def local(moment: datetime, zone: tzinfo | None) -> datetime:
    """``moment`` (aware, stored in UTC) as a clock in ``zone`` shows it; None: the default zone."""
    return moment.astimezone(zone or named_zone(None))


def date(moment: datetime | Date | None, zone: tzinfo | None = None) -> str:
    """"7 dec. 2026" / "7 Dec 2026"; a datetime is first put into ``zone``; "" for None."""
    if moment is None:
        return ""
    day = local(moment, zone).date() if isinstance(moment, datetime) else moment
    return _locale().toString(QDate(day.year, day.month, day.day), DAY)


def time(moment: datetime | None, zone: tzinfo | None = None) -> str:
    """"14:05", in ``zone``, as the language writes a short time; "" for None."""
    if moment is None:
        return ""
    clock = local(moment, zone)
    return _locale().toString(QTime(clock.hour, clock.minute), QLocale.FormatType.ShortFormat)


def date_time(moment: datetime | None, zone: tzinfo | None = None) -> str:
    """"7 dec. 2026 14:05" / "7 Dec 2026 14:05", in ``zone``; "" for None."""
    if moment is None:
        return ""
    return f"{date(moment, zone)} {time(moment, zone)}"


def number(value: int) -> str:
    """A whole number with the language's group separator: "2 500" (no-break space) / "2,500"."""
    return _locale().toString(int(value))


def percent(value: float, decimals: int = 0) -> str:
    """A share already in per cent: "80 %" (Swedish keeps a no-break space) / "80%"."""
    locale = _locale()
    shown = locale.toString(float(value), "f", decimals)
    space = NO_BREAK if locale.language() == QLocale.Language.Swedish else ""
    return f"{shown}{space}{locale.percent()}"


def widest_date_time(metrics: QFontMetrics) -> int:
    """The width of the longest date and time either language writes (a column sized once stays
    right after a language switch): "28 sep. 2026 23:59", "28 Sept 2026 23:59"."""
    locales = (_locale(), QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden),
               QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    clock = QTime(23, 59)
    return max(metrics.horizontalAdvance(f"{locale.toString(QDate(2026, month, 28), DAY)} "
                                         f"{locale.toString(clock, QLocale.FormatType.ShortFormat)}")
               for locale in locales for month in range(1, 13))


def edit_format(edit: QDateTimeEdit) -> str:
    """The language's short numeric form for a date, time or date-and-time field (typed digit by digit):
    "2026-12-07 14:05" / "07/12/2026 14:05"."""
    locale, short = _locale(), QLocale.FormatType.ShortFormat
    if isinstance(edit, QTimeEdit):
        return locale.timeFormat(short)
    if isinstance(edit, QDateEdit):
        return locale.dateFormat(short)
    return f"{locale.dateFormat(short)} {locale.timeFormat(short)}"


def localise_edit(edit: QDateTimeEdit) -> None:
    """Give a date or time field the language's locale and display form (again after a language switch)."""
    edit.setLocale(_locale())
    edit.setDisplayFormat(edit_format(edit))


def edit_moment(moment: datetime, zone: tzinfo | None) -> QDateTime:
    """What a date-and-time field shows for ``moment``: the clock in the project's zone."""
    clock = local(moment, zone)
    return QDateTime(QDate(clock.year, clock.month, clock.day), QTime(clock.hour, clock.minute))


def moment_from_edit(shown: QDateTime, zone: tzinfo | None) -> datetime:
    """The moment a date-and-time field means, its clock read in the project's zone (not the computer's)."""
    day, clock = shown.date(), shown.time()
    return datetime(day.year(), day.month(), day.day(), clock.hour(), clock.minute(), tzinfo=zone or named_zone(None))
