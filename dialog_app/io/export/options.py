"""What an export is asked to hold: language, personal data, statuses, and which themes and dialogues."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

LANGUAGES = ("sv", "en")
# What an export does with possible names the writer has neither confirmed nor dismissed.
UNCONFIRMED_REFUSE, UNCONFIRMED_MASK, UNCONFIRMED_KEEP = "refuse", "mask", "keep"


@dataclass(frozen=True)
class ExportOptions:
    """The choices behind one export. The defaults are the safe ones: what may be published, masked."""

    language: str = "sv"
    include_personal_data: bool = False  # True only on an explicit choice
    all_statuses: bool = False  # False: approved notes only; True: all but the excluded ones
    framework_id: uuid.UUID | None = None  # None: the project's active framework
    theme_ids: frozenset[uuid.UUID] | None = None  # None: every theme of the framework
    dialogue_ids: frozenset[uuid.UUID] | None = None  # None: every dialogue
    version_label: str | None = None  # None: "Remissversion" / "Consultation version"
    csv_delimiter: str | None = None  # None: ";" for Swedish (Swedish Excel), "," for English
    unconfirmed_names: str = UNCONFIRMED_REFUSE  # refuse: the export stops and lists them
    pdfa: bool = False  # the PDF report also as PDF/A-2b, for the archive

    def __post_init__(self) -> None:
        if self.language not in LANGUAGES:
            raise ValueError(f"language must be one of {', '.join(LANGUAGES)}, not {self.language!r}")
        if self.unconfirmed_names not in (UNCONFIRMED_REFUSE, UNCONFIRMED_MASK, UNCONFIRMED_KEEP):
            raise ValueError(f"unconfirmed names are refused, masked or kept, not {self.unconfirmed_names!r}")
        if self.csv_delimiter not in (None, ",", ";"):
            raise ValueError("the CSV delimiter is a comma or a semicolon")

    @property
    def delimiter(self) -> str:
        return self.csv_delimiter or (";" if self.language == "sv" else ",")
