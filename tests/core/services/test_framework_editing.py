"""The framework editor: themes edited, moved, merged and deleted, frameworks renamed, added, chosen
and deleted; every action undone and redone back to exactly the rows it started from."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
from sqlalchemy import delete, insert, select, update

from dialog_app.core.changes import ChangeKind
from dialog_app.core.errors import InvalidValueError, NotFoundError
from dialog_app.core.models import (
    Note, ProjectSetting, SynthesisQuote, Tagging, Theme, ThemeFramework, ThemeSynthesis,
)
from dialog_app.core.project import Project
from dialog_app.core.services.frameworks import ThemeUsage
from dialog_app.core.services.theme_editing import ThemeEditingService
from dialog_app.core.timeutil import utc_now

TABLES = (ThemeFramework, Theme, Tagging, ThemeSynthesis, SynthesisQuote, ProjectSetting)


@pytest.fixture
def editor(project):
    # Until project.py names it, build the service on the project's own context.
    return getattr(project, "theme_editing", None) or ThemeEditingService(project.frameworks._ctx)


@pytest.fixture
def national(project):
    framework = project.frameworks.active_framework()
    return framework, {t.code: t for t in project.frameworks.themes(framework.id)}


@pytest.fixture
def news(project):
    seen = []
    project.changes.subscribe(lambda change: seen.append(change))
    return seen


def rows(project) -> dict[str, list[dict]]:
    """Every row of the framework, theme, tag, synthesis, quote and setting tables, in key order."""
    with project._db.read() as session:
        connection = session.connection()
        return {
            model.__tablename__: sorted(
                (dict(row) for row in connection.execute(select(model.__table__)).mappings()),
                key=lambda row: [str(row[c.name]) for c in model.__table__.primary_key],
            )
            for model in TABLES
        }


def assert_undo_redo(project, before, after):
    """Undo brings back every row as it was before; redo brings back every row as it was after."""
    project.history.undo()
    assert rows(project) == before
    project.history.redo()
    assert rows(project) == after


def add_notes(project, meeting, count, text="Anteckning"):
    return [project.notes.add(meeting.id, f"{text} {n}").id for n in range(count)]


def tag_at(project, note_id, theme_id, at, by, origin="typed"):
    """A tagging with a chosen time, person and origin."""
    with project._db.write() as session:
        session.execute(insert(Tagging.__table__).values(
            note_id=note_id, theme_id=theme_id, tagged_at=at, tagged_by=by, origin=origin))


def write_synthesis(project, theme_id, text, quotes=()):
    with project._db.write() as session:
        session.add(ThemeSynthesis(theme_id=theme_id, text=text, updated_by="bo"))
        session.add_all(SynthesisQuote(theme_id=theme_id, note_id=n, position=i) for i, n in enumerate(quotes))


def children(project, framework_id, parent_id):
    return [(t.name, t.position) for t in project.frameworks.themes(framework_id) if t.parent_id == parent_id]


# --- editing a theme -----------------------------------------------------------------------------


def test_editing_a_theme_changes_its_fields_and_is_one_undoable_step(project, editor, national, news):
    # given
    framework, themes = national
    before = rows(project)
    # when
    edited = editor.update_theme(
        themes["1"].id, name=" Digital förmåga ", code="1a", description="Alla ska kunna",
        colour="#a1b2c3", keywords=["bibliotek", " Kurser ", "BIBLIOTEK", "kurser", "e-legitimation"],
        aliases=["D-kompetens", "d-kompetens", "Kompetens"],
    )
    after = rows(project)
    # then
    assert (edited.name, edited.code, edited.description, edited.colour) == (
        "Digital förmåga", "1a", "Alla ska kunna", "#A1B2C3")
    assert edited.keywords == ["bibliotek", "Kurser", "e-legitimation"]
    assert edited.aliases == ["D-kompetens", "Kompetens"]
    assert (project.history.next_undo.action, project.history.next_undo.count) == ("edit_theme", 1)
    assert any(themes["1"].id in c.ids(ChangeKind.THEMES) for c in news)
    assert_undo_redo(project, before, after)


@pytest.mark.parametrize("fields", [
    {"colour": "red"}, {"colour": "#12345"}, {"colour": "#GGGGGG"}, {"name": "  "},
    {"keywords": "bibliotek"}, {"keywords": ["bibliotek", " "]}, {"aliases": [3]},
    {"code": None}, {"parent_id": None}, {"position": 3},
])
def test_a_theme_edit_with_a_bad_value_changes_nothing(project, editor, national, fields):
    # given
    _framework, themes = national
    before = rows(project)
    # when / then
    with pytest.raises(InvalidValueError):
        editor.update_theme(themes["2"].id, **fields)
    assert rows(project) == before
    assert project.history.next_undo is None


def test_editing_an_unknown_theme_or_changing_nothing_records_no_step(project, editor, national):
    # given
    _framework, themes = national
    # when / then
    with pytest.raises(NotFoundError):
        editor.update_theme(uuid.uuid4(), name="Vilse")
    editor.update_theme(themes["3"].id, name=themes["3"].name, colour=themes["3"].colour)
    assert project.history.next_undo is None


# --- editing a framework -------------------------------------------------------------------------


def test_renaming_and_editing_a_framework_are_undoable(project, editor, national):
    # given
    framework, _themes = national
    before = rows(project)
    # when
    renamed = editor.rename_framework(framework.id, " Regionens strategi ")
    after_rename = rows(project)
    edited = editor.update_framework(framework.id, description="Reviderad", version="2026")
    after_edit = rows(project)
    # then
    assert renamed.name == "Regionens strategi"
    assert (edited.name, edited.description, edited.version) == ("Regionens strategi", "Reviderad", "2026")
    assert project.history.next_undo.action == "edit_framework"
    assert_undo_redo(project, after_rename, after_edit)
    project.history.undo()
    assert project.history.next_undo.action == "rename_framework"
    assert_undo_redo(project, before, after_rename)


def test_a_framework_edit_with_a_bad_value_is_refused(project, editor, national):
    # given
    framework, _themes = national
    before = rows(project)
    # when / then
    with pytest.raises(InvalidValueError):
        editor.rename_framework(framework.id, "")
    with pytest.raises(InvalidValueError):
        editor.update_framework(framework.id, preset_id="mine")
    with pytest.raises(InvalidValueError):
        editor.update_framework(framework.id, version=2026)
    with pytest.raises(NotFoundError):
        editor.rename_framework(uuid.uuid4(), "Vilse")
    assert rows(project) == before
    assert project.history.next_undo is None


# --- moving --------------------------------------------------------------------------------------


def test_dragging_a_theme_renumbers_its_old_and_new_siblings(project, editor, national):
    # given
    framework, themes = national
    care = editor.add_theme(framework.id, "Vård")
    home = editor.add_theme(framework.id, "Hemtjänst", parent_id=care.id)
    before = rows(project)
    # when: "Digital trygghet" goes under "Vård", first, and "Vård" goes to the top
    editor.move_theme(themes["2"].id, care.id, 0)
    editor.move_theme(care.id, None, 0)
    # then
    assert children(project, framework.id, None) == [
        ("Vård", 0), ("Digital kompetens", 1), ("Digital innovation", 2), ("Digital ledning", 3),
        ("Digital infrastruktur", 4)]
    assert children(project, framework.id, care.id) == [("Digital trygghet", 0), ("Hemtjänst", 1)]
    assert project.frameworks.theme(home.id).parent_id == care.id
    assert project.history.next_undo.action == "move_theme"
    # and when: undoing both moves
    after = rows(project)
    project.history.undo()
    project.history.undo()
    # then
    assert rows(project) == before
    project.history.redo()
    project.history.redo()
    assert rows(project) == after


def test_moving_a_theme_past_the_end_puts_it_last_and_a_no_op_records_nothing(project, editor, national):
    # given
    framework, themes = national
    # when
    editor.move_theme(themes["1"].id, None, 99)
    # then
    assert [name for name, _ in children(project, framework.id, None)][-1] == "Digital kompetens"
    steps = project.history.next_undo
    editor.move_theme(themes["1"].id, None, 4)
    assert project.history.next_undo is steps


def test_a_theme_cannot_become_its_own_ancestor_or_leave_its_framework(project, editor, national):
    # given
    framework, themes = national
    child = editor.add_theme(framework.id, "Barn", parent_id=themes["1"].id)
    grandchild = editor.add_theme(framework.id, "Barnbarn", parent_id=child.id)
    other = editor.create_framework("Eget")
    stranger = editor.add_theme(other.id, "Främling")
    before = rows(project)
    # when / then
    for parent in (themes["1"].id, child.id, grandchild.id):
        with pytest.raises(InvalidValueError):
            editor.move_theme(themes["1"].id, parent, 0)
    with pytest.raises(InvalidValueError):
        editor.move_theme(themes["1"].id, stranger.id, 0)
    with pytest.raises(InvalidValueError):
        editor.move_theme(themes["1"].id, None, -1)
    with pytest.raises(NotFoundError):
        editor.move_theme(themes["1"].id, uuid.uuid4(), 0)
    assert rows(project) == before


# --- usage and deleting --------------------------------------------------------------------------


def test_usage_counts_live_notes_with_and_without_sub_themes(project, editor, national, meeting):
    # given: 3 notes on "Digital kompetens", 2 more only on its sub-theme, 1 on both, 1 deleted
    framework, themes = national
    skills = themes["1"]
    library = editor.add_theme(framework.id, "Bibliotek", parent_id=skills.id)
    notes = add_notes(project, meeting, 7)
    project.tagging.tag(notes[:3] + [notes[6]], skills.id)
    project.tagging.tag(notes[2:6] + [notes[6]], library.id)
    project.notes.delete([notes[6]])
    # when
    usage = project.frameworks.theme_usage(skills.id)
    # then
    assert usage == ThemeUsage(notes=3, with_subthemes=6, synthesis=False)
    assert project.frameworks.theme_usage(library.id) == ThemeUsage(notes=4, with_subthemes=4, synthesis=False)
    assert project.frameworks.theme_usage(themes["5"].id) == ThemeUsage(0, 0, False)
    write_synthesis(project, library.id, "", quotes=[notes[3]])
    assert project.frameworks.theme_usage(skills.id).synthesis is True
    with pytest.raises(NotFoundError):
        project.frameworks.theme_usage(uuid.uuid4())


def test_deleting_a_tagged_theme_then_undoing_brings_back_the_same_rows(
    project, editor, national, meeting, news
):
    # given: a theme with a sub-theme, tags by two people, a synthesis and quotes
    framework, themes = national
    skills = themes["1"]
    library = editor.add_theme(framework.id, "Bibliotek", parent_id=skills.id, colour="#112233")
    notes = add_notes(project, meeting, 5)
    earlier = utc_now() - timedelta(days=3)
    for note in notes[:3]:
        tag_at(project, note, skills.id, earlier, "bo", origin="suggestion")
    project.tagging.tag(notes[2:], library.id)
    write_synthesis(project, skills.id, "Många vill ha kurser.", quotes=[notes[1], notes[0]])
    usage = project.frameworks.theme_usage(skills.id)
    before = rows(project)
    news.clear()
    # when
    lost = editor.delete_theme(skills.id)
    after = rows(project)
    # then
    assert lost == usage.with_subthemes == 5
    assert (project.history.next_undo.action, project.history.next_undo.count) == ("delete_theme", 5)
    assert {t["theme_id"] for t in after["tagging"]}.isdisjoint({skills.id, library.id})
    assert after["themesynthesis"] == after["synthesisquote"] == []
    assert children(project, framework.id, None) == [("Digital trygghet", 0), ("Digital innovation", 1),
                                                     ("Digital ledning", 2), ("Digital infrastruktur", 3)]
    assert set().union(*(c.kinds for c in news)) >= {ChangeKind.THEMES, ChangeKind.TAGS}
    assert set(notes) <= next(c.ids(ChangeKind.TAGS) for c in news if c.touches(ChangeKind.TAGS))
    # and when / then: undo restores the tag rows with who, when and how, and redo deletes again
    project.history.undo()
    restored = rows(project)
    assert restored == before
    assert {(t["tagged_by"], t["origin"], t["tagged_at"]) for t in restored["tagging"]
            if t["theme_id"] == skills.id} == {("bo", "suggestion", earlier)}
    project.history.redo()
    assert rows(project) == after


def test_undo_skips_the_tags_of_a_note_purged_since(project, editor, national, meeting):
    # given: a deleted theme, then one of its notes removed from the file for good
    _framework, themes = national
    kept, purged = add_notes(project, meeting, 2)
    project.tagging.tag([kept, purged], themes["3"].id)
    editor.delete_theme(themes["3"].id)
    with project._db.write() as session:
        session.execute(delete(Note.__table__).where(Note.__table__.c.id == purged))
    # when
    project.history.undo()
    # then: the theme and the surviving note's tag are back; nothing refers to the purged note
    assert project.frameworks.theme(themes["3"].id).name == "Digital innovation"
    assert [t["note_id"] for t in rows(project)["tagging"]] == [kept]


def test_a_new_theme_is_checked_like_an_edited_one(project, editor, national):
    # given
    framework, _themes = national
    # when / then
    with pytest.raises(InvalidValueError):
        editor.add_theme(framework.id, "Vård", colour="blue")
    with pytest.raises(InvalidValueError):
        editor.add_theme(framework.id, "Vård", keywords=["", "vård"])
    theme = editor.add_theme(framework.id, " Vård ", colour="#00aa00", keywords=["Vård", "vård", "omsorg"])
    assert (theme.name, theme.colour, theme.keywords) == ("Vård", "#00AA00", ["Vård", "omsorg"])


def test_deleting_an_unknown_theme_is_reported(project, editor):
    with pytest.raises(NotFoundError):
        editor.delete_theme(uuid.uuid4())
    with pytest.raises(InvalidValueError):
        editor.delete_theme("not-an-id")


# --- merging -------------------------------------------------------------------------------------


def test_merging_moves_tags_sub_themes_words_synthesis_and_quotes(project, editor, national, meeting, news):
    # given
    framework, themes = national
    source, target = themes["4"], themes["2"]
    editor.update_theme(source.id, keywords=["ledarskap", "Styrning"], aliases=["D-ledning", "Ledning"])
    editor.update_theme(target.id, keywords=["säkerhet", "styrning"], aliases=["Trygghet"])
    source_child = editor.add_theme(framework.id, "Styrmodeller", parent_id=source.id)
    target_child = editor.add_theme(framework.id, "Bedrägerier", parent_id=target.id)
    notes = add_notes(project, meeting, 6)
    project.tagging.tag(notes[:4], source.id)  # 0-3 on the source
    project.tagging.tag(notes[3:5], target.id)  # 3-4 on the target: note 3 has both
    project.notes.delete([notes[0]])  # a deleted note's tag moves too, but is not counted
    write_synthesis(project, source.id, "Ledningen måste förstå.", quotes=[notes[1], notes[4]])
    write_synthesis(project, target.id, "Trygghet först.\n", quotes=[notes[4]])
    before = rows(project)
    news.clear()
    # when
    gained = editor.merge_themes(source.id, target.id)
    after = rows(project)
    # then
    assert gained == 2  # notes 1 and 2 (note 0 is deleted, note 3 had the target)
    tagged = {t["note_id"] for t in after["tagging"] if t["theme_id"] == target.id}
    assert tagged == set(notes[:5])
    assert all(t["theme_id"] != source.id for t in after["tagging"])
    with pytest.raises(NotFoundError):
        project.frameworks.theme(source.id)
    merged = project.frameworks.theme(target.id)
    assert merged.keywords == ["säkerhet", "styrning", "ledarskap"]
    assert merged.aliases == ["Trygghet", "D-ledning", "Ledning"]
    assert children(project, framework.id, target.id) == [("Bedrägerier", 0), ("Styrmodeller", 1)]
    assert project.frameworks.theme(source_child.id).parent_id == target.id
    assert project.frameworks.theme(target_child.id).position == 0
    (synthesis,) = after["themesynthesis"]
    assert synthesis["text"] == "Trygghet först.\n\nLedningen måste förstå."
    assert (synthesis["theme_id"], synthesis["updated_by"]) == (target.id, "anna")
    quotes = sorted(after["synthesisquote"], key=lambda q: q["position"])
    assert [(q["theme_id"], q["note_id"], q["position"]) for q in quotes] == [
        (target.id, notes[4], 0), (target.id, notes[1], 1)]
    assert [name for name, _ in children(project, framework.id, None)] == [
        "Digital kompetens", "Digital trygghet", "Digital innovation", "Digital infrastruktur"]
    assert (project.history.next_undo.action, project.history.next_undo.count) == ("merge_themes", 2)
    assert set().union(*(c.kinds for c in news)) >= {ChangeKind.THEMES, ChangeKind.TAGS, ChangeKind.SYNTHESIS}
    assert_undo_redo(project, before, after)


def test_a_note_with_both_themes_keeps_the_earliest_tagging(project, editor, national, meeting):
    # given: note A was tagged with the source first, note B with the target first
    _framework, themes = national
    source, target = themes["3"], themes["5"]
    a, b = add_notes(project, meeting, 2)
    now = utc_now()
    tag_at(project, a, source.id, now - timedelta(days=2), "bo", origin="imported")
    tag_at(project, a, target.id, now - timedelta(days=1), "anna", origin="typed")
    tag_at(project, b, source.id, now - timedelta(hours=1), "bo", origin="suggestion")
    tag_at(project, b, target.id, now - timedelta(hours=5), "cecilia", origin="typed")
    before = rows(project)
    # when
    gained = editor.merge_themes(source.id, target.id)
    # then
    assert gained == 0
    kept = {t["note_id"]: (t["tagged_by"], t["origin"], t["tagged_at"]) for t in rows(project)["tagging"]
            if t["theme_id"] == target.id}
    assert kept == {a: ("bo", "imported", now - timedelta(days=2)),
                    b: ("cecilia", "typed", now - timedelta(hours=5))}
    after = rows(project)
    assert_undo_redo(project, before, after)


def test_a_synthesis_moves_over_when_only_the_source_has_one(project, editor, national, meeting):
    # given
    _framework, themes = national
    (note,) = add_notes(project, meeting, 1)
    write_synthesis(project, themes["1"].id, "Bara här.", quotes=[note])
    write_synthesis(project, themes["2"].id, "   ")
    # when
    editor.merge_themes(themes["1"].id, themes["2"].id)
    # then
    (synthesis,) = rows(project)["themesynthesis"]
    assert (synthesis["theme_id"], synthesis["text"]) == (themes["2"].id, "Bara här.")
    assert synthesis["updated_by"] == "bo"  # moved as it was, not rewritten
    assert [(q["theme_id"], q["note_id"]) for q in rows(project)["synthesisquote"]] == [(themes["2"].id, note)]


def test_merging_is_refused_into_itself_a_sub_theme_or_another_framework(project, editor, national):
    # given
    framework, themes = national
    child = editor.add_theme(framework.id, "Barn", parent_id=themes["1"].id)
    other = editor.create_framework("Eget")
    stranger = editor.add_theme(other.id, "Främling")
    before = rows(project)
    # when / then
    for source, target in ((themes["1"], themes["1"]), (themes["1"], child), (themes["1"], stranger)):
        with pytest.raises(InvalidValueError):
            editor.merge_themes(source.id, target.id)
    with pytest.raises(NotFoundError):
        editor.merge_themes(themes["1"].id, uuid.uuid4())
    assert rows(project) == before


def test_a_sub_theme_merged_into_its_parent_leaves_its_children_under_the_parent(project, editor, national):
    # given
    framework, themes = national
    child = editor.add_theme(framework.id, "Barn", parent_id=themes["1"].id)
    grandchild = editor.add_theme(framework.id, "Barnbarn", parent_id=child.id)
    before = rows(project)
    # when
    editor.merge_themes(child.id, themes["1"].id)
    # then
    assert children(project, framework.id, themes["1"].id) == [("Barnbarn", 0)]
    assert project.frameworks.theme(grandchild.id).parent_id == themes["1"].id
    assert_undo_redo(project, before, rows(project))


# --- frameworks: adding, choosing, deleting ------------------------------------------------------


def test_adding_a_preset_a_framework_and_a_theme_can_be_undone(project, editor, national):
    # given
    framework, _themes = national
    before = rows(project)
    # when
    agenda = editor.add_preset("agenda-2030")
    after_preset = rows(project)
    own = editor.create_framework("Eget", description="Vårt eget")
    after_create = rows(project)
    editor.add_theme(own.id, "Vård", code="A", keywords=["e-hälsa"])
    after_theme = rows(project)
    # then
    assert [f.id for f in project.frameworks.frameworks()] == [framework.id, agenda.id, own.id]
    assert len(project.frameworks.themes(agenda.id)) == 17
    assert project.history.next_undo.action == "add_theme"
    assert_undo_redo(project, after_create, after_theme)
    project.history.undo()
    assert project.history.next_undo.action == "create_framework"
    assert_undo_redo(project, after_preset, after_create)
    project.history.undo()
    assert project.history.next_undo.action == "add_preset"
    assert_undo_redo(project, before, after_preset)


def test_a_preset_added_to_a_project_without_frameworks_is_active_until_undone(project_path):
    # given
    with Project.create(project_path("bare"), frameworks=[], user="anna") as project:
        editor = ThemeEditingService(project.frameworks._ctx)
        before = rows(project)
        # when
        eu = editor.add_preset("eu-digital-decade")
        # then
        assert project.frameworks.active_framework().id == eu.id
        assert_undo_redo(project, before, rows(project))
        project.history.undo()
        assert project.frameworks.active_framework() is None


def test_choosing_the_active_framework_can_be_undone(project, editor, national, news):
    # given
    framework, _themes = national
    agenda = editor.add_preset("agenda-2030")
    before = rows(project)
    # when
    editor.set_active(agenda.id)
    # then
    assert project.frameworks.active_framework().id == agenda.id
    assert project.history.next_undo.action == "set_active"
    assert_undo_redo(project, before, rows(project))
    news.clear()
    project.history.undo()
    assert project.frameworks.active_framework().id == framework.id
    assert ChangeKind.SETTINGS in set().union(*(c.kinds for c in news))


def test_deleting_the_active_framework_activates_the_first_left_and_undo_restores_all(
    project, editor, national, meeting
):
    # given
    framework, themes = national
    agenda = editor.add_preset("agenda-2030")
    notes = add_notes(project, meeting, 3)
    project.tagging.tag(notes, themes["1"].id)
    project.tagging.tag(notes[:1], themes["2"].id)
    write_synthesis(project, themes["1"].id, "Text", quotes=notes[:2])
    before = rows(project)
    # when
    lost = editor.delete_framework(framework.id)
    after = rows(project)
    # then
    assert lost == 3
    assert [f.id for f in project.frameworks.frameworks()] == [agenda.id]
    assert project.frameworks.active_framework().id == agenda.id
    assert after["theme"] == [t for t in before["theme"] if t["framework_id"] == agenda.id]
    assert after["tagging"] == after["themesynthesis"] == after["synthesisquote"] == []
    assert_undo_redo(project, before, after)


def test_the_last_framework_cannot_be_deleted(project, editor, national):
    # given
    framework, _themes = national
    before = rows(project)
    # when / then
    with pytest.raises(InvalidValueError):
        editor.delete_framework(framework.id)
    with pytest.raises(NotFoundError):
        editor.delete_framework(uuid.uuid4())
    assert rows(project) == before


# --- large projects ------------------------------------------------------------------------------


def test_merging_and_deleting_themes_with_20000_tags_is_exact_both_ways(project, editor, national, meeting):
    """Correctness at size; the speed of these steps is measured by a benchmark, not asserted."""
    # given: 20 000 notes on "Digital kompetens", half of them also on "Digital trygghet"
    _framework, themes = national
    records = ({"dialogue_id": meeting.id, "text": f"Anteckning {n}"} for n in range(20_000))
    notes = project.notes.import_many(records)
    project.tagging.import_many([(n, themes["1"].id) for n in notes] + [(n, themes["2"].id) for n in notes[::2]])
    with project._db.write() as session:  # the target's tags are older: the merge must rewrite them
        session.execute(update(Tagging.__table__).where(Tagging.theme_id == themes["2"].id)
                        .values(tagged_at=utc_now() + timedelta(days=1)))
    before = rows(project)
    # when
    gained = editor.merge_themes(themes["1"].id, themes["2"].id)
    merged = rows(project)
    project.history.undo()
    assert rows(project) == before
    project.history.redo()
    assert rows(project) == merged
    lost = editor.delete_theme(themes["2"].id)
    project.history.undo()
    # then
    assert gained == 10_000 and lost == 20_000
    assert rows(project) == merged
