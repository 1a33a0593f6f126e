"""Block Kit for imports (pure): the preview with its Import button, minutes proposals with Accept / Edit / Skip."""
from __future__ import annotations

import json
from dataclasses import asdict
from datetime import date

from bot.minutes import ProposedMatter
from bot.replies import short_day
from handlers.slack.blocks import button, clip, context, plain, section
from handlers.slack.mrkdwn import escape

IMPORT = "import_programme"
ACCEPT, EDIT, SKIP = "minutes_accept", "minutes_edit", "minutes_skip"
EDIT_VIEW = "minutes_edit_view"


def preview_message(text: str, file_id: str, panel: str, can_import: bool) -> dict:
    blocks = [section(clip(text))]
    if can_import:
        blocks.append({"type": "actions", "elements": [
            button("Import", IMPORT, json.dumps({"file": file_id, "panel": panel}), style="primary")]})
    else:
        blocks.append(context("Only the chair, vice-chair or scrutiny officer can import it."))
    return {"text": clip(escape(text), 300), "blocks": blocks}


def proposal_value(panel_id: int, p: ProposedMatter) -> str:
    data = {k: v for k, v in asdict(p).items() if k not in ("source",)}
    data = {k: (v.isoformat() if isinstance(v, date) else v) for k, v in data.items()}
    return json.dumps({"panel": panel_id, "p": data})[:2000]


def read_value(value: str) -> tuple[int, ProposedMatter]:
    data = json.loads(value)
    p = dict(data["p"])
    for key in ("raised_on", "due"):
        p[key] = date.fromisoformat(p[key]) if p.get(key) else None
    return data["panel"], ProposedMatter(**p)


def proposal_text(p: ProposedMatter) -> str:
    due = short_day(p.due) if p.due else p.due_text
    extras = "; ".join(x for x in (f"due {due}" if due else "", f"from “{p.item}”" if p.item else "",
                                   "also a possible future item" if p.programme else "") if x)
    return f"*{p.subject}*\n{p.lead or 'no lead named'}" + (f" · {extras}" if extras else "")


def evidence_text(p: ProposedMatter) -> str:
    """The sentence the proposal came from, so the officer can judge it at a glance (escaped by the block builder)."""
    return f"From the minutes: “{clip(p.source, 280)}”"


def minutes_message(heading: str, panel_id: int, proposals, can_apply: bool) -> dict:
    blocks = [section(heading)]
    for n, p in enumerate(proposals[:16]):  # three blocks each, under Slack's fifty
        blocks.append({**section(proposal_text(p)), "block_id": f"proposal-{n}"})
        if p.source:
            blocks.append(context(evidence_text(p)))
        if can_apply:
            value = proposal_value(panel_id, p)
            blocks.append({"type": "actions", "block_id": f"proposal-{n}-actions", "elements": [
                button("Accept", ACCEPT, value, style="primary"), button("Edit", EDIT, value),
                button("Skip", SKIP, value)]})
    if not can_apply:
        blocks.append(context("Only the chair, vice-chair or scrutiny officer can record these."))
    return {"text": clip(escape(heading), 300), "blocks": blocks[:50]}


def settle(blocks: list[dict], actions_block_id: str, note: str) -> list[dict]:
    """The message after one proposal is dealt with: its buttons replaced by what happened."""
    return [context(note) if b.get("block_id") == actions_block_id else b for b in blocks]


def edit_modal(value: str, metadata: dict) -> dict:
    _, p = read_value(value)
    due = {"type": "datepicker", "action_id": "value", **({"initial_date": p.due.isoformat()} if p.due else {})}
    return {"type": "modal", "callback_id": EDIT_VIEW, "title": plain("Outstanding matter", 24), "submit": plain("Record"),
            "close": plain("Cancel"), "private_metadata": json.dumps({**metadata, "value": value})[:3000], "blocks": [
                _input("subject", "Subject", {"type": "plain_text_input", "action_id": "value", "multiline": True,
                                              "initial_value": p.subject}),
                _input("lead", "Lead member or officer", {"type": "plain_text_input", "action_id": "value",
                                                          **({"initial_value": p.lead} if p.lead else {})}, True),
                _input("due", "Due back by", due, True)]}


def _input(block_id: str, label: str, element: dict, optional: bool = False) -> dict:
    return {"type": "input", "block_id": block_id, "label": plain(label), "element": element, "optional": optional}
