"""The Slack Web API client, with slack_sdk's own retry handlers for 429s and server errors."""
from __future__ import annotations

from slack_sdk import WebClient
from slack_sdk.http_retry.builtin_handlers import (
    ConnectionErrorRetryHandler,
    RateLimitErrorRetryHandler,
    ServerErrorRetryHandler,
)


def retry_handlers(max_retry_count: int = 3) -> list:
    return [
        ConnectionErrorRetryHandler(max_retry_count=max_retry_count),
        RateLimitErrorRetryHandler(max_retry_count=max_retry_count),
        ServerErrorRetryHandler(max_retry_count=max_retry_count),
    ]


def make_client(token: str | None, base_url: str | None = None, handlers: list | None = None) -> WebClient:
    """A WebClient for `token`; `base_url` (SLACK_API_URL) points it elsewhere, e.g. at a test stand-in."""
    chosen = retry_handlers() if handlers is None else handlers
    return WebClient(token=token, base_url=base_url or WebClient.BASE_URL, retry_handlers=chosen)
