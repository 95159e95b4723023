"""Two themes of one framework with one name but different ids: a conflict the user settles.

Two laptops that each added "Kompetens" to the region's framework made two themes. The merge never
joins them silently, nor doubles them silently: it reports each such pair, and goes on only with a
choice for every one: keep both (the other theme is added beside ours), or make one (the other
theme is taken as ours, and its tags, synthesis and sub-themes come to ours). A "make one" is
remembered in the project (``merged_themes``: the other theme's id -> ours), so merging the same
file again asks nothing and changes nothing.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass

from dialog_app.core.services.merge_changes import TableChange
from dialog_app.core.services.merge_read import rows

SETTING = "merged_themes"
KEEP_BOTH, MAKE_ONE = "both", "one"


@dataclass(frozen=True)
class ThemeConflict:
    their_id: str  # hex, as stored
    our_id: str
    name: str
    framework: str
    choice: str | None  # KEEP_BOTH, MAKE_ONE, or None: not settled


class Themes:
    """The theme conflicts of one merge: found while the themes are merged, settled by ``choices``."""

    def __init__(self, connection, choices: Mapping[str, str]) -> None:
        self._choices = choices
        self._before = _setting(connection)
        self.joined: dict[str, str] = dict(self._before or {})
        self._new: dict[str, str] = {}
        self.conflicts: list[ThemeConflict] = []
        self._frameworks = {row[0]: row[1] for row in rows(connection, "SELECT id, name FROM themeframework")}
        self._by_name: dict[tuple, str] | None = None

    def is_joined(self, their_id: str) -> bool:
        return their_id in self.joined

    def settle(self, columns: list[str], row: tuple, ours: dict, same: dict) -> bool:
        """Whether the other project's theme ``row`` is left out (made one with ours); records a
        conflict when ours has a theme of that name in that framework under another id."""
        at = {c: i for i, c in enumerate(columns)}
        their_id = row[at["id"]]
        if (their_id,) in ours:
            return False
        if self._by_name is None:
            self._by_name = {(mine[at["framework_id"]], _name_key(mine[at["name"]])): mine[at["id"]]
                             for mine in ours.values()}
        our_id = self._by_name.get((row[at["framework_id"]], _name_key(row[at["name"]])))
        if our_id is None:
            return False
        choice = self._choices.get(their_id)
        choice = choice if choice in (KEEP_BOTH, MAKE_ONE) else None
        self.conflicts.append(ThemeConflict(their_id, our_id, row[at["name"]],
                                            self._frameworks.get(row[at["framework_id"]], ""), choice))
        if choice != MAKE_ONE:
            return False
        same[their_id] = self._new[their_id] = our_id
        return True

    def remember(self, connection):
        """Store the choices to make one (for the next merge of the same file); the setting's
        change, for the undo, or None when nothing was made one."""
        if not self._new:
            return None
        columns = ["key", "value"]
        after = (SETTING, json.dumps({**(self._before or {}), **self._new}))
        change = TableChange("projectsetting", columns, ["key"])
        if self._before is None:
            change.added = [after]
            connection.exec_driver_sql("INSERT INTO projectsetting (key, value) VALUES (?, ?)", after)
        else:
            change.before, change.after = [(SETTING, json.dumps(self._before))], [after]
            connection.exec_driver_sql("UPDATE projectsetting SET value = ? WHERE key = ?", (after[1], SETTING))
        return change


def _name_key(name: str | None) -> str:
    return " ".join((name or "").split()).casefold()


def _setting(connection) -> dict[str, str] | None:
    found = list(rows(connection, "SELECT value FROM projectsetting WHERE key = ?", (SETTING,)))
    if not found:
        return None
    try:
        value = json.loads(found[0][0])
    except (TypeError, ValueError):
        return {}
    return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}
