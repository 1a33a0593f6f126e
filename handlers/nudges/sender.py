"""Delivering nudges: the Sender protocol, and SlackSender over a slack_sdk WebClient."""
from __future__ import annotations

from typing import Protocol

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError
from slack_sdk.http_retry.builtin_handlers import RateLimitErrorRetryHandler, ServerErrorRetryHandler

from handlers.nudges.blocks import keys_in

# Slack errors that mean "nobody there to receive it", as opposed to "try again later".
UNREACHABLE_ERRORS = frozenset({"users_not_found", "user_not_found", "channel_not_found", "not_in_channel",
                                "is_archived", "account_inactive", "user_disabled", "cannot_dm_bot"})


class Unreachable(Exception):
    """Nobody to deliver to: no Slack account found, or the channel is gone; the officer is told instead."""


class DeliveryFailed(Exception):
    """Slack refused the call or could not be reached (after the client's own retries); try again later."""


class Lost(DeliveryFailed):
    """The post was sent but no answer came (read timeout, connection reset): it may or may not have landed."""


HISTORY_LIMIT = 50  # recent messages searched for a nudge's key; a DM gets a handful a day


class Sender(Protocol):
    def find_user(self, email: str) -> str | None:
        """The Slack user id for `email`, or None if there is no such user."""

    def open_dm(self, user_id: str) -> str:
        """The channel id of the bot's DM with `user_id`."""

    def post(self, channel: str, message: dict) -> None:
        """Post `message` (chat.postMessage arguments: text, blocks, metadata) in `channel`; Lost if unsure."""

    def find_posted(self, channel: str, keys: list[str]) -> bool:
        """Whether a recent message in `channel` carries any of these nudge keys in its metadata."""


class SlackSender:
    """A Sender over a WebClient from handlers.slack.client.make_client (429s and 5xx are retried there).

    Posts go through a twin client that does not retry a lost connection by itself: slack_sdk would send the
    message again without knowing whether the first one landed. The sweep looks in the history instead.
    """

    def __init__(self, client):
        self.client = client
        self.poster = WebClient(token=client.token, base_url=client.base_url, timeout=client.timeout,
                                retry_handlers=[RateLimitErrorRetryHandler(max_retry_count=3),
                                                ServerErrorRetryHandler(max_retry_count=3)])

    def find_user(self, email: str) -> str | None:
        try:
            return _call(self.client.users_lookupByEmail, email=email)["user"]["id"]
        except Unreachable:
            return None

    def open_dm(self, user_id: str) -> str:
        return _call(self.client.conversations_open, users=user_id)["channel"]["id"]

    def post(self, channel: str, message: dict) -> None:
        try:
            _call(self.poster.chat_postMessage, channel=channel, **message)
        except DeliveryFailed as exc:
            cause = exc.__cause__
            if isinstance(cause, SlackApiError) or isinstance(getattr(cause, "reason", cause), ConnectionRefusedError):
                raise  # Slack answered no, or nothing was sent
            raise Lost(f"no answer from Slack ({exc.__cause__.__class__.__name__}); it may have been sent") from exc

    def find_posted(self, channel: str, keys: list[str]) -> bool:
        answer = _call(self.client.conversations_history, channel=channel, limit=HISTORY_LIMIT,
                       include_all_metadata=True)
        wanted = set(keys)
        return any(keys_in(m) & wanted for m in answer.get("messages") or [])


def _call(method, **kwargs):
    try:
        return method(**kwargs)
    except SlackApiError as exc:
        error = (exc.response.get("error") if exc.response is not None else None) or "unknown_error"
        if error in UNREACHABLE_ERRORS:
            raise Unreachable(f"Slack says {error}") from exc
        status = getattr(exc.response, "status_code", None)
        raise DeliveryFailed(f"Slack answered {status or ''} {error}".replace("  ", " ")) from exc
    except (SlackClientError, OSError) as exc:  # connection refused, timed out, DNS: the network, not the message
        raise DeliveryFailed(f"could not reach Slack ({exc.__class__.__name__})") from exc
