"""Stage 5: act when sure, offer the likeliest readings when not, say what is missing when lost."""
from __future__ import annotations

import re

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
_WH = re.compile(r"^(?:what|what's|whats|when|when's|whens|which|who|who's|whos|whose|where|where's|how|is|are|has|have|"
                 r"did|does|do|was|were)\b(?!\s+(?:you|we)\s+(?:please\s+)?(?:move|add|put|cancel|drop|change|make|mark))",
                 re.I)


_REQUEST = re.compile(r"^(?:(?:hi|hey|ok|right|so)[\s,]+)*(?:can|could|would|will|may|please|pls|"
                      r"is it ok|are we ok|do you mind|any chance)\b", re.I)
_NOT_IN = re.compile(r"\b(?:isn'?t|is\s+not|hasn'?t|has\s+not|haven'?t|have\s+not|not\s+yet|still\s+not|still\s+waiting|"
                     r"nearly|almost|not\s+quite|partly|in\s+progress|under\s*way|on\s+track|"
                     r"not\s+(?:in|received|arrived|sent|submitted|done|finished|complete)|no\s+sign\s+of|chase)\b", re.I)
_DONT = re.compile(r"^\W*(?:please\s+)?(?:don'?t|do\s+not|no\s+need\s+to|never\s*mind)\b", re.I)
MEETING_CHANGES = frozenset({"move_meeting", "cancel_meeting", "add_meeting"})


# A change said as a thought, not a request: "I wonder if we should drop X", "X might slip to Feb", "should we ...?"
_HEDGED = re.compile(r"\b(?:wonder(?:ing)?\s+(?:if|whether)|thinking\s+(?:about|of)|might|maybe|perhaps|possibly|"
                     r"not\s+sure|should\s+we|shall\s+we|do\s+we\s+(?:want|need)\s+to|considering|thoughts\s*\??$|"
                     r"what\s+do\s+(?:you|we)\s+think|if\s+[^,.]{1,60}?\s+(?:we'?ll|we\s+will|we\s+can|then)|"
                     r"(?:wants?|asked)\s+to\s+know\s+(?:if|whether)|"
                     r"\b(?!(?:i|we|i'd|we'd)\b)\w+\s+(?:wants?\s+to|would\s+like\s+to|(?:is|are)\s+keen\s+to|"
                     r"asked\s+(?:if|whether)))", re.I)  # someone else's wish, passed on: "Dev wants to drop X"


def is_question(text: str) -> bool:
    """Asked, not requested: 'was the report submitted?', 'has Aisha closed it?' (not 'can we move it?')."""
    text = text.strip()
    return (bool(_WH.match(text)) and not text.rstrip().endswith(("please", "pls"))) or \
        (text.endswith("?") and not _REQUEST.match(text))


def is_hedged(text: str) -> bool:
    return bool(_HEDGED.search(text))


def adjust(ranked: list[tuple[str, float]], text: str, item_found: bool, matter_found: bool,
           item_named: bool = False, matters_exist: bool = True, item_exact: bool = False,
           matter_named: bool = False) -> list[tuple[str, float]]:
    """Weigh the classifier's readings by what the message plainly is: a question changes nothing;
    a change to an item needs an item, a change to a matter a matter."""
    question = is_question(text)
    negated = bool(_NOT_IN.search(text))
    refused = bool(_DONT.match(text))  # "don't move the leisure strategy"
    weighted = []
    for label, p in ranked:
        if question and label in CHANGES and label != "undo":
            p *= 0.25
        if negated and label in {"mark_submitted", "close_matter"}:
            p *= 0.02  # "still isn't in", "nearly done": never mark it in or done
        if refused and label in CHANGES:
            p *= 0.02
        if matter_found and not item_found and label in ITEM_CHANGES:
            p *= 0.4
        if item_found and not matter_found and label in MATTER_CHANGES:
            p *= 0.4
        if (item_named or matter_named) and label in MEETING_CHANGES:
            p *= 0.4  # "the tree survey briefing is now due in March" is not about a meeting
        if item_named and label == "add_item":
            p *= 0.1 if item_exact else 0.3  # the item is already there: putting it somewhere is moving it
        if not matter_found and label in MATTER_CHANGES:
            p *= 0.2 if matters_exist else 0.02  # a change to an action needs an action to change
        if not item_found and label in NAMED_ITEM_CHANGES:
            p *= 0.6  # so does a change to an item, though "my report" names one without its title
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
