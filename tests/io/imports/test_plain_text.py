"""Minutes typed as plain text or Markdown, in whatever encoding Windows, a Mac or a phone saved them,
read as blocks; binary data with a text suffix refused."""

from __future__ import annotations

import codecs

import pytest

from dialog_app.core.import_plan import FileProblem, ImportFileError
from dialog_app.io.imports.document_blocks import Block, BlockKind
from dialog_app.io.imports.plain_text import decode, text_blocks

H, P, B = BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.BULLET

TEXT = "Synpunkter från mötet i Överkalix – 20 € per månad är mycket för en pensionär.\r\nÅÄÖ åäö “citat”\r\n"


@pytest.mark.parametrize(("saved_as", "data", "found"), [
    ("Notepad, UTF-8", TEXT.encode("utf_8"), "utf_8"),
    ("Notepad, UTF-8 with BOM", codecs.BOM_UTF8 + TEXT.encode("utf_8"), "utf_8_sig"),
    ("Notepad, ANSI on Swedish Windows", TEXT.encode("cp1252"), "cp1252"),
    ("Notepad, Unicode", TEXT.encode("utf_16"), "utf_16"),
    ("UTF-16 without a mark", TEXT.encode("utf_16_le"), "utf_16_le"),
])
def test_every_way_a_text_is_saved_reads_back_exactly(saved_as, data, found):
    # when
    text, encoding = decode(data)
    # then
    assert (text, encoding) == (TEXT, found), saved_as


@pytest.mark.parametrize(("data", "encoding", "problem"), [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01", None, FileProblem.BINARY),
    (b"PK\x03\x04\x14\x00\x00\x00\x08\x00", None, FileProblem.BINARY),
    (b"", None, FileProblem.EMPTY),
    (codecs.BOM_UTF8 + b" \r\n\t\r\n", None, FileProblem.EMPTY),
    ("Överkalix".encode("cp1252"), "utf_8", FileProblem.WRONG_ENCODING),
])
def test_what_is_no_text_is_refused_in_words(data, encoding, problem):
    # when
    with pytest.raises(ImportFileError) as refused:
        decode(data, encoding)
    # then
    assert refused.value.problem is problem


def test_plain_text_paragraphs_are_runs_of_lines_and_list_items_are_their_own():
    # given
    text = (
        "Mötet öppnades kl. 18.00\n"
        "av ordföranden.\n"
        "\n\n"
        "Civilsamhälle:\n"
        "Fler mötesplatser\n"
        "på biblioteket.\n"
        "\n"
        "- Bättre buss\n"
        "  även på kvällen\n"
        "  - och på helger\n"
        "• Bredband\n"
        "1. Först\n"
        "2) Sedan\n"
        "\n"
        "# Inte en rubrik\n"
        "Till sist sades det här om saken i stort:\n"
        "Allt hänger ihop.\n"
    )
    # when
    blocks = text_blocks(text, markdown=False)
    # then: a label line stands alone; a colon at the end of a long line does not make it one
    assert blocks == [
        Block(P, "Mötet öppnades kl. 18.00 av ordföranden."),
        Block(P, "Civilsamhälle:"),
        Block(P, "Fler mötesplatser på biblioteket."),
        Block(B, "Bättre buss även på kvällen", 1),
        Block(B, "och på helger", 2),
        Block(B, "Bredband", 1),
        Block(B, "Först", 1),
        Block(B, "Sedan", 1),
        Block(P, "# Inte en rubrik Till sist sades det här om saken i stort: Allt hänger ihop."),
    ]


def test_markdown_headings_breaks_and_bold_lead_ins():
    # given
    text = (
        "Dialogmöte i Kiruna\n"
        "===================\n"
        "\n"
        "## Vad är viktigast? ##\n"
        "**Näringsliv:** Vi behöver\n"
        "fler lärlingar.\n"
        "\n"
        "- __Kommuner__: samverkan\n"
        "- **Viktigt** att alla hörs\n"
        "\n"
        "**Civilsamhälle:**\n"
        "Föreningarna bär mycket\n"
        "\n"
        "---\n"
        "Kollektivtrafik\n"
        "---------------\n"
        "### **Skola**\n"
        "#\n"
        "* * *\n"
        "Text med *kursiv* och <b>&amp;</b> 🚀\n"
    )
    # when
    blocks = text_blocks(text, markdown=True)
    # then: only a lead-in's asterisks are taken off; other markup stays as typed
    assert blocks == [
        Block(H, "Dialogmöte i Kiruna", 1),
        Block(H, "Vad är viktigast?", 2),
        Block(P, "Näringsliv: Vi behöver fler lärlingar.", 0, "Näringsliv:"),
        Block(B, "Kommuner: samverkan", 1, "Kommuner:"),
        Block(B, "**Viktigt** att alla hörs", 1),
        Block(P, "Civilsamhälle:", 0, "Civilsamhälle:"),
        Block(P, "Föreningarna bär mycket"),
        Block(H, "Kollektivtrafik", 2),
        Block(H, "Skola", 3),
        Block(H, "", 1),
        Block(P, "Text med *kursiv* och <b>&amp;</b> 🚀"),
    ]
