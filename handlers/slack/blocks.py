"""Block Kit for messages: a meeting's items as a tidy list with buttons, and the small pieces both share."""
from __future__ import annotations

from bot.conversation import Reply
from bot.models import Item, Meeting, Panel
from bot.replies import STATUS_WORDS, deadline_lines, meeting_line
from handlers.slack.mrkdwn import escape

MAX_TEXT = 2900  # Slack allows 3,000 characters in a section
MAX_ITEMS = 20  # two blocks an item keeps a message under Slack's 50 blocks


def clip(text: str, limit: int = MAX_TEXT) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"


def mrkdwn(text: str, limit: int = MAX_TEXT) -> dict:
    """A mrkdwn text object for text we composed around user or file text: escaped here, once (handlers.slack.mrkdwn)."""
    return {"type": "mrkdwn", "text": clip(escape(text), limit) or " "}


def message_text(text: str) -> str:
    """A message's top-level `text` (shown in notifications, parsed as mrkdwn too), escaped and within Slack's limit."""
    return clip(escape(text), 39000)


def section(text: str, accessory: dict | None = None) -> dict:
    block = {"type": "section", "text": mrkdwn(text)}
    if accessory:
        block["accessory"] = accessory
    return block


def context(text: str) -> dict:
    return {"type": "context", "elements": [mrkdwn(text)]}


def plain(text: str, limit: int = 75) -> dict:
    return {"type": "plain_text", "text": clip(text, limit), "emoji": True}


def button(label: str, action_id: str, value: str, style: str | None = None, confirm: dict | None = None) -> dict:
    out = {"type": "button", "text": plain(label), "action_id": action_id, "value": value}
    if style:
        out["style"] = style
    if confirm:
        out["confirm"] = confirm
    return out


def item_text(item: Item) -> str:
    status = STATUS_WORDS.get(item.status) or "report awaited"
    return f"*{item.title}*\n{item.lead_text} · {status}"


def item_buttons(item: Item) -> list[dict]:
    """Mark submitted (while a report is awaited), Defer (confirmed first: it moves the item) and Edit."""
    buttons = []
    if item.status == "planned":
        buttons.append(button("Mark submitted", "mark_submitted", str(item.id), style="primary"))
    if item.meeting_id and item.status in ("planned", "submitted"):
        confirm = {"title": plain("Defer this item?"), "confirm": plain("Defer"), "deny": plain("Keep it"),
                   "text": mrkdwn(f"Move *{item.title}* to the next meeting?", 300)}
        buttons.append(button("Defer", "defer_item", f"{item.id}:{item.meeting_id}", confirm=confirm))
    buttons.append(button("Edit", "edit_item", str(item.id)))
    return buttons


def meeting_blocks(meeting: Meeting, panel: Panel, items: list[Item] | tuple[Item, ...], buttons: bool = True,
                   lead: str = "") -> list:
    blocks = [section(f"{lead or panel.name}\n*{meeting_line(meeting)}*")]
    if meeting.status != "cancelled":
        blocks.append(context(deadline_lines(meeting, panel)))
    if not items:
        blocks.append(section("No items yet."))
    for item in list(items)[:MAX_ITEMS]:
        blocks.append(section(item_text(item)))
        actions = item_buttons(item) if buttons else []
        if actions:
            blocks.append({"type": "actions", "block_id": f"item-{item.id}", "elements": actions})
    if len(items) > MAX_ITEMS:
        blocks.append(context(f"…and {len(items) - MAX_ITEMS} more; ask for the work programme to see them all."))
    return blocks


def reply_message(reply: Reply, panel: Panel | None) -> dict:
    """chat.postMessage arguments for a reply: blocks when it is about one meeting, else plain mrkdwn text."""
    if reply.meeting is None or panel is None:
        return {"text": message_text(reply.text)}
    marker = f"*{meeting_line(reply.meeting)}*"
    lead = reply.text.split(marker)[0].strip() if marker in reply.text else ""  # the engine's heading, if any
    blocks = meeting_blocks(reply.meeting, panel, reply.items, lead=lead)
    return {"text": message_text(reply.text), "blocks": blocks}
