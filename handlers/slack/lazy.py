"""Ack at once, work afterwards: the ack runs in the request's thread, the work on the listener pool.

Bolt's own lazy listeners deep-copy each request (client included) before the ack goes out: 0.43 ms of CPU
per dispatch against 0.18 ms this way (see bench/README.md). Listeners registered with a plain
`@app.action(...)` still work, but under process_before_response all their work runs before the ack.
"""
from __future__ import annotations

from collections.abc import Callable

from handlers.slack.errors import report
from handlers.slack.responder import responder_for


def acknowledge(ack, body, client) -> None:
    ack()


def guarded(work: Callable) -> Callable:
    """`work(body, client, respond)` (respond: responder.py's), with a failure logged and the user told, as
    app.error does for listeners."""
    def run(body, client, respond):
        try:
            work(body, client, respond)
        except Exception as exc:  # the ack has long gone: report it ourselves
            report(exc, body, client)

    run.__name__ = run.__qualname__ = work.__name__
    return run


def register_lazy(app, decorator, work: Callable, on_ack: Callable = acknowledge) -> None:
    """`register_lazy(app, app.command("/x"), work)`: `on_ack` runs before the response, `work` after it."""
    pool, safe_work = app.listener_runner.listener_executor, guarded(work)

    def listener(ack, body, client, respond):  # Bolt passes arguments by these names
        on_ack(ack, body, client)
        pool.submit(safe_work, body, client, responder_for(respond))  # replies on kept-alive connections

    listener.__name__ = listener.__qualname__ = work.__name__
    decorator(listener)
