"""HTTP mode: one WSGI app under waitress: POST /slack/events into Bolt's WSGI adapter, GET /healthz, feeds, pages.

waitress reads each request whole (within the body and header limits) before a worker thread sees it, frames
keep-alive requests by Content-Length only (an unread body is never taken for a second request), and closes
connections idle or stalled for `idle_seconds`. A slow client costs a socket, not a thread.

Pages are plugged in as functions `page(path) -> (status, content type or headers, body) | None`: the first that
answers a GET wins (the calendar feeds are one; a public programme page can be another)."""
from __future__ import annotations

import hashlib
import hmac
import logging
import threading
import time
from collections.abc import Callable, Sequence
from functools import partial
from urllib.parse import parse_qsl

from slack_bolt.adapter.wsgi.http_request import WsgiHttpRequest
from slack_bolt.adapter.wsgi.http_response import WsgiHttpResponse
from slack_bolt.context import BoltContext
from slack_bolt.request import BoltRequest
from slack_bolt.request.internals import build_context
from waitress.server import create_server
from waitress.wasyncore import close_all, loop

log = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"
MAX_BODY = 1_000_000  # Slack's largest payloads (a modal's state) are tens of KB
MAX_FIELDS = 500  # a form's fields (Slack's have a dozen)
MAX_AGE = 300  # seconds a signed request stays valid, as Slack and Bolt have it
IDLE_SECONDS = 30  # a connection silent this long mid-request, or idle between requests, is closed
SERVER_NAME = "scrutiny-bot"  # the Server header: no server or Python version
TEXT = "text/plain; charset=utf-8"

Answer = tuple[int, "str | dict", bytes]
Page = Callable[[str], "Answer | None"]


def healthz(path: str) -> Answer | None:
    return (200, TEXT, b"ok") if path == "/healthz" else None


class SlackWsgi:
    """The WSGI app: Slack's requests are signature-checked before their body is parsed, parsed once, then dispatched.

    This check is the app's only one: build_app turns Bolt's own (which would check the same bytes again) off, as
    Bolt's documentation allows behind a front that verifies. So without a signing secret nothing is let through.
    """

    def __init__(self, app, pages: Sequence[Page] = ()):
        self.app = app
        self.secret = (getattr(app, "_signing_secret", None) or "").encode()  # Bolt keeps it here
        self.pages = [healthz, *pages]

    def __call__(self, environ, start_response):
        method, path = environ.get("REQUEST_METHOD", "GET"), environ.get("PATH_INFO", "")
        if path == EVENTS_PATH:
            if method != "POST":
                return send(start_response, (405, {"Content-Type": TEXT, "Allow": "POST"}, b""))
            return self.slack(environ, start_response)
        if method in ("GET", "HEAD"):
            for page in self.pages:
                answer = page(path)
                if answer:
                    return send(start_response, answer, head=method == "HEAD")
        return send(start_response, (404, TEXT, b"not found"))

    def slack(self, environ, start_response):
        length = environ.get("CONTENT_LENGTH")
        # waitress has the whole body already (within max_body), framed by Content-Length or chunked encoding
        body = environ["wsgi.input"].read(int(length)) if length else environ["wsgi.input"].read()
        refusal = self.unsigned(environ, body)
        if refusal:
            return send(start_response, refusal)
        request = self.parsed(environ, body)
        if not isinstance(request, BoltRequest):
            return send(start_response, request)
        try:
            response = self.app.dispatch(request)
        except Exception as exc:  # signed, so from Slack, yet Bolt could not take it: say so once, no traceback
            log.warning("a signed Slack request could not be processed: %s: %s", type(exc).__name__, exc)
            return send(start_response, (400, TEXT, b"bad request"))
        answer = WsgiHttpResponse(status=response.status, headers=response.headers, body=response.body)
        start_response(answer.status, answer.get_headers())
        return answer.get_body()

    def unsigned(self, environ, body: bytes) -> Answer | None:
        """401 for an unsigned or forged request (checked first, before any parsing), 400 for a bad timestamp."""
        if not self.secret:
            return 401, TEXT, b"no signing secret set"
        timestamp = environ.get("HTTP_X_SLACK_REQUEST_TIMESTAMP", "")
        if not (timestamp.isascii() and timestamp.isdigit() and len(timestamp) <= 12):
            return 400, TEXT, b"bad timestamp"
        if not signed(self.secret, timestamp, body, environ.get("HTTP_X_SLACK_SIGNATURE", "")):
            return 401, TEXT, b"invalid signature"
        return None

    def parsed(self, environ, body: bytes) -> BoltRequest | Answer:
        """The request as Bolt sees it, parsed by Bolt once; 400 for a body Bolt could not take or would trip over."""
        try:
            text = body.decode("utf-8")
            if not is_json(text, environ.get("CONTENT_TYPE", "")) and text.count("&") >= MAX_FIELDS:
                raise ValueError("too many fields")
            request = BoltRequest(body=text, query=environ.get("QUERY_STRING", ""),
                                  headers=WsgiHttpRequest(environ).get_headers())
            if not is_json(text, environ.get("CONTENT_TYPE", "")) and "payload" in text:
                request = _as_form(request, text)
        # RecursionError: JSON nested thousands deep; AttributeError: JSON that is not an object
        except (UnicodeDecodeError, ValueError, RecursionError, AttributeError, TypeError):
            return 400, TEXT, b"malformed body"
        problem = "not an object" if not isinstance(request.body, dict) else shape_problem(request.body)
        if problem:
            log.info("refused a signed Slack request: %s", problem)
            return 400, TEXT, problem.encode()
        return request


def _as_form(request: BoltRequest, text: str) -> BoltRequest:
    """Bolt reads any form holding the letters 'payload' as an interaction, so '/scrutiny is the payload report
    due?' became an empty body: a form is an interaction only when it has a `payload` field."""
    fields = dict(parse_qsl(text, keep_blank_values=True))
    if "payload" not in fields:
        request.body = fields
        request.context = build_context(BoltContext({}), fields)
    return request


def signed(secret: bytes, timestamp: str, body: bytes, claimed: str, now: float | None = None) -> bool:
    """Slack's v0 signature over the raw bytes (slack_sdk's verifier decodes them first, and raises on bad UTF-8)."""
    if abs((time.time() if now is None else now) - int(timestamp)) > MAX_AGE:
        return False
    digest = hmac.new(secret, b"v0:" + timestamp.encode() + b":" + body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(f"v0={digest}".encode(), claimed.encode("utf-8", "replace"))


def is_json(text: str, content_type: str) -> bool:
    """Whether Bolt reads this body as JSON (else as a form, with `payload` JSON for interactions)."""
    return content_type.split(";")[0] == "application/json" or text.startswith("{")


def shape_problem(body: dict) -> str | None:
    """What in a parsed request Bolt would trip over (it indexes these without checking), or None."""
    kind = body.get("type")
    if kind == "block_actions":
        actions = body.get("actions")
        if not (isinstance(actions, list) and actions and all(isinstance(a, dict) for a in actions)):
            return "block_actions without actions"
    if kind in ("block_actions", "view_submission", "view_closed", "shortcut", "message_action") and \
            not isinstance(body.get("user"), dict):
        return f"{kind} without a user"
    if kind in ("view_submission", "view_closed") and not isinstance(body.get("view"), dict):
        return f"{kind} without a view"
    if kind == "event_callback" and not isinstance(body.get("event"), dict):
        return "event_callback without an event"
    for key in ("team", "channel", "enterprise", "container", "message"):
        if key in body and body[key] is not None and not isinstance(body[key], dict | str):
            return f"{key} is neither an object nor an id"
    return None


def send(start_response, answer: Answer, head: bool = False):
    status, kind, body = answer
    headers = dict(kind) if isinstance(kind, dict) else {"Content-Type": kind}
    headers = {k: v for k, v in headers.items() if k.lower() != "content-length"}
    start_response(f"{status} {REASONS.get(status, 'Status')}", [*headers.items(), ("Content-Length", str(len(body)))])
    return [b"" if head else body]


REASONS = {200: "OK", 400: "Bad Request", 401: "Unauthorized", 404: "Not Found", 405: "Method Not Allowed",
           500: "Internal Server Error"}


def acking(dispatcher) -> bool:
    """Whether waitress has requests waiting for a worker or being handled (read without its lock: a hint)."""
    return bool(dispatcher.queue) or dispatcher.active_count > 0


class SlackServer:
    """waitress serving SlackWsgi on (host, port), in the foreground (`serve_forever`) or a thread (`start_in_thread`)."""

    def __init__(self, app, host: str = "127.0.0.1", port: int = 3000, feeds: Page | None = None,
                 pages: Sequence[Page] = (), threads: int = 8, idle_seconds: int = IDLE_SECONDS,
                 max_body: int = MAX_BODY):
        self.app = app
        self.server = create_server(
            SlackWsgi(app, [*([feeds] if feeds else []), *pages]), host=host, port=port, threads=threads,
            ident=SERVER_NAME, max_request_body_size=max_body, max_request_header_size=64 * 1024,
            channel_timeout=idle_seconds, cleanup_interval=max(1, min(idle_seconds, 30) // 2),
            connection_limit=1000, backlog=128, expose_tracebacks=False, clear_untrusted_proxy_headers=True)
        # "Task queue depth is 3" on every burst of Slack retries is not news; real errors still log
        logging.getLogger("waitress.queue").setLevel(logging.ERROR)
        pool = getattr(app.listener_runner, "listener_executor", None)
        if hasattr(pool, "hold_while"):  # replies wait while requests are queued or in hand (handlers/slack/ackfirst.py)
            pool.hold_while(partial(acking, self.server.task_dispatcher))
        self._stopping = threading.Event()
        self._stopped = threading.Event()
        self._started = False

    @property
    def port(self) -> int:
        return int(self.server.effective_port)

    def serve_forever(self, poll_interval: float = 0.5) -> None:
        self._started = True
        try:
            while not self._stopping.is_set():
                loop(timeout=poll_interval, map=self.server._map, use_poll=True, count=1)
        finally:
            self.server.task_dispatcher.shutdown()
            close_all(self.server._map)
            self._stopped.set()

    def start_in_thread(self, poll_interval: float = 0.5) -> threading.Thread:
        self._started = True
        thread = threading.Thread(target=self.serve_forever, args=(poll_interval,), name="slack-http", daemon=True)
        thread.start()
        return thread

    def stop(self) -> None:
        self._stopping.set()
        if not self._started:
            self.server.task_dispatcher.shutdown()
            close_all(self.server._map)
            return
        try:
            self.server.pull_trigger()  # wakes the poll at once
        except OSError:
            pass  # the loop saw the flag first and has closed the trigger already
        self._stopped.wait(10)
