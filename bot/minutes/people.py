"""Who is who in a set of minutes: names with their job titles, and who speaks in a sentence."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_NAME = r"(?:(?:Cllr\.?|Councillor|Dr\.?|Superintendent|Inspector)\s+)?[A-Z][a-z'’]+(?:[- ][A-Z][a-z'’]+){1,2}"
# "Alison Shannon, Finance Business Partner, introduced" / "Jenny Rogers, Principal Social Worker, advised"
_INTRO = re.compile(rf"(?P<name>{_NAME}),\s+(?P<role>[A-Z][^,.;:()\[\]]{{3,90}}?)\s*(?:,|\s+(?=introduced|presented|gave|"
                    rf"advised|commented|said|outlined|explained|updated|responded|added|confirmed|to present|to give)|"
                    rf"\]|\)|$)", re.M)
# "The Head of Inclusion, Mark Evans, presented"
_ROLE_FIRST = re.compile(rf"\b[Tt]he\s+(?P<role>[A-Z][^,.;:()]{{3,80}}?),\s+(?P<name>{_NAME}),\s+(?=introduced|presented|gave|"
                         rf"advised|commented|outlined|explained|updated|reported)")
# An attendance line: "David Watts Service Director Adults"
_ROLE_WORDS = re.compile(r"\b(director|head|manager|officer|partner|worker|practitioner|lead|adviser|advisor|chair|"
                         r"member|executive|coordinator|co-ordinator|commissioner|analyst|consultant|solicitor|"
                         r"accountant|superintendent|inspector|clerk|secretary|principal|assistant|deputy)\b", re.I)
_SPEAKER = re.compile(r"^(?P<who>(?:The\s+)?(?:[A-Z][\w'’.-]*)(?:\s+(?:[A-Z][\w'’.-]*|of|and|for|the|[–-]))*?)"
                      r"(?:\s*,[^,]{3,90},)?\s+(?:had\s+|also\s+|further\s+|then\s+)?(?P<verb>advised|said|confirmed|"
                      r"agreed|explained|commented|added|reported|stated|undertook|offered|responded|informed|updated|"
                      r"acknowledged|indicated|suggested|promised|assured|accepted|welcomed|replied|clarified|"
                      r"highlighted|noted|gave|told)\b")
_GROUPS = re.compile(r"^(the\s+)?(panel|committee|board|members?|councillors?|meeting|group|council|service|"
                     r"authority|local authority|government|cabinet)\b", re.I)
_BODY = re.compile(r"\b(?:group|team|panel|committee|board|council|services?|partnership|trust|review)$", re.I)
_STOP = {"the", "of", "and", "for", "to", "a", "an", "–", "-", "service", "services"}


@dataclass(frozen=True)
class Person:
    name: str
    role: str


# "Mr Alan Davies, Assistant Director, Highways," before what he said: the name, not the last title
NAME_THEN_TITLES = re.compile(r"(?P<name>(?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s+)?[A-Z][a-z'’-]+\s+"
                              r"[A-Z][A-Za-z'’-]+),(?:\s*[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|of|and|for|the|&)){0,7},)"
                              r"{1,3}\s*$")

def people_in(text: str) -> list[Person]:
    """Everyone introduced with a job title, in the order they appear."""
    found: list[Person] = []
    for m in _INTRO.finditer(text):
        name, role = m.group("name").strip(), " ".join(m.group("role").split())
        if _ROLE_WORDS.search(role) and not _ROLE_WORDS.fullmatch(name.split()[-1]) and not _BODY.search(name):
            found.append(Person(name, role))
    for m in _ROLE_FIRST.finditer(text):
        found.append(Person(m.group("name").strip(), " ".join(m.group("role").split())))
    for line in text.splitlines():
        # An attendance list line is short and is not a sentence: "David Watts Service Director Adults"
        m = re.match(r"^\s*(?P<name>[A-Z][a-z'’]+(?:[- ][A-Z][a-z'’]+){1,2})\s+(?P<role>[A-Z][^.;:]{3,80})$", line)
        if m and len(line.split()) <= 10 and _ROLE_WORDS.search(m.group("role")) and \
                not _ROLE_WORDS.search(m.group("name")) and not re.match(r"(the|a|an|this|that)\b", line.strip(), re.I):
            found.append(Person(m.group("name"), " ".join(m.group("role").split())))
    # once each (a long document names the same officers again and again), and never a committee taken for a name
    return list(dict.fromkeys(p for p in found if not _BODY.search(p.name)))


def speaker_of(sentence: str) -> str:
    """The person or officer a sentence reports ('David Watts advised ...' -> 'David Watts'), or ''."""
    m = _SPEAKER.match(sentence.strip())
    if not m:
        return ""
    who = m.group("who").strip()
    if _GROUPS.match(who) or who.lower() in {"it", "this", "there"}:
        return ""
    return who


# A name after its titles, initials and all: "Councillor Mrs C A Talbot", "Cllr J. Smith", "Dr Patel"
_TITLED = re.compile(r"(?:(?:Cllr\.?|Councillor|Dr\.?|Mrs?\.?|Ms\.?|Miss|Prof\.?|Professor)\s+){1,2}(?:[A-Z]\.?\s*){0,3}\s"
                     r"?[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?")


def is_person_or_officer(text: str) -> bool:
    """'he', 'David Watts', 'The Scrutiny Officer', 'officers' act; 'the local authority' or 'schools' do not."""
    text = text.strip()
    if re.fullmatch(r"(he|she|they|i|we|officers?|the officers?|the chair|chair)", text, re.I):
        return True
    if _TITLED.fullmatch(text):
        return True
    if _GROUPS.match(text):
        return False
    if re.fullmatch(_NAME, text):
        return True
    return bool(re.match(r"^the\s+\w", text, re.I) and _ROLE_WORDS.search(text))


def resolve_person(mention: str, local: list[Person], everyone: list[Person]) -> str:
    """'The Head of Safeguarding' -> the name introduced with that title (this item first), else the title."""
    mention = re.sub(r"^the\s+", "", mention.strip(), flags=re.I)
    if not mention:
        return ""
    for group in (local, everyone):
        for p in group:
            if _key(p.name) == _key(mention) or _key(mention) in _key(p.name).split():
                return p.name
    words = set(_words(mention))
    if mention.islower():
        mention = mention.title()
    if not words or not _ROLE_WORDS.search(mention):
        return mention
    for group in (local, everyone):
        best = max(group, key=lambda p: len(words & set(_words(p.role))), default=None)
        if best and len(words & set(_words(best.role))) >= max(1, len(words) - 1) and len(words & set(_words(best.role))) >= \
                min(2, len(words)):
            return best.name
    return mention


def lead_officer(people: list[Person]) -> str:
    """Who presented an item: the first officer introduced (a councillor only if no officer was)."""
    people = [p for p in people if not re.match(r"chair", p.role, re.I)]  # "Chair of the Cycling Forum": a visitor
    officers = [p for p in people if not re.match(r"(cllr|councillor)\b", p.name, re.I)
                and not re.search(r"cabinet member", p.role, re.I)]
    return (officers or people or [Person("", "")])[0].name


_PRESENTS = re.compile(r"\b[Tt]he\s+(?P<role>[A-Z][\w'’-]*(?:\s+(?:of|and|for|&|[A-Z][\w'’-]*)){0,6}?)\s+(?:submitted|"
                       r"presented|introduced|gave|took members through)\b")


def presenting_role(text: str) -> str:
    """'The Scrutiny Coordinator submitted a report': who presented an item when no one is named."""
    m = _PRESENTS.search(text)
    return m.group("role") if m and not _GROUPS.match(m.group("role")) else ""


@lru_cache(maxsize=4096)
def _words(text: str) -> tuple[str, ...]:
    return tuple(w for w in re.findall(r"[a-z]+", text.lower().replace("principle", "principal")) if w not in _STOP)


@lru_cache(maxsize=4096)
def _key(text: str) -> str:
    return " ".join(re.sub(r"^(cllr|councillor|dr)\.?\s+", "", text.strip(), flags=re.I).lower().split())
