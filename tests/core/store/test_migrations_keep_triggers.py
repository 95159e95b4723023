"""No migration loses what an earlier one built: a batch ALTER on SQLite copies the table and drops
its triggers and indexes on the way (schema 8's first draft lost schema 7's record of removed
participants, and a merge then brought erased or removed persons back). Every trigger and index of a
version is in the next, with the SQL it had, unless the migration names it as replaced."""

from __future__ import annotations

import pytest

from dialog_app.core.store.identity import SCHEMA_VERSION
from dialog_app.core.store.known_schemas import expected_objects

# (version, object name): objects a migration replaced on purpose. None so far.
REPLACED: set[tuple[int, str]] = set()


@pytest.mark.parametrize("version", range(2, SCHEMA_VERSION + 1))
def test_every_trigger_and_index_of_the_version_before_is_still_there(version):
    before = {(o.type, o.name): o.sql for o in expected_objects(version - 1) if o.type in ("trigger", "index")}
    after = {(o.type, o.name): o.sql for o in expected_objects(version) if o.type in ("trigger", "index")}
    lost = [f"{kind} {name}" for (kind, name), sql in before.items()
            if (version, name) not in REPLACED and after.get((kind, name)) != sql]
    assert lost == [], f"migration {version} lost or changed: {', '.join(lost)}"
