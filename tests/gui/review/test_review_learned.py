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


def test_a_model_trained_while_the_page_is_hidden_is_shown_when_it_comes_back(review, qtbot):
    # Given the review page with its rows read, then hidden (the writer tags on another tab)
    page = review.page
    review.project.suggestions.learner.wait()
    qtbot.wait(50)  # the first model's news has reached the page
    page.hide()
    generation = page.model.rows.content_generation
    # When a theme model is trained meanwhile
    page._learned.emit(review.session)
    qtbot.wait(50)
    # Then nothing is read while hidden, and the rows on screen are read again once it is shown
    assert page.model.rows.content_generation == generation
    page.show()
    assert page.model.rows.content_generation > generation
