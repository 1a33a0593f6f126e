"""The public page in HTTP mode: GET /programme/<slug> answers a published panel's page, /programme/<slug>.ics its feed."""
from __future__ import annotations

import re
from datetime import UTC, datetime

from bot.days.deadlines import LONDON
from handlers.files.html_writer import render_panel_page
from handlers.files.ics_writer import panel_feed
from handlers.files.programme_data import view_for

PREFIX = "/programme/"
PAGE_PATH = re.compile(r"^/programme/(?P<slug>[a-z0-9-]{1,70})(?P<ics>\.ics)?$")
HTML = "text/html; charset=utf-8"
CALENDAR = "text/calendar; charset=utf-8"
NOT_FOUND = (404, "text/plain; charset=utf-8", b"not found")


def page_path(slug: str) -> str:
    return f"{PREFIX}{slug}"


def page_response(store, path: str, now: datetime) -> tuple[int, str, bytes] | None:
    """(status, content type, body) for a /programme/ path, or None when the path is someone else's to answer.

    A panel's page answers only while the scrutiny officer has published it (`scrutiny-bot publish`)."""
    path = path.split("?")[0]
    if not path.startswith(PREFIX):
        return None
    m = PAGE_PATH.match(path)
    panel = store.published_panel(m.group("slug")) if m else None
    if panel is None:
        return NOT_FOUND
    if m.group("ics"):
        return 200, CALENDAR, panel_feed(store, panel, now.astimezone(UTC))
    today = now.astimezone(LONDON).date()
    view = view_for(store, panel, as_at=today, since=today)
    return 200, HTML, render_panel_page(view, f"{m.group('slug')}.ics").encode("utf-8")
