"""What a column's header says it holds, in the words Swedish and English tables use.

The guess of a mapping, the known layouts and the participant register all ask the same things of a
header (is it a time, a group, an e-mail address, a person?), so the words live here once. Headers
are compared by their words, casefolded, so that "Start time", "start_time" and "STARTTID " agree
and a question that merely contains "tid" ("Tidigare erfarenheter?") is no time.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

TIME_WORDS = frozenset({
    "time", "timestamp", "date", "datetime", "created", "submitted", "tid", "tidpunkt", "tidstämpel",
    "tidsstämpel", "datum", "starttid", "sluttid", "slutförande", "slutförandetid", "inskickad", "skapad",
})
GROUP_WORDS = frozenset({
    "group", "grupp", "stakeholder", "stakeholders", "aktör", "aktörer", "aktörsgrupp", "intressent",
    "intressentgrupp", "intressenter", "organisation", "organization", "sektor", "sector", "målgrupp",
})
TABLE_WORDS = frozenset({"table", "bord", "bordsnummer", "bordsgrupp", "station"})
VOTE_WORDS = frozenset({"votes", "vote", "likes", "like", "upvotes", "röster", "röst", "gillningar"})
EMAIL_WORDS = frozenset({"email", "e-mail", "mail", "e-post", "epost", "e-postadress", "mejl", "mejladress"})
NAME_WORDS = frozenset({
    "name", "namn", "förnamn", "efternamn", "firstname", "lastname", "fullname", "voter", "deltagare",
    "respondent", "author", "författare", "participant", "user", "username", "användare", "användarnamn",
})
ID_WORDS = frozenset({"id", "nr", "nummer", "number", "löpnummer", "respondent-id", "responseid"})
SHORT = 4  # a header of more words is a question, whatever words it holds


def normalised(header: str) -> str:
    """The header casefolded with its whitespace collapsed: the form headers are compared in."""
    return " ".join(header.casefold().split())


def words(header: str) -> tuple[str, ...]:
    return tuple(w for w in re.split(r"[^\w-]+", header.casefold().replace("_", " ")) if w and w != "-")


def says(header: str, vocabulary: frozenset[str]) -> bool:
    """True when a short header holds one of ``vocabulary``'s words."""
    found = words(header)
    return 0 < len(found) <= SHORT and any(w in vocabulary for w in found)


def is_email(header: str) -> bool:
    found = words(header)
    return says(header, EMAIL_WORDS) or "".join(found) in {"emailaddress", "e-postadress"}


def is_personal(header: str) -> bool:
    """A column of names or e-mail addresses: never a note, and kept only when the user asks."""
    return is_email(header) or says(header, NAME_WORDS)


def is_identifier(header: str) -> bool:
    return says(header, ID_WORDS) and len(words(header)) <= 2


def first_matching(header: Sequence[str], vocabulary: frozenset[str], taken: set[str]) -> str | None:
    return next((h for h in header if h not in taken and says(h, vocabulary)), None)


def header_names(cells: Sequence[str]) -> tuple[str, ...]:
    """A header row as column names: stripped, a blank one named by its place ("Column 3"), and a
    repeated one made unique ("Fråga (2)"), so that every column can be named in a mapping."""
    names: list[str] = []
    seen: set[str] = set()
    for place, cell in enumerate(cells, 1):
        base = cell.strip() or f"Column {place}"
        name, copy = base, 1
        while name in seen:
            copy += 1
            name = f"{base} ({copy})"
        seen.add(name)
        names.append(name)
    return tuple(names)
