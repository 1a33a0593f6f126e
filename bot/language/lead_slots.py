"""Who a request names: the new lead, the person asked about, and whose report is said to be in."""
from __future__ import annotations

import re

from bot.language.references import SENTENCE_END, References

PERSON_SLOTS = {"person_items": "who", "person_deadline": "who", "person_matters": "who", "who": "who"}
LEAD_SLOTS = {"set_lead", "add_lead", "remove_lead"}
FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+|cllr\s+|dr\s+)?$", re.I)  # the sender: "in from Kwame", "from the ICB"
# "Dev no longer leads X, Aisha does"; "Callum's off from Jan. Can Idris pick up the Q3 report?"
TAKES_OVER = re.compile(r"\s+(?:does|is|will|has\s+it|instead|now|pick\s+(?:it\s+)?up|take\s+(?:it\s+)?over|cover|"
                        r"step\s+in|on\s+(?:it\s+)?instead)\b", re.I)  # "take X off Y and put Z on instead"


def people_slots(handler: str, slots: dict, refs: References, text: str) -> dict:
    """The slots with the people the request names put as whole names, where one person is meant."""
    slots = dict(slots)
    for slot in ("by", "lead", "who"):  # "Lucy C" said is Lucy Chambers; "damp and mould - Marcus" is Marcus
        value = slots.get(slot, "").lower()
        inside = {h.thing.id: h.thing for h in refs.people if value and text[h.start:h.end].lower() in value}
        if len(inside) == 1 and not _known_whole(slots[slot], refs):
            slots[slot] = next(iter(inside.values())).name
    if handler in PERSON_SLOTS and refs.person is not None:
        slots[PERSON_SLOTS[handler]] = refs.person.name
    elif handler in PERSON_SLOTS and refs.people:  # "anything for Rachel?" with two Rachels: the name, to ask which
        slots[PERSON_SLOTS[handler]] = text[refs.people[0].start:refs.people[0].end]
    if handler in LEAD_SLOTS and slots.get("lead") and refs.people:
        said = text[refs.people[0].start:refs.people[0].end]
        if slots["lead"].lower().startswith(said.lower() + " ") and not _known_whole(slots["lead"], refs):
            slots["lead"] = said  # "put Dan down as lead": Dan, not "Dan down"
    if handler in LEAD_SLOTS and not slots.get("lead") and refs.people:
        first = _new_lead(refs, text) if handler != "remove_lead" else refs.people[0]
        same_span = [h for h in refs.people if h.start == first.start]
        slots["lead"] = first.thing.name if len(same_span) == 1 else text[first.start:first.end]
        later = [h for h in refs.people if h.start > first.end]
        if later and re.fullmatch(r"\s*(?:and|&|,)\s*", text[first.end:later[0].start]):
            slots["lead"] += " and " + later[0].thing.name  # "Aisha and Dev to jointly lead the parking item"
    if handler == "mark_submitted" and "by" not in slots and (sender := _sent_from(refs, text)):
        slots["by"] = sender  # "report received from Kwame": Kwame's report
    if handler == "mark_submitted" and "by" not in slots and refs.people and refs.people[0].start < 3 \
            and not re.match(r"\s*[-–—,:]", text[refs.people[0].end:]):  # "Ruth - report sent" speaks to Ruth
        first = refs.people[0]
        shared = len([h for h in refs.people if h.start == first.start]) > 1
        slots["by"] = text[first.start:first.end] if shared else first.thing.name  # two Harriets: which is settled later
    return slots


def sent_to(text: str, hit) -> bool:
    return f" {text[:hit.start].lower().rstrip()}".endswith((" to", " over to", " in to", " into"))


def _known_whole(name: str, refs: References) -> bool:
    """Whether the words are a known person's name as a whole ('Dan Whitaker'), not a name and more."""
    return any(h.thing.name.lower().endswith(name.lower()) for h in refs.people)


def _sent_from(refs: References, text: str) -> str:
    """The person a report came from: 'received from Kwame', 'in from Mark'."""
    for hit in refs.people:
        if FROM_BEFORE.search(text[:hit.start]):
            same = [h for h in refs.people if h.start == hit.start]
            return hit.thing.name if len(same) == 1 else text[hit.start:hit.end]
    return ""


def _new_lead(refs: References, text: str):
    """Of the people named, the one taking it on: handed 'over to' them, not the one it comes 'from' or is 'instead
    of' ('Dev's handing the cemetery review over to Jo', 'Jo is taking it over from Dev')."""
    def before(hit) -> str:
        return " " + text[max(0, hit.start - 16):hit.start].lower().rstrip(" ,")
    people = [h for h in _beside_the_item(refs, text) or list(refs.people) if not _away(text, h)] or list(refs.people)
    given = [h for h in people if before(h).endswith((" to", " onto", " over to", " put"))
             or TAKES_OVER.match(text, h.end) and h.start > refs.people[0].end] or \
        [h for h in refs.people if before(h).endswith((" give it to", " hand it to", " hand it over to", " pass it to"))]
    kept = [h for h in people if not before(h).endswith((" from", " instead of", " replacing", " than", " of"))
            and not _addressed(h, refs, text)]
    return (given or kept or people)[0]


def _beside_the_item(refs: References, text: str) -> list:
    """The people named in the sentence that names the item ('Callista's moving teams. Can Daisy take the ticket
    office paper?': Daisy)."""
    if not refs.items:
        return []
    ends = [0] + [m.end() for m in SENTENCE_END.finditer(text) if text[m.start() - 2:m.start()] != ".."] + [len(text)]
    start, end = next(((a, b) for a, b in zip(ends, ends[1:]) if a <= refs.items[0].start < b), (0, len(text)))
    return [h for h in refs.people if start <= h.start < end]


def _addressed(hit, refs: References, text: str) -> bool:
    """'@Lorna Yusuf to lead on EV charging': the person the message opens with, straight before another, is spoken
    to."""
    return hit.start == 0 and any(other.start > hit.end and re.fullmatch(r"[\s,:–-]*", text[hit.end:other.start])
                                  for other in refs.people)


_AWAY = frozenset({"off", "away", "leave", "left", "leaving", "secondment", "sick", "absent"})


def _away(text: str, hit) -> bool:
    """'Dev's off for a few weeks', 'Jo is on leave': the one named as away is not the one taking it on."""
    after = [w.lower() for w in text[hit.end:hit.end + 24].replace("'s ", " is ").split()[:3]]
    return bool(_AWAY & set(after))
