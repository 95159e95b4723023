"""The tags of the PDF report (PDF/UA): which page content is which structure element.

While the report is drawn, every piece of real content is wrapped in a marked-content sequence
(``/P <</MCID 3>> BDC … EMC``) whose number is recorded on a structure element; rules, stripes,
running heads and page numbers are wrapped as ``/Artifact``. Elements are made in the order
their content is drawn, which is the reading order; a piece drawn later (the contents pages, at
save) fills an element made in its place beforehand. structure.py writes the tree into the file.

The flowables find the tags through the canvas (``tags_of``); a canvas without them (a test
drawing a flowable alone) draws untagged.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass, field


@dataclass(eq=False, slots=True)
class Element:
    """One structure element; ``kids`` are elements, marked content ``(page, mcid)`` and link
    annotations ``Annot`` in reading order. A big report has some 100 000: slots."""

    role: str
    kids: list = field(default_factory=list)
    alt: str | None = None
    lang: str | None = None
    attributes: dict | None = None  # e.g. {"O": "/Table", "Scope": "/Column"}
    last: tuple | None = None  # a list's or table's latest (index, item): the item a page break cut


@dataclass(eq=False)
class Annot:
    """A link annotation that belongs to an element (a contents line): its page and its object."""

    page: int
    name: str  # ReportLab's internal object name
    annotation: object  # the ReportLab annotation, to be given its /StructParent


ARTIFACT = "/Artifact BMC"
HEADER = "/Artifact <</Type /Pagination /Subtype /Header>> BDC"
FOOTER = "/Artifact <</Type /Pagination /Subtype /Footer>> BDC"
PAGINATION = "/Artifact <</Type /Pagination>> BDC"
END = "EMC"


class Tags:
    """The structure tree being built, and the marked-content numbers of every page."""

    def __init__(self) -> None:
        self.root = Element("Document")
        self._stack: list[Element] = [self.root]
        self._mcids: dict[int, int] = {}  # next free MCID by page
        self._keyed: dict[Hashable, Element] = {}

    @property
    def parent(self) -> Element:
        return self._stack[-1]

    def add(self, role: str, parent: Element | None = None, **attrs) -> Element:
        element = Element(role, **attrs)
        (parent or self.parent).kids.append(element)
        return element

    def keyed(self, key: Hashable, role: str, parent: Element | None = None, **attrs) -> Element:
        """The element made for ``key`` before (the rest of a paragraph, a row, a list split by a
        page break), or a new one."""
        element = self._keyed.get(key)
        if element is None:
            element = self._keyed[key] = self.add(role, parent, **attrs)
        return element

    def item(self, container: Element, index: int, role: str) -> tuple[Element, bool]:
        """Item ``index`` (a row, a list item) of ``container``, and whether it is new. Only the
        latest can come again (its rest, after a page break), so no key is kept for every row."""
        last = container.last
        if last is not None and last[0] == index:
            return last[1], False
        item = self.add(role, container)
        container.last = (index, item)
        return item, True

    def has(self, key: Hashable) -> bool:
        return key in self._keyed

    def open(self, element: Element) -> None:
        """Elements added from now on go into ``element`` (a quote's paragraphs)."""
        self._stack.append(element)

    def close(self) -> None:
        if len(self._stack) > 1:
            self._stack.pop()

    def begin(self, element: Element, page: int) -> str:
        """The operator opening a marked-content sequence of ``element`` on ``page``."""
        mcid = self._mcids.get(page, 0)
        self._mcids[page] = mcid + 1
        element.kids.append((page, mcid))
        return f"/{element.role} <</MCID {mcid}>> BDC"

    def mark(self, canv, element: Element) -> None:
        canv.addLiteral(self.begin(element, canv.getPageNumber()))

    def pages(self) -> dict[int, int]:
        """How many MCIDs each page uses."""
        return dict(self._mcids)


def tags_of(canv) -> Tags | None:
    """The tags of the document ``canv`` draws, if it is tagged."""
    return getattr(canv, "tags", None)


class TaggedParagraphMixin:
    """A Paragraph drawn as one marked-content sequence of its own element; the pieces a page
    break makes stay one element (they share ``tag_key``). ``tag_group`` puts it in a list:
    ``(key, "L")`` makes the paragraph the LBody of an LI in the L of that key."""

    tag_role = "P"

    def tag_init(self, role: str | None = None, group: Hashable | None = None) -> None:
        if role is not None:
            self.tag_role = role
        self.tag_group = group
        self.tag_key = object()

    def split(self, availWidth, availHeight):  # noqa: N803  (ReportLab's names)
        parts = super().split(availWidth, availHeight)
        for part in parts:
            part.tag_role = self.tag_role
            part.tag_group = getattr(self, "tag_group", None)
            part.tag_key = getattr(self, "tag_key", None) or object()
        return parts

    def tag_element(self, tags: Tags) -> Element:
        key = getattr(self, "tag_key", None) or self
        group = getattr(self, "tag_group", None)
        if group is None:
            return tags.keyed(key, self.tag_role)
        listing = tags.keyed(group, "L")
        item = tags.keyed(("LI", key), "LI", listing)
        return tags.keyed(key, "LBody", item)

    def draw(self) -> None:
        tags = tags_of(self.canv)
        if tags is None:
            super().draw()
            return
        tags.mark(self.canv, self.tag_element(tags))
        super().draw()
        self.canv.addLiteral(END)
