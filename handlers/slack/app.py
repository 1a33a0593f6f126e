"""Build the Bolt app from Deps: the client, the dedupe middleware, the error handler and every listener."""
from __future__ import annotations

import logging

from slack_bolt import App
from slack_bolt.logger.messages import warning_client_prioritized_and_token_skipped

from handlers.slack import actions, commands, dedupe, errors, events, home, imports, shortcuts, views
from handlers.slack.ackfirst import AckFirstPool
from handlers.slack.client import make_client

# Every listener acks in the request's own thread (process_before_response) and hands its work to this pool
# (handlers/slack/lazy.py), where it waits while the HTTP server has requests in hand (handlers/slack/ackfirst.py).
# A small pool keeps replies from crowding out acks for the GIL; store work is serialised by deps.lock anyway, so
# more threads would only add Web API calls in parallel.
LISTENER_THREADS = 4


class SameToken(logging.Filter):
    """Bolt warns "`token` will be unused" on every start when SLACK_BOT_TOKEN is set and a client is given;
    our client is made from that very token, so the warning only says nothing is wrong."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.getMessage() != warning_client_prioritized_and_token_skipped()


def quieten_bolt() -> None:
    bolt = logging.getLogger("slack_bolt.App")
    if not any(isinstance(f, SameToken) for f in bolt.filters):
        bolt.addFilter(SameToken())


def build_app(deps, client=None, socket_mode: bool = False) -> App:
    settings = deps.settings
    quieten_bolt()
    client = client or make_client(settings.bot_token, settings.api_url)
    app = App(
        client=client,
        signing_secret=settings.signing_secret or "",
        # HTTP requests reach Bolt only through handlers/slack/http.py's SlackWsgi, which checks the signature on the
        # raw bytes before anything is parsed (and refuses all without a secret); Bolt's own check would repeat it.
        # Socket Mode frames are not signed.
        request_verification_enabled=False,
        # The ack runs inline: no hop to the pool and no 10 ms poll for it; the work follows on the pool
        process_before_response=True,
        listener_executor=AckFirstPool(LISTENER_THREADS, thread_name_prefix="slack-listener"),
    )
    for module in (errors, dedupe, commands, events, home, actions, views, shortcuts, imports):
        module.register(app, deps)
    return app
