"""The subject of a matter: what must come back, in a short noun phrase."""
from __future__ import annotations

import re

from bot.minutes.due import MONTH_NAMES


def tidy_subject(thing: str) -> str:
    """The matter in a few words: no due phrase, no 'to the panel', no trailing clause, capitalised."""
    s = " ".join(re.sub(r"\s*\[ACTION:[^\]]*\]|\((?:owner|lead|action)[^)]*\)", "", thing, flags=re.I).split()).strip(" .;,")
    s = re.sub(r"^(?:a |an |the )?(?:copy|copies) of (?:the )?", "", s, flags=re.I)
    cuts = [r"\s+(?:to|at|for)\s+(?:the|a)\s+(?:next|future|later|subsequent|forthcoming)\b.*",
            r"\s+(?:at|to|for)\s+the\s+\w+(?:\s+\d{4})?\s+meeting\b.*", r"\s+after the meeting\b.*",
            r"\s+at\s+(?:its|their|the|a)\s+(?:[\w-]+\s+){0,2}meeting\b.*",
            r"\s+(?:to|with)\s+(?:the\s+)?(?:panel|committee|members|councillors)\b.*",
            r"\s+in\s+(?:\d+|a|one|two|three|four|six|nine|twelve|eighteen)\s+(?:months?|years?)\b.*",
            r"\s+(?:in|by|during|before the end of)\s+(?:\d{1,2}\s+)?(?:" + MONTH_NAMES
            + r")\b.*", r"\s+when\s+(?:it is\s+|they are\s+)?(?:available|completed?|published|received|finalised|ready|"
                        r"known)\b.*", r"\s+and\s+(?:would|will|to)\s+.*", r"\s+(?:as soon as|once)\s+.*"]
    for cut in cuts:
        s = re.sub(cut, "", s, flags=re.I)
    s = re.sub(r"^(?:a|an|the)\s+", "", s.strip(" .;,"), flags=re.I)
    return (s[:1].upper() + s[1:])[:160]
