"""The Intent handed to handlers, and the patterns that cut free text (titles, notes, dates) out of a message."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

_P = r"^(?:(?:please|pls|ok|okay|right|hi|hey|can you|could you|would you|will you|i'?d like to|i want to|we need to|"\
     r"let'?s|can we|could we|we can|we should|you can)[\s,]+)*"
POLITE = re.compile(_P, re.I)  # "please", "can you", "could we": the words before a request's verb
# Statements such as "the fee review is now due at the next meeting" change things; questions must not.
_NOT_A_QUESTION = r"(?!(?:what|which|who|whose|when|where|why|how|is|are|does|do|did|can|could|will|has|have)\b)"
_NUM = r"(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)"


@dataclass(frozen=True)
class Intent:
    name: str
    slots: dict = field(default_factory=dict)
    text: str = ""


def _r(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.I)


# Used only after the classifier has chosen the intent (bot/language/slots.py), to cut out the words it carries.
RULES: list[tuple[str, re.Pattern]] = [
    ("help", _r(r"^(?:help|\?+|what can you do|what do you do|how do(?:es)? (?:i|this|it) work|commands?|"
                r"hi|hello|hey|morning|good morning|what can i (?:ask|say))\W*$")),
    ("thanks", _r(r"^(?:thanks|thank you|thankyou|cheers|ta|great|perfect|brilliant|lovely|nice one|super)\b[\w\s!.,]*$")),
    ("undo", _r(r"^(?:undo|undo that|revert|roll ?back|take that back|reverse that)\W*$")),
    ("link_channel", _r(_P + r"(?:link|connect|attach|associate|use)\s+(?:this|the)\s+channel\s+(?:to|with|for)\s+"
                        r"(?:the\s+)?(?P<panel>.+?)\W*$")),
    ("set_nudges", _r(_P + r"(?:(?:set|change)\s+(?:the\s+)?(?:reminders?|nudges?)\s+(?:to|at)|(?:remind|nudge|chase)\s+"
                      r"(?:the\s+)?(?:report\s+)?(?:authors?|leads?|officers?|people|them))\s+(?P<days>[\d,\sand]+?)\s*"
                      r"working\s+days?\s+(?:before|ahead)\b.*$")),
    ("set_rule", _r(_P + r"(?:set|change|make|move)\s+(?:the\s+)?(?:report\s+)?deadlines?\s+(?:rule\s+)?(?:to|at)?\s*"
                    + _NUM + r"\s+(?:clear\s+)?working\s+days?\s+(?:before|prior to)\s+(?:the\s+)?(?P<anchor>[\w ]+?)"
                    r"(?:\s+at\s+(?P<at>[\w:.]+))?\W*$")),
    ("set_meeting_deadline", _r(_P + r"(?:set|change|move|make|put)\s+(?:the\s+)?(?:report|paper|papers)?\s*deadline\s+"
                                r"(?:for|of)\s+(?:the\s+)?(?P<from>.*?)\s*meeting(?:\s+(?:on|of)\s+(?P<from2>.+?))?\s+"
                                r"(?:to|as|at)\s+(?P<to>.+?)\W*$")),
    ("set_meeting_deadline", _r(r"^(?:the\s+)?(?:reports?|papers?)\s+for\s+(?:the\s+)?(?P<from>.*?)\s*meeting\s+"
                                r"(?:are|is|will be)\s+(?:now\s+)?due\s+(?:on|by|at)?\s*(?P<to>.+?)\W*$")),
    ("set_publication", _r(_P + r"(?:set|change|move|make)\s+(?:the\s+)?agenda\s+publication(?:\s+date)?\s+(?:for|of)\s+"
                           r"(?:the\s+)?(?P<from>.*?)\s*meeting\s+(?:to|as)\s+(?P<to>.+?)\W*$")),
    ("set_publication", _r(r"^(?:the\s+)?agenda\s+for\s+(?:the\s+)?(?P<from>.*?)\s*meeting\s+(?:is|will be|goes)\s+"
                           r"(?:published|out|issued)\s+(?:on\s+)?(?P<to>.+?)\W*$")),
    ("add_meeting", _r(_P + r"(?:add|create|schedule|set up|arrange|book|put in|new)\s+(?:a|an|another|the)?\s*"
                       r"(?P<kinds>(?:(?:new|extra|additional|special|extraordinary|provisional|tentative|informal)\s+)*)(?:panel\s+)?meeting\b"
                       r"(?P<rest>.*)$")),
    ("shift_meeting", _r(_P + r"(?P<verb>move|push|postpone|delay|put back|bring forward|shift)\s+(?:the\s+)?"
                         r"(?P<from>[^,]*?)\s*meeting\s+(?:back\s+|forward\s+)?by\s+(?P<n>an?|one|two|three|four|\d+)\s+"
                         r"(?P<unit>weeks?|days?)\W*$")),
    ("move_meeting", _r(_P + r"(?:move|reschedule|rearrange|change|shift|push|postpone|bring forward)\s+(?:the\s+)?"
                        r"(?:(?P<from>[^,]*?)\s+)?meeting(?:\s+(?:on|of|from)\s+(?P<from2>.+?))?\s+"
                        r"(?:back\s+|forward\s+)?(?:to|until|till|for)\s+(?P<to>.+?)\W*$")),
    ("cancel_meeting", _r(_P + r"(?:drop|remove|delete|scrap)\s+(?:the\s+)?(?P<from>[\w/' ]{1,25}?)\s+meeting\W*$")),
    ("cancel_meeting", _r(_P + r"(?:cancel|call off|scrap|abandon)\s+(?:the\s+)?(?:(?P<from>[^,]*?)\s+)?meeting"
                          r"(?:\s+(?:on|of)\s+(?P<from2>.+?))?\W*$")),
    ("close_matter", _r(_P + r"(?:close|complete|finish|tick off|sign off|mark off|clear|resolve)\s+(?:off\s+)?"
                        r"(?:the\s+)?(?:outstanding\s+matter|action|matter|follow[- ]up)\s+(?:on|about|re|for|regarding)?"
                        r"\s*(?P<ref>.+?)(?:\s+as\s+(?:done|complete|completed|closed|resolved))?\W*$")),
    ("close_matter", _r(r"^(?:the\s+)?(?:outstanding\s+matter|action|matter)\s+(?:on|about|re|for)\s+(?P<ref>.+?)\s+"
                        r"(?:is|has been)\s+(?:now\s+)?(?:done|complete|completed|closed|resolved|dealt with)\W*$")),
    ("close_matter", _r(_P + r"mark\s+(?:the\s+)?(?:outstanding\s+matter|action|matter|follow[- ]up)\s+(?:on|about|re|for)?\s*"
                        r"(?P<ref>.+?)\s+as\s+(?:done|complete|completed|closed|resolved|finished)\W*$")),
    ("close_matter", _r(_P + r"(?:close|complete|finish|tick off|sign off|clear|resolve)\s+(?:off\s+)?(?:the\s+)?"
                        r"(?P<ref>.+?)\s+(?:action|matter|follow[- ]up)\W*$")),
    ("update_matter", _r(_P + r"(?:update|change|set)\s+(?:the\s+)?(?:position|status|current position)?\s*(?:on|of|for)?"
                         r"\s*(?:the\s+)?(?:outstanding\s+matter|action|matter)\s+(?:on|about|re|for|regarding)?\s*"
                         r"(?P<ref>.+?)\s*(?::|\s-\s|\s+to say\s+|\s+to\s+|\s+with\s+)\s*(?P<position>.+)$")),
    ("update_matter", _r(r"^(?:the\s+)?(?:current\s+)?(?:position|update|status)\s+(?:on|for)\s+(?:the\s+)?"
                         r"(?:action\s+|matter\s+)?(?:on\s+|about\s+)?(?P<ref>.+?)\s*(?::|\s-\s|\s+is\s+)\s*(?P<position>.+)$")),
    ("add_matter", _r(_P + r"(?:record|note|log|minute)\s+that\s+(?P<lead>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2})\s+"
                      r"(?:will|is to|agreed to|has agreed to|to|should|would)\s+(?P<rest>.+)$")),
    ("add_matter", _r(_P + r"(?:add|record|log|create|raise|note|new)\s+(?:an?\s+|the\s+)?(?:new\s+)?"
                      r"(?:outstanding\s+matter|action|matter|follow[- ]up)\b\s*(?:for\s+(?P<lead>[^:]+?)\s*:)?"
                      r"\s*(?:please|pls)?\s*[:,-]?\s*(?P<rest>.+)$")),  # "log an action please - X to ..."
    ("add_matter", _r(r"^(?:new\s+)?(?:outstanding\s+matter|action)\s*(?:for\s+(?P<lead>[^:]+?))?\s*:\s*(?P<rest>.+)$")),
    ("mark_submitted", _r(r"^(?:i|we)\s*(?:'ve|have|has)?\s+(?:just\s+|now\s+|finally\s+)?(?:sent|submitted|"
                          r"emailed|uploaded|delivered|filed|handed in|finished|completed|done)\s+(?:in\s+|off\s+)?"
                          r"(?P<ref>.*?)\W*$")),
    ("received", _r(r"^(?:which|what|how many)\s+(?:reports?|papers?|items?)\s+(?:are|have|has)\s+(?:been\s+)?(?:in|submitted|"
                    r"received|sent|come in|arrived)\b(?:.*?\b(?:for|at|to)\s+(?:the\s+)?(?P<when>.+?))?\W*$")),
    ("received", _r(r"^who\s+(?:has|have)(?:n'?t)?\s+(?:yet\s+)?(?:sent|submitted|sent in|delivered)\b")),
    ("mark_submitted", _r(r"^" + _NOT_A_QUESTION + r"(?P<by>(?!i\b|we\b)[\w .'-]+?)\s+"
                          r"(?:has|have)\s+(?:now\s+|just\s+)?(?:sent|submitted|emailed|"
                          r"delivered|uploaded)\s+(?:in\s+)?(?:the\s+|her\s+|his\s+|their\s+)?(?P<ref>.+?)\W*$")),
    ("mark_submitted", _r(_P + r"(?:mark|record|log)\s+(?:the\s+)?(?P<ref>.+?)\s+(?:as\s+)?(?:submitted|sent|received|"
                          r"in|done|delivered)\W*$")),
    ("mark_submitted", _r(r"^" + _NOT_A_QUESTION + r"(?:the\s+|my\s+)?(?P<ref>.+?)\s+(?:has|have|'s)\s+"
                          r"(?:now\s+)?been\s+(?:sent|submitted|"
                          r"received|delivered|uploaded|emailed)(?:\s+in)?\W*$")),
    ("mark_submitted", _r(r"^" + _NOT_A_QUESTION + r"(?:the\s+|my\s+)?(?P<ref>.+?)\s+(?:is|are)\s+(?:now\s+)?"
                          r"(?:in|submitted|done|with you)\W*$")),
    ("remove_lead", _r(_P + r"(?:remove|take|drop)\s+(?P<lead>.+?)\s+(?:off\s+)?as\s+(?:the\s+)?(?:lead|author|presenter)"
                       r"(?:\s+(?:on|for|from|of)\s+(?:the\s+)?(?P<ref>.+?))?\W*$")),
    ("rename_item", _r(_P + r"(?:rename|retitle)\s+(?:the\s+)?(?P<ref>.+?)\s+(?:to|as)\s+(?P<title>.+?)[^\w)]*$")),
    ("rename_item", _r(_P + r"(?:change|update|set)\s+the\s+(?:title|name|wording)\s+(?:of|for|on)\s+(?:the\s+)?(?P<ref>.+?)\s+"
                       r"to\s+(?P<title>.+?)[^\w)]*$")),
    ("add_lead", _r(_P + r"(?:add|include)\s+(?P<lead>.+?)\s+as\s+(?:a\s+|an\s+|the\s+|another\s+)?(?:co-?)?"
                    r"(?:lead|author|presenter)\s+(?:on|for|to)\s+(?:the\s+)?(?P<ref>.+?)\W*$")),
    ("set_lead", _r(_P + r"(?:change|set|update|switch)\s+(?:the\s+)?(?P<ref>.+?)(?:'s)?\s+(?:lead|author|presenter)\s+"
                    r"to\s+(?P<lead>.+?)\W*$")),
    ("set_lead", _r(_P + r"(?:change|set|update|switch|swap)\s+(?:the\s+)?(?:lead|author|lead officer|lead author|"
                    r"lead report author|report author|presenter|officer)\s+(?:for|on|of)\s+(?:the\s+)?(?P<ref>.+?)\s+"
                    r"to\s+(?P<lead>.+?)\W*$")),
    ("set_lead", _r(_P + r"(?:make|have|assign|put)\s+(?P<lead>.+?)\s+(?:as\s+)?(?:the\s+)?(?:lead|author|presenter|"
                    r"lead officer|lead author)\s+(?:for|on|of|to)\s+(?:the\s+)?(?P<ref>.+?)\W*$")),
    ("set_lead", _r(_P + r"(?:assign|give)\s+(?:the\s+)?(?P<ref>.+?)\s+to\s+(?P<lead>.+?)\W*$")),
    # Case matters here: only a capitalised name of two or three words starts "X is now presenting Y".
    ("set_lead", re.compile(r"^(?P<lead>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){1,2})\s+(?:is|will be)\s+(?:now\s+)?"
                            r"(?:leading|presenting|writing|taking)\s+(?:on\s+)?(?:the\s+)?(?P<ref>.+?)\W*$")),
    ("add_note", _r(_P + r"(?:add|put|attach|append)\s+(?:a\s+)?note\s+(?:to|on|for|against)\s+(?:the\s+)?(?P<ref>.+?)"
                     r"\s*(?::|\s-\s|\s+saying\s+|\s+that\s+)\s*(?P<notes>.+)$")),
    ("set_notes", _r(_P + r"(?:set|change|update|replace)\s+(?:the\s+)?notes?\s+(?:for|on|of)\s+(?:the\s+)?(?P<ref>.+?)"
                     r"\s*(?::|\s+to\s+)\s*(?P<notes>.+)$")),
    ("set_notes", _r(r"^notes?\s+(?:for|on)\s+(?:the\s+)?(?P<ref>.+?)\s*:\s*(?P<notes>.+)$")),
    ("move_item", _r(r"^" + _NOT_A_QUESTION + r"(?:the\s+)?(?P<ref>.+?)\s+(?:is|has)\s+(?:now\s+)?"
                     r"(?:due|going|coming|moved|been moved|"
                     r"been deferred)\s+(?:at|to|for|in|until)\s+(?P<when>.+?)\W*$")),
    ("move_item", _r(r"^" + _NOT_A_QUESTION + r"(?:the\s+)?(?P<ref>.+?)\s+(?:needs|has|ought|should|can|will need|"
                     r"is going)\s+(?:to\s+)?"
                     r"(?:go|move|be moved|come|slip)\s+(?:back\s+)?(?:to|into|for|until)\s+(?P<when>.+?)\W*$")),
    ("defer_item", _r(_P + r"(?:put|push|move|knock|bump|set)\s+(?:the\s+)?(?P<ref>.+?)\s+back(?:\s+(?:by\s+)?"
                      r"(?:a|one)\s+meeting)?\W*$")),
    ("move_item", _r(_P + r"(?P<verb>move|defer|postpone|push|put back|reschedule|shift|bring forward|bring|delay|slip|"
                     r"carry over|carry forward|roll over|switch)\s+(?:the\s+)?(?P<ref>.+?)(?:\s+(?:back|forward|over))?"
                     r"\s+(?:to|until|till|into|for|onto|on)\s+(?P<when>.+?)\W*$")),
    ("defer_item", _r(_P + r"(?:defer|postpone|push back|delay|put back|carry over|carry forward|roll over)\s+"
                      r"(?:the\s+)?(?P<ref>.+?)\W*$")),
    ("withdraw_item", _r(_P + r"(?:withdraw|drop|remove|delete|scrap|pull|bin|ditch|cancel)\s+(?:the\s+)?(?P<ref>.+?)"
                         r"(?:\s+(?:from|off)\s+(?:the\s+)?(?:[\w\s]*?\s)?(?:work\s*programme|programme|agenda|list|"
                         r"plan|meeting))?\W*$")),
    ("withdraw_item", _r(_P + r"take\s+(?:the\s+)?(?P<ref>.+?)\s+off\b.*$")),
    ("add_item", _r(_P + r"(?P<verb>add|put|bung|stick|pop|include|schedule|table|pencil in|pencil|book in|programme in|"
                    r"slot in|slot|get)\s+(?P<rest>.+)$")),
    ("add_item", _r(r"^(?:new|possible|future)\s+(?:future\s+)?item\s*(?:[:,-]|called|titled)\s*(?P<rest>.+)$")),
    ("add_item", _r(r"^(?:can|could)\s+we\s+(?:please\s+)?(?:have|get|add|schedule|see)\s+"
                    r"(?P<rest>(?:a|an)\s+(?:report|update|briefing|item|paper|session)\b.+)$")),
    ("add_item", _r(r"^(?:i'?d|we'?d|i would|we would)\s+like\s+(?P<rest>(?:a|an)\s+(?:report|update|briefing|item|paper|"
                    r"session)\b.+)$")),
    ("add_item", _r(r"^we\s+(?:need|want|should have|would like)\s+(?:to\s+(?:have|see|get|receive)\s+)?"
                    r"(?P<rest>(?:a|an)\s+(?:report|update|briefing|item|paper).+)$")),
    # Questions.
    ("my_deadlines", _r(r"\b(?:status|progress)\s+(?:of|on|with)\s+my\s+(?:reports?|papers?)\b|"
                        r"\bwhere\s+(?:are\s+we|am\s+i)\s+with\s+my\s+(?:reports?|papers?)\b")),
    ("item_detail", _r(r"\bwho\s+(?:wrote|authored|presented|did|is\s+writing|will\s+(?:present|write))\s+(?:the\s+)?"
                       r"(?P<ref9>.+?)\W*$")),
    ("item_detail", _r(r"\bwho(?:'s|\s+is|\s+are)\s+(?:presenting|doing|writing|leading(?:\s+on)?|bringing|"
                       r"responsible for|(?:the\s+)?(?:lead|author|presenter)\s+(?:on|for|of))\s+(?:the\s+)?(?P<ref>.+?)\W*$")),
    ("item_detail", _r(r"\b(?:status|progress|position|latest|news)\s+(?:of|on|with|for|about)\s+(?:the\s+)?"
                       r"(?P<ref>.+?)\W*$|\bwhere\s+(?:are\s+we|is\s+it|'?s\s+it|are\s+things|do we stand)\s+"
                       r"(?:with|on)\s+(?:the\s+)?(?P<ref2>.+?)\W*$|\b(?:tell me|what do we know|details|info(?:rmation)?)"
                       r"\s+(?:\w+\s+)?(?:about|on|for|of)\s+(?:the\s+)?(?P<ref3>.+?)\W*$")),
    ("item_detail", _r(r"^(?:is|has)\s+(?:the\s+)?(?P<ref>.+?)\s+(?:report\s+|paper\s+)?(?:in|been submitted|submitted|"
                       r"arrived|come in|been sent|been received)(?:\s+yet)?\W*$|\bwhat'?s\s+(?:happened|happening)\s+"
                       r"(?:to|with)\s+(?:the\s+)?(?P<ref2>.+?)\W*$|^(?:was|has|is)\s+(?:the\s+)?(?P<ref3>.+?)\s+(?:been\s+)?"
                       r"(?:deferred|moved|withdrawn|dropped|postponed|considered|cancelled|rescheduled)\W*$")),
    ("person_deadline", _r(r"\b(?:has|have)\s+(?P<who>[\w .'-]+?)\s+(?:sent|submitted|sent in|delivered|done|finished|"
                           r"written)\b")),
    ("no_lead", _r(r"\b(?:without|with no|missing|lacking|no|need)\s+(?:an?\s+)?(?:leads?|authors?|presenters?)\b|"
                   r"\bunassigned\b|\bno(?:body| one)\s+(?:is\s+)?(?:leading|presenting)\b")),
    ("awaiting", _r(r"\b(?:reports?|papers?|items?)\b.*\b(?:outstanding|still to come|not (?:yet\s+)?(?:in|submitted)|"
                    r"awaited|waiting|missing)\b.*\b(?:for|at|to)\s+(?:the\s+)?(?P<when>.+?)\W*$|"
                    r"\bstill to come in\s+(?:for|by)\s+(?:the\s+)?(?P<when2>.+?)\W*$|"
                    r"\bchase\b.*?\b(?:for|at|before)\s+(?:the\s+)?(?P<when3>.+?)\W*$")),
    ("overdue", _r(r"\b(?:late|overdue|missing|behind)\b.*\breports?\b|\breports?\b.*\b(?:late|overdue|missing|"
                   r"not (?:yet )?(?:been )?(?:in|submitted|received)|(?:has|have)n'?t\s+(?:yet\s+)?(?:come in|arrived|"
                   r"been (?:sent|submitted|received)))\b|^what'?s\s+(?:late|overdue)|\bwho\s+(?:do|should|must)\s+"
                   r"(?:i|we)\s+(?:need to\s+|have to\s+)?chase\b|\boverdue\b|\bstill (?:waiting|outstanding)\b")),
    ("matters_from", _r(r"\b(?:outstanding|actions?|matters?|follow[- ]ups?)\b.*?\b(?:from|came out of|arising from|"
                        r"raised at|agreed at)\s+(?:the\s+)?(?P<when>.+?)\W*$")),
    ("my_matters", _r(r"\bmy\s+(?:actions?|outstanding matters?|follow[- ]ups?)\b|\bwhat\s+(?:actions|matters)\s+"
                      r"(?:do|have)\s+i\b|\bactions?\s+(?:for|on)\s+me\b")),
    ("matters_next", _r(r"\b(?:actions?|outstanding matters?|matters|follow[- ]ups?)\b.*\bnext\s+(?:meeting|time)\b|"
                        r"\bnext\s+meeting\b.*\b(?:actions|outstanding matters)\b")),
    ("person_matters", _r(r"\b(?:actions?|outstanding matters?|matters|follow[- ]ups?)\s+(?:for|on|with|led by|owned by|"
                          r"assigned to)\s+(?P<who>.+?)\W*$|\bwhat\s+(?:actions|matters)\s+(?:does|has)\s+(?P<who2>.+?)\s+"
                          r"(?:got|have|own)\b|\b(?P<who3>[\w-]+(?:\s[\w-]+)?)'s\s+(?:actions|outstanding matters)\b")),
    ("matters", _r(r"\b(?:outstanding matters?|open actions?|actions?|follow[- ]ups?|matters arising|schedule of "
                   r"outstanding|outstanding items)\b")),
    ("my_deadlines", _r(r"\bdeadlines?\s+(?:for|on)\s+my\b|"
                        r"\bwhen(?:\s+is|\s+are|'s)\s+my\s+(?:\w+\s+)?(?:report|reports|paper|papers|deadline|deadlines|"
                        r"submission)\b|\bmy\s+deadlines?\b|\bwhen\s+(?:do|must|should|have)\s+i\s+(?:got\s+)?"
                        r"(?:need to\s+|have to\s+|got to\s+|to\s+)?(?:submit|send|file|get|hand|deliver)\b|"
                        r"\bwhen\s+(?:is|are)\s+(?:my|our)\s+(?:stuff|things?)\s+due\b|\bhow long\s+(?:have|do)\s+i\b")),
    ("my_items", _r(r"\bwhat\s+(?:am|are)\s+i\s+(?:presenting|doing|writing|leading|down for|on for|responsible for|"
                    r"bringing|reporting|due to present)\b|\bwhat\s+do\s+i\s+(?:owe|have|need to (?:write|present|do))\b|"
                    r"\bmy\s+(?:reports|items|papers)\b|\bwhat(?:'s| is)\s+(?:due\s+)?(?:from|for)\s+me\b|"
                    r"\bwhat\s+have\s+i\s+got\b|\bam\s+i\s+(?:presenting|on the agenda|down for)\b|\banything\s+for\s+me\b|"
                    r"\bdo\s+i\s+have\s+anything\b|\bwhat\s+do\s+i\s+need\s+to\s+do\b|\bmy\s+list\b|"
                    r"\bwhat\s+(?:i'?m|i\s+am)\s+(?:presenting|doing|writing|down for|leading|bringing)\b")),
    ("person_deadline", _r(r"\bwhen(?:\s+is|\s+are|'s)\s+(?P<who>[\w .'-]+?)(?:'s|s'|')\s+(?:\w+\s+)?(?:report|reports|paper|"
                           r"papers)\s+due\b|\bwhen\s+(?:does|must|should)\s+(?P<who2>.+?)\s+(?:need to\s+|have to\s+)?"
                           r"(?:submit|send)\b")),
    ("last_report", _r(r"^did\s+we\s+(?:look at|consider|have|get|see|discuss|scrutinise|receive)\s+(?:a\s+report\s+on\s+|"
                       r"the\s+|an?\s+)?(?P<ref5>.+?)(?:\s+(?:last|this)\s+(?:year|time|month))?\W*$|"
                       r"\bwhen\s+(?:did|have|had)\s+we\s+last\s+(?:have|had|get|got|see|seen|consider|considered|discuss|"
                       r"discussed|look at|looked at|receive|received|hear|heard|scrutinise[d]?)\s+(?:a\s+|an\s+|the\s+|"
                       r"any\s+)?(?:report|update|item|paper|briefing)?s?\s*(?:on|about|re|regarding|from|into)?\s*"
                       r"(?:the\s+)?(?P<ref>.+?)\W*$|\bwhen\s+was\s+(?:the\s+)?(?P<ref2>.+?)\s+last\s+\w+|"
                       r"\blast\s+(?:report|update|time we (?:had|saw|looked at))\s+(?:on|about)?\s*(?:the\s+)?"
                       r"(?P<ref3>.+?)\W*$|\bhistory\s+of\s+(?:the\s+)?(?P<ref4>.+?)\W*$")),
    ("meeting_deadline", _r(r"\bwhen\s+(?:do|must|should|will)\s+(?:the\s+)?(?:reports?|papers?)\b.*\b(?:be\s+in|in\s+by|"
                            r"be\s+submitted|be\s+sent|be\s+with\s+you|be\s+ready|go\s+in)\b")),
    ("meeting_deadline", _r(r"\bwhen\s+(?:are|is)\s+(?:the\s+)?(?:reports?|papers?|deadline)\s+(?:due\s+)?(?:for|due)\b|"
                            r"\b(?:report|paper)\s+deadlines?\b|\bagenda\s+(?:publication|published|goes out|out)\b|"
                            r"\bwhen\s+(?:is|does)\s+the\s+agenda\b|\bdeadline\s+for\b")),
    ("item_deadline", _r(r"\bwhen(?:\s+is|\s+are|'s)\s+(?:the\s+)?(?P<ref>.+?)\s+(?:report\s+|paper\s+)?(?:due|needed|"
                         r"wanted)\b")),
    ("person_items", _r(r"\bwhat(?:\s+is|\s+are|'s)\s+(?P<who>.+?)\s+(?:presenting|doing|writing|leading on|leading|down for|"
                        r"bringing|reporting on|responsible for|due to present)\b|\bwhat\s+(?:does|has)\s+(?P<who2>.+?)\s+"
                        r"(?:got|have|owe|got coming|present|lead on|need to (?:write|present|send|submit|do))\b|"
                        r"\bon\s+(?P<who8>[\w-]+(?:\s[\w-]+)?)'s\s+plate\b|\b(?:everything|anything|all|items?|reports?)\s+"
                        r"(?:led|presented|written|owned)\s+by\s+(?P<who9>.+?)\W*$|"
                        r"\bwhat'?s\s+(?P<who6>.+?)\s+got(?:\s+on)?\b|\bwhat\s+(?P<who7>[\w .'-]+?)\s+(?:is|are)\s+"
                        r"(?:presenting|doing|writing|leading on|bringing|reporting on)\b|"
                        r"\b(?:reports|items|papers)\s+(?:from|by|for|led by|owed by)\s+(?P<who3>.+?)\W*$|"
                        r"(?:\b(?:list|show|see|view|get)\s+(?:me\s+)?|^)(?P<who4>[\w-]+(?:\s[\w-]+)?)'s\s+(?:reports|items|papers)\b|\bis\s+(?P<who5>.+?)\s+"
                        r"(?:presenting|on the agenda|leading)\b")),
    ("search", _r(r"\bis\s+there\s+anything\s+(?:on\s+the\s+(?:work\s*)?programme\s+|planned\s+|coming\s+up\s+)?"
                  r"(?:about|on|re|regarding|to do with)\s+(?P<q>.+?)\W*$|^what\s+(?:have|do)\s+we\s+(?:got|have)\s+"
                  r"(?:on|about)\s+(?P<q2>.+?)\W*$")),
    ("on_programme", _r(r"^when(?:'s|\s+is|\s+are)\s+(?!we\b|you\b|they\b|i\b)(?:the\s+)?"
                        r"(?P<ref>.+?\b(?:report|item|paper|update|briefing|review|"
                        r"strategy))\W*$")),
    ("on_programme", _r(r"\b(?:is|are)\s+(?:the\s+|there\s+an?\s+(?:item|report)\s+(?:on|about)\s+)?(?P<ref>.+?)\s+"
                        r"(?:on|in)\s+(?:the\s+)?(?:work\s*programme|programme|agenda|plan|list|forward plan)\b|"
                        r"\bare\s+we\s+(?:looking at|doing|covering|considering|scrutinising|getting|having)\s+"
                        r"(?:the\s+|an?\s+)?(?P<ref2>.+?)\W*$|\bwhen(?:'s|\s+is|\s+are|\s+will)\s+(?:we\s+(?:be\s+)?"
                        r"(?:looking at|getting|considering|doing|seeing)\s+)?(?:the\s+)?(?P<ref3>.+?)\s+(?:coming|scheduled|"
                        r"due to come|being considered|on the agenda|going to)\b|\bwhen\s+(?:are|will)\s+we\s+"
                        r"(?:be\s+)?(?:looking at|getting|considering|doing|seeing|discussing)\s+(?:the\s+)?"
                        r"(?P<ref4>.+?)\W*$")),
    ("search", _r(r"^(?:is\s+there\s+|have we got\s+|do we have\s+)?anything\s+(?:about|on|re|regarding|to do with|"
                  r"around|mentioning)\s+(?P<q>.+?)\W*$|^(?:search|find|look up|look for|grep)\s+(?:for\s+)?"
                  r"(?:items?\s+)?(?:about|on|mentioning)?\s*(?P<q2>.+?)\W*$|\bany\s+(?:items?|reports?|papers?|updates?|news)\s+"
                  r"(?:about|on|re|mentioning|regarding)\s+(?P<q3>.+?)\W*$")),
    ("who", _r(r"\bwho(?:'s| is| are)\s+(?:the\s+|our\s+)?(?P<role>chair|vice[- ]?chair|scrutiny officer|scrutiny lead|"
               r"democratic services officer|officer|members?|on the panel|the panel)\b|\bwho\s+chairs\b")),
    ("meetings", _r(r"\b(?:list|show|all|what are)\s+(?:the\s+|of the\s+|our\s+)?(?:upcoming\s+|future\s+)?meetings\b|"
                    r"\bmeeting dates\b|\bwhen\s+(?:are|do)\s+(?:the\s+)?(?:meetings|we meet)\b|\bwhat meetings\b|"
                    r"\bdates? of (?:the\s+)?meetings\b|\bmeetings this year\b|\bmeetings\s+(?:are\s+)?left\b|"
                    r"\bhow many meetings\b")),
    ("next_meeting", _r(r"\bnext\s+(?:meeting|panel|sitting|agenda|time|session|one)\b|\bdue next\b|\bwhen\s+(?:do|does|will)\s+"
                        r"(?:we|the panel)\s+(?:next\s+)?meet\b|\bwhen\s+(?:is|'s)\s+the\s+next\b|^next\W*$|"
                        r"\bupcoming\s+meeting\b|\bcoming up\b|^what'?s\s+next\W*$|^(?:the\s+)?agenda\W*$|^what'?s\s+on\W*$")),
    ("future_items", _r(r"\b(?:tbc|tba|to be confirmed|possible future|future items?|not (?:yet\s+)?scheduled|"
                        r"unscheduled|pencilled|no date|undated|in the pipeline|without a date|not got a date|parked|"
                        r"(?:has|have)n'?t\s+(?:yet\s+)?been\s+(?:scheduled|given a date|dated)|not\s+been\s+scheduled|"
                        r"left\s+to\s+schedule|still\s+to\s+(?:be\s+)?schedul\w*|no\s+meeting(?:\s+yet)?|without\s+a\s+meeting)\b")),
    ("standing_items", _r(r"\bstanding items?\b|\brecurring\b|\bregular items?\b|\bcome[s]? (?:back|round) every\b")),
    ("programme", _r(r"\b(?:work\s*programme|work\s*plan|forward plan|whole programme|programme|everything|full list|"
                     r"all (?:the\s+)?items)\b")),
]
