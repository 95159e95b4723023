"""Times and votes as survey tools and people write them in a cell, and what is not guessed at."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from dialog_app.io.imports.table_cells import parse_time, parse_votes

STOCKHOLM = ZoneInfo("Europe/Stockholm")


@pytest.mark.parametrize(("cell", "moment"), [
    ("2024-03-05T14:03:22", datetime(2024, 3, 5, 14, 3, 22, tzinfo=STOCKHOLM)),
    ("2024-03-05 14:03:22", datetime(2024, 3, 5, 14, 3, 22, tzinfo=STOCKHOLM)),  # Excel's dates, as text
    (" 2024-03-05 ", datetime(2024, 3, 5, tzinfo=STOCKHOLM)),
    ("2024-07-05 14.03", datetime(2024, 7, 5, 14, 3, tzinfo=STOCKHOLM)),  # summer time
    ("2024-03-05 kl. 14.03", datetime(2024, 3, 5, 14, 3, tzinfo=STOCKHOLM)),
    ("3/5/2024 14:03:22", datetime(2024, 3, 5, 14, 3, 22, tzinfo=STOCKHOLM)),  # Forms in English: month first
    ("3/5/2024 2:03:22 PM", datetime(2024, 3, 5, 14, 3, 22, tzinfo=STOCKHOLM)),
    ("12/31/2024 12:00:00 AM", datetime(2024, 12, 31, 0, 0, tzinfo=STOCKHOLM)),
    ("2024/03/05 2:03:22 PM GMT+1", datetime(2024, 3, 5, 14, 3, 22, tzinfo=timezone(timedelta(hours=1)))),
    ("2024/03/05 9:03:22 AM EET", datetime(2024, 3, 5, 9, 3, 22, tzinfo=timezone(timedelta(hours=2)))),
    ("2024-03-05T13:03:22Z", datetime(2024, 3, 5, 13, 3, 22, tzinfo=timezone.utc)),
    ("2024-03-05T14:03:22.250+01:00", datetime(2024, 3, 5, 14, 3, 22, 250_000, tzinfo=timezone(timedelta(hours=1)))),
])
def test_times_as_they_are_written_are_read_as_aware_moments(cell, moment):
    found = parse_time(cell)
    assert found == moment and found.utcoffset() == moment.utcoffset()


@pytest.mark.parametrize("cell", ["igår", "13/13/2024", "2024-02-30 10:00", "5.3.2024", "3/5/2024 13:00 PM",
                                  "14:03", "2024-03-05 25:00"])
def test_what_is_no_time_is_not_guessed_at(cell):
    assert parse_time(cell) is None


@pytest.mark.parametrize(("cell", "votes"), [("", 0), ("  ", 0), ("3", 3), ("3.0", 3), ("1 000", 1000),
                                             ("+2", 2), ("-1", None), ("2,5", None), ("tre", None)])
def test_votes_are_whole_numbers_of_zero_or_more(cell, votes):
    assert parse_votes(cell) == votes
