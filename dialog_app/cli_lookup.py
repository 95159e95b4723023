"""What a command's arguments name: a dialogue, a stakeholder group, a framework, a theme, notes.

When a name answers to nothing, the error lists what does exist (the dialogues with their numbers,
the groups with their keys, the themes with their codes), so whoever writes the script can put the
right word in without opening the window. A dialogue may be named by its title, its id (or the
first 6 characters of it) or its number in date order ("D2", as the exports and ``dialogue list``
number it); notes by reference ("D2-017"), id or id prefix, and "-" reads more of them from
standard input, the first word of each line (the output of ``search`` pipes straight in).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence

from dialog_app.core.errors import NotFoundError

MAX_LISTED = 40  # more than this and the list says how many it left out


class NothingNamed(NotFoundError):
    """A name that answers to nothing, with what does exist."""

    def __init__(self, what: str, key: str, listing: str) -> None:
        super().__init__(what, key)
        self.args = (f"no {what}{f' {key!r}' if key else ''}; {listing}",)


def numbered_dialogues(project) -> list:
    """The dialogues in number order (D1 first)."""
    by_id = {dialogue.id: dialogue for dialogue in project.dialogues.list()}
    return [by_id[dialogue_id] for dialogue_id in project.note_refs.dialogue_order()]


def dialogue(project, key: str):
    try:
        return project.dialogues.find(key)
    except NotFoundError:
        pass
    dialogues = numbered_dialogues(project)
    number = re.fullmatch(r"[Dd](\d{1,9})", key.strip())
    if number and 1 <= int(number[1]) <= len(dialogues):
        return dialogues[int(number[1]) - 1]
    if not dialogues:
        raise NothingNamed("dialogue", key, "the project has no dialogues yet (add one with 'dialog-app dialogue add')")
    shown = [f"D{n} {d.title!r}" for n, d in enumerate(dialogues, start=1)]
    raise NothingNamed("dialogue", key, "the dialogues are: " + _listed(shown))


def group(project, key: str):
    try:
        return project.participation.find_group(key)
    except NotFoundError:
        pass
    groups = project.participation.groups()
    shown = [f"{g.name!r} ({g.key})" if g.key else repr(g.name) for g in groups]
    raise NothingNamed("stakeholder group", key,
                       "the groups are: " + _listed(shown) if groups else "the project has no stakeholder groups")


def framework(project, key: str | None):
    """The framework named (name, preset id or id, any case), or the active one when None."""
    frameworks = project.frameworks.frameworks()
    if key is None:
        active = project.frameworks.active_framework()
        if active is None:
            raise NothingNamed("framework", "", "the project has no theme frameworks")
        return active
    wanted = key.strip().casefold()
    for each in frameworks:
        if wanted in {each.name.casefold(), (each.preset_id or "").casefold(), str(each.id)}:
            return each
    raise NothingNamed("framework", key, "the frameworks are: " + _listed([repr(f.name) for f in frameworks])
                       if frameworks else "the project has no theme frameworks")


def theme(project, key: str, framework_key: str | None = None):
    """A theme by code, name or alias: of the framework named, or else of the active one (then of
    any other framework, when exactly one theme there answers)."""
    chosen = framework(project, framework_key)
    try:
        return project.frameworks.find_theme(chosen.id, key)
    except NotFoundError:
        pass
    if framework_key is None:
        elsewhere = [found for other in project.frameworks.frameworks() if other.id != chosen.id
                     if (found := _find(project, other.id, key)) is not None]
        if len(elsewhere) == 1:
            return elsewhere[0]
    shown = [f"{t.code} {t.name}".strip() for t in project.frameworks.themes(chosen.id)]
    others = [f.name for f in project.frameworks.frameworks() if f.id != chosen.id]
    hint = f" (other frameworks: {', '.join(others)}; choose one with --framework)" if others else ""
    raise NothingNamed("theme", key, f"the themes of {chosen.name} are: " + _listed(shown) + hint)


def notes(project, keys: Sequence[str]) -> list:
    """The ids of the notes named, in order, each once; "-" reads more names from standard input."""
    return project.note_refs.resolve(expand_stdin(keys))


def expand_stdin(keys: Sequence[str]) -> list[str]:
    expanded: list[str] = []
    for key in keys:
        if key == "-":
            expanded.extend(line.split()[0] for line in sys.stdin if line.strip())
        else:
            expanded.append(key)
    return expanded


def _find(project, framework_id, key: str):
    try:
        return project.frameworks.find_theme(framework_id, key)
    except NotFoundError:
        return None


def _listed(names: list[str]) -> str:
    if len(names) <= MAX_LISTED:
        return ", ".join(names)
    return ", ".join(names[:MAX_LISTED]) + f" … and {len(names) - MAX_LISTED} more"
