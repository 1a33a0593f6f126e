"""A council's work programme table (rows of cells) -> proposed meetings and items, and rows it could not place."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, time

from bot.programme.cells import Timing, cell_lines, cell_text, dates_in, read_timing, split_line_item
from bot.programme.columns import column_uses, extra_columns, map_header
from bot.programme.leads import read_leads
from bot.programme.meetings import says_cancelled, time_and_venue

_SECTION = [
    ("standing", re.compile(r"^\W*(standing|recurring|regular|annual|routine)\s+(items?|business|reports?)\b", re.I)),
    ("future", re.compile(r"^\W*((possible|potential|proposed)\s+)?(future|unscheduled|unallocated|pending|reserve|"
                          r"other)\s+(items?|topics?|issues?|business|reports?)\b|^\W*items?\s+(to be scheduled|"
                          r"for future|without a date|tbc)\b|^\W*(to be scheduled|date tbc|tbc)\W*$", re.I)),
    ("scheduled", re.compile(r"^\W*(scheduled|programmed|planned)\s+(items?|meetings?)\b", re.I)),
]


@dataclass(frozen=True)
class ProposedMeeting:
    date: date
    agenda_published: date | None = None
    time: time | None = None
    venue: str = ""
    status: str = "confirmed"  # or "cancelled", when the table says so


@dataclass(frozen=True)
class ProposedItem:
    """An item to add, as `bot.changes.AddItem` would carry it, but placed by meeting date rather than id."""

    title: str
    kind: str = "scheduled"
    meeting_date: date | None = None
    leads: tuple[str, ...] = ()
    notes: str = ""
    priority: str = ""
    requested_by: str = ""
    window: str = ""
    frequency: str = ""
    months: tuple[int, ...] = ()
    last_reported: tuple[date, ...] = ()


@dataclass(frozen=True)
class Unplaced:
    row: int  # 1-based, counting every row the reader gave
    text: str
    reason: str


@dataclass(frozen=True)
class ProgrammeProposal:
    meetings: tuple[ProposedMeeting, ...] = ()
    items: tuple[ProposedItem, ...] = ()
    unplaced: tuple[Unplaced, ...] = ()
    found_header: bool = False
    panel_hint: str = ""  # a panel named above the table ("... Scrutiny Panel 2021-2022 Work Programme")
    columns: tuple[tuple[str, str], ...] = ()  # (column name, what the import did with it), every column seen
    guesses: tuple[str, ...] = ()  # each reading a person should check ("row 5: 'Chief Finance Officer' is ...")
    above: tuple[str, ...] = ()  # text above the table (titles, membership lines): read for the panel, not imported


@dataclass
class _State:
    columns: dict[str, int] = field(default_factory=dict)
    header: list[str] = field(default_factory=list)
    extras: dict[int, str] = field(default_factory=dict)  # columns with no meaning: kept in notes under their name
    filled: set[int] = field(default_factory=set)
    uses: dict[str, str] = field(default_factory=dict)
    guesses: list[str] = field(default_factory=list)
    above: list[str] = field(default_factory=list)
    section: str = "scheduled"
    section_fresh: bool = False  # a section heading just above a header row names that table's kind
    meeting: date | None = None
    meetings: dict[date, ProposedMeeting] = field(default_factory=dict)
    items: list[ProposedItem] = field(default_factory=list)
    panel_hint: str = ""
    unplaced: list[Unplaced] = field(default_factory=list)


def read_programme(tables: list[list[list[str]]], now: datetime) -> ProgrammeProposal:
    """Every table in a document, in order: find the header wherever it is and place each row after it."""
    state, row_no = _State(), 0
    for table in tables:
        continuing = bool(state.columns)
        for row in table:
            row_no += 1
            cells = [c if isinstance(c, str) else ("" if c is None else str(c)) for c in row]
            if not any(cell_text(c) for c in cells):
                continue
            header = map_header(cells)
            # Once a header is known, only a fuller one replaces it: "Annual Report | Finance Officer" is an item.
            if header and state.columns and len(header) < min(3, len(state.columns)):
                header = {}
            if header:
                _record_uses(state)
                state.columns, state.header, state.filled = header, cells, set()
                state.extras = extra_columns(cells, header)
                state.section = state.section if state.section_fresh else "scheduled"
                state.meeting = None
                continuing = True
                continue
            if not continuing:
                state.panel_hint = state.panel_hint or panel_named_in(cells)
                state.above.append(_row_text(cells))
                section = section_of_text(" ".join(cell_text(c) for c in cells))
                if section:
                    state.section, state.section_fresh = section, True
                continue
            state.filled |= {i for i in state.extras if i < len(cells) and cell_text(cells[i])}
            _place_row(state, cells, row_no, now)
    _record_uses(state)
    return ProgrammeProposal(tuple(sorted(state.meetings.values(), key=lambda m: m.date)), tuple(state.items),
                             tuple(state.unplaced), found_header=bool(state.columns), panel_hint=state.panel_hint,
                             columns=tuple(state.uses.items()), guesses=tuple(state.guesses), above=tuple(state.above))


def _record_uses(state: _State) -> None:
    for name, use in column_uses(state.header, state.columns, state.filled):
        if name not in state.uses:
            state.uses[name] = use
        elif state.uses[name] != use:
            state.uses[f"{name} (another table)"] = use


_PANEL = re.compile(r"\b((?:[A-Z][\w'’&,-]*\s+)*?(?:[A-Z][\w'’&,-]*|and|of|for|the)(?:\s+(?:[A-Z][\w'’&,-]*|and|of|for|the))*?"
                    r"\s+(?:Scrutiny\s+)?(?:Panel|Board|Committee|Commission))\b")


def panel_named_in(cells: list[str]) -> str:
    """A panel's name in a title above the table, e.g. 'Adults and Safer City Scrutiny Panel 2021-2022 Work Programme'."""
    for cell in cells:
        text = cell_text(cell).replace("*", "").replace("#", "").strip()
        if len(text) > 120 or ":" in text:
            continue
        m = _PANEL.search(text)
        words = m.group(1).split() if m else []
        while words and words[0][0].islower():
            words.pop(0)
        if len(words) >= 2:
            return " ".join(words)
    return ""


def section_of_text(text: str) -> str | None:
    """'Possible Future Items' -> 'future', 'Standing Items' -> 'standing'; None for anything else."""
    text = " ".join(text.split())
    if not text or len(text) > 60:
        return None
    return next((kind for kind, pattern in _SECTION if pattern.search(text)), None)


def _section_of(cells: list[str]) -> str | None:
    filled = [cell_text(c) for c in cells if cell_text(c)]
    return section_of_text(filled[0]) if len(filled) == 1 else None


def _cell(cells: list[str], state: _State, meaning: str) -> str:
    index = state.columns.get(meaning)
    return cells[index] if index is not None and index < len(cells) else ""


def _place_row(state: _State, cells: list[str], row_no: int, now: datetime) -> None:
    section = _section_of(cells)
    if section:
        state.section, state.meeting, state.section_fresh = section, None, True
        return
    state.section_fresh = False
    filled = [c for c in cells if cell_text(c)]
    title_cell = _cell(cells, state, "title")
    timing = read_timing(_cell(cells, state, "meeting"), now, state.section)
    if len(filled) == 1 and not cell_text(title_cell) and timing.kind != "day":
        _place_line(state, cell_text(filled[0]), row_no, now)
        return
    if timing.kind == "day" and says_cancelled(title_cell):
        _add_meeting(state, timing.day, cells, now, row_no, status="cancelled")
        return
    if not cell_lines(title_cell):
        if timing.kind == "day":
            _add_meeting(state, timing.day, cells, now, row_no)
        else:
            state.unplaced.append(Unplaced(row_no, _row_text(cells), "no item named in this row"))
        return
    if timing.kind == "unreadable":
        state.unplaced.append(Unplaced(row_no, _row_text(cells), f"could not read the date “{timing.window}”"))
        return
    kind, meeting, window = _kind_for(state, timing)
    if kind == "scheduled" and timing.kind == "day":
        _add_meeting(state, timing.day, cells, now, row_no)
    if kind == "scheduled" and meeting is None:
        state.unplaced.append(Unplaced(row_no, _row_text(cells), "no meeting date above this row"))
        return
    frequency = ""
    if kind == "standing":
        frequency = timing.frequency or read_timing(_cell(cells, state, "frequency"), now, "standing").frequency
    if kind == "future" and cell_text(_cell(cells, state, "meeting")):
        state.guesses.append(f"row {row_no}: “{cell_text(_cell(cells, state, 'meeting'))}” read as a possible future item"
                             f", timing “{window}”")
    for item in _items_in_row(state, cells, now, row_no):
        state.items.append(ProposedItem(
            item["title"], kind, meeting, item["leads"], item["notes"], item["priority"], item["requested_by"],
            window if kind == "future" else "", frequency, timing.months if kind == "standing" else (),
            item["last_reported"]))


def _kind_for(state: _State, timing: Timing) -> tuple[str, date | None, str]:
    if timing.kind == "standing" or state.section == "standing":
        return "standing", None, ""
    if timing.kind == "day":
        if state.section == "future":
            return "future", None, f"{timing.day.day} {timing.day:%B %Y}"
        return "scheduled", timing.day, ""
    if timing.kind == "future":
        return "future", None, timing.window
    if state.section == "future":
        return "future", None, "date tbc"
    return "scheduled", state.meeting, ""


def _add_meeting(state: _State, day: date, cells: list[str], now: datetime, row_no: int,
                 status: str = "confirmed") -> None:
    """The meeting a row dates, with the publication date, time and venue its cells give."""
    state.meeting = day
    agenda_cell = _cell(cells, state, "agenda")
    published = read_timing(agenda_cell, now, "scheduled").day if cell_text(agenda_cell) else None
    at, venue = time_and_venue(_cell(cells, state, "meeting"))
    if at or venue:
        state.guesses.append(f"row {row_no}: read " + " and ".join(
            x for x in (f"{at:%H:%M} as the meeting's time" if at else "",
                        f"“{venue}” as its venue" if venue else "") if x) + f" ({day.day} {day:%B %Y})")
    old = state.meetings.get(day) or ProposedMeeting(day)
    state.meetings[day] = ProposedMeeting(day, published or old.agenda_published, at or old.time, venue or old.venue,
                                          status if status != "confirmed" else old.status)


def _items_in_row(state: _State, cells: list[str], now: datetime, row_no: int) -> list[dict]:
    """Several items in one cell pair with the leads, notes and dates beside them, line by line."""
    titles = cell_lines(_cell(cells, state, "title"))
    columns = {m: cell_lines(_cell(cells, state, m)) for m in ("lead", "notes", "priority", "requested_by",
                                                                 "last_reported")}
    out = []
    for n, title in enumerate(titles):
        lead_line = _pair(columns["lead"], n, len(titles), spread=True)
        reports = _pair(columns["last_reported"], n, len(titles), spread=True)
        notes = _pair(columns["notes"], n, len(titles), spread=False)
        requested = _pair(columns["requested_by"], n, len(titles), spread=True)
        if not requested and _REQUESTED.match(notes):  # "Requested by OSPB on 26 July 2023" written in the notes
            requested, notes = notes, ""
        leads = read_leads(lead_line)
        kept = [f"{_label(state, 'lead')}: {leads.kept}"] if leads.kept else []
        if leads.title_only:
            state.guesses.append(f"row {row_no}: “{leads.kept}” names no person (a job title or organisation): "
                                 "kept in the notes, not made a person")
        for index, label in state.extras.items():
            value = _pair(cell_lines(cells[index]) if index < len(cells) else [], n, len(titles), spread=True)
            kept += [f"{label}: {value}"] if value else []
        out.append({
            "title": title, "leads": leads.names, "notes": "; ".join([notes] * bool(notes) + kept),
            "priority": _pair(columns["priority"], n, len(titles), spread=True),
            "requested_by": requested, "last_reported": dates_in(reports, now) if reports else (),
        })
    return out


def _label(state: _State, meaning: str) -> str:
    index = state.columns.get(meaning, -1)
    return cell_text(state.header[index]) if 0 <= index < len(state.header) else meaning.title()


_REQUESTED = re.compile(r"^\s*(?:requested|suggested|asked for|raised|proposed)\s+(?:by|at|on)\b", re.I)


def _pair(lines: list[str], n: int, count: int, spread: bool) -> str:
    """The entry beside item n: one per item pairs up; a single entry is shared (spread) or sits by the last item."""
    if not lines:
        return ""
    if len(lines) == count:
        return lines[n]
    if count == 1:
        return "; ".join(lines)
    if len(lines) == 1:
        return lines[0] if spread or n == count - 1 else ""
    # Fewer entries than items: Word tables align them with the last items they sit beside.
    offset = count - len(lines)
    return lines[n - offset] if n >= offset and n - offset < len(lines) else ""


def _place_line(state: _State, line: str, row_no: int, now: datetime) -> None:
    """A one-cell row: under a future or standing heading it is an item written as a sentence."""
    if state.section == "scheduled":
        state.unplaced.append(Unplaced(row_no, line, "a line of text outside the table's columns"))
        return
    title, leads, window, notes = split_line_item(line, now)
    if not title:
        state.unplaced.append(Unplaced(row_no, line, "no item named in this line"))
        return
    timing = read_timing(line, now, state.section) if state.section == "standing" else None
    state.items.append(ProposedItem(
        title, state.section, None, leads, notes, window=window if state.section == "future" else "",
        frequency=timing.frequency if timing else "", months=timing.months if timing else ()))


def _row_text(cells: list[str]) -> str:
    return " | ".join(cell_text(c) for c in cells if cell_text(c))
