"""How long the current question has run against its plan, and whether to warn: one rule for the
facilitator's screen and the projector."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

AMBER_AT = 0.8  # share of the planned time after which the timer turns amber


class TimerLevel(StrEnum):
    CALM = "calm"
    AMBER = "amber"  # nearing the planned time
    RED = "red"  # over it


@dataclass(frozen=True)
class TimerState:
    elapsed_seconds: int
    planned_seconds: int | None
    level: TimerLevel

    @property
    def text(self) -> str:
        """"12:05 / 20:00", or just "12:05" when no time was planned."""
        elapsed = _clock(self.elapsed_seconds)
        return f"{elapsed} / {_clock(self.planned_seconds)}" if self.planned_seconds else elapsed


def timer_state(started_at: datetime | None, planned_minutes: int | None, now: datetime) -> TimerState:
    elapsed = max(0, int((now - started_at).total_seconds())) if started_at else 0
    planned = planned_minutes * 60 if planned_minutes else None
    level = TimerLevel.CALM
    if planned:
        if elapsed > planned:
            level = TimerLevel.RED
        elif elapsed >= planned * AMBER_AT:
            level = TimerLevel.AMBER
    return TimerState(elapsed, planned, level)


def _clock(seconds: int) -> str:
    minutes, seconds = divmod(seconds, 60)
    return f"{minutes:02d}:{seconds:02d}" if minutes < 60 else f"{minutes // 60}:{minutes % 60:02d}:{seconds:02d}"
