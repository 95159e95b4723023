"""What a project merge did, in the words a report needs: counts per kind, and the notes and tags
it settled named by their text as they stand after the merge (the GUI links them to the review,
the CLI prints them)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

from dialog_app.core.services.merge_read import rows_in
from dialog_app.core.services.merge_themes import ThemeConflict

EXCERPT = 80


@dataclass(frozen=True)
class NoteLine:
    note_id: uuid.UUID
    text: str  # the start of the note's text, on one line ("" when a dry run rolled the note back)


@dataclass(frozen=True)
class TagLine:
    note: NoteLine
    theme: str
    kept: bool  # True: the later tag stayed; False: the later removal took it off


@dataclass(frozen=True)
class MergeReport:
    file: Path
    dry_run: bool
    added: dict[str, int]  # by table name ("note", "theme" ...), only the kinds with any
    updated: dict[str, int]
    removed: dict[str, int]
    two_versions: list[NoteLine]  # notes whose text both sides edited; the other text is in their history
    tags: list[TagLine]
    conflicts: list[ThemeConflict]
    note_ids: tuple[uuid.UUID, ...]  # every note the merge added or changed

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.removed)


def describe(connection, result) -> MergeReport:
    """``result`` (a MergeResult) in words, read on ``connection`` after the merge."""
    counts = result.counts
    texts = _texts(connection, [*counts.superseded_notes, *(tag.note_id for tag in counts.settled_tags)])
    themes = dict(rows_in(connection, "SELECT id, name FROM theme WHERE id IN ({marks})",
                          list({tag.theme_id for tag in counts.settled_tags})))

    def line(hex_id: str) -> NoteLine:
        return NoteLine(uuid.UUID(hex_id), texts.get(hex_id, ""))

    return MergeReport(
        file=result.other, dry_run=result.dry_run,
        added={t: n for t, n in counts.added.items() if n}, updated={t: n for t, n in counts.updated.items() if n},
        removed={t: n for t, n in counts.removed.items() if n},
        two_versions=[line(hex_id) for hex_id in sorted(counts.superseded_notes)],
        tags=[TagLine(line(tag.note_id), themes.get(tag.theme_id, ""), tag.kept) for tag in counts.settled_tags],
        conflicts=list(counts.theme_conflicts), note_ids=tuple(uuid.UUID(i) for i in counts.note_ids()),
    )


def _texts(connection, hex_ids: list[str]) -> dict[str, str]:
    found = {}
    for hex_id, text in rows_in(connection, "SELECT id, text FROM note WHERE id IN ({marks})", list(set(hex_ids))):
        flat = " ".join((text or "").split())
        found[hex_id] = flat if len(flat) <= EXCERPT else flat[:EXCERPT - 1] + "…"
    return found
