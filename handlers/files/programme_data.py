"""Gathering one panel's programme from the store into the view the Word, HTML and calendar writers share."""
from __future__ import annotations

from datetime import date

from bot.days.deadlines import publication_of
from bot.models import Panel
from bot.programme.view import ProgrammeView, build_view


def view_for(store, panel: Panel, as_at: date | None = None, draft: bool = False,
             since: date | None = None) -> ProgrammeView:
    meetings = store.meetings(panel.id)
    published = {m.id: publication_of(m) for m in meetings}
    return build_view(panel, meetings, store.items(panel.id), published, store.people(), as_at=as_at, draft=draft,
                      since=since)
