"""Fetching a file someone shared with the bot: files.info for its name and URL, then the bytes, with the bot token."""
from __future__ import annotations

import urllib.error
import urllib.request
from pathlib import Path

from slack_sdk.errors import SlackApiError

from handlers.files import READERS, FileReadError

MAX_BYTES = 5_000_000
TEXT = {".txt", ".text", ".md"}


def fetch_file(client, file_id: str, token: str, folder: Path) -> Path:
    """Save the shared file into `folder`; FileReadError (fit to show) if it is the wrong kind or cannot be had."""
    try:
        info = client.files_info(file=file_id)["file"]
    except SlackApiError as exc:
        raise FileReadError(f"I couldn't open that file ({exc.response.get('error')})") from exc
    name = Path(info.get("name") or info.get("title") or file_id).name
    if Path(name).suffix.lower() not in set(READERS) | TEXT:
        raise FileReadError(f"{name}: I can import .csv, .xlsx and .docx programmes, and minutes as .txt or .docx")
    if int(info.get("size") or 0) > MAX_BYTES:
        raise FileReadError(f"{name} is over {MAX_BYTES // 1_000_000} MB; a work programme is much smaller")
    url = info.get("url_private_download") or info.get("url_private")
    if not url:
        raise FileReadError(f"Slack gave no download link for {name}")
    request = urllib.request.Request(url, headers={"Authorization": f"Bearer {token}"})
    try:
        with urllib.request.urlopen(request, timeout=20) as response:
            data = response.read(MAX_BYTES + 1)
    except (urllib.error.URLError, OSError) as exc:
        raise FileReadError(f"I couldn't download {name} ({exc})") from exc
    path = folder / name
    path.write_bytes(data)
    return path
