"""Stage 4: the intent's slots, from the references found; a few patterns only cut free text."""
from __future__ import annotations

import re
from dataclasses import replace

from bot.days.dates import PAST_HINT, has_date_words
from bot.intents import RULES
from bot.language.handler_choice import PARK, UNTIL, choose_handler, moved_to
from bot.language.item_refs import item_ref, topic_of
from bot.language.lead_slots import people_slots
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
    only_asks,
    promise_before,
    rest_of,
    time_said_first,
    titled_head,
)
from bot.language.references import CLAUSE, SENTENCE_END, References, set_aside
from bot.language.renames import new_title, without_reason
from bot.language.titles import clear_hit, rank_titles
from bot.language.vocabulary import TOWARDS, command_word, tokens, words_of

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
    handler = choose_handler(label, name, text, refs, slots, asker)
    if handler == "matters_from" and (refs.when is not None and refs.when.day is not None and refs.when.day == today
                                      or _AS_AT.search(text)):
        handler = "matters"  # "the schedule as at today", "... before our pre-meet on Thursday": the whole schedule
    if handler == "shift_meeting" and not slots.get("from") and refs.when is not None and \
            refs.when.kind in {"month", "day"} and not PAST_HINT.search(text):
        slots["from"] = refs.when.text  # "push july back a week": the July meeting
    elif handler == "shift_meeting" and not slots.get("from") and (first := DATES.search(text)) and \
            not PAST_HINT.search(text) and DATES.search(text, first.end()):
        slots["from"] = first.group(0)  # "september's being put back a week to the 20th": September's meeting
    if handler == "update_matter" != label and refs.extra.get("pair"):  # "move both the X and the Y paper"
        handler = choose_handler(label, name, text, replace(refs, matters=()), slots, asker)
    if handler == "update_matter" and not slots.get("due") and refs.when is not None and \
            (moved := slots.get("when") or (label == "move_item" or not words_of(refs.masked) - _BARE_MOVE) and
             (to := TO.search(text)) and to.group("to")):
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
    if handler == "add_matter" and asker is not None:
        slots = _for_me(slots, asker.name)
    if handler == "add_matter" and len(said := SENTENCE_END.split(slots.get("rest", ""))) > 1 and \
            said[-1].rstrip().endswith("?") and not said[0].rstrip().endswith("?"):
        slots["rest"] = said[0]  # "Action for me - chase X. And what else is on my SOM?": the question is another
    return handler, slots


def _for_me(slots: dict, name: str) -> dict:
    """'action for me: chase the RSPCA', 'action for me - arrange the visit': the sender leads it."""
    if slots.get("lead", "").lower() in {"me", "myself"}:
        return {**slots, "lead": name}
    words = slots.get("rest", "").split(maxsplit=2)
    if slots.get("lead") or len(words) < 3 or words[0].lower() != "for" or \
            words[1].lower().rstrip("-:–,") not in {"me", "myself"} or words[1][-1:] not in "-:–," and words[2][:1] not in "-:–,":
        return slots
    return {**slots, "lead": name, "rest": words[2].lstrip("-:–, ")}



_MATTER_SLOTS = {"close_matter", "update_matter", "matter_detail"}
_BARE_MOVE = TOWARDS | {"matterx", "datex", "now", "please", "pls", "the", "action", "one"}  # "X -> march", "the X action to
# feb": nothing said but where it goes
_TRAILING = re.compile(r"(?:\s+(?:now|instead|then|please|pls|plz|thanks|thx|(?-i:ta)|cheers|too|as well|"
                       r"if poss(?:ible)?))+\W*$", re.I)  # 'ta' for thanks, never 'TA' (temporary accommodation)
_NOTE_AFTER = re.compile(r"\s*(?:item|report|paper|one|thing|bit|notes?)?\s*(?::|\s-\s|,?\s*saying\s|,?\s*that\s|,?\s*to\s+say\s|"
                         r",?\s*(?=asking\s)|,?\s*(?:pls\s+|please\s+|(?:can|could)\s+(?:you|we|u)\s+)?(?:add\s+(?:a\s+)?)?note\s+"
                         r"(?:down\s+)?(?:that\s+)?)\s*(.{2,500})$",
                         re.I)
def _unasked(note: str) -> str:
    """A note without the request's 'please' at its end ('... separately, please?')."""
    head, _, last = note.rstrip(" ?.!").rpartition(" ")
    return head.rstrip(" ,") + "." if head and last.lower() in {"please", "pls", "thanks"} else note


_NOT_THERE = (" rather than ", " instead of ", " and not ", " but not ", ", not ", ",not ")  # where it isn't going
AFTER_COLON = re.compile(r"(?::|\s-\s)\s*(.{2,500})$")

_AS_AT = re.compile(r"\b(?:as\s+(?:at|of)|before|ahead\s+of|in\s+time\s+for)\b", re.I)
_MONTH_AFTER = re.compile(r"\s+(" + MONTHS + r")(?=\W|$)", re.I)


def _before_where_not(when: str) -> str:
    """The words before where it is not going ('January rather than the 21st'), or all of them."""
    said = " ".join(when.split()).lower()
    cut = min((at for mark in _NOT_THERE if (at := said.find(mark)) >= 0), default=-1)
    return " ".join(when.split())[:cut].rstrip(" ,") or when if cut >= 0 else when


def _said_instead(text: str) -> str:
    """'... no point taking it in April. Let's have it in June instead': the date said with 'instead'."""
    for date in DATES.finditer(text):
        after, before = tokens(text[date.end():])[:1], tokens(text[:date.start()])[-1:]
        if after and after[0][0].lower() == "instead" and not (before and before[0][0].lower() in {"after", "before"}):
            return date.group(0)  # not "the next meeting after january instead"
    return ""


def _end_of(text: str, words: str) -> int:
    """Where `words` (a slot cut from the text) end in it, or the text's end when they are not found as they are."""
    at = text.lower().find(words.lower())
    return at + len(words) if at >= 0 else len(text)




def _same_sentence_dated(text: str, refs: References) -> bool:
    """Whether the sentence naming the item also holds the date (else the date belongs to something else)."""
    if not refs.items:
        return True
    bounds = [0] + [m.end() for m in _SENTENCE_BREAK.finditer(text)] + [len(text)]
    return next((bool(DATES.search(text[a:b])) for a, b in zip(bounds, bounds[1:]) if a <= refs.items[0].start < b),
                True)


_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+|\s+(?=(?:btw|by the way|ps)\b)", re.I)




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
        for_whom = [h for h in refs.people if text[said.end():h.start].strip().lower() == "for"]
        if for_whom and not slots.get("lead"):  # "... log that as an action for Sabine T please": Sabine T leads it
            slots["lead"], slots["rest"] = text[for_whom[0].start:for_whom[0].end], promise
    if handler == "add_matter" and not slots.get("lead") and refs.people and slots.get("rest"):
        slots = actor_first(slots, refs, text)
    named = {w.lower() for h in refs.people if text[:h.start].rstrip().lower().endswith(" to")  # whom it went to
             for w, _, _ in tokens(text[h.start:h.end])}
    if handler == "mark_submitted" and not refs.items and not QUOTED.search(text) and \
            (refs.first_person or slots.get("ref") and words_of(slots["ref"]) <= named):
        slots["ref"] = "my report"  # "apologies - my report for next week has gone over", "march report sent over to
        # Kizzy": whichever is theirs, not one named after whom it went to
    if handler == "mark_submitted" and refs.when is not None and _same_sentence_dated(text, refs):
        slots["when"] = refs.when.text  # not "X's gone over to you - btw is the june one at the museum?"
    if slots.get("when"):
        slots["when"] = _TRAILING.sub("", slots["when"]) or slots["when"]
        head = CLAUSE.split(slots["when"], maxsplit=1)[0]
        if head != slots["when"] and (has_date_words(head) or has_date_words(f"to {head}")):  # "to jan now, ..."
            slots["when"] = _TRAILING.sub("", head) or head  # "push it to Feb - Aisha can't do December": Feb
        slots["when"] = _before_where_not(slots["when"])  # "to January rather than the 21st"
    if handler in {"set_notes", "add_note"} and not slots.get("notes") and refs.items and \
            (said := _NOTE_AFTER.match(text[refs.items[0].end:])):
        slots["notes"] = said.group(1)  # "note on the rural crime review that the NFU rep is invited"
    if handler in {"set_notes", "add_note", "update_matter", "rename_item"} and (quoted := QUOTED.search(text)):
        slots[{"update_matter": "position", "rename_item": "title"}.get(handler, "notes")] = quoted.group(1)
    if handler == "rename_item" and len(both := list(QUOTED.finditer(text))) == 2 and \
            len(tokens(text[both[0].end():both[1].start()])) <= 2:  # not "call it 'X'. 'Y' sounds dated"
        slots["ref"], slots["title"] = both[0].group(1), both[1].group(1)  # "rename 'Old title' to 'New title'"
    if handler == "rename_item" and not slots.get("title") and refs.items:
        slots["title"] = new_title(text, refs.items[0].start, refs.items[0].end)
    elif handler == "rename_item" and slots.get("title") and not QUOTED.search(text):
        slots["title"] = without_reason(slots["title"])  # "... to Library Access Review: members prefer it"
    if handler in {"set_notes", "add_note"} and not slots.get("notes") and (m := AFTER_COLON.search(text)):
        slots["notes"] = m.group(1)
        head = tokens(text[:m.start()])
        own = clear_hit(tuple(rank_titles(head, titles, command_word(head) | set_aside(text, head))))
        if own is not None:  # "note on the ambulance item: invite the COOs": the item is named before the colon
            slots["ref"] = titles[own]
    if handler in {"set_notes", "add_note"} and slots.get("notes", "").lower().startswith("asking "):
        slots["notes"] = SENTENCE_END.split(slots["notes"], maxsplit=1)[0].rstrip(" ?.")  # "... asking for X? Members
        # will want it": what is asked for
    if handler in {"set_notes", "add_note"} and slots.get("notes"):  # "fleet decarb - note the EV costs are the question"
        slots["notes"] = _unasked(re.sub(r"^(?:pls\s+|please\s+)?note\s+(?:down\s+)?(?:that\s+)?(?=\S)", "", slots["notes"],
                                         flags=re.I))
    if handler in {"move_item", "defer_item"} and (topic := refs.extra.get("meeting_by_topic")) and \
            not DATES.search(slots.get("when", "")):
        slots["when"] = topic.text  # "defer the VAWG update to the precept meeting": that meeting's day
    if handler == "move_item" and "when" not in slots:
        until = UNTIL.search(text)
        slots["when"] = _said_instead(text) or moved_to(text) or (
            refs.when.text if refs.when else until.group("when") if until else "date tbc" if PARK.search(text) else "")
    if handler == "add_item" and slots.get("rest"):
        slots["rest"] = LEAD_CLAUSE.sub(r", lead \1", antecedent(slots["rest"], text))
    if handler == "update_matter" and not slots.get("position") and (m := AFTER_COLON.search(text)):
        slots["position"] = m.group(1)
    if handler == "update_matter" and only_asks(slots.get("position", "")):
        slots["position"] = news_in(text)  # "It's five years parts and labour - can you put that against it?"
    if handler == "update_matter" and refs.when is not None and NEW_DUE.search(text):
        slots["due"] = refs.when.text  # "the attainment data is now due in January", "put that action back to May"
    elif handler == "update_matter" and not slots.get("position") and \
            (not slots.get("due") or words_of(refs.masked) - _BARE_MOVE):  # "X -> march" says no news
        slots["position"] = news_in(text)
    if handler == "meeting_deadline" and refs.first_person:
        slots["mine"] = "yes"  # "when does my october report need to be in": say which of theirs is at that meeting
    if handler in {"awaiting", "received", "matters_from"} and not slots.get("when") and refs.when is not None:
        said = DATES.search(text)  # the words as typed: 'July' is last July to a question about the past
        slots["when"] = said.group(0) if said else refs.when.text
    if handler == "search" and "q" not in slots:
        slots["q"] = topic_of(text)
    return slots
