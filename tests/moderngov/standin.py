"""A local ModernGov web service stand-in: real HTTP on 127.0.0.1, real responses verbatim, and a site we can change."""
from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import date, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit
from xml.sax.saxutils import escape

FIXTURES = Path(__file__).parent / "fixtures"
BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<getmeetings><meetingscount>&lol3;</meetingscount></getmeetings>"""


@dataclass
class Item:
    title: str
    html: str = ""  # the agenda text, as HTML
    minutes: str = ""  # this item's minutes, as HTML ('' until published)
    papers: tuple[date, ...] = ()
    double_escaped: bool = False


@dataclass
class Meeting:
    id: int
    committee: int
    date: date
    time: str = "10.00 am"
    status: str = "Confirmed"
    venue: str = "Committee Room 3, Civic Centre"
    agenda_published: bool = False
    minutes_published: bool = False
    items: list[Item] = field(default_factory=list)


class ModernGovSite:
    """`with ModernGovSite() as site:` then `site.url`; change `site.meetings` between syncs; `site.fail(...)`."""

    def __init__(self):
        self.committees: dict[int, tuple[str, bool, bool]] = {}  # id -> (title, expired, deleted)
        self.meetings: dict[int, Meeting] = {}
        self.verbatim: dict[tuple[str, str], bytes] = {}  # (method, id) -> a real response
        self.requests: list[tuple[str, dict]] = []
        self._failures: list[tuple[str, object]] = []
        self._lock = threading.Lock()
        self.release = threading.Event()  # a 'hang' failure waits on this (set when the site stops)
        self._server = None

    def __enter__(self) -> ModernGovSite:
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, args=(0.05,), daemon=True).start()
        return self

    def __exit__(self, *exc) -> None:
        self.release.set()
        self._server.shutdown()
        self._server.server_close()

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    # -- set-up ------------------------------------------------------------
    def add_committee(self, ident: int, title: str, expired: bool = False, deleted: bool = False) -> None:
        self.committees[ident] = (title, expired, deleted)

    def add_meeting(self, meeting: Meeting) -> Meeting:
        self.meetings[meeting.id] = meeting
        return meeting

    def serve_real(self) -> None:
        """Answer as Manchester's site did: the three real responses, verbatim."""
        self.verbatim[("GetCommittees", "")] = (FIXTURES / "GetCommittees.xml").read_bytes()
        self.verbatim[("GetMeetings", "144")] = (FIXTURES / "GetMeetings_committee144.xml").read_bytes()
        self.verbatim[("GetMeeting", "4967")] = (FIXTURES / "GetMeeting_4967.xml").read_bytes()

    def fail(self, method: str, how, times: int = 1) -> None:
        """The next `times` calls to `method` ('*' for any) answer `how`: a status code, 'hang', 'malformed' or
        'bomb' (billion laughs)."""
        with self._lock:
            self._failures += [(method, how)] * times

    def calls(self, method: str) -> list[dict]:
        return [p for m, p in self.requests if m == method]

    # -- answering ---------------------------------------------------------
    def answer(self, method: str, params: dict) -> tuple[int, bytes]:
        with self._lock:
            self.requests.append((method, params))
            failure = next((f for f in self._failures if f[0] in (method, "*")), None)
            if failure:
                self._failures.remove(failure)
        if failure:
            return _failure(self, failure[1])
        key = params.get("lCommitteeId") or params.get("lMeetingId") or ""
        if (method, key) in self.verbatim:
            return 200, self.verbatim[(method, key)]
        if method == "GetCommittees":
            return 200, self._committees()
        if method == "GetMeetings":
            return 200, self._meetings(int(key or 0), _day(params.get("sFromDate")), _day(params.get("sToDate")))
        if method == "GetMeeting" and int(key or 0) in self.meetings:
            return 200, _meeting_xml(self.meetings[int(key)])
        if method == "GetMeeting":
            return 500, b"System.NullReferenceException"
        return 404, b"not found"

    def _committees(self) -> bytes:
        rows = "".join(f"<committee><committeeid>{i}</committeeid><committeetitle>{escape(t)}</committeetitle>"
                       f"<committeedeleted>{d}</committeedeleted><committeeexpired>{e}</committeeexpired>"
                       "<committeecategory>Scrutiny</committeecategory></committee>"
                       for i, (t, e, d) in self.committees.items())
        return (f'<?xml version="1.0" encoding="utf-8"?><committees><committeescount> {len(self.committees)}'
                f"</committeescount>{rows}</committees>").encode()

    def _meetings(self, committee: int, start: date, end: date) -> bytes:
        if committee not in self.committees or self.committees[committee][2]:
            return b'<?xml version="1.0" encoding="utf-8"?><getmeetings><meetingscount> 0</meetingscount>' \
                   b"<committeescount> 0</committeescount></getmeetings>"
        found = sorted((m for m in self.meetings.values() if m.committee == committee and start <= m.date <= end),
                       key=lambda m: m.date)
        rows = "".join(f"<meeting><meetingid>{m.id}</meetingid><meetingdate>{m.date:%d/%m/%Y}</meetingdate>"
                       f"<meetingstatus>{m.status}</meetingstatus><meetingtime>{m.time}</meetingtime>"
                       "<iswebcast>False</iswebcast></meeting>" for m in found)
        title = escape(self.committees[committee][0])
        return (f'<?xml version="1.0" encoding="utf-8"?><getmeetings><meetingscount> {len(found)}</meetingscount>'
                f"<committeescount> 1</committeescount><committee><committeeid>{committee}</committeeid>"
                f"<committeetitle>{title}</committeetitle><committeemeetingcount> {len(found)}"
                f"</committeemeetingcount><committeemeetings>{rows}</committeemeetings></committee></getmeetings>"
                ).encode()


def _meeting_xml(m: Meeting) -> bytes:
    items = "".join(_item_xml(m, n, i) for n, i in enumerate(m.items if m.agenda_published else [], 1))
    return (f'<?xml version="1.0" encoding="utf-8"?><meeting><meetingid>{m.id}</meetingid>'
            f"<meetingdate>{m.date:%d/%m/%Y}</meetingdate><meetingstatus>{m.status}</meetingstatus>"
            f"<meetingtime>{m.time}</meetingtime><meetinglocation>{escape(m.venue)}</meetinglocation>"
            f"<agendapublished>{m.agenda_published}</agendapublished><minutepublished>{m.minutes_published}"
            f"</minutepublished><meetingroom>\n</meetingroom><agendaitems>{items}</agendaitems></meeting>").encode()


def _item_xml(m: Meeting, n: int, i: Item) -> str:
    def html(value: str) -> str:
        return escape(escape(value)) if i.double_escaped else escape(value)

    minutes = html(i.minutes) if m.minutes_published else "\n"
    docs = "".join(f"<linkeddoc><attachmentid>{n}{k}</attachmentid><title>{escape(i.title)}</title>"
                   f"<publicationdate>{d:%d/%m/%Y}</publicationdate><meetingdate>{m.date:%d/%m/%Y}</meetingdate>"
                   "</linkeddoc>" for k, d in enumerate(i.papers))
    return (f"<agendaitem><agendaitemid>{m.id}{n:02d}</agendaitemid><agendaitemtitle>{escape(i.title)}</agendaitemtitle>"
            f"<agendatext>{html(i.html)}</agendatext><fulldisplaynumberformat>{n}.</fulldisplaynumberformat>"
            "<commentlabel1>Presented By</commentlabel1><commenttext1>\n</commenttext1>"
            f"<minutesnonemptyhtmlbody>{minutes}</minutesnonemptyhtmlbody>"
            f"<isminutepublished>{m.minutes_published}</isminutepublished>"
            f"<linkeddocuments>{docs}</linkeddocuments></agendaitem>")


def _failure(site: ModernGovSite, how) -> tuple[int, bytes]:
    if how == "hang":
        site.release.wait(10)  # longer than the client's timeout; released when the site stops
        return 500, b"too late"
    if how == "malformed":
        return 200, b'<?xml version="1.0"?><getmeetings><committee><committeeid>1</committee>'
    if how == "bomb":
        return 200, BILLION_LAUGHS
    return int(how), b"<html><body>Server Error in '/' Application.</body></html>"


def _day(text: str | None) -> date:
    return datetime.strptime(text, "%d/%m/%Y").date() if text else date.min


def _handler_for(site: ModernGovSite):
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            parts = urlsplit(self.path)
            method = parts.path.rsplit("/", 1)[-1] if "/mgWebService.asmx/" in parts.path else ""
            params = {k: v[0] for k, v in parse_qs(parts.query).items()}
            status, body = site.answer(method, params) if method else (404, b"not found")
            try:
                self.send_response(status)
                self.send_header("Content-Type", "text/xml; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            except OSError:  # the client gave up waiting (a 'hang')
                pass

        def log_message(self, *args):
            pass

    return Handler
