"""Modal submissions."""
from __future__ import annotations

from handlers.slack.views import item_submission, matter_submission


def register(app, deps) -> None:
    item_submission.register(app, deps)
    matter_submission.register(app, deps)
