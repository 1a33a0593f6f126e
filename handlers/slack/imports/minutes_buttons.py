"""Accept / Edit / Skip under each proposal from a set of minutes; Edit opens a modal, its Record saves the edit."""
from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

from slack_sdk.webhook import WebhookClient

from handlers.slack.identity import person_for
from handlers.slack.imports.blocks import ACCEPT, EDIT, EDIT_VIEW, SKIP, edit_modal, read_value, settle

EDITORS_ONLY = "Only the chair, vice-chair or scrutiny officer can record outstanding matters."


def register(app, deps) -> None:
    @app.action(ACCEPT)
    def accept(ack, body, action, client, respond):
        ack()
        panel_id, proposal = read_value(action["value"])
        note = _record(deps, client, body["user"]["id"], panel_id, proposal)
        respond(replace_original=True, text=note, blocks=settle(body["message"]["blocks"], action["block_id"], note))

    @app.action(SKIP)
    def skip(ack, body, action, respond):
        ack()
        _, proposal = read_value(action["value"])
        note = f"Skipped: {proposal.subject}"
        respond(replace_original=True, text=note, blocks=settle(body["message"]["blocks"], action["block_id"], note))

    @app.action(EDIT)
    def edit(ack, body, action, client):
        ack()
        meta = {"block": action["block_id"], "url": body.get("response_url", "")}
        client.views_open(trigger_id=body["trigger_id"], view=edit_modal(action["value"], meta))

    @app.view(EDIT_VIEW)
    def submitted(ack, body, view, client):
        meta = json.loads(view["private_metadata"])
        values = view["state"]["values"]
        subject = " ".join(((values["subject"]["value"] or {}).get("value") or "").split())
        if not subject:
            ack(response_action="errors", errors={"subject": "Say what the panel asked to come back."})
            return
        ack()
        panel_id, proposal = read_value(meta["value"])
        due = (values.get("due", {}).get("value") or {}).get("selected_date")
        lead = ((values.get("lead", {}).get("value") or {}).get("value") or "").strip()
        edited = replace(proposal, subject=subject, lead=lead, due=date.fromisoformat(due) if due else None,
                         due_text=proposal.due_text if due else ("" if proposal.due else proposal.due_text))
        note = _record(deps, client, body["user"]["id"], panel_id, edited)
        if meta.get("url"):  # the proposals message itself is only reachable through its response_url
            WebhookClient(meta["url"]).send(text=note, response_type="ephemeral", replace_original=False)


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
