"""Where an imported note came from, in the note itself: file, place in the file, time of import.

Kept in ``Note.source_ref`` as ``minutes.docx#paragraph=12@2026-12-06T05:12:00Z`` so that a project
mailed or merged elsewhere still says it, without a table of imports beside it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from functools import lru_cache


@dataclass(frozen=True)
class Origin:
    file_name: str
    place: str  # "row=14", "paragraph=12", "selection=<guid>"
    imported_at: datetime | None

    @property
    def place_kind(self) -> str:
        return self.place.partition("=")[0]

    @property
    def place_value(self) -> str:
        return self.place.partition("=")[2]


def format_origin(file_name: str, place: str, imported_at: datetime) -> str:
    return f"{file_name}#{place}@{_stamp(imported_at)}"


@lru_cache(maxsize=16)
def _stamp(imported_at: datetime) -> str:
    """An import's time as every note of it says it (made once per import, not once per note)."""
    return imported_at.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_origin(ref: str | None) -> Origin | None:
    """The parts of a ``source_ref`` written by ``format_origin``; None for anything else."""
    if not ref or "#" not in ref:
        return None
    rest, _, stamp = ref.rpartition("@")
    if not rest:
        rest, stamp = ref, ""
    file_name, _, place = rest.rpartition("#")
    if not file_name or "=" not in place:
        return None
    try:
        at = datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc) if stamp else None
    except ValueError:
        return None
    return Origin(file_name, place, at)
