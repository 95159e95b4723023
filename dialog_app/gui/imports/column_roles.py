"""The part each column of a table plays, as the mapping step shows it, and the ``TableMapping``
the chosen parts add up to. Several columns may hold notes (a form: one per question); the other
parts belong to one column at a time."""

from __future__ import annotations

from dataclasses import replace
from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP

from dialog_app.io.imports.source_facts import TableMapping


class Role(StrEnum):
    TEXT = "text"
    QUESTION = "question"
    GROUP = "group"
    TIME = "time"
    VOTES = "votes"
    TABLE = "table"
    PERSONAL = "personal"
    IGNORE = "ignore"


ROLE_NAMES = {
    Role.TEXT: QT_TRANSLATE_NOOP("ColumnRole", "Note text"),
    Role.QUESTION: QT_TRANSLATE_NOOP("ColumnRole", "Question"),
    Role.GROUP: QT_TRANSLATE_NOOP("ColumnRole", "Stakeholder group"),
    Role.TIME: QT_TRANSLATE_NOOP("ColumnRole", "Time"),
    Role.VOTES: QT_TRANSLATE_NOOP("ColumnRole", "Votes"),
    Role.TABLE: QT_TRANSLATE_NOOP("ColumnRole", "Table"),
    Role.PERSONAL: QT_TRANSLATE_NOOP("ColumnRole", "Personal data"),
    Role.IGNORE: QT_TRANSLATE_NOOP("ColumnRole", "Ignore"),
}
SINGLE = (Role.QUESTION, Role.GROUP, Role.TIME, Role.VOTES, Role.TABLE)  # one column each at most


def roles_of(header: tuple[str, ...], mapping: TableMapping | None) -> list[Role]:
    """Each column's role under ``mapping``, in the header's order."""
    if mapping is None:
        return [Role.IGNORE] * len(header)
    single = {getattr(mapping, role.value): role for role in SINGLE if getattr(mapping, role.value)}
    return [Role.TEXT if name in mapping.text else Role.PERSONAL if name in mapping.personal
            else single.get(name, Role.IGNORE) for name in header]


def with_role(roles: list[Role], column: int, role: Role) -> list[Role]:
    """``roles`` with ``column`` given ``role``; a part only one column may play leaves the column
    that played it before."""
    changed = [Role.IGNORE if role in SINGLE and r is role else r for r in roles]
    changed[column] = role
    return changed


def mapping_of(header: tuple[str, ...], roles: list[Role], keep_personal: bool = False,
               base: TableMapping | None = None) -> TableMapping:
    """The mapping these roles make; what roles do not say (where the header stands, say) is kept
    from ``base``, the mapping the reader detected."""

    def single(role: Role) -> str | None:
        return next((name for name, r in zip(header, roles) if r is role), None)

    return replace(
        base or TableMapping(text=()),
        text=tuple(name for name, r in zip(header, roles) if r is Role.TEXT),
        question=single(Role.QUESTION), group=single(Role.GROUP), time=single(Role.TIME),
        votes=single(Role.VOTES), table=single(Role.TABLE),
        personal=tuple(name for name, r in zip(header, roles) if r is Role.PERSONAL),
        keep_personal=keep_personal,
    )
