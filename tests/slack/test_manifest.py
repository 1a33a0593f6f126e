"""The Slack app manifest asks for the command, shortcut, events and scopes the app's listeners use."""
from __future__ import annotations

import json
from pathlib import Path

from handlers.slack.commands.scrutiny import COMMAND
from handlers.slack.shortcuts.add_to_programme import CALLBACK

MANIFEST = json.loads((Path(__file__).parents[2] / "manifest.json").read_text())


def test_manifest_matches_the_listeners():
    features, settings = MANIFEST["features"], MANIFEST["settings"]
    assert [c["command"] for c in features["slash_commands"]] == [COMMAND]
    assert [(s["callback_id"], s["type"]) for s in features["shortcuts"]] == [(CALLBACK, "message")]
    assert features["app_home"]["home_tab_enabled"] is True
    assert set(settings["event_subscriptions"]["bot_events"]) == {"app_home_opened", "app_mention", "file_shared",
                                                                   "message.im"}
    assert settings["interactivity"]["is_enabled"] is True and settings["socket_mode_enabled"] is True
    # users:read.email matches a Slack user to a person by email; files:read fetches a shared programme
    assert {"users:read", "users:read.email", "chat:write", "commands", "im:history", "app_mentions:read",
            "files:read", "im:write"} <= set(
        MANIFEST["oauth_config"]["scopes"]["bot"])
