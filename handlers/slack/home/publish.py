"""Gather what one person's App Home shows, and publish it."""
from __future__ import annotations

from datetime import datetime

from bot.days.deadlines import LONDON, report_deadline
from bot.models import Person
from handlers.slack.home.view import Late, PanelHome, Report, home_view
from handlers.slack.identity import person_for

OPEN_PANELS = 3  # shown in full; the person's other panels are listed, one line each, and opened on request


def publish_home(deps, client, user_id: str, expand: int | None = None) -> dict:
    person = person_for(deps, client, user_id)
    with deps.lock:
        view = build_home(deps.store, person, deps.clock(), expand)
    client.views_publish(user_id=user_id, view=view)
    return view


def build_home(store, person: Person | None, now, expand: int | None = None) -> dict:
    """Every panel the person belongs to (every panel, for someone the bot does not know yet)."""
    today = now.astimezone(LONDON).date()
    panels = store.panels()
    mine = {p for p, _ in person.roles} if person else set()
    shown = [p for p in panels if p.id in mine] or panels
    opened = [p for p in shown if p.id == expand] or []
    opened += [p for p in shown if p.id != expand][:OPEN_PANELS - len(opened)]
    homes = [panel_home(store, panel, person, today) for panel in opened]
    folded = [(p, store.next_meeting(p.id, today)) for p in shown if p not in opened]
    reports = my_reports(store, person, today) if person else []
    actions = [m for p in panels for m in store.matters(p.id) if person and m.lead_id == person.id]
    return home_view(person, homes, reports, actions, folded, late_reports(store, person, now))


def panel_home(store, panel, person: Person | None, today) -> PanelHome:
    meeting = store.next_meeting(panel.id, today)
    items = tuple(store.items_at(meeting.id)) if meeting else ()
    return PanelHome(panel, meeting, items, tuple(store.matters(panel.id)), bool(person and person.can_edit(panel.id)))


def my_reports(store, person: Person, today) -> list[Report]:
    """Items I lead that are still to come, with the moment each report is due."""
    rules = {p.id: p.rule for p in store.panels()}
    out = []
    for item in store.items_led_by(person.id):
        if item.status in ("considered", "withdrawn") or (item.meeting_date and item.meeting_date < today):
            continue
        meeting = store.meeting(item.meeting_id) if item.meeting_id else None
        out.append(Report(item, report_deadline(meeting, rules[item.panel_id]) if meeting else None))
    return out


def late_reports(store, person: Person | None, now: datetime) -> list[Late]:
    """For a scrutiny officer: reports past their deadline, still awaited, for meetings still to come."""
    if person is None:
        return []
    today = now.astimezone(LONDON).date()
    out = []
    for panel in store.panels():
        if "scrutiny-officer" not in person.roles_on(panel.id):
            continue
        for meeting in store.meetings(panel.id, start=today, include_cancelled=False):
            deadline = report_deadline(meeting, panel.rule)
            if deadline > now:
                break  # meetings come in date order, and so (near enough) do their deadlines
            out += [Late(item, meeting, deadline) for item in store.items_at(meeting.id) if item.status == "planned"]
    return out
