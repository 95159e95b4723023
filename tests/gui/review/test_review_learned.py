"""The review table shows learned suggestions once the theme model is trained, off the GUI thread."""

from __future__ import annotations

from tests.gui import review_fixtures

review = review_fixtures.review  # the fixture, under its own name


def test_learned_suggestions_appear_in_the_table_when_the_model_is_ready(review, qtbot):
    # Given the review page on the seeded demo project, whose themes have many tagged notes
    page, learner = review.page, review.project.suggestions.learner
    # When the learner (started by the page's first rows) has trained, on its own thread
    qtbot.waitUntil(lambda: bool(learner._models), timeout=20_000)
    # Then the rows on screen are read again without any change: some note now has a suggestion
    # the keywords did not make (a learned one, with no matched keyword)
    def learned_shown() -> bool:
        rows = (page.model.row(n) for n in range(min(page.model.rowCount(), 60)))
        return any(chip.keywords == () for row in rows if row is not None for chip in row.suggestions)

    qtbot.waitUntil(learned_shown, timeout=20_000)
