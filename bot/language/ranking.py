"""Which readings a message's words carry: the whole, its first clause when that plainly asks, or the one sentence that
asks something (a greeting, a story or a question before it)."""
from __future__ import annotations

import re

from bot.intents import POLITE
from bot.language.decide import CHANGES
from bot.language.force import read_force
from bot.language.references import CLAUSE, SENTENCE_END


def rank(classifier, masked: str) -> list[tuple[str, float]]:
    """The readings of the message, or those of its first clause when that one is plainly a request and the whole
    is less sure ('cancel the September meeting, we'll rearrange once ...'): people ask first, explain after."""
    ranked = classifier.rank(_gist(masked))
    if ranked[0][0] == "none" or ranked[0][1] < 0.5:
        ranked = _likeliest_sentence(classifier, masked, ranked)
    said = _FIRST_SENTENCE.match(masked)
    first = said.group(1) if said and len(re.findall(r"\w+", said.group(1))) >= 3 else \
        next((c for c in CLAUSE.split(masked) if (len(c.split()) >= 4 or len(c.split()) == 3 and "ITEMX" in c) and
              c != masked), None)  # after "Dev here -"; "ITEMX to DATEX, Oswin wants to add the new regs"
    if not first or (ranked[0][1] >= 0.9 and ranked[0][0] != "none"):
        return ranked
    alone = classifier.rank(first)
    if alone[0][0] == "none":
        return ranked
    unsure = ranked[0][0] == "none" or ranked[0][1] < 0.5
    chosen = alone if (unsure and alone[0][1] >= 0.7) or alone[0][1] >= 0.9 > ranked[0][1] else ranked
    if (chosen[0][0] not in CHANGES and masked.count("?") == 1 or chosen[0][0] in CHANGES and chosen[0][1] < 0.7) and \
            (asked := _asked_after(classifier, masked)):
        return asked  # "what's the latest on X? and can you set its position to '...'", "X is moving team in
    return chosen  # February, so ... Can we give it to Y please.": the change asked for after


def _asked_after(classifier, masked: str) -> list[tuple[str, float]] | None:
    """The readings of a plain change asked for after a question, or None."""
    later = [s for s in SENTENCE_END.split(masked)[1:] if len(s.split()) >= 4]
    words = later[-1].split() if later else []
    sentence = " ".join(words[1:] if words[:1] and words[0].lower() in {"and", "so", "then"} else words)
    said = POLITE.match(sentence).group(0).lower().split()  # "and can you set its position ...", not "I'd like to"
    asking = bool({"you", "please", "pls"} & set(said)) or said[:2] in (["can", "we"], ["could", "we"])
    ranked = classifier.rank(later[-1]) if asking and _a_request(classifier, later[-1]) else None
    return ranked if ranked and ranked[0][1] >= 0.6 else None


def _likeliest_sentence(classifier, masked: str, ranked: list[tuple[str, float]]) -> list[tuple[str, float]]:
    """'Morning all, hope you're well. Could someone remind me what's coming to the next committee? Want to read up':
    when the whole is unsure, the one sentence that plainly asks something speaks for it."""
    sentences = [s for s in SENTENCE_END.split(masked) if len(s.split()) >= 3]
    if not _a_request(classifier, CLAUSE.split(masked)[0]):  # a plain request first keeps its place
        sentences += [c for c in CLAUSE.split(masked) if len(c.split()) >= 3 and c not in sentences and
                      (c.rstrip().endswith("?") or "?" not in masked and _a_request(classifier, c))]  # "Apologies
        # if … inbox - what's coming to the next committee?", "given the funding isn't confirmed, can we push X to May"
    if len(sentences) < 2:
        return ranked
    asked = [s for s in sentences if s.rstrip().endswith("?")]  # "... what's on at the first one? I'd like to read up"
    best = max((classifier.rank(s) for s in asked or sentences),
               key=lambda r: r[0][1] if r[0][0] not in _SMALL_TALK else 0.0)
    clearer = best[0][1] > ranked[0][1] + 0.1 or ranked[0][0] in _SMALL_TALK and best[0][1] >= 0.6  # a greeting aside
    return best if best[0][0] not in _SMALL_TALK and best[0][1] >= 0.4 and clearer else ranked


def _a_request(classifier, clause: str) -> bool:
    """'push the fly-posting report to September': plainly a change asked for (not 'Apologies if this was circulated')."""
    return classifier.rank(clause)[0][0] in CHANGES and read_force(classifier, clause).act >= 0.7


_SMALL_TALK = {"none", "thanks", "help"}
_FIRST_SENTENCE = re.compile(r"^(.{6,200}?(?:[?!.]|,(?=\s+(?:we|we'll|we're|as|because|since|so|it|it's|they|but|the)\b)|"
                             r"\s[-–—](?=\s)))\s+\S", re.I)


def _gist(masked: str) -> str:
    """A long message is classified by how it starts and ends: the ask is there, not in a pasted middle."""
    words = masked.split()
    return masked if len(words) <= 60 else " ".join(words[:40] + words[-15:])
