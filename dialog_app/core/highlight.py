"""Where a search query matches in a note's text, by the search index's own rules, for highlighting:
whole words, case folded, å/ä/ö distinct, and the last query word also as the start of a word."""

from __future__ import annotations

import unicodedata

from dialog_app.core.store import fts


def _is_word_char(ch: str) -> bool:
    return unicodedata.category(ch).startswith(("L", "N", "Co", "M"))


def _words(text: str) -> list[tuple[int, int, str]]:
    """(start, end, folded word) for every word of ``text``, offsets in code points."""
    found, start = [], None
    for index, ch in enumerate(text + " "):
        if _is_word_char(ch) and index < len(text):
            if start is None:
                start = index
        elif start is not None:
            found.append((start, index, text[start:index].casefold()))
            start = None
    return found


def match_spans(text: str, query: str) -> list[tuple[int, int]]:
    """The (start, end) spans of ``text`` that the query's words match, in order, not overlapping."""
    if fts.match_expression(query) is None:
        needle = query.strip()
        spans, at = [], text.find(needle) if needle else -1
        while needle and at >= 0:
            spans.append((at, at + len(needle)))
            at = text.find(needle, at + len(needle))
        return spans
    query_words = [w for _s, _e, w in _words(query.replace("\x00", " "))]
    if not query_words:
        return []
    whole, prefix = set(query_words[:-1]), query_words[-1]
    return [(start, end) for start, end, word in _words(text) if word in whole or word.startswith(prefix)]
