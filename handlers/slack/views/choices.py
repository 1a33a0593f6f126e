"""What the modals offer: the panels a person may edit with their coming meetings, and the people to pick as lead."""
from __future__ import annotations

from bot.days.deadlines import LONDON
from bot.models import Person

MAX_MEETINGS = 12


def meeting_choices(store, person: Person | None, now, panel_id: int | None = None) -> list[tuple]:
    """[(panel, [coming meetings])] for the panels `person` may edit (just `panel_id` when given)."""
    today = now.astimezone(LONDON).date()
    out = []
    for panel in store.panels():
        if (panel_id is not None and panel.id != panel_id) or not (person and person.can_edit(panel.id)):
            continue
        out.append((panel, store.meetings(panel.id, start=today, include_cancelled=False)[:MAX_MEETINGS]))
    return out


def people_choices(store) -> list[Person]:
    """Everyone; the lead menus search them as you type (lead_options.py), so none is out of reach."""
    return list(store.people())
