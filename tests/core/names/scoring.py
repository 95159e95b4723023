"""Precision and recall of the name detector over a labelled set: a labelled name counts as found
when a detected span overlaps it; a detected span that overlaps no labelled name is a false alarm."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from dialog_app.core.name_detection import find_possible_names

FOLDER = Path(__file__).resolve().parent


@dataclass
class Score:
    notes: int = 0
    found: int = 0
    missed: list[str] = field(default_factory=list)
    false: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found / max(1, self.found + len(self.missed))

    @property
    def precision(self) -> float:
        return self.found / max(1, self.found + len(self.false))


def load(name: str) -> list[dict]:
    return json.loads((FOLDER / name).read_text(encoding="utf-8"))


def score(notes: list[dict]) -> Score:
    result = Score(notes=len(notes))
    for note in notes:
        text = note["text"]
        gold = [tuple(span) for span in note["names"]]
        found = [(n.start, n.end) for n in find_possible_names(text)]
        for start, end in gold:
            if any(s < end and start < e for s, e in found):
                result.found += 1
            else:
                result.missed.append(text[start:end])
        result.false.extend(text[s:e] for s, e in found if not any(s < end and start < e for start, end in gold))
    return result
