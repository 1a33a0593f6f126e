"""Fetching a file someone shared with the bot: files.info for its name and URL, then the bytes, within limits.

The bot token goes with the download, so it is only ever sent to Slack's own file hosts over HTTPS (and to hosts
named in Settings.file_hosts, which only tests set); a redirect anywhere else is refused, not followed."""
from __future__ import annotations

import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

from slack_sdk.errors import SlackApiError

from handlers.files import READERS, FileReadError

MAX_BYTES = 5_000_000
DOWNLOAD_SECONDS = 30.0  # the whole download, however slowly the bytes trickle in
CHUNK = 64 * 1024
TEXT = {".txt", ".text", ".md"}
SLACK_FILE_HOSTS = frozenset({"files.slack.com", "files-edu.slack.com", "files-origin.slack.com",
                              "files.slack-gov.com"})


def token_may_go_to(url: str, extra_hosts: tuple[str, ...] = ()) -> bool:
    """True for https on one of Slack's file hosts, or for a host:port named in `extra_hosts` (test stand-ins)."""
    parts = urlsplit(url)
    if parts.username or parts.password:
        return False
    if parts.scheme == "https" and (parts.hostname or "") in SLACK_FILE_HOSTS and parts.port in (None, 443):
        return True
    return parts.scheme in ("http", "https") and parts.netloc.lower() in extra_hosts


def file_details(client, file_id: str) -> tuple[str, str]:
    """(file name, download URL) from files.info; FileReadError (fit to show) for the wrong kind or size."""
    try:
        info = client.files_info(file=file_id)["file"]
    except SlackApiError as exc:
        raise FileReadError(f"I couldn't open that file ({exc.response.get('error')})") from exc
    name = Path(str(info.get("name") or info.get("title") or file_id)).name[:200]
    if Path(name).suffix.lower() not in set(READERS) | TEXT:
        raise FileReadError(f"{name}: I can import .csv, .xlsx and .docx programmes, and minutes as .txt or .docx")
    if int(info.get("size") or 0) > MAX_BYTES:
        raise FileReadError(f"{name} is over {MAX_BYTES // 1_000_000} MB; a work programme is much smaller")
    url = str(info.get("url_private_download") or info.get("url_private") or "")
    if not url:
        raise FileReadError(f"Slack gave no download link for {name}")
    return name, url


def fetch_file(client, file_id: str, token: str, folder: Path, hosts: tuple[str, ...] = ()) -> Path:
    """Save the shared file into `folder`; FileReadError (fit to show) if it is the wrong kind or cannot be had."""
    name, url = file_details(client, file_id)
    if not token_may_go_to(url, hosts):
        raise FileReadError(f"I couldn't download {name}: its link is not on Slack's file servers")
    path = folder / name
    path.write_bytes(download(url, token, name, hosts))
    return path


def download(url: str, token: str, name: str, hosts: tuple[str, ...] = (), limit: int = MAX_BYTES,
             seconds: float = DOWNLOAD_SECONDS) -> bytes:
    opener = urllib.request.build_opener(_StayOnSlack(hosts))
    request = urllib.request.Request(url, headers={"Authorization": f"Bearer {token}"})
    deadline = time.monotonic() + seconds
    chunks, size = [], 0
    try:
        with opener.open(request, timeout=min(20.0, seconds)) as response:
            while chunk := response.read(CHUNK):
                size += len(chunk)
                if size > limit:
                    raise FileReadError(f"{name} is over {limit // 1_000_000} MB; a work programme is much smaller")
                if time.monotonic() > deadline:
                    raise FileReadError(f"Downloading {name} took too long; please try again")
                chunks.append(chunk)
    except urllib.error.HTTPError as exc:
        raise FileReadError(f"I couldn't download {name} (Slack answered {exc.code})") from exc
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", None) or type(exc).__name__
        raise FileReadError(f"I couldn't download {name} ({reason})") from exc
    return b"".join(chunks)


class _StayOnSlack(urllib.request.HTTPRedirectHandler):
    """urllib copies the Authorization header onto a redirect: refuse any redirect off Slack's file hosts."""

    def __init__(self, hosts: tuple[str, ...]):
        self.hosts = hosts

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        if not token_may_go_to(newurl, self.hosts):
            raise urllib.error.URLError("it redirected off Slack's file servers")
        return super().redirect_request(req, fp, code, msg, headers, newurl)
