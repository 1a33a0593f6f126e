"""A file shared with the bot (in a DM, or in a panel's channel): a programme gets a preview, minutes get proposals.

Only files from people with a role on a panel are opened, and that is checked before anything is downloaded.
Reading happens on the file pool (handlers/slack/imports/__init__.py) in a child process (reader.py)."""
from __future__ import annotations

import logging
import tempfile
from concurrent.futures import Executor
from pathlib import Path

from bot.models import Person
from bot.programme.summary import describe_import
from bot.programme.table import ProgrammeProposal
from bot.replies import short_day
from handlers.files import FileReadError
from handlers.slack.blocks import clip, context, section
from handlers.slack.identity import person_for
from handlers.slack.imports.blocks import minutes_message, preview_message
from handlers.slack.imports.fetch import fetch_file
from handlers.slack.imports.reader import Limits, Reading, read_file
from handlers.slack.lazy import guarded, register_lazy
from handlers.slack.mrkdwn import escape

log = logging.getLogger(__name__)

NOT_ON_A_PANEL = ("I only open files shared by people on a scrutiny panel, so I haven't read this one. "
                  "If you should be on a panel, ask the scrutiny officer to add you.")


def register(app, deps, pool: Executor) -> None:
    def shared(body, client, respond):
        event = body.get("event") or {}
        user, channel = event.get("user_id"), event.get("channel_id")
        file_id = event.get("file_id") or (event.get("file") or {}).get("id")
        bot_users = {a.get("user_id") for a in body.get("authorizations") or []}
        if not (user and channel and file_id) or user in bot_users:
            return
        who = person_for(deps, client, user)
        if who is None or not who.roles:  # refused before files.info and before any download
            log.info("not reading file %s shared by %s: no role on any panel", file_id, user)
            post(client, channel, user, {"text": NOT_ON_A_PANEL})
            return

        def read_and_reply(body, client, respond):
            message = shared_file_message(deps, client, file_id, who, channel)
            if message is not None:
                post(client, channel, user, message)

        pool.submit(guarded(read_and_reply), body, client, respond)

    # Who shared it is one lookup: ack first, then that, then the file on its own pool (handlers/slack/lazy.py).
    register_lazy(app, app.event("file_shared"), shared)


def post(client, channel: str, user: str, message: dict) -> None:
    if channel.startswith("D"):
        client.chat_postMessage(channel=channel, **message)
    else:  # in a panel's channel only the person who shared it sees the preview
        client.chat_postEphemeral(channel=channel, user=user, **message)


def may_create_panel(who: Person | None) -> bool:
    """Adding a panel is the scrutiny officer's call, not a chair's."""
    return bool(who and "scrutiny-officer" in who.roles_on(None))


def load_file(deps, client, file_id: str, programme: tuple = (), minutes: bool = True) -> tuple[str, Reading]:
    """(file name, what it holds), downloaded into a temporary folder that is then removed."""
    settings = deps.settings
    with tempfile.TemporaryDirectory() as folder:
        path = fetch_file(client, file_id, settings.bot_token or "", Path(folder), settings.file_hosts)
        return path.name, read_file(path, deps.clock(), programme, minutes, Limits(seconds=settings.file_seconds))


def panel_here(store, channel: str):
    """The channel's panel, or the only panel there is."""
    panels = store.panels()
    return store.panel_for_channel(channel) or (panels[0] if len(panels) == 1 else None)


def panel_name_for(store, channel: str, hint: str) -> str | None:
    panel = store.panel_for_channel(channel)
    if panel:
        return panel.name
    if hint:
        return hint
    panels = store.panels()
    return panels[0].name if len(panels) == 1 else None


def shared_file_message(deps, client, file_id: str, who: Person, channel: str) -> dict | None:
    with deps.lock:
        panel = panel_here(deps.store, channel)
        programme = tuple(m.date for m in deps.store.meetings(panel.id, include_cancelled=False)) if panel else ()
    try:
        name, reading = load_file(deps, client, file_id, programme)
    except FileReadError as exc:
        return {"text": escape(str(exc))}
    if reading.proposal is not None:
        return programme_preview(deps, name, reading.proposal, file_id, who, channel)
    found = reading.minutes
    if not found or not found.proposals:
        return {"text": f"I couldn't find a work programme table or any actions to record in {escape(name)}."}
    if panel is None:
        return {"text": f"{escape(name)} has {len(found.proposals)} actions, but I can't tell which panel's minutes these are."
                        " Share them in the panel's channel."}
    when = f" of {short_day(found.meeting)}" if found.meeting else ""
    heading = f"From the minutes{when} ({name}), {len(found.proposals)} proposed for the *{panel.name}*:"
    return minutes_message(heading, panel.id, found.proposals, who.can_edit(panel.id))


def programme_preview(deps, name: str, proposal: ProgrammeProposal, file_id: str, who: Person, channel: str) -> dict:
    with deps.lock:
        store = deps.store
        panel = panel_name_for(store, channel, proposal.panel_hint)
        if panel is None:
            return {"text": f"{escape(name)} holds a work programme, but I can't tell which panel it is for. Share it in "
                            "the panel's channel, or import it with `scrutiny-bot import --panel`."}
        outcome = store.import_programme(panel, proposal, dry_run=True)
        existing = store.panel_named(panel)
    text = f"*{name}*\n" + describe_import(proposal, outcome, detail=True)
    if existing is None and not may_create_panel(who):
        note = f"There is no panel called {panel} yet. Adding a panel is the scrutiny officer's call, so ask them."
        return {"text": clip(escape(text), 300), "blocks": [section(clip(text)), context(note)]}
    return preview_message(text, file_id, panel, who.can_edit(existing.id) if existing else True)
