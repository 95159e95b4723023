"""Mappings remembered per layout in the app's settings (this test's own DIALOG_APP_HOME)."""

from __future__ import annotations

import json

from dialog_app.core.paths import app_dirs
from dialog_app.gui.imports import import_memory
from dialog_app.io.imports.source_facts import TableMapping

HEADER = ("Tidsstämpel", "Svar", "Grupp")


def test_a_mapping_is_offered_again_for_its_layout_only():
    # given
    mapping = TableMapping(text=("Svar",), group="Grupp", time="Tidsstämpel", keep_personal=True)
    # when
    import_memory.remember("layout-a", mapping)
    # then
    assert import_memory.recalled("layout-a", HEADER) == mapping
    assert import_memory.recalled("layout-b", HEADER) is None


def test_a_mapping_naming_columns_no_longer_there_is_not_offered():
    import_memory.remember("layout-a", TableMapping(text=("Svar",), group="Grupp"))
    assert import_memory.recalled("layout-a", ("Tidsstämpel", "Svar")) is None


def test_a_damaged_entry_is_ignored_and_old_layouts_make_room():
    # given: a hand-edited settings file
    app_dirs().settings_file.parent.mkdir(parents=True, exist_ok=True)
    app_dirs().settings_file.write_text(json.dumps({import_memory.KEY: {"x": {"text": 3, "colour": "red"}}}))
    # then
    assert import_memory.recalled("x", HEADER) is None
    # when: more layouts than are kept
    for number in range(import_memory.MAX_LAYOUTS + 5):
        import_memory.remember(f"layout-{number}", TableMapping(text=("Svar",)))
    # then: the latest are kept
    assert import_memory.recalled(f"layout-{import_memory.MAX_LAYOUTS + 4}", HEADER) is not None
    assert import_memory.recalled("layout-0", HEADER) is None
