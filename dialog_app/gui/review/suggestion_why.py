"""Why a theme is suggested, in words: the note's words that matched each keyword ("bredbandet ←
bredband"), or, for a learned suggestion, how many tagged notes it is like (issue 17). The review's
tooltip on a suggestion and the detail pane say the same thing."""

from __future__ import annotations

from PySide6.QtCore import QObject

from dialog_app.core.suggestion_score import LEARNED, Explanation

SHOWN_EXAMPLES = 3  # refs of notes a learned suggestion is like, at most


class SuggestionWhy(QObject):
    """The words of an explanation (a QObject for its translated, plural-aware strings)."""

    def text(self, why: Explanation | None, keywords: tuple[str, ...] = ()) -> str:
        if why is not None and why.kind == LEARNED:
            return self._like(why)
        pairs = why.matched if why is not None and why.matched else tuple((k, k) for k in keywords)
        matched = self.tr("matched: %1").replace("%1", ", ".join(_matched(k, form) for k, form in pairs))
        if why is not None and why.similar:  # the learned model agrees: say both
            return "; ".join([matched, self._like(why)])
        return matched

    def _like(self, why: Explanation) -> str:
        like = self.tr("like %n note(s) you tagged", "", why.similar)
        if not why.examples:
            return like
        return self.tr("%1, e.g. %2").replace("%1", like).replace("%2", ", ".join(why.examples[:SHOWN_EXAMPLES]))


def _matched(keyword: str, form: str) -> str:
    """The note's word and, when it differs, the keyword it matched: "bredbandet ← bredband"."""
    return keyword if _bare(form) == _bare(keyword) else f"{form} ← {keyword}"


def _bare(words: str) -> str:
    """Letters and digits only: "it café" (as the matcher splits "IT-café") is the keyword "it-café"."""
    return "".join(c for c in words.casefold() if c.isalnum())


_SPEAKER: SuggestionWhy | None = None


def why_text(why: Explanation | None, keywords: tuple[str, ...] = ()) -> str:
    """The explanation in the interface's language (one shared QObject, made on first use)."""
    global _SPEAKER
    if _SPEAKER is None:
        _SPEAKER = SuggestionWhy()
    return _SPEAKER.text(why, keywords)
