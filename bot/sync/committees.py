"""Choosing a ModernGov committee by id or (forgivingly) by title, and listing a site's committees."""
from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz, process, utils

from bot.sync.remote import Committee

SURE = 90  # a title this close, well ahead of the next, is the one meant
AHEAD = 6


@dataclass(frozen=True)
class CommitteeChoice:
    hit: Committee | None = None
    choices: tuple[Committee, ...] = ()
    problem: str = ""


def ordered(committees: list[Committee]) -> list[Committee]:
    """Current committees first, then expired ones, each alphabetically; deleted ones left out."""
    live = [c for c in committees if not c.deleted]
    return sorted(live, key=lambda c: (c.expired, c.title.lower()))


def committee_line(c: Committee) -> str:
    return f"{c.id:>6}  {c.title}" + ("  (expired)" if c.expired else "")


def choose_committee(committees: list[Committee], wanted: str) -> CommitteeChoice:
    """The committee `wanted` names: an id, the exact title (any case), or one title clearly closest."""
    wanted = " ".join(wanted.split())
    live = ordered(committees)
    if not wanted:
        return CommitteeChoice(problem="say which committee, by its title or its id.")
    if wanted.isdigit():
        hit = next((c for c in live if c.id == int(wanted)), None)
        return CommitteeChoice(hit) if hit else CommitteeChoice(problem=f"the site has no committee with id {wanted}.")
    key = utils.default_process(wanted)
    exact = [c for c in live if utils.default_process(c.title) == key]
    if exact:
        return CommitteeChoice(exact[0])
    titles = {n: c.title for n, c in enumerate(live)}
    hits = process.extract(wanted, titles, scorer=fuzz.WRatio, processor=utils.default_process, score_cutoff=60, limit=5)
    if not hits:
        return CommitteeChoice(problem=f"the site has no committee called “{wanted}”.")
    best, second = hits[0][1], (hits[1][1] if len(hits) > 1 else 0)
    if best >= SURE and best - second >= AHEAD:
        return CommitteeChoice(live[hits[0][2]])
    return CommitteeChoice(choices=tuple(live[h[2]] for h in hits))
