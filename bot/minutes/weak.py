"""Subjects too weak to put on a schedule: nothing named but a kind of paper, a pronoun, a heading or a cut-off phrase."""
from __future__ import annotations

import re

from bot.minutes.action import INFO

# Words that say what kind of thing is owed, or point back, but not what it is about: "a detailed report on this"
_EMPTY = {"a", "an", "the", "this", "that", "these", "those", "it", "its", "their", "matter", "matters", "issue",
          "issues", "item", "items", "main", "detailed", "brief", "further", "full", "more", "written", "short",
          "on", "of", "regarding", "about", "to", "for", "in", "with", "relation", "providing", "any", "some", "same"}
_TOPIC_STARTS = {"on", "of", "regarding", "about", "into", "concerning"}
_KIND = re.compile(rf"(?:{INFO})s?", re.I)
# Agenda or narrative text, or a question, not a thing owed: "To monitor progress ...", "Received a presentation on
# ...", "No further items", "Why the report on X was delayed", a chair's "Need to understand why ...", the body's own
# diary ("Hold its next meeting on 12 March")
_NOT_A_THING = re.compile(r"(?:to|no|none|nothing|received|noted|considered|discussed|welcomed|need to|"
                          r"why|whether|how|what|when|who|where|hold\s+(?:its|their|the)\s+next\s+meeting)\b", re.I)
# A short phrase the cut left hanging: "Urgent additional items to" (a long one has said what it is about before its
# end: "Seek clarification of what X refers to")
_HANGING = {"to", "on", "of", "for", "by", "with", "from", "the", "a", "an", "and", "or", "including", "regarding",
            "based", "new"}


# A person or a role is who acts, never what is owed: "that the Director of Place be given delegated authority to ..."
_ROLE = {"director", "head", "manager", "officer", "officers", "chair", "chairman", "vice-chair", "member", "members",
         "councillor", "cllr", "leader", "mayor", "clerk", "executive", "commissioner", "coordinator", "co-ordinator",
         "holder", "lead", "deputy", "assistant", "chief"}


def _only_who(subject: str) -> bool:
    """'Director of Place', 'Cabinet Member for Housing': a role (capitalised, with a role word), nothing owed named."""
    words = subject.split()
    return (len(words) <= 8 and bool(_ROLE & {w.lower().strip(",.") for w in words})
            and all(w[:1].isupper() or w.lower() in {"of", "for", "and", "the", "&"} for w in words)
            and not any(_KIND.fullmatch(w.lower()) for w in words))


def weak_subject(subject: str, placeholder: bool = False, title: str = "") -> bool:
    """Whether a subject names nothing an officer could act on: only kind-of-paper and pointing words ("Detailed
    report", "Update regarding this", "This matter"), agenda or narrative text ("To monitor ...", "Received ...",
    "No further items"), a short phrase cut off mid-way ("... items to"), or (placeholder) the item's heading standing in for
    a pronoun, or the heading said twice ("Work programmes on Update on Work Programmes")."""
    words = [w for w in re.findall(r"[\w'’-]+", subject.lower())[:40] if w.strip("-'’")]  # "Response -": one word
    if placeholder or not words:
        return True
    # a kind of paper is the thing itself before "on" ("Detailed report"), its topic after it ("Report on reviews")
    cut = next((i for i, w in enumerate(words) if w in _TOPIC_STARTS), len(words))
    if all(w in _EMPTY or i < cut and _KIND.fullmatch(w) for i, w in enumerate(words)):
        return True
    return (bool(_NOT_A_THING.match(subject)) or len(words) <= 6 and words[-1] in _HANGING or _echoes(subject, title)
            or _only_who(subject) or words[0] == "any" and len(words) <= 3  # "Any changes (would be reported)": if any
            or len(words) <= 3 and all(w in _MOTION or _KIND.fullmatch(w) for w in words))


# Going and coming, with nothing said of what comes: "Come back (in October)", "Bring", "Look at briefings"
_MOTION = {"come", "back", "bring", "go", "return", "meet", "look", "at", "in", "to", "with", "them", "him", "her"}


def _echoes(subject: str, title: str) -> bool:
    """A short subject given the item's heading as its topic, whose own words are the heading's too."""
    own = subject.removesuffix(f" on {title}")
    if not title or own == subject:
        return False
    heading = {w.rstrip("s") for w in re.findall(r"[\w'’-]+", title.lower()[:200])}
    named = [w.rstrip("s") for w in re.findall(r"[\w'’-]+", own.lower()) if w not in _EMPTY and not _KIND.fullmatch(w)]
    return bool(named) and all(w in heading for w in named)
