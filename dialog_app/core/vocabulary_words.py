"""The words a script may type for a note kind, a note status or a dialogue's kind and status, in
Swedish or English, and the stored value each stands for.

The window shows these vocabularies translated (gui/labels.py, through Qt); a command line has no
Qt, and its user types "godkänd" as readily as "approved". So each stored value is accepted as
itself, as its English label and as its Swedish label (the "Labels" translations in
resources/translations/dialog_app_sv.ts: a test keeps the two in step), and by a few short
forms of those labels. Case does not matter, and underscores, hyphens and spaces are the same
("Dialogue-meeting"); letters typed without their ring or dots are other letters ("godkand" is not
"godkänd").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from dialog_app.core.errors import InvalidValueError
from dialog_app.core.kinds import DialogueKind, DialogueStatus, NoteKind, NoteStatus


@dataclass(frozen=True)
class Vocabulary:
    """One vocabulary: what it is called in an error, and every accepted word per stored value."""

    what: str
    values: type[StrEnum]
    words: dict[str, tuple[str, ...]]  # stored value -> its English and Swedish words, label first

    def parse(self, text: str) -> str:
        """The stored value ``text`` names; an InvalidValueError listing the accepted words if none."""
        wanted = _plain(text)
        for value, words in self.words.items():
            if wanted in {_plain(value), *map(_plain, words)}:
                return value
        raise InvalidValueError(f"unknown {self.what} {text!r}; use one of: {self.choices()}")

    def choices(self) -> str:
        """Each value as stored, with its Swedish word beside it: "approved (godkänd), …"."""
        shown = []
        for value, words in self.words.items():
            swedish = _SHORT_SWEDISH.get(value, words[1]).casefold()
            shown.append(value if _plain(swedish) == _plain(value) else f"{value} ({swedish})")
        return ", ".join(shown)


def _plain(text: str) -> str:
    return re.sub(r"[\s_\-]+", " ", text.strip().casefold())


NOTE_KINDS = Vocabulary("note kind", NoteKind, {
    NoteKind.STATEMENT: ("Statement", "Synpunkt", "opinion", "åsikt"),
    NoteKind.IDEA: ("Idea / proposal", "Idé / förslag", "idé", "förslag", "proposal", "suggestion"),
    NoteKind.CONCERN: ("Concern", "Farhåga", "oro", "risk"),
    NoteKind.QUESTION: ("Question", "Fråga"),
})
NOTE_STATUSES = Vocabulary("note status", NoteStatus, {
    NoteStatus.CAPTURED: ("Captured", "Inmatad", "new", "ny"),
    NoteStatus.REVIEWED: ("Reviewed", "Granskad"),
    NoteStatus.APPROVED: ("Approved for publication", "Godkänd för publicering", "godkänd", "approve"),
    NoteStatus.EXCLUDED: ("Excluded", "Utesluten", "exclude", "exkluderad"),
})
DIALOGUE_KINDS = Vocabulary("dialogue kind", DialogueKind, {
    DialogueKind.DIALOGUE_MEETING: ("Dialogue meeting", "Dialogmöte", "meeting", "möte"),
    DialogueKind.WORKSHOP: ("Workshop", "Workshop"),
    DialogueKind.NETWORK_MEETING: ("Network meeting", "Nätverksmöte", "network", "nätverk"),
    DialogueKind.WEBCAST: ("Webcast / training session", "Webbsändning / utbildningstillfälle", "webbsändning",
                           "utbildningstillfälle", "training session", "training", "utbildning"),
    DialogueKind.HEARING: ("Hearing", "Remissmöte / hearing", "remissmöte"),
    DialogueKind.SURVEY_IMPORT: ("Survey import", "Enkätimport", "survey", "enkät"),
})
DIALOGUE_STATUSES = Vocabulary("dialogue status", DialogueStatus, {
    DialogueStatus.PLANNED: ("Planned", "Planerad"),
    DialogueStatus.RUNNING: ("Running", "Pågår", "pågående", "ongoing"),
    DialogueStatus.FINISHED: ("Finished", "Avslutad", "done", "klar"),
})
# The Swedish word an error suggests where the label is long ("godkänd", not "Godkänd för publicering").
_SHORT_SWEDISH = {
    NoteKind.IDEA: "idé", NoteStatus.APPROVED: "godkänd", DialogueKind.WEBCAST: "webbsändning",
    DialogueKind.HEARING: "remissmöte",
}
