"""HTTP mode: POST /slack/events (events, commands, interactivity) into Bolt, GET /healthz; a threaded stdlib server."""
from __future__ import annotations

import logging
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from slack_bolt import BoltRequest

log = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"
MAX_BODY = 1_000_000


class SlackServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128  # the listen backlog; the default 5 resets connections when Slack sends a burst

    def __init__(self, app, host: str = "0.0.0.0", port: int = 3000, feeds=None):
        self.app = app
        self.feeds = feeds  # path -> (status, headers, body) or None: the calendar feeds, when served
        super().__init__((host, port), SlackRequestHandler)

    @property
    def port(self) -> int:
        return self.server_address[1]

    def start_in_thread(self, poll_interval: float = 0.5) -> threading.Thread:
        thread = threading.Thread(target=self.serve_forever, args=(poll_interval,), name="slack-http", daemon=True)
        thread.start()
        return thread

    def stop(self) -> None:
        self.shutdown()
        self.server_close()


class SlackRequestHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self):
        if self.path.split("?")[0] == "/healthz":
            return self._send(200, {"Content-Type": "text/plain"}, b"ok")
        answer = self.server.feeds(self.path) if self.server.feeds else None
        if answer:
            return self._send(*answer)
        self._send(404, {"Content-Type": "text/plain"}, b"not found")

    def do_POST(self):
        length = int(self.headers.get("Content-Length") or 0)
        if self.path.split("?")[0] != EVENTS_PATH or length > MAX_BODY:
            return self._send(404 if length <= MAX_BODY else 413, {"Content-Type": "text/plain"}, b"")
        body = self.rfile.read(length).decode("utf-8")
        headers = {k.lower(): [v] for k, v in self.headers.items()}
        try:
            response = self.server.app.dispatch(BoltRequest(body=body, headers=headers))
        except Exception:  # a bug in Bolt or in us: Slack gets a 500 (and retries events), we get the traceback
            log.exception("dispatching a Slack request failed")
            return self._send(500, {"Content-Type": "text/plain"}, b"")
        self._send(response.status, response.first_headers(), (response.body or "").encode("utf-8"))

    def _send(self, status: int, headers: dict, body: bytes):
        self.send_response(status)
        for key, value in headers.items():
            if key.lower() != "content-length":
                self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, fmt, *args):
        log.debug("%s " + fmt, self.address_string(), *args)
