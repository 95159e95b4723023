"""A table cell read as a time or a number of votes, in the ways survey tools and people write them.

Times come as ISO text (and as Excel dates, which the XLSX reader writes as ISO text), as Google and
Microsoft Forms write them in English ("3/5/2024 14:03:22", month first; "2024/03/05 2:03:22 PM
GMT+1"), and as Swedes type them ("2024-03-05 14.03", "2024-03-05 kl. 14.03"). A time without a zone is taken as
Swedish local time, where the dialogues happen. A cell that is none of these is not guessed at:
the caller lists its row as unreadable.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone, tzinfo
from functools import lru_cache

_CLOCK = r"(?:[ T,]+(?:kl\.?\s*)?(?P<hour>\d{1,2})[.:](?P<minute>\d{2})(?:[.:](?P<second>\d{2}))?" \
         r"(?:\s*(?P<half>[AaPp])\.?[Mm]\.?)?)?"
_ZONE = r"(?:\s*(?P<zone>GMT|UTC|CET|CEST|EET|EEST)?(?P<offset>[+-]\d{1,2}(?::?\d{2})?)?)?"
_YEAR_FIRST = re.compile(r"(?P<year>\d{4})[-/](?P<month>\d{1,2})[-/](?P<day>\d{1,2})" + _CLOCK + _ZONE)
_MONTH_FIRST = re.compile(r"(?P<month>\d{1,2})/(?P<day>\d{1,2})/(?P<year>\d{4})" + _CLOCK + _ZONE)
_HOUR = timedelta(hours=1)
_ZONE_HOURS = {"GMT": 0, "UTC": 0, "CET": 1, "CEST": 2, "EET": 2, "EEST": 3}
_WHOLE = re.compile(r"[+]?\d+(?:[.,]0+)?")


def local_zone() -> tzinfo:
    """Europe/Stockholm; the computer's own zone where the time zone database is missing."""
    try:
        from zoneinfo import ZoneInfo

        return ZoneInfo("Europe/Stockholm")
    except (ImportError, KeyError, ValueError):  # ZoneInfoNotFoundError is a KeyError
        zone = datetime.now().astimezone().tzinfo
        assert zone is not None
        return zone


LOCAL = local_zone()


@lru_cache(maxsize=4096)  # a sheet filled in at a meeting repeats its times
def parse_time(cell: str) -> datetime | None:
    """The moment a cell names, timezone-aware; None when it names none."""
    text = cell.strip()
    found = _written(text) or _iso(text)  # first: Python reads "14.03" as 14 hours and a fraction
    if found is None:
        return None
    return found if found.tzinfo is not None else found.replace(tzinfo=LOCAL)


def _iso(text: str) -> datetime | None:
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


def _written(text: str) -> datetime | None:
    """A day and maybe a time of day as forms and people write them, with a zone when one is named."""
    match = _YEAR_FIRST.fullmatch(text) or _MONTH_FIRST.fullmatch(text)
    if match is None:
        return None
    part = match.groupdict()
    hour = int(part["hour"] or 0)
    if part["half"]:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if part["half"] in "Pp" else 0)
    moment = _built(int(part["year"]), int(part["month"]), int(part["day"]), hour, int(part["minute"] or 0),
                    int(part["second"] or 0))
    if moment is None or not (part["zone"] or part["offset"]):
        return moment
    return moment.replace(tzinfo=timezone(_ZONE_HOURS.get(part["zone"] or "UTC", 0) * _HOUR + _offset(part["offset"])))


def _offset(text: str | None) -> timedelta:
    if not text:
        return timedelta()
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    hours, minutes = (digits[:-2], digits[-2:]) if len(digits) > 2 else (digits, "0")
    return sign * timedelta(hours=int(hours), minutes=int(minutes))


def _built(*parts: int) -> datetime | None:
    try:
        return datetime(*parts)
    except ValueError:  # a 31 February, a 25th hour
        return None


def parse_votes(cell: str) -> int | None:
    """A whole number of 0 or more ("3", "3.0" as some tools write it); blank is 0; None otherwise."""
    text = cell.strip().replace("\u00a0", "").replace(" ", "")
    if not text:
        return 0
    if _WHOLE.fullmatch(text) is None:
        return None
    return int(re.split(r"[.,]", text)[0])
