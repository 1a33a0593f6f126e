"""Reaching Slack at start-up: a refused token is one line saying what to set; an unreachable Slack is retried.

The sleep is passed in, so tests never wait; the back-off doubles from one second to a minute and goes on
for as long as the network is down (a service manager would only restart us into the same outage)."""
from __future__ import annotations

import logging
import sys
import time
import urllib.error
from collections.abc import Callable

from slack_sdk.errors import SlackApiError

from handlers.slack.client import make_client

log = logging.getLogger(__name__)

# auth.test / apps.connections.open errors that no amount of retrying will fix
REFUSED = {"invalid_auth", "not_authed", "account_inactive", "token_revoked", "token_expired",
           "not_allowed_token_type", "invalid_token", "no_permission", "missing_scope", "team_access_not_granted"}
WHERE = {"SLACK_BOT_TOKEN": "the Bot User OAuth Token (xoxb-...) under OAuth & Permissions",
         "SLACK_APP_TOKEN": "an App-Level Token (xapp-...) with connections:write under Basic Information"}
PREFIX = {"SLACK_BOT_TOKEN": "xoxb-", "SLACK_APP_TOKEN": "xapp-"}
FIRST_WAIT, LONGEST_WAIT = 1.0, 60.0


class TokenRefused(Exception):
    """Slack will never accept this token: the message says which variable to set, and to what."""


def say(line: str) -> None:
    print(f"scrutiny-bot: {line}", file=sys.stderr, flush=True)


def refused(variable: str, why: str) -> TokenRefused:
    return TokenRefused(f"Slack refused {variable} ({why}): set it to {WHERE[variable]} of your Slack app")


def token_shape_problem(variable: str, token: str | None) -> str | None:
    """A one-line problem when a token is plainly the wrong kind (a user token, a pasted secret), else None."""
    if token and not token.startswith(PREFIX[variable]):
        return f"{variable} should start with {PREFIX[variable]}: set it to {WHERE[variable]}"
    return None


def until_reached(call: Callable[[], object], variable: str, sleep: Callable[[float], None] = time.sleep,
                  tell: Callable[[str], None] = say, attempts: int | None = None):
    """call() until Slack answers; TokenRefused for a refused token; network failures and 5xx/429 are retried."""
    wait, tries = FIRST_WAIT, 0
    while True:
        try:
            return call()
        except SlackApiError as exc:
            error = str(exc.response.get("error") or "")
            if error in REFUSED:
                raise refused(variable, error) from None
            reason = f"Slack answered {exc.response.status_code} {error}".strip()
        except (urllib.error.URLError, OSError) as exc:  # refused, reset, DNS, timeouts (TimeoutError is an OSError)
            reason = str(getattr(exc, "reason", None) or exc or type(exc).__name__)
        tries += 1
        if attempts is not None and tries >= attempts:
            raise ConnectionError(f"could not reach Slack after {tries} tries ({reason})")
        tell(f"can't reach Slack ({reason}); trying again in {wait:.0f} s. Check the network (or SLACK_API_URL).")
        sleep(wait)
        wait = min(wait * 2, LONGEST_WAIT)


def check_bot_token(token: str, api_url: str | None, sleep: Callable[[float], None] = time.sleep,
                    tell: Callable[[str], None] = say) -> dict:
    """auth.test with the bot token, retried while Slack is unreachable; the answer (team, bot user) on success."""
    client = make_client(token, api_url, handlers=[])  # this loop does the retrying, with its own back-off
    return until_reached(lambda: client.auth_test().data, "SLACK_BOT_TOKEN", sleep, tell)
