"""The ModernGov web service over HTTP (httpx): timeouts, a few retries with injectable backoff, one clear error."""
from __future__ import annotations

import time as _time
from collections.abc import Callable
from datetime import date
from urllib.parse import urlsplit

import httpx

from bot.sync.remote import Committee, RemoteMeeting
from handlers.moderngov.parse import BadResponse, parse_committees, parse_meeting, parse_meetings

TIMEOUT = httpx.Timeout(20.0, connect=10.0)
BACKOFF = (1.0, 4.0)  # seconds slept before the second and third tries
MAX_BYTES = 20_000_000  # a committee's meetings list is kilobytes; a response this big is not ModernGov's


class ModernGovError(Exception):
    """The site could not be read; the message is one line fit to show the officer."""


def site_url(text: str) -> str:
    """'democracy.example.gov.uk' or 'https://democracy.example.gov.uk/mgWebService.asmx' -> 'https://democracy...'."""
    text = text.strip().strip("<>").split("|")[0]  # Slack sends links as <https://x|x>
    if "://" not in text:
        text = "https://" + text
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"{text!r} is not a web address (try democracy.example.gov.uk)")
    path = parts.path.split("/mgWebService.asmx")[0].rstrip("/")
    return f"{parts.scheme}://{parts.netloc}{path}"


class ModernGovClient:
    def __init__(self, site: str, http: httpx.Client | None = None, backoff=None,
                 sleep: Callable[[float], None] = _time.sleep, timeout: httpx.Timeout | float = TIMEOUT):
        self.site = site_url(site)
        self.http = http or httpx.Client(timeout=timeout, follow_redirects=True,
                                         headers={"User-Agent": "scrutiny-bot (ModernGov sync)"})
        self.backoff, self.sleep = tuple(BACKOFF if backoff is None else backoff), sleep

    @property
    def host(self) -> str:
        return urlsplit(self.site).netloc

    def committees(self) -> list[Committee]:
        return self._read("GetCommittees", {"lDays": "0"}, parse_committees)

    def meetings(self, committee_id: int, start: date, end: date) -> list[RemoteMeeting] | None:
        params = {"lCommitteeId": str(committee_id), "sFromDate": f"{start:%d/%m/%Y}", "sToDate": f"{end:%d/%m/%Y}"}
        return self._read("GetMeetings", params, lambda xml: parse_meetings(xml, committee_id))

    def meeting(self, meeting_id: int) -> RemoteMeeting:
        return self._read("GetMeeting", {"lMeetingId": str(meeting_id)}, parse_meeting)

    def close(self) -> None:
        self.http.close()

    def _read(self, method: str, params: dict, parse):
        body = self._get(method, params)
        try:
            return parse(body)
        except BadResponse as exc:
            raise ModernGovError(f"{self.host} sent {exc} for {method}") from exc

    def _get(self, method: str, params: dict) -> bytes:
        """The body of one GET, tried up to len(backoff) + 1 times when the site is down, slow or failing (5xx)."""
        url = f"{self.site}/mgWebService.asmx/{method}"
        problem = ""
        for attempt in range(len(self.backoff) + 1):
            if attempt:
                self.sleep(self.backoff[attempt - 1])
            try:
                response = self.http.get(url, params=params)
            except httpx.TimeoutException:
                problem = "did not answer in time"
                continue
            except httpx.HTTPError as exc:  # refused, DNS, reset: the network, worth another try
                problem = f"could not be reached ({exc.__class__.__name__})"
                continue
            if response.status_code >= 500 or response.status_code == 429:
                problem = f"answered {response.status_code}"
                continue
            if response.status_code != 200:
                raise ModernGovError(f"{self.host} answered {response.status_code} to {method}: "
                                     f"is {self.site} its ModernGov site?")
            if len(response.content) > MAX_BYTES:
                raise ModernGovError(f"{self.host} sent {len(response.content)} bytes for {method}, "
                                     "far more than ModernGov sends")
            return response.content
        tries = len(self.backoff) + 1
        raise ModernGovError(f"{self.host} {problem} ({method}, {tries} {'try' if tries == 1 else 'tries'})")
