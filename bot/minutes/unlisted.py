"""Actions said without one of the listed verbs: a list's item, an intention, a passive request, a deferral,
arrangements, a body's infinitive, a promise."""
from __future__ import annotations

import re

from bot.minutes.action import INFO, Action, promised
from bot.minutes.actor import actor_before
from bot.minutes.undertaking import LISTED, arrangements, asked_for, deferred, included, intention

ASKED_THAT = re.compile(r"\b(?:requested|asked|agreed|suggested|recommended|proposed|resolved|insisted|"
                        r"(?:to\s+)?(?:request|ask))\s+that\b", re.I)


def unlisted(s: str, resolved: bool) -> Action | None:
    """Actions said without a listed verb: a list's item, an intention, a passive request, a deferral, arrangements."""
    if s.startswith(LISTED):
        return Action(s[len(LISTED):].strip(" ;,."), "", programme=True)  # "Further items added ... included: · X"
    if thing := intention(s, INFO):  # "It was the intention to bring a report on X to the June meeting"
        return Action(thing, "", programme=True)
    if things := asked_for(s, INFO):  # "Further briefings on X and Y were requested"
        return Action(things[0], "", programme=True)
    if (resolved or ASKED_THAT.search(s)) and (thing := deferred(s) or arrangements(s)):
        return Action(thing, "", programme=bool(deferred(s)))
    if resolved and (thing := included(s, INFO)):  # "(b) the Panel's meeting in December includes a report on X"
        return Action(thing, "", programme=True)
    if resolved and (m := _TO_REQUEST.match(s)):  # "The Committee agreed: ... (ii) to request a further report on X"
        return Action(m.group("thing"), "", programme=True)
    return None


# A body's decision said as what it does, one infinitive a clause: "(ii) to request a further report on X in six months"
_TO_REQUEST = re.compile(rf"\W*(?:\(?[a-z0-9]{{1,4}}[.)]\s*)?to\s+(?:request|ask\s+for|seek|receive|call\s+for|commission)\s+"
                         rf"(?P<thing>(?:an?\s+|the\s+)?(?:further\s+|updated\s+|more\s+|detailed\s+|written\s+)?(?:{INFO})s?"
                         rf"\s+(?:on|about|regarding|into|concerning|in relation to)\s+[^;.]{{3,200}})", re.I)


def promise_in(s: str) -> Action | None:
    """'the Director would write to members': an undertaking said as a promise, its actor before it."""
    found = promised(s)
    return found and Action(found[0].thing, actor_before(s, found[1]), programme=True)
