"""Stage 4: the intent's slots, from the references found; a few patterns only cut free text."""
from __future__ import annotations

import re
from dataclasses import replace

from bot.clauses import LATER
from bot.dates import PAST_HINT, has_date_words
from bot.intents import RULES
from bot.language.item_refs import item_ref, strong, topic_of
from bot.language.lead_slots import TAKES_OVER, people_slots, sent_to
from bot.language.masking import DATES, QUOTED
from bot.language.meeting_slots import MEETING_CHANGES, MONTHS, TO, meeting_slots, settings_slots
from bot.language.new_things import (
    LEAD_CLAUSE,
    LOG_THAT,
    NEW_DUE,
    PREFACE,
    actor_first,
    antecedent,
    asking_sentence,
    news_in,
    promise_before,
    rest_of,
    time_said_first,
    titled_head,
)
from bot.language.references import CLAUSE, SENTENCE_END, References
from bot.language.renames import new_title
from bot.language.titles import clear_hit, rank_titles
from bot.language.vocabulary import tokens

# Which handler(s) a label can end in; their patterns are tried, in this order, only to cut out free text.
CUTTERS = {
    "meeting_agenda": ("next_meeting",),
    "person_items": ("person_items", "my_items"),
    "deadline": ("item_deadline", "person_deadline", "my_deadlines", "meeting_deadline"),
    "matters_person": ("person_matters", "my_matters"),
    "move_item": ("move_item", "defer_item"),
    "move_meeting": ("shift_meeting", "move_meeting"),
}
_BY_NAME: dict[str, list[re.Pattern]] = {}
for _name, _pattern in RULES:
    _BY_NAME.setdefault(_name, []).append(_pattern)
_SHIFT = re.compile(r"\bby\s+(?:an?|one|two|three|four|\d+)\s+(?:weeks?|days?)\b|"
                    r"\b(?:forward|back|earlier|later)\s+(?:by\s+)?(?:an?|one|two|three|\d+)\s+(?:weeks?|days?)\b|\b(?:a|one|two|\d+)\s+weeks?\s+"
                    r"(?:later|earlier|back|forward)\b|\bback\s+(?:a|one|two|\d+)\s+weeks?\b|"
                    r"\b(?:back|forward|later|earlier|on)\s+(?:by\s+)?a\s+fortnight\b|"
                    r"\ba\s+fortnight\s+(?:later|earlier)\b", re.I)
_A_PAPER = re.compile(r"\b(?:report|paper|item|presentation|briefing\s+paper)\b", re.I)
_AN_ACTION = re.compile(r"\b(?:action|actions|matter|matters|position|outstanding)\b", re.I)
_FOLLOWING = re.compile(r"\bfollowing\s+(?:meeting|mtg|one|panel|committee|board|session)\b", re.I)
_PARK = re.compile(r"\b(?:park\w*|shelve\w*|on\s+hold|hold\s+off|on\s+ice|back\s*burner|(?:possible\s+)?future\s+items?"
                   r"(?:\s+list)?|tbc|(?<=to\s['‘\"“])future(?=['’\"”]))\b", re.I)  # "back to 'future'"
_UNTIL = re.compile(r"\b(?:till|until|to|into|for|in|on|at)\s+(?:the\s+)?(?P<when>(?:spring|summer|autumn|winter|"
                    r"new year|next year|later|the new municipal year)\b.*)$", re.I)


def cut(text: str, names: tuple[str, ...]) -> tuple[str, dict]:
    """The first of `names` whose pattern fits `text`, with the words it cut out ('pls', 'thanks' at the end aside)."""
    text = _TRAILING.sub("", text) or text
    for name in names:
        for pattern in _BY_NAME.get(name, ()):
            m = pattern.search(text)
            if m:
                return name, {k.rstrip("0123456789"): v.strip() for k, v in m.groupdict().items() if v}
    return "", {}


def fill(label: str, text: str, refs: References, titles: dict, subjects: dict, asker=None,
         today=None) -> tuple[str, dict]:
    """The handler to run and its slots."""
    name, slots = cut(text, CUTTERS.get(label, (label,)))
    if label in {"add_item", "add_matter"} and (preface := PREFACE.match(text)):
        name, slots = cut(text[preface.end():], CUTTERS.get(label, (label,)))  # "Following the briefing - pls note.."
    asking = asking_sentence(text) if label in {"add_item", "add_matter"} else ""
    preface = PREFACE.match(asking) if asking else None  # "Hi Jo. Following the deputation, could we have X?"
    if asking and (not name or preface):
        name, slots = cut(asking[preface.end():] if preface else asking, CUTTERS.get(label, (label,)))
    handler = _handler(label, name, text, refs, slots, asker)
    if handler == "matters_from" and (refs.when is not None and refs.when.day is not None and refs.when.day == today
                                      or _AS_AT.search(text)):
        handler = "matters"  # "the schedule as at today", "... before our pre-meet on Thursday": the whole schedule
    if handler == "shift_meeting" and not slots.get("from") and refs.when is not None and \
            refs.when.kind in {"month", "day"} and not PAST_HINT.search(text):
        slots["from"] = refs.when.text  # "push july back a week": the July meeting
    if handler == "update_matter" != label and refs.extra.get("pair"):  # "move both the X and the Y paper"
        handler = _handler(label, name, text, replace(refs, matters=()), slots, asker)
    if handler == "update_matter" and not slots.get("due") and refs.when is not None and \
            (moved := slots.get("when") or (label == "move_item" and (to := TO.search(text)) and to.group("to"))):
        slots["due"] = moved  # "food hygiene to july": an action moved to July is due in July
    if handler in {"add_item", "add_meeting", "add_matter"} and not slots.get("rest"):
        starts_with_a_name = handler == "add_matter" and refs.people and refs.people[0].start == 0
        slots["rest"] = text if starts_with_a_name else rest_of(asking or text, handler == "add_item")
    elif handler == "add_item" and ":" in slots["rest"] and len(slots["rest"].split(":", 1)[0].split()) <= 4 and \
            not titled_head(slots["rest"].split(":", 1)[0]):
        slots["rest"] = rest_of(slots["rest"], meeting_first=True)  # "add to future items: X": the title after it
    if handler == "add_item":
        slots["rest"] = time_said_first(slots["rest"])
    if handler == "add_meeting" and refs.when is not None and refs.when.kind == "day" and not DATES.search(slots["rest"]):
        slots["rest"] = text  # "a meeting on Tuesday 18 November ... can you put it in?": the date is before the verb
    slots = _with_references(handler, slots, refs, titles, subjects, text)
    if handler in MEETING_CHANGES:
        slots = meeting_slots(handler, text, slots)
    if handler in MEETING_CHANGES and slots.get("from") and \
            (month := _MONTH_AFTER.match(text, _end_of(text, slots["from"]))):
        slots["from"] += " " + month.group(1)  # "the 16th July meeting is off": the 16th of July, not the next 16th
    if handler in MEETING_CHANGES - {"cancel_meeting"} and refs.extra.get("meeting_by_topic") and \
            not DATES.search(slots.get("from", "")):  # 'the budget meeting': no date said, the topic's is meant
        slots["from"] = refs.extra["meeting_by_topic"].text  # "papers for the budget meeting": where its items are
    if handler == "cancel_meeting" and not slots.get("from") and refs.when is not None:
        slots["from"] = refs.when.text  # "can we cancel next Thursday?": the one date said is the meeting's
    if handler == "search" and slots.get("q"):
        slots["q"] = SENTENCE_END.split(slots["q"], maxsplit=1)[0]  # "about weighbridges? a trader keeps moaning"
    if handler in {"set_rule", "set_nudges"}:
        slots = settings_slots(handler, text, slots)
    return handler, slots


def _handler(label: str, cut_name: str, text: str, refs: References, slots: dict, asker) -> str:
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
    if label == "move_item" and _WONT_MAKE.search(text) and not _moved_to(text) and not slots.get("when"):
        return "defer_item"  # "Gail's on leave in May so the pools paper won't make June": the meeting after its own
    if label == "move_item":
        if slots.get("when") or refs.when or _UNTIL.search(text) or _PARK.search(text) or not LATER.search(text):
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




_MATTER_SLOTS = {"close_matter", "update_matter", "matter_detail"}
_TRAILING = re.compile(r"(?:\s+(?:now|instead|then|please|pls|plz|thanks|thx|(?-i:ta)|cheers|too|as well|"
                       r"if poss(?:ible)?))+\W*$", re.I)  # 'ta' for thanks, never 'TA' (temporary accommodation)
_NOTE_AFTER = re.compile(r"\s*(?:item|report|paper|one|thing|bit)?\s*(?::|\s-\s|,?\s*saying\s|,?\s*that\s|,?\s*to\s+say\s|"
                         r",?\s*(?:pls\s+|please\s+|can\s+you\s+)?note\s+(?:down\s+)?(?:that\s+)?)\s*(.{2,500})$",
                         re.I)
AFTER_COLON = re.compile(r"(?::|\s-\s)\s*(.{2,500})$")

_AS_AT = re.compile(r"\b(?:as\s+(?:at|of)|before|ahead\s+of|in\s+time\s+for)\b", re.I)
_MONTH_AFTER = re.compile(r"\s+(" + MONTHS + r")(?=\W|$)", re.I)


def _end_of(text: str, words: str) -> int:
    """Where `words` (a slot cut from the text) end in it, or the text's end when they are not found as they are."""
    at = text.lower().find(words.lower())
    return at + len(words) if at >= 0 else len(text)


_WONT_MAKE = re.compile(r"\b(?:won'?t|will\s+not|can'?t|cannot|(?:is\s*n'?t|not)\s+going\s+to)\s+make\b", re.I)


def _moved_to(text: str) -> str:
    """The last date said as where a thing goes ('… won't make next week. Can we move it to january'), if any."""
    said = [m.group(0) for m in DATES.finditer(text)
            if f" {text[:m.start()].lower().rstrip()}".endswith((" to", " to the", " into"))]
    return said[-1] if said and len(DATES.findall(text)) > 1 else ""


def _same_sentence_dated(text: str, refs: References) -> bool:
    """Whether the sentence naming the item also holds the date (else the date belongs to something else)."""
    if not refs.items:
        return True
    bounds = [0] + [m.end() for m in _SENTENCE_BREAK.finditer(text)] + [len(text)]
    return next((bool(DATES.search(text[a:b])) for a, b in zip(bounds, bounds[1:]) if a <= refs.items[0].start < b),
                True)


_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+|\s+(?=(?:btw|by the way|ps)\b)", re.I)



def _about_a_matter(refs: References, text: str) -> bool:
    """The action's words explain the message better than any item's do, and are not only in a question beside the
    request ('push the fly-posting report to september - and has Ifeoma sent the graffiti figures yet?')."""
    if refs.matter is None:
        return False
    if refs.items and _in_a_question(text, refs.matters[0].start) and not _in_a_question(text, refs.items[0].start):
        return False
    return not refs.items or refs.matters[0].fit >= refs.items[0].fit + 0.2


def _in_a_question(text: str, at: int) -> bool:
    """Whether the clause holding position `at` asks a question (ends with '?')."""
    ends = [m.start() for m in CLAUSE.finditer(text) if m.start() >= at] + [len(text)]
    return text[:ends[0]].rstrip().endswith("?")



def _with_references(handler: str, slots: dict, refs: References, titles: dict, subjects: dict, text: str) -> dict:
    slots = dict(slots)
    if slots.get("ref"):
        slots["ref"] = _TRAILING.sub("", slots["ref"]) or slots["ref"]  # "close Fergus's action pls"
    slots = item_ref(handler, slots, refs, titles, text)
    if handler in _MATTER_SLOTS and refs.matter is not None:
        slots["ref"] = subjects[refs.matter]
    slots = people_slots(handler, slots, refs, text)
    if handler == "add_matter" and (said := LOG_THAT.search(text)) and (promise := promise_before(text[:said.start()])):
        slots["rest"] = promise + text[said.end():]  # "Sunita said she'd circulate X, can you log that as an action"
    if handler == "add_matter" and not slots.get("lead") and refs.people and slots.get("rest"):
        slots = actor_first(slots, refs, text)
    if handler == "mark_submitted" and not refs.items and refs.first_person and not QUOTED.search(text):
        slots["ref"] = "my report"  # "apologies - my report for next week has gone over": whichever is theirs
    if handler == "mark_submitted" and refs.when is not None and _same_sentence_dated(text, refs):
        slots["when"] = refs.when.text  # not "X's gone over to you - btw is the june one at the museum?"
    if slots.get("when"):
        slots["when"] = _TRAILING.sub("", slots["when"]) or slots["when"]
        head = CLAUSE.split(slots["when"], maxsplit=1)[0]
        if head != slots["when"] and has_date_words(head):
            slots["when"] = head  # "push it to Feb - Aisha can't do December": Feb; the rest is the reason
    if handler in {"set_notes", "add_note"} and not slots.get("notes") and refs.items and \
            (said := _NOTE_AFTER.match(text[refs.items[0].end:])):
        slots["notes"] = said.group(1)  # "note on the rural crime review that the NFU rep is invited"
    if handler in {"set_notes", "add_note", "update_matter", "rename_item"} and (quoted := QUOTED.search(text)):
        slots[{"update_matter": "position", "rename_item": "title"}.get(handler, "notes")] = quoted.group(1)
    if handler == "rename_item" and len(both := QUOTED.findall(text)) == 2:
        slots["ref"], slots["title"] = both  # "rename 'Old title' to 'New title'"
    if handler == "rename_item" and not slots.get("title") and refs.items:
        slots["title"] = new_title(text, refs.items[0].start, refs.items[0].end)
    if handler in {"set_notes", "add_note"} and not slots.get("notes") and (m := AFTER_COLON.search(text)):
        slots["notes"] = m.group(1)
        own = clear_hit(tuple(rank_titles(tokens(text[:m.start()]), titles, set())))
        if own is not None:  # "note on the ambulance item: invite the COOs": the item is named before the colon
            slots["ref"] = titles[own]
    if handler in {"set_notes", "add_note"} and slots.get("notes"):  # "fleet decarb - note the EV costs are the question"
        slots["notes"] = re.sub(r"^(?:pls\s+|please\s+)?note\s+(?:down\s+)?(?:that\s+)?(?=\S)", "", slots["notes"], flags=re.I)
    if handler in {"move_item", "defer_item"} and (topic := refs.extra.get("meeting_by_topic")) and \
            not DATES.search(slots.get("when", "")):
        slots["when"] = topic.text  # "defer the VAWG update to the precept meeting": that meeting's day
    if handler == "move_item" and "when" not in slots:
        until = _UNTIL.search(text)
        slots["when"] = _moved_to(text) or (refs.when.text if refs.when else until.group("when") if until else
                                            "date tbc" if _PARK.search(text) else "")
    if handler == "add_item" and slots.get("rest"):
        slots["rest"] = LEAD_CLAUSE.sub(r", lead \1", antecedent(slots["rest"], text))
    if handler == "update_matter" and not slots.get("position") and (m := AFTER_COLON.search(text)):
        slots["position"] = m.group(1)
    if handler == "update_matter" and refs.when is not None and NEW_DUE.search(text):
        slots["due"] = refs.when.text  # "the attainment data is now due in January", "put that action back to May"
    elif handler == "update_matter" and not slots.get("position"):
        slots["position"] = news_in(text)
    if handler == "meeting_deadline" and refs.first_person:
        slots["mine"] = "yes"  # "when does my october report need to be in": say which of theirs is at that meeting
    if handler in {"awaiting", "received", "matters_from"} and not slots.get("when") and refs.when is not None:
        said = DATES.search(text)  # the words as typed: 'July' is last July to a question about the past
        slots["when"] = said.group(0) if said else refs.when.text
    if handler == "search" and "q" not in slots:
        slots["q"] = topic_of(text)
    return slots
