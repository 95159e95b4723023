"""The columns' parts and the mapping they make: many note columns, one column for each other part."""

from __future__ import annotations

from dialog_app.gui.imports.column_roles import Role, mapping_of, roles_of, with_role
from dialog_app.io.imports.source_facts import TableMapping

HEADER = ("ID", "Email", "Name", "Q1", "Q2", "Aktörsgrupp")


def test_a_mapping_and_its_roles_go_both_ways():
    # given: a form's mapping, its header found on the third row
    mapping = TableMapping(text=("Q1", "Q2"), group="Aktörsgrupp", personal=("Email", "Name"), header_row=2)
    # when
    roles = roles_of(HEADER, mapping)
    # then
    assert roles == [Role.IGNORE, Role.PERSONAL, Role.PERSONAL, Role.TEXT, Role.TEXT, Role.GROUP]
    assert mapping_of(HEADER, roles, base=mapping) == mapping


def test_a_part_for_one_column_moves_and_note_columns_add_up():
    # given
    roles = roles_of(HEADER, TableMapping(text=("Q1",), group="Aktörsgrupp"))
    # when: the group is said to be in Q2, and ID holds notes too
    roles = with_role(with_role(roles, 4, Role.GROUP), 0, Role.TEXT)
    # then
    mapping = mapping_of(HEADER, roles, keep_personal=True)
    assert (mapping.text, mapping.group, mapping.keep_personal) == (("ID", "Q1"), "Q2", True)


def test_no_mapping_ignores_every_column():
    assert roles_of(HEADER, None) == [Role.IGNORE] * len(HEADER)
