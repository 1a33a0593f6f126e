"""`serve`: run the Slack app (Socket Mode or HTTP)."""
from __future__ import annotations

import os
import sys

from handlers.cli.common import with_db

NO_TOKENS = """scrutiny-bot serve needs Slack credentials. Set:
  SLACK_BOT_TOKEN       the bot token (xoxb-...)
  SLACK_SIGNING_SECRET  for HTTP mode, or SLACK_APP_TOKEN (xapp-...) for Socket Mode
To try the bot without Slack, run `make run` with no tokens, or:
  scrutiny-bot demo --db demo.db && scrutiny-bot chat --db demo.db"""


def register(sub) -> None:
    serve = sub.add_parser("serve", **with_db(help="start the Slack app"))
    serve.set_defaults(run=run_serve)


def run_serve(args) -> int:
    if not os.environ.get("SLACK_BOT_TOKEN"):
        print(NO_TOKENS, file=sys.stderr)
        return 2
    print("The Slack app is not built yet; see the README.", file=sys.stderr)
    return 2
