"""A first guess at a table's mapping, for a table no known layout describes.

The mapping step shows the guess and the user corrects it, so it only has to be right for the
ordinary sheet: columns named like a time, a group, a table or votes play those parts, and of the
rest the column with the longest answers on average holds the notes. A column of names or e-mail
addresses is never the text: it is personal data, proposed as such.
"""

from __future__ import annotations

from collections.abc import Sequence

from dialog_app.io.imports.column_names import (
    GROUP_WORDS, TABLE_WORDS, TIME_WORDS, VOTE_WORDS, first_matching, is_identifier, is_personal,
)
from dialog_app.io.imports.source_facts import TableMapping


def guess_mapping(header: Sequence[str], sample: Sequence[Sequence[str]], header_row: int = 0) -> TableMapping:
    """The likeliest mapping of ``header`` given the first rows; ``text`` is empty when no column has text."""
    taken: set[str] = set()
    roles: dict[str, str | None] = {}
    for role, vocabulary in (("time", TIME_WORDS), ("group", GROUP_WORDS), ("table", TABLE_WORDS),
                             ("votes", VOTE_WORDS)):
        roles[role] = first_matching(header, vocabulary, taken)
        if roles[role]:
            taken.add(roles[role])
    personal = tuple(h for h in header if h not in taken and is_personal(h))
    candidates = [i for i, h in enumerate(header) if h not in taken and h not in personal and not is_identifier(h)]
    text = max(candidates, key=lambda i: (_mean_length(sample, i), -i), default=None)
    chosen = (header[text],) if text is not None and _mean_length(sample, text) > 0 else ()
    return TableMapping(text=chosen, personal=personal, header_row=header_row, **roles)


def _mean_length(sample: Sequence[Sequence[str]], index: int) -> float:
    """The average length of a column's non-blank cells; numbers count as nothing (they are no notes)."""
    cells = [row[index].strip() for row in sample if index < len(row) and row[index].strip()]
    texts = [c for c in cells if not _is_number(c)]
    return sum(map(len, texts)) / len(cells) if cells else 0.0


def _is_number(cell: str) -> bool:
    try:
        float(cell.replace(",", "."))
        return True
    except ValueError:
        return False
