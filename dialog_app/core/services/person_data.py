"""One person's data in a project: find it (for a register extract) and erase it (GDPR, issue 14).

Who is looked for, and what a mention is, is said in core/person_terms.py: the full name with its
inflections, and the e-mail addresses and phone numbers of the person's register entries (a bare
first name alone is not the person). Where is said in person_texts.py.

An erasure removes the register entries and replaces every mention by ``person_terms.MARK``
("[borttagen person]") in notes (live and binned), their history, syntheses, dialogues, questions,
settings (a saved filter's words, the choice made on the name, which is dropped) and in the capture
drafts kept beside the project. Then no byte of it is left in the file: the write runs with
``secure_delete`` on, the search index is merged into one segment (its old segments held the name's
tokens), and the file is rebuilt with ``VACUUM``; the result says which terms (if any) the file's
bytes or rows still hold. No backup is taken: it would keep the name. The backups made before the
erasure that hold the person are listed, and can be erased too.

An erasure is one undo step, whose "before" lives only in memory: undone, the project is exactly as
it was; once the file is closed it is final.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from dialog_app.core import drafts
from dialog_app.core.errors import InvalidValueError
from dialog_app.core.history import Action, Step
from dialog_app.core.jobs import Job
from dialog_app.core.models import Dialogue, Organisation, Participant, ProjectSetting, StakeholderGroup
from dialog_app.core.name_detection import shipped_lists
from dialog_app.core.person_record import DRAFT, SETTING, Mention, PersonRecord, RegisterEntry
from dialog_app.core.person_terms import PersonTerms, json_strings, key_of
from dialog_app.core.services.context import ServiceContext
from dialog_app.core.services.person_erasing import (
    ErasurePlan,
    plan_erasure,
    publish,
    registered,
    write_drafts,
    write_plan,
)
from dialog_app.core.services.person_texts import sources
from dialog_app.core.services.possible_names import MASK, SETTING as NAME_DECISIONS
from dialog_app.core.store import backups as backup_files, traces
from dialog_app.core.store.wiping import wiping_write
from dialog_app.core.timeutil import utc_now


@dataclass(frozen=True)
class ErasureResult:
    """What an erasure changed, and what still holds the person."""

    names: tuple[str, ...]  # who was erased
    searched_for: tuple[str, ...]  # the names, e-mail addresses and phone numbers replaced
    counts: dict[str, int] = field(default_factory=dict)  # per kind (person_erasing.REGISTER, NOTE, …): how many
    occurrences: int = 0  # mentions replaced by the mark
    backups: tuple[backup_files.Backup, ...] = ()  # made before the erasure, still holding the person
    still_in_file: tuple[str, ...] = ()  # terms the project file still holds (none, unless outside the walk)

    @property
    def changed(self) -> bool:
        return any(self.counts.values())


class PersonDataService:
    def __init__(self, context: ServiceContext, project_path: Path) -> None:
        self._ctx = context
        self._path = Path(project_path)

    # --- finding --------------------------------------------------------------------------------

    def terms(self, name: str) -> PersonTerms:
        """Who ``find`` and ``erase`` look for: the name, its register entries' spellings, e-mails, phones."""
        name = _asked(name)
        with self._ctx.db.read() as session:
            entries = registered(session, [name])
        return _terms_of([name], entries)

    def find(self, name: str, job: Job | None = None) -> PersonRecord:
        """Everything the project (and its capture drafts) holds about the person."""
        name = _asked(name)
        with self._ctx.db.read() as session:
            entries = registered(session, [name])
            terms = _terms_of([name], entries)
            register = tuple(_entry(session, row) for row in entries)
            mentions = [mention for source in sources(session, job) for mention in _mentions(source, terms)]
        mentions += _draft_mentions(self._path, terms)
        decision = self._decisions().get(key_of(name))
        return PersonRecord(name=terms.names[0], searched_for=terms.searched_for, register=register,
                            mentions=tuple(mentions), name_decision=decision, found_at=utc_now())

    # --- erasing --------------------------------------------------------------------------------

    def erase(self, name: str, job: Job | None = None) -> ErasureResult:
        """Erase one person (see the module's docstring); one undo step, until the file is closed."""
        name = _asked(name)
        return self._erase([name], job, everyone=False)

    def anonymise(self, job: Job | None = None) -> ErasureResult:
        """Erase every registered person and every possible name the writer confirmed; one undo step."""
        confirmed = [key for key, decision in self._decisions().items() if decision == MASK]
        return self._erase(confirmed, job, everyone=True)

    def _erase(self, names: list[str], job: Job | None, everyone: bool) -> ErasureResult:
        job = job or Job()
        with self._ctx.db.read() as session:
            entries = list(session.scalars(select(Participant))) if everyone else registered(session, names)
            terms = _terms_of(names, entries)
            if not terms.names:
                return ErasureResult((), ())
            plan = plan_erasure(session, terms, [row.id for row in entries], self._ctx.user, self._path, job)
        job.check()  # the last moment a cancel keeps the project as it was
        if not plan.empty:
            self._write(plan, forward=True)
            self._ctx.history.record(Step(Action.ERASE_PERSON, len(terms.names),
                                          undo=lambda: self._write(plan, forward=False),
                                          redo=lambda: self._write(plan, forward=True)))
        return ErasureResult(
            names=terms.names, searched_for=terms.searched_for, counts=dict(plan.counts),
            occurrences=plan.occurrences, backups=tuple(self._backups_holding(terms)),
            still_in_file=traces.terms_held(self._ctx.db.path, terms))

    def _write(self, plan: ErasurePlan, forward: bool) -> None:
        if forward:  # if readers keep VACUUM waiting, the byte check after it tells what is left
            with wiping_write(self._ctx.db, self._path, "erased, not compacted") as session:
                write_plan(session, plan, forward=True)
        else:
            with self._ctx.db.write() as session:
                write_plan(session, plan, forward=False)
        write_drafts(plan, forward)
        publish(self._ctx.changes, plan)

    # --- backups --------------------------------------------------------------------------------

    def backups_holding(self, name: str, also: tuple[str, ...] = ()) -> list[backup_files.Backup]:
        """The project's backups that hold the person (by name, and by ``also``: e-mails, phones
        known from before an erasure), newest first."""
        terms = self.terms(name)
        emails = dict.fromkeys([*terms.emails, *(term for term in also if "@" in term)])
        phones = dict.fromkeys([*terms.phones, *(term for term in also if "@" not in term and term not in terms.names)])
        terms = PersonTerms(terms.names, tuple(emails), tuple(phones), terms.detected_only)
        return self._backups_holding(terms)

    def erase_backups(self, paths: list[Path]) -> list[Path]:
        """Delete these backups of the project (overwritten first), never the project or any other
        file; returns the ones deleted."""
        return backup_files.delete_backups(self._path, [Path(p) for p in paths])

    def _backups_holding(self, terms: PersonTerms) -> list[backup_files.Backup]:
        return [backup for backup in backup_files.list_backups(self._path)
                if traces.terms_held(backup.path, terms)]

    def _decisions(self) -> dict[str, str]:
        """The choices made on possible names (possible_names.py keeps them as a setting)."""
        with self._ctx.db.read() as session:
            row = session.get(ProjectSetting, NAME_DECISIONS)
            value = row.value if row is not None else None
        return {str(k): v for k, v in value.items()} if isinstance(value, dict) else {}


def _asked(name: str) -> str:
    if not isinstance(name, str) or len(" ".join(name.split())) < 2:
        raise InvalidValueError("give the person's name (at least two letters)")
    return " ".join(name.split())


def _terms_of(names: list[str], entries: list[Participant]) -> PersonTerms:
    """The names as the register spells them and as asked for, the register's e-mails and phones."""
    seen: dict[str, str] = {}
    for name in [*(row.name for row in entries), *names]:
        if name and name.strip():
            seen.setdefault(key_of(name), " ".join(name.split()))
    emails = dict.fromkeys(row.email.strip() for row in entries if row.email and row.email.strip())
    phones = dict.fromkeys(row.phone.strip() for row in entries if row.phone and row.phone.strip())
    ambiguous = shipped_lists().ambiguous
    return PersonTerms(tuple(seen.values()), tuple(emails), tuple(phones),
                       frozenset(key for key in seen if key in ambiguous))


def _entry(session, row: Participant) -> RegisterEntry:
    dialogue = session.get(Dialogue, row.dialogue_id)
    organisation = session.get(Organisation, row.organisation_id) if row.organisation_id else None
    group = session.get(StakeholderGroup, row.group_id) if row.group_id else None
    return RegisterEntry(
        participant_id=row.id, dialogue_title=dialogue.title if dialogue else "",
        dialogue_date=dialogue.starts_at if dialogue else None, name=row.name,
        organisation=organisation.name if organisation else "", group=group.name if group else "",
        role=row.role or "", email=row.email or "", phone=row.phone or "", consent=bool(row.consent),
        purpose=row.purpose or "")


def _mentions(source, terms: PersonTerms) -> list[Mention]:
    if source.value is None:
        return []
    if source.is_json:
        texts = [(" / ".join(path) if source.where == SETTING else source.context, text)
                 for path, text in json_strings(source.value)]
    else:
        texts = [(source.context, source.value)]
    found = []
    for context, text in texts:
        spans = terms.spans(text)
        if spans:
            found.append(Mention(source.where, source.ref, context, source.at, text, tuple(spans),
                                 source.object_id if isinstance(source.object_id, uuid.UUID) else None,
                                 in_bin=source.in_bin))
    return found


def _draft_mentions(project_path: Path, terms: PersonTerms) -> list[Mention]:
    found = []
    for path, text in drafts.draft_texts(project_path):
        spans = terms.spans(text)
        if spans:
            found.append(Mention(DRAFT, path.name, "", None, text, tuple(spans)))
    return found
