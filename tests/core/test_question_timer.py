"""The question timer: calm, amber near the planned time, red when over."""

from datetime import datetime, timedelta, timezone

import pytest

from dialog_app.core.question_timer import TimerLevel, timer_state

START = datetime(2026, 3, 18, 13, 0, tzinfo=timezone.utc)


@pytest.mark.parametrize(
    ("minutes_in", "planned", "text", "level"),
    [
        (0, 20, "00:00 / 20:00", TimerLevel.CALM),
        (15.5, 20, "15:30 / 20:00", TimerLevel.CALM),
        (16, 20, "16:00 / 20:00", TimerLevel.AMBER),
        (20, 20, "20:00 / 20:00", TimerLevel.AMBER),
        (20.02, 20, "20:01 / 20:00", TimerLevel.RED),
        (75, None, "1:15:00", TimerLevel.CALM),
    ],
)
def test_the_timer_reads_and_warns(minutes_in, planned, text, level):
    state = timer_state(START, planned, START + timedelta(minutes=minutes_in))
    assert (state.text, state.level) == (text, level)


def test_a_question_not_started_reads_zero():
    assert timer_state(None, 10, START).text == "00:00 / 10:00"
