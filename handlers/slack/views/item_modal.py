"""The add / edit item modal as Block Kit (pure): title, meeting or "possible future item", lead, notes."""
from __future__ import annotations

import json

from bot.models import Item, Person
from bot.replies import day
from handlers.slack.blocks import clip, mrkdwn, plain

CALLBACK = "item_modal"
LEAD_ACTION = "lead_search"


def option(label: str, value: str) -> dict:
    return {"text": plain(label), "value": value}


def lead_select(people: list[Person], current: Person | None = None) -> dict:
    """Type-to-search over everyone (an external select, answered by lead_options.py); a text box when nobody is known."""
    if not people:
        return {"type": "plain_text_input", "action_id": "value"}
    select = {"type": "external_select", "action_id": LEAD_ACTION, "placeholder": plain("Type a name"),
              "min_query_length": 0}
    if current:
        select["initial_option"] = option(current.name, str(current.id))
    return select


def meeting_value(panel_id: int, meeting_id: int | None) -> str:
    return f"m:{meeting_id}" if meeting_id else f"f:{panel_id}"


def item_modal(choices: list[tuple], people: list[Person], metadata: dict, title: str = "", notes: str = "",
               item: Item | None = None) -> dict:
    groups = [{"label": plain(panel.name), "options": [option(day(m.date), meeting_value(panel.id, m.id)) for m in meetings]
               + [option("Possible future item (date tbc)", meeting_value(panel.id, None))]} for panel, meetings in choices]
    meeting = {"type": "static_select", "action_id": "value", "placeholder": plain("Choose a meeting"),
               "option_groups": groups}
    current = None
    if item:
        title, notes = item.title, item.notes
        current = meeting_value(item.panel_id, item.meeting_id)
        meeting["initial_option"] = next((o for g in groups for o in g["options"] if o["value"] == current), None)
        current = next((p for p in people if item.lead_ids and p.id == item.lead_ids[0]), None)
    if meeting.get("initial_option") is None:
        meeting.pop("initial_option", None)
    lead = lead_select(people, current)
    blocks = [
        _input("title", "Title", {"type": "plain_text_input", "action_id": "value", "max_length": 250,
                                  **({"initial_value": clip(title, 250)} if title else {})}),
        _input("meeting", "Meeting", meeting),
        _input("lead", "Lead report author", lead, optional=True),
        _input("notes", "Notes", {"type": "plain_text_input", "action_id": "value", "multiline": True,
                                  **({"initial_value": clip(notes, 2900)} if notes else {})}, optional=True),
    ]
    return {"type": "modal", "callback_id": CALLBACK, "title": plain("Edit item" if item else "Add item", 24),
            "submit": plain("Save"), "close": plain("Cancel"), "private_metadata": json.dumps(metadata),
            "blocks": blocks}


def notice_modal(title: str, text: str) -> dict:
    return {"type": "modal", "title": plain(title, 24), "close": plain("OK"),
            "blocks": [{"type": "section", "text": mrkdwn(text)}]}


def _input(block_id: str, label: str, element: dict, optional: bool = False) -> dict:
    return {"type": "input", "block_id": block_id, "label": plain(label), "element": element, "optional": optional}
