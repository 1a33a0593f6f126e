"""Gather what one person's App Home shows, and publish it."""
from __future__ import annotations

from bot.deadlines import LONDON, report_deadline
from bot.models import Person
from handlers.slack.home.view import PanelHome, Report, home_view
from handlers.slack.identity import person_for

MAX_PANELS = 5


def publish_home(deps, client, user_id: str) -> dict:
    person = person_for(deps, client, user_id)
    with deps.lock:
        view = build_home(deps.store, person, deps.clock())
    client.views_publish(user_id=user_id, view=view)
    return view


def build_home(store, person: Person | None, now) -> dict:
    today = now.astimezone(LONDON).date()
    panels = store.panels()
    mine = {p for p, _ in person.roles} if person else set()
    shown = [p for p in panels if p.id in mine] or panels
    homes = [panel_home(store, panel, person, today) for panel in shown[:MAX_PANELS]]
    reports = my_reports(store, person, today) if person else []
    actions = [m for p in panels for m in store.matters(p.id) if person and m.lead_id == person.id]
    return home_view(person, homes, reports, actions)


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
