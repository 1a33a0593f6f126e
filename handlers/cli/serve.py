"""`serve`: run the Slack app, in Socket Mode when SLACK_APP_TOKEN is set, else over HTTP on HOST:PORT."""
from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, timedelta
from functools import partial

from bot.days.dates import warm_up
from bot.language.classifier import load_classifier
from handlers.cli.common import CliError, db_path, store_for, with_db
from handlers.deps import Deps, Settings
from handlers.moderngov import scheduler as moderngov_scheduler
from handlers.nudges import scheduler as nudge_scheduler
from handlers.slack.app import build_app
from handlers.slack.client import make_client
from handlers.slack.http import SlackServer
from handlers.slack.imports.feeds import feed_response
from handlers.slack.pages import programme_page
from handlers.slack.runtime import tune_gc
from handlers.slack.socket import Watchdog, socket_handler
from handlers.slack.startup import TokenRefused, check_bot_token, say, token_shape_problem, until_reached

NO_TOKENS = """scrutiny-bot serve needs Slack credentials. Set:
  SLACK_BOT_TOKEN       the bot token (xoxb-...)
  SLACK_SIGNING_SECRET  for HTTP mode, or SLACK_APP_TOKEN (xapp-...) for Socket Mode
To try the bot without Slack, run `make run` with no tokens, or:
  scrutiny-bot demo --db demo.db && scrutiny-bot chat --db demo.db"""


def register(sub) -> None:
    serve = sub.add_parser("serve", **with_db(help="start the Slack app"))
    serve.set_defaults(run=run_serve)


def run_serve(args, env=None, sleep: Callable[[float], None] = time.sleep) -> int:
    settings = Settings.from_env(env)
    if not settings.bot_token:
        print(NO_TOKENS, file=sys.stderr)
        return 2
    problem = token_shape_problem("SLACK_BOT_TOKEN", settings.bot_token) or \
        token_shape_problem("SLACK_APP_TOKEN", settings.app_token)
    if problem:
        raise CliError(problem)
    if not settings.app_token and not settings.signing_secret:
        raise CliError("HTTP mode needs SLACK_SIGNING_SECRET (or set SLACK_APP_TOKEN to use Socket Mode)")
    try:
        who = check_bot_token(settings.bot_token, settings.api_url, sleep)
        say(f"connected to Slack as {who.get('user')} in {who.get('team')}")
        deps = Deps(store=store_for(args, create=True), settings=replace(settings, db_path=db_path(args)),
                    classifier=load_classifier())
        runner = start(deps)
        try:
            runner.run(sleep)
        finally:
            runner.close()
            deps.store.close()
    except TokenRefused as exc:
        raise CliError(str(exc)) from None
    except KeyboardInterrupt:
        pass  # Ctrl-C is how a console user stops the server, even while it waits for the network
    return 0


class Runner:
    """The chosen transport, ready to run in the foreground (or already serving, for tests)."""

    def __init__(self, app, http: SlackServer | None = None, socket=None, scheduler=None):
        self.app, self.http, self.socket, self.scheduler = app, http, socket, scheduler
        self.watchdog: Watchdog | None = None
        self._stop = threading.Event()

    def run(self, sleep: Callable[[float], None] = time.sleep) -> None:
        if self.socket is None:
            self.http.serve_forever()
            return
        self.watchdog = Watchdog(self.socket)
        until_reached(self.socket.connect, "SLACK_APP_TOKEN", sleep)
        say("connected to Slack in Socket Mode")
        self.watchdog.start()
        self._stop.wait()

    def close(self) -> None:
        self._stop.set()
        if self.scheduler is not None:
            self.scheduler.shutdown()
        if self.watchdog is not None:
            self.watchdog.stop()
        if self.socket:
            self.socket.close()
        else:
            self.http.stop()


def start(deps) -> Runner:
    """Build the app, start the reminder scheduler, and open the transport."""
    settings = deps.settings
    with deps.lock:
        deps.store.forget_slack_events((deps.clock() - timedelta(days=2)).astimezone(UTC).isoformat(timespec="seconds"))
    client = make_client(settings.bot_token, settings.api_url)
    app = build_app(deps, client, socket_mode=bool(settings.app_token))
    server = None if settings.app_token else listen(app, deps)
    warm_up()
    scheduler = nudge_scheduler.start(deps, client)
    moderngov_scheduler.add_job(scheduler, deps, client)
    tune_gc()
    if server is None:
        return Runner(app, socket=socket_handler(app, settings.app_token), scheduler=scheduler)
    say(f"listening on {settings.host}:{server.port} (POST /slack/events, GET /healthz, GET /feeds/...)")
    return Runner(app, http=server, scheduler=scheduler)


def listen(app, deps) -> SlackServer:
    """The HTTP server on HOST:PORT, with the calendar feeds and the published programme pages on the same port."""
    settings = deps.settings
    try:
        return SlackServer(app, settings.host, settings.port, feeds=partial(feed_response, deps),
                           pages=[partial(programme_page, deps)])
    except OSError as exc:  # in use, not ours to bind, or no such address
        raise CliError(f"can't listen on {settings.host}:{settings.port} ({exc.strerror or exc}): "
                       "set PORT (or HOST) to a free address") from None
