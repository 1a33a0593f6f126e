"""Stage 4: the intent's slots, from the references found; a few patterns only cut free text."""
from __future__ import annotations

import re
from dataclasses import replace

from bot.clauses import LATER, PRONOUN, TOPIC
from bot.dates import PAST_HINT, has_date_words
from bot.intents import RULES
from bot.language.masking import DATES, QUOTED
from bot.language.meeting_slots import DAY, FROM, MEETING_CHANGES, MEETING_WORD, MONTHS, TO, meeting_slots, settings_slots
from bot.language.references import CLAUSE, SENTENCE_END, References
from bot.language.renames import new_title
from bot.language.titles import clear_hit, rank_titles
from bot.language.vocabulary import GENERIC, misspelt_generic, tokens

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
    if label in {"add_item", "add_matter"} and (preface := _PREFACE.match(text)):
        name, slots = cut(text[preface.end():], CUTTERS.get(label, (label,)))  # "Following the briefing - pls note.."
    asking = _asking_sentence(text) if label in {"add_item", "add_matter"} else ""
    preface = _PREFACE.match(asking) if asking else None  # "Hi Jo. Following the deputation, could we have X?"
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
        slots["rest"] = text if starts_with_a_name else _rest(asking or text, handler == "add_item")
    elif handler == "add_item" and ":" in slots["rest"] and len(slots["rest"].split(":", 1)[0].split()) <= 4:
        slots["rest"] = _rest(slots["rest"], meeting_first=True)  # "add to future items: X": the title after it
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
    if handler in {"set_rule", "set_nudges"}:
        slots = settings_slots(handler, text, slots)
    return handler, slots


def _handler(label: str, cut_name: str, text: str, refs: References, slots: dict, asker) -> str:
    other = refs.person if refs.person and (not asker or refs.person.id != asker.id) else None
    if refs.people and refs.person is None and not (asker and any(h.thing.id == asker.id for h in refs.people)):
        other = refs.people[0].thing  # one of two people sharing the name: someone else (which one is asked)
    if other is not None and refs.first_person and all(_sent_to(text, h) for h in refs.people):
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
    if label == "remove_lead" and len({h.thing.id for h in refs.people}) > 1 and \
            _TAKES_OVER.match(text, refs.people[-1].end) and refs.people[-1].start > refs.people[0].end:
        return "set_lead"  # "Dev no longer leads the libraries strategy, Aisha does": Aisha leads it now
    paper_moved = bool(LATER.search(text) and _A_PAPER.search(text) and not _AN_ACTION.search(text))
    if label == "update_matter" and paper_moved:
        return "move_item"  # "can we defer my pothole report to feb": a report moved, not an action's news
    if label in {"move_item", "update_matter"} and _about_a_matter(refs, text) and refs.when is not None and not paper_moved:
        return "update_matter"  # "the attainment gap data is now due in January": the action, not an item
    if label in {"overdue", "matters"} and re.search(r"\b(?:actions?|matters?)\b", text, re.I) and \
            re.search(r"\b(?:overdue|late|past\s+(?:their\s+)?due|behind)\b", text, re.I):
        return "late_matters"  # "which actions are overdue?": the actions, not the reports
    if label == "move_item" and _FOLLOWING.search(text) and (cut_name == "defer_item" or LATER.search(text)):
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
    if label in {"received", "awaiting"} and refs.item is not None and _strong(refs.items[0]) and \
            "else" not in {w.lower() for w, _, _ in tokens(text)}:
        return "item_detail"  # "has the homelessness strategy come in yet": that report's state, not "who else ..."
    if label in {"item_detail", "received"} and not refs.items and other:
        return "person_deadline"  # "has Becky sent her report yet?": her reports and where each stands
    return label


_ITEM_SLOTS = {"item_deadline", "move_item", "defer_item", "withdraw_item", "mark_submitted", "set_lead", "add_lead",
               "remove_lead", "add_note", "set_notes", "rename_item", "item_detail", "on_programme", "last_report"}
_MATTER_SLOTS = {"close_matter", "update_matter", "matter_detail"}
_PERSON_SLOTS = {"person_items": "who", "person_deadline": "who", "person_matters": "who"}
_LEAD_SLOTS = {"set_lead", "add_lead", "remove_lead"}


_TRAILING = re.compile(r"(?:\s+(?:now|instead|then|please|pls|plz|thanks|thx|(?-i:ta)|cheers|too|as well|"
                       r"if poss(?:ible)?))+\W*$", re.I)  # 'ta' for thanks, never 'TA' (temporary accommodation)
_LEAD_CLAUSE = re.compile(r"(?:[,;]|\s+with)\s*([A-Z][\w'-]+(?:\s+[A-Z][\w'-]*\.?){0,2})\s+"
                          r"(?:to\s+lead|leading|to\s+present|presenting|"
                          r"to\s+write\s+it|will\s+lead|will\s+present)\b.*$")
_NOTE_AFTER = re.compile(r"\s*(?:item|report|paper|one|thing|bit)?\s*(?::|\s-\s|,?\s*saying\s|,?\s*that\s|,?\s*to\s+say\s|"
                         r",?\s*(?:pls\s+|please\s+|can\s+you\s+)?note\s+(?:down\s+)?(?:that\s+)?)\s*(.{2,500})$",
                         re.I)
AFTER_COLON = re.compile(r"(?::|\s-\s)\s*(.{2,500})$")
_ADDING = re.compile(r"\b(?:add|put|include|schedule|bung|stick|pencil\s+in|slot\s+in|book\s+in)\s+", re.I)
_OPENING = re.compile(r"^(?:(?:hi|hey|morning|hello|ok|okay|right|please|pls|so|can|could|would|will|we|you|i|"
                      r"let'?s|need|needs|want|wants|like|'d|to|also|just|gonna|going)\b[\s,]*)*", re.I)


_ASKING_CLAUSE = re.compile(r"^\W*(?:(?:can|could|would|will)\s+(?:you|someone|u)\b|please\b|pls\b|fyi\b|thanks\b|"
                            r"cheers\b|ta\b|update\b|log\b|record\b|note\b)", re.I)


_AS_AT = re.compile(r"\b(?:as\s+(?:at|of)|before|ahead\s+of|in\s+time\s+for)\b", re.I)
_MONTH_AFTER = re.compile(r"\s+(" + MONTHS + r")(?=\W|$)", re.I)


def _end_of(text: str, words: str) -> int:
    """Where `words` (a slot cut from the text) end in it, or the text's end when they are not found as they are."""
    at = text.lower().find(words.lower())
    return at + len(words) if at >= 0 else len(text)


def _sent_to(text: str, hit) -> bool:
    return f" {text[:hit.start].lower().rstrip()}".endswith((" to", " over to", " in to", " into"))


def _known_whole(name: str, refs: References) -> bool:
    """Whether the words are a known person's name as a whole ('Dan Whitaker'), not a name and more."""
    return any(h.thing.name.lower().endswith(name.lower()) for h in refs.people)


def _sent_from(refs: References, text: str) -> str:
    """The person a report came from: 'received from Kwame', 'in from Mark'."""
    for hit in refs.people:
        if _FROM_BEFORE.search(text[:hit.start]):
            same = [h for h in refs.people if h.start == hit.start]
            return hit.thing.name if len(same) == 1 else text[hit.start:hit.end]
    return ""


_NEW_DUE = re.compile(r"\b(?:now\s+due|due\s+(?:back\s+)?(?:in|on|by|at|for)|(?:put|push|move|moved|pushed)\b.{0,40}\bback|"
                      r"back\s+to|deadline\s+(?:is\s+)?now)\b", re.I)


def _actor_first(slots: dict, refs: References, text: str) -> dict:
    """'Kate A to send the figures', 'for Michael - survey results': the person who opens a new action leads it."""
    hit = refs.people[0]
    said = text[hit.start:hit.end]
    if ":" in slots["rest"] and re.match(r"\s*" + re.escape(said), slots["rest"].split(":", 1)[1]):
        slots = {**slots, "rest": slots["rest"].split(":", 1)[1].strip()}  # "one we missed from May: Jo to send X"
    opening = re.match(r"(?:(?:we\s+)?agreed\s+)?(?:that\s+)?(?:for\s+)?" + re.escape(said) +
                       r"(?:'s)?\s*(?:[-:,–]|\bto\b|\bwill\b|\bwould\b|\bshould\b|\bis\s+going\s+to\b|'ll\b|"
                       r"\b(?:has\s+)?(?:agreed|undertook|promised|offered)\s+to\b|\bis\s+to\b|"
                       r"\bsaid\s+(?:she|he|they)(?:'d|\s+would|'ll|\s+will)\b|"
                       r"\b(?:promised|offered)\s+(?:members|us|the\s+(?:panel|committee|board))\b)\s*",
                       slots["rest"], re.I)
    if not opening:
        return slots
    same = {h.thing.id for h in refs.people if h.start == hit.start}
    lead = hit.thing.name if len(same) == 1 else said
    return {**slots, "lead": lead, "rest": slots["rest"][opening.end():]}


_LOG_THAT = re.compile(r"\b(?:note|add|log|record|put|stick|pop|make|take)\s+(?:that|this|it)\s+(?:down\s+|in\s+)?"
                       r"as\s+(?:an?\s+)?(?:new\s+)?(?:action|matter|outstanding\s+matter)\b", re.I)


def _promise(before: str) -> str:
    """The undertaking a later 'log that as an action' points back to: the last thing said before the asking."""
    clauses = [c.strip(" ,;-–") for c in re.split(r"(?<=[.!?])\s+|\s+[-–]\s+|,\s*(?=(?:so\s+)?(?:can|could|would|"
                                                r"pls|please)\b)", before) if c.strip(" ,;-–")]
    kept = [c for c in clauses if not _ASKING_CLAUSE.match(c) and len(c.split()) >= 4]
    return kept[-1] if kept else ""


def _named_before_the_reason(text: str, refs: References, titles: dict) -> str:
    """The title an item's words name before a comma or dash, when the best match overall lies after it (in the
    reason: 'drop the X item, public health are picking it up' is X, whatever 'public health' matches)."""
    cut = re.search(r",\s|\s[-–]\s", text)
    if not cut or not refs.items or refs.items[0].start < cut.start():
        return ""
    hits = tuple(rank_titles(tokens(text[:cut.start()]), titles, set()))
    own = clear_hit(hits)
    return titles[own] if own is not None and _strong(hits[0]) else ""


def _named_in_a_clause(text: str, titles: dict) -> str:
    """The one title a clause names outright when the whole message, reasons and all, names none ('Fergus is off in
    June so the pier report won't make it. Can it go to september?')."""
    named = set()
    for clause in re.split(r"[,;.!?]+\s+|\s+(?:so|but|because|as)\s+", text):
        hits = tuple(rank_titles(tokens(DATES.sub(" ", clause)), titles, set()))  # "to november" names no title
        if (own := clear_hit(hits)) is not None and _strong(hits[0]):
            named.add(own)
    return titles[named.pop()] if len(named) == 1 else ""


_WONT_MAKE = re.compile(r"\b(?:won'?t|will\s+not|can'?t|cannot|(?:is\s*n'?t|not)\s+going\s+to)\s+make\b", re.I)


# "Dev no longer leads X, Aisha does"; "Callum's off from Jan. Can Idris pick up the Q3 report?"
_TAKES_OVER = re.compile(r"\s+(?:does|is|will|has\s+it|instead|now|pick\s+(?:it\s+)?up|take\s+(?:it\s+)?over|cover|"
                         r"step\s+in)\b", re.I)


def _new_lead(refs: References, text: str):
    """Of the people named, the one taking it on: handed 'over to' them, not the one it comes 'from' or is 'instead
    of' ('Dev's handing the cemetery review over to Jo', 'Jo is taking it over from Dev')."""
    def before(hit) -> str:
        return " " + text[max(0, hit.start - 16):hit.start].lower().rstrip(" ,")
    people = _beside_the_item(refs, text) or list(refs.people)
    given = [h for h in people if before(h).endswith((" to", " onto", " over to"))
             or _TAKES_OVER.match(text, h.end) and h.start > refs.people[0].end]
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


def _news(text: str) -> str:
    """A position said as news ('MRF visit booked for 2 Feb, can you update the action'): the news, not the asking."""
    clauses = [c.strip() for c in re.split(r"[,;.!]+\s+|\s+-\s+|\s+(?:so|and)\s+(?=can|could|please|pls)", text) if c.strip()]
    kept = [c for c in clauses if not _ASKING_CLAUSE.match(c)]
    return ", ".join(kept).strip(" .,!")



_PUT_IT = r"(?:put|add|bung|stick|slot|pop|schedule|pencil)\s+(?:it|that|this)\b"  # "pop that on for June"
_PUT_IT_AFTER = re.compile(r"\s*(?:[-–,;]|\band\b)\s*(?:please\s+|pls\s+|can\s+you\s+)?" + _PUT_IT + r"(?:\s+in\b)?", re.I)
_PUT_IT_TAIL = re.compile(r"\b" + _PUT_IT + r"(?P<tail>[^.!?]{0,120})", re.I)


def _antecedent(rest: str, text: str) -> str:
    """'we want a proper look at retail crime. Bung it on the May agenda': 'it' is retail crime; 'a report on bus
    shelters - put it on for July': the title ends where 'put it' begins."""
    if (put := _PUT_IT_TAIL.search(text)) and (topic := TOPIC.search(text[:put.start()])):
        return topic.group("topic") + put.group("tail")  # "... asked for a report on X. Can we pop that on for June"
    rest = _PUT_IT_AFTER.sub("", rest, count=1)
    pronoun = PRONOUN.match(rest)
    topic = TOPIC.search(text[:text.find(rest)] if rest in text else "") if pronoun else None
    return topic.group("topic") + rest[pronoun.end():] if topic else rest


_HEAD_DAY = re.compile(r"\b(?:" + DAY + r")(?:\s+" + MEETING_WORD + r")?\s*$", re.I)


def _rest(text: str, meeting_first: bool = False) -> str:
    """What follows the opening words and the first verb: 'bung X on the Jan agenda' -> 'X on the Jan agenda'.
    `meeting_first`: a date alone before a colon is where the thing goes ('new item sept: X'), not when it was said."""
    if ":" in text:
        head, tail = text.split(":", 1)
        where = TO.search(head) or FROM.search(head) or \
            (_HEAD_DAY.search(head) if meeting_first and len(head.split()) <= 4 else None)  # "new item sept: X"
        if not where:
            return tail.strip()
        title, _, fields = tail.strip().partition(",")
        said = where.group(0) if re.match(r"(?:to|for|at|on|in)\b", where.group(0), re.I) else f"for {where.group(0)}"
        return f"{title.strip()} {said}" + (f", {fields.strip()}" if fields else "")
    verb = _ADDING.search(text)  # "following the discussion at cabinet, can we add an item on X": after the verb
    if verb and verb.start() > 0:
        return text[verb.end():].strip()
    rest = _OPENING.sub("", text.strip())
    return rest.split(" ", 1)[1] if " " in rest else rest


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


def _named_words(hit) -> bool:
    return hit.whole >= 0.3 or hit.fit >= 0.75


def _strong(hit) -> bool:
    """Enough of the title said, or little else said, to take the words as naming it outright."""
    return hit.whole >= 0.34 or hit.fit >= 0.75


def _topic(text: str) -> str:
    """The words left once the generic ones and dates are gone: what the message is about."""
    text = DATES.sub(" ", text)
    return " ".join(w for w in re.findall(r"[\w'-]+", text) if w.lower() not in GENERIC and not misspelt_generic(w))


def _asking_sentence(text: str) -> str:
    """'Morning all. Residents keep asking about X. Could we have a report on X in May? Gethin': of several sentences,
    the one that asks ('' when none, or more than one, does)."""
    sentences = SENTENCE_END.split(text)
    asking = [s for s in sentences[1:] if s.rstrip().endswith("?") or s.split()[0].lower() in _ASKING_WORDS]
    return asking[0] if len(sentences) > 1 and len(asking) == 1 else ""


_ASKING_WORDS = frozenset({"can", "could", "would", "please", "pls", "kindly", "add", "put", "stick", "bung", "let's"})


# Context before the request to record something: "Following Monday's briefing - please note that ..."
_PREFACE = re.compile(r"^(?:following|further to|after|re|regarding|as discussed|just back from|back from)\b.{3,160}?"
                      r"(?:\s[-–]\s|[.!?]\s+|,\s+)(?=(?:please|pls|can|could|would|note|add|log|record)\b)", re.I)
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+|cllr\s+|dr\s+)?$", re.I)  # the sender: "in from Kwame", "from the ICB"
_SUBMITTED_SUBJECT = re.compile(r"^\W*((?:the\s+)?[\w'&-]+(?:\s+[\w'&-]+){0,5}?)\s+(?:has|have|is|was|just|came|come|gone|went|"
                                r"got|arrived|landed)\b", re.I)


def _within(hit, ref: str, text: str) -> bool:
    """Whether the words found as an item lie in the words the request names ('take the S106 item off, it's being
    folded into the IFS': the IFS is in the reason, not the request, so it is not the item meant)."""
    if not [w for w, _, _ in tokens(ref) if w.lower() not in GENERIC and w.lower() not in _PLAIN_NOUNS]:
        return True  # "Aisha has sent the paper": the words say no item of their own
    at = text.lower().find(ref.lower())
    return at < 0 or at <= hit.start < at + len(ref) or hit.start <= at < hit.end


_PLAIN_NOUNS = {"the", "a", "an", "item", "items", "report", "reports", "paper", "papers", "one", "thing", "update",
                "my", "our", "her", "his", "their", "this", "that", "it"}


def _with_references(handler: str, slots: dict, refs: References, titles: dict, subjects: dict, text: str) -> dict:
    slots = dict(slots)
    if slots.get("ref"):
        slots["ref"] = _TRAILING.sub("", slots["ref"]) or slots["ref"]  # "close Fergus's action pls"
    if handler in _ITEM_SLOTS and refs.extra.get("named_item"):
        slots["ref"] = refs.extra["named_item"]  # "the thing Dewi asked for in January": found by who asked for it
    elif handler in _ITEM_SLOTS and slots.get("ref"):
        hits = tuple(rank_titles(tokens(slots["ref"]), titles, set()))  # the item's own words decide
        own = clear_hit(hits)
        head = re.split(r",|\s[-–]\s", slots["ref"], maxsplit=1)[0]
        if head != slots["ref"]:  # "the X item, public health are picking it up": named before its reason
            head_hits = tuple(rank_titles(tokens(head), titles, set()))
            if clear_hit(head_hits) is not None and _strong(head_hits[0]):
                slots["ref"], hits, own = head, head_hits, clear_hit(head_hits)
        if own is not None and _strong(hits[0]) and handler != "on_programme":  # that one looks at withdrawn items too
            slots["ref"] = titles[own]
        elif not hits and refs.item is not None and _strong(refs.items[0]) and _within(refs.items[0], slots["ref"], text):
            slots["ref"] = titles[refs.item]
        elif not hits and refs.items and _named_words(refs.items[0]) and _within(refs.items[0], slots["ref"], text):
            slots["ref"] = text[refs.items[0].start:refs.items[0].end]  # the words that name the items, not the cut
    elif handler == "mark_submitted" and refs.items and _FROM_BEFORE.search(text[:refs.items[0].start]) and \
            (said := _SUBMITTED_SUBJECT.match(text)):
        slots["ref"] = said.group(1)  # "dentistry report has come through from the ICB": the ICB sent it
    elif handler in _ITEM_SLOTS and (first := _named_before_the_reason(text, refs, titles)):
        slots["ref"] = first  # "we're dropping the loneliness item, public health are picking it up"
    elif handler == "on_programme" and not slots.get("ref") and refs.items:
        slots["ref"] = _topic(text)  # "is the warm spaces funding thing still on?": maybe withdrawn, so all its words
    elif handler in _ITEM_SLOTS and refs.item is not None:
        hit = refs.items[0]
        number = re.match(r"\s+\d{1,3}\b", text[hit.end:])  # "the BSIP phase 2 item": its number says which
        slots["ref"] = titles[refs.item] if _strong(hit) else text[hit.start:hit.end] + (number.group(0) if number else "")
    elif handler in _ITEM_SLOTS and "ref" not in slots and refs.items:
        slots["ref"] = text[refs.items[0].start:refs.items[0].end]
    elif handler in _ITEM_SLOTS - _LEAD_SLOTS and not slots.get("ref"):
        slots["ref"] = _named_in_a_clause(text, titles) or _topic(text)
    if handler in _MATTER_SLOTS and refs.matter is not None:
        slots["ref"] = subjects[refs.matter]
    for slot in ("by", "lead", "who"):  # "Lucy C" said is Lucy Chambers; "damp and mould - Marcus" is Marcus
        value = slots.get(slot, "").lower()
        inside = {h.thing.id: h.thing for h in refs.people if value and text[h.start:h.end].lower() in value}
        if len(inside) == 1 and not _known_whole(slots[slot], refs):
            slots[slot] = next(iter(inside.values())).name
    if handler in _PERSON_SLOTS and refs.person is not None:
        slots[_PERSON_SLOTS[handler]] = refs.person.name
    elif handler in _PERSON_SLOTS and refs.people:  # "anything for Rachel?" with two Rachels: the name, to ask which
        slots[_PERSON_SLOTS[handler]] = text[refs.people[0].start:refs.people[0].end]
    if handler in _LEAD_SLOTS and slots.get("lead") and refs.people:
        said = text[refs.people[0].start:refs.people[0].end]
        if slots["lead"].lower().startswith(said.lower() + " ") and not _known_whole(slots["lead"], refs):
            slots["lead"] = said  # "put Dan down as lead": Dan, not "Dan down"
    if handler in _LEAD_SLOTS and not slots.get("lead") and refs.people:
        first = _new_lead(refs, text) if handler != "remove_lead" else refs.people[0]
        same_span = [h for h in refs.people if h.start == first.start]
        slots["lead"] = first.thing.name if len(same_span) == 1 else text[first.start:first.end]
        later = [h for h in refs.people if h.start > first.end]
        if later and re.fullmatch(r"\s*(?:and|&|,)\s*", text[first.end:later[0].start]):
            slots["lead"] += " and " + later[0].thing.name  # "Aisha and Dev to jointly lead the parking item"
    if handler == "add_matter" and (said := _LOG_THAT.search(text)) and (promise := _promise(text[:said.start()])):
        slots["rest"] = promise + text[said.end():]  # "Sunita said she'd circulate X, can you log that as an action"
    if handler == "add_matter" and not slots.get("lead") and refs.people and slots.get("rest"):
        slots = _actor_first(slots, refs, text)
    if handler == "mark_submitted" and not refs.items and refs.first_person and not QUOTED.search(text):
        slots["ref"] = "my report"  # "apologies - my report for next week has gone over": whichever is theirs
    if handler == "mark_submitted" and refs.when is not None and _same_sentence_dated(text, refs):
        slots["when"] = refs.when.text  # not "X's gone over to you - btw is the june one at the museum?"
    if handler == "mark_submitted" and "by" not in slots and (sender := _sent_from(refs, text)):
        slots["by"] = sender  # "report received from Kwame": Kwame's report
    if handler == "mark_submitted" and "by" not in slots and refs.people and refs.people[0].start < 3 \
            and not re.match(r"\s*[-–—,:]", text[refs.people[0].end:]):  # "Ruth - report sent" speaks to Ruth
        first = refs.people[0]
        shared = len([h for h in refs.people if h.start == first.start]) > 1
        slots["by"] = text[first.start:first.end] if shared else first.thing.name  # two Harriets: which is settled later
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
        slots["rest"] = _LEAD_CLAUSE.sub(r", lead \1", _antecedent(slots["rest"], text))
    if handler == "update_matter" and not slots.get("position") and (m := AFTER_COLON.search(text)):
        slots["position"] = m.group(1)
    if handler == "update_matter" and refs.when is not None and _NEW_DUE.search(text):
        slots["due"] = refs.when.text  # "the attainment data is now due in January", "put that action back to May"
    elif handler == "update_matter" and not slots.get("position"):
        slots["position"] = _news(text)
    if handler == "meeting_deadline" and refs.first_person:
        slots["mine"] = "yes"  # "when does my october report need to be in": say which of theirs is at that meeting
    if handler in {"awaiting", "received", "matters_from"} and not slots.get("when") and refs.when is not None:
        said = DATES.search(text)  # the words as typed: 'July' is last July to a question about the past
        slots["when"] = said.group(0) if said else refs.when.text
    if handler == "search" and "q" not in slots:
        slots["q"] = _topic(text)
    return slots
