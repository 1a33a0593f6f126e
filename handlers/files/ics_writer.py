"""iCalendar feeds: a panel's meetings and report deadlines, or one person's meetings and deadlines ("my deadlines").

A cancelled meeting stays in the feed as STATUS:CANCELLED with a higher SEQUENCE, so a subscribed calendar removes
it rather than keeping a ghost; UIDs carry the installation's id, so two councils' feeds never collide."""
from __future__ import annotations

from datetime import datetime, timedelta

from icalendar import Calendar, Event, Timezone

from bot.days.deadlines import LONDON, report_deadline
from bot.models import Item, Matter, Meeting, Panel

PRODID = "-//scrutiny-bot//work programme//EN"
SITTING_ROLES = frozenset({"chair", "vice-chair", "scrutiny-officer", "member"})
# Europe/London since 1996 (EU summer time rules): two rules instead of a century of transitions.
LONDON_VTIMEZONE = """BEGIN:VTIMEZONE
TZID:Europe/London
BEGIN:DAYLIGHT
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
TZNAME:BST
DTSTART:19700329T010000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
TZNAME:GMT
DTSTART:19701025T020000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE
"""


class Feed:
    """A calendar being built: the installation's id for UIDs and each meeting's revision count for SEQUENCE."""

    def __init__(self, name: str, install: str, now: datetime, revisions: dict[int, int] | None = None):
        self.install, self.now, self.revisions = install, now, revisions or {}
        self.cal = Calendar()
        for key, value in (("prodid", PRODID), ("version", "2.0"), ("calscale", "GREGORIAN"), ("method", "PUBLISH"),
                           ("x-wr-calname", name), ("x-wr-timezone", "Europe/London")):
            self.cal.add(key, value)
        self.cal.add_component(Timezone.from_ical(LONDON_VTIMEZONE))

    def uid(self, what: str) -> str:
        return f"{what}.{self.install}@scrutiny-bot"

    def meeting(self, panel: Panel, meeting: Meeting, description: str, summary: str = "") -> None:
        event = self._event(self.uid(f"meeting-{meeting.id}"), summary or panel.name, meeting)
        if meeting.time:
            start = datetime.combine(meeting.date, meeting.time, LONDON)
            event.add("dtstart", start)
            event.add("dtend", start + timedelta(hours=2))
        else:
            event.add("dtstart", meeting.date)
            event.add("dtend", meeting.date + timedelta(days=1))
        if meeting.venue:
            event.add("location", meeting.venue)
        if meeting.status == "provisional":
            event.add("status", "TENTATIVE")
        event.add("description", description or "No items yet.")
        self.cal.add_component(event)

    def moment(self, uid: str, summary: str, at: datetime, description: str, meeting: Meeting | None = None) -> None:
        event = self._event(self.uid(uid), summary, meeting)
        event.add("dtstart", at.astimezone(LONDON))
        event.add("dtend", at.astimezone(LONDON) + timedelta(minutes=30))
        event.add("description", description)
        self.cal.add_component(event)

    def day(self, uid: str, summary: str, on, description: str) -> None:
        event = self._event(self.uid(uid), summary, None)
        event.add("dtstart", on)
        event.add("dtend", on + timedelta(days=1))
        event.add("description", description)
        self.cal.add_component(event)

    def to_ical(self) -> bytes:
        return self.cal.to_ical()

    def _event(self, uid: str, summary: str, meeting: Meeting | None) -> Event:
        event = Event()
        event.add("uid", uid)
        event.add("dtstamp", self.now)
        cancelled = meeting is not None and meeting.status == "cancelled"
        event.add("summary", f"Cancelled: {summary}" if cancelled else summary)
        sequence = self.revisions.get(meeting.id, 0) if meeting else 0
        event.add("sequence", max(sequence, 1) if cancelled else sequence)
        if cancelled:
            event.add("status", "CANCELLED")
        return event


def panel_calendar(panel: Panel, meetings: list[Meeting], items: list[Item], now: datetime, install: str,
                   revisions: dict[int, int] | None = None) -> bytes:
    """Each meeting (with its items in the description) and the moment its reports are due; cancelled ones marked."""
    feed = Feed(panel.name, install, now, revisions)
    for meeting in meetings:
        titles = "\n".join(f"- {i.title} ({', '.join(i.leads) or 'lead not named'})" for i in items
                           if i.meeting_id == meeting.id and i.status != "withdrawn")
        feed.meeting(panel, meeting, "Meeting cancelled." if meeting.status == "cancelled" else titles)
        feed.moment(f"deadline-{meeting.id}", f"Reports due: {panel.name} {meeting.date:%d %B %Y}",
                    report_deadline(meeting, panel.rule), "Final reports for the meeting are due now.\n" + titles, meeting)
    return feed.to_ical()


def person_calendar(name: str, entries: list[tuple[Panel, Meeting, Item]], matters: list[tuple[Panel, Matter]],
                    now: datetime, install: str, revisions: dict[int, int] | None = None,
                    sitting: list[tuple[Panel, Meeting]] = ()) -> bytes:
    """A person's diary: meetings they present at or sit on, each report's deadline, and matters they owe."""
    feed = Feed(f"{name}: meetings and report deadlines", install, now, revisions)
    presenting: dict[int, tuple[Panel, Meeting, list[str]]] = {}
    for panel, meeting, item in entries:
        presenting.setdefault(meeting.id, (panel, meeting, []))[2].append(item.title)
        if meeting.status != "cancelled" and item.status in ("planned", "deferred"):
            feed.moment(f"item-{item.id}-deadline", f"Report due: {item.title}", report_deadline(meeting, panel.rule),
                        f"For {panel.name} on {meeting.date:%A %d %B %Y}.")
    for panel, meeting, titles in presenting.values():
        feed.meeting(panel, meeting, "You present:\n" + "\n".join(f"- {t}" for t in titles),
                     summary=f"{panel.name} (presenting)")
    for panel, meeting in sitting:
        if meeting.id not in presenting:
            feed.meeting(panel, meeting, "A meeting of a panel you sit on.")
    for panel, matter in matters:
        if matter.due and matter.status == "open":
            feed.day(f"matter-{matter.id}", f"Outstanding matter due: {matter.subject}", matter.due,
                     f"{panel.name}; raised {matter.raised_on or 'at a past meeting'}.")
    return feed.to_ical()


def panel_feed(store, panel: Panel, now: datetime) -> bytes:
    return panel_calendar(panel, store.meetings(panel.id), store.items(panel.id), now, store.installation_id(),
                          store.meeting_revisions(panel.id))


def person_feed(store, person, panels: list[Panel], now: datetime) -> bytes:
    """Meetings where the person presents a report still to come, its deadline, and open matters they owe."""
    wanted = {p.id for p in panels}
    entries = [(store.panel(i.panel_id), store.meeting(i.meeting_id), i) for i in store.items_led_by(person.id)
               if i.meeting_id and i.panel_id in wanted and i.status in ("planned", "deferred", "submitted")]
    matters = [(p, m) for p in panels for m in store.matters(p.id) if m.lead_id == person.id]
    revisions = {k: v for p in panels for k, v in store.meeting_revisions(p.id).items()}
    sitting = [(p, m) for p in panels if person.roles_on(p.id) & SITTING_ROLES for m in store.meetings(p.id)]
    return person_calendar(person.name, entries, matters, now, store.installation_id(), revisions, sitting)
