"""Calendar feeds in HTTP mode: GET /feeds/<token>.ics answers a panel's or a person's iCalendar, by token only."""
from __future__ import annotations

import re
from datetime import UTC

from handlers.files.ics_writer import panel_feed, person_feed

FEED_PATH = re.compile(r"^/feeds/(?P<token>[A-Za-z0-9_-]{20,64})\.ics$")
CALENDAR = {"Content-Type": "text/calendar; charset=utf-8", "Cache-Control": "private, max-age=300"}
NOT_FOUND = (404, {"Content-Type": "text/plain"}, b"not found")


def feed_response(deps, path: str) -> tuple[int, dict, bytes] | None:
    """(status, headers, body) for a feed path, or None when the path is not a feed's (someone else answers it)."""
    m = FEED_PATH.match(path.split("?")[0])
    if not path.startswith("/feeds/"):
        return None
    if not m:
        return NOT_FOUND
    with deps.lock:
        store = deps.store
        found = store.feed_by_token(m.group("token"))
        if found is None:
            return NOT_FOUND
        panel_id, person_id = found
        now = deps.clock().astimezone(UTC)
        if person_id is not None:
            person = store.person(person_id)
            data = person_feed(store, person, store.panels(), now) if person else None
        else:
            panel = store.panel(panel_id)
            data = panel_feed(store, panel, now) if panel else None
    return (200, CALENDAR, data) if data else NOT_FOUND
