"""The theme frameworks and stakeholder groups shipped as data in ``resources/``."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from typing import Any

from dialog_app.core.errors import NotFoundError
from dialog_app.core.paths import resources_dir

@dataclass(frozen=True)
class Preset:
    id: str
    version: str
    source: str
    data: dict[str, Any]

    def name(self, language: str) -> str:
        return localised(self.data["name"], language)

    def theme_count(self) -> int:
        def count(themes: list[dict]) -> int:
            return sum(1 + count(t.get("children", [])) for t in themes)

        return count(self.data["themes"])


def localised(value: dict[str, str] | str, language: str) -> str:
    """Pick one language from a {"sv": ..., "en": ...} pair, falling back to Swedish."""
    if isinstance(value, str):
        return value
    return value.get(language) or value.get("sv") or next(iter(value.values()), "")


@cache
def presets() -> dict[str, Preset]:
    """Every shipped framework preset, by id, in a stable order."""
    found: dict[str, Preset] = {}
    for path in sorted((resources_dir() / "frameworks").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        found[data["id"]] = Preset(data["id"], data.get("version", ""), data.get("source", ""), data)
    return found


def preset(preset_id: str) -> Preset:
    try:
        return presets()[preset_id]
    except KeyError:
        raise NotFoundError("framework preset", preset_id) from None


@cache
def default_groups() -> list[dict[str, Any]]:
    """The stakeholder groups a new project starts with."""
    path = resources_dir() / "stakeholder_groups.json"
    return json.loads(path.read_text(encoding="utf-8"))
