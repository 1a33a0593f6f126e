"""Block Kit builders, pure: a meeting's items with their buttons, the Home tab, the modals."""
from __future__ import annotations

import json
from datetime import date, datetime

from bot.conversation import Reply
from bot.days.deadlines import LONDON
from bot.models import Item, Matter, Meeting, Panel, Person
from handlers.slack.blocks import MAX_ITEMS, meeting_blocks, reply_message
from handlers.slack.home.view import PanelHome, Report, home_view
from handlers.slack.views.item_modal import item_modal
from handlers.slack.views.matter_modal import matter_modal

PANEL = Panel(1, "Adults and Safer City Scrutiny Panel")
MEETING = Meeting(7, 1, date(2021, 10, 19))
ITEMS = (Item(11, 1, "Domestic Abuse Act 2021", meeting_id=7, leads=("Hannah Pawley",)),
         Item(12, 1, "Local Account", meeting_id=7, status="submitted", leads=("Becky Wilkinson",)))
VAL = Person(1, "Cllr Val Evans", roles=((1, "chair"),))


def sections(blocks) -> str:
    return "\n".join(b["text"]["text"] for b in blocks if b["type"] == "section")


def test_meeting_blocks_list_items_with_lead_status_and_buttons():
    blocks = meeting_blocks(MEETING, PANEL, ITEMS)
    text = sections(blocks)
    assert "*Domestic Abuse Act 2021*\nHannah Pawley · report awaited" in text
    assert "*Local Account*\nBecky Wilkinson · report submitted" in text
    actions = {b["block_id"]: [e["action_id"] for e in b["elements"]] for b in blocks if b["type"] == "actions"}
    assert actions == {"item-11": ["mark_submitted", "defer_item", "edit_item"], "item-12": ["defer_item", "edit_item"]}
    defer = next(e for b in blocks if b["type"] == "actions" for e in b["elements"] if e["action_id"] == "defer_item")
    assert defer["value"] == "11:7" and defer["confirm"]["confirm"]["text"] == "Defer"


def test_a_long_meeting_stays_within_slacks_block_limit():
    many = tuple(Item(100 + n, 1, f"Item {n}", meeting_id=7) for n in range(40))
    blocks = meeting_blocks(MEETING, PANEL, many)
    assert len(blocks) <= 50 and "…and 20 more" in blocks[-1]["elements"][0]["text"]
    assert len([b for b in blocks if b["type"] == "section"]) == MAX_ITEMS + 1


def test_reply_message_uses_blocks_only_for_one_meeting():
    assert reply_message(Reply("Sorry, I didn't understand that."), PANEL) == {"text": "Sorry, I didn't understand that."}
    text = "Next meeting of the panel:\n*Tuesday 19 October 2021*\n• Domestic Abuse Act 2021 — Hannah Pawley"
    message = reply_message(Reply(text, meeting=MEETING, items=ITEMS), PANEL)
    assert message["text"] == text
    assert message["blocks"][0]["text"]["text"] == "Next meeting of the panel:\n*Tuesday 19 October 2021*"


def test_home_for_a_chair_has_add_buttons_reports_and_actions():
    due = datetime(2021, 9, 29, 10, 0, tzinfo=LONDON)
    matter = Matter(3, 1, "List of establishments", lead="Cllr Val Evans", lead_id=1)
    view = home_view(VAL, [PanelHome(PANEL, MEETING, ITEMS, (matter,), True)], [Report(ITEMS[0], due)], [matter])
    text = sections(view["blocks"])
    assert view["type"] == "home"
    assert "Next meeting: Tuesday 19 October 2021" in text
    assert "due by 10:00 on Wednesday 29 September 2021" in text
    assert text.count("List of establishments") == 2  # open matters, and my actions
    ids = [e["action_id"] for b in view["blocks"] for e in (b.get("elements") or [b.get("accessory") or {}])
           if isinstance(e, dict) and e.get("action_id")]
    assert {"open_add_item", "open_add_matter", "mark_submitted"} <= set(ids)


def test_home_for_an_unknown_member_is_read_only():
    view = home_view(None, [PanelHome(PANEL, MEETING, ITEMS, (), False)], [], [])
    text = sections(view["blocks"])
    assert "read the programme but not change it" in text and "My reports" not in text
    assert "open_add_item" not in json.dumps(view)


def test_item_modal_offers_meetings_and_future_and_prefills_an_edit():
    modal = item_modal([(PANEL, [MEETING])], [VAL], {"item_id": 11}, item=ITEMS[0])
    blocks = {b["block_id"]: b for b in modal["blocks"]}
    options = blocks["meeting"]["element"]["option_groups"][0]["options"]
    assert [o["value"] for o in options] == ["m:7", "f:1"]
    assert blocks["meeting"]["element"]["initial_option"]["value"] == "m:7"
    assert blocks["title"]["element"]["initial_value"] == "Domestic Abuse Act 2021"
    assert json.loads(modal["private_metadata"]) == {"item_id": 11}
    assert modal["title"]["text"] == "Edit item"


def test_matter_modal_has_the_schedule_columns():
    modal = matter_modal(PANEL.name, [VAL], {"panel_id": 1})
    assert [b.get("block_id") for b in modal["blocks"] if b["type"] == "input"] == ["subject", "lead", "due", "position"]
