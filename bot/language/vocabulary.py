"""Word-level tables: words that carry no reference, office shorthand, and stems for plurals."""
from __future__ import annotations

import os
import re
from functools import lru_cache

from rapidfuzz import fuzz, process

from bot.names import fold

# Name-like words too common in messages to be taken as a name unless capitalised.
COMMON_NAMES = frozenset([
    "will", "may", "mark", "bill", "grace", "hope", "joy", "rose", "dawn", "sue", "pat", "rob", "art", "faith",
    "holly", "jack", "frank", "earl",
])

# Words that say what kind of thing or action is meant, never which item.
GENERIC = frozenset([
    "tell", "standing", "after", "log", "tracker", "everything", "anything", "something", "nothing", "know", "let",
    "get", "got", "give",
    "show", "see",
    "look", "need", "needs", "want", "wants", "like", "stuff", "info", "information", "details", "detail", "latest",
    "status", "position", "news", "happening", "going", "come", "coming", "comes", "think", "say", "said", "again",
    "where", "whether", "if", "then", "than", "so", "but", "as", "more", "less", "much", "many", "very", "really",
    "thanks", "ta", "cheers", "pls", "plz", "thx", "lol", "fyi", "btw", "asap", "today", "tomorrow", "yesterday",
    "week", "weeks", "month", "months", "year", "years", "soon", "now", "please", "mate", "guys", "team", "all",
    "we're", "we've", "we'll", "it's", "i'm", "i've", "i'll", "i'd", "don't", "can't", "won't", "let's", "that's",
    "there's", "they're", "you're", "isn't", "aren't", "hasn't", "haven't", "didn't", "doesn't", "shouldn't",
    "couldn't", "wouldn't", "dropping", "moving", "adding", "putting", "pull", "pulling", "bin", "scrap",
    "scrapping", "take", "taking", "taken", "bring", "bringing", "doing", "having", "getting", "stick", "bung",
    "chuck", "pop", "slot", "pencil", "shift", "swap", "kick", "knock", "bump", "slip", "slipping", "sent",
    "waiting", "wait", "owe", "owes", "owed", "landed", "arrived", "received", "came", "sorted", "ready",
    "action", "actions", "matter", "matters", "outstanding", "follow-up", "followup", "schedule",
    "instead", "actually", "rather", "perhaps", "maybe", "possibly", "probably", "definitely", "hopefully",
    "anyone", "someone", "everyone", "who", "whom", "bot", "scrutiny", "committee", "cttee", "o&s", "osc",
    "a", "an", "the", "and", "or", "of", "on", "in", "at", "to", "for", "from", "by", "with", "about", "re",
    "regarding", "into", "onto", "off", "up", "down", "out", "over", "this", "that", "these", "those", "it",
    "its", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "done",
    "will", "would", "shall", "should", "can", "could", "may", "might", "must", "i", "me", "my", "mine", "we",
    "us", "our", "you", "your", "he", "him", "his", "she", "her", "they", "them", "their", "item", "items",
    "report", "reports", "paper", "papers", "update", "updates", "briefing", "briefings", "note", "notes",
    "annual", "review", "reviews", "agenda", "programme", "programmes", "work", "plan", "meeting", "meetings",
    "panel", "session", "sessions", "thing", "things", "topic", "topics", "one", "please", "pls", "thanks",
    "thank", "cheers", "hi", "hello", "hey", "morning", "ok", "okay", "yes", "no", "not", "just", "now", "still",
    "yet", "also", "all", "any", "some", "what", "whats", "what's", "when", "whens", "when's", "who", "whos",
    "who's", "where", "which", "why", "how", "there", "here", "move", "moved", "moving", "push", "pushed",
    "defer", "deferred", "postpone", "postponed", "park", "parked", "bring", "brought", "put", "bung", "drop",
    "dropped", "withdraw", "withdrawn", "remove", "removed", "cancel", "cancelled", "add", "added", "new", "next",
    "last", "previous", "following", "time", "sent", "send", "submitted", "submit", "gone", "done", "complete",
    "completed", "close", "closed", "finished", "lead", "leads", "leading", "author", "presenting", "present",
    "presented", "due", "deadline", "deadlines", "date", "dates", "back", "forward", "till", "until", "later",
    "sooner", "open", "provisional", "provisionally", "tentative", "legally", "meant", "publication", "publish",
    "published", "list", "lists", "late", "overdue", "behind", "extra", "additional", "extraordinary", "point",
])

# Office shorthand that shares no letters with what it stands for, so letter runs cannot learn it: the classifier
# reads the words meant ('fwp' is a forward work programme). Values are single words or phrases.
SHORTHAND = {
    "fwp": "forward work programme", "wp": "work programme", "prog": "programme", "progs": "programmes",
    "mtg": "meeting", "mtgs": "meetings", "mtng": "meeting", "cttee": "committee", "ctte": "committee",
    "rpt": "report", "rpts": "reports", "nxt": "next", "wkg": "working", "b4": "before", "o/s": "outstanding",
    "rcvd": "received", "recd": "received", "som": "schedule of outstanding matters",
}

# Everyday words for what council titles call otherwise: a message saying the one also names the other ('potholes'
# for a carriageway defects report). Domain vocabulary, not any one programme's titles; keys are lower-case words.
# No abbreviations (a title that spells one out would win over those that use it: 'the SEND one' must ask) and no
# broad words ('swimming' is not every leisure item): each value is what only that thing's titles say.
EVERYDAY = {
    "potholes": "carriageway defects highway defects", "pothole": "carriageway defect highway defect",
    "gritting": "winter service winter maintenance", "tip": "household waste recycling centre hwrc",
    "tips": "household waste recycling centres hwrc", "fly tipping": "illegal waste deposits",
    "fly-tipping": "illegal waste deposits", "lollipop": "school crossing patrol",
    "streetlights": "street lighting", "streetlight": "street lighting", "lamp posts": "street lighting",
    "home care": "domiciliary care", "meals on wheels": "community meals", "day centres": "day opportunities",
    "pendant alarms": "telecare assistive technology", "shoplifting": "retail crime shop theft",
    "obesity": "healthy weight", "loos": "public conveniences", "dog poo": "dog fouling",
    "parking tickets": "penalty charge notices", "rough sleepers": "rough sleeping", "dentists": "dental",
    "school meals": "school food", "foster carers": "fostering", "kids in care": "children looked after",
    "flu": "influenza", "bird flu": "avian influenza", "footpaths": "rights of way", "footpath": "rights of way",
    "archives": "record office", "school dinners": "school meals", "tower blocks": "high-rise",
    "interpreters": "interpretation", "biz": "business", "ag": "agricultural", "tourism tax": "tourist levy",
    "tourist tax": "tourist levy", "bed tax": "tourist levy", "phosphates": "nutrient neutrality", "pt": "part",
}

# The short forms people use for a first name ('Jo T' for Joanne Threlfall); none that is also an everyday word
SHORT_NAMES = {
    "joanne": ["jo"], "joanna": ["jo"], "josephine": ["jo"], "robert": ["rob"], "elizabeth": ["liz"],
    "katherine": ["kate", "kath"], "catherine": ["kate", "cath"], "rebecca": ["becky", "becca"],
    "christopher": ["chris"], "christine": ["chris"], "thomas": ["tom"], "andrew": ["andy"], "stephen": ["steve"],
    "steven": ["steve"], "michael": ["mike"], "peter": ["pete"], "david": ["dave"], "jennifer": ["jen", "jenny"],
    "nicholas": ["nick"], "samuel": ["sam"], "samantha": ["sam"], "alexander": ["alex"], "alexandra": ["alex"],
    "matthew": ["matt"], "benjamin": ["ben"], "jonathan": ["jon"], "victoria": ["vicky"], "deborah": ["debbie"],
    "philip": ["phil"], "anthony": ["tony"], "james": ["jamie", "jim"], "abigail": ["abi"],
}

# Welsh words in Welsh councils' titles, and the English word people type for them ('the school reorganisation
# item' may be 'Ysgol Glanyrafon Reorganisation'): another way into the title, as its initials are.
WELSH = {"ysgol": "school", "ysgolion": "school", "canolfan": "centre", "addysg": "education", "cymraeg": "welsh",
         "iechyd": "health", "cyngor": "council", "llyfrgell": "library", "pont": "bridge", "ffordd": "road"}

_LONG_GENERIC = tuple(w for w in GENERIC if len(w) >= 5 and w.isalpha())


@lru_cache(maxsize=4096)
def misspelt_generic(word: str) -> bool:
    """A slip of one of the generic words ('commitee', 'agnda', 'presentng'): it says no more than the word meant."""
    low = word.lower()
    if len(low) < 5 or low in GENERIC or not low.isalpha():
        return False
    return process.extractOne(low, _LONG_GENERIC, scorer=fuzz.ratio, score_cutoff=88) is not None


# The words a message's shape hangs on (dates read 'feb agenda', slots cut at 'meeting'): a slip of one is mended
# before anything reads it. Word forms of these ('meetings', 'scheduled') are left as they are.
KEYWORDS = ("agenda", "meeting", "committee", "deadline", "outstanding", "submitted", "presenting", "schedule",
            "programme", "scrutiny", "postponed", "cancelled", "withdrawn", "tomorrow", "february", "september",
            "december", "november", "january", "october", "august")
_KEYWORD_SET = frozenset(KEYWORDS)
_NO_APOSTROPHE = {w.replace("'", ""): w for w in ("haven't", "hasn't", "aren't", "didn't", "doesn't", "wasn't",
                                                 "weren't", "shouldn't", "couldn't", "wouldn't")}


@lru_cache(maxsize=4096)
def mended(word: str) -> str:
    """The keyword a slip of the keyboard meant ('agnda', 'commitee', 'presentng', 'febuary'), else the word."""
    low = word.lower()
    if low in _NO_APOSTROPHE:
        return _NO_APOSTROPHE[low]  # 'havent come in': "haven't"
    if len(low) < 5 or not low.isalpha() or low in GENERIC or low in KEYWORDS or any(
            low.startswith(key) for key in KEYWORDS):
        return word
    hit = process.extractOne(low, KEYWORDS, scorer=fuzz.ratio, score_cutoff=86)
    if hit and hit[0][0] == low[0] and abs(len(hit[0]) - len(low)) <= 2 and not _word_form(low, hit[0]):
        return hit[0]
    return transposed(low, _KEYWORD_SET) or word


def _word_form(word: str, keyword: str) -> bool:
    """'withdrawing' beside 'withdrawn', 'presented' beside 'presenting': another form of the word, not a slip."""
    shared = len(os.path.commonprefix([word, keyword]))
    return shared >= len(keyword) - 3 and word.endswith(("ing", "ed", "es", "s", "er"))


def transposed(word: str, known) -> str:
    """The known word that `word` is with two neighbouring letters swapped ('janaury', 'musuem'), else ''."""
    if len(word) < 5:
        return ""
    swaps = (word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(1, len(word) - 1))
    return next((w for w in swaps if w != word and w in known), "")


_SUFFIXES = (("bility", "bl"), ("ations", ""), ("ation", ""), ("ies", "y"), ("ves", "f"), ("sses", "ss"), ("es", ""),
             ("s", ""), ("ing", ""), ("ed", ""))  # "fluoride" and "fluoridation" meet, as do "viable" and "viability"


_OWN_WORDS = frozenset({"parking"})  # 'parking' is not 'parks': 'Residents' Parking' and 'Holiday Parks' differ


def stem(word: str) -> str:
    """A crude stem: 'cemeteries' and 'cemetery' meet, as do 'libraries' and 'library' (and 'café' and 'cafe')."""
    if len(word) >= 3 and word.endswith("s") and word[:-1].isupper():
        word = word[:-1]  # 'GPs' and 'GP', 'EHCPs' and 'EHCP' meet
    word = fold(word.lower())
    if word in _OWN_WORDS:
        return word
    if len(word) == 4 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]  # 'bins' and 'bin', 'fees' and 'fee' meet
    if len(word) == 5 and word.endswith("es") and word[2] not in "sxz" and word[1:3] not in ("ch", "sh"):
        return word[:-1]  # 'votes' and 'vote', 'notes' and 'note' meet ('boxes' and 'box' below)
    if len(word) <= 4 or word.endswith("ss"):
        return word
    for suffix, repl in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= (5 if suffix.startswith("ation") else 3):
            word = word[: -len(suffix)] + repl
            if suffix in ("ing", "ed") and word[-1] == word[-2] and word[-1] not in "lsz":
                word = word[:-1]  # 'planning' and 'plan' meet
            return word
    return word[:-1] if word.endswith("e") and not word.endswith("ee") else word  # 'housing' and 'house' meet


_TOKEN = re.compile(r"[^\W_][\w'&-]*")  # letters of any alphabet: 'Siân', 'Zoë'



def tokens(text: str) -> list[tuple[str, int, int]]:
    """(word, start, end) for each word, possessives trimmed."""
    out = []
    for m in _TOKEN.finditer(text):
        word = m.group(0).strip("'-")
        if word.lower().endswith("'s"):
            word = word[:-2]
        if word:
            out.append((word, m.start(), m.start() + len(word)))
    return out


def everyday(words: list[tuple[str, int, int]], titled=lambda word: False) -> list[tuple[str, int, int]]:
    """The title words an everyday word or phrase stands for, each spanning what was said ('the tip' -> 'household',
    'waste', ... over 'tip'), to be weighed beside the words themselves; not a word some title uses itself
    ('gritting' is the gritting item's where one says so, not every winter service item)."""
    lower = [w.lower() for w, _, _ in words]
    out = []
    for i in range(len(words)):
        for size in (3, 2, 1):
            phrase = " ".join(lower[i:i + size])
            if i + size <= len(words) and phrase in EVERYDAY and not (size == 1 and titled(phrase)):
                start, end = words[i][1], words[i + size - 1][2]
                out += [(w, start, end) for w in EVERYDAY[phrase].split()]
                break
    return out


# The words before a date that say where something goes, not where it is ("move it to March", "park it till May")
TOWARDS = frozenset({"to", "till", "until", "into"})
# Words a sentence goes on with, never a title or an action's subject begins with: what is left when a request was cut
# from a statement ('the DoLS title is far too long', 'both matters were raised on 7 October', "- let's revisit then");
# never 'lets' ('Holiday Lets Registration')
VERBS_NOT_TITLES = frozenset({"is", "was", "were", "are", "may", "might", "could", "would", "should", "let's"})

# The verbs a change opens with: said first, they are the request, never a title's word ('replace the DoLS notes: ...'
# is not the Street Lighting Replacement item)
COMMANDS = frozenset(["replace", "overwrite", "change", "amend", "set", "move", "drop", "remove", "rename", "close",
                      "cancel", "withdraw", "defer", "push", "mark", "swap"])


_ASKED_FIRST = COMMANDS | {"note", "notes"}  # a request's first word: its verb, or "note" of "note for X: ..."


def command_word(words: list[tuple[str, int, int]], text: str = "") -> set[int]:
    """Where the message's first word is the verb of its request ('note for the review: ...' too), the places that word
    takes; given the text, also a command opening a later clause ('for the waiting lists thing, replace the notes')."""
    taken = set(range(words[0][1], words[0][2])) if len(words) > 2 and words[0][0].lower() in _ASKED_FIRST else set()
    for n, (word, start, end) in enumerate(words[1:-2] if text else (), 1):
        if word.lower() in COMMANDS and text[words[n - 1][2]:start].strip()[-1:] in {",", ";", ":", "."}:
            taken |= set(range(start, end))
    return taken


@lru_cache(maxsize=8192)
def words_of(text: str) -> frozenset:
    """The words of a title or a message, lower-case ('Are all the papers in?': all, are, in, papers, the)."""
    return frozenset(w.lower() for w, _, _ in tokens(text))


def one_of_them(words: list[tuple[str, int, int]]) -> bool:
    """'please withdraw one', 'either can go': one of things named before, not 'both', nor 'one of the members'."""
    said = [w.lower() for w, _, _ in words]
    ones = {w for n, w in enumerate(said) if w != "one" or said[n + 1:n + 2] != ["of"] or said[n + 2:n + 3] == ["them"]}
    return bool(ones & {"one", "either"}) and not ones & {"both", "each", "all", "other"}


NOT_YET = frozenset({"isn't", "isnt", "hasn't", "hasnt", "aren't", "arent", "haven't", "havent"})  # "the Y one isn't"
SENTENCE_END = re.compile(r"(?<=[?!.])\s+")  # where a sentence ends; CLAUSE also where a comma, a semicolon or a dash cuts one
CLAUSE = re.compile(r"(?<=[.?!;])\s+|,\s+|\s[-–—]\s")
KEPT = frozenset({"stays", "stay", "staying", "fine", "unchanged", "remains", "untouched", "alone"})  # "X stays", "leave Y alone"
BECAUSE = frozenset({"because", "as", "since", "cos", "coz", "bc", "given", "seeing"})  # ', since it has grown': why


def pointing_back(words: list[tuple[str, int, int]], plural: bool = True) -> list[int]:
    """Where the words point back at something said before: 'it', 'that one', 'this one', 'that' right after a
    request's verb ('push that to March'), and unless one thing only is meant, 'them', 'him', 'her' and 'the same'."""
    said = [w.lower() for w, _, _ in words] + [""]
    return [n for n, word in enumerate(said[:-1]) if word == "it" or word in {"that", "this"} and said[n + 1] == "one"
            or word == "that" and n > 0 and said[n - 1] in COMMANDS
            or plural and (word in {"them", "him", "her"} or word == "the" and said[n + 1] == "same")]
