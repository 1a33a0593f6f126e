"""A local Slack Web API stand-in: a real HTTP server on loopback that records calls and answers like Slack."""
from __future__ import annotations

import itertools
import json
import socket
import struct
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

BOT_USER = "UBOT"
JSON_FIELDS = ("blocks", "attachments", "view", "metadata")  # sent as JSON strings in form bodies


class FakeSlack:
    """`with FakeSlack() as slack:` then point a WebClient at `slack.url`; inspect `slack.calls`."""

    def __init__(self):
        self.calls: list[tuple[str, dict]] = []
        self.messages: list[dict] = []  # what chat.postMessage put in each channel: channel, ts, text, metadata
        self.users: dict[str, dict] = {}
        self.socket_url: str | None = None  # what apps.connections.open hands out (a ws:// stand-in)
        self._failures: dict[str, list[tuple[int, int]]] = {}
        self._held: dict[str, threading.Event] = {}  # method -> released when set (a slow Slack, deterministically)
        self._lost: dict[str, list[str]] = {}  # method -> how the next replies are lost: "timeout" or "reset"
        self._stopped = threading.Event()
        self.down = False  # every call answers 503, as in an outage
        self.close_after_reply = False  # close each connection after answering, without saying so (an idle timeout)
        self.response_peers: list[tuple] = []  # the client address (one per connection) of each response_url post
        self.errors: dict[str, str] = {}  # method -> the error every call to it answers (200, ok: false)
        self._changed = threading.Condition()
        self._ts = itertools.count(1)
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle ---------------------------------------------------------
    def start(self) -> FakeSlack:
        self._server = _Server(("127.0.0.1", 0), _handler_for(self))
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,), name="fake-slack", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopped.set()
        self.release()
        if self._server:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> FakeSlack:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/api/"

    # -- set-up and inspection ---------------------------------------------
    def add_user(self, user_id: str, name: str, email: str | None = None) -> None:
        self.users[user_id] = {"id": user_id, "name": name.split()[0].lower(), "real_name": name,
                               "profile": {"real_name": name, "display_name": name, "email": email}}

    def response_url(self, tag: str = "1") -> str:
        """A response_url Slack would put in a command or action payload; posts to it are recorded as "response_url"."""
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/response/{tag}"

    def fail_next(self, method: str, status: int = 429, times: int = 1, retry_after: int = 0) -> None:
        """The next `times` calls to `method` answer `status` (429 carries a Retry-After header)."""
        self._failures.setdefault(method, []).extend([(status, retry_after)] * times)

    def hold(self, method: str) -> threading.Event:
        """Calls to `method` wait (recorded first) until the returned event is set, or the stand-in stops."""
        self._held[method] = threading.Event()
        return self._held[method]

    def release(self) -> None:
        for event in self._held.values():
            event.set()

    def lose_reply(self, method: str, how: str = "timeout", times: int = 1) -> None:
        """The next `times` calls to `method` take effect, but the reply never arrives: held past the client's
        timeout ("timeout"), or the connection is reset ("reset"; the only way for "response_url")."""
        self._lost.setdefault(method, []).extend([how] * times)

    def posted(self, channel: str | None = None) -> list[dict]:
        """Messages that took effect (chat.postMessage accepted, even if its reply was lost), oldest first."""
        return [m for m in self.messages if channel is None or m["channel"] == channel]

    def calls_to(self, method: str) -> list[dict]:
        with self._changed:
            return [params for name, params in self.calls if name == method]

    def wait_for(self, method: str, count: int = 1, timeout: float = 5.0) -> list[dict]:
        """Block until `method` has been called `count` times (work after an ack runs in another thread)."""
        with self._changed:
            self._changed.wait_for(lambda: len([c for c in self.calls if c[0] == method]) >= count, timeout)
        return self.calls_to(method)

    # -- answering ---------------------------------------------------------
    def _record(self, method: str, params: dict) -> tuple[int, dict, dict]:
        with self._changed:
            self.calls.append((method, params))
            self._changed.notify_all()
            pending = self._failures.get(method)
            failure = pending.pop(0) if pending else None
        held = self._held.get(method)
        if held:
            held.wait(10)
        if self.down:
            return 503, {"ok": False, "error": "service_unavailable"}, {}
        if failure:
            status, retry_after = failure
            headers = {"Retry-After": str(retry_after)} if status == 429 else {}
            return status, {"ok": False, "error": "ratelimited" if status == 429 else "internal_error"}, headers
        return 200, self._answer(method, params), {}

    def _next_ts(self) -> str:
        return f"1700000000.{next(self._ts):06d}"

    def _answer(self, method: str, p: dict) -> dict:
        if method in self.errors:
            return {"ok": False, "error": self.errors[method]}
        if method == "auth.test":
            return {"ok": True, "url": "https://fake.slack.test/", "team": "Test", "user": "scrutinybot",
                    "team_id": "T0001", "user_id": BOT_USER, "bot_id": "B0001", "is_enterprise_install": False}
        if method == "chat.postMessage":
            ts = self._next_ts()
            with self._changed:
                self.messages.append({"channel": p.get("channel"), "ts": ts, "text": p.get("text"),
                                      "blocks": p.get("blocks"), "metadata": p.get("metadata")})
            return {"ok": True, "channel": p.get("channel"), "ts": ts,
                    "message": {"text": p.get("text"), "user": BOT_USER, "ts": ts, "blocks": p.get("blocks")}}
        if method == "chat.postEphemeral":
            return {"ok": True, "message_ts": self._next_ts()}
        if method == "chat.update":
            return {"ok": True, "channel": p.get("channel"), "ts": p.get("ts"), "text": p.get("text")}
        if method == "conversations.open":
            users = str(p.get("users", "")).split(",")
            return {"ok": True, "channel": {"id": "D" + users[0]}}
        if method == "users.info":
            user = self.users.get(p.get("user"))
            return {"ok": True, "user": user} if user else {"ok": False, "error": "user_not_found"}
        if method == "users.lookupByEmail":
            email = str(p.get("email", "")).lower()
            user = next((u for u in self.users.values() if (u["profile"]["email"] or "").lower() == email), None)
            return {"ok": True, "user": user} if user else {"ok": False, "error": "users_not_found"}
        if method in ("views.publish", "views.open", "views.update", "views.push"):
            view = dict(p.get("view") or {})
            view_id = p.get("view_id") or f"V{next(self._ts):05d}"
            return {"ok": True, "view": {**view, "id": view_id, "hash": f"h{next(self._ts)}"}}
        if method == "apps.connections.open":
            return {"ok": True, "url": self.socket_url} if self.socket_url else {"ok": False, "error": "invalid_auth"}
        if method == "conversations.history":
            return {"ok": True, "messages": self._history(p), "has_more": False}
        if method == "response_url":
            return {"ok": True}
        if method == "files.info":
            return {"ok": False, "error": "file_not_found"}
        return {"ok": False, "error": "unknown_method"}


    def _history(self, p: dict) -> list[dict]:
        """Newest first, like Slack; metadata only with include_all_metadata, as Slack does."""
        with_meta = str(p.get("include_all_metadata", "")).lower() in ("1", "true")
        limit = int(p.get("limit") or 100)
        out = []
        for m in reversed(self.posted(p.get("channel"))):
            message = {"type": "message", "user": BOT_USER, "ts": m["ts"], "text": m["text"]}
            if with_meta and m["metadata"]:
                message["metadata"] = m["metadata"]
            out.append(message)
        return out[:limit]

    def _lose(self, method: str) -> str | None:
        with self._changed:
            pending = self._lost.get(method)
            return pending.pop(0) if pending else None


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128  # the listen backlog; the default 5 resets connections under a burst


def parse_body(content_type: str, body: bytes, query: str) -> dict:
    """Params from a query string, a form body or a JSON body, with JSON-string fields decoded."""
    params = {k: v[0] for k, v in parse_qs(query, keep_blank_values=True).items()}
    if body and content_type.startswith("application/json"):
        params.update(json.loads(body))
    elif body:
        params.update({k: v[0] for k, v in parse_qs(body.decode(), keep_blank_values=True).items()})
    for key in JSON_FIELDS:
        if isinstance(params.get(key), str) and params[key][:1] in "[{":
            params[key] = json.loads(params[key])
    return params


def _handler_for(slack: FakeSlack):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        # The headers and the body go out in two writes; on a kept-alive connection Nagle's algorithm would hold
        # the body until the client's delayed ACK (40 ms). Slack's own servers answer in one go.
        disable_nagle_algorithm = True

        def do_POST(self):
            self._serve()

        def do_GET(self):
            self._serve()

        def _serve(self):
            parts = urlsplit(self.path)
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            params = parse_body(self.headers.get("Content-Type", ""), body, parts.query)
            if parts.path.startswith("/response/"):
                with slack._changed:
                    slack.response_peers.append(self.client_address)
                lost = slack._lose("response_url")
                answer = slack._record("response_url", {**params, "_tag": parts.path[len("/response/"):]})
                return self._reset() if lost == "reset" else self._send(*answer)
            if not parts.path.startswith("/api/"):
                return self._send(404, {"ok": False, "error": "not_found"}, {})
            method = parts.path[len("/api/"):]
            lost = slack._lose(method)
            answer = slack._record(method, params)
            if lost == "timeout":
                self.close_connection = True
                slack._stopped.wait(10)  # past the client's timeout; over when the stand-in stops
                return
            if lost == "reset":
                self._reset()
                return
            self._send(*answer)

        def _reset(self):
            """Close with a TCP reset: the request took effect, the reply never comes."""
            self.close_connection = True
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()

        def _send(self, status: int, payload: dict, headers: dict):
            data = json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            for key, value in headers.items():
                self.send_header(key, value)
            self.end_headers()
            self.wfile.write(data)
            if slack.close_after_reply:
                self.close_connection = True

        def log_message(self, *args):  # keep test output quiet
            pass

    return Handler
