"""Help ▸ User's guide (issue 15): the three moments in the app's language, offline, every picture and
link inside the guide itself."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QUrl

from dialog_app.gui.dialogs.user_guide import CHAPTERS, LANGUAGES, UserGuide, guide_folder

LINKS = re.compile(r'(?:href|src)="([^"]+)"')
ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


@pytest.fixture(autouse=True)
def english_locale() -> None:
    """The guide speaks the interface's language (the default locale the translators set); another
    test may have left it Swedish."""
    QLocale.setDefault(ENGLISH)


class Anchors(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()

    def handle_starttag(self, _tag, attrs) -> None:
        self.ids.update(value for name, value in attrs if name in ("id", "name") and value)


def anchors(path: Path) -> set[str]:
    parser = Anchors()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser.ids


def first_heading(guide: UserGuide) -> str:
    found = re.search(r"<h1[^>]*>(.*?)</h1>", guide.text.toHtml(), re.S)
    return re.sub(r"<[^>]+>", "", found.group(1)).strip() if found else ""


def test_the_menu_action_opens_the_guide(main_window, qtbot):
    # when Help ▸ User's guide is chosen
    main_window.findChild(type(main_window.user_guide_action), "userGuideAction").trigger()
    # then the guide is shown beside the window, at its contents, in English (the tests' language)
    guide = main_window.findChild(UserGuide, "userGuide")
    assert guide is not None and guide.isVisible()
    assert first_heading(guide) == "User's guide"
    assert guide.contents.count() == len(CHAPTERS)
    # and choosing it again brings the same window forward
    main_window.user_guide_action.trigger()
    assert len(main_window.findChildren(UserGuide)) == 1
    guide.close()


def test_the_guide_follows_a_change_of_language(main_window, qtbot):
    main_window.user_guide_action.trigger()
    # when the interface turns Swedish and the guide is asked for again
    QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
    try:
        main_window.user_guide_action.trigger()
        guide = main_window.findChild(UserGuide, "userGuide")
        # then it speaks Swedish
        assert first_heading(guide) == "Användarguide"
    finally:
        QLocale.setDefault(ENGLISH)
    guide.close()


def test_in_swedish_the_guide_is_swedish(app, qtbot):
    guide = UserGuide(language="sv")
    qtbot.addWidget(guide)
    assert first_heading(guide) == "Användarguide"
    assert [guide.contents.item(row).text() for row in range(guide.contents.count())] == [
        "Användarguide", "1 Förbered och anteckna", "2 Granska och skriv", "3 Exportera"]


def test_a_chapter_link_opens_the_chapter_and_back_returns(app, qtbot):
    guide = UserGuide(language="en")
    qtbot.addWidget(guide)
    # when the link to the second chapter is followed
    guide.text.setSource(QUrl("review.html"))
    # then the chapter is shown and marked in the contents; Back returns to the start
    assert first_heading(guide) == "Review and write"
    assert guide.contents.currentRow() == CHAPTERS.index("review.html")
    guide.back.click()
    assert first_heading(guide) == "User's guide"


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("chapter", CHAPTERS)
def test_every_picture_and_link_is_inside_the_guide(language, chapter):
    folder = guide_folder(language)
    page = folder / chapter
    text = page.read_text(encoding="utf-8")
    assert "<h1>" in text and "<title>" in text
    for target in LINKS.findall(text):
        assert "://" not in target, f"{page.name}: {target} leaves the guide (it is offline)"
        file_part, _, fragment = target.partition("#")
        resolved = (folder / file_part).resolve() if file_part else page
        assert resolved.is_file(), f"{language}/{chapter}: {target} does not exist"
        assert resolved.is_relative_to(folder.parent.resolve()), f"{target} is outside resources/guide"
        if fragment:
            assert fragment in anchors(resolved), f"{language}/{chapter}: no #{fragment} in {file_part}"


def test_both_languages_have_every_chapter_and_the_same_pictures():
    pictures = {language: sorted(re.sub(r"-(sv|en)\.png", ".png", src) for chapter in CHAPTERS
                                 for src in LINKS.findall((guide_folder(language) / chapter).read_text("utf-8"))
                                 if src.endswith(".png"))
                for language in LANGUAGES}
    assert pictures["sv"] == pictures["en"] and pictures["sv"]
    # and each language shows its own screenshots
    assert all(f"-{language}.png" in (guide_folder(language) / "prepare.html").read_text("utf-8")
               for language in LANGUAGES)
