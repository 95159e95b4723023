"""Minutes typed as plain text or Markdown read as blocks: paragraphs, list items, labels standing
alone, and Markdown's headings and bold lead-ins."""

from __future__ import annotations

from dialog_app.io.imports.document_blocks import Block, BlockKind
from dialog_app.io.imports.plain_text import text_blocks

H, P, B = BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.BULLET

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
