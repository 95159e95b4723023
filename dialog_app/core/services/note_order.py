"""The orders a list of notes can be sorted in, as SQL (names joined where the order needs them)."""

from __future__ import annotations

from sqlalchemy import func, nulls_last
from sqlalchemy.sql import Select

from dialog_app.core.errors import InvalidValueError
from dialog_app.core.models import AgendaItem, Dialogue, Note, StakeholderGroup
from dialog_app.core.store.swedish_order import SQL_FUNCTION

SORT_KEYS = ("created_at", "text", "dialogue", "question", "group", "kind", "votes", "key_quote", "status")


def ordered(statement: Select, sort: str, descending: bool) -> Select:
    """``statement`` (a select over Note) in the order ``sort``, newest first among equals."""
    if sort not in SORT_KEYS:
        raise InvalidValueError(f"cannot sort by {sort!r}; use one of: {', '.join(SORT_KEYS)}")
    if sort == "created_at":  # exactly the live-order index's order: SQLite then reads it, no sorting
        return statement.order_by(*(column.desc() if descending else column.asc()
                                    for column in (Note.created_at, Note.seq)))
    if sort == "dialogue":
        statement = statement.join(Dialogue, Dialogue.id == Note.dialogue_id)
        key = getattr(func, SQL_FUNCTION)(Dialogue.title)
    elif sort == "question":
        statement = statement.outerjoin(AgendaItem, AgendaItem.id == Note.agenda_item_id)
        key = AgendaItem.position
    elif sort == "group":
        statement = statement.outerjoin(StakeholderGroup, StakeholderGroup.id == Note.group_id)
        key = StakeholderGroup.position
    elif sort == "text":
        key = getattr(func, SQL_FUNCTION)(Note.text)
    else:
        key = getattr(Note, sort)
    return statement.order_by(nulls_last(key.desc() if descending else key.asc()), Note.created_at.desc(),
                              Note.seq.desc())
