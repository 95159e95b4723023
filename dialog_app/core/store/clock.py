"""The current moment for the store's file work, without the ORM that core/timeutil.py loads.

``info`` and ``check`` must answer without importing SQLAlchemy (about 0.35 s).
"""

from __future__ import annotations

from datetime import datetime, timezone


def utc_now() -> datetime:
    return datetime.now(timezone.utc)
