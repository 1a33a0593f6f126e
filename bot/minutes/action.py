"""What the rules read out of a clause (an Action), and the words they share: what may be owed, and 'to the panel'."""
from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Action:
    """What one sentence commits someone to: the thing owed, the actor named in the sentence, to the panel or not."""

    thing: str
    actor: str = ""  # as the sentence names them ('he', 'The Scrutiny Officer'); '' if not named
    programme: bool = False  # a report or item coming back to the panel
    topic: str = ""  # the topic a bullet is headed by ("Housing Allocations – the group would present ...")


INFO = (r"report|update|briefing|copy|information|details?|breakdown|list|presentation|paper|note|figures|data|plan|"
        r"findings|analysis|summary|feedback|response|evidence|statistics|numbers|review|progress|version|answer|"
        r"clarification|map|link|slides|document|minutes|results|outcome|proposals?|options|strategy|case stud(?:y|ies)|"
        r"timelines?|timetable|comments|recommendations?|item|letter|overview|answers?|costings?|scoping reports?|"
        r"task (?:and|&) finish group|site visits?|workshops?|briefing sessions?|invitation|business case|explanation")
# Who is given or sent something, in a passive ("the Task Group would be given a summary"): a body or its members
RECIPIENT = re.compile(r"(?:[\w'’-]+\s+){0,3}?(?:panel|committee|board|group|members|councillors|chair|chairman|"
                       r"commission|sub-panel|forum)|(?:he|she|they|members|councillors)", re.I)
TO_PANEL = re.compile(r"\b(?:to|with)\s+(?:the\s+)?(?:panel|committee|board|members|councillors|scrutiny|chair|"
                      r"(?:a|the)\s+(?:future|next|later|subsequent)\s+meeting)|\b(?:at|to|for)\s+(?:a|the)\s+"
                      r"(?:future|next|later|subsequent|forthcoming)\s+meeting\b|\b(?:at|to)\s+(?:the|its)\s+"
                      r"(?-i:[A-Z][a-z]+)\s+meeting\b", re.I)


# An action note's line, its label gone: "JB/KT to explore ...", "Force to survey ...", "A plan ... is to be brought to"
_LABELLED_DOER = re.compile(r"(?P<who>[A-Z][\w'’.&/-]*(?:,?\s+(?:and\s+|&\s+)?[\w'’.&/-]+){0,5}?)\s+to\s+"
                            r"(?P<thing>(?!be\b)[a-z][a-z-]{1,20}\b[^.;]{3,300})")
_LABELLED_PASSIVE = re.compile(r"(?P<thing>[^.;]{3,200}?)\s+(?:is|are)\s+to\s+be\s+[a-z]{3,20}(?:ed|en|wn|ht)\b")


def labelled(rest: str) -> Action | None:
    """What an "ACTION:" line says is to be done, whatever its verb, and who the line names ('JB/KT' is JB and KT)."""
    if m := _LABELLED_DOER.match(rest):
        who = re.sub(r"\s*/\s*", " and ", m.group("who"))
        return Action(m.group("thing")[:1].upper() + m.group("thing")[1:], who)
    if m := _LABELLED_PASSIVE.match(rest):
        return Action(m.group("thing"), "", programme=True)
    return None


# A promise said with its thing: "DCC Smith promised a written update re the custody review by end of June"
_PROMISED = re.compile(rf"\b(?:promised|pledged)\s+(?P<thing>(?:(?:a|an|the|further|written|full|short)\s+){{0,3}}"
                       rf"(?:{INFO})s?\s+(?:on|re|regarding|about|into|of|for)\s+[^.;]{{3,200}})", re.I)


def promised(s: str) -> tuple[Action, int] | None:
    """A paper promised ("promised an update on X"), and where the promise starts (whoever is before it owes it)."""
    if m := _PROMISED.search(s):
        return Action(re.sub(r"\bre\s+", "on ", m.group("thing"), count=1), "", programme=True), m.start()
    return None
