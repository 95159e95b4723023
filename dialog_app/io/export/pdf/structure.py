"""The structure tree written into the PDF by ReportLab itself, when the canvas saves.

ReportLab's catalog takes /StructTreeRoot and /MarkInfo, and any PDF object can be added to its
document by name; so the tree needs no second pass over the file with another PDF library
(which would parse and write every page again). Written: one /StructElem per element of
tagging.Tags with /P, /Pg and /K (an MCID on the element's page, an /MCR on another, an /OBJR
for a link annotation), the /ParentTree (each page's MCIDs and each link's /StructParent back
to their elements), the pages' /StructParents and /Tabs /S, and /MarkInfo << /Marked true >>.
"""

from __future__ import annotations

from reportlab.pdfbase.pdfdoc import (
    LinkAnnotation,
    PDFArray,
    PDFDictionary,
    PDFName,
    PDFObjectReference,
    PDFPage,
    PDFString,
)

from dialog_app.io.export.pdf.tagging import Annot, Element, Tags

_PAGE_KEYS = [*PDFPage.__NoDefault__, "StructParents", "Tabs"]


class TaggedLink(LinkAnnotation):
    """A link annotation that may say which structure element it belongs to (PDF/UA 7.18.5)."""

    permitted = (*LinkAnnotation.permitted, "StructParent")


def write(doc, tags: Tags, page_count: int) -> None:
    """Add the tree of ``tags`` to ReportLab's document ``doc`` (before it is saved)."""
    writer = _Writer(doc, page_count)
    root_ref = writer.ref("StructTreeRoot")
    top = writer.element(tags.root, root_ref)
    nums: list = []
    for page in range(1, page_count + 1):
        nums += [page - 1, PDFArray(writer.by_mcid.get(page, []))]
    for n, (annot, ref) in enumerate(writer.annots):
        number = page_count + n
        annot.annotation.otherkw["StructParent"] = number
        nums += [number, ref]
    doc.Reference(PDFDictionary({"Nums": PDFArray(nums)}), "StructParentTree")
    doc.Reference(PDFDictionary({
        "Type": PDFName("StructTreeRoot"),
        "K": top,
        "ParentTree": PDFObjectReference("StructParentTree"),
        "ParentTreeNextKey": page_count + len(writer.annots),
    }), "StructTreeRoot")
    catalog = doc.Catalog
    catalog.StructTreeRoot = root_ref
    catalog.MarkInfo = PDFDictionary({"Marked": "true"})
    for n, page in enumerate(doc.Pages.pages):
        page.__NoDefault__ = _PAGE_KEYS
        page.StructParents = n
        page.Tabs = PDFName("S")  # annotations in structure order (PDF/UA 7.18.3)
        if page.Trans is not None and not page.Trans.dict:
            page.Trans = None  # ReportLab's empty page transition: no key PDF/A knows


class _Writer:
    def __init__(self, doc, page_count: int) -> None:
        self.doc = doc
        self.count = 0
        self.by_mcid: dict[int, list] = {}  # page → element references by MCID
        self.annots: list[tuple[Annot, PDFObjectReference]] = []
        self.page_count = page_count

    def ref(self, name: str) -> PDFObjectReference:
        return PDFObjectReference(name)

    def element(self, element: Element, parent: PDFObjectReference) -> PDFObjectReference:
        self.count += 1
        name = f"SE{self.count}"
        ref = PDFObjectReference(name)
        page = _first_page(element)
        kids = []
        for kid in element.kids:
            if isinstance(kid, Element):
                if _has_content(kid):
                    kids.append(self.element(kid, ref))
            elif isinstance(kid, Annot):
                self.annots.append((kid, ref))
                kids.append(PDFDictionary({"Type": PDFName("OBJR"), "Obj": PDFObjectReference(kid.name),
                                           "Pg": _page_ref(kid.page)}))
            else:
                on, mcid = kid
                self._parent(on, mcid, ref)
                if on == page:
                    kids.append(mcid)
                else:
                    kids.append(PDFDictionary({"Type": PDFName("MCR"), "Pg": _page_ref(on), "MCID": mcid}))
        entries = {"Type": PDFName("StructElem"), "S": PDFName(element.role), "P": parent,
                   "K": kids[0] if len(kids) == 1 else PDFArray(kids)}
        if page:
            entries["Pg"] = _page_ref(page)
        if element.alt is not None:
            entries["Alt"] = PDFString(element.alt)
        if element.lang:
            entries["Lang"] = PDFString(element.lang)
        if element.attributes:
            entries["A"] = PDFDictionary(dict(element.attributes))
        self.doc.Reference(PDFDictionary(entries), name)
        return ref

    def _parent(self, page: int, mcid: int, ref: PDFObjectReference) -> None:
        refs = self.by_mcid.setdefault(page, [])
        while len(refs) <= mcid:
            refs.append("null")
        refs[mcid] = ref


def _first_page(element: Element) -> int:
    for kid in element.kids:
        if isinstance(kid, tuple):
            return kid[0]
        if isinstance(kid, Annot):
            return kid.page
    return 0


def _has_content(element: Element) -> bool:
    """Whether anything of ``element`` was drawn (a list whose page never came has nothing)."""
    return any(not isinstance(kid, Element) or _has_content(kid) for kid in element.kids)


def _page_ref(page: int) -> PDFObjectReference:
    return PDFObjectReference(f"Page{page}")
