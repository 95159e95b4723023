"""Issue 17: each suggestion says why, with the note's own words beside the keyword they matched, in
the review table's tooltip on the suggested chip and in the detail pane."""

from __future__ import annotations

from PySide6.QtCore import Qt

from dialog_app.core.suggestion_score import LEARNED, Explanation
from dialog_app.gui.review.review_model import column
from dialog_app.gui.review.suggestion_why import why_text
from tests.gui import review_fixtures

review = review_fixtures.review  # the fixture, under its own name

NOTE = "Bredbandet på landsbygden räcker inte, och vi vill ha ett IT-café på biblioteket"


def added_row(review) -> int:
    """A note of our own words, added to the demo project; its row number once listed."""
    project = review.project
    dialogue = project.dialogues.list()[0]
    note = project.notes.add(dialogue.id, NOTE)
    review.settle()
    return review.listed_ids().index(note.id)


def test_the_tooltip_names_the_notes_words_and_the_keywords_they_matched(review):
    number = added_row(review)
    row = review.row(number)
    names = [chip.label for chip in row.suggestions]
    both = ["5 Digital infrastruktur", "1 Digital kompetens"]
    assert names[:2] in (both, both[::-1])
    model = review.page.model
    tip = model.data(model.index(number, column("suggestions")), Qt.ItemDataRole.ToolTipRole)
    assert "5 Digital infrastruktur — matched: bredbandet ← bredband, landsbygden ← landsbygd" in tip
    assert "biblioteket ← bibliotek" in tip and "it-caféet" not in tip  # the note says "IT-café"
    assert "it-café" in tip


def test_the_detail_pane_lists_the_suggestions_with_why(review):
    number = added_row(review)
    review.select([number])
    page = review.page
    review.qtbot.waitUntil(lambda: "Suggested themes" in page.detail.toPlainText(), timeout=5_000)
    text = page.detail.toPlainText()
    assert "Digital infrastruktur — matched: bredbandet ← bredband, landsbygden ← landsbygd" in text
    page.grab().save("/tmp/rank17-detail.png")


def test_a_learned_explanation_reads_as_notes_it_is_like(app):
    why = Explanation(kind=LEARNED, similar=12, examples=("D2-017", "D1-004", "D3-001", "D3-002"))
    text = why_text(why)  # "notes" once the English plurals are built (packaging/i18n.py), "note(s)" before
    assert text.startswith("like 12 note") and text.endswith(" you tagged, e.g. D2-017, D1-004, D3-001")
    assert why_text(Explanation(kind=LEARNED, similar=1)).startswith("like 1 note")
    assert why_text(None, ("bredband",)) == "matched: bredband"


def test_a_keyword_suggestion_the_model_agrees_with_says_both(app):
    why = Explanation(matched=(("bredband", "bredbandet"),), similar=12, examples=("D2-017",))
    assert why_text(why) == "matched: bredbandet ← bredband; like 12 notes you tagged, e.g. D2-017"
