"""How likely one clause of minutes is to owe something, from the trained clause model (numpy only at run time)."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

MODEL = Path(__file__).parent / "model"
CUE = re.compile(r"\b(?:agreed|requested|asked|would|will|undert(?:ook|aken)|to provide|to circulate|to report back|action:|"
                 r"owner:|lead officer:|action by:|"
                 r"be (?:brought|provided|circulated|submitted|presented|invited|sent)|next meeting|future meeting)", re.I)
# A wider net, by form not by word: any subjunctive or passive ("that X be explored", "be arranged"), "requests that",
# "is to": how resolutions owe something whatever verb they use
WIDE = re.compile(r"\b(?:be|being)\s+(?:\w+ly\s+)?(?:re-?)?[a-z]{2,20}(?:ed|en|wn|ht|nt|ne|de|ld)\b|"
                  r"\b(?:requests?|asks?)\s+that\b|\b(?:is|are)\s+to\s+[a-z]{3,20}\b", re.I)


def cued(clause: str) -> bool:
    """Whether a clause has a cue word or a form that owes something (what the model weighs at all)."""
    return bool(CUE.search(clause) or WIDE.search(clause))


# How a clause is written, whatever its topic: each form a feature of its own (bounded patterns, one pass each)
_FORMS = {
    "modal": re.compile(r"\b(?:would|will|shall)\s+(?:also\s+|then\s+)?(?!be\b|have\b)[a-z]{3,20}\b", re.I),
    "modal be": re.compile(r"\b(?:would|will|shall|should|to)\s+be\s+[a-z]{3,20}(?:ed|en|wn|ht|nt)\b", re.I),
    "when": re.compile(r"\b(?:next|future|later|subsequent|forthcoming)\s+meeting\b|\bin\s+(?:\d+|a|one|two|three|"
                       r"four|six|nine|twelve)\s+months?\b|\b(?:six|twelve|\d+)[- ]month(?:ly)?\b|\b(?:january|"
                       r"february|march|april|may|june|july|august|september|october|november|december)\b|"
                       r"\bin due course\b|\bafter the meeting\b|\buntil\b|\bin the (?:new year|autumn|spring|summer|"
                       r"winter)\b|\bearly in\b", re.I),
    # work under way that will come back: "a report was being prepared", "is being arranged"
    "ongoing": re.compile(r"\b(?:is|are|was|were)\s+(?:currently\s+)?being\s+[a-z]{3,20}(?:ed|en|wn|ht|ne)\b", re.I),
    "to us": re.compile(r"\b(?:to|with)\s+(?:the\s+)?(?:panel|committee|board|members|councillors)\b", re.I),
    "past": re.compile(r"\b(?:had|has|have)\s+(?:been\s+)?[a-z]{3,20}(?:ed|en|wn|ht)\b|\b(?:was|were)\s+"
                       r"[a-z]{3,20}(?:ed|en|wn|ht)\b", re.I),
    "ask": re.compile(r"\b(?:asked|requested|requests?|sought|called)\s+(?:for|that|the|a|an|officers?|sight)\b", re.I),
    "promise": re.compile(r"\b(?:agreed|undert(?:ook|aken)|offered|promised|committed)\s+to\b", re.I),
    "label": re.compile(r"\b(?:action|owner|lead officer)\s*[:–-]|\[action:", re.I),
    "that": re.compile(r"^\W*(?:\(?[a-z0-9ivx]{1,4}[.)]\s*)?that\b", re.I),
}

# Forms said by their words alone: plain word (and word pair) look-ups, no pattern needed
_WORD_FORMS = {
    "role": {"director", "head of", "manager", "officer", "officers", "chief executive", "cabinet member", "portfolio holder",
             "lead member", "clerk", "coordinator", "co-ordinator", "commissioner", "lead", "advisor", "adviser"},
    "chair": {"chair", "chairman", "chairperson", "chairwoman", "vice-chair"},
    "info": {w + end for w in ("report", "update", "briefing", "information", "detail", "breakdown", "list", "note",
                               "presentation", "plan", "response", "letter", "paper", "session", "visit", "workshop")
             for end in ("", "s")} | {"figures", "data", "copy"},
    "noting": {"noted", "approved", "endorsed", "welcomed", "thanked", "thanks", "correct record", "be received",
               "be agreed", "be accepted"},
    "speech": {"advised", "said", "explained", "confirmed", "stated", "reported", "informed", "indicated", "responded",
               "replied", "commented", "added"},
    "we": {"panel", "committee", "board", "members", "councillors"},
}


def _words_and_pairs(text: str) -> set[str]:
    words = [w.strip(".,;:!?()[]'\"“”‘’") for w in text.lower().split()]
    return set(words) | {f"{a} {b}" for a, b in zip(words, words[1:])}


def featurise(clause: str, resolved: bool, ruled: bool) -> list[str]:
    """How the clause is written, not what it is about: where it stands, its cue words, the forms it takes (a
    modal, an officer's role, a time to come back, a request, a noting ...), its length, and whether a rule
    read an action in it (so the model learns when the rules are to be trusted). Words of the topic are left out:
    with a few hundred labelled clauses they fit the councils trained on, not the next one (bench/README.md)."""
    head = clause[:600]
    words = head.split()[:60]
    out = {"__resolved" if resolved else "__discussion", f"__length {min(len(words) // 10, 5)}",
           "__rule" if ruled else "__no rule"}
    out.update(f"__cue {m.group(0).lower()}" for m in CUE.finditer(head))
    if WIDE.search(head):
        out.add("__wide")
    out.update(f"__form {name}" for name, form in _FORMS.items() if form.search(head))
    said = _words_and_pairs(head)
    out.update(f"__form {name}" for name, words in _WORD_FORMS.items() if words & said)
    return sorted(out)


_WORD = re.compile(r"[a-z]+(?:['’][a-z]+)?")


def words_of(clause: str) -> list[str]:
    """The clause's words and word pairs (its first 80 words), for a model trained on clauses labelled by hand, where
    the words that owe something ("circulate", "come back", "look into") can be learned rather than listed."""
    words = _WORD.findall(clause[:600].lower())[:80]
    return sorted({f"w {w}" for w in words} | {f"w {a} {b}" for a, b in zip(words, words[1:])})


@dataclass(frozen=True)
class ClauseModel:
    """A binary TF-IDF + logistic regression model, as trained by bot.minutes.training."""

    index: dict[str, int]
    idf: np.ndarray
    coef: np.ndarray
    intercept: float
    meta: dict

    def probability(self, clause: str, resolved: bool, ruled: bool) -> float:
        """Probability that the clause is an action an officer would put on the schedule."""
        said = featurise(clause, resolved, ruled) + (words_of(clause) if self.meta.get("words") else [])
        rows = [self.index[f] for f in said if f in self.index]
        score = self.intercept
        if rows:
            weights = self.idf[rows]
            score += float(weights @ self.coef[rows]) / float(np.sqrt(weights @ weights))
        return float(1.0 / (1.0 + np.exp(-score)))


def model_from_arrays(vocabulary: list[str], idf: np.ndarray, coef: np.ndarray, intercept: float,
                      meta: dict | None = None) -> ClauseModel:
    """A model from its arrays (as trained, or as shipped)."""
    return ClauseModel({f: i for i, f in enumerate(vocabulary)}, np.asarray(idf, dtype=np.float64),
                       np.asarray(coef, dtype=np.float64), float(intercept), meta or {})


@lru_cache(maxsize=1)
def shipped_model(folder: Path = MODEL) -> ClauseModel | None:
    """The weights shipped with the code, read once; None when none are shipped."""
    if not (folder / "weights.npz").exists():
        return None
    meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    with np.load(folder / "weights.npz", allow_pickle=False) as data:
        return model_from_arrays(data["vocabulary"].tolist(), data["idf"], data["coef"], float(data["intercept"]), meta)
