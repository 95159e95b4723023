"""The references a learned suggestion names ("like D1-002") are numbered once and kept while no
note comes or goes for good (issue 17's fast retraining), and numbered anew when one does."""

from __future__ import annotations

import pytest

from dialog_app.core.services import theme_refs, theme_signal
from dialog_app.core.services.theme_refs import KeptRefs


@pytest.fixture
def kept(project):
    context = project.suggestions._ctx
    refs = KeptRefs(context)
    unsubscribe = context.changes.subscribe(refs.told)
    yield refs
    unsubscribe()


def test_references_are_kept_until_a_note_comes_or_goes_for_good(project, meeting, kept, monkeypatch):
    # Given five notes, numbered
    notes = [project.notes.add(meeting.id, f"Anteckning nummer {n}") for n in range(5)]
    asked = {n.id.hex for n in notes}

    def as_numbered_now():
        return {i.hex: ref for i, ref in project.note_refs.refs([n.id for n in notes]).items()}

    assert kept.refs(asked) == as_numbered_now()
    numbered = []
    monkeypatch.setattr(theme_refs, "numbering", lambda c: numbered.append(1) or theme_signal.numbering(c))
    # When a text is edited, a note tagged and one binned, no number moves: nothing is numbered again
    theme = project.frameworks.themes(project.frameworks.active_framework().id)[0]
    project.notes.update(notes[1].id, text="En ny text")
    project.tagging.tag([notes[2].id], theme.id)
    project.notes.delete([notes[3].id])
    assert kept.refs(asked) == as_numbered_now() and numbered == []
    # When the binned note is emptied for good, the notes after it are numbered anew
    project.bin.empty([notes[3].id])
    assert kept.refs(asked) == as_numbered_now() == {
        notes[0].id.hex: "D1-001", notes[1].id.hex: "D1-002", notes[2].id.hex: "D1-003", notes[4].id.hex: "D1-004"}
    assert numbered == [1]
    # and so they are when a note comes
    notes.append(project.notes.add(meeting.id, "Den sista"))
    assert kept.refs(asked | {notes[-1].id.hex}) == as_numbered_now() and numbered == [1, 1]
