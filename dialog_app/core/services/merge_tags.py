"""Settling a tag one project has and the other removed (issue 13).

A removed tag leaves no row, but it leaves a line in the note's history: every untag is an
``untag`` event with the theme and the time, and the merge brings both projects' history together
before the tags. So for each (note, theme) the later of its tag and its removal decides: the tag's
time is the later of the row's ``tagged_at`` and the latest ``tag`` event (an undone removal puts
the row back with its first time and logs a new tag). A pair present on one side only, with a
removal in the history, is listed in the report.
"""

from __future__ import annotations

from dataclasses import dataclass

from dialog_app.core.services.merge_read import rows

_LATEST = ("SELECT note_id, replace(lower(json_extract(detail, '$.theme_id')), '-', ''), max(at) "
           "FROM noteevent WHERE action = ? AND json_valid(detail) GROUP BY 1, 2")


@dataclass(frozen=True)
class SettledTag:
    """A tag present on one side only whose removal was in the history: what the merge did."""

    note_id: str  # hex, as stored
    theme_id: str
    kept: bool


def settle(connection, columns: list[str], ours: dict, added: list[tuple], won: list[tuple], same: dict
           ) -> tuple[list[tuple], list[tuple], list[tuple], list[SettledTag]]:
    """(tags to add, tags to update, our tags to remove, what was settled) once removals count."""
    removals = _latest(connection, "untag", same)
    if not removals:
        return added, won, [], []
    tags = _latest(connection, "tag", same)
    note_at, theme_at, time_at = columns.index("note_id"), columns.index("theme_id"), columns.index("tagged_at")
    winners = {(row[note_at], row[theme_at]): row for row in ours.values()}
    winners.update({(row[note_at], row[theme_at]): row for row in (*won, *added)})

    def gone(pair: tuple) -> bool:
        removed = removals.get(pair)
        if removed is None:
            return False
        return removed > max(winners[pair][time_at] or "", tags.get(pair, ""))

    one_sided = {(row[note_at], row[theme_at]) for row in added}
    settled = [SettledTag(*pair, kept=not gone(pair)) for pair in one_sided if pair in removals]
    removed = [row for row in ours.values() if gone((row[note_at], row[theme_at]))]
    return ([row for row in added if not gone((row[note_at], row[theme_at]))],
            [row for row in won if not gone((row[note_at], row[theme_at]))],
            removed, settled + [SettledTag(row[note_at], row[theme_at], kept=False) for row in removed])


def _latest(connection, action: str, same: dict) -> dict[tuple[str, str], str]:
    """The latest event of ``action`` per (note, theme), with the other project's theme ids that
    the merge gave this project's id replaced."""
    latest: dict[tuple[str, str], str] = {}
    for note_id, theme_id, at in rows(connection, _LATEST, (action,)):
        pair = (note_id, same.get(theme_id, theme_id))
        if at > latest.get(pair, ""):
            latest[pair] = at
    return latest
