"""Stage 1: Slack markup, mentions, emoji, quotes and case made plain, once per message."""
from __future__ import annotations

import html
import re
import unicodedata

from bot.language.corrections import corrected_date, corrected_words
from bot.language.vocabulary import GENERIC, mended

MAX_LENGTH = 2000
_MENTION = re.compile(r"<@([A-Z0-9]{2,20})(?:\|[^<>]{0,80})?>(?=(['’]s\b)?)")
_LINK = re.compile(r"<(?:https?|mailto):[^|<>]{1,500}\|([^<>]{1,200})>")
_BARE_LINK = re.compile(r"<((?:https?|mailto):[^|<>]{1,500})>")
_SPECIAL = re.compile(r"<![a-z]{1,20}(?:\|[^<>]{0,80})?>")
_SHORTCODE = re.compile(r":[a-z0-9_+\-]{1,40}:")
_FORMATTING = re.compile(r"(?<!\w)[*_~`]+|[*_~`]+(?!\w)")
# "Hi Ruth, following our chat…" / "Morning all - …": the greeting before the message is not part of it
_GREETING = re.compile(r"^\s*(?:hi|hello|hey|hiya|morning|good\s+(?:morning|afternoon|evening)|afternoon|dear)\b"
                       r"(?:\s+[\w']+){0,2}(?:\s*/\s*[\w']+)?(?:\s+quick\s+(?:one|q|question))?"  # 'Hi Jo / bot -'
                       r"(?:\s*[,!.:-]+\s*|\s{3,})",
                       re.I)  # three spaces: an emoji was there
# "sorry, correction to what I said earlier - X": the message is X, said again the right way
_CORRECTION = re.compile(r"^\s*(?:(?:sorry|oops|apologies)\W+)?(?:(?:a\s+)?(?:small|quick|slight)\s+)?correction"
                         r"(?:\s+(?:to|on)\s+(?:what\s+i\s+said|my\s+(?:last\s+|earlier\s+)?(?:message|post|note))"
                         r"(?:\s+(?:earlier|before|yesterday))?)?\s*[:,.!-]+\s*", re.I)
# "Hi all, Sioned here 👋 quick bit of housekeeping - ...": who is writing, said before the message
_SELF = re.compile(r"^\s*(?P<name>[A-Za-z][\w'-]+(?:\s+[A-Za-z][\w'-]*)?)\s+here\b(?:\s*\([^()]{1,60}\))?\s*[,.!:;-]*\s*"
                   r"(?:(?:a\s+)?quick\s+(?:one|q|question|bit\s+of\s+housekeeping)\b\s*[,.!:;-]*\s*)?")
_CONTROLS = {n: " " for n in (*range(32), 127) if n != 10}
# A line break or an emoji between words, before a capital, ends a sentence ('lovely weekend 🌷 Quick one - ...')
# "hope you had a good easter 🐣 what's on a week today?": a line break or an emoji before a capital or a question word
_BREAK = re.compile(r"(?<=[\w)])[ \t]*(?:\n|[ \t]{3,})\s*(?=[A-Z]|(?i:what|when|who|which|where|how|can|could)\b)")
_ARROW = re.compile(r"\s*(?:->|=>|\u2192)\s*")
_SIGN_OFF = re.compile(r"(?P<keep>[,.!]?\s*\b(?i:(?:many\s+)?(?:thanks|thank\s+you|cheers|ta|regards|best\s+wishes|"
                       r"kind\s+regards|thx))[,.!]*)\s+-?\s*[A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+)?\.?\s*$")
_SENT_FROM = re.compile(r"\s*[(\[-]*\s*sent\s+from\s+my\s+(?:iphone|ipad|android|phone|mobile|samsung[\w ]{0,20})"
                        r"\s*[)\]]?\s*$", re.I)  # a phone's signature
_THANKS_AFTER = re.compile(r"([.!?])\s+(?:thanks|ta|thank\s+you|cheers|thx)[.,!]*\s*$|(?<=[.!])\s+many\s+thanks[.,!]*\s*$",
                           re.I)  # "... lapse? Ta", "... columns. Many thanks" (after a question it keeps the ask polite)
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-",
                         "\u00a0": " "})


def _unquoted(text: str) -> str:
    """'> can we move X to Feb? - no, it stays': a quoted message (Slack's '>') is what was said before; the reply
    after it is the message (the quote itself when nothing follows it)."""
    while text.lstrip().startswith(">"):
        body = text.lstrip().lstrip(">")
        rest = next((body.split(mark, 1)[1].strip() for mark in ("\n", " -- ", " - ") if mark in body), "")
        if len(rest.split()) < 2:
            return body.strip()
        text = rest
    return text


def normalise(text: str, slack_names: dict[str, str] | None = None) -> str:
    """The message as plain words: mentions become names, emoji and markup go, length is capped."""
    text = text or ""
    if len(text) > MAX_LENGTH * 2:  # the ask is at the start and the end of a long message, not in a pasted middle
        text = text[:MAX_LENGTH] + " " + text[-MAX_LENGTH // 4:]
    names = slack_names or {}
    text = _MENTION.sub(lambda m: f" {names.get(m.group(1), '')}" + ("" if m.group(2) else " "), text)  # "<@U1>'s"
    text = _LINK.sub(r"\1", text)
    text = _BARE_LINK.sub(r"\1", text)
    text = _SPECIAL.sub(" ", text)
    text = html.unescape(text) if "&" in text else text
    text = _SHORTCODE.sub(" ", text.translate(_QUOTES))
    text = text.translate(_CONTROLS) if text.isascii() else "".join(_plain(ch) for ch in text)
    text = _FORMATTING.sub(" ", text)
    text = _unquoted(text)
    text = _ARROW.sub(" to ", text)
    text = _GREETING.sub("", text) if _GREETING.match(text) and len(_GREETING.sub("", text).split()) > 2 else text
    text = _BREAK.sub(". ", text)
    text = _CORRECTION.sub("", text) if len(_CORRECTION.sub("", text).split()) > 2 else text
    text = _without_self(text, names)
    text = _THANKS_AFTER.sub(r"\1", _SIGN_OFF.sub(lambda m: m.group("keep"), _SENT_FROM.sub("", text)))
    text = corrected_words(corrected_date(" ".join(text.split())))
    text = _PHASE.sub(r"phase \1", _LONG_WORD.sub(_mend, text))
    text = _TEXTED_WORD.sub(lambda m: _TEXTED[m.group(0).lower()], text) if _TEXTED_WORD.search(text) else text
    return text if len(text) <= MAX_LENGTH else text[: MAX_LENGTH * 3 // 4] + " " + text[-MAX_LENGTH // 4:]


_PHASE = re.compile(r"\bph\.?\s?(\d{1,2})\b", re.I)  # 'northgate ph2'
_TEXTED = {"wot": "what", "wat": "what", "wots": "what's", "wats": "what's", "wen": "when", "wens": "when's",
           "rcvd": "received", "recd": "received", "rec'd": "received", "pub date": "publication date", "mines": "mine's"}
_TEXTED_WORD = re.compile(r"\b(?:" + "|".join(_TEXTED) + r")\b", re.I)  # 'wots on wednesday week'
_LONG_WORD = re.compile(r"[A-Za-z]{5,}")


def _without_self(text: str, names: dict[str, str]) -> str:
    """The message without its writer's 'Fran here (emergency planning).' or 'marmaduke t here -' (a name in lower
    case only when it is someone's first name); 'Anything here for me?' keeps its words."""
    m = _SELF.match(text)
    if not m or m.group("name").split()[0].lower() in GENERIC or len(text[m.end():].split()) < 3:
        return text
    if m.group("name").islower() and m.group("name").split()[0] not in _first_names(names):
        return text
    return text[m.end():]


def _first_names(names: dict[str, str]) -> set[str]:
    return {name.split()[1 if name.startswith("Cllr ") else 0].lower() for name in names.values() if len(name.split()) > 1}


def _mend(m: re.Match) -> str:
    word = mended(m.group(0))
    return word.capitalize() if m.group(0)[0].isupper() and word != m.group(0) else word


def _plain(ch: str) -> str:
    """Emoji and other symbols become a space; letters, digits and punctuation stay."""
    if ch == "\n" or ch.isprintable() and unicodedata.category(ch) not in {"So", "Sk", "Cs", "Co", "Cn"}:
        return ch
    return " "
