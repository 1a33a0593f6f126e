"""The "Import" button under a preview (value: the Slack file id and the panel): fetch again, import, report."""
from __future__ import annotations

import json
from concurrent.futures import Executor

from bot.programme.summary import describe_import
from handlers.files import FileReadError
from handlers.slack.identity import person_for
from handlers.slack.imports.blocks import IMPORT
from handlers.slack.imports.file_shared import load_file, may_create_panel
from handlers.slack.lazy import guarded, register_lazy
from handlers.slack.mrkdwn import escape

EDITORS_ONLY = "Only the chair, vice-chair or scrutiny officer can import a programme."
NEW_PANEL = "There is no panel called {panel} yet. Adding a panel is the scrutiny officer's call, so ask them."


def register(app, deps, pool: Executor) -> None:
    def clicked(body, client, respond):
        try:
            value = json.loads(body["actions"][0]["value"])
            file_id, panel_name = str(value["file"]), str(value["panel"])
        except (KeyError, IndexError, TypeError, ValueError):
            respond(text="That Import button is not one of mine; nothing was changed.", replace_original=False)
            return
        who = person_for(deps, client, body["user"]["id"])
        with deps.lock:
            panel = deps.store.panel_named(panel_name)
        if panel is None and who and who.can_edit(None) and not may_create_panel(who):
            respond(text=NEW_PANEL.format(panel=escape(panel_name)), response_type="ephemeral", replace_original=False)
            return
        if not (who and (who.can_edit(panel.id) if panel else may_create_panel(who))):
            respond(text=EDITORS_ONLY, response_type="ephemeral", replace_original=False)
            return

        def fetch_and_import(body, client, respond):
            try:
                name, reading = load_file(deps, client, file_id, minutes=False)
            except FileReadError as exc:
                respond(text=escape(str(exc)), replace_original=True)
                return
            if reading.proposal is None:
                respond(text=f"{escape(name)} no longer holds a work programme table.", replace_original=True)
                return
            with deps.lock:
                outcome = deps.store.import_programme(panel_name, reading.proposal, actor=who.name, source=name)
            respond(text=f"*{escape(name)}*\n" + escape(describe_import(reading.proposal, outcome)), replace_original=True)

        pool.submit(guarded(fetch_and_import), body, client, respond)

    # Importing re-reads the file: ack first, then the file on its own pool (handlers/slack/lazy.py).
    register_lazy(app, app.action(IMPORT), clicked)
