"""Opening the modals: the item modal for those who may edit, a polite notice for everyone else."""
from __future__ import annotations

from handlers.slack.views.choices import meeting_choices, people_choices
from handlers.slack.views.item_modal import item_modal, notice_modal
from handlers.slack.views.matter_modal import matter_modal

NOT_AN_EDITOR = ("Only a panel's chair, vice-chair or scrutiny officer can change its work programme. "
                 "You can still suggest the item to them.")


def open_item_modal(deps, client, trigger_id: str, person, panel_id: int | None = None, item_id: int | None = None,
                    title: str = "", notes: str = "", home: bool = False, channel: str | None = None) -> dict:
    with deps.lock:
        store = deps.store
        item = store.item(item_id) if item_id else None
        choices = meeting_choices(store, person, deps.clock(), item.panel_id if item else panel_id)
        if not choices:
            view = notice_modal("Not allowed", NOT_AN_EDITOR)
        else:
            meta = {"item_id": item_id, "home": home, "channel": channel}
            view = item_modal(choices, people_choices(store), meta, title=title, notes=notes, item=item)
    client.views_open(trigger_id=trigger_id, view=view)
    return view


def open_matter_modal(deps, client, trigger_id: str, person, panel_id: int, home: bool = False) -> dict:
    with deps.lock:
        panel = deps.store.panel(panel_id)
        if panel is None or not (person and person.can_edit(panel_id)):
            view = notice_modal("Not allowed", NOT_AN_EDITOR)
        else:
            view = matter_modal(panel.name, people_choices(deps.store), {"panel_id": panel_id, "home": home})
    client.views_open(trigger_id=trigger_id, view=view)
    return view
