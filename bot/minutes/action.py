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
TO_PANEL = re.compile(r"\b(?:to|with)\s+(?:the\s+)?(?:panel|committee|board|members|councillors|scrutiny|chair|"
                      r"(?:a|the)\s+(?:future|next|later|subsequent)\s+meeting)|\b(?:at|to|for)\s+(?:a|the)\s+"
                      r"(?:future|next|later|subsequent|forthcoming)\s+meeting\b|\b(?:at|to)\s+(?:the|its)\s+"
                      r"(?-i:[A-Z][a-z]+)\s+meeting\b", re.I)
