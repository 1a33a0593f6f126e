"""Minutes as published -> paragraphs of minutes: page furniture, contact lines and agenda text dropped, sizes bounded."""
from __future__ import annotations

import re

MAX_LINE = 1500  # longer lines are cut at sentence ends, so no pattern ever runs over an unbounded line
_PUNCT_RUN = re.compile(r"[^\w\s]{6,}")
_SAME_RUN = re.compile(r"([^\w\s])\1{3,}")
_DOC_LINK = re.compile(r"\s*(?:pdf icon\s*)?\bPDF\s+\d{1,5}\s*[KM]B\b", re.I)
_FURNITURE = re.compile(
    r"(?:skip to (?:main )?content|skip navigation and tools|agenda item(?: - minutes)?|agenda(?:,| and) (?:draft )?"
    r"(?:decisions|minutes)(?: and (?:draft )?minutes)?|issue - (?:meetings|decisions)|items|no\.? ?\|? ?item\W*|media|"
    r"feedback|back to the top of the page|(?:supporting|additional) documents:?|minutes:?|\.{3}\s*view the full \w+ text"
    r" for item \d+\.?|webcast for .{0,200}|reason(?: for (?:the )?decision)?\s*:.{0,400}|(?:venue|contact|note|link|"
    r"tel\.?(?: no\.?)?|e-?mail)\s*:.{0,400}|most council meetings can be viewed.{0,300}|meeting documents|"
    r"return to agenda|[-|\s]{3,}|\(?(?:copy|report) (?:attached|enclosed)\)?\.?)",
    re.I)
_PHONE = re.compile(r"\bTel(?:ephone)?\.?\s*(?:no\.?\s*)?:?\s*\(?0\d{2,4}\)?\s*\d{3}", re.I)
_MEETING_LINE = re.compile(r"Meeting:\s*(?P<day>\d{2}/\d{2}/\d{4})\s*-")
_LABELLED = re.compile(r"(?P<head>.{0,300}?)\s*\b(?P<label>Minutes|Decision|Decisions)\s*:\s*(?P<body>.*)")
_NUMBERED = re.compile(r"\(?\d{1,3}[.)]?\s+[A-Z]")
_PAGE_LABELS = re.compile(r"\s*\b(?:additional|supporting) documents\s*:?\s*$", re.I)  # page furniture after a title
_PARAGRAPH_NUMBER = re.compile(r"^\s*\d{1,3}\.\d{1,2}\s+(?=\S)")
# A word printed letter by letter for emphasis ("T H A T the report be referred", "R E S O L V E D"): one word again
_SPACED = re.compile(r"\b[A-Z](?: [A-Z]){3,11}\b(?! [A-Z]\b)")


def minutes_paragraphs(text: str) -> list[str]:
    """The text as paragraphs, one a line; a heading the page marked (document link, 'Title Minutes: ...') as '## '."""
    cut = [line for raw in text.splitlines() for line in _cut(raw)]
    lines = [_tidy(line) for line in cut]
    cells = [line.rstrip().endswith("|") for line in cut]  # "... be investigated. |": a table's cell ends there
    piped = sum(cells) >= 6 and sum(cells) * 3 >= sum(bool(line) for line in lines)  # a table, one cell over lines
    out: list[str] = []
    joinable, open_ = False, False  # may the next line continue this paragraph; does it end mid-sentence
    for n, line in enumerate(lines):
        if not line:
            joinable = False  # a blank line ends a paragraph, unless the next line carries on in lower case
            continue
        for part in _split_labels(line, lines, n):
            if re.fullmatch(r"(?:minutes|additional documents)\s*:", part, re.I):
                # the minutes of an item start here: what came before was its agenda text or its decision
                out.append("Minutes:")
                joinable = open_ = False
                continue
            if part.startswith("## ") or _FURNITURE.fullmatch(part) or _PHONE.search(part):
                if part.startswith("## "):
                    out.append(part)
                joinable = open_ = False
                continue
            carries_on = open_ and part[:1].islower()
            if out and (joinable or carries_on) and not _starts_block(part):
                out[-1] = f"{out[-1]} {part}"
            else:
                out.append(part)
            open_ = not re.search(r"[.!?:;–-]\W{0,2}$", part) and not cells[n]
            joinable = open_ and len(part) >= 35 and not looks_like_title(part) and not _NUMBERED.match(part) \
                and not re.match(r"[•·▪●]", part)  # a bullet ends at its line unless the next carries on in lower case
            joinable = joinable or piped and not cells[n]  # in a table a cell runs on to its '|'
    return _owners_attached(out) if piped else out


# A table's "made to" cell: the role who owes the recommendation in the cell before it
_OWNER = re.compile(r"(?:the\s+)?(?:portfolio holder|cabinet member|executive member|lead member|director|head of|"
                    r"chief executive|chief officer|[a-z ]{0,40}(?:manager|officer))\b[^.;|]{0,100}\.?", re.I)


def _owners_attached(out: list[str]) -> list[str]:
    """'That X be investigated.' then a cell 'The Portfolio Holder for Y': the recommendation with its owner."""
    kept: list[str] = []
    for line in out:
        if kept and _OWNER.fullmatch(line) and re.search(r"[.!?]$", kept[-1]) and len(kept[-1].split()) >= 5:
            kept[-1] = f"{kept[-1][:-1]} [ACTION: {line.rstrip('.')}]{kept[-1][-1]}"
            continue
        # a cell is a sentence of its own: "To be renegotiated" must not run into the next row's recommendation
        kept.append(line if re.search(r"[.!?:;]$", line) or looks_like_title(line) else f"{line}.")
    return kept


def looks_like_title(line: str) -> bool:
    """'Task and Finish Group Updates': a short line, mostly capitalised, not a sentence."""
    words = line.split()
    if not words or len(words) > 12 or re.search(r"[.!?;:]\W{0,2}$", line):
        return False
    return sum(w[:1].isupper() or not w[:1].isalpha() for w in words) * 2 >= len(words)


def meeting_line_date(text: str) -> str:
    """'Meeting: 07/07/2011 - Overview and Scrutiny Committee (Item 97)': the day a ModernGov issue page names."""
    m = _MEETING_LINE.search(text[:5000])
    return m.group("day") if m else ""


def _cut(raw: str) -> list[str]:
    if len(raw) <= MAX_LINE:
        return [raw]
    pieces, start = [], 0
    while start < len(raw):
        end = min(len(raw), start + MAX_LINE)
        stop = raw.rfind(". ", start, end) if end < len(raw) else -1
        end = stop + 1 if stop > start else end
        pieces.append(raw[start:end])
        start = end
    return pieces


def _tidy(line: str) -> str:
    line = _SAME_RUN.sub(r"\1\1\1", line)
    line = _PUNCT_RUN.sub(lambda m: m.group(0)[:3], line)
    line = line.replace("**", "").replace("\u200b", "")
    line = _PARAGRAPH_NUMBER.sub("", line)  # "13.1    Cllr Allen pointed out ..."
    line = _SPACED.sub(lambda m: m.group(0).replace(" ", ""), line)
    line = " ".join(line.split())
    return line.strip("| ").strip()


def _number_only(line: str) -> bool:
    """'12', '12.', '23/45': an item number printed on its own line."""
    number, _, year = line.removesuffix(".").partition("/")
    return number.isdigit() and len(number) <= 3 and (not year or (year.isdigit() and len(year) == 2))


def _split_labels(line: str, lines: list[str], n: int) -> list[str]:
    """'Minute 42 - Paddling Pools Minutes: it was agreed ...' -> a heading and the minute; a document link heads too."""
    if _number_only(line):
        return []  # ModernGov prints the item number on its own line; the title follows
    if _DOC_LINK.search(line):
        line = _DOC_LINK.sub("", line).strip(" -–")
        if not _LABELLED.fullmatch(line):  # "Title PDF 209 KB Additional documents: Minutes: ...": the minute follows
            title = _PAGE_LABELS.sub("", line)
            return [f"## {title}"] if title else []
    m = _LABELLED.fullmatch(line)
    if m and (not m.group("head") or len(m.group("head").split()) <= 40):
        head, body = _PAGE_LABELS.sub("", m.group("head").strip()), m.group("body").strip()
        parts = [f"## {head}"] if head and not _FURNITURE.fullmatch(head) else []
        parts.append("Decision:" if m.group("label").lower().startswith("decision") else "Minutes:")
        return parts + ([body] if body else [])
    if _next_is_label(lines, n) and len(line) <= 200 and not re.search(r"[.;]$", line) and not _PAGE_LABELS.fullmatch(line):
        return [f"## {line}"]
    return [line]


def _next_is_label(lines: list[str], n: int) -> bool:
    for line in lines[n + 1:n + 4]:
        if line:
            return bool(re.fullmatch(r"(?:minutes|decision|additional documents|supporting documents)\s*:", line, re.I))
    return False


def _starts_block(line: str) -> bool:
    return bool(re.match(r"(?:[•·▪●]|[-–]\s|\(?(?:[a-h]|\d{1,2}|[ivx]{1,4})[.)]\s|(?:resolved|agreed|actions?|decision)\b"
                         r"\s*[:–-])", line, re.I))
