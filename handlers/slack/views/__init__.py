"""Modal submissions, and the lead menus' type-to-search."""
from __future__ import annotations

from handlers.slack.views import item_submission, lead_options, matter_submission


def register(app, deps) -> None:
    item_submission.register(app, deps)
    matter_submission.register(app, deps)
    lead_options.register(app, deps)
