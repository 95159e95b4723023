"""``dialog-app groups PATH [--json]``: the project's stakeholder groups in their order, with the key
and name ``add-note --group`` takes and how many notes each holds (issue 15). Only reads."""

from __future__ import annotations

import argparse
import json

from dialog_app.cli_opening import reading


def run_groups(options: argparse.Namespace) -> int:
    from dialog_app.core.services.note_filter import NoteFilter

    with reading(options.path) as project:
        groups = project.participation.groups()
        rows = [{"number": number, "id": str(group.id), "key": group.key or "", "name": group.name,
                 "description": group.description,
                 "notes": project.notes.count(NoteFilter(group_ids=frozenset({group.id})))}
                for number, group in enumerate(groups, start=1)]
    if options.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print(f"No stakeholder groups in {options.path}")
    for row in rows:
        key = f" ({row['key']})" if row["key"] else ""
        about = f"  {row['description']}" if row["description"] else ""
        print(f"{row['number']:>2}  {row['name']}{key}  {row['notes']} note{'' if row['notes'] == 1 else 's'}{about}")
    return 0
