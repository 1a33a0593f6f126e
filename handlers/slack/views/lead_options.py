"""The lead menus' type-to-search: the people whose names match what is typed (Slack shows at most 100)."""
from __future__ import annotations

from handlers.slack.reading import ack_reader, snapshot
from handlers.slack.views.item_modal import LEAD_ACTION, option

MAX_OPTIONS = 100  # Slack's limit for one options response


def register(app, deps) -> None:
    reader = ack_reader(deps)

    @app.options(LEAD_ACTION)
    def load(ack, body, payload):  # answered in the ack itself: a snapshot read, never a Slack call or deps.lock
        user = (body.get("user") or {}).get("id")
        with snapshot(deps, reader) as store:
            asker = store.person_by_slack(user) if user else None
            # only those who can open the modals get the directory
            people = store.people() if asker is not None and asker.can_edit(None) else []
        ack(options=matching(people, payload.get("value") or "") if people else [])


def matching(people, typed: str) -> list[dict]:
    """Names that start with the typed words first, then names that contain them; case and spacing ignored."""
    words = typed.lower().split()[:5]
    hits = [p for p in people if all(w in p.name.lower() for w in words)]
    hits.sort(key=lambda p: (not p.name.lower().startswith(words[0]) if words else False, p.name.lower()))
    return [option(p.name, str(p.id)) for p in hits[:MAX_OPTIONS]]
