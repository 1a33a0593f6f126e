"""Reading and checking the item modal: errors keyed by block id (shown in the modal), else the changes to make."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from bot.changes import AddItem, MoveItem, UpdateItem
from bot.models import Item, Person
from handlers.slack.edits import EDITORS_ONLY

MAX_TITLE = 200


@dataclass(frozen=True)
class ItemForm:
    title: str
    panel_id: int | None
    meeting_id: int | None
    lead: str  # a person id (from the select) or a typed name
    notes: str


def field(values: dict, block_id: str) -> str:
    """The value of one input block: typed text or the chosen option's value ('' when empty), whatever its action id."""
    state = next(iter((values.get(block_id) or {}).values()), None) or {}
    chosen = state.get("selected_option") or {}
    return (chosen.get("value") or state.get("value") or "").strip()


def read_item_form(values: dict) -> ItemForm:
    where = field(values, "meeting")
    kind, _, number = where.partition(":")
    panel_id = meeting_id = None
    if number.isdigit():
        meeting_id = int(number) if kind == "m" else None
        panel_id = int(number) if kind == "f" else None
    return ItemForm(" ".join(field(values, "title").split()), panel_id, meeting_id, field(values, "lead"),
                    field(values, "notes"))


def check_item(store, person: Person | None, form: ItemForm, today: date, item: Item | None = None) -> dict:
    meeting = store.meeting(form.meeting_id) if form.meeting_id else None
    panel_id = meeting.panel_id if meeting else form.panel_id
    errors = {}
    if not form.title:
        errors["title"] = "Give the item a title."
    elif len(form.title) > MAX_TITLE:
        errors["title"] = f"Keep the title under {MAX_TITLE} characters; put the detail in the notes."
    if panel_id is None:
        errors["meeting"] = "Choose a meeting, or “Possible future item”."
    elif not (person and person.can_edit(panel_id)):
        name = store.panel(panel_id).name if store.panel(panel_id) else "panel"
        errors["meeting"] = EDITORS_ONLY.format(panel=name, what="change its work programme")
    elif item and item.panel_id != panel_id:
        errors["meeting"] = "Choose a meeting of the item's own panel."
    elif meeting and meeting.status == "cancelled":
        errors["meeting"] = "That meeting has been cancelled; choose another."
    elif meeting and meeting.date < today and not (item and item.meeting_id == meeting.id):
        errors["meeting"] = "That meeting has already taken place; choose one still to come."
    elif meeting and form.title and "title" not in errors:
        clash = [i for i in store.items_at(meeting.id) if i.title.lower() == form.title.lower() and (not item or i.id != item.id)]
        if clash:
            errors["title"] = "An item with this title is already on that meeting."
    return errors


def item_changes(store, form: ItemForm, item: Item | None = None) -> list:
    meeting = store.meeting(form.meeting_id) if form.meeting_id else None
    panel_id = meeting.panel_id if meeting else form.panel_id
    lead = store.person(int(form.lead)) if form.lead.isdigit() else None
    leads = (lead.name,) if lead else ((form.lead,) if form.lead else ())
    if item is None:
        return [AddItem(panel_id, form.title, form.meeting_id, "scheduled" if meeting else "future", leads, form.notes,
                        window="" if meeting else "date tbc")]
    changes = [UpdateItem(item.id, title=form.title, notes=form.notes, leads=leads or item.leads)]
    if form.meeting_id != item.meeting_id:
        changes.append(MoveItem(item.id, form.meeting_id, "" if meeting else (item.window or "date tbc")))
    return changes
