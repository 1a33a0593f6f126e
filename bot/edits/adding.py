"""Adding items: a new title where it goes, never a near-copy or a description of one already there."""
from __future__ import annotations

import re

from bot import changes as ch
from bot.clauses import PRONOUN, TOPIC, Parts, split_fields, split_target, tidy_title
from bot.conversation import Context, Reply
from bot.days.dates import has_date_words
from bot.dialogue import ORDINALS, ask_choice, refuse_edit
from bot.edits.items import MAX_TITLE, confirm_if_needed, leads_named, move_to
from bot.intents import Intent
from bot.language.masking import QUOTED
from bot.language.titles import rank_titles
from bot.language.vocabulary import tokens, words_of
from bot.models import Item, join_names
from bot.replies import short_day
from bot.resolve import items_described, resolve_item, same_text
from bot.targets import Target, find_target, names_a_time

# "an item on X added to the October agenda": the verb between the title and where it goes is not part of the title
_CONNECTOR = re.compile(r"\s+(?:added|put|included|scheduled|pencilled in|brought|instead)(?=\s+(?:to|on|for|at|in|into)\b"
                        r"|\s*$)", re.I)
# A title made of one generic word ("Item", "Report") is refused: it would be junk on the programme.
_GENERIC_TITLE = re.compile(r"^(?:an?\s+|the\s+|new\s+|(?:possible\s+)?future\s+)*"
                            r"(?:item|items|report|reports|paper|update|briefing|topic|thing|"
                            r"something|one|it|this|that|tbc|agenda|meeting|action|matter)\W*$", re.I)
# Titles name topics, not the people talking: "send me the fwp as it stands" is a message
_NAMED_AFTER = re.compile(r"\b(?:something|an?\s+(?:new\s+)?(?:item|report|paper|slot))\s+(?P<where>(?:on|for|to|at|in)\s+"
                          r"[^,?.]{2,60}?)\s*(?:,|\s[-–]\s|:)\s*(?P<title>[A-Z][^?.!]{2,120}?)(?:[?.!].*)?$")
_SPOKEN = re.compile(r"\b(?:[Mm]e|[Yy]ou|[Ww]e|I|I'm|[Ww]e're|[Yy]ou're|[Ll]et['’]s)\b(?!['’]s)")
# "the march agenda about bus shelters": the meeting said first, then what the item is about
_WHEN_FIRST = re.compile(r"^(?P<when>(?:the\s+)?(?:next\s+)?[\w-]+(?:\s+\d{4})?(?:\s+(?:agenda|meeting|one|mtg))?)\s+"
                         r"(?:for|about|on|re|regarding|covering|looking\s+at)\s+(?:the\s+)?(?P<rest>\S.{2,})$", re.I)
SCHEDULING = {"schedule", "put", "bung", "stick", "pop", "bring", "slot", "slot in", "pencil", "pencil in", "book in",
              "programme in", "table"}


def add_item(intent: Intent, ctx: Context) -> Reply:
    if refusal := refuse_edit(ctx):
        return refusal
    parts = split_fields(_CONNECTOR.sub(" ", intent.slots.get("rest", "")))
    if named := _NAMED_AFTER.search(parts.main):  # "... can we get something on the November agenda - Bus Lanes?"
        lead = re.split(r"[.!?]\s", parts.fields.get("lead", ""), maxsplit=1)[0]  # "lead Ian. Ta": Ian
        parts = Parts(f"{named['title']} {named['where']}", {**parts.fields, **({"lead": lead} if lead else {})})
    main, target_text = split_target(parts.main, names_a_time)
    title = tidy_title(main)
    if (quoted := QUOTED.search(parts.main)) and len(quoted.group(1).split()) >= 2 and not _a_note(title):
        title = tidy_title(quoted.group(1))  # "bung a future item on the fwp for 'X', date tbc": the title is X
    if (_SPOKEN.search(title) or _GENERIC_TITLE.match(title)) and (topic := TOPIC.search(parts.main)) and \
            not _SPOKEN.search(topic.group("topic")):  # "... a future item on chalk streams, no date": not "A future item"
        _, target_text = split_target(parts.main[topic.start("topic"):], names_a_time)
        title = tidy_title(split_target(topic.group("topic"), names_a_time)[0])  # "... a future item on X - no date yet"
    if target_text is None and (first := _WHEN_FIRST.match(title)) and has_date_words(first["when"]):
        # "an item on january for the winter surge plan": the meeting, then what the item is about
        title, target_text = tidy_title(first["rest"]), first["when"]
    if "? " in title and not QUOTED.search(parts.main):
        title = tidy_title(title.partition("? ")[0])  # "an item on X at some point? No meeting yet": what is asked for
    if _a_note(title):
        return Reply(f"“{title}” reads as a note for something already on the programme, not a new item, so nothing "
                     "was added. Say which item or action it's for, e.g. “note on the libraries strategy: …”.")
    if _SPOKEN.search(title) and not QUOTED.search(intent.text or ""):
        return Reply(f"“{title}” reads like a message, not a title. What should the item be called? For example: "
                     "“add Housing repairs to the March meeting”.")
    if _a_place(title):
        return Reply(f"“{title}” reads as a place on an agenda, not a new item's title, so nothing was added. Which "
                     "item do you mean? Name it, e.g. “move the libraries strategy to future items”.")
    if not title or _GENERIC_TITLE.match(title) or PRONOUN.match(main):
        named = f"“{title}” on its own isn't a title. " if title else ""
        return Reply(named + "What should the item be called? For example: “add Housing repairs to the March meeting”.")
    if len(title) > MAX_TITLE:
        return Reply(f"That title is {len(title)} characters long; please keep item titles under {MAX_TITLE}.")
    existing = _same_title(ctx, title)
    target = find_target(ctx, target_text)
    if target.error:
        return Reply(target.error)
    if not existing and ((led := items_described(ctx, words_of(title))) is not None or
                         title.split()[0].lower() in _DESCRIBED):
        return _described(ctx, title, led or [], target)
    scheduling = target.meeting or target.meeting_to_add
    meant = None if existing else _meant_existing(ctx, title, main, intent.slots.get("verb", "").lower())
    if meant and scheduling:
        return move_to(ctx, meant, target, deferred=False)
    if existing:
        if existing.meeting_id is None and scheduling:
            return move_to(ctx, existing, target, deferred=False)
        where = f"the {short_day(existing.meeting_date)} meeting" if existing.meeting_date else "possible future items"
        return Reply(f"“{existing.title}” is already on the programme ({where}).")
    leads, unknown = leads_named(ctx, parts.fields.get("lead", ""))
    if target_text is None and (when := next((u for u in unknown if names_a_time(u)), None)):
        leads, unknown = [x for x in leads if x != when], [x for x in unknown if x != when]  # ", lead X, March meeting"
        target = find_target(ctx, when)
        if target.error:
            return Reply(target.error)
    known = [w.lower() for w, _, _ in tokens(main)][:1] == ["the"] or \
        intent.slots.get("verb", "").lower() in SCHEDULING - {"put"}
    if (similar := _close_titles(ctx, title, said_as_known=known)) and \
            not target.choices:
        return _ask_new_or_existing(ctx, title, similar, target, leads, parts.fields)
    if target.choices:
        return ask_choice(ctx, "Which meeting?", target.choices, lambda m: short_day(m.date),
                          lambda m: _added(ctx, title, Target(meeting=m), leads, parts.fields))
    reply = _added(ctx, title, target, leads, parts.fields)
    return confirm_if_needed(ctx, target, unknown, reply)


def _a_place(title: str) -> bool:
    """'the first item on the March agenda', 'item 3 on the agenda': where an item sits, said as a title."""
    words = [w.lower() for w, _, _ in tokens(title)]
    ranked = [n for n, w in enumerate(words) if w in ORDINALS or w.isdigit()]
    return any(w in ("item", "items") and {n - 1, n + 1} & set(ranked) for n, w in enumerate(words)) and \
        bool({"agenda", "meeting"} & set(words))


def _a_note(title: str) -> bool:
    """'A note to the tree survey: ...': a note for something already there, said as if it were a title."""
    words = [w.lower() for w in title.split()[:3]]
    words = words[1:] if words[:1] in (["a"], ["an"], ["the"]) else words
    return len(words) > 1 and words[0] in {"note", "notes", "comment", "line", "reminder"} and \
        words[1] in {"to", "on", "for", "about", "re", "against"}


def _added(ctx: Context, title: str, target: Target, leads: list[str], fields: dict) -> Reply:
    scheduled = target.meeting or target.meeting_to_add
    changes: list = []
    if target.meeting_to_add:
        changes.append(ch.AddMeeting(ctx.panel.id, target.meeting_to_add.day, target.meeting_to_add.at))
    changes.append(ch.AddItem(
        ctx.panel.id, title, target.meeting.id if target.meeting else None, "scheduled" if scheduled else "future",
        tuple(leads), fields.get("notes", ""), fields.get("requested_by", ""),
        window="" if scheduled else target.window, meeting_date=target.meeting_to_add.day if target.meeting_to_add else None))
    lead = f", lead {join_names(leads)}" if leads else ", no lead named yet"
    return Reply(f"Added “{title}” to {target.describe()}{lead}.", changes=tuple(changes))


_DESCRIBED = {"item", "items", "thing", "one", "report"}  # "the item with no lead can go on March": no title


def _described(ctx: Context, title: str, led: list[Item], target) -> Reply:
    """Words that describe an item ('Jo Marsh's future item') never become one: the item is asked for."""
    if led and (target.meeting or target.meeting_to_add):
        return ask_choice(ctx, "Which item do you mean?", led, lambda i: i.title,
                          lambda i: move_to(ctx, i, target, deferred=False))
    return Reply(f"“{title}” describes an item rather than naming one. Which item do you mean? Name it, e.g. "
                 "“the libraries strategy”.")


def _same_title(ctx: Context, title: str) -> Item | None:
    titles = ctx.programme.item_titles(ctx.panel.id)
    same = [i for i, text in titles.items() if same_text(text, title)]
    return ctx.programme.item(same[0]) if same else None


def _close_titles(ctx: Context, title: str, said_as_known: bool) -> list[Item]:
    """Items whose titles hold every word of a new title and much of their own: 'Street lighting' when 'Street
    Lighting LED Replacement' exists, not 'Refugee Week Programme' beside 'Refugee Employment Pathway'; any that hold
    every word when it is said as one already known ('put the precept on April')."""
    hits = rank_titles(tokens(title), ctx.programme.item_titles(ctx.panel.id), set(), limit=3)
    return [item for h in hits if h.fit >= 0.99 and (said_as_known or h.whole >= 0.5)
            and (item := ctx.programme.item(h.thing))]


def _ask_new_or_existing(ctx: Context, title: str, similar: list[Item], target: Target, leads, fields) -> Reply:
    """Never a near-duplicate without asking: offer the existing items, or a new one."""
    def existing(item: Item) -> Reply:
        if target.meeting or target.meeting_to_add:
            return move_to(ctx, item, target, deferred=False)
        where = f"the {short_day(item.meeting_date)} meeting" if item.meeting_date else "possible future items"
        return Reply(f"“{item.title}” is already on the programme ({where}); nothing was added.")
    choices = [*similar, None]
    return ask_choice(ctx, "That sounds like an item already on the programme. Which do you mean?", choices,
                      lambda i: f"the existing “{i.title}”" if i else f"a new item “{title}”",
                      lambda i: existing(i) if i else _added(ctx, title, target, leads, fields))


def _meant_existing(ctx: Context, title: str, words: str, verb: str) -> Item | None:
    """'schedule the self assessment headlines for March' or 'put the fee review on the October agenda' mean an item
    already on the programme: a possible future item for scheduling verbs, any item when it is called 'the ...'."""
    if re.match(r"\s*the\b", words, re.I):
        return resolve_item(ctx, title, min_score=90).hit
    if verb in SCHEDULING:
        waiting = [i for i in ctx.programme.items(ctx.panel.id, kind="future") if not i.meeting_id]
        return resolve_item(ctx, title, among=waiting, min_score=90).hit
    return None
