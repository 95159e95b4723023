"""The fast note-row path writes exactly what SQLAlchemy would: the same stored form of every
column (UUIDs, UTC times, flags), so rows from either path read, sort and compare alike."""

from __future__ import annotations

import sqlite3
import uuid
from datetime import datetime, timedelta, timezone

from sqlalchemy import insert

from dialog_app.core.models import Note
from dialog_app.core.services.note_rows import insert_rows, new_row

STOCKHOLM_WINTER = timezone(timedelta(hours=1))


def test_a_row_is_stored_as_sqlalchemy_stores_it(project, meeting):
    question = project.dialogues.add_question(meeting.id, "Vad saknas?")
    group = project.participation.groups()[0]
    record = {"dialogue_id": meeting.id, "text": "Bredband i glesbygden", "agenda_item_id": question.id,
              "group_id": group.id, "table_label": "Bord 2", "votes": 3, "key_quote": True,
              "created_at": datetime(2026, 3, 12, 10, 15, 0, 7, tzinfo=STOCKHOLM_WINTER)}
    fast = new_row(record, datetime(2026, 3, 12, 9, 0, tzinfo=timezone.utc), "anna")
    slow = {**fast, "id": uuid.uuid4()}
    with project._db.write_connection() as connection:
        insert_rows(connection, [{**fast, "seq": 1001}])
        connection.execute(insert(Note.__table__), [{**slow, "seq": 1002}])
    # then
    with sqlite3.connect(project.path) as raw:
        stored = {seq: row for seq, *row in raw.execute("SELECT seq, * FROM note WHERE seq IN (1001, 1002)")}
    assert stored[1001][0] == fast["id"].hex and stored[1002][0] == slow["id"].hex
    assert stored[1001][2:] == stored[1002][2:]  # all but id and seq
    assert stored[1001][11] == "2026-03-12 09:15:00.000007"
    assert project.notes.get(fast["id"]).created_at == record["created_at"]
    assert [hit.id for hit in project.search.search("glesbygd")] == [fast["id"]]  # the Core insert has no index entry
