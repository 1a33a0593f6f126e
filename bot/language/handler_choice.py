"""Which handler a reading runs: the intent refined by what the message says ('the X action to July' moves an
action's due date; 'defer X to the following meeting' is the one after its own)."""
from __future__ import annotations

import re

from bot.clauses import LATER
from bot.days.dates import LAST_MEETING
from bot.language.lead_slots import TAKES_OVER, sent_to
from bot.language.masking import DATES
from bot.language.references import CLAUSE, References
from bot.language.titles import strong
from bot.language.vocabulary import pointing_back, tokens, words_of

_SHIFT = re.compile(r"\bby\s+(?:an?|one|two|three|four|\d+)\s+(?:weeks?|days?)\b|"
                    r"\b(?:forward|back|earlier|later)\s+(?:by\s+)?(?:an?|one|two|three|\d+)\s+(?:weeks?|days?)\b|\b(?:a|one|two|\d+)\s+weeks?\s+"
                    r"(?:later|earlier|back|forward)\b|\bback\s+(?:a|one|two|\d+)\s+weeks?\b|"
                    r"\b(?:back|forward|later|earlier|on)\s+(?:by\s+)?a\s+fortnight\b|"
                    r"\ba\s+fortnight\s+(?:later|earlier)\b", re.I)
_A_PAPER = re.compile(r"\b(?:report|paper|item|presentation|briefing\s+paper)\b", re.I)
_AN_ACTION = re.compile(r"\b(?:action|actions|matter|matters|position|outstanding)\b", re.I)
_FOLLOWING = re.compile(r"\bfollowing\s+(?:meeting|mtg|one|panel|committee|board|session)\b", re.I)
PARK = re.compile(r"\b(?:park\w*|shelve\w*|on\s+hold|hold\s+off|on\s+ice|back\s*burner|(?:possible\s+)?future\s+items?"
                   r"(?:\s+list)?|tbc|(?<=to\s['‘\"“])future(?=['’\"”]))\b", re.I)  # "back to 'future'"
UNTIL = re.compile(r"\b(?:till|until|to|into|for|in|on|at)\s+(?:the\s+)?(?P<when>(?:spring|summer|autumn|winter|"
                    r"new year|next year|later|the new municipal year)\b.*)$", re.I)


def choose_handler(label: str, cut_name: str, text: str, refs: References, slots: dict, asker) -> str:
    other = refs.person if refs.person and (not asker or refs.person.id != asker.id) else None
    if refs.people and refs.person is None and not (asker and any(h.thing.id == asker.id for h in refs.people)):
        other = refs.people[0].thing  # one of two people sharing the name: someone else (which one is asked)
    if other is not None and refs.first_person and all(sent_to(text, h) for h in refs.people):
        other = None  # "when's my report due to Farhana": the sender's own, Farhana only receives it
    if label == "person_items" and not refs.people and refs.item is not None and re.match(r"\s*who", text, re.I):
        return "item_detail"
    if label == "person_items":
        return "person_items" if other or (cut_name == "person_items" and not refs.first_person) else "my_items"
    if label == "matters_person" and not refs.people and refs.when is not None and not refs.first_person:
        return "matters_next"  # "o/s matters for the 16th?": a meeting, not a person
    if label == "matters_person":
        if other or (cut_name == "person_matters" and not refs.first_person):
            return "person_matters"
        return "my_matters" if refs.first_person or asker is None else "matters"  # "what actions have we got": all
    if label == "deadline":
        if refs.item is None and len(refs.items) > 1 and not other:  # "Fiona here" is the asker, not the subject
            return "item_deadline"  # two items fit the words: say both deadlines
        if refs.item is not None and (cut_name in ("", "item_deadline", "meeting_deadline") or not other):
            return "item_deadline"
        if other:
            return "person_deadline"
        if refs.first_person and not (refs.when and refs.when.kind != "next"):
            return "my_deadlines"
        return cut_name if cut_name in ("person_deadline", "my_deadlines") else "meeting_deadline"
    if label == "remove_lead" and len({h.thing.id for h in refs.people}) > 1 and refs.people[-1].start > \
            refs.people[0].end and (TAKES_OVER.match(text, refs.people[-1].end) or sent_to(text, refs.people[-1])):
        return "set_lead"  # "Dev no longer leads X, Aisha does", "Hesper's off, give it to Eustace": a new lead
    paper_moved = bool(LATER.search(text) and _A_PAPER.search(text) and not _AN_ACTION.search(text))
    if label == "update_matter" and paper_moved:
        return "move_item"  # "can we defer my pothole report to feb": a report moved, not an action's news
    if label in {"move_item", "update_matter"} and _about_a_matter(refs, text) and refs.when is not None and not paper_moved:
        return "update_matter"  # "the attainment gap data is now due in January": the action, not an item
    if label in {"overdue", "matters"} and re.search(r"\b(?:actions?|matters?)\b", text, re.I) and \
            re.search(r"\b(?:overdue|late|past\s+(?:their\s+)?due|behind)\b", text, re.I):
        return "late_matters"  # "which actions are overdue?": the actions, not the reports
    if label == "move_item" and _FOLLOWING.search(text) and (cut_name == "defer_item" or LATER.search(text) or
                                                            not DATES.search(text)):
        return "defer_item"  # "defer X to the following meeting": the one after X's own, not the panel's next
    if label == "move_item" and _WONT_MAKE.search(text) and not moved_to(text) and not slots.get("when"):
        return "defer_item"  # "Gail's on leave in May so the pools paper won't make June": the meeting after its own
    if label == "move_item":
        if slots.get("when") or refs.when or UNTIL.search(text) or PARK.search(text) or not LATER.search(text):
            return "move_item"
        return "defer_item"
    if label == "move_meeting":
        return "shift_meeting" if _SHIFT.search(text) else "move_meeting"
    if label == "meeting_agenda":
        return "next_meeting"
    if label == "future_items" and refs.when is not None and refs.when.kind in {"month", "day", "dom"}:
        return "next_meeting"  # "what's pencilled in for Sept 47": that meeting's agenda
    if label == "meetings" and refs.when is not None and refs.when.kind in {"month", "day", "dom"}:
        return "next_meeting"  # "is there a meeting in April": that month's meeting, or that there is none
    if label == "search" and refs.person is not None and not refs.items:
        return "person_items"
    if label in {"who", "search"} and refs.item is not None and refs.items[0].whole >= 0.99:
        return "item_detail"  # "who wrote the budget session 2 paper", "any update on the libraries strategy?"
    if label == "matters" and refs.matter is not None and refs.matters[0].fit >= 0.75:
        return "matter_detail"  # "did anyone close the 101 action?", "is the pothole claims one done?"
    if label == "matters" and refs.when is not None and refs.when.kind in {"month", "day", "dom"} and \
            ("due" in words_of(text) or {"coming", "back"} <= words_of(text)):
        return "matters_next"  # "what's due back in june from the SOM", "coming back to us in january": due then
    if label == "matters" and refs.when is not None and refs.when.kind in {"month", "day", "dom", "last"}:
        return "matters_from"
    if label == "item_detail" and "MATTERX" in refs.masked and "ITEMX" not in refs.masked and \
            (not refs.items or refs.matters[0].whole >= refs.items[0].whole + 0.3 or
             _AN_ACTION.search(text) and refs.matters[0].fit > refs.items[0].fit):
        return "matter_detail"  # "what's the latest on the HSF underspend action": the action it names, not an item
    if label == "item_detail" and not refs.items and re.search(r"\bmy\b", text, re.I):
        return "my_deadlines"
    if label in {"received", "awaiting"} and refs.item is not None and strong(refs.items[0]) and \
            "else" not in {w.lower() for w, _, _ in tokens(text)}:
        return "item_detail"  # "has the homelessness strategy come in yet": that report's state, not "who else ..."
    if label in {"item_detail", "received"} and not refs.items and other:
        return "person_deadline"  # "has Becky sent her report yet?": her reports and where each stands
    return label


_WONT_MAKE = re.compile(r"\b(?:won'?t|will\s+not|can'?t|cannot|(?:is\s*n'?t|not)\s+going\s+to)\s+make\b", re.I)


def moved_to(text: str) -> str:
    """The last date said as where a thing goes ('… won't make next week. Can we move it to january'), if any."""
    said = destinations(text)
    return said[-1] if said and (len(DATES.findall(text)) > 1 or LAST_MEETING.search(text)) else ""  # 'like last time'


def destinations(text: str) -> list[str]:
    """The dates said as where something goes: 'to january', 'to the 14th', 'into March', 'till our June meeting'."""
    return [m.group(0) for m in DATES.finditer(text)
            if f" {text[:m.start()].lower().rstrip()}".endswith(_SENT_TO)]


_SENT_TO = (" to", " to the", " to our", " into", " till", " until")


def _about_a_matter(refs: References, text: str) -> bool:
    """The action's words explain the message better than any item's do, and are not only in a question beside the
    request ('push the fly-posting report to september - and has Ifeoma sent the graffiti figures yet?')."""
    if refs.matter is None:
        return False
    if refs.items and _in_a_question(text, refs.matters[0].start) and not _in_a_question(text, refs.items[0].start):
        return False
    return not refs.items or refs.matters[0].fit >= refs.items[0].fit + 0.2 or _pointed_back_to_the_matter(refs, text)


def _pointed_back_to_the_matter(refs: References, text: str) -> bool:
    """'Regarding the cemetery review: Dev is behind on the tree survey note too. Push that to March': 'that' points
    back to the action, named after the item and nearer."""
    words = tokens(text)
    back = pointing_back(words, plural=False)
    return bool(back) and refs.items[0].end <= refs.matters[0].start < words[min(back)][1]


def _in_a_question(text: str, at: int) -> bool:
    """Whether the clause holding position `at` asks a question (ends with '?')."""
    ends = [m.start() for m in CLAUSE.finditer(text) if m.start() >= at] + [len(text)]
    return text[:ends[0]].rstrip().endswith("?")
