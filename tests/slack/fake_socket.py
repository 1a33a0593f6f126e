"""A Socket Mode stand-in: a WebSocket server on loopback that sends envelopes and records the app's acks."""
from __future__ import annotations

import json
import socket
import threading

from websockets.exceptions import ConnectionClosed
from websockets.sync.server import serve


class FakeSocketMode:
    """Hands an envelope to the connected app (`send`) and collects what the app sends back (`received`)."""

    def __init__(self):
        self.received: list[dict] = []
        self.sessions = 0  # connections the app has opened so far
        self._connection = None
        self._changed = threading.Condition()
        self._server = None

    def start(self) -> FakeSocketMode:
        self._server = serve(self._session, "127.0.0.1", 0)
        threading.Thread(target=self._server.serve_forever, name="fake-socket-mode", daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server:
            self._server.shutdown()
            self._server = None

    def __enter__(self) -> FakeSocketMode:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    @property
    def url(self) -> str:
        host, port = self._server.socket.getsockname()[:2]
        return f"ws://{host}:{port}/link/?ticket=test"

    def send(self, envelope: dict, timeout: float = 5.0) -> None:
        """Send once the app has connected."""
        with self._changed:
            if not self._changed.wait_for(lambda: self._connection is not None, timeout):
                raise TimeoutError("the app never connected to the Socket Mode stand-in")
            connection = self._connection
        connection.send(json.dumps(envelope))

    def send_text(self, text: str, timeout: float = 5.0) -> None:
        """Send a raw text frame (not necessarily JSON) once the app has connected."""
        with self._changed:
            if not self._changed.wait_for(lambda: self._connection is not None, timeout):
                raise TimeoutError("the app never connected to the Socket Mode stand-in")
            connection = self._connection
        connection.send(text)

    def wait_for_ack(self, envelope_id: str, timeout: float = 5.0) -> dict | None:
        def ack():
            return next((m for m in self.received if m.get("envelope_id") == envelope_id), None)
        with self._changed:
            self._changed.wait_for(lambda: ack() is not None, timeout)
            return ack()

    def drop(self) -> None:
        """Cut the current connection without a close frame, as a network failure (or tcpkill) does."""
        with self._changed:
            connection, self._connection = self._connection, None
        if connection is not None:
            connection.socket.shutdown(socket.SHUT_RDWR)

    def wait_for_sessions(self, count: int, timeout: float = 5.0) -> int:
        with self._changed:
            self._changed.wait_for(lambda: self.sessions >= count and self._connection is not None, timeout)
            return self.sessions

    def _session(self, connection) -> None:
        connection.send(json.dumps({"type": "hello", "num_connections": 1, "debug_info": {"host": "fake"}}))
        with self._changed:
            self._connection = connection
            self.sessions += 1
            self._changed.notify_all()
        try:
            for message in connection:
                with self._changed:
                    self.received.append(json.loads(message))
                    self._changed.notify_all()
        except (ConnectionClosed, OSError):
            pass  # the app hung up, or drop() cut it; nothing more to record
