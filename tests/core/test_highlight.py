"""Highlighting follows the search: whole words, any case, å/ä/ö distinct, last word as a prefix."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dialog_app.core.highlight import match_spans


@pytest.mark.parametrize(
    ("text", "query", "marked"),
    [
        ("Bredbandet är för dåligt", "bredband", ["Bredbandet"]),
        ("Bredband och BREDBANDSSTÖD", "Bredband", ["Bredband", "BREDBANDSSTÖD"]),
        ("Mål och mal", "mål", ["Mål"]),
        ("Mål och mal", "mal", ["mal"]),
        ("Äldre får hjälp av unga", "äldre hjälp", ["Äldre", "hjälp"]),
        ("Stöd till föreningar", "stöd fören", ["Stöd", "föreningar"]),
        ("stöd till stödet", "stöd till", ["stöd", "till"]),  # earlier words whole, the last a prefix
        ("<b>fet</b> & mer", "b", ["b", "b"]),  # markup is only text
        ("Glad 🎉 fest", "🎉", ["🎉"]),
    ],
)
def test_the_marked_words_are_those_search_would_match(text, query, marked):
    assert [text[s:e] for s, e in match_spans(text, query)] == marked


def test_an_empty_query_marks_nothing():
    assert match_spans("Text", "   ") == []


@given(st.text(), st.text())
def test_spans_never_overlap_and_stay_inside_the_text(text, query):
    spans = match_spans(text, query)
    assert all(0 <= s < e <= len(text) for s, e in spans)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))
