"""The add / edit item modal submitted: errors go back into the modal at once; a valid form is saved after the ack."""
from __future__ import annotations

import json

from bot.days.deadlines import LONDON
from handlers.slack.blocks import message_text
from handlers.slack.home.publish import publish_home
from handlers.slack.identity import person_for
from handlers.slack.lazy import register_lazy
from handlers.slack.outbox import send
from handlers.slack.views.item_form import check_item, item_changes, read_item_form
from handlers.slack.views.item_modal import CALLBACK
from handlers.slack.views.validation import validator


def register(app, deps) -> None:
    def checked(store, body, client, ack_path: bool = False):
        """(meta, person, form, item, errors) for this submission, read from `store` (a snapshot on the ack path)."""
        view = body["view"]
        meta = json.loads(view.get("private_metadata") or "{}")
        # Opening the modal linked them (person_for), so on the ack path the store alone knows them: no Slack call
        user = body["user"]["id"]
        person = store.person_by_slack(user) if ack_path else person_for(deps, client, user)
        form = read_item_form(view["state"]["values"])
        item = store.item(meta["item_id"]) if meta.get("item_id") else None
        return meta, person, form, item, check_item(store, person, form, deps.clock().astimezone(LONDON).date(), item)

    validate = validator(deps, checked)

    def save(body, client, respond):
        with deps.lock:
            meta, person, form, item, errors = checked(deps.store, body, client)
            if errors:  # shown in the modal by validate(); it stays open
                return
            deps.store.apply(item_changes(deps.store, form, item), actor=person.name)
        user = body["user"]["id"]
        said = f"{'Updated' if item else 'Added'} *{form.title}* in the work programme."
        send(deps, client, user, user, {"text": message_text(said)})
        if meta.get("home"):
            publish_home(deps, client, user)

    register_lazy(app, app.view(CALLBACK), save, on_ack=validate)
