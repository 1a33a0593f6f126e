"""Two changes in one message ('cemetery review to Feb, leisure strategy to March'): each made, or none, with why."""
from __future__ import annotations

import re
from collections.abc import Callable

from bot.conversation import Reply
from bot.intents import POLITE
from bot.language.handler_choice import destinations
from bot.language.masking import QUOTED
from bot.language.vocabulary import COMMANDS, TOWARDS, pointing_back, tokens

# Where one request may end and the next begin: a semicolon, a comma (with 'and' or 'then'), a full stop, 'and then'.
_JOINT = re.compile(r"\s*;\s*|\s*,\s*(?:(?:and|then|also)\s+)?|(?<=[.!])\s+|\s+(?:and|then|also|plus)\s+(?:then\s+)?",
                    re.I)
# A request of its own starts with its verb ('... and withdraw the parking contract').
_VERBS = COMMANDS | {"defer", "bump", "shift", "put", "add", "pull", "park", "bring"}


def requests_in(text: str) -> tuple[list[str], bool]:
    """The requests a message makes one after another, and whether each says where its thing goes (then they are
    surely separate: one thing has one destination). One request: the message alone."""
    words = text.lower().split()
    if not _VERBS.intersection(words[1:]) and sum(w in TOWARDS for w in words) < 2:
        return [text], False  # no second verb and no second 'to': one request (most messages, decided without a regex)
    quoted = [(m.start(), m.end()) for m in QUOTED.finditer(text)]
    for joint in _JOINT.finditer(text):
        if any(start <= joint.start() < end for start, end in quoted):
            continue
        left, right = text[:joint.start()], text[joint.end():]
        if pointing_back(tokens(right)):
            continue  # 'move it to january', 'put him on it': the rest leans on what came before, one request
        if len(destinations(left)) == 1 and destinations(right):
            rest, _ = requests_in(right)
            return [left, *rest], True
        if _ordered(right) and _ordered(left) and len(right.split()) > 2 and len(left.split()) > 2:
            rest, apart = requests_in(right)
            return [left, *rest], apart
    return [text], False


def _ordered(text: str) -> bool:
    """The words start with a change's verb ('withdraw the X', 'please move Y', 'can you push Z'): a request of its own,
    not a reason ('since X is now in March, push Y ...')."""
    words = POLITE.sub("", text.strip()).split(maxsplit=1)
    return bool(words) and words[0].lower() in _VERBS




def do_several(text: str, run: Callable[[str], Reply]) -> Reply | None:
    """Every request in the message made, when each is a change that needs no question and no two touch one record;
    otherwise nothing, with the reason (or, when the parts may not be separate requests, the message read whole)."""
    parts, apart = requests_in(text)
    if len(parts) < 2:
        return None
    replies = [run(part.strip(" ,;")) for part in parts]
    made = all(r.changes and r.ask is None for r in replies)
    if made and _distinct(replies):
        return Reply("\n".join(r.text for r in replies), changes=tuple(c for r in replies for c in r.changes))
    if not apart or not replies[0].changes or replies[0].ask:
        return None  # the first part is no change of its own: what came before the request ('on leave till the 20th')
    if made:
        return Reply("Two of those changes are to the same thing, so nothing has changed. Please say once where it "
                     "should go.")
    stuck = next(p for p, r in zip(parts, replies, strict=True) if not r.changes or r.ask)
    return Reply(f"I read more than one change in that message and couldn't be sure of “{stuck.strip(' ,;.')}” on its "
                 "own, so nothing has changed. Please send each change as its own message.")


def _distinct(replies: list[Reply]) -> bool:
    """No record is changed by two of the requests ('X to Feb, no, X to March' is a correction, not two changes)."""
    touched = [{_record(c) for c in r.changes} for r in replies]
    return all(not (a & b) for n, a in enumerate(touched) for b in touched[n + 1:])


def _record(change) -> tuple:
    """The record a change touches: its item, matter or meeting; a new record is its own."""
    for key in ("item_id", "matter_id"):
        if hasattr(change, key):
            return key, getattr(change, key)
    if hasattr(change, "meeting_id") and not hasattr(change, "panel_id"):
        return "meeting_id", change.meeting_id
    return type(change).__name__, repr(change)
