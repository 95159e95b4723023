"""Shortens a long note to what its card may hold, so one long note never pushes every other note of
the question off the wall: the room reads the gist, the full text stays in the review."""

from __future__ import annotations

from collections.abc import Callable

ELLIPSIS = "\u2026"


def shorten(text: str, fits: Callable[[str], bool]) -> str:
    """The longest start of ``text`` that ``fits``, cut after a whole word and ended with an ellipsis;
    the text itself when it fits. ``fits`` measures a candidate (a label's height for its width)."""
    if fits(text):
        return text
    low, high = 0, len(text)  # text[:low] + ELLIPSIS fits (or low is 0), text[:high] + ELLIPSIS does not
    while high - low > 1:
        middle = (low + high) // 2
        if fits(_cut(text, middle)):
            low = middle
        else:
            high = middle
    return _cut(text, low) if low else ELLIPSIS


def _cut(text: str, end: int) -> str:
    start = text[:end]
    if end < len(text) and not text[end].isspace():  # inside a word: end before it, if the line has room
        space = max(start.rfind(" "), start.rfind("\n"), start.rfind("\u200b"))
        if space > len(start) // 2:
            start = start[:space]
    return start.rstrip() + ELLIPSIS
