"""Comparing two stores' programmes: meetings, and items with their kind, leads and timing (and all details with full)."""
from __future__ import annotations


def programme(store, panel_name: str, full: bool = False) -> dict:
    panel = store.panel_named(panel_name)
    meetings = [(m.date, m.agenda_published) + ((m.time, m.venue, m.status) if full else ())
                for m in store.meetings(panel.id)]
    items = [(i.meeting_date.isoformat() if i.meeting_date else "", i.kind, i.title, i.leads, i.window, i.frequency,
              i.months) + ((i.notes, i.priority, i.requested_by, i.last_reported) if full else ())
             for i in store.items(panel.id)]
    return {"meetings": meetings, "items": sorted(items)}
