"""OpenDocument minutes (as LibreOffice writes them) read as blocks without any library, and files
that only pretend to be one refused in words."""

from __future__ import annotations

import pytest

from dialog_app.core.import_plan import FileProblem, ImportFileError
from dialog_app.io.imports.document_blocks import Block, BlockKind
from dialog_app.io.imports.open_document import odt_blocks
from tests.io.imports.document_files import BOLD_STYLE, odt_bytes, odt_content, zipped

H, P, B, ROW = BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.BULLET, BlockKind.TABLE_ROW
TITLE_STYLE = '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Title"/>'

MINUTES = (
    '<text:sequence-decls/>'
    '<text:p text:style-name="P1">Dialogmöte i Luleå</text:p>'
    '<text:h text:outline-level="1">Vad är viktigast för regionen?</text:h>'
    '<text:p>Bättre<text:s text:c="3"/>bredband<text:tab/>i <text:span>Sörbyn</text:span>'
    '<text:line-break/>och <text:a xlink:href="https://example.org" xmlns:xlink="http://www.w3.org/1999/xlink">'
    'Överkalix</text:a><text:note text:note-class="footnote"><text:note-citation>1</text:note-citation>'
    '<text:note-body><text:p>Fotnot</text:p></text:note-body></text:note>'
    '<office:annotation><text:p>En kommentar</text:p></office:annotation></text:p>'
    '<text:p/>'
    '<text:h text:outline-level="2">Kollektivtrafik</text:h>'
    '<text:list><text:list-item><text:p>Fler turer</text:p>'
    '<text:list><text:list-item><text:p>Även på helger</text:p></text:list-item></text:list>'
    '</text:list-item></text:list>'
    '<text:section text:name="S1"><text:p>I en sektion</text:p></text:section>'
    '<text:h>Utan nivå</text:h>'
)


def test_headings_paragraphs_and_list_items_come_in_order():
    # when
    blocks = odt_blocks(odt_bytes(MINUTES, TITLE_STYLE))
    # then: footnotes and comments are not the minutes' text
    assert blocks == [
        Block(H, "Dialogmöte i Luleå", 0),
        Block(H, "Vad är viktigast för regionen?", 1),
        Block(P, "Bättre bredband i Sörbyn och Överkalix"),
        Block(P, ""),
        Block(H, "Kollektivtrafik", 2),
        Block(B, "Fler turer", 1),
        Block(B, "Även på helger", 2),
        Block(P, "I en sektion"),
        Block(H, "Utan nivå", 1),
    ]


def test_a_bold_span_ending_with_a_colon_is_the_lead_in():
    # given
    body = ('<text:p><text:span text:style-name="T1">Näringsliv:</text:span> Vi behöver lärlingar</text:p>'
            '<text:p><text:span text:style-name="T1">Kommuner</text:span>: samverkan</text:p>'
            '<text:p>Inte <text:span text:style-name="T1">fet:</text:span> start</text:p>')
    # when
    blocks = odt_blocks(odt_bytes(body, BOLD_STYLE))
    # then
    assert [(block.text, block.lead_in) for block in blocks] == [
        ("Näringsliv: Vi behöver lärlingar", "Näringsliv:"), ("Kommuner: samverkan", "Kommuner:"),
        ("Inte fet: start", None)]


def test_each_table_row_is_one_block_and_markup_in_text_is_kept():
    # given
    body = ('<table:table table:name="T"><table:table-header-rows><table:table-row>'
            '<table:table-cell><text:p>Grupp</text:p></table:table-cell>'
            '<table:table-cell><text:p>Synpunkt</text:p></table:table-cell></table:table-row></table:table-header-rows>'
            '<table:table-row><table:table-cell table:number-columns-spanned="2"><text:p>Alla &lt;b&gt; &amp;amp; 🚀'
            '</text:p></table:table-cell><table:covered-table-cell/></table:table-row>'
            '<table:table-row><table:table-cell/><table:table-cell/></table:table-row></table:table>')
    # when
    blocks = odt_blocks(odt_bytes(body))
    # then
    assert blocks == [Block(ROW, "Grupp – Synpunkt"), Block(ROW, "Alla <b> &amp; 🚀"), Block(ROW, "")]


def test_a_document_type_declaration_is_refused():
    # given
    content = odt_content("<text:p>&lol;</text:p>").replace(
        "?>\n", '?>\n<!DOCTYPE office:document-content [<!ENTITY lol "lol">]>', 1)
    # when
    with pytest.raises(ImportFileError) as refused:
        odt_blocks(odt_bytes("", content=content))
    # then
    assert refused.value.problem is FileProblem.UNSAFE_XML


@pytest.mark.parametrize(("what", "data", "problem"), [
    ("a spreadsheet", odt_bytes("<text:p>x</text:p>", mimetype="application/vnd.oasis.opendocument.spreadsheet"),
     FileProblem.BROKEN),
    ("no content", zipped({"mimetype": b"application/vnd.oasis.opendocument.text"}), FileProblem.BROKEN),
    ("content that is no XML", odt_bytes("", content="<office:document-content"), FileProblem.BROKEN),
    ("content without a text body", odt_bytes("", content=odt_content("").replace("office:text", "office:spreadsheet")),
     FileProblem.BROKEN),
    ("not a zip", b"Hej, jag \xe4r en text", FileProblem.BROKEN),
    ("a zip bomb", zipped({"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": bytes(8 << 20)}),
     FileProblem.ZIP_BOMB),
    ("a climbing member", zipped({"mimetype": b"application/vnd.oasis.opendocument.text", "../evil": b""}),
     FileProblem.UNSAFE_PATH),
])
def test_a_file_that_is_not_an_opendocument_text_is_refused_in_words(what, data, problem):
    # when
    with pytest.raises(ImportFileError) as refused:
        odt_blocks(data)
    # then
    assert refused.value.problem is problem, what
