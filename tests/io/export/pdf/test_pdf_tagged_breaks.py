"""A note cut by a page break stays one list item in the tags; so does a table row (its rest is
drawn as the same index of the same table)."""

from __future__ import annotations

import pikepdf
from pdfua import validate

from dialog_app.io.export.pdf.tagging import Tags
from tests.io.pdf_reading import write_pdf
from tests.io.pdf_tags import depths, elements


def _pages(element: pikepdf.Dictionary) -> set:
    kids = element.K if isinstance(element.K, pikepdf.Array) else [element.K]
    pages = {element.Pg.objgen} if "/Pg" in element else set()
    return pages | {kid.Pg.objgen for kid in kids if isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == "/MCR"}


def test_a_note_longer_than_a_page_is_one_list_item(exported, tmp_path):
    # given
    paragraphs = [" ".join(f"ord{p}x{i}" for i in range(90)) for p in range(9)]
    exported.project.notes.add(exported.dialogues["first"].id, "\n\n".join(paragraphs), status="approved")
    # when
    pdf = write_pdf(exported.project, tmp_path, language="en")
    # then
    assert not validate(str(pdf.path)).findings
    with pikepdf.open(pdf.path) as doc:
        assert all(depths(page) == (1, 0) for page in doc.pages)
        tree = list(elements(doc))
        bodies = [e for e in tree if e.S == "/LBody" and len(_pages(e)) > 1]
        assert bodies, "the long note's body is one element over two pages"
        for body in bodies:
            item = body.P
            assert [str(k.S) for k in item.K] == ["/Lbl", "/LBody"]


def test_the_rest_of_a_row_is_the_same_row_and_the_next_index_a_new_one():
    # given
    tags = Tags()
    table = tags.add("Table")
    # when
    first, new_first = tags.item(table, 7, "TR")
    rest, new_rest = tags.item(table, 7, "TR")  # the rows after a page break begin with item 7's rest
    second, new_second = tags.item(table, 8, "TR")
    # then
    assert (new_first, new_rest, new_second) == (True, False, True)
    assert rest is first and second is not first and table.kids == [first, second]
