"""Exactly one dialog_app edits a project at a time: a lock file beside it says who does.

Two windows, or two computers on a shared folder, editing one file would each believe their view.
The lock is a small file ``.NAME.lock`` beside the project, holding who has it (user, computer,
process, since when, a heartbeat), and held with an operating-system lock while the project is
open. The operating system drops that lock when the process dies, so a lock file left by a crash
is recognised as stale on the same computer at once. On a network folder whose server does not
pass locks on, a lock from another computer counts as held until its heartbeat is older than
``STALE_AFTER``.
"""

from __future__ import annotations

import errno
import getpass
import json
import os
import socket
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from pathlib import Path

from dialog_app.core.errors import ProjectAccessError, ProjectInUseError
from dialog_app.core.store.clock import utc_now

HEARTBEAT_EVERY = timedelta(minutes=1)
STALE_AFTER = timedelta(minutes=5)
_LOCK_OFFSET = 1 << 30  # the byte Windows locks: beyond the content, which others may still read
_MAX_CONTENT = 4096


@dataclass(frozen=True)
class LockHolder:
    user: str
    host: str
    pid: int
    since: str  # ISO times, UTC
    heartbeat: str

    @property
    def on_this_computer(self) -> bool:
        return self.host == _host()

    @property
    def since_time(self) -> datetime | None:
        return _parse_time(self.since)

    def __str__(self) -> str:
        return f"{self.user or '?'} on {self.host or '?'} since {self.since}"


def lock_path(project: Path) -> Path:
    return project.with_name(f".{project.name}.lock")


class WriterLock:
    """The held lock of one open project; ``release`` it when the project closes."""

    def __init__(self, path: Path, descriptor: int, holder: LockHolder, taken_over: LockHolder | None) -> None:
        self.path = path
        self._descriptor: int | None = descriptor
        self.holder = holder
        self.taken_over = taken_over  # the stale lock of a crashed or vanished dialog_app, if any

    @classmethod
    def acquire(cls, project: Path) -> WriterLock:
        """Take the project's lock, or raise ProjectInUseError naming who has it.

        Raises ProjectAccessError where no lock file can be made (read-only media or folder).
        """
        path = lock_path(project)
        while True:
            descriptor = _open_locked(project, path)
            if descriptor is not None:
                break
        try:
            previous = _read_holder(descriptor)
            if previous is not None and _alive_elsewhere(previous):
                raise ProjectInUseError(project, previous)
            now = utc_now().isoformat(timespec="seconds")
            holder = LockHolder(_user(), _host(), os.getpid(), now, now)
            _write_holder(descriptor, holder)
        except BaseException:
            _unlock(descriptor)
            os.close(descriptor)
            raise
        return cls(path, descriptor, holder, previous)

    def refresh(self) -> None:
        """The heartbeat: tells other computers this lock is still in use."""
        if self._descriptor is not None:
            self.holder = LockHolder(**{**asdict(self.holder), "heartbeat": utc_now().isoformat(timespec="seconds")})
            _write_holder(self._descriptor, self.holder)

    def release(self) -> None:
        if self._descriptor is None:
            return
        descriptor, self._descriptor = self._descriptor, None
        ours = _read_holder(descriptor) == self.holder
        removed = False
        if ours:
            try:  # before unlocking, so that no one takes a lock that we then remove
                self.path.unlink(missing_ok=True)
                removed = True
            except OSError:  # Windows removes no open file: after closing, below
                pass
        _unlock(descriptor)
        os.close(descriptor)
        if ours and not removed:
            try:
                self.path.unlink(missing_ok=True)
            except OSError:
                pass  # left behind, it reads as stale: the next opening takes it over

    @property
    def held(self) -> bool:
        return self._descriptor is not None


def _open_locked(project: Path, path: Path) -> int | None:
    """The lock file, opened and locked; None when it was removed meanwhile (then try again)."""
    try:
        descriptor = os.open(path, os.O_RDWR | os.O_CREAT, 0o666)
    except OSError as exc:
        raise ProjectAccessError.from_os_error(project, exc) from exc
    _hide(path)
    try:
        if not _try_lock(descriptor):
            raise ProjectInUseError(project, _read_holder(descriptor) or _unknown_holder())
        try:  # the holder before us may have removed the file between our open and our lock
            same = os.path.samestat(os.fstat(descriptor), os.stat(path))
        except FileNotFoundError:
            same = False
        if same:
            return descriptor
        _unlock(descriptor)
    except BaseException:
        os.close(descriptor)
        raise
    os.close(descriptor)
    return None


def current_holder(project: Path) -> LockHolder | None:
    """Who holds the project's lock now, or None when no live dialog_app does. Changes nothing."""
    path = lock_path(project)
    try:
        descriptor = os.open(path, os.O_RDONLY)
    except OSError:
        return None
    try:
        holder = _read_holder(descriptor)
        if not _try_lock(descriptor, shared=True):
            return holder or _unknown_holder()
        _unlock(descriptor)
        return holder if holder is not None and _alive_elsewhere(holder) else None
    finally:
        os.close(descriptor)


def _alive_elsewhere(holder: LockHolder) -> bool:
    """A lock we could take may still be in use on another computer (no lock passing on the share)."""
    if holder.on_this_computer:
        return False  # the operating system would have kept it from us
    beat = _parse_time(holder.heartbeat)
    now = utc_now()
    return beat is not None and now - STALE_AFTER < beat <= now + HEARTBEAT_EVERY


def _parse_time(text: str) -> datetime | None:
    try:
        moment = datetime.fromisoformat(text)
    except (TypeError, ValueError):
        return None
    return moment if moment.tzinfo is not None else None


def _read_holder(descriptor: int) -> LockHolder | None:
    try:
        raw = os.pread(descriptor, _MAX_CONTENT, 0) if hasattr(os, "pread") else _read_from_start(descriptor)
        data = json.loads(raw.decode("utf-8"))
        return LockHolder(str(data["user"]), str(data["host"]), int(data["pid"]), str(data["since"]),
                          str(data["heartbeat"]))
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def _read_from_start(descriptor: int) -> bytes:
    os.lseek(descriptor, 0, os.SEEK_SET)
    return os.read(descriptor, _MAX_CONTENT)


def _write_holder(descriptor: int, holder: LockHolder) -> None:
    data = json.dumps({"app": "dialog_app", **asdict(holder)}, ensure_ascii=False).encode("utf-8")
    os.lseek(descriptor, 0, os.SEEK_SET)
    os.write(descriptor, data)
    os.ftruncate(descriptor, len(data))
    os.fsync(descriptor)


def _unknown_holder() -> LockHolder:
    return LockHolder("", "", 0, "", "")


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name on some portable and service setups
        return ""


def _host() -> str:
    return socket.gethostname()


if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import ctypes
    import msvcrt

    def _hide(path: Path) -> None:
        """The dot hides it elsewhere; Windows wants the attribute (FILE_ATTRIBUTE_HIDDEN)."""
        try:
            ctypes.windll.kernel32.SetFileAttributesW(str(path), 0x2)
        except (AttributeError, OSError):
            pass

    def _try_lock(descriptor: int, shared: bool = False) -> bool:
        position = os.lseek(descriptor, 0, os.SEEK_CUR)
        try:
            os.lseek(descriptor, _LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(descriptor, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False
        finally:
            os.lseek(descriptor, position, os.SEEK_SET)

    def _unlock(descriptor: int) -> None:
        try:
            os.lseek(descriptor, _LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(descriptor, msvcrt.LK_UNLCK, 1)
        except OSError:
            pass

else:
    import fcntl

    def _hide(path: Path) -> None:
        """A leading dot already hides it."""

    def _try_lock(descriptor: int, shared: bool = False) -> bool:
        """flock: held per open file, so a second window of the same process is refused too."""
        try:
            fcntl.flock(descriptor, (fcntl.LOCK_SH if shared else fcntl.LOCK_EX) | fcntl.LOCK_NB)
            return True
        except OSError as exc:
            if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                return False
            raise

    def _unlock(descriptor: int) -> None:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_UN)
        except OSError:
            pass
