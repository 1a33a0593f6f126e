"""Reading a lead cell: every named person, with anything else it says (organisations, job titles) kept, not lost."""
from __future__ import annotations

import re
from dataclasses import dataclass

from bot.programme.cells import cell_lines, cell_text, looks_like_name

_NO_ONE = re.compile(r"(?:tbc|tba|tbd|to be (?:confirmed|agreed|decided)|n/?a|none|nil|unknown|various|-+|\?+)", re.I)
_SPLIT = re.compile(r"\s*(?:/|;|&|\band\b|\+|\n)\s*")
_BRACKETS = re.compile(r"\(([^)]*)\)")


@dataclass(frozen=True)
class Leads:
    """The people a cell names, and the cell as written when it says more than their names (else '')."""

    names: tuple[str, ...] = ()
    kept: str = ""

    @property
    def title_only(self) -> bool:
        """A job title or organisation with nobody named ('Chief Finance Officer'): not a person."""
        return not self.names and bool(self.kept)


def read_leads(text: str | None) -> Leads:
    """'Dr A. Shah (ICB); Mark Ellis' -> Dr A. Shah and Mark Ellis, with the cell kept for the '(ICB)'."""
    whole = cell_text(text).strip(" ,.;")
    if not whole or _NO_ONE.fullmatch(whole):
        return Leads()
    names, extra = [], False
    for part in _SPLIT.split("\n".join(cell_lines(text))):
        part = part.strip(" ,.-–")
        if not part:
            continue
        inside = [b.strip() for b in _BRACKETS.findall(part)]
        outside = _BRACKETS.sub(" ", part).strip(" ,.-–")
        found = [b for b in inside if looks_like_name(b)]
        pieces = [p.strip(" .-–") for p in outside.split(",") if p.strip(" .-–")]
        found += [p for p in pieces if looks_like_name(p)]
        extra = extra or len(found) < len(inside) + len(pieces)
        names += found
    names = list(dict.fromkeys(names))
    return Leads(tuple(names), whole if extra or not names else "")
