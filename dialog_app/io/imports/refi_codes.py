"""A REFI-QDA codebook as themes: each code a theme, nested codes sub-themes, in the file's order.

A theme's key is its code's GUID, so that codings find it, and its name the code's name as the
tools show it; this app's export writes a theme's code and name as one ("1.1 Digital hjälp"),
and that is the name that comes back, since no field of the standard keeps them apart. A code
with no name is named by the first block of its GUID ("1ff58b12"): something to tell it apart by
that reads the same in every language, for the user to rename. A code with no GUID at all is
keyed by its place ("#7"), and no coding can point at it. A code's ``Description`` becomes the
theme's description, and the memos its ``NoteRef`` children point at (``Notes/Note``) its
synthesis, one after another.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from lxml import etree

from dialog_app.core.import_plan import ImportedTheme
from dialog_app.io.imports.refi_elements import children, first, guid, local, targets, text_of

_RGB = re.compile(r"#?([0-9a-fA-F]{6}|[0-9a-fA-F]{3})")


def codes_of(root: etree._Element) -> etree._Element | None:
    """The element holding the top-level codes, in a project (``CodeBook/Codes``) or a codebook (``Codes``)."""
    book = root if local(root) == "CodeBook" else first(root, "CodeBook")
    if book is None:
        return None
    codes = first(book, "Codes")
    if codes is not None:
        return codes
    return book if children(book, "Code") else None  # codes straight in the codebook: lenient


def read_codes(
    root: etree._Element, memos: Mapping[str, str] | None = None, synthesis: Callable[[str], str] = str.strip,
) -> tuple[ImportedTheme, ...]:
    """Every code as a theme, parents before children. ``synthesis`` makes a memo's text a synthesis."""
    top = codes_of(root)
    if top is None:
        return ()
    memos = memos or {}
    themes: list[ImportedTheme] = []
    seen: set[str] = set()

    def walk(parent_element: etree._Element, parent: str | None) -> None:
        for code in children(parent_element, "Code"):
            key = _key(code, len(themes) + 1, seen)
            notes = [synthesis(memos[target]) for target in targets(code, "NoteRef") if target in memos]
            themes.append(ImportedTheme(
                key=key, name=(code.get("name") or "").strip() or short(key), parent=parent,
                colour=colour(code.get("color")), description=text_of(code, "Description").strip(),
                synthesis="\n\n".join(note for note in notes if note),
            ))
            walk(code, key)

    walk(top, None)
    return tuple(themes)


def _key(code: etree._Element, place: int, seen: set[str]) -> str:
    key = guid(code.get("guid")) or f"#{place}"
    if key in seen:
        key = f"{key}#{place}"  # the same GUID twice: both kept, codings go to the first
    seen.add(key)
    return key


def short(key: str) -> str:
    return key.split("-")[0] if not key.startswith("#") else key


def colour(value: str | None) -> str | None:
    """"#rrggbb" from "#RRGGBB", "#rgb" or "rrggbb"; None for anything else."""
    found = _RGB.fullmatch((value or "").strip())
    if found is None:
        return None
    digits = found.group(1).lower()
    return "#" + (digits if len(digits) == 6 else "".join(d * 2 for d in digits))
