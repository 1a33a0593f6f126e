"""Reading the cells of a work programme table: lines, names, dates, windows and frequencies."""
from __future__ import annotations

import calendar
import html
import re
from dataclasses import dataclass
from datetime import date, datetime

from bot.days.dates import MONTHS, parse_when

_BREAKS = re.compile(r"</?(li|p|br|div|tr)\b[^>]*>", re.I)
_TAGS = re.compile(r"<[^>]+>")
_BULLET = re.compile(r"^\s*(?:[•·▪◦●\-–*]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s+", re.I)
FREQUENCY = re.compile(r"\b(annual(?:ly)?|yearly|every year|each year|quarterly|every quarter|bi-?annual(?:ly)?|"
                       r"six[- ]monthly|twice (?:a|per) year|half[- ]yearly|monthly|every meeting|each meeting|"
                       r"standing item|as required|ongoing)\b", re.I)
_FREQ_NAMES = {"annual": "Annually", "annually": "Annually", "yearly": "Annually", "every year": "Annually",
               "each year": "Annually", "quarterly": "Quarterly", "every quarter": "Quarterly",
               "biannual": "Six-monthly", "bi-annual": "Six-monthly", "biannually": "Six-monthly",
               "bi-annually": "Six-monthly", "six monthly": "Six-monthly", "six-monthly": "Six-monthly",
               "twice a year": "Six-monthly", "twice per year": "Six-monthly", "half yearly": "Six-monthly",
               "half-yearly": "Six-monthly", "monthly": "Monthly", "every meeting": "Every meeting",
               "each meeting": "Every meeting", "standing item": "", "as required": "As required", "ongoing": ""}
_MONTH_WORD = re.compile(r"\b(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b\.?", re.I)
_YEAR = re.compile(r"\b(20\d\d)\b")
_NAME_SPLIT = re.compile(r"\s*(?:/|;|&|\band\b|\+|\n)\s*")
# Words that mark a job title or an organisation rather than a person's name.
_ROLE_WORDS = {"director", "head", "manager", "officer", "lead", "service", "services", "team", "board", "council",
               "cabinet", "member", "portfolio", "holder", "partnership", "commissioning", "strategic", "chief",
               "executive", "assistant", "deputy", "scrutiny", "health", "adult", "adults", "children", "public",
               "policy", "finance", "of", "for", "the", "all", "tbc", "various", "officers", "colleagues", "nhs",
               "trust", "police", "group", "department", "directorate", "committee", "panel", "report", "update",
               "chair", "vice", "independent", "partner", "business", "commissioner", "coordinator", "co-ordinator",
               "adviser", "advisor", "analyst", "consultant", "specialist", "principal", "senior", "corporate",
               "performance", "healthwatch", "icb", "safeguarding", "housing", "education", "environment",
               "planning", "highways", "representative", "representatives", "clerk", "secretary"}
_NAME_WORD = re.compile(r"^(?:[A-Z]\.|[A-Z][a-zA-Z'’]+(?:-[A-Z][a-zA-Z'’]+)*|O['’][A-Z][a-z]+|Mc[A-Z][a-z]+|de|van|von)$")
_TITLE_PREFIX = re.compile(r"^(?:cllr|councillor|dr|mr|mrs|ms|miss|prof)\.?\s+", re.I)
_DASH_PARTS = re.compile(r"\s+[–—-]\s+")
_TO_DO = re.compile(r"^(?P<who>(?:Cllr\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})\s+to\s+(?:share|provide|circulate|"
                    r"present|bring|send|submit|report on|update the panel on|brief the panel on)\s+(?:the\s+|a\s+|an\s+)?"
                    r"(?P<what>.+)$")
_TRAILING = re.compile(r"\s+(?:(?:with|to) the (?:panel|committee|board|members)\b.*|when (?:published|available|ready|"
                       r"completed|finalised)\b.*)$", re.I)


@dataclass(frozen=True)
class Timing:
    """What a date cell says: a meeting day, a window for a possible item, a standing pattern, or nothing."""

    kind: str  # "day" | "future" | "standing" | "empty" | "unreadable"
    day: date | None = None
    window: str = ""
    frequency: str = ""
    months: tuple[int, ...] = ()


def cell_lines(text: str | None) -> list[str]:
    """A cell's separate entries: paragraphs, list items and lines, without bullets or HTML."""
    if not text:
        return []
    text = _BREAKS.sub("\n", str(text))
    text = html.unescape(_TAGS.sub(" ", text)).replace("\xa0", " ")
    out = []
    for line in text.splitlines():
        line = _BULLET.sub("", " ".join(line.split())).strip()
        if line:
            out.append(line)
    return out


def cell_text(text: str | None) -> str:
    return " ".join(cell_lines(text))


def read_timing(text: str, now: datetime, section: str = "scheduled") -> Timing:
    """Classify a date cell; in a standing section months and frequency are kept rather than dated."""
    text = cell_text(text)
    if not text:
        return Timing("empty")
    freq = FREQUENCY.search(text)
    months = months_in(text)
    if freq or section == "standing":
        name = _FREQ_NAMES.get(freq.group(1).lower(), freq.group(1).title()) if freq else ""
        if section == "standing" or freq:
            day = _day_of(text, now)
            if day and not freq and section == "standing":
                return Timing("standing", months=(day.month,), frequency=name)
            return Timing("standing", frequency=name, months=months)
    when = parse_when(text, now)
    if when is None:
        vague = _VAGUE.search(text)
        if vague:  # "Autumn 2025", "early 2026", "Q3": a window a person reads, kept as written
            return Timing("future", window=" ".join(text.split())[:60])
        return Timing("unreadable", window=text)
    if when.kind == "day":
        return Timing("day", day=when.day)
    if when.kind == "month":
        return Timing("future", window=window_text(text) or when.text, months=months)
    if when.kind == "tbc":  # "January 2025 (date tbc)": the month or season the council wrote is kept
        said = " ".join(text.split())
        return Timing("future", window=said[:60] if _MONTH_WORD.search(said) or _VAGUE.search(said) else "date tbc",
                      months=months)
    return Timing("unreadable", window=text)


_VAGUE = re.compile(r"\b(?:spring|summer|autumn|fall|winter|early|mid|late|end of|start of|beginning of|"
                    r"q[1-4]|quarter|new year|next year|20\d\d/\d\d|20\d\d)\b", re.I)


def window_text(text: str) -> str:
    """'april / may 2024' -> 'April/May 2024': the window as the council wrote it, tidied."""
    names = [calendar.month_name[MONTHS[m.group(1).lower()]] for m in _MONTH_WORD.finditer(text)]
    if not names:
        return ""
    year = _YEAR.search(text)
    return "/".join(dict.fromkeys(names)) + (f" {year.group(1)}" if year else "")


def months_in(text: str) -> tuple[int, ...]:
    found = [MONTHS[m.group(1).lower()] for m in _MONTH_WORD.finditer(text)
             if not (m.group(1).lower() == "may" and re.search(r"\bmay\s+(be|not|need|have|also)\b", text, re.I))]
    return tuple(dict.fromkeys(found))


def dates_in(text: str, now: datetime) -> tuple[date, ...]:
    """Every date a cell names ('24 March 2023, 18 July 2022'), in the order written."""
    out = []
    for piece in re.split(r"[;,\n]|\band\b", cell_text(text) if "<" in (text or "") else (text or "")):
        day = _day_of(piece, now, past=True)
        if day and day not in out:
            out.append(day)
    return tuple(out)


def _day_of(text: str, now: datetime, past: bool = False) -> date | None:
    if not re.search(r"\d", text):
        return None
    when = parse_when(text, now, past=past)
    return when.day if when and when.kind == "day" else None


_NO_ONE = re.compile(r"(?:tbc|tba|tbd|to be (?:confirmed|agreed|decided)|n/?a|none|nil|unknown|various|-+|\?+)", re.I)


def split_names(text: str) -> tuple[str, ...]:
    """'Becky Wilkinson/Sandra Ashton-Jones and Tom Denham' -> three names; job titles beside names dropped."""
    whole = cell_text(text).strip(" ,.;")
    if _NO_ONE.fullmatch(whole):
        return ()
    bracketed = [p.strip() for p in re.findall(r"\(([^)]*)\)", whole) if looks_like_name(p.strip())]
    if bracketed:  # "Director of Public Health (Jane Smith)": the person is in the brackets
        return tuple(dict.fromkeys(bracketed))
    parts = [re.sub(r"\s*\(.*?\)\s*", " ", p).strip(" ,.-–") for p in _NAME_SPLIT.split(whole)]
    parts = [p for chunk in parts for p in chunk.split(",")]
    parts = [p.strip(" .-–") for p in parts if p.strip(" .-–")]
    names = [p for p in parts if looks_like_name(p)]
    if not names:
        return (whole,) if whole else ()
    return tuple(dict.fromkeys(names))


def looks_like_name(text: str) -> bool:
    """Two to four capitalised words with no job-title words: 'Becky Wilkinson', 'Cllr Val Evans'."""
    bare = _TITLE_PREFIX.sub("", text.strip())
    words = bare.split()
    if not 2 <= len(words) <= 4 or re.search(r"\d", bare):
        return False
    return all(_NAME_WORD.match(w) for w in words) and not any(w.lower() in _ROLE_WORDS for w in words)


def split_line_item(line: str, now: datetime) -> tuple[str, tuple[str, ...], str, str]:
    """A one-line entry ('Headlines from Self Assessment – Becky Wilkinson - date tbc') -> title, leads, window, notes."""
    line = line.strip().rstrip(";")
    m = _TO_DO.match(line.rstrip("."))
    if m and looks_like_name(m.group("who")):
        what = _TRAILING.sub("", m.group("what")).strip()
        return what[:1].upper() + what[1:], (m.group("who"),), "date tbc", line
    parts = [p.strip() for p in _DASH_PARTS.split(line) if p.strip()]
    title_parts, leads, window = [], [], ""
    for n, part in enumerate(parts):
        timing = parse_when(part, now) if n else None
        if n and timing and timing.kind in ("tbc", "month"):
            window = "date tbc" if timing.kind == "tbc" else window_text(part)
        elif n and all(looks_like_name(x) for x in split_names(part)) and split_names(part):
            leads.extend(split_names(part))
        else:
            title_parts.append(part)
    return " - ".join(title_parts), tuple(leads), window or "date tbc", ""
