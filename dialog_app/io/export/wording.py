"""The words of an exported document, in the language chosen for it rather than the interface's.

The strings are marked with ``QT_TRANSLATE_NOOP`` so that lupdate collects them into the app's
.ts files with every other string, and the translators keep one complete Swedish translation.
An export is written in its own language, maybe not the interface's, and outside the GUI thread,
so its words are looked up here, in the shipped .ts file, rather than through Qt's translators.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from functools import lru_cache
from pathlib import Path

from dialog_app.core.paths import resources_dir

CONTEXTS = ("Export", "Labels")  # the document's own words, and the vocabulary it shares with the GUI


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802  (the name lupdate looks for)
    """Marks ``source`` for translation in ``context`` and returns it unchanged."""
    return source


class Wording:
    """``w("Table of contents")`` is the Swedish or English text; ``w("Page %1 of %2", 3, 41)`` fills in."""

    def __init__(self, language: str) -> None:
        self.language = language
        self._table = _translations(language, _ts_file(language))

    def __call__(self, source: str, *args: object) -> str:
        text = self._table.get(source) or source
        # %1 … %9, highest first so that %1 does not eat the start of %10
        for number in range(len(args), 0, -1):
            text = text.replace(f"%{number}", str(args[number - 1]))
        return text

    def count(self, one: str, many: str, n: int, *args: object) -> str:
        """``one`` or ``many`` as ``n`` asks (singular for 1 only, in Swedish as in English), with
        ``n`` grouped as %1 and ``args`` as %2 …: "1 dialogue", "0 dialogues", "2 dialoger"."""
        return self(one if n == 1 else many, self.number(n), *args)

    def date(self, value) -> str:
        """"23 november 2026" / "23 November 2026"."""
        if value is None:
            return ""
        return f"{value.day} {self(MONTHS[value.month - 1])} {value.year}"

    def number(self, value: int) -> str:
        """Thousands grouped as each language writes them: "10 000" / "10,000"."""
        grouped = f"{value:,}"
        return grouped.replace(",", "\u00a0") if self.language == "sv" else grouped


def _ts_file(language: str) -> Path | None:
    if language == "en":
        return None  # English is the source text
    return resources_dir() / "translations" / f"dialog_app_{language}.ts"


@lru_cache(maxsize=4)
def _translations(language: str, path: Path | None) -> dict[str, str]:
    if path is None:
        return {}
    tree = ET.parse(path)  # the app's own shipped file, not user input
    table: dict[str, str] = {}
    for context in tree.getroot().iter("context"):
        if context.findtext("name") not in CONTEXTS:
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in {"unfinished", "vanished", "obsolete"}:
                continue
            if translation.text:
                table[message.findtext("source") or ""] = translation.text
    return table


MONTHS = (
    QT_TRANSLATE_NOOP("Export", "January"),
    QT_TRANSLATE_NOOP("Export", "February"),
    QT_TRANSLATE_NOOP("Export", "March"),
    QT_TRANSLATE_NOOP("Export", "April"),
    QT_TRANSLATE_NOOP("Export", "May"),
    QT_TRANSLATE_NOOP("Export", "June"),
    QT_TRANSLATE_NOOP("Export", "July"),
    QT_TRANSLATE_NOOP("Export", "August"),
    QT_TRANSLATE_NOOP("Export", "September"),
    QT_TRANSLATE_NOOP("Export", "October"),
    QT_TRANSLATE_NOOP("Export", "November"),
    QT_TRANSLATE_NOOP("Export", "December"),
)
