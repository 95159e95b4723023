"""One person's data (issue 14): find it, erase it (one undo step until the file is closed),
anonymise the whole project, and the backups that still hold someone. No dialogs here: the views
that ask and confirm call these."""

from __future__ import annotations

from pathlib import Path

from dialog_app.core.history import Action
from dialog_app.core.person_record import PersonRecord
from dialog_app.core.services.person_data import ErasureResult
from dialog_app.gui.ops import ProjectSession, QueryOp, WriteOp


def find_person(session: ProjectSession, name: str) -> QueryOp[PersonRecord]:
    return QueryOp(session, lambda project, job: project.person_data.find(name, job=job))


def erase_person(session: ProjectSession, name: str) -> WriteOp[ErasureResult]:
    return WriteOp(session, lambda project, job: project.person_data.erase(name, job=job),
                   undo_as=Action.ERASE_PERSON)


def anonymise_project(session: ProjectSession) -> WriteOp[ErasureResult]:
    return WriteOp(session, lambda project, job: project.person_data.anonymise(job=job),
                   undo_as=Action.ERASE_PERSON)


def backups_holding(session: ProjectSession, name: str, also: tuple[str, ...] = ()) -> QueryOp[list]:
    """The backups (``Backup``: path, taken_at, reason …) holding the person; ``also``: the e-mails
    and phones an erasure reported (``ErasureResult.searched_for``), gone from the register since."""
    return QueryOp(session, lambda project, _job: project.person_data.backups_holding(name, also=also))


def erase_backups(session: ProjectSession, paths: list[Path]) -> WriteOp[list[Path]]:
    """Not undoable: the files are overwritten and deleted. Run on the write queue, after any write
    that might still be backing the project up."""
    return WriteOp(session, lambda project, _job: project.person_data.erase_backups(paths))


def write_extract(session: ProjectSession, name: str, asked: Path) -> QueryOp[tuple[Path, Path]]:
    """The register extract of one person: a PDF at ``asked`` and its JSON beside it. Only reads
    the project; never writes over a file (FileExistsError)."""
    def work(project, job) -> tuple[Path, Path]:
        from dialog_app.core.time_zones import zone
        from dialog_app.io.person_extract import extract_paths, write_extract_json, write_extract_pdf

        record = project.person_data.find(name, job=job)
        pdf, data = extract_paths(Path(asked), record.name)
        for target in (pdf, data):
            if target.exists():
                raise FileExistsError(target)
        when = zone(project.facts.read().time_zone)
        return (write_extract_pdf(record, pdf, project.language, project=project.path, zone=when),
                write_extract_json(record, data, project=project.path))
    return QueryOp(session, work)


def known_people(session: ProjectSession) -> QueryOp[list[str]]:
    """The names a person's data is most often asked for: the register's, then the possible names
    the writer confirmed as persons', each once."""
    def work(project, _job) -> list[str]:
        registered = [person.fields.name for person in project.participant_register.people()]
        confirmed = [key.title() for key in project.possible_names.names_to_mask().confirmed]
        return list(dict.fromkeys([*registered, *(n for n in confirmed if n.casefold() not in
                                                  {r.casefold() for r in registered})]))
    return QueryOp(session, work)
