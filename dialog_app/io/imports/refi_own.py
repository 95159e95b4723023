"""What this app's own REFI-QDA export writes beside the text, read back so that a round trip is exact.

The export (``io/export/refi/project.py``) makes each dialogue a text source and each note a
selection of it; what the text does not show goes in the selection's ``Description``, a line each:
"Question: …", "Table: …", "Votes: …" (in Swedish or English, as the export was written), and every
question of the dialogue in the source's ``Description``; a selection's creation time is when its
note was taken (in another tool's file, when somebody coded it: no note's time). A theme's
synthesis is the memo on its code: since issue 16 a file that starts with its name ("Synthesis: …")
and ends with a heading "Key quotes" and the quotes, before that a text closed by a paragraph "Key
quotes: D1-001, …"; neither the name nor the quotes are part of the synthesis. The source's name
("D1 Dialogmöte …") names the dialogue, which the user chooses anew on import, so it becomes
nothing. These lines are read only from a file this app wrote (``origin`` "dialog_app …"): in
another tool's file a description is the coder's own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache

from lxml import etree

from dialog_app.io.export.options import LANGUAGES
from dialog_app.io.export.wording import QT_TRANSLATE_NOOP, Wording

ORIGIN = "dialog_app"
# The exporter's words (context "Export"), looked up in each language it writes.
QUESTION = "Question: %1"
TABLE = "Table: %1"
VOTES = "Votes: %1"
KEY_QUOTES = QT_TRANSLATE_NOOP("Export", "Key quotes: %1")  # what exports before issue 16 wrote: kept translated
KEY_QUOTES_HEADING = "Key quotes"
SYNTHESIS = "Synthesis: %1"


@dataclass(frozen=True)
class Details:
    question: str | None = None
    table: str | None = None
    votes: int = 0
    time: datetime | None = None


def is_own(root: etree._Element) -> bool:
    origin = (root.get("origin") or "").strip()
    return origin == ORIGIN or origin.startswith(ORIGIN + " ")


@lru_cache(maxsize=8)
def prefixes(source: str) -> tuple[str, ...]:
    """"Question: " and "Fråga: ": the line's start in every language the export writes."""
    return tuple(dict.fromkeys(Wording(language)(source, "") for language in LANGUAGES))


def _after(line: str, source: str) -> str | None:
    for prefix in prefixes(source):
        if line.startswith(prefix):
            return line[len(prefix):]
    return None


def details(description: str, created: str = "") -> Details:
    """The question, table and votes a selection's description names, and when the note was taken."""
    question = table = None
    votes = 0
    for line in description.split("\n"):
        if (found := _after(line, QUESTION)) is not None and question is None:
            question = found
        elif (found := _after(line, TABLE)) is not None and table is None:
            table = found
        elif (found := _after(line, VOTES)) is not None:
            digits = re.sub(r"[\s,.\u00a0\u202f]", "", found)  # "1 234", "1,234"
            votes = int(digits) if digits.isdigit() else votes
    return Details(question, table, votes, taken_at(created))


def taken_at(created: str) -> datetime | None:
    """A selection's ``creationDateTime``: the export writes when its note was taken, in UTC."""
    try:
        moment = datetime.fromisoformat(created.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None


def questions(description: str) -> list[str]:
    """Every question a source's description names, in order."""
    return [found for line in description.split("\n") if (found := _after(line, QUESTION)) is not None]


def synthesis(memo: str) -> str:
    """A memo on a code without its name line and its key quotes (see the module's docstring)."""
    blocks = memo.strip().split("\n\n")
    if len(blocks) > 1 and "\n" not in blocks[0] and _after(blocks[0], SYNTHESIS) is not None:
        blocks = blocks[1:]
    headings = prefixes(KEY_QUOTES_HEADING)
    cut = next((i for i, block in enumerate(blocks) if block.strip() in headings), None)
    if cut is not None:
        blocks = blocks[:cut]
    elif blocks and _after(blocks[-1], KEY_QUOTES) is not None:
        blocks = blocks[:-1]
    return "\n\n".join(blocks).strip()
