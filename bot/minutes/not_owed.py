"""What is never owed to the panel, whichever path reads a clause: agenda text, others' business, thanks, a record."""
from __future__ import annotations

import re

from bot.minutes.undertaking import hedged

# What the government announced is news, not something owed to the panel: "the Secretary of State announced that X
# would be abolished"
_NATIONAL = re.compile(r"\b(?:government|secretary of state|minister|department for|whitehall)\b[^.;]{0,80}?\b(?:announced|"
                       r"said|stated|decided|proposed|published|confirmed)\b", re.I)

# What another body will decide or consider is its business, not owed to the panel: "the recommendation would be
# considered by Cabinet at its next meeting", "that Council be recommended to adopt the policy"
_ELSEWHERE = re.compile(r"\bbe\s+(?:considered|decided|determined|approved|discussed|debated|taken|agreed)\s+by\s+"
                        r"(?:the\s+)?(?:full\s+)?(?:cabinet|council|executive|government|mayor)\b|"
                        r"\b(?:cabinet|council|executive|mayor)\s+(?:be|is|was)\s+(?:asked|recommended|requested|invited)\s+"
                        r"to\s+(?:adopt|approve|agree|endorse|note|accept|support|ratify|confirm|resolve)\b", re.I)

# ... and said actively: "Cabinet, at its meeting on 16 October, will consider a report seeking approval for X"
_DECIDES = re.compile(r"^\W*(?:the\s+)?(?:full\s+)?(?:cabinet|council|executive)\b[^.;]{0,60}?\b(?:will|would|is\s+to|"
                      r"was\s+due\s+to)\s+(?:consider|decide|determine|approve|debate)\b", re.I)

# A paper going to Cabinet or Council is theirs ("a report on X would be brought to Cabinet in March"), unless it
# carries the panel's own say ("that the Panel's comments be submitted to Cabinet")
_TO_ANOTHER = re.compile(r"\bbe\s+(?:brought|presented|submitted|reported|taken|going)\s+to\s+(?:the\s+)?(?:full\s+)?"
                         r"(?:cabinet|council|executive)\b", re.I)
_OUR_SAY = re.compile(r"\b(?:comments|recommendations?|views|observations|concerns|findings|feedback|response)\b|"
                      r"\b(?:panel|committee|board|scrutiny)\b[^.;]{0,40}$", re.I)

# Agenda text addressed to the meeting, in the present tense minutes never use: "Scrutiny Committees are requested to
# review the list of forthcoming business"
_ADDRESSED = re.compile(r"\b(?:committees?|panels?|boards?|members|councillors)\s+(?:are|is)\s+(?:requested|asked|invited|"
                        r"recommended)\s+to\b", re.I)

# How a service works, said as a rule: "needs would be monitored and if they change then they will be re-assessed"
_PROCEDURE = re.compile(r"\bif\b[^.;]{0,100}?\bthen\b", re.I)
# A standing arrangement, not a matter that comes back once: "henceforth the minutes would be reported to Council"
_STANDING = re.compile(r"\bhenceforth\b|\bfrom now on\b|\bin future\b(?!\s+meetings?)|\bgoing forward\b|"
                       r"\bas a matter of course\b", re.I)

# The agenda's standing items, printed on every page, owe nothing: "The Chairman to notify the Committee of any items
# of urgent business", "to report any requests received to address the meeting", "to respond to questions from members
# of the public", "the Commissioner will be invited to provide a response by noon of the day before the meeting"
_STANDING_ORDERS = re.compile(r"\b(?:any|other)\s+items?\s+of\s+(?:urgent|other)\s+business\b|\brequests?\s+(?:\w+\s+){0,3}?"
                              r"to\s+(?:address|speak\s+at)\s+the\s+(?:committee|meeting|panel|board)\b|\bquestions?\s+"
                              r"(?:[\w-]+\s+){0,8}?(?:from|by|of)\s+members\s+of\s+the\s+public\b|\bprior written notice\b|"
                              r"\bby\s+noon\s+(?:on\s+)?(?:of\s+)?the\s+(?:day|working day)\s+before\b|"
                              r"\ball\s+items\s+of\s+business\b|\b(?:filmed|recorded|webcast)\s+for\s+(?:live|subsequent)\b|"
                              r"\bis\s+being\s+(?:filmed|webcast)\b", re.I)
# How this meeting ran its own business: the order of items, a private session, a motion, who may speak, the last
# minutes corrected ("agreed to consider item 7 next on the agenda", "Item 8 would be taken in two parts", "to consider
# the Motion after item 9", "to present a petition", "that item 9e in the minutes be amended to include Cllr Baines")
_THIS_MEETING = re.compile(r"\bitems?\s+\d{1,2}[a-z]?\b[^.;]{0,60}?\b(?:(?:next|first|last)\s+on\s+the\s+agenda|"
                           r"as\s+(?:private|exempt)\s+business|in\s+private|in\s+two\s+parts|be\s+taken\s+(?:first|next|"
                           r"together|before|after))\b|\b(?:consider|debate|take|move|moved|considered|debated)\s+the\s+"
                           r"motion\b|\bwhen\s+the\s+motion\s+(?:was|is)\b|\b(?:present|submit)\s+a\s+petition\b|"
                           r"\bwho\s+(?:have|had)\s+given\s+notice\b|\bminutes?\b[^.;]{0,120}?\bbe\s+amended\b", re.I)
# A paper already before this meeting, or a request already answered in it: "The minute of the Sub-Committee was
# submitted and noted", "There was submitted a report by the Chief Auditor", "Having asked for further details on X,
# the Deputy Chief Constable provided him with some reassurance"
_ALREADY = re.compile(r"\b(?:was|were)\s+submitted\b(?!\s+(?:to|for|at)\s+(?:a|the)\s+(?:next|future|later))|"
                      r"^\W*having\s+(?:asked|requested|sought|enquired)\b", re.I)

# The minutes of the last meeting approved and signed: "the minutes ... were approved and would be signed by the Chair
# as a correct record"
_RECORD = re.compile(r"\bcorrect record\b|\bminutes of the (?:previous |last )?meeting\b[^.;]{0,120}?\b(?:approved|"
                     r"confirmed|agreed|signed)\b", re.I)
# Thanks passed on are said, not owed: "officers were asked to pass on the Committee's thanks to the team"
_THANKS = re.compile(r"\b(?:pass(?:ed)?|convey(?:ed)?|extend(?:ed)?|send|sent|record(?:ed)?)\s+(?:on\s+)?(?:the\s+|its\s+|"
                     r"their\s+)?(?:(?:committee|panel|board|members)['’]s?\s+)?(?:sincere\s+)?(?:thanks|congratulations|"
                     r"appreciation|gratitude|best wishes)\b", re.I)
# A decision whose last words endorse what it lists: "to delegate authority to the director ... and to undertake any
# necessary actions ..., be endorsed."
_ENDORSES = re.compile(r"\bbe\s+(?:endorsed|approved|noted|adopted|ratified)\W*$", re.I)


def not_owed(clause: str) -> bool:
    """What is never owed to the panel, whichever path reads it: agenda text addressed to the meeting, how the
    meeting ran its own business, news of what the government or another body will decide, a hedge, a standing
    arrangement, a rule of how a service works, the last meeting's minutes approved, a decision that only endorses
    what it lists."""
    return bool(_NATIONAL.search(clause) or _ELSEWHERE.search(clause) or _ADDRESSED.search(clause) or hedged(clause)
                or _TO_ANOTHER.search(clause) and not _OUR_SAY.search(clause)
                or _STANDING.search(clause) or _PROCEDURE.search(clause) or _RECORD.search(clause)
                or _ENDORSES.search(clause[-200:]) or _THANKS.search(clause) or _STANDING_ORDERS.search(clause)
                or _ALREADY.search(clause) or _THIS_MEETING.search(clause) or _DECIDES.search(clause))
