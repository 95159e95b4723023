"""Settling a note both projects hold but that differs: field by field, by the note's history.

Every change to a note is a history event with its time and the fields it set (an edit names its
fields, a status change the status, the bin the deletion). For each field the side whose latest
event touching it is later gives the value; a field neither side's history names keeps the value
of the later row. So a text edited on one laptop and a status set on another both survive, and the
result is the same in either direction. When both sides edited the text, the later text wins and
the other is kept in the note's history (``merge_superseded``, under an id made from that
version: a repeat merge keeps it once) and reported.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterable

HISTORY_NAMESPACE = uuid.UUID("6f1c1a52-1d0e-4c55-9a83-3b0c2a7f9e41")
SUPERSEDED = "merge_superseded"

# The note columns each kind of history event sets (an edit names its own in its detail).
_EVENT_FIELDS = {
    "status": ("status",),
    "delete": ("deleted_at",),
    "restore": ("deleted_at",),
    "merged": ("votes", "key_quote"),
    "merged_into": ("deleted_at", "merged_into_id"),
    "unmerged": ("votes", "key_quote", "deleted_at", "merged_into_id"),
}

Events = dict[str, list[tuple[str, str, str, str | None]]]  # note id -> (event id, at, action, detail)


def events_of(rows_in: Callable[[str, list], Iterable[tuple]], note_ids: list[str]) -> Events:
    """The history events of these notes in one file, by note; ``rows_in`` runs a query whose
    ``{marks}`` is an IN list over the ids."""
    found: Events = {}
    sql = "SELECT note_id, id, at, action, detail FROM noteevent WHERE note_id IN ({marks})"
    for note_id, event_id, at, action, detail in rows_in(sql, note_ids):
        found.setdefault(note_id, []).append((event_id, at, action, detail))
    return found


def settle(columns: list[str], ours: tuple, theirs: tuple, theirs_won: bool,
           our_events: list, their_events: list) -> tuple[tuple, tuple | None]:
    """(the note as it stands after the merge, the losing text's history event or None)."""
    at = {c: i for i, c in enumerate(columns)}
    winner = theirs if theirs_won else ours
    our_times, their_times = _latest_by_field(our_events), _latest_by_field(their_events)
    merged = list(winner)
    for name, index in at.items():
        mine, other = our_times.get(name, ""), their_times.get(name, "")
        if mine != other:
            merged[index] = (theirs if other > mine else ours)[index]
    merged[at["updated_at"]] = max(ours[at["updated_at"]], theirs[at["updated_at"]])
    merged_row = tuple(merged)
    kept = None
    text = at["text"]
    if ours[text] != theirs[text]:
        losing = ours if merged_row[text] == theirs[text] else theirs
        losing_events, winning_events = ((our_events, their_events) if losing is ours else (their_events, our_events))
        if _edited_text_apart(losing_events, winning_events):
            kept = superseded_event(losing, at)
    return merged_row, kept


def superseded_event(version: tuple, at: dict[str, int]) -> tuple:
    """The history entry for a note text that lost to a later one: the same id in every merge."""
    note_id, text, when = version[at["id"]], version[at["text"]], version[at["updated_at"]]
    event_id = uuid.uuid5(HISTORY_NAMESPACE, f"{note_id}|{when}|{text}").hex
    detail = json.dumps({"text": text, "status": version[at["status"]], "kind": version[at["kind"]]},
                        ensure_ascii=False)
    return (event_id, note_id, when, version[at["captured_by"]], SUPERSEDED, detail)


def _latest_by_field(events: list) -> dict[str, str]:
    latest: dict[str, str] = {}
    for _event_id, at, action, detail in events:
        for name in _fields(action, detail):
            if at > latest.get(name, ""):
                latest[name] = at
    return latest


def _fields(action: str, detail: str | None) -> tuple[str, ...]:
    if action == "edit":
        try:
            value = json.loads(detail) if detail else {}
        except ValueError:
            return ()
        return tuple(value) if isinstance(value, dict) else ()
    return _EVENT_FIELDS.get(action, ())


def _edited_text_apart(losing_events: list, winning_events: list) -> bool:
    """The losing side changed the text in an edit the winning side never saw."""
    seen = {event[0] for event in winning_events}
    return any(event[0] not in seen and "text" in _fields(event[2], event[3]) for event in losing_events)
