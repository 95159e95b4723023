"""Hand-made ``PersonRecord``s for the register extract's tests: a person registered at two
dialogues and named in notes, a synthesis, a note's earlier version and a setting."""

from __future__ import annotations

import uuid
from datetime import datetime, timezone

from dialog_app.core.person_record import HISTORY, NOTE, SETTING, SYNTHESIS, Mention, PersonRecord, RegisterEntry

UTC = timezone.utc


def spans_of(text: str, *words: str) -> tuple[tuple[int, int], ...]:
    found = []
    for word in words:
        start = text.index(word)
        found.append((start, start + len(word)))
    return tuple(sorted(found))


def asa() -> PersonRecord:
    note = "Enligt Åsa Öberg saknas fiber i byarna. Åsa Öbergs förslag: mötesplatser på biblioteket."
    older = "Åsa Öberg (asa.oberg@kiruna.se) vill ha fler digitala ombud."
    synthesis = "Flera, bland dem Åsa Öberg, efterfrågar stöd på lätt svenska <b>&amp</b>."
    setting = "Kontakt: 070-123 45 67"
    return PersonRecord(
        name="Åsa Öberg",
        searched_for=("Åsa Öberg", "asa.oberg@kiruna.se", "070-123 45 67"),
        register=(
            RegisterEntry(uuid.UUID(int=1), "Dialogmöte i Kiruna", datetime(2026, 10, 14, 9, 0, tzinfo=UTC),
                          "Åsa Öberg", "Kiruna kommun", "Kommun", "Utvecklingsledare", "asa.oberg@kiruna.se",
                          "070-123 45 67", True, "Inbjudan och återkoppling om regional digital strategi"),
            RegisterEntry(uuid.UUID(int=2), "Workshop i Storuman", None, "Åsa Öberg", "", "", "", "", "", False, ""),
        ),
        mentions=(
            Mention(NOTE, "D1-004", "Dialogmöte i Kiruna", datetime(2026, 10, 14, 9, 42, tzinfo=UTC), note,
                    spans_of(note, "Åsa Öberg", "Åsa Öbergs"), uuid.UUID(int=11)),
            Mention(SYNTHESIS, "T3", "Kompetens och stöd", datetime(2026, 11, 2, 13, 5, tzinfo=UTC), synthesis,
                    spans_of(synthesis, "Åsa Öberg"), uuid.UUID(int=12)),
            Mention(HISTORY, "D1-002", "Dialogmöte i Kiruna", datetime(2026, 10, 14, 9, 30, tzinfo=UTC), older,
                    spans_of(older, "Åsa Öberg", "asa.oberg@kiruna.se"), uuid.UUID(int=13)),
            Mention(SETTING, "organiser", "", None, setting, spans_of(setting, "070-123 45 67")),
        ),
        name_decision="mask",
        found_at=datetime(2026, 12, 6, 22, 15, tzinfo=UTC),
    )
