"""``dialog-app merge PATH OTHER… [--dry-run] [--json] [--themes keep-both|make-one]``: table
projects (or any projects sharing ids) merged into PATH, each OTHER only read. A backup of PATH is
taken first; each file is one transaction. What came in is printed per kind, with the notes that
had two versions and the tags settled by time, or as JSON. A file whose themes share a name with
ours under other ids stops the merge there unless ``--themes`` says what to do."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from dialog_app.cli_guard import fail, say

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
CHOICES = {"keep-both": "both", "make-one": "one"}


def run_merge(options: argparse.Namespace) -> int:
    from dialog_app.core.project import Project
    from dialog_app.core.services.project_merging import ThemesToSettle
    from dialog_app.core.store.backups import BackupReason

    reports = []
    with Project.open(options.path) as project:  # a dry run does the merge and rolls it back
        if not options.dry_run:
            project.back_up(BackupReason.MERGE, unless_unchanged=False)
        for other in options.others:
            try:
                result = _merge(project, Path(other), options)
            except ThemesToSettle as stop:
                return _stopped(stop, reports, options.others)
            reports.append(_report(project, other, result))
    if options.json:
        print(json.dumps({"dry_run": options.dry_run, "merged": reports}, ensure_ascii=False, indent=2))
    else:
        for report in reports:
            print(_lines(report, options.dry_run))
    return 0


def _merge(project, other: Path, options: argparse.Namespace):
    """One file merged. With ``--themes``, each theme conflict the merge stops at (or a dry run
    reports) is given that answer and the merge runs again; nothing was stored when it stopped."""
    from dialog_app.core.services.project_merging import ThemesToSettle

    choices: dict[str, str] = {}
    while True:
        try:
            result = project.project_merge.merge(other, dry_run=options.dry_run, choices=choices)
        except ThemesToSettle as stop:
            new = _answered(stop.conflicts, choices, options.themes)
            if not new:
                raise
        else:
            new = _answered(result.counts.unsettled, choices, options.themes)
            if not new:
                return result
        choices.update(new)


def _answered(conflicts, choices: dict[str, str], themes: str | None) -> dict[str, str]:
    """``--themes``'s answer for the conflicts not answered yet (none without ``--themes``)."""
    if themes is None:
        return {}
    return {c.their_id: CHOICES[themes] for c in conflicts if c.their_id not in choices}


def _stopped(stop, reports: list[dict], others: list[str]) -> int:
    say(f"{stop.other}: these themes have the name of a theme in the project, under another id:")
    for conflict in stop.conflicts:
        say(f"  {conflict.name} ({conflict.framework})")
    done = [report["file"] for report in reports]
    if done:
        say("merged before it: " + ", ".join(done))
    rest = others[len(done):]
    return fail(f"not merged: {', '.join(rest)}; run again with --themes keep-both or --themes make-one "
                "(files already merged change nothing the second time)")


def _report(project, other: str, result) -> dict:
    told = project.project_merge.report(result)
    return {
        "file": str(other),
        "added": {KINDS[t]: n for t, n in told.added.items()},
        "updated": {KINDS[t]: n for t, n in told.updated.items()},
        "removed": {KINDS[t]: n for t, n in told.removed.items()},
        "edited_on_both_sides": [_note(line) for line in told.two_versions],
        "tags_settled": [{**_note(tag.note), "theme": tag.theme, "kept": tag.kept} for tag in told.tags],
        "theme_conflicts": [{"name": c.name, "framework": c.framework, "choice": c.choice} for c in told.conflicts],
    }


def _note(line) -> dict:
    return {"note": str(line.note_id), "text": line.text}


def _lines(report: dict, dry_run: bool) -> str:
    verb = "would bring" if dry_run else "brought"
    if not report["added"] and not report["updated"] and not report["removed"]:
        return f"{report['file']}: nothing new; the project already holds all of it"
    parts = [f"{report['file']}: {verb} in"]
    for word, numbers in (("added", report["added"]), ("updated", report["updated"]),
                          ("removed", report["removed"])):
        if numbers:
            parts.append(f"  {word}: " + ", ".join(_counted(n, kind) for kind, n in numbers.items()))
    if report["edited_on_both_sides"]:
        parts.append(f"  {len(report['edited_on_both_sides'])} note(s) had two versions: the later one is kept, "
                     "the other is in the note's history:")
        parts.extend(f"    {n['note']}  {n['text']}" for n in report["edited_on_both_sides"])
    if report["tags_settled"]:
        parts.append("  tags added on one side and removed on the other, settled by time:")
        parts.extend(f"    {t['note']}  {t['theme']}: {'kept' if t['kept'] else 'removed'}  {t['text']}"
                     for t in report["tags_settled"])
    for conflict in report["theme_conflicts"]:
        choice = "kept both" if conflict["choice"] == "both" else "made one"
        parts.append(f"  theme {conflict['name']} ({conflict['framework']}): {choice}")
    return "\n".join(parts)


def _counted(number: int, kind: str) -> str:
    return f"{number} {ONE.get(kind, kind[:-1]) if number == 1 else kind}"
