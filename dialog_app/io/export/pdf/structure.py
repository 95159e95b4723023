"""The structure tree written into the PDF by ReportLab itself, when the canvas saves.

ReportLab's catalog takes /StructTreeRoot and /MarkInfo, and any PDF object can be added to its
document by name; so the tree needs no second pass over the file with another PDF library
(which would parse and write every page again). Written: one /StructElem per element of
tagging.Tags with /P, /Pg and /K (an MCID on the element's page, an /MCR on another, an /OBJR
for a link annotation), the /ParentTree (each page's MCIDs and each link's /StructParent back
to their elements), the pages' /StructParents and /Tabs /S, and /MarkInfo << /Marked true >>.
"""

from __future__ import annotations

from reportlab.pdfbase.pdfdoc import LinkAnnotation, PDFDictionary, PDFName, PDFObject, PDFObjectReference, PDFPage

from dialog_app.io.export.pdf.tagging import Annot, Element, Tags

_PAGE_KEYS = [*PDFPage.__NoDefault__, "StructParents", "Tabs"]


class TaggedLink(LinkAnnotation):
    """A link annotation that may say which structure element it belongs to (PDF/UA 7.18.5)."""

    permitted = (*LinkAnnotation.permitted, "StructParent")


def write(doc, tags: Tags, page_count: int) -> None:
    """Add the tree of ``tags`` to ReportLab's document ``doc`` (before it is saved)."""
    writer = _Writer(doc, page_count)
    tree_root = writer.new("StructTreeRoot")
    parent_tree = writer.new("StructParentTree")
    top = writer.element(tags.root, tree_root.ref)
    nums = ["<</Nums["]
    for page in range(1, page_count + 1):
        refs = writer.by_mcid.get(page, [])
        nums.append(f"{page - 1} [{' '.join(ref or 'null' for ref in refs)}] ")
    for n, (annot, ref) in enumerate(writer.annots):
        number = page_count + n
        annot.annotation.otherkw["StructParent"] = number
        nums.append(f"{number} {ref} ")
    nums.append("]>>")
    parent_tree.text = "".join(nums)
    tree_root.text = (f"<</Type/StructTreeRoot/K {top}/ParentTree {parent_tree.ref}"
                      f"/ParentTreeNextKey {page_count + len(writer.annots)}>>")
    catalog = doc.Catalog
    catalog.StructTreeRoot = PDFObjectReference("StructTreeRoot")
    catalog.MarkInfo = PDFDictionary({"Marked": "true"})
    for n, page in enumerate(doc.Pages.pages):
        page.__NoDefault__ = _PAGE_KEYS
        page.StructParents = n
        page.Tabs = PDFName("S")  # annotations in structure order (PDF/UA 7.18.3)
        if page.Trans is not None and not page.Trans.dict:
            page.Trans = None  # ReportLab's empty page transition: no key PDF/A knows


class _Raw(PDFObject):
    """An object written as ready PDF text.

    A big report has some 100 000 structure elements; ReportLab's general dictionaries format
    each key and value through several calls, which made the save several times slower than the
    layout. ReportLab numbers an object when it is registered, so an element's references are
    known as "12 0 R" when it is made and its text is written once. The text is ASCII: strings
    in it are UTF-16 hex (``_text``).
    """

    def __init__(self, ref: str) -> None:
        self.ref = ref
        self.text = ""

    def format(self, document) -> bytes:
        return self.text.encode("ascii")


class _Writer:
    def __init__(self, doc, page_count: int) -> None:
        self.doc = doc
        self.count = 0
        self.by_mcid: dict[int, list] = {}  # page → element references by MCID
        self.annots: list[tuple[Annot, str]] = []
        self.pages = [self.number(f"Page{n}") if n else "" for n in range(page_count + 1)]

    def number(self, name: str) -> str:
        """The reference to the object ReportLab registered as ``name``."""
        number, version = self.doc.idToObjectNumberAndVersion[name]
        return f"{number} {version} R"

    def new(self, name: str) -> _Raw:
        """A new object, registered as ReportLab's ``Reference`` does (without its checks: the
        name is new), so its number, and the reference to it, are known now."""
        doc = self.doc
        number = doc.objectcounter = doc.objectcounter + 1
        raw = _Raw(f"{number} 0 R")
        doc.idToObjectNumberAndVersion[name] = (number, 0)
        doc.numberToId[number] = name
        doc.idToObject[name] = raw
        return raw

    def element(self, element: Element, parent: str) -> str:
        self.count += 1
        raw = self.new(f"SE{self.count}")
        ref = raw.ref
        pages = self.pages
        only = element.kids[0] if len(element.kids) == 1 else None
        if type(only) is tuple and element.alt is None and not element.lang and not element.attributes:
            page, mcid = only  # most elements: a cell, a label, a paragraph on one page
            refs = self.by_mcid.setdefault(page, [])
            refs.extend([None] * (mcid + 1 - len(refs)))
            refs[mcid] = ref
            raw.text = f"<</S/{element.role}/P {parent}/Pg {pages[page]}/K {mcid}>>"
            return ref
        page = _first_page(element)
        kids = []
        for kid in element.kids:
            if type(kid) is tuple:
                on, mcid = kid
                refs = self.by_mcid.setdefault(on, [])
                refs.extend([None] * (mcid + 1 - len(refs)))
                refs[mcid] = ref
                kids.append(str(mcid) if on == page else f"<</Type/MCR/Pg {pages[on]}/MCID {mcid}>>")
            elif isinstance(kid, Element):
                if kid.kids:  # an element whose content never came (not drawn) is left out
                    kids.append(self.element(kid, ref))
            else:
                self.annots.append((kid, ref))
                kids.append(f"<</Type/OBJR/Obj {self.number(kid.name)}/Pg {pages[kid.page]}>>")
        parts = [f"<</S/{element.role}/P {parent}"]
        if page:
            parts.append(f"/Pg {pages[page]}")
        parts.append(f"/K {kids[0]}" if len(kids) == 1 else f"/K[{' '.join(kids)}]")
        if element.alt is not None:
            parts.append(f"/Alt{_text(element.alt)}")
        if element.lang:
            parts.append(f"/Lang{_text(element.lang)}")
        if element.attributes:
            parts.append("/A<<" + "".join(f"/{key} {value}" for key, value in element.attributes.items()) + ">>")
        parts.append(">>")
        raw.text = "".join(parts)
        return ref


def _text(text: str) -> str:
    """A PDF text string in UTF-16 with its byte order mark, as hex: any character, ASCII only."""
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


def _first_page(element: Element) -> int:
    for kid in element.kids:
        if isinstance(kid, tuple):
            return kid[0]
        if isinstance(kid, Annot):
            return kid.page
    return 0
