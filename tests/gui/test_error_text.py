"""Import problems in words: every FileProblem and RowProblem phrased, never a code or a class name."""

from __future__ import annotations

import pytest

from dialog_app.core.import_plan import BadRow, FileProblem, ImportFileError, RowProblem
from dialog_app.gui import error_text


def test_every_file_problem_is_phrased_in_its_own_words(app):
    # when
    texts = [error_text.describe(ImportFileError(problem, "Blad 2")) for problem in FileProblem]
    # then
    assert len(set(texts)) == len(FileProblem)
    assert all(text.endswith("Nothing was imported.") and "%1" not in text and "_" not in text for text in texts)


@pytest.mark.parametrize("problem", list(RowProblem))
def test_every_row_problem_is_phrased(app, problem):
    # when
    text = error_text.row_problem(BadRow("row=14", problem, "igår"))
    # then
    assert text and "_" not in text and "%1" not in text and text != problem.value


def test_places_in_words(app):
    assert [error_text.place(o) for o in ("row=14", "paragraph=3", "selection=ab12", "odd")] == [
        "Row 14", "Paragraph 3", "Selection ab12", "odd"]
