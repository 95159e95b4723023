"""Opening a zip from a stranger (.docx, .xlsx, .odt, .qdpx) only after it has shown it is sane.

Refused before any reader sees it: a file far beyond a sane size, more members than a document
has, members that unpack to far more than they weigh (zip bombs), and member names that climb out
of the archive's folder. Members are read with a running cap, since a zip's sizes can lie.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path, PurePosixPath

from dialog_app.core.import_plan import FileProblem, ImportFileError

MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_MEMBERS = 20_000
MAX_UNPACKED_BYTES = 1024 * 1024 * 1024  # all members together
MAX_RATIO = 200  # unpacked / packed, for members that unpack to more than RATIO_FLOOR
RATIO_FLOOR = 4 * 1024 * 1024


def open_zip(source: Path | bytes) -> zipfile.ZipFile:
    """The archive, checked; raises ``ImportFileError`` saying why it is refused."""
    data = read_file(source) if isinstance(source, Path) else source
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as error:
        raise ImportFileError(FileProblem.BROKEN, str(error)) from error
    check(archive)
    return archive


def read_file(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of a file to import, refused when far beyond a sane size."""
    try:
        size = path.stat().st_size
        if size > limit:
            raise ImportFileError(FileProblem.TOO_BIG, str(size // (1024 * 1024)))
        return path.read_bytes()
    except OSError as error:
        raise ImportFileError(FileProblem.UNREADABLE, error.strerror or str(error)) from error


def check(archive: zipfile.ZipFile) -> None:
    members = archive.infolist()
    if len(members) > MAX_MEMBERS:
        raise ImportFileError(FileProblem.ZIP_BOMB, f"{len(members)} members")
    total = 0
    for member in members:
        if climbs_out(member.filename):
            raise ImportFileError(FileProblem.UNSAFE_PATH, member.filename)
        total += member.file_size
        if member.file_size > RATIO_FLOOR and member.file_size > MAX_RATIO * max(member.compress_size, 1):
            raise ImportFileError(FileProblem.ZIP_BOMB, member.filename)
    if total > MAX_UNPACKED_BYTES:
        raise ImportFileError(FileProblem.ZIP_BOMB, f"{total // (1024 * 1024)} MB unpacked")


def climbs_out(name: str) -> bool:
    """True for a member name that would land outside the folder it is unpacked into."""
    posix = name.replace("\\", "/")
    path = PurePosixPath(posix)
    return (posix.startswith("/") or (len(posix) > 1 and posix[1] == ":")
            or any(part == ".." for part in path.parts))


def read_member(archive: zipfile.ZipFile, name: str, limit: int = MAX_UNPACKED_BYTES) -> bytes:
    """One member's bytes, stopping as soon as it unpacks to more than ``limit`` (sizes can lie)."""
    try:
        with archive.open(name) as stream:
            data = stream.read(limit + 1)
    except KeyError as error:
        raise ImportFileError(FileProblem.BROKEN, f"{name} is missing") from error
    except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError) as error:
        raise ImportFileError(FileProblem.BROKEN, f"{name}: {error}") from error
    if len(data) > limit:
        raise ImportFileError(FileProblem.ZIP_BOMB, name)
    return data
