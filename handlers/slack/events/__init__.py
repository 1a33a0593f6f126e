"""Events API listeners (Bolt acknowledges events before they run)."""
from __future__ import annotations

from handlers.slack.events import app_mention, message_im


def register(app, deps) -> None:
    app_mention.register(app, deps)
    message_im.register(app, deps)
