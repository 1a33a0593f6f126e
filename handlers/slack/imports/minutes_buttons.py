"""Accept / Edit / Skip under each proposal from a set of minutes; Edit opens a modal, its Record saves the edit."""
from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

from slack_sdk.webhook import WebhookClient

from handlers.slack.identity import person_for
from handlers.slack.imports.blocks import ACCEPT, EDIT, EDIT_VIEW, SKIP, edit_modal, read_value, settle
from handlers.slack.lazy import register_lazy

EDITORS_ONLY = "Only the chair, vice-chair or scrutiny officer can record outstanding matters."


def register(app, deps) -> None:
    def accept(body, client, respond):
        action = body["actions"][0]
        panel_id, proposal = read_value(action["value"])
        note = _record(deps, client, body["user"]["id"], panel_id, proposal)
        respond(replace_original=True, text=note, blocks=settle(body["message"]["blocks"], action["block_id"], note))

    def skip(body, client, respond):
        action = body["actions"][0]
        _, proposal = read_value(action["value"])
        note = f"Skipped: {proposal.subject}"
        respond(replace_original=True, text=note, blocks=settle(body["message"]["blocks"], action["block_id"], note))

    def edit(body, client, respond):
        action = body["actions"][0]
        meta = {"block": action["block_id"], "url": body.get("response_url", "")}
        client.views_open(trigger_id=body["trigger_id"], view=edit_modal(action["value"], meta))

    def check(ack, body, client):
        """The subject is required: an empty one goes back into the modal with the ack, before any Slack call."""
        if _subject(body["view"]):
            ack()
        else:
            ack(response_action="errors", errors={"subject": "Say what the panel asked to come back."})

    def submitted(body, client, respond):
        view = body["view"]
        subject = _subject(view)
        if not subject:  # told in the modal by check()
            return
        meta = json.loads(view["private_metadata"])
        values = view["state"]["values"]
        panel_id, proposal = read_value(meta["value"])
        due = (values.get("due", {}).get("value") or {}).get("selected_date")
        lead = ((values.get("lead", {}).get("value") or {}).get("value") or "").strip()
        edited = replace(proposal, subject=subject, lead=lead, due=date.fromisoformat(due) if due else None,
                         due_text=proposal.due_text if due else ("" if proposal.due else proposal.due_text))
        note = _record(deps, client, body["user"]["id"], panel_id, edited)
        if meta.get("url"):  # the proposals message itself is only reachable through its response_url
            WebhookClient(meta["url"]).send(text=note, response_type="ephemeral", replace_original=False)

    # Each acks at once and works after (handlers/slack/lazy.py): none waits on Slack or the store before the ack.
    register_lazy(app, app.action(ACCEPT), accept)
    register_lazy(app, app.action(SKIP), skip)
    register_lazy(app, app.action(EDIT), edit)
    register_lazy(app, app.view(EDIT_VIEW), submitted, on_ack=check)


def _subject(view: dict) -> str:
    values = view["state"]["values"]
    return " ".join(((values.get("subject", {}).get("value") or {}).get("value") or "").split())


def _record(deps, client, user: str, panel_id: int, proposal) -> str:
    who = person_for(deps, client, user)
    if not (who and who.can_edit(panel_id)):
        return EDITORS_ONLY
    with deps.lock:
        counts = deps.store.apply_minutes(panel_id, [proposal], actor=who.name)
    if counts["already"]:
        return f"Already recorded: {proposal.subject}"
    extra = " and added as a possible future item" if counts["items"] else ""
    return f"Recorded by {who.name}: {proposal.subject}{extra}"
