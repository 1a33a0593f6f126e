"""Comparing two stores' programmes: meetings, and items with their kind, leads and timing."""
from __future__ import annotations


def programme(store, panel_name: str) -> dict:
    panel = store.panel_named(panel_name)
    return {
        "meetings": [(m.date, m.agenda_published) for m in store.meetings(panel.id)],
        "items": sorted((i.meeting_date.isoformat() if i.meeting_date else "", i.kind, i.title, i.leads, i.window,
                         i.frequency, i.months) for i in store.items(panel.id)),
    }
