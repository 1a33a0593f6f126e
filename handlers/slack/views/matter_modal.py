"""The add outstanding matter modal (pure builder), and reading and checking what comes back."""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from bot.changes import AddMatter
from bot.edits.matters import raised_date
from bot.models import Person
from handlers.slack.blocks import context, plain
from handlers.slack.edits import EDITORS_ONLY
from handlers.slack.views.item_form import field
from handlers.slack.views.item_modal import _input, lead_select

CALLBACK = "matter_modal"
MAX_SUBJECT = 300


@dataclass(frozen=True)
class MatterForm:
    subject: str
    lead: str
    due: date | None
    position: str


def matter_modal(panel_name: str, people: list[Person], metadata: dict) -> dict:
    lead = lead_select(people)
    blocks = [
        context(f"For the *{panel_name}*"),
        _input("subject", "Subject", {"type": "plain_text_input", "action_id": "value", "multiline": True,
                                      "max_length": MAX_SUBJECT + 50}),
        _input("lead", "Lead member or officer", lead, optional=True),
        _input("due", "Due back by", {"type": "datepicker", "action_id": "value"}, optional=True),
        _input("position", "Current position", {"type": "plain_text_input", "action_id": "value", "multiline": True},
               optional=True),
    ]
    return {"type": "modal", "callback_id": CALLBACK, "title": plain("Outstanding matter", 24), "submit": plain("Save"),
            "close": plain("Cancel"), "private_metadata": json.dumps(metadata), "blocks": blocks}


def read_matter_form(values: dict) -> MatterForm:
    due = ((values.get("due") or {}).get("value") or {}).get("selected_date")
    return MatterForm(" ".join(field(values, "subject").split()), field(values, "lead"),
                      date.fromisoformat(due) if due else None, field(values, "position"))


def check_matter(store, person: Person | None, panel_id: int, form: MatterForm, today: date) -> dict:
    errors = {}
    if not (person and person.can_edit(panel_id)):
        panel = store.panel(panel_id)
        errors["subject"] = EDITORS_ONLY.format(panel=panel.name if panel else "panel", what="add outstanding matters")
    elif not form.subject:
        errors["subject"] = "Say what the panel asked to come back."
    elif len(form.subject) > MAX_SUBJECT:
        errors["subject"] = f"Keep the subject under {MAX_SUBJECT} characters; put the rest in the position."
    if form.due and form.due < today:
        errors["due"] = "That date has passed; choose a date still to come, or leave it empty."
    return errors


def matter_change(store, panel_id: int, form: MatterForm, today: date) -> AddMatter:
    lead = store.person(int(form.lead)) if form.lead.isdigit() else None
    raised = raised_date(store.meetings(panel_id, end=today, include_cancelled=False), today)
    return AddMatter(panel_id, form.subject, lead.name if lead else form.lead, due=form.due, raised_on=raised,
                     position=form.position)
