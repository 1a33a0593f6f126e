"""iCalendar feeds: a panel's meetings and report deadlines, or one person's deadlines ("my deadlines")."""
from __future__ import annotations

from datetime import datetime, timedelta

from icalendar import Calendar, Event

from bot.deadlines import LONDON, report_deadline
from bot.models import Item, Matter, Meeting, Panel

PRODID = "-//scrutiny-bot//work programme//EN"


def panel_calendar(panel: Panel, meetings: list[Meeting], items: list[Item], now: datetime) -> bytes:
    """Each meeting (with its items in the description) and the moment its reports are due."""
    cal = _calendar(f"{panel.name}")
    for meeting in meetings:
        if meeting.status == "cancelled":
            continue
        titles = [f"- {i.title} ({', '.join(i.leads) or 'lead not named'})" for i in items if i.meeting_id == meeting.id]
        cal.add_component(_meeting_event(panel, meeting, "\n".join(titles), now))
        due = report_deadline(meeting, panel.rule)
        cal.add_component(_moment(f"deadline-{meeting.id}@scrutiny-bot", f"Reports due: {panel.name} "
                                  f"{meeting.date:%d %B %Y}", due, now,
                                  "Final reports for the meeting are due now.\n" + "\n".join(titles)))
    return _finish(cal)


def person_calendar(name: str, entries: list[tuple[Panel, Meeting, Item]], matters: list[tuple[Panel, Matter]],
                    now: datetime) -> bytes:
    """A report author's deadlines: each report they lead, due by the panel's rule, and matters they owe."""
    cal = _calendar(f"{name}: report deadlines")
    for panel, meeting, item in entries:
        due = report_deadline(meeting, panel.rule)
        cal.add_component(_moment(f"item-{item.id}-deadline@scrutiny-bot", f"Report due: {item.title}", due, now,
                                  f"For {panel.name} on {meeting.date:%A %d %B %Y}."))
    for panel, matter in matters:
        if matter.due and matter.status == "open":
            event = _base(f"matter-{matter.id}@scrutiny-bot", f"Outstanding matter due: {matter.subject}", now)
            event.add("dtstart", matter.due)
            event.add("dtend", matter.due + timedelta(days=1))
            event.add("description", f"{panel.name}; raised {matter.raised_on or 'at a past meeting'}.")
            cal.add_component(event)
    return _finish(cal)


def _finish(cal: Calendar) -> bytes:
    """Calendar clients need the Europe/London VTIMEZONE that the TZID parameters refer to."""
    cal.add_missing_timezones()
    return cal.to_ical()


def _calendar(name: str) -> Calendar:
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", "Europe/London")
    return cal


def _base(uid: str, summary: str, now: datetime) -> Event:
    event = Event()
    event.add("uid", uid)
    event.add("summary", summary)
    event.add("dtstamp", now)
    return event


def _meeting_event(panel: Panel, meeting: Meeting, description: str, now: datetime) -> Event:
    event = _base(f"meeting-{meeting.id}@scrutiny-bot", panel.name, now)
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
    return event


def _moment(uid: str, summary: str, at: datetime, now: datetime, description: str) -> Event:
    event = _base(uid, summary, now)
    event.add("dtstart", at)
    event.add("dtend", at + timedelta(minutes=30))
    event.add("description", description)
    return event



def panel_feed(store, panel: Panel, now: datetime) -> bytes:
    return panel_calendar(panel, store.meetings(panel.id), store.items(panel.id), now)


def person_feed(store, person, panels: list[Panel], now: datetime) -> bytes:
    """Reports a person leads that are still awaited, on meetings of `panels`, and open matters they owe."""
    wanted = {p.id for p in panels}
    entries = [(store.panel(i.panel_id), store.meeting(i.meeting_id), i) for i in store.items_led_by(person.id)
               if i.meeting_id and i.panel_id in wanted and i.status in ("planned", "deferred")]
    matters = [(p, m) for p in panels for m in store.matters(p.id) if m.lead_id == person.id]
    return person_calendar(person.name, entries, matters, now)
