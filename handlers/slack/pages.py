"""The public programme page, served by the HTTP server beside the calendar feeds."""
from __future__ import annotations

from handlers.files.public_page import page_response


def programme_page(deps, path: str):
    """(status, content type, body) for /programme/<panel>, or None for a path that is not a page's."""
    if not path.startswith("/programme/"):
        return None
    with deps.lock:
        return page_response(deps.store, path, deps.clock())
