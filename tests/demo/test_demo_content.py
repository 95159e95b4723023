"""Tests for the demo content generator and the shipped preset data."""

import json
from datetime import timezone
from pathlib import Path

import pytest

from dialog_app.demo.content import DemoNote, demo_dialogues, demo_notes

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
GROUP_KEYS = {
    "civil_society", "municipality", "region", "agency", "business", "academia", "citizens", "youth",
}
DIALOGUE_KINDS = {"dialogue_meeting", "workshop", "network_meeting", "webcast", "hearing", "survey_import"}


def test_dialogues_are_valid():
    dialogues = demo_dialogues()
    assert len(dialogues) >= 4
    for d in dialogues:
        assert d.kind in DIALOGUE_KINDS
        assert d.status in {"planned", "running", "finished"}
        assert d.starts_at.tzinfo is timezone.utc and d.starts_at < d.ends_at
        assert (d.place is None) == d.online
        assert 3 <= len(d.questions) <= 5
        assert all(text.strip() and minutes > 0 for text, minutes in d.questions)
        assert all(key in GROUP_KEYS and n > 0 for key, n in d.attendance)
        assert all(name and key in GROUP_KEYS for name, key in d.organisations)


def test_notes_are_deterministic_and_exact_count():
    a = list(demo_notes(500, seed=7))
    assert a == list(demo_notes(500, seed=7))
    assert a != list(demo_notes(500, seed=8))
    assert len(list(demo_notes(0))) == 0
    assert len(list(demo_notes(1234))) == 1234


def test_note_fields_are_valid():
    dialogues = demo_dialogues()
    notes = list(demo_notes(1200))
    assert all(isinstance(n, DemoNote) for n in notes)
    for n in notes:
        assert 0 <= n.dialogue_index < len(dialogues)
        d = dialogues[n.dialogue_index]
        assert n.question_index is None or 0 <= n.question_index < len(d.questions)
        assert n.group_key is None or n.group_key in GROUP_KEYS
        assert n.kind in {"statement", "idea", "concern", "question"}
        assert n.status in {"captured", "reviewed", "approved", "excluded"}
        assert set(n.theme_codes) <= {"1", "2", "3", "4", "5"}
        assert len(set(n.theme_codes)) == len(n.theme_codes)
        assert 0 <= n.votes <= 8
        duration = (d.ends_at - d.starts_at).total_seconds() / 60
        assert 0 <= n.minutes_after_start <= duration
        assert n.text.strip()
    tagged = sum(1 for n in notes if n.theme_codes) / len(notes)
    assert 0.55 <= tagged <= 0.80
    assert any(len(n.theme_codes) == 2 for n in notes)
    assert len({n.kind for n in notes}) == 4


def _load(name):
    return json.loads((RESOURCES / "frameworks" / name).read_text(encoding="utf-8"))


def _walk(themes):
    for t in themes:
        yield t
        yield from _walk(t["children"])


@pytest.mark.parametrize(
    ("name", "count"),
    [("se-digital-2017.json", 5), ("eu-digital-decade.json", 4), ("agenda-2030.json", 17)],
)
def test_framework_presets(name, count):
    data = _load(name)
    assert data["id"] == name.removesuffix(".json")
    assert len(data["themes"]) == count
    assert [t["code"] for t in data["themes"]] == [str(i) for i in range(1, count + 1)]
    if data["id"] == "eu-digital-decade":
        assert all(len(t["children"]) >= 1 for t in data["themes"])
    for t in _walk(data["themes"]):
        assert t["name"]["sv"] and t["name"]["en"]
        assert len(t["keywords"]["sv"]) >= 8
        assert t["colour"].startswith("#") and len(t["colour"]) == 7


def test_stakeholder_groups():
    groups = json.loads((RESOURCES / "stakeholder_groups.json").read_text(encoding="utf-8"))
    assert [g["key"] for g in groups] == [
        "civil_society", "municipality", "region", "agency", "business", "academia", "citizens", "youth",
    ]
    assert all(g["name"]["sv"] and g["name"]["en"] for g in groups)
