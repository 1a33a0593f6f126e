"""Stage 5: act when sure, offer the likeliest readings when not, say what is missing when lost."""
from __future__ import annotations

from bot.language.force import Force

CHANGES = frozenset({
    "add_item", "move_item", "withdraw_item", "mark_submitted", "set_lead", "add_lead", "remove_lead", "add_note",
    "set_notes", "rename_item", "add_meeting", "move_meeting", "cancel_meeting", "set_rule", "set_nudges",
    "set_meeting_deadline", "set_publication", "add_matter", "update_matter", "close_matter", "link_channel",
    "rotate_feed", "connect_moderngov", "undo",
})
# Probabilities of the top reading: at or above ACT it is done; between ASK and ACT the bot offers choices.
ACT_QUESTION, ACT_CHANGE, ASK = 0.30, 0.55, 0.15
MARGIN_CHANGE = 0.20


ITEM_CHANGES = frozenset({"move_item", "withdraw_item", "mark_submitted", "set_lead", "add_lead", "remove_lead", "add_note",
                          "set_notes", "rename_item"})
MATTER_CHANGES = frozenset({"close_matter", "update_matter"})
NAMED_ITEM_CHANGES = frozenset({"move_item", "withdraw_item", "rename_item", "add_note", "set_notes"})
MEETING_CHANGES = frozenset({"move_meeting", "cancel_meeting", "add_meeting"})
LEAD_CHANGES = frozenset({"set_lead", "add_lead", "remove_lead"})


def adjust(ranked: list[tuple[str, float]], force: Force, item_found: bool, matter_found: bool,
           item_named: bool = False, matters_exist: bool = True, item_exact: bool = False,
           matter_named: bool = False, leaning: str = "", whose_only: bool = False,
           person_found: bool = True) -> list[tuple[str, float]]:
    """Weigh the classifier's readings by what the message plainly is: a question changes nothing, nor does a
    change held back; a change to an item needs an item, a change to a matter a matter; a person named only as
    whose the item is ('Kieran's phase 2 is going to May') is not a new lead, and a lead change names someone or
    something ('december's off' is no lead removed)."""
    reading = force.reading
    weighted = []
    for label, p in ranked:
        if label not in CHANGES:  # every weight below is for a change
            weighted.append((label, p))
            continue
        if reading == "ask" and label in CHANGES and label != "undo":
            p *= 0.25
        if reading == "hold" and label in CHANGES:
            p *= 0.02  # "still isn't in", "don't move the leisure strategy": never made
        if matter_found and not item_found and label in ITEM_CHANGES:
            p *= 0.4
        if item_found and not matter_found and label in MATTER_CHANGES:
            p *= 0.4
        if leaning == "item" and label in MATTER_CHANGES:
            p *= 0.4  # both found, an item's words explain the message far better: "push my taxi report to June"
        if (item_named or matter_named) and label in MEETING_CHANGES:
            p *= 0.4  # "the tree survey briefing is now due in March" is not about a meeting
        if item_named and label == "add_item":
            p *= 0.1 if item_exact else 0.3  # the item is already there: putting it somewhere is moving it
        if not matter_found and label in MATTER_CHANGES:
            p *= 0.2 if matters_exist else 0.02  # a change to an action needs an action to change
        if not item_found and label in NAMED_ITEM_CHANGES:
            p *= 0.6  # so does a change to an item, though "my report" names one without its title
        if whose_only and label in LEAD_CHANGES:
            p *= 0.2
        if label in LEAD_CHANGES and not (item_found or person_found):
            p *= 0.1
        weighted.append((label, p))
    total = sum(p for _, p in weighted) or 1.0
    return sorted(((label, p / total) for label, p in weighted), key=lambda lp: -lp[1])


def decide(ranked: list[tuple[str, float]]) -> tuple[str, list[str]]:
    """('act', [label]) / ('ask', [labels to offer]) / ('lost', [best guess])."""
    top, p1 = ranked[0]
    p2 = ranked[1][1] if len(ranked) > 1 else 0.0
    if top == "none":
        return ("lost", [ranked[1][0]]) if p1 < ACT_QUESTION and p2 >= ASK else ("lost", [])
    if top in CHANGES:
        if (p1 >= ACT_CHANGE and p1 - p2 >= MARGIN_CHANGE) or (p1 >= 0.4 and p1 >= 3 * p2):
            return "act", [top]
    elif p1 >= ACT_QUESTION or (p1 >= 0.22 and p1 >= 1.8 * p2):
        return "act", [top]
    if p1 < ASK:
        return "lost", [top]
    offered = [label for label, p in ranked[:3] if p >= ASK * 0.66 and label != "none"]
    if len(offered) == 1 and offered[0] not in CHANGES:
        return "act", offered
    return "ask", offered
