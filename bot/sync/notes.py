"""What a sync tells people: one note per change, each with a key so it is said once, ever."""
from __future__ import annotations

from dataclasses import dataclass

from bot.models import Meeting
from bot.replies import short_day

ACTOR = "ModernGov sync"  # who the audit log says made a sync's changes
PANEL, OFFICER = "panel", "officer"  # the panel's channel and its scrutiny officer; the officer only


@dataclass(frozen=True)
class Note:
    key: str
    text: str
    audience: str = PANEL
    proposals: tuple = ()  # bot.minutes.ProposedMatter, offered for Accept / Edit / Skip


def missing_notes(panel_id: int, meetings: list[Meeting], site: str) -> list[Note]:
    """Meetings the bot has and ModernGov does not list: left alone, and the officer told once for each."""
    return [Note(f"{panel_id}:missing:{m.id}:{m.date.isoformat()}",
                 f"The {short_day(m.date)} meeting is on the bot's programme but not in ModernGov ({site}); "
                 "I have left it as it is.", OFFICER) for m in meetings]


def names(titles, limit: int = 8) -> str:
    """'A, B and C' (and 'and N more' past `limit`)."""
    titles = list(titles)
    shown = titles[:limit] + ([f"{len(titles) - limit} more"] if len(titles) > limit else [])
    return shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + " and " + shown[-1]
