"""The outstanding matter modal submitted: errors back into the modal at once; a valid form is saved after the ack."""
from __future__ import annotations

import json

from bot.days.deadlines import LONDON
from handlers.slack.blocks import message_text
from handlers.slack.home.publish import publish_home
from handlers.slack.identity import person_for
from handlers.slack.lazy import register_lazy
from handlers.slack.outbox import send
from handlers.slack.views.matter_modal import CALLBACK, check_matter, matter_change, read_matter_form
from handlers.slack.views.validation import validator


def register(app, deps) -> None:
    def checked(store, body, client, ack_path: bool = False):
        """(meta, person, form, today, errors) for this submission, read from `store` (a snapshot on the ack path)."""
        view = body["view"]
        meta = json.loads(view.get("private_metadata") or "{}")
        # Opening the modal linked them (person_for), so on the ack path the store alone knows them: no Slack call
        user = body["user"]["id"]
        person = store.person_by_slack(user) if ack_path else person_for(deps, client, user)
        form = read_matter_form(view["state"]["values"])
        today = deps.clock().astimezone(LONDON).date()
        return meta, person, form, today, check_matter(store, person, meta["panel_id"], form, today)

    validate = validator(deps, checked)

    def save(body, client, respond):
        with deps.lock:
            meta, person, form, today, errors = checked(deps.store, body, client)
            if errors:  # shown in the modal by validate(); it stays open
                return
            deps.store.apply([matter_change(deps.store, meta["panel_id"], form, today)], actor=person.name)
        user = body["user"]["id"]
        send(deps, client, user, user, {"text": message_text(f"Added the outstanding matter *{form.subject}*.")})
        if meta.get("home"):
            publish_home(deps, client, user)

    register_lazy(app, app.view(CALLBACK), save, on_ack=validate)
