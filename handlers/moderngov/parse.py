"""ModernGov's XML read safely (defusedxml: no entity expansion) into bot.sync.remote values; HTML to plain text."""
from __future__ import annotations

import html
import re
from datetime import date, time

from bs4 import BeautifulSoup
from defusedxml import DefusedXmlException
from defusedxml.ElementTree import ParseError, fromstring

from bot.sync.remote import AgendaItem, Committee, RemoteMeeting

_DAY = re.compile(r"^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b")
_ISO_DAY = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})\b")
_TIME = re.compile(r"^\s*(\d{1,2})(?:[.:](\d{2}))?\s*([ap])\.?\s*m\.?\s*$|^\s*(\d{1,2})[.:](\d{2})\s*$", re.I)
_ESCAPED = re.compile(r"&(?:lt|gt|amp|quot|#\d+|#x[0-9a-f]+);", re.I)
_BLOCKS = ("p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol")


class BadResponse(Exception):
    """A response that is not the XML ModernGov sends; the message says what was wrong."""


def parse_committees(xml: bytes) -> list[Committee]:
    root = _root(xml, "committees")
    out = []
    for c in root.iter("committee"):
        ident = _int(_text(c, "committeeid"))
        if ident is not None:
            out.append(Committee(ident, _text(c, "committeetitle") or f"Committee {ident}",
                                 _flag(c, "committeeexpired"), _flag(c, "committeedeleted"), _text(c, "committeecategory")))
    return out


def parse_meetings(xml: bytes, committee_id: int) -> list[RemoteMeeting] | None:
    """The committee's meetings, or None when the response does not mention that committee at all."""
    root = _root(xml, "getmeetings")
    committee = next((c for c in root.iter("committee") if _int(_text(c, "committeeid")) == committee_id), None)
    if committee is None:
        return None
    out = []
    for m in committee.iter("meeting"):
        ident, day = _int(_text(m, "meetingid")), parse_day(_text(m, "meetingdate"))
        if ident is not None and day is not None:
            out.append(RemoteMeeting(ident, day, parse_clock(_text(m, "meetingtime")), status_of(_text(m, "meetingstatus"))))
    return out


def parse_meeting(xml: bytes) -> RemoteMeeting:
    root = _root(xml, "meeting")
    ident, day = _int(_text(root, "meetingid")), parse_day(_text(root, "meetingdate"))
    if ident is None or day is None:
        raise BadResponse("a meeting without an id or a date")
    items = tuple(_agenda_item(a) for a in root.iter("agendaitem"))
    return RemoteMeeting(ident, day, parse_clock(_text(root, "meetingtime")), status_of(_text(root, "meetingstatus")),
                         venue=_text(root, "meetinglocation"), agenda_published=_flag(root, "agendapublished"),
                         minutes_published=_flag(root, "minutepublished"), items=items, detailed=True)


def _agenda_item(a) -> AgendaItem:
    labels = {_text(a, f"commentlabel{n}").lower(): _text(a, f"commenttext{n}") for n in (1, 2)}
    papers = tuple(d for d in (parse_day(_text(doc, "publicationdate")) for doc in a.iter("linkeddoc")) if d)
    minutes = html_to_text(_text(a, "minutesnonemptyhtmlbody")) if _flag(a, "isminutepublished", True) else ""
    return AgendaItem(title=plain_title(_text(a, "agendaitemtitle")),
                      number=_text(a, "fulldisplaynumberformat").rstrip("."),
                      text=html_to_text(_text(a, "agendatext")),
                      presenter=html_to_text(labels.get("presented by", "")), minutes=minutes, papers=papers)


def html_to_text(value: str) -> str:
    """Escaped (once or twice) HTML as plain text: one paragraph a line, spaces tidied, scripts and styles dropped."""
    for _ in range(3):  # ModernGov sometimes escapes its HTML twice
        if not _ESCAPED.search(value) or "<" in value and not re.search(r"&lt;\s*/?\s*[a-z]", value, re.I):
            break
        value = html.unescape(value)
    if "<" not in value and "&" not in value:
        return _tidy(value)
    soup = BeautifulSoup(" ".join(value.split()), "html.parser")  # in HTML a line break is only a space
    for tag in soup(["script", "style"]):
        tag.decompose()
    for tag in soup.find_all(_BLOCKS):
        tag.insert_before("\n")
        tag.insert_after("\n")
    return _tidy(soup.get_text())


def plain_title(value: str) -> str:
    """A title is plain text: entities left escaped (sometimes twice) are decoded; anything like a tag is kept as typed."""
    for _ in range(2):
        if _ESCAPED.search(value):
            value = html.unescape(value)
    return " ".join(value.split())


def _tidy(text: str) -> str:
    lines = (" ".join(line.replace("\xa0", " ").split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def parse_day(text: str) -> date | None:
    """'10/02/2026' is 10 February (ModernGov is day-first); an ISO date is read too."""
    if m := _DAY.match(text or ""):
        d, mo, y = (int(g) for g in m.groups())
    elif m := _ISO_DAY.match(text or ""):
        y, mo, d = (int(g) for g in m.groups())
    else:
        return None
    try:
        return date(y, mo, d)
    except ValueError:
        return None


def parse_clock(text: str) -> time | None:
    """'10.00 am', '2 pm', '12.30pm', '14:00'; None when there is no time or it makes no sense."""
    m = _TIME.match((text or "").strip())
    if not m:
        return None
    if m.group(4):
        hour, minute = int(m.group(4)), int(m.group(5))
    else:
        hour, minute = int(m.group(1)), int(m.group(2) or 0)
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if m.group(3).lower() == "p" else 0)
    return time(hour, minute) if hour < 24 and minute < 60 else None


def status_of(text: str) -> str:
    word = (text or "").strip().lower()
    if "cancel" in word or "postponed" in word:
        return "cancelled"
    return "provisional" if "provisional" in word or "tentative" in word else "confirmed"


def _root(xml: bytes, tag: str):
    try:
        root = fromstring(xml)
    except DefusedXmlException as exc:
        raise BadResponse(f"XML with entity or DTD declarations, which I refuse to read ({exc.__class__.__name__})") from exc
    except (ParseError, ValueError) as exc:
        raise BadResponse(f"XML I can't read ({exc})") from exc
    if root.tag.split("}")[-1].lower() != tag:
        raise BadResponse(f"<{root.tag}> where <{tag}> was expected")
    return root


def _text(node, tag: str) -> str:
    found = node.find(tag)
    return (found.text or "").strip() if found is not None else ""


def _flag(node, tag: str, default: bool = False) -> bool:
    value = _text(node, tag).lower()
    return value == "true" if value else default


def _int(text: str) -> int | None:
    return int(text) if text.strip().isdigit() else None


