"""What the flowables of one PDF share while it is laid out: faces, styles, the typesetter, and
what the single layout pass records for the save (heading places, contents pages, progress)."""

from __future__ import annotations

from dataclasses import dataclass, field

from dialog_app.core.jobs import Job
from dialog_app.io.export.pdf import fonts
from dialog_app.io.export.pdf.styles import Styles, styles
from dialog_app.io.export.pdf.tagging import Element, Tags
from dialog_app.io.export.pdf.typeset import Typesetter


@dataclass
class Place:
    """Where a level 1–2 heading landed: its bookmark and its table-of-contents line."""

    key: str  # the bookmark's name
    title: str
    level: int
    page: int = 0
    top: float = 0.0  # y of the heading's top on its page


@dataclass
class Context:
    job: Job  # where progress goes; raises Cancelled once the export was cancelled
    total: int = 1  # units of work: notes, register rows, other blocks
    done: int = 0
    faces: dict[str, fonts.Face] = field(default_factory=fonts.faces)
    styles: Styles = field(default_factory=styles)
    places: dict[str, Place] = field(default_factory=dict)  # by key, in reading order
    contents_pages: list[int] = field(default_factory=list)
    cover_pages: set[int] = field(default_factory=set)
    tags: Tags = field(default_factory=Tags)  # the structure tree, filled while drawing
    contents_tags: list[Element] = field(default_factory=list)  # the contents' heading and TOC, drawn at save
    lang: str = "sv-SE"  # the document's language tag
    pdfa: bool = False  # also PDF/A-2b
    gutter: float = 48.0  # width of the reference column of the note lists
    _typesetter: Typesetter | None = None

    @property
    def regular(self) -> fonts.Face:
        return self.faces[fonts.REGULAR]

    @property
    def bold(self) -> fonts.Face:
        return self.faces[fonts.BOLD]

    @property
    def oblique(self) -> fonts.Face:
        return self.faces[fonts.OBLIQUE]

    def typesetter(self, canv) -> Typesetter:
        """The typesetter of the document ``canv`` writes (font subsets are per document)."""
        doc = canv._doc
        if self._typesetter is None or self._typesetter.doc is not doc:
            self._typesetter = Typesetter(doc)
        return self._typesetter

    def report_progress(self) -> None:
        self.job.report(min(self.done, self.total), self.total)
