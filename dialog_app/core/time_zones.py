"""The time zone a project's meetings are held in: times print there, not in the computer's zone.

A project made in Sundsvall and exported on a laptop set to UTC (or abroad) still says a meeting
began at 09:00. The zone is an IANA name kept in the project (``Europe/Stockholm`` unless chosen).
"""

from __future__ import annotations

from datetime import datetime, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

DEFAULT_ZONE = "Europe/Stockholm"


def is_known(name: str) -> bool:
    """Whether ``name`` is an IANA zone this computer knows ("Europe/Stockholm", "UTC")."""
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, TypeError):
        return False
    return True


@lru_cache(maxsize=8)
def zone(name: str | None) -> tzinfo:
    """The zone of that name; the default for None, and the computer's own zone when even the
    default is not installed (a Windows computer without tzdata)."""
    for candidate in (name, DEFAULT_ZONE):
        if candidate and is_known(candidate):
            return ZoneInfo(candidate)
    return datetime.now().astimezone().tzinfo


def zone_names() -> list[str]:
    """Every zone name this computer knows, sorted (for a picker)."""
    return sorted(name for name in available_timezones() if "/" in name or name == "UTC")
