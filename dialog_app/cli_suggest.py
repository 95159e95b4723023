"""``dialog-app suggest PATH [--framework NAME] [--json] [--accept-above SCORE]``: the themes the
keywords suggest for the notes, as the review shows them (issue 15).

A suggestion's score is how strongly the note matches the theme (``core/suggestion_score``): each
keyword (or alias) the note holds adds 1 per word when every note of the project holds it, more the
rarer it is (about 1 + ln of the number of notes when only this note does); the review lists the
strongest first too. Without ``--accept-above`` nothing is written and the project is
only read. With it, every suggestion scoring above SCORE is accepted (the note tagged, origin
"suggestion") in one write; the others are left for a person to decide.
"""

from __future__ import annotations

import argparse
import json
from contextlib import nullcontext

from dialog_app import cli_lookup as lookup
from dialog_app.cli_opening import editing, reading

SHOWN_TEXT = 80  # characters of a note's text in a line of the listing


def run_suggest(options: argparse.Namespace) -> int:
    accepting = options.accept_above is not None
    with (editing if accepting else reading)(options.path) as project:
        framework = lookup.framework(project, options.framework)
        found = project.suggestions.scan(framework.id)
        themes = {theme.id: theme for theme in project.frameworks.themes(framework.id)}
        refs = project.note_refs.refs(found)
        texts = {note_id: note.text for note_id, note in project.notes.by_ids(list(found)).items()}
        rows = [_row(note_id, refs[note_id], texts[note_id], suggestion, themes[suggestion.theme_id])
                for note_id in sorted(found, key=lambda i: _order(refs[i])) for suggestion in found[note_id]]
        if accepting:
            _accept(project, [row for row in rows if row["score"] > options.accept_above])
    if options.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for row in rows:
        mark = "accepted  " if row["accepted"] else ""
        keywords = ", ".join(row["keywords"])
        learned = "" if row["learned"] is None else f"  (learned {row['learned']})"
        print(f"{row['ref']}  {row['score']}  {mark}{row['theme']}  [{keywords}]{learned}  {_short(row['text'])}")
    print(_summary(rows, framework.name, options.accept_above))
    return 0


def _row(note_id, ref: str, text: str, suggestion, theme) -> dict:
    return {
        "note": str(note_id), "ref": ref, "text": text, "theme_id": str(theme.id), "theme_code": theme.code,
        "theme": f"{theme.code} {theme.name}".strip(), "score": round(suggestion.score, 2),
        "keywords": list(suggestion.keywords), "accepted": False,
        "learned": None if suggestion.learned is None else round(suggestion.learned, 2),
        "matched": [{"keyword": keyword, "note": words} for keyword, words in suggestion.why.matched],
    }


def _accept(project, rows: list[dict]) -> None:
    """Tag each note with each theme chosen, as one undo step (the window's accept of many)."""
    from dialog_app.core.history import Action

    by_theme: dict[str, list[str]] = {}
    for row in rows:
        by_theme.setdefault(row["theme_id"], []).append(row["note"])
    with project.history.group(Action.ACCEPT_SUGGESTIONS) if rows else nullcontext():
        for theme_id, note_ids in by_theme.items():
            project.suggestions.accept(note_ids, theme_id)
    for row in rows:
        row["accepted"] = True


def _summary(rows: list[dict], framework: str, above: float | None) -> str:
    notes = len({row["note"] for row in rows})
    if not rows:
        return f"No suggestions from {framework}: no note holds a keyword of a theme it lacks and was not refused"
    told = f"{len(rows)} suggestion(s) from {framework} for {notes} note(s)"
    if above is None:
        return told
    accepted = [row for row in rows if row["accepted"]]
    return (f"{told}; accepted {len(accepted)} scoring above {above:g} on "
            f"{len({row['note'] for row in accepted})} note(s), left {len(rows) - len(accepted)} to decide")


def _order(ref: str) -> tuple[int, int]:
    dialogue, number = ref[1:].split("-")
    return int(dialogue), int(number)


def _short(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= SHOWN_TEXT else flat[: SHOWN_TEXT - 1] + "…"
