"""Structure first: minutes text -> agenda items -> clauses (resolutions, bullets, sentences), minus what is not minutes."""
from __future__ import annotations

import re
from datetime import date, datetime

from bot.days.dates import parse_when
from bot.days.deadlines import LONDON
from bot.minutes.cleaning import looks_like_title, minutes_paragraphs
from bot.minutes.due import MONTH_NAMES
from bot.minutes.numbering import headings, numbered
from bot.minutes.undertaking import LISTED

_MINUTES_OF = re.compile(r"^\W*minutes\b(?!\s*:)(?!\s+of\s+(?:the\s+)?(?:previous|last))[^\n]{0,200}?"
                         r"\b(\d{1,2}(?:st|nd|rd|th)?\s+"
                         r"(?:" + MONTH_NAMES + r")\s+\d{4})", re.I | re.M)
_END = re.compile(r"^\W*(?:the meeting (?:ended|closed|finished|concluded)\b|meeting (?:closed|ended) at\b|"
                  r"recommendations?(?:\(s\))? for (?:action|decision|noting)|report title\b|<b>report title|"
                  r"(?:<b>)?city of \w+ council(?:</b>)?\s*(?:<b>)?cabinet)", re.I)
_NOISE = re.compile(r"^\s*(?:page \d+|\[?not protectively marked\]?|minutes|agenda item no:? ?\d*|-{3,}|\|.*\|)\s*$",
                    re.I)
_RESOLVED = re.compile(r"^\s*(?:it was\s+)?(?:resolved|agreed|decision|decided|resolution|actions? agreed|actions?)\b\s*"
                       r"(?P<mark>[:–-])?\s*", re.I)
# An action line with no colon or dash, its owner then what they are to do: "Action PF to discuss the proposal with X",
# "Actions Paul and Sarah to meet the supplier"
_OWNER_TO = re.compile(r"\s*actions?\s+(?-i:[A-Z])[\w'’./&-]{0,30}(?:,?\s+(?:and\s+|&\s+)?(?-i:[A-Z])[\w'’./&-]{0,30}){0,3}"
                       r"\s+(?:is\s+|are\s+)?to\s+[a-z]{3,20}\b", re.I)
_CLAUSE = re.compile(r"(?:^|\s)(?:\(?\d{1,2}[.)]|\(?[a-hA-H][.)]|\(?[ivx]{1,4}\))\s+")



def meeting_date(text: str) -> tuple[date | None, int]:
    """The date in 'Minutes of the meeting held on 14 March 2023', and where the minutes start (0 if not said)."""
    start = _MINUTES_OF.search(text)
    if not start:
        return None, 0
    found = parse_when(start.group(1), datetime(2000, 1, 1, 9, tzinfo=LONDON))
    return (found.day if found and found.kind == "day" else None), start.start()


def minute_lines(body: str) -> list[str]:
    """The minutes as paragraphs, one a line, up to where the meeting ends."""
    out = []
    for line in minutes_paragraphs(body):
        if _END.search(line):
            break
        if not _NOISE.match(line):
            out.append(line.rstrip())
    return out


def split_items(lines: list[str]) -> list[tuple[str, list[str]]]:
    """Split at agenda headings: minute numbers as the council counts them (numbered lists inside an item are not
    headings; bot/minutes/numbering.py), and '## '."""
    items: list[tuple[str, list[str]]] = [("", [])]
    heads = headings(lines)
    for n, line in enumerate(lines):
        if line.startswith("## "):
            items.append((_title(line[3:]), []))
        elif n in heads:
            items.append((_title(numbered(line).title), []))
        elif line == "Minutes:" and "Minutes:" in items[-1][1] and (end := _decided(items[-1][1])) is not None:
            # a second item's minutes, its heading lost from the page: what follows the item's decision above is the
            # new item's agenda text (dropped with it at its "Minutes:")
            moved = items[-1][1][end:]
            del items[-1][1][end:]
            items.append(("", moved + [line]))
            continue
        elif not items[-1][0] and not items[-1][1] and looks_like_title(line) and numbered(line) is None:
            items[-1] = (_title(line), [])  # "Agenda item / Forward Work Programme": the page's title for its item
        else:
            items[-1][1].append(line)
    return [i for i in items if i[1]]


def _decided(lines: list[str]) -> int | None:
    """Where the last decision of an item's minutes ends (its RESOLVED line and the numbered or lettered clauses under
    it), or None if its minutes record none after their "Minutes:"."""
    start = len(lines) - 1 - lines[::-1].index("Minutes:")
    found = [i for i in range(start, len(lines)) if _RESOLVED.match(lines[i])]
    if not found:
        return None
    end = found[-1] + 1
    while end < len(lines) and (_LIST_ITEM.match(lines[end]) or _UNLABELLED_RESOLUTION.match(lines[end])):
        end += 1
    return end


def _title(text: str) -> str:
    title = _AGENDA_TEXT.split(text.strip(), maxsplit=1)[0].strip(" -–.")[:120]
    title = re.sub(r"^\d{1,3}(?:/\d{2})?\.?\s+|\s*\((?:\d+ minutes|pages?\s[\d\s-]+)\)", "", title)
    return title.title() if title.isupper() else title


def split_item(lines: list[str]) -> tuple[list[str], list[str]]:
    """An item's discussion, and its resolutions (each clause of a RESOLVED block marked with a leading '§').

    Agenda text ('To receive an update on ...', 'The Panel will receive ...') is not minutes and is dropped; a run
    of lettered or numbered 'That ...' clauses is a resolution even where the page lost the word RESOLVED."""
    discussion, resolutions, in_resolved, listing = [], [], False, False
    lettered = None  # where a paragraph "(a) ..." opened in the discussion
    listed = None  # under "Further items added to the work programme included:", what each item is ('' or 'Update on ')
    owed_by = None  # under "That the Head of X be requested to:", the words each lettered item finishes
    owed_kind = None  # and how its items are marked
    for line in lines:
        if owed_by is not None and (mark := _LIST_ITEM.match(line)) and owed_kind in (None, _kind(mark.group(0))):
            item = line[mark.end():].strip()
            owed_kind = _kind(mark.group(0))
            resolutions.append(f"§ {owed_by[0]} {item[:1].lower()}{item[1:].rstrip(' .;')}{owed_by[1]}.")
            continue
        owed_by = None
        if (lead_in := _OWES_LIST.match(line)) is not None:
            words = lead_in.group("words").lstrip("•·▪●-– ")
            when = _WHEN_IN_LEAD_IN.search(words)  # "be requested at a future meeting to:": the time goes last
            owed_by = (_WHEN_IN_LEAD_IN.sub("", words), f" {when.group(0).strip()}" if when else "")
            owed_kind = None
            in_resolved = in_resolved or bool(re.match(r"that\b", owed_by[0], re.I))  # a resolution whose RESOLVED is lost
            continue
        if listed is not None and _LIST_ITEM.match(line):
            item = re.sub(r"[\s,;]*(?:and\s*;?|;)?\s*$", "", _LIST_ITEM.sub("", line, count=1)).strip()
            item = re.sub(r"^(?:there\s+should\s+be|that)\s+", "", item, flags=re.I)
            item = _DASH_MONTH.sub(r" in \g<month>", item)  # "Air Quality Plan – November": due in November
            discussion.append(f"{LISTED}{listed}{item.rstrip(' .;,')}.")
            continue
        listed = None
        if (asks := _LISTS_ASKS.search(line)) is not None:
            head = line[:asks.start()].strip()  # the sentences before the list's lead-in stay
            if head:
                discussion.append(head)
            listed = f"{asks.group('info').strip().capitalize()} on " if asks.group("info") else ""
            continue
        if listing and _LIST_ITEM.match(line):  # under "The Committee requested that:", each item is a request
            resolutions.append("§ " + line)
            continue
        listing = bool(_ASKS_FOR_LIST.search(line))
        if listing:
            continue
        if _PURPOSE.match(line):
            continue
        if line == "Minutes:":
            in_resolved = False
            discussion.clear()  # what the page printed above an item's minutes is its agenda text (or its decision,
            resolutions.clear()  # which the minutes print again)
            continue
        if (named := _ACTION_NAME.fullmatch(line)) and (discussion or resolutions):
            # "The Chair agreed to write to ...", then "ACTION: Cllr Smith": the name owes the sentence above
            # (inside the sentence's full stop, so the next sentence still starts a sentence of its own)
            above = resolutions if in_resolved else discussion
            above[-1] = re.sub(r"([.!?]?)\s*$", lambda end: f" [ACTION: {named.group('who')}]{end.group(1)}", above[-1],
                               count=1)
            continue
        if in_resolved == "actions" and not _LIST_ITEM.match(line):
            in_resolved = False  # an "Action:" heads its bullets, not the discussion after them
        m = _RESOLVED.match(line)
        rest = line[m.end():] if m else ""
        if m and (not rest.strip() or re.match(r"that\b", rest.strip(), re.I) or m.group("mark")
                  or _OWNER_TO.match(line)):
            in_resolved = "actions" if re.match(r"\W*actions?\b", line, re.I) else True
            resolutions.append("§ " + rest)
            continue
        if in_resolved and _NEW_MATTER.match(line):
            in_resolved = False  # "Matters arising", "Minute 32, ...": the resolution above is over
        if not in_resolved and _UNLABELLED_RESOLUTION.match(line):
            resolutions.append("§ " + line)
            continue
        if not in_resolved and line.startswith(("(b)", "b)")) and (lettered is not None or resolutions
                                                                  and resolutions[-1].startswith(("§ (a)", "§ a)"))):
            # "(a) ...", "(b) ...": a lettered run after the discussion is the resolution whose RESOLVED the page lost
            if lettered is not None:
                resolutions.append("§ " + " ".join(discussion[lettered:]))
                del discussion[lettered:]
            resolutions.append("§ " + line)
            in_resolved = True
            continue
        if not in_resolved and line.startswith(("(a)", "a)")):
            lettered = len(discussion)
        if in_resolved:
            resolutions.append(line)
        else:
            if not looks_like_title(line):  # a title or a name on its own is not part of any sentence
                discussion.append(line)
    return discussion, resolutions


_PURPOSE = re.compile(r"(?:to (?:consider|receive|note|approve|agree|review|elect|declare|invite|confirm|sign|adopt|"
                      r"disclose|identify|highlight|formally|report|update|provide|enable|ensure that the decision)\b|"
                      r"report (?:of|by|from) the\b.{0,120}$|purpose\s*[-–:]|members? (?:are|is) (?:asked|invited|"
                      r"requested) to\b|(?:the\s+)?(?:committee|panel|board|sub-committee|commission|members)\s+will\s+"
                      r"(?:receive|consider|be asked|be invited|review|note|be given)\b)", re.I)
_AGENDA_TEXT = re.compile(r"\s+(?=To (?:consider|receive|note|approve|agree|review|declare|disclose|confirm)\b)")
# "The Committee requested that:", and a body's decision as a list of what it does: "The Committee agreed:"
_ASKS_FOR_LIST = re.compile(r"\b(?:requested|asked|agreed|recommended|suggested)\s+that\s*[:–-]{1,2}\s*$|"
                            r"^(?:the\s+)?(?:panel|committee|board|sub-committee|commission|members)\s+(?:agreed|"
                            r"resolved|decided)\s*[:–-]{1,2}\s*$", re.I)
# The lead-in of a list of requests or additions: "Further items added to the work programme included:", "Cllr Green
# requested an update on the following schemes –", "made suggestions ... as follows:"
_LISTS_ASKS = re.compile(r"(?:^|(?<=[.!?])\s+)(?=[A-Z])[^.!?]{0,300}?\b(?:(?:added|put forward|proposed)\s+(?:to|for)\s+"
                         r"(?:the\s+)?(?:\w+\s+){0,3}?(?:work\s*programme|work plan|agenda)[^.!?]{0,40}?\b(?:included|were|are)|"
                         r"(?:made|put forward|offered)\s+(?:the\s+following\s+)?suggestions\b[^.!?]{0,200}?\b(?:as follows|"
                         r"following|included)|(?:suggested|proposed|identified)\s+the\s+following(?:\s+[\w-]+){0,5}|"
                         r"[Tt]he\s+following\s+(?:\w+\s+){0,3}(?:were|was|be)\s+(?:added|included|put)\s+(?:to|in|on)\s+"
                         r"(?:the\s+)?(?:\w+\s+){0,3}?(?:work\s*programme|work plan|agenda)|"
                         r"[Tt]he\s+following\s+(?:\w+\s+){0,3}(?:were|was|be)\s+(?:agreed|scheduled|programmed)\s+for\s+"
                         r"(?:the\s+|a\s+)?(?:future|forthcoming|later|next)\s+meetings?|"
                         r"(?:requested|asked for|sought)\s+(?:an?\s+|further\s+)?"
                         r"(?P<info>update|report|briefing|information|details)?\s*(?:on|about|regarding)?\s*"
                         r"the\s+following(?:\s+\w+){0,2})\s*[:–-]\s*$")
# "That the Head of Finance be requested at a future meeting to:", "Officers were asked to:": each item below it is a
# request of its own, made of these words and the item's
_OWES_LIST = re.compile(r"(?P<words>[^.!?:]{0,200}?\b(?:requested|asked|invited|instructed|tasked|agreed|undertook)\b"
                        r"[^.!?:]{0,80}?\bto)\s*[:–-]\s*$", re.I)
_WHEN_IN_LEAD_IN = re.compile(r"\s+(?:at|to|for)\s+(?:a|the)\s+(?:future|next|later|subsequent)\s+meeting\b", re.I)


def _kind(mark: str) -> str:
    """What marks a list's items: a bullet, a letter or a number (a list of one kind ends where another starts)."""
    mark = mark.strip(" ().")
    return "number" if mark[:1].isdigit() else "bullet" if not mark[:1].isalpha() else "letter"


_DASH_MONTH = re.compile(rf"\s+[–—-]\s+(?P<month>(?:{MONTH_NAMES})(?:\s+\d{{4}})?)\W*$", re.I)
_LIST_ITEM = re.compile(r"\s*(?:[•·▪●]|[-–]\s|\(?(?:[a-hA-H]|\d{1,2}|[ivx]{1,4})[.)]\s)")
_NEW_MATTER = re.compile(r"(?:matters arising|minute\s+(?:no\.?\s*)?\d{1,4}\b)", re.I)
_ACTION_NAME = re.compile(r"actions?\s*(?:by)?\s*[:–-]\s*(?P<who>(?:(?:cllr|councillor|dr|mr|mrs|ms)\.?\s+)?[A-Z][\w'’.-]*"
                          r"(?:\s+(?:of|and|for|&|[A-Z][\w'’.-]*)){0,6}?)\W*", re.I)
# "(b) That ...", "2. the report be brought ...", and a paragraph of its own "That X be investigated.": a resolution
_UNLABELLED_RESOLUTION = re.compile(r"\(?(?:[a-h]|\d{1,2}|[ivx]{1,4})[.)]\s+(?:that\b|[^.;]{0,200}?\bbe\s+(?:\w+ed|given|"
                                    r"brought|sent|written|undertaken|taken)\b)|(?-i:That)\s[^.;]{0,200}?\bbe\s+"
                                    r"(?:\w+ly\s+)?\w{3,20}(?:ed|en|wn|ht)\b|"
                                    # a table's row with its owner: "An advert be placed in the Press [ACTION: X]."
                                    r"(?-i:[A-Z])[^.;\[]{0,200}?\bbe\s+\w{3,20}(?:ed|en|wn|ht)\b[^.;\[]{0,300}\[ACTION:", re.I)


def sentences(text: str) -> list[str]:
    """Sentences, and each bullet of a list as its own, led by who the list is about ('the Head of Inclusion:')."""
    text = " ".join(text.split())
    out = []
    for sentence in _SENTENCE_END.split(text):
        parts = [p.strip(" ;,") for p in _REQUEST_LIST.split(sentence) if p.strip(" ;,")]
        if len(parts) > 1 and (who := _LEAD_IN.search(parts[0][-80:])):
            parts = [parts[0]] + [f"{who.group(1)} {p}" if p[:1].islower() else p for p in parts[1:]]
        out += parts
    return out


# A full stop after a word, a number or an acronym ("... with the OPCC. Due to ..."; not an initial: "Mr A. Smith")
_SENTENCE_END = re.compile(r"(?:(?<=[a-z0-9)’'\]][.!?])|(?<=[A-Z]{2}[.!?]))\s+(?=[A-Z“\"]|\(\w{1,3}\)\s)")


# Bullets; "...; and asked for ..."; and requests joined by commas or 'and' ("agreed to receive X, requested Y and
# asked for Z"): each request its own clause
_REQUEST_LIST = re.compile(r"\s*[•·▪●]\s*|\s*(?=⁘)|;\s+(?=(?:and\s+)?[a-z])|\s+and\s+(?=(?:members|councillors|the (?:panel|"
                           r"committee|board))\s+(?:also\s+)?(?:requested|asked|sought|emphasised|emphasized|stressed|"
                           r"expressed|suggested|wished)\b)|(?:,\s+(?:and\s+)?|\s+and\s+)"
                           r"(?=(?:requested|asked for|asked that|sought|agreed to (?:receive|request|ask|add|invite))\b)")
_SECOND_RESOLUTION = re.compile(r"\s+and\s+(?=(?:that\s+)?(?:a|an|any|the)\s+[^,;]{0,100}?\b(?:be|being)\s+\w+ed\b)", re.I)
_LEAD_IN = re.compile(r"((?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of|and|for|[A-Z][\w'’-]*))*)\s*:?\s*$")


def clauses(text: str) -> list[str]:
    """Each resolution clause: lettered and numbered ones, and 'X be noted and a further report be received'."""
    text = " ".join(text.split())
    parts = [q for chunk in text.split("§") for p in _CLAUSE.split(" " + chunk) for q in _SECOND_RESOLUTION.split(p)
             if q.strip()]
    return [s for p in parts for s in sentences(p)]

