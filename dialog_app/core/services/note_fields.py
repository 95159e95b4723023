"""What a note's fields may hold: the one set of checks that adding and editing notes share, and
the plain record a stored note row becomes."""

from __future__ import annotations

from dataclasses import make_dataclass
from typing import Any

from dialog_app.core.errors import InvalidValueError
from dialog_app.core.import_plan import MAX_NOTE_CHARS
from dialog_app.core.kinds import NoteKind, NoteStatus
from dialog_app.core.models import Note
from dialog_app.core.services.context import as_uuid, choice

EDITABLE_FIELDS = frozenset(
    {"text", "kind", "group_id", "agenda_item_id", "table_label", "votes", "key_quote", "status",
     "hidden_from_projector"}
)

# What ``add`` returns: the stored row, with Note's fields, without the ORM's instrumentation
# (building an ORM object cost more than the rest of the capture path together).
NoteRecord = make_dataclass(
    "NoteRecord", [column.name for column in Note.__table__.columns], frozen=True, slots=True
)


MAX_TEXT_CHARS = MAX_NOTE_CHARS  # one limit for typed and imported notes (import_plan.py says why)


def checked_text(text: str) -> str:
    if not isinstance(text, str) or not text.strip():
        raise InvalidValueError("a note needs some text")
    if len(text) > MAX_TEXT_CHARS:
        raise InvalidValueError(f"a note may hold at most {MAX_TEXT_CHARS} characters")
    return text


def _checked_votes(votes: int) -> int:
    if not isinstance(votes, int) or votes < 0:
        raise InvalidValueError("votes must be a whole number of 0 or more")
    return votes


def validated(fields: dict[str, Any]) -> dict[str, Any]:
    """The fields checked and in their stored form; a wrong value raises InvalidValueError."""
    out = dict(fields)
    if "text" in out:
        out["text"] = checked_text(out["text"])
    if "kind" in out:
        out["kind"] = choice(out["kind"], NoteKind, "note kind")
    if "status" in out:
        out["status"] = choice(out["status"], NoteStatus, "status")
    if "votes" in out:
        out["votes"] = _checked_votes(out["votes"])
    for key in ("group_id", "agenda_item_id"):
        if out.get(key):
            out[key] = as_uuid(out[key])
    if "table_label" in out:
        out["table_label"] = out["table_label"] or None
    for flag in ("key_quote", "hidden_from_projector"):
        if flag in out:
            out[flag] = bool(out[flag])
    return out

