"""The "Import" button under a preview (value: the Slack file id and the panel): fetch again, import, report."""
from __future__ import annotations

import json

from bot.import_summary import describe_import
from handlers.files import FileReadError
from handlers.slack.identity import person_for
from handlers.slack.imports.blocks import IMPORT
from handlers.slack.imports.file_shared import load_programme
from handlers.slack.lazy import register_lazy


def register(app, deps) -> None:
    def clicked(body, client, respond):
        value = json.loads(body["actions"][0]["value"])
        who = person_for(deps, client, body["user"]["id"])
        with deps.lock:
            panel = deps.store.panel_named(value["panel"])
        if not (who and who.can_edit(panel.id if panel else None)):
            respond(text="Only the chair, vice-chair or scrutiny officer can import a programme.",
                    response_type="ephemeral", replace_original=False)
            return
        try:
            name, proposal, _ = load_programme(deps, client, value["file"])
        except FileReadError as exc:
            respond(text=str(exc), replace_original=True)
            return
        if proposal is None:
            respond(text=f"{name} no longer holds a work programme table.", replace_original=True)
            return
        with deps.lock:
            outcome = deps.store.import_programme(value["panel"], proposal, actor=who.name, source=name)
        respond(text=f"*{name}*\n" + describe_import(proposal, outcome), replace_original=True)

    # Importing re-reads the file: ack first, work after (handlers/slack/lazy.py).
    register_lazy(app, app.action(IMPORT), clicked)
