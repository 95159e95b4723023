"""``dialog-app merge PATH OTHER… [--dry-run] [--json]``: table projects (or any projects sharing
ids) merged into PATH, each OTHER only read. A backup of PATH is taken first; each file is one
transaction. What came in is printed per kind, or as JSON."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

# What each table is called in the report, in the order it is printed.
KINDS = {
    "note": "notes", "noteevent": "history entries", "tagging": "tags", "dialogue": "dialogues",
    "agendaitem": "questions", "stakeholdergroup": "stakeholder groups", "attendance": "attendance counts",
    "organisation": "organisations", "dialogueorganisation": "organisations present",
    "participant": "participants", "themeframework": "frameworks", "theme": "themes",
    "themesynthesis": "syntheses", "synthesisquote": "key quotes",
}
ONE = {"notes": "note", "history entries": "history entry", "attendance counts": "attendance count",
       "organisations present": "organisation present", "syntheses": "synthesis"}


def run_merge(options: argparse.Namespace) -> int:
    from dialog_app.core.project import Project
    from dialog_app.core.store.backups import BackupReason

    reports = []
    with Project.open(options.path) as project:  # a dry run does the merge and rolls it back
        if not options.dry_run:
            project.back_up(BackupReason.MERGE, unless_unchanged=False)
        for other in options.others:
            result = project.project_merge.merge(Path(other), dry_run=options.dry_run)
            reports.append(_report(other, result))
    if options.json:
        print(json.dumps({"dry_run": options.dry_run, "merged": reports}, ensure_ascii=False, indent=2))
    else:
        for report in reports:
            print(_lines(report, options.dry_run))
    return 0


def _report(other: str, result) -> dict:
    counts = result.counts
    return {
        "file": str(other),
        "added": {KINDS[t]: n for t, n in counts.added.items() if n},
        "updated": {KINDS[t]: n for t, n in counts.updated.items() if n},
        "edited_on_both_sides": sorted(counts.superseded_notes),
    }


def _lines(report: dict, dry_run: bool) -> str:
    verb = "would bring" if dry_run else "brought"
    if not report["added"] and not report["updated"]:
        return f"{report['file']}: nothing new; the project already holds all of it"
    parts = [f"{report['file']}: {verb} in"]
    for word, numbers in (("added", report["added"]), ("updated", report["updated"])):
        if numbers:
            parts.append(f"  {word}: " + ", ".join(_counted(n, kind) for kind, n in numbers.items()))
    if report["edited_on_both_sides"]:
        parts.append(f"  {len(report['edited_on_both_sides'])} notes had two versions: the later one is kept, "
                     "the other is in the note's history:")
        parts.extend(f"    {note_id}" for note_id in report["edited_on_both_sides"])
    return "\n".join(parts)


def _counted(number: int, kind: str) -> str:
    return f"{number} {ONE.get(kind, kind[:-1]) if number == 1 else kind}"
