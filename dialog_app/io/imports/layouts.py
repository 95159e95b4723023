"""The survey and polling exports the import knows by their columns, and the key a mapping is
remembered under.

From the tools' documented exports: Microsoft Forms (``ID``, ``Start time``, ``Completion time``,
``Email``, ``Name``, maybe ``Last modified time``, then one column per question; in Swedish ``ID``,
``Starttid``, ``Tid för slutförande``, ``E-post``, ``Namn``), Google Forms (``Timestamp`` or
``Tidstämpel`` first, maybe ``Email Address``, one column per question) and Mentimeter's result
workbook (title rows, then ``Date``, ``Session``, ``Voter`` and ``<question>: Answer`` columns).
Recognition goes by the words of the headers, not their exact spelling, since the tools change
their wording between versions and languages; anything not recognised gets a guess instead.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import replace

from dialog_app.io.imports.column_names import (
    TIME_WORDS, header_names, is_email, is_personal, normalised, says, words,
)
from dialog_app.io.imports.source_facts import TableMapping
from dialog_app.io.imports.table_mapping import ANSWER_SUFFIXES

MICROSOFT_FORMS, GOOGLE_FORMS, MENTIMETER = "microsoft_forms", "google_forms", "mentimeter"
HEADER_SCAN = 20  # Mentimeter puts a few title rows above its header
Layout = tuple[str, TableMapping]

_COMPLETION_WORDS = frozenset({"completion", "slutförande", "slutförandetid", "sluttid", "slutförd", "end"})
_MODIFIED_WORDS = frozenset({"modified", "ändrad", "ändring", "senast", "senaste"})
_QUIZ = frozenset({"total points", "quiz feedback", "score", "total poäng", "poäng", "totalpoäng",
                   "feedback för testet", "feedback om testet", "resultat"})
_QUIZ_PREFIXES = ("points - ", "feedback - ", "poäng - ", "feedback – ", "poäng – ")
_STAMP_WORDS = frozenset({"timestamp", "tidstämpel", "tidsstämpel"})
_VOTER_WORDS = frozenset({"voter", "deltagare", "röstande", "participant"})
_MENTI_META = frozenset({"date", "datum", "session", "voter", "deltagare", "röstande"})


def layout_key(header: Sequence[str]) -> str:
    """A stable key for a header: the same export from the same tool, whatever its file is called."""
    joined = "\x1f".join(normalised(h) for h in header)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:16]


def detect_layout(header: Sequence[str]) -> Layout | None:
    """The known layout whose columns ``header`` has, with its mapping; None for any other table."""
    for detect in _DETECTORS:
        found = detect(tuple(header))
        if found is not None:
            return found
    return None


def find_header_row(rows: Sequence[Sequence[str]]) -> tuple[int, Layout] | None:
    """Where among the first rows stands the header of a known layout, and the layout."""
    for place, row in enumerate(rows[:HEADER_SCAN]):
        found = detect_layout(header_names(row))
        if found is not None:
            name, mapping = found
            return place, (name, replace(mapping, header_row=place))
    return None


def _is_quiz(header: str) -> bool:
    folded = normalised(header)
    return folded in _QUIZ or folded.startswith(_QUIZ_PREFIXES)


def _form(name: str, header: tuple[str, ...], meta: set[str], time: str | None) -> Layout | None:
    """A form's mapping: every column but its bookkeeping is a question; names and e-mail personal."""
    personal = tuple(h for h in header if h in meta and is_personal(h))
    asked = [h for h in header if h not in meta and not _is_quiz(h)]
    personal += tuple(h for h in asked if is_personal(h))  # a form that asks for a name
    questions = tuple(h for h in asked if h not in personal)
    if not questions:
        return None
    return name, TableMapping(text=questions, time=time, personal=personal, questions_from_header=True)


def _microsoft_forms(header: tuple[str, ...]) -> Layout | None:
    head = header[:7]
    if not any(normalised(h) == "id" for h in head[:2]):
        return None
    times = [h for h in head if says(h, TIME_WORDS) or says(h, _MODIFIED_WORDS)]
    stamps = [h for h in times if not says(h, _MODIFIED_WORDS)]
    if len(stamps) < 2:
        return None
    completion = next((h for h in stamps if says(h, _COMPLETION_WORDS)), stamps[1])
    meta = {h for h in head if normalised(h) == "id" or h in times or is_personal(h)}
    return _form(MICROSOFT_FORMS, header, meta, completion)


def _google_forms(header: tuple[str, ...]) -> Layout | None:
    if len(header) < 2 or words(header[0]) not in {(w,) for w in _STAMP_WORDS}:
        return None
    meta = {header[0], *(h for h in header[1:3] if is_email(h))}
    return _form(GOOGLE_FORMS, header, meta, header[0])


def _mentimeter(header: tuple[str, ...]) -> Layout | None:
    answers = tuple(h for h in header if normalised(h).endswith(ANSWER_SUFFIXES))
    meta = [h for h in header if normalised(h) in _MENTI_META]
    if not answers or len(meta) < 2:
        return None
    time = next((h for h in meta if normalised(h) in {"date", "datum"}), None)
    voters = tuple(h for h in meta if says(h, _VOTER_WORDS))
    return MENTIMETER, TableMapping(text=answers, time=time, personal=voters, questions_from_header=True)


_DETECTORS: tuple[Callable[[tuple[str, ...]], Layout | None], ...] = (_microsoft_forms, _google_forms, _mentimeter)
