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
# ...", "No further items", "Why the report on X was delayed", a chair's "Need to understand why ..."
_NOT_A_THING = re.compile(r"(?:to|no|none|nothing|received|noted|considered|discussed|welcomed|need to|"
                          r"why|whether|how|what|when|who|where)\b", re.I)
# A short phrase the cut left hanging: "Urgent additional items to" (a long one has said what it is about before its
# end: "Seek clarification of what X refers to")
_HANGING = {"to", "on", "of", "for", "by", "with", "from", "the", "a", "an", "and", "or", "including", "regarding",
            "based", "new"}


def weak_subject(subject: str, placeholder: bool = False, title: str = "") -> bool:
    """Whether a subject names nothing an officer could act on: only kind-of-paper and pointing words ("Detailed
    report", "Update regarding this", "This matter"), agenda or narrative text ("To monitor ...", "Received ...",
    "No further items"), a short phrase cut off mid-way ("... items to"), or (placeholder) the item's heading standing in for
    a pronoun, or the heading said twice ("Work programmes on Update on Work Programmes")."""
    words = re.findall(r"[\w'’-]+", subject.lower())[:40]
    if placeholder or not words:
        return True
    # a kind of paper is the thing itself before "on" ("Detailed report"), its topic after it ("Report on reviews")
    cut = next((i for i, w in enumerate(words) if w in _TOPIC_STARTS), len(words))
    if all(w in _EMPTY or i < cut and _KIND.fullmatch(w) for i, w in enumerate(words)):
        return True
    return bool(_NOT_A_THING.match(subject)) or len(words) <= 6 and words[-1] in _HANGING or _echoes(subject, title)


def _echoes(subject: str, title: str) -> bool:
    """A short subject given the item's heading as its topic, whose own words are the heading's too."""
    own = subject.removesuffix(f" on {title}")
    if not title or own == subject:
        return False
    heading = {w.rstrip("s") for w in re.findall(r"[\w'’-]+", title.lower()[:200])}
    named = [w.rstrip("s") for w in re.findall(r"[\w'’-]+", own.lower()) if w not in _EMPTY and not _KIND.fullmatch(w)]
    return bool(named) and all(w in heading for w in named)
