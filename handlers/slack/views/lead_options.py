"""The lead menus' type-to-search: the people whose names match what is typed (Slack shows at most 100)."""
from __future__ import annotations

from handlers.slack.identity import known_person
from handlers.slack.views.item_modal import LEAD_ACTION, option

MAX_OPTIONS = 100  # Slack's limit for one options response


def register(app, deps) -> None:
    @app.options(LEAD_ACTION)
    def load(ack, body, payload):  # answered in the ack itself: a store read, never a Slack call
        asker = known_person(deps, (body.get("user") or {}).get("id"))
        if asker is None or not asker.can_edit(None):  # only those who can open the modals get the directory
            ack(options=[])
            return
        with deps.lock:
            people = deps.store.people()
        ack(options=matching(people, payload.get("value") or ""))


def matching(people, typed: str) -> list[dict]:
    """Names that start with the typed words first, then names that contain them; case and spacing ignored."""
    words = typed.lower().split()[:5]
    hits = [p for p in people if all(w in p.name.lower() for w in words)]
    hits.sort(key=lambda p: (not p.name.lower().startswith(words[0]) if words else False, p.name.lower()))
    return [option(p.name, str(p.id)) for p in hits[:MAX_OPTIONS]]
