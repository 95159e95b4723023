"""The bin as people see it (Edit ▸ Bin…, ``dialog-app bin``): what is in it, bringing notes back
from it, and emptying it for good.

Notes are deleted softly into the bin (note_bin.py) so that nothing typed is lost by a slip; but
a note nobody wants is then kept forever, and a dialogue with one there can never be deleted.
Emptying removes chosen binned notes (or all) with everything that hangs on them (bin_emptying.py),
secure: the write zeroes what it deletes, the search index is merged into one segment and the file
is rebuilt with ``VACUUM``, as for a person's erasure, since people empty the bin to be rid of a
text. It is one undo step whose "before" lives only in memory: once the file is closed it is final.
A merge with an older copy does not bring an emptied note back (its removal is recorded).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence

from dialog_app.core.errors import InvalidValueError
from dialog_app.core.history import Action, Step
from dialog_app.core.jobs import Job
from dialog_app.core.services.bin_contents import BinEntry, bin_entries
from dialog_app.core.services.bin_emptying import EmptyPlan, plan_emptying, publish, write_plan
from dialog_app.core.services.context import ServiceContext, as_uuid
from dialog_app.core.services.note_refs import NoteRefs
from dialog_app.core.services.notes import NoteService
from dialog_app.core.store.wiping import wiping_write


class BinService:
    def __init__(self, context: ServiceContext, notes: NoteService, refs: NoteRefs) -> None:
        self._ctx = context
        self._notes = notes
        self._refs = refs

    def entries(self) -> list[BinEntry]:
        """Every note in the bin, the latest binned first."""
        return bin_entries(self._ctx, self._refs.numbering())

    def resolve(self, keys: Sequence[str]) -> list[uuid.UUID]:
        """The binned notes named by references ("D2-017"), ids or id prefixes; a note not in the
        bin is refused (InvalidValueError), one that does not exist too (NotFoundError)."""
        return self._refs.resolve(keys, in_bin=True)

    def restore(self, note_ids: Iterable[uuid.UUID | str]) -> int:
        """Bring notes back from the bin, one undo step (RESTORE); how many came back. A note merged
        into another stays: its votes and themes live on in that note, and bringing it back would
        count them twice (undo the merge instead, while the project is open)."""
        ids = [as_uuid(i, "note id") for i in note_ids]
        merged = {entry.note_id: entry.merged_into for entry in self.entries() if entry.merged_into}
        refused = [i for i in ids if i in merged]
        if refused:
            raise InvalidValueError(f"{len(refused)} of the notes were merged into another note "
                                    f"({merged[refused[0]]}); they are part of it and are not restored on their own")
        return self._notes.restore(ids)

    def empty(self, note_ids: Iterable[uuid.UUID | str] | None = None, job: Job | None = None) -> int:
        """Remove these binned notes (None: every one) for good, with all that hangs on them; one
        undo step (EMPTY_BIN) until the project is closed. A note not in the bin is refused.
        Returns how many notes were removed."""
        job = job or Job()
        with self._ctx.db.read() as session:
            wanted = [entry.note_id for entry in self.entries()] if note_ids is None else \
                list(dict.fromkeys(as_uuid(i, "note id") for i in note_ids))
            plan = plan_emptying(session, wanted)
        if len(plan.notes) != len(wanted):
            raise InvalidValueError(f"{len(wanted) - len(plan.notes)} of the notes are not in the bin; "
                                    "only notes in the bin can be emptied")
        job.check()  # the last moment a cancel keeps the project as it was
        if plan.notes:
            self._write(plan, forward=True)
            self._ctx.history.record(Step(Action.EMPTY_BIN, len(plan.notes),
                                          undo=lambda: self._write(plan, forward=False),
                                          redo=lambda: self._write(plan, forward=True)))
        return len(plan.notes)

    def _write(self, plan: EmptyPlan, forward: bool) -> None:
        if forward:
            with wiping_write(self._ctx.db, self._ctx.db.path, "bin emptied, not compacted") as session:
                write_plan(session, plan, forward=True)
        else:
            with self._ctx.db.write() as session:
                write_plan(session, plan, forward=False)
        publish(self._ctx.changes, plan)
