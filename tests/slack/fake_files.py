"""The Web API stand-in plus files.info and a file download server that insists on the bot token and records who asked."""
from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from tests.slack.fake_slack import FakeSlack


class FilesSlack(FakeSlack):
    """`files[file_id] = (name, bytes)`; files.info hands out a link on the download server (or `links[file_id]`)."""

    def __init__(self):
        super().__init__()
        self.files: dict[str, tuple[str, bytes]] = {}
        self.links: dict[str, str] = {}  # file id -> the URL files.info gives instead (a host that isn't Slack's)
        self.downloads = Downloads(self)

    def _answer(self, method, p):
        if method == "files.info" and p.get("file") in self.files:
            name, data = self.files[p["file"]]
            url = self.links.get(p["file"]) or f"{self.downloads.url}/{p['file']}"
            return {"ok": True, "file": {"id": p["file"], "name": name, "size": len(data), "url_private_download": url}}
        return super()._answer(method, p)

    def stop(self) -> None:
        super().stop()
        self.downloads.stop()


class Downloads:
    """A file server on loopback: 200 with the bytes for the bot token, 403 otherwise; `/redirect/<url>` redirects."""

    def __init__(self, slack: FilesSlack, token: str = "xoxb-test"):
        self.requests: list[tuple[str, str | None]] = []  # (path, Authorization header)
        downloads = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                downloads.requests.append((self.path, self.headers.get("Authorization")))
                if self.path.startswith("/redirect/"):
                    self.send_response(302)
                    self.send_header("Location", self.path[len("/redirect/"):])
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                name, data = slack.files.get(self.path.strip("/"), ("", b""))
                ok = self.headers.get("Authorization") == f"Bearer {token}" and data
                self.send_response(200 if ok else 403)
                self.send_header("Content-Length", str(len(data) if ok else 0))
                self.end_headers()
                if ok:
                    self.wfile.write(data)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True).start()
        self.host = f"127.0.0.1:{self.server.server_address[1]}"
        self.url = f"http://{self.host}"

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()
