"""What a message says stays as it is ('DoLS stays; session 2 goes to March'): not the record the request changes."""
from __future__ import annotations

from bot.language.vocabulary import CLAUSE, KEPT, NOT_YET, pointing_back, tokens

_CONTRAST = frozenset({"but", "whereas", "while"})  # "X is in but the Y one isn't"


def kept_as_is(text: str) -> set[int]:
    """'DoLS stays; session 2 goes to March', "X is in but the Y one isn't; mark the one that is": where a clause says
    a thing stays as it is, or (set against another) is not yet, while another clause says something of its own,
    that clause names nothing the request is about. Not a question, nor a clause the next one points back at ('DoLS
    is fine, move it to March')."""
    buts = {end + 1 for word, _, end in tokens(text) if word.lower() in _CONTRAST}
    cuts = sorted({0, *(m.end() for m in CLAUSE.finditer(text)), *buts, len(text)})
    clauses = [(start, end) for start, end in zip(cuts, cuts[1:]) if text[start:end].strip()]
    out: set[int] = set()
    for (start, end), (after, _) in zip(clauses, clauses[1:] + [(len(text), 0)]):
        words = {w.lower() for w, _, _ in tokens(text[start:end])}
        said = words & KEPT or start in buts and words & NOT_YET and len(words) <= 8  # "... but the Y one isn't"
        if said and len(words) <= 12 and not text[start:end].rstrip().endswith("?") and \
                not pointing_back(tokens(text[after:])[:4]):
            out |= set(range(start, end))
    return out if len(clauses) > 1 and len(out) < len(text.rstrip()) else set()
