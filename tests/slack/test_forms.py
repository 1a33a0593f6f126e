"""Checking the modals' answers against the demo programme: errors keyed by block, else the right changes."""
from __future__ import annotations

from datetime import date

from bot.changes import AddItem, MoveItem, UpdateItem
from handlers.slack.views.item_form import ItemForm, check_item, item_changes, read_item_form
from handlers.slack.views.matter_modal import MatterForm, check_matter, matter_change

TODAY = date(2021, 9, 1)


def values(title="", meeting=None, lead=None, notes=None) -> dict:
    return {"title": {"value": {"type": "plain_text_input", "value": title}},
            "meeting": {"value": {"type": "static_select", "selected_option": {"value": meeting} if meeting else None}},
            "lead": {"value": {"type": "static_select", "selected_option": {"value": lead} if lead else None}},
            "notes": {"value": {"type": "plain_text_input", "value": notes}}}


def test_reading_the_form(people):
    form = read_item_form(values("  Library   hours ", "f:1", str(people.becky.id), "why"))
    assert form == ItemForm("Library hours", 1, None, str(people.becky.id), "why")
    assert read_item_form(values("x", "m:5")).meeting_id == 5


def test_errors_for_blank_title_missing_meeting_and_non_editors(demo_store, people):
    assert check_item(demo_store, people.val, read_item_form(values("")), TODAY) == {
        "title": "Give the item a title.", "meeting": "Choose a meeting, or “Possible future item”."}
    refused = check_item(demo_store, people.becky, read_item_form(values("Libraries", "f:1")), TODAY)
    assert refused["meeting"].startswith("Only the chair, vice-chair or scrutiny officer")
    assert check_item(demo_store, None, read_item_form(values("Libraries", "f:1")), TODAY)["meeting"]


def test_errors_for_past_meetings_and_duplicates(demo_store, people):
    past = demo_store.meetings(1, end=TODAY)[0]
    coming = demo_store.next_meeting(1, TODAY)
    assert "already taken place" in check_item(demo_store, people.val, ItemForm("New", None, past.id, "", ""), TODAY)["meeting"]
    title = demo_store.items_at(coming.id)[0].title
    assert check_item(demo_store, people.val, ItemForm(title.upper(), None, coming.id, "", ""), TODAY) == {
        "title": "An item with this title is already on that meeting."}
    assert check_item(demo_store, people.val, ItemForm("Libraries", None, coming.id, "", ""), TODAY) == {}


def test_changes_for_an_add_and_an_edit(demo_store, people):
    coming = demo_store.next_meeting(1, TODAY)
    add = item_changes(demo_store, ItemForm("Libraries", 1, None, str(people.becky.id), "n"))
    assert add == [AddItem(1, "Libraries", None, "future", ("Becky Wilkinson",), "n", window="date tbc")]
    item = demo_store.items_at(coming.id)[0]
    edit = item_changes(demo_store, ItemForm("Renamed", None, None, "", ""), item)
    assert edit == [UpdateItem(item.id, title="Renamed", notes="", leads=item.leads), MoveItem(item.id, None, "date tbc")]


def test_matter_checks_and_change(demo_store, people):
    form = MatterForm("A list of establishments", str(people.val.id), date(2021, 8, 1), "")
    assert check_matter(demo_store, people.val, 1, form, TODAY) == {"due": "That date has passed; choose a date still "
                                                                          "to come, or leave it empty."}
    assert "Only the chair" in check_matter(demo_store, people.becky, 1, form, TODAY)["subject"]
    change = matter_change(demo_store, 1, MatterForm("Establishments", str(people.val.id), None, "awaited"), TODAY)
    # Raised at the latest meeting held (20 July 2021), the same rule as an action added by message.
    assert (change.lead, change.raised_on, change.position) == ("Cllr Val Evans", date(2021, 7, 20), "awaited")
