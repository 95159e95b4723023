"""What a file still holds of a person is asked of its bytes and of its rows: a name JSON stores as
escapes, a name spelled with another spacing, and a place the erasure does not rewrite are all told."""

from __future__ import annotations

from dialog_app.core.person_terms import PersonTerms
from dialog_app.core.services.note_filter import NoteFilter
from dialog_app.core.store.traces import needles, terms_held

ASA = "Åsa Öberg"


def test_a_name_json_writes_as_escapes_is_found_in_a_backup(project, meeting):
    project.saved_filters.save("Mötet", NoteFilter(text=ASA))  # stored as "\u00c5sa \u00d6berg"
    backup = project.back_up(unless_unchanged=False)
    assert ASA.encode() not in backup.path.read_bytes()
    assert [b.path for b in project.person_data.backups_holding(ASA)] == [backup.path]
    assert terms_held(backup.path, PersonTerms((ASA,)), rows=False) == (ASA,)


def test_a_name_the_bytes_miss_is_found_by_its_row(project, meeting):
    # another spacing (or a text split over two pages) hides it from a byte search, not from the rows
    project.notes.add(meeting.id, "Åsa-Öbergs förslag om bussarna.")
    assert terms_held(project.path, PersonTerms((ASA,)), rows=False) == ()
    assert terms_held(project.path, PersonTerms((ASA,))) == (ASA,)
    project.person_data.erase(ASA)
    assert terms_held(project.path, PersonTerms((ASA,))) == ()


def test_an_erasure_says_what_it_could_not_reach(project, meeting):
    project.participation.organisation(f"{ASA}s stiftelse")  # an organisation's name: not rewritten
    project.notes.add(meeting.id, f"{ASA} tycker att bussarna är sena.")
    result = project.person_data.erase(ASA)
    assert result.counts["note"] == 1
    assert result.still_in_file == (ASA,)


def test_needles_cover_case_normal_forms_and_json():
    found = needles(ASA)
    assert "åsa öberg".encode() in found and "ÅSA ÖBERG".encode().lower() in found
    assert b"\\u00c5sa \\u00d6berg".lower() in found and "Åsa Öberg".encode().lower() in found
    assert "Åsa".encode("utf-8") not in found
