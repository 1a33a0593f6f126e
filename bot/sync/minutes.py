"""Published minutes, item by item, through the minutes reader: proposals for the officer to accept, edit or skip."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from bot.minutes import ProposedMatter, read_minutes
from bot.replies import plural, short_day
from bot.sync.notes import OFFICER, Note
from bot.sync.remote import RemoteMeeting


def minutes_proposals(remote: RemoteMeeting, meeting_day: date, programme: Sequence[date]) -> tuple[ProposedMatter, ...]:
    """Each agenda item's minutes read as `scrutiny-bot minutes` reads a file, under the item's own heading."""
    found: list[ProposedMatter] = []
    for n, item in enumerate((i for i in remote.items if i.minutes.strip()), 1):
        reading = read_minutes(f"{n}. {item.title}\n{item.minutes}", meeting_day, programme)
        found += [p if p.item else replace(p, item=item.title) for p in reading.proposals]
    return tuple(found)


def minutes_note(panel_id: int, panel_name: str, remote: RemoteMeeting, meeting_day: date,
                 proposals: tuple[ProposedMatter, ...]) -> Note:
    if proposals:
        text = (f"The minutes of the {short_day(meeting_day)} meeting of the {panel_name} are published in ModernGov: "
                f"{plural(len(proposals), 'proposed outstanding matter')} to accept, edit or skip.")
    else:
        text = (f"The minutes of the {short_day(meeting_day)} meeting of the {panel_name} are published in ModernGov; "
                "I found nothing in them that has to come back.")
    return Note(f"{panel_id}:{remote.id}:minutes", text, OFFICER, proposals)
