"""What an import did or would do, as counts and as text for a preview or a report."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.programme.table import ProgrammeProposal
from bot.replies import plural, short_day


@dataclass
class ImportOutcome:
    panel: str
    dry_run: bool = False
    panel_added: bool = False
    meetings_added: int = 0
    meetings_updated: int = 0
    items_added: int = 0
    items_updated: int = 0
    items_unchanged: int = 0
    added: list[str] = field(default_factory=list)  # one line per new meeting or item
    updated: list[str] = field(default_factory=list)


def title_key(title: str) -> str:
    """Titles compared for re-import: case, dashes, quotes and spacing do not matter."""
    return " ".join(re.sub(r"[^\w]+", " ", title.lower()).split())


def describe_import(proposal: ProgrammeProposal, outcome: ImportOutcome, detail: bool = False) -> str:
    """A short report: counts, then (for a preview) each change, then every row that could not be placed."""
    verb = "Would add" if outcome.dry_run else "Added"
    lines = [f"{'Preview of the import into' if outcome.dry_run else 'Imported into'} {outcome.panel}"
             f"{' (a new panel)' if outcome.panel_added else ''}:",
             f"{verb} {plural(outcome.meetings_added, 'meeting')} and {plural(outcome.items_added, 'item')}; "
             f"{'would update' if outcome.dry_run else 'updated'} {plural(outcome.meetings_updated, 'meeting')} and "
             f"{plural(outcome.items_updated, 'item')}; {outcome.items_unchanged} unchanged."]
    if detail:
        lines += [f"  + {line}" for line in outcome.added] + [f"  ~ {line}" for line in outcome.updated]
    if detail and proposal.above:
        lines.append("Above the table (read for the panel's name, not imported):")
        lines += [f"  {text[:120]}" for text in proposal.above]
    if detail and proposal.columns:
        lines.append("Columns:")
        lines += [f"  {name}: {use}" for name, use in proposal.columns]
    if detail and proposal.guesses:
        lines.append(f"Guesses to check ({len(proposal.guesses)}):")
        lines += [f"  {g}" for g in proposal.guesses]
    if proposal.unplaced:
        lines.append(f"Could not place {plural(len(proposal.unplaced), 'row')}:")
        lines += [f"  row {u.row}: {u.text[:100]} — {u.reason}" for u in proposal.unplaced]
    return "\n".join(lines)


def item_summary(item) -> str:
    """One line for a proposed item: where it goes, what it is, who leads it."""
    if item.kind == "scheduled" and item.meeting_date:
        where = short_day(item.meeting_date)
    elif item.kind == "standing":
        where = "standing" + (f", {item.frequency}" if item.frequency else "")
    else:
        where = f"possible future item, {item.window or 'date tbc'}"
    leads = f" — {', '.join(item.leads)}" if item.leads else ""
    return f"{item.title}{leads} ({where})"
