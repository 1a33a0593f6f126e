"""Socket Mode: the app dials out to Slack over a WebSocket (slack_sdk's built-in client), no public URL needed."""
from __future__ import annotations

from slack_bolt.adapter.socket_mode import SocketModeHandler


def socket_handler(app, app_token: str) -> SocketModeHandler:
    """A handler whose apps.connections.open goes through the app's own client (so SLACK_API_URL applies)."""
    return SocketModeHandler(app, app_token=app_token, web_client=app.client)
