"""The unsent text in the capture box survives a restart, and each window keeps its own."""

from dialog_app.core.drafts import Drafts


def test_a_draft_is_kept_per_project_and_removed_when_empty(tmp_path):
    one, other = Drafts(tmp_path / "a.dialog"), Drafts(tmp_path / "b.dialog")
    one.save("Halvskriven mening om bredband på\nlandsbygden 🎉")
    assert one.file.read_text(encoding="utf-8") == "Halvskriven mening om bredband på\nlandsbygden 🎉"
    assert other.left_behind() == []
    one.save("")
    assert not one.file.exists()


def test_two_windows_on_one_project_never_overwrite_each_others_words(tmp_path):
    # given two windows typing into one project
    first, second = Drafts(tmp_path / "p.dialog"), Drafts(tmp_path / "p.dialog")
    # when both keep their drafts
    first.save("Från första fönstret")
    second.save("Från andra fönstret")
    # then each has its own file, whole
    assert first.file.read_text(encoding="utf-8") == "Från första fönstret"
    assert second.file.read_text(encoding="utf-8") == "Från andra fönstret"


def test_the_window_that_edits_next_takes_over_what_a_crashed_one_left(tmp_path):
    # given a window that died with words in its box, and one that died with an older draft
    Drafts(tmp_path / "p.dialog").save("Äldre halvskriven mening")
    crashed = Drafts(tmp_path / "p.dialog")
    crashed.save("Bredband saknas på öarna")
    # when the app starts again and a new window opens the project for editing
    window = Drafts(tmp_path / "p.dialog")
    text = window.take_over("")
    # then every word is back, in one box, kept as the new window's draft, and the old files are gone
    assert text == "Äldre halvskriven mening\n\nBredband saknas på öarna"
    assert window.file.read_text(encoding="utf-8") == text
    assert window.left_behind() == []


def test_the_single_draft_of_earlier_versions_is_taken_over_too(tmp_path, app_home):
    import hashlib

    key = hashlib.sha1(str((tmp_path / "p.dialog").resolve()).encode()).hexdigest()[:16]
    legacy = app_home / "data" / "drafts" / f"{key}.txt"
    legacy.parent.mkdir(parents=True)
    legacy.write_text("Skrivet med förra versionen", encoding="utf-8")
    assert Drafts(tmp_path / "p.dialog").take_over("") == "Skrivet med förra versionen"
    assert not legacy.exists()
