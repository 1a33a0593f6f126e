"""What a scrutiny officer would record from the minutes in seeds 000, 001 and 004, listed by hand.

Each entry: the minutes file, words that must all appear in the proposal's subject, the lead the officer
would write against it, and when it is due (due_text). Seed 000 is 7 November 2017, 001 is 29 March 2017,
004 is 16 March 2021. Left out on purpose: noting, welcoming, thanks, approval of minutes, what services will do
for themselves ("the local authority will monitor exclusions"), and "a recording would be available"."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Expected:
    source: str
    keywords: tuple[str, ...]
    lead: str
    due_text: str = ""


EXPECTED = [
    # 000: Adults and Safer City Scrutiny Panel, 7 November 2017
    Expected("minutes_000.txt", ("easy read version",), "David Watts"),  # Commissioning Strategy, to be shared
    Expected("minutes_000.txt", ("Karen Samuels",), "Scrutiny Officer", "when received"),  # Modern Slavery info
    Expected("minutes_000.txt", ("Scrutiny Manager",), "Scrutiny Officer", "future meeting"),  # late papers
    Expected("minutes_000.txt", ("comments", "Draft Budget"), "Alison Shannon"),  # to Scrutiny Board
    Expected("minutes_000.txt", ("Health Check Survey action plan",), "Louise Haughton", "when available"),
    # 001: Children, Young People and Families Scrutiny Panel, 29 March 2017
    Expected("minutes_001.txt", ("comments", "proposed changes"), "Alison Hinds", "26 April 2017"),  # to Cabinet
    Expected("minutes_001.txt", ("evaluation findings",), "Emma Cleary", "future meeting"),  # HeadStart
    Expected("minutes_001.txt", ("progress", "HeadStart"), "Emma Cleary", "March 2018"),
    Expected("minutes_001.txt", ("doctorate research",), "Sally Nash", "when completed"),  # YOT research
    # 004: Adults and Safer City Scrutiny Panel, 16 March 2021
    Expected("minutes_004.txt", ("progress report", "survey findings"), "Courtney Abbott", "future meeting"),
    Expected("minutes_004.txt", ("neighbouring authorities",), "Courtney Abbott"),  # supervision target benchmark
]


def score(proposals_by_source: dict[str, list]) -> dict[str, float]:
    """Precision and recall of proposals against EXPECTED, and how often the lead and due words agree."""
    matched, proposed, leads, dues = 0, 0, 0, 0
    for source, proposals in proposals_by_source.items():
        wanted = [e for e in EXPECTED if e.source == source]
        proposed += len(proposals)
        for p in proposals:
            hit = next((e for e in wanted if all(k.lower() in p.subject.lower() for k in e.keywords)), None)
            if hit:
                wanted.remove(hit)
                matched += 1
                leads += p.lead.lower() == hit.lead.lower()
                dues += p.due_text.lower() == hit.due_text.lower()
    total = sum(1 for e in EXPECTED if e.source in proposals_by_source)
    return {"precision": matched / proposed if proposed else 0.0, "recall": matched / total if total else 0.0,
            "lead": leads / matched if matched else 0.0, "due": dues / matched if matched else 0.0,
            "matched": matched, "proposed": proposed, "expected": total}
