"""The HTTP server under hostile input, over raw sockets: no smuggling, no stalls held, no 500s, signature first."""
from __future__ import annotations

import json
import logging
import socket
import time
from types import SimpleNamespace

import pytest

from handlers.deps import Deps, Settings
from handlers.slack.app import build_app
from handlers.slack.http import SlackServer
from tests.conftest import FIXED_NOW
from tests.slack.signing import SECRET, interaction_body, signature


@pytest.fixture
def server(demo_store, people, fake_slack):
    fake_slack.add_user("UVAL", "Val Evans", "val@example.org")
    settings = Settings(bot_token="xoxb-test", signing_secret=SECRET, api_url=fake_slack.url)
    app = build_app(Deps(store=demo_store, settings=settings, clock=lambda: FIXED_NOW))

    def programme_page(path):  # a page plugged in the way the public programme page will be
        return (200, "text/html; charset=utf-8", b"<h1>Programme</h1>") if path == "/programme" else None

    http = SlackServer(app, "127.0.0.1", 0, pages=[programme_page], idle_seconds=1, max_body=100_000)
    http.start_in_thread(poll_interval=0.05)
    yield SimpleNamespace(port=http.port, slack=fake_slack)
    http.stop()


def connect(port: int, timeout: float = 5.0) -> socket.socket:
    return socket.create_connection(("127.0.0.1", port), timeout=timeout)


def read_response(stream) -> tuple[int, dict, bytes] | None:
    """One HTTP/1.1 response from a socket's file, or None when the server has closed the connection."""
    line = stream.readline()
    if not line:
        return None
    status = int(line.split()[1])
    headers = {}
    while (header := stream.readline()) not in (b"\r\n", b"\n", b""):
        name, _, value = header.decode().partition(":")
        headers[name.strip().lower()] = value.strip()
    return status, headers, stream.read(int(headers.get("content-length") or 0))


def signed_request(body: str, timestamp: str | None = None, content_type: str = "application/x-www-form-urlencoded",
                   sign: bool = True) -> bytes:
    ts = timestamp if timestamp is not None else str(int(time.time()))
    head = (f"POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Type: {content_type}\r\n"
            f"X-Slack-Request-Timestamp: {ts}\r\nContent-Length: {len(body.encode())}\r\n")
    if sign:
        head += f"X-Slack-Signature: {signature(SECRET, ts, body)}\r\n"
    return (head + "\r\n").encode() + body.encode()


def exchange(port: int, data: bytes) -> tuple[int, dict, bytes]:
    with connect(port) as sock:
        sock.sendall(data)
        return read_response(sock.makefile("rb"))


def test_the_unread_body_of_a_404_is_not_a_second_request(server):
    hidden = b"GET /smuggled HTTP/1.1\r\nHost: x\r\n\r\n"
    with connect(server.port) as sock:
        stream = sock.makefile("rb")
        sock.sendall(b"POST /nowhere HTTP/1.1\r\nHost: x\r\nContent-Length: %d\r\n\r\n%s" % (len(hidden), hidden)
                     + b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
        first, second = read_response(stream), read_response(stream)
    assert (first[0], second[0], second[2]) == (404, 200, b"ok")  # a smuggled request would answer 404 before the ok


def test_an_oversized_body_gets_413_and_the_rest_is_never_read_as_a_request(server):
    hidden = b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n"
    with connect(server.port) as sock:
        stream = sock.makefile("rb")
        sock.sendall(b"POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Length: 200000\r\n\r\n" + hidden * 50)
        assert read_response(stream)[0] == 413
        assert read_response(stream) is None  # closed: nothing in the body was answered


@pytest.mark.parametrize("length, status", [("-5", 400), ("99999999999999999999999", 413), ("12abc", 400),
                                            ("5, 6", 400)])
def test_a_bad_content_length_is_refused_at_once(server, length, status):
    started = time.monotonic()
    answer = exchange(server.port, f"POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Length: {length}\r\n\r\n"
                                   .encode())
    assert answer[0] == status and time.monotonic() - started < 3


def test_stalled_connections_are_closed_and_the_server_keeps_answering(server):
    stalled = [connect(server.port, timeout=10) for _ in range(40)]
    for n, sock in enumerate(stalled):  # half stop mid-headers, half mid-body, none ever finish
        sock.sendall(b"POST /slack/events HTTP/1.1\r\nHost: x\r\n" if n % 2 else
                     b"POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Length: 50\r\n\r\n{\"type\":")
    assert exchange(server.port, b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")[2] == b"ok"
    started = time.monotonic()
    for sock in stalled:  # recv returns b"" once the server hangs up (the idle limit here is 1 s)
        assert sock.recv(1024) == b""
        sock.close()
    assert time.monotonic() - started < 8


def test_an_idle_keep_alive_connection_is_closed(server):
    with connect(server.port, timeout=10) as sock:
        stream = sock.makefile("rb")
        sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
        assert read_response(stream)[2] == b"ok"
        assert read_response(stream) is None  # then nothing: the server closes it after the idle limit


def test_unsigned_garbage_is_401_before_any_parsing_and_leaves_no_traceback(server, caplog):
    caplog.set_level(logging.DEBUG)
    for body, kind in (("{{{ not json", "application/json"), ("payload=%7B%7B%7B", "application/x-www-form-urlencoded")):
        assert exchange(server.port, signed_request(body, content_type=kind, sign=False))[0] == 401
    not_utf8 = signed_request("x" * 4, content_type="application/json", sign=False).replace(b"xxxx", b"\xff\xfe\xfd\xfc")
    assert exchange(server.port, not_utf8)[0] == 401
    forged = signed_request("{{{ not json", content_type="application/json").replace(b"v0=", b"v0=00")
    assert exchange(server.port, forged)[0] == 401
    assert not [r for r in caplog.records if r.exc_info or r.levelno >= logging.ERROR]


@pytest.mark.parametrize("timestamp", ["soon", "1e9", "-1", "", "１２３"])
def test_a_non_numeric_timestamp_is_400(server, timestamp, caplog):
    assert exchange(server.port, signed_request("command=%2Fscrutiny&text=help", timestamp=timestamp))[0] == 400
    assert not [r for r in caplog.records if r.exc_info]


@pytest.mark.parametrize("body, kind", [
    ("{{{ not json", "application/json"),
    ("[1, 2]", "application/json"),
    ("payload=not-json", "application/x-www-form-urlencoded"),
    (interaction_body({"type": "block_actions", "user": {"id": "UVAL"}, "actions": []}), "application/x-www-form-urlencoded"),
    (interaction_body({"type": "block_actions", "user": {"id": "UVAL"}, "actions": ["x"]}),
     "application/x-www-form-urlencoded"),
    (interaction_body({"type": "view_submission", "user": {"id": "UVAL"}, "view": "V1"}), "application/x-www-form-urlencoded"),
    (json.dumps({"type": "event_callback", "event": "app_mention", "event_id": "Ev9"}), "application/json"),
    (json.dumps({"type": "event_callback", "event": {"type": "message"}, "team": 5}), "application/json"),
    ("[" * 40_000 + "]" * 40_000, "application/json"),
])
def test_signed_but_malformed_requests_are_400_not_500(server, body, kind, caplog):
    assert exchange(server.port, signed_request(body, content_type=kind))[0] == 400
    assert not [r for r in caplog.records if r.exc_info]
    assert [m for m, _ in server.slack.calls if m != "auth.test"] == []


def test_a_chunked_signed_request_is_read_whole(server):
    body = "command=%2Fscrutiny&text=help&user_id=UVAL&channel_id=C1&response_url=" + server.slack.response_url("ch")
    ts = str(int(time.time()))
    head = (f"POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
            f"X-Slack-Request-Timestamp: {ts}\r\nX-Slack-Signature: {signature(SECRET, ts, body)}\r\n"
            "Transfer-Encoding: chunked\r\n\r\n")
    half = len(body) // 2
    chunks = "".join(f"{len(part):x}\r\n{part}\r\n" for part in (body[:half], body[half:])) + "0\r\n\r\n"
    assert exchange(server.port, (head + chunks).encode())[0] == 200
    assert server.slack.wait_for("response_url")[0]["_tag"] == "ch"


def test_headers_name_no_versions_and_pages_plug_in(server):
    status, headers, body = exchange(server.port, b"GET /programme HTTP/1.1\r\nHost: x\r\n\r\n")
    assert (status, headers["content-type"], body) == (200, "text/html; charset=utf-8", b"<h1>Programme</h1>")
    assert headers["server"] == "scrutiny-bot" and "python" not in json.dumps(headers).lower()
    assert exchange(server.port, b"GET /slack/events HTTP/1.1\r\nHost: x\r\n\r\n")[0] == 405
    assert exchange(server.port, b"GET /elsewhere HTTP/1.1\r\nHost: x\r\n\r\n")[0] == 404
