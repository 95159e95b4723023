"""The unsent text in the capture box survives a restart."""

from dialog_app.core.drafts import load_draft, save_draft


def test_a_draft_is_kept_per_project_and_removed_when_empty(tmp_path):
    one, other = tmp_path / "a.dialog", tmp_path / "b.dialog"
    save_draft(one, "Halvskriven mening om bredband på\nlandsbygden 🎉")
    assert load_draft(one) == "Halvskriven mening om bredband på\nlandsbygden 🎉"
    assert load_draft(other) == ""
    save_draft(one, "")
    assert load_draft(one) == ""
