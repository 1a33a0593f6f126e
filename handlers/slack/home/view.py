"""The App Home tab as Block Kit, built from plain values (no store, no Slack)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from bot.models import Item, Matter, Meeting, Panel, Person
from bot.replies import deadline_lines, item_line, matter_line, meeting_line, moment, short_day
from handlers.slack.blocks import button, context, plain, section

MAX_LIST = 10
MAX_LINES = 25  # folded panels' lines per section


@dataclass(frozen=True)
class PanelHome:
    panel: Panel
    meeting: Meeting | None
    items: tuple[Item, ...]
    matters: tuple[Matter, ...]
    can_edit: bool


@dataclass(frozen=True)
class Report:
    item: Item
    deadline: datetime | None


@dataclass(frozen=True)
class Late:
    """A report past its deadline, for the scrutiny officer to chase."""
    item: Item
    meeting: Meeting
    deadline: datetime


def home_view(person: Person | None, panels: list[PanelHome], reports: list[Report], actions: list[Matter],
              folded: list[tuple[Panel, Meeting | None]] = (), late: list[Late] = ()) -> dict:
    blocks = [{"type": "header", "text": {"type": "plain_text", "text": "Scrutiny work programme"}}]
    if person is None:
        blocks.append(section("I don't know who you are yet, so you can read the programme but not change it. "
                              "Ask your scrutiny officer to add you with the email on your Slack profile."))
    if late:
        blocks += late_blocks(late)
    for home in panels:
        blocks += panel_blocks(home)
    blocks += folded_blocks(folded)
    if person is not None:
        blocks += [{"type": "divider"}, section("*My reports*")] + report_blocks(reports)
        blocks += [section("*My actions*")] + action_blocks(person, actions)
    return {"type": "home", "blocks": blocks[:100]}


def folded_blocks(folded: list[tuple[Panel, Meeting | None]]) -> list:
    """Panels beyond the first few: one line each, and a menu that opens any of them in full."""
    if not folded:
        return []
    lines = [f"• *{p.name}* — " + (f"next meeting {short_day(m.date)}" if m else "no meeting scheduled")
             for p, m in folded]
    menu = {"type": "static_select", "action_id": "home_open_panel", "placeholder": plain("Open a panel"),
            "options": [{"text": plain(p.name), "value": str(p.id)} for p, _ in folded[:100]]}
    blocks = [{"type": "divider"}, section(f"*Your other panels ({len(folded)})*", menu)]
    for start in range(0, len(lines), MAX_LINES):  # a section holds 3,000 characters
        blocks.append(section("\n".join(lines[start:start + MAX_LINES])))
    return blocks


def late_blocks(late: list[Late]) -> list:
    """The scrutiny officer's list of late reports, each with a "Chase" button (a polite nudge to its author)."""
    out = [{"type": "divider"}, section(f"*Late reports ({len(late)})*")]
    for row in late[:MAX_LIST]:
        item = row.item
        text = (f"*{item.title}*\n{item.lead_text} · meeting {short_day(row.meeting.date)} · was due by "
                f"{moment(row.deadline)}")
        out.append(section(text, button("Chase", "chase_report", str(item.id)) if item.lead_ids else None))
    if len(late) > MAX_LIST:
        out.append(context(f"…and {len(late) - MAX_LIST} more; ask “which reports are late?” for them all."))
    return out


def panel_blocks(home: PanelHome) -> list:
    add = button("Add item", "open_add_item", str(home.panel.id), style="primary") if home.can_edit else None
    if home.meeting is None:
        blocks = [{"type": "divider"}, section(f"*{home.panel.name}*\nNo meeting scheduled.", add)]
    else:
        blocks = [{"type": "divider"}, section(f"*{home.panel.name}*\nNext meeting: {meeting_line(home.meeting)}", add),
                  context(deadline_lines(home.meeting, home.panel)),
                  section(_lines([item_line(i) for i in home.items], "No items yet."))]
    blocks.append(section("*Open outstanding matters*\n" + _lines([matter_line(m) for m in home.matters], "None.")))
    if home.can_edit:
        blocks.append({"type": "actions", "block_id": f"panel-{home.panel.id}",
                       "elements": [button("Add outstanding matter", "open_add_matter", str(home.panel.id))]})
    return blocks


def report_blocks(reports: list[Report]) -> list:
    if not reports:
        return [section("No reports due from you.")]
    out = []
    for report in reports[:MAX_LIST]:
        item = report.item
        when = short_day(item.meeting_date) if item.meeting_date else (item.window or "date tbc")
        due = f"; due by {moment(report.deadline)}" if report.deadline else ""
        status = "; report submitted" if item.status == "submitted" else ""
        accessory = button("Mark submitted", "mark_submitted", str(item.id)) if item.status == "planned" else None
        out.append(section(f"*{item.title}*\n{when}{due}{status}", accessory))
    if len(reports) > MAX_LIST:
        out.append(context(f"…and {len(reports) - MAX_LIST} more."))
    return out


def action_blocks(person: Person, actions: list[Matter]) -> list:
    """My open outstanding matters; a button closes one where I keep the schedule (its lead tells whoever does)."""
    if not actions:
        return [section("Nothing outstanding.")]
    out = [section(matter_line(m), button("Mark done", "close_matter", str(m.id)) if person.may_close(m) else None)
           for m in actions[:MAX_LIST]]
    if not all(person.may_close(m) for m in actions):
        out.append(context("Done with one? Tell the scrutiny officer: they keep the schedule of outstanding matters."))
    if len(actions) > MAX_LIST:
        out.append(context(f"…and {len(actions) - MAX_LIST} more."))
    return out


def _lines(lines: list[str], empty: str) -> str:
    shown = lines[:MAX_LIST] + ([f"…and {len(lines) - MAX_LIST} more"] if len(lines) > MAX_LIST else [])
    return "\n".join(shown) or empty
