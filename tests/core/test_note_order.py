"""Notes sort by any column; text and names in Swedish alphabetical order."""

import pytest

from dialog_app.core.errors import InvalidValueError
from dialog_app.core.store.swedish_order import swedish_key


def test_swedish_letters_come_last_in_their_own_order():
    words = ["öl", "Ärlig", "åka", "zebra", "Ekonomi", "éclair", "apa"]
    assert sorted(words, key=swedish_key) == ["apa", "éclair", "Ekonomi", "zebra", "åka", "Ärlig", "öl"]


def test_notes_sort_by_text_the_swedish_way(project, meeting):
    for text in ("Över gränsen", "Äldre", "Åtgärder", "Bredband", "ansvar"):
        project.notes.add(meeting.id, text)
    ids = project.notes.ids(sort="text", descending=False)
    assert [project.notes.get(i).text for i in ids] == ["ansvar", "Bredband", "Åtgärder", "Äldre", "Över gränsen"]


def test_notes_sort_by_votes_and_by_group_order(project, meeting):
    groups = project.participation.groups()
    low = project.notes.add(meeting.id, "Låg", votes=1, group_id=groups[3].id)
    high = project.notes.add(meeting.id, "Hög", votes=7, group_id=groups[0].id)
    none = project.notes.add(meeting.id, "Ingen grupp", votes=3)
    assert project.notes.ids(sort="votes") == [high.id, none.id, low.id]
    assert project.notes.ids(sort="group", descending=False) == [high.id, low.id, none.id]


def test_an_unknown_sort_is_refused(project):
    with pytest.raises(InvalidValueError):
        project.notes.ids(sort="colour")
