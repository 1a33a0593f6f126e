"""A published agenda against the programme: its date, which items it carries, and what is on it but not planned."""
from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz, utils

from bot import changes as ch
from bot.models import Item, Meeting
from bot.replies import plural, short_day
from bot.sync.notes import OFFICER, Note, names
from bot.sync.remote import AgendaItem, RemoteMeeting

MATCH = 86  # WRatio of processed titles; an item already at this meeting gets a small head start
HERE_BONUS = 4
SIMILAR = 60  # token_sort_ratio below which a partial match does not count
# Business every meeting has: never a programme item, never worth listing as missing from the programme.
_PROCEDURAL = re.compile(
    r"^\W*(?:apologies|declarations?|(?:the\s+)?minutes|notes? of the (?:last|previous)|urgent|exclusion|"
    r"(?:date|time|dates) (?:and time )?of (?:the )?(?:next|future)|welcome|introductions?|chair'?s?\b|"
    r"any other business|aob\b|public (?:questions|participation|speaking)|questions from|appointment of|"
    r"election of|membership|terms of reference|matters arising|substitut|webcast|fire evacuation|housekeeping|"
    r"interests\b|work programme|forward plan)", re.I)
_LEAD_IN = re.compile(r"^\W*(?:report (?:on|of)|update on|an? update on|presentation on)\s+", re.I)


@dataclass(frozen=True)
class AgendaMatch:
    agenda: AgendaItem
    item: Item
    score: float


def business(agenda: tuple[AgendaItem, ...]) -> list[AgendaItem]:
    return [a for a in agenda if a.title.strip() and not _PROCEDURAL.match(a.title)]


def match_agenda(agenda: tuple[AgendaItem, ...], items: list[Item],
                 meeting_id: int | None) -> tuple[list[AgendaMatch], list[AgendaItem]]:
    """Each substantive agenda item with the programme item it is (best pairs first, each used once), and the rest."""
    live = [i for i in items if i.status != "withdrawn"]
    keys = {i.id: _key(i.title) for i in live}
    pairs = []
    for a in business(agenda):
        wanted = _key(a.title)
        for i in live:
            whole = fuzz.token_sort_ratio(wanted, keys[i.id], processor=None)
            # WRatio forgives a shorter title inside a longer one, but 'Update' is not every '... Update'.
            score = max(whole, fuzz.WRatio(wanted, keys[i.id], processor=None)) if whole >= SIMILAR else whole
            if score >= MATCH:
                pairs.append((score + (HERE_BONUS if i.meeting_id == meeting_id else 0), a, i))
    matched: list[AgendaMatch] = []
    used_agenda, used_items = set(), set()
    for score, a, i in sorted(pairs, key=lambda p: -p[0]):
        if id(a) in used_agenda or i.id in used_items:
            continue
        used_agenda.add(id(a))
        used_items.add(i.id)
        matched.append(AgendaMatch(a, i, score))
    unmatched = [a for a in business(agenda) if id(a) not in used_agenda]
    return matched, unmatched


def plan_agenda(panel_id: int, meeting: Meeting, remote: RemoteMeeting, items: list[Item]) -> tuple[tuple, Note]:
    """(changes, note): the publication date recorded, matched items put on this meeting, the rest listed."""
    # An item already considered elsewhere keeps its history: a new agenda brings in only what is still to come.
    items = [i for i in items if i.meeting_id == meeting.id or i.status not in ("considered", "withdrawn")]
    matched, unmatched = match_agenda(remote.items, items, meeting.id)
    changes: list = []
    published = remote.publication()
    if published and published < meeting.date and published != meeting.agenda_published:
        changes.append(ch.SetMeetingDates(meeting.id, agenda_published=published))
    changes += [ch.MoveItem(m.item.id, meeting.id) for m in matched if m.item.meeting_id != meeting.id]
    when = f" on {short_day(published)}" if published else ""
    text = f"The agenda for the {short_day(meeting.date)} meeting was published in ModernGov{when}."
    if matched:
        text += f" {plural(len(matched), 'programme item')} on it: {names(m.item.title for m in matched)}."
    if unmatched:
        text += f" On the agenda but not on the programme: {names(a.title for a in unmatched)}."
    return tuple(changes), Note(f"{panel_id}:{remote.id}:agenda", text, OFFICER)


def plan_considered(panel_id: int, meeting: Meeting, remote: RemoteMeeting, items: list[Item]) -> tuple[tuple, Note | None]:
    """After the meeting: the agenda's programme items marked considered there (their date of last report)."""
    matched, _ = match_agenda(remote.items, [i for i in items if i.meeting_id == meeting.id], meeting.id)
    done = [m.item for m in matched if m.item.status in ("planned", "submitted")]
    if not done:
        return (), None
    text = (f"Marked considered at the {short_day(meeting.date)} meeting (from its ModernGov agenda): "
            f"{names(i.title for i in done)}.")
    return tuple(ch.SetItemStatus(i.id, "considered") for i in done), Note(f"{panel_id}:{remote.id}:considered", text, OFFICER)


def _key(title: str) -> str:
    return utils.default_process(_LEAD_IN.sub("", title))
