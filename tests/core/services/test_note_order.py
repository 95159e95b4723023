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


def test_keys_list_the_same_notes_as_ids_in_the_same_order(project, meeting):
    # given notes with a deleted one among them
    notes = [project.notes.add(meeting.id, f"Anteckning {n}", votes=n % 3) for n in range(8)]
    project.notes.delete([notes[2].id])
    # when listed by key and by id, in two orders
    for sort in ("created_at", "votes"):
        keys = project.notes.keys(sort=sort)
        ids = project.notes.ids(sort=sort)
        # then they name the same notes in the same order, and a page fetches back by key
        fetched = project.notes.by_keys(keys)
        assert [fetched[k].id for k in keys] == ids
    assert notes[2].id not in ids and len(keys) == 7


def test_the_live_order_index_is_in_the_file(project):
    from sqlalchemy import text

    with project._db.read() as session:
        sql = session.execute(text("SELECT sql FROM sqlite_schema WHERE name = 'ix_note_live_order'")).scalar_one()
    assert "WHERE deleted_at IS NULL" in sql
