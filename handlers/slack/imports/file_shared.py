"""A file shared with the bot (in a DM, or in a panel's channel): a programme gets a preview, minutes get proposals."""
from __future__ import annotations

import logging
import tempfile
from pathlib import Path

from bot.import_summary import describe_import
from bot.minutes import read_minutes
from bot.programme_table import read_programme
from bot.replies import short_day
from handlers.files import FileReadError, read_tables
from handlers.files.text_reader import read_text
from handlers.slack.identity import person_for
from handlers.slack.imports.blocks import minutes_message, preview_message
from handlers.slack.imports.fetch import TEXT, fetch_file
from handlers.slack.lazy import register_lazy

log = logging.getLogger(__name__)


def register(app, deps) -> None:
    def shared(body, client, respond):
        event = body.get("event") or {}
        user, channel = event.get("user_id"), event.get("channel_id")
        file_id = event.get("file_id") or (event.get("file") or {}).get("id")
        bot_users = {a.get("user_id") for a in body.get("authorizations") or []}
        if not (user and channel and file_id) or user in bot_users:
            return
        message = shared_file_message(deps, client, file_id, user, channel)
        if message is None:
            return
        if channel.startswith("D"):
            client.chat_postMessage(channel=channel, **message)
        else:  # in a panel's channel only the person who shared it sees the preview
            client.chat_postEphemeral(channel=channel, user=user, **message)

    # Downloading and reading a file can take seconds: ack first, work after (handlers/slack/lazy.py).
    register_lazy(app, app.event("file_shared"), shared)


def load_programme(deps, client, file_id: str):
    """(file name, proposal) for a shared programme file, read in a temporary folder that is then removed."""
    with tempfile.TemporaryDirectory() as folder:
        path = fetch_file(client, file_id, deps.settings.bot_token or "", Path(folder))
        if path.suffix.lower() in TEXT:
            return path.name, None, read_text(path)
        proposal = read_programme(read_tables(path), deps.clock())
        text = read_text(path) if not proposal.found_header and path.suffix.lower() == ".docx" else ""
        return path.name, proposal if proposal.found_header else None, text


def panel_name_for(store, channel: str, hint: str) -> str | None:
    panel = store.panel_for_channel(channel)
    if panel:
        return panel.name
    if hint:
        return hint
    panels = store.panels()
    return panels[0].name if len(panels) == 1 else None


def shared_file_message(deps, client, file_id: str, user: str, channel: str) -> dict | None:
    try:
        name, proposal, text = load_programme(deps, client, file_id)
    except FileReadError as exc:
        return {"text": str(exc)}
    who = person_for(deps, client, user)
    with deps.lock:
        store = deps.store
        if proposal is not None:
            panel = panel_name_for(store, channel, proposal.panel_hint)
            if panel is None:
                return {"text": f"{name} holds a work programme, but I can't tell which panel it is for. Share it in "
                                "the panel's channel, or import it with `scrutiny-bot import --panel`."}
            outcome = store.import_programme(panel, proposal, dry_run=True)
            existing = store.panel_named(panel)
            can = bool(who and (who.can_edit(existing.id) if existing else who.can_edit(None)))
            return preview_message(f"*{name}*\n" + describe_import(proposal, outcome, detail=True), file_id, panel, can)
        panel = store.panel_for_channel(channel) or (store.panels()[0] if len(store.panels()) == 1 else None)
        programme = [m.date for m in store.meetings(panel.id, include_cancelled=False)] if panel else []
    reading = read_minutes(text, programme=programme) if text else None
    if not reading or not reading.proposals:
        return {"text": f"I couldn't find a work programme table or any actions to record in {name}."}
    if panel is None:
        return {"text": f"{name} has {len(reading.proposals)} actions, but I can't tell which panel's minutes these are."
                        " Share them in the panel's channel."}
    when = f" of {short_day(reading.meeting)}" if reading.meeting else ""
    heading = f"From the minutes{when} ({name}), {len(reading.proposals)} proposed for the *{panel.name}*:"
    return minutes_message(heading, panel.id, reading.proposals, bool(who and who.can_edit(panel.id)))
