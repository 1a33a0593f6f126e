"""In and out: an imported programme applied (updated, never doubled), minutes' matters recorded, feed tokens kept."""
from __future__ import annotations

import secrets

from bot.changes import AddItem, AddMatter
from bot.programme.summary import ImportOutcome, item_summary, title_key
from bot.programme.table import ProgrammeProposal, ProposedItem
from bot.replies import short_day
from store.rows import iso

# Fields an import may change on an item already in the programme; an empty value in the file never clears one.
_FIELDS = ("kind", "notes", "priority", "requested_by", "window", "frequency")


class ImportStore:
    def import_programme(self, panel_name: str, proposal: ProgrammeProposal, actor: str = "cli",
                         source: str = "", dry_run: bool = False) -> ImportOutcome:
        """Add or update the proposal's meetings and items (matched by meeting and title); dry_run writes nothing."""
        panel = self.panel_named(panel_name)
        outcome = ImportOutcome(panel.name if panel else " ".join(panel_name.split()), dry_run, panel_added=panel is None)
        if dry_run:
            self._plan(panel.id if panel else None, proposal, outcome, write=False, actor=actor)
            return outcome
        with self.transaction():
            panel = panel or self.add_panel(panel_name, actor=actor)
            self._plan(panel.id, proposal, outcome, write=True, actor=actor)
            self.audit(actor, "import", "panel", panel.id, None, {
                "source": source, "meetings_added": outcome.meetings_added, "items_added": outcome.items_added,
                "items_updated": outcome.items_updated, "unplaced": len(proposal.unplaced)})
        return outcome

    def apply_minutes(self, panel_id: int, proposals, actor: str = "cli") -> dict[str, int]:
        """Record proposed matters (and, for reports to come back, programme items); applying twice adds nothing."""
        counts = {"matters": 0, "items": 0, "already": 0}
        with self.transaction():
            known = {(title_key(m.subject), m.raised_on) for m in self.matters(panel_id, status=None)}
            items = {(i.meeting_date, title_key(i.title)) for i in self.items(panel_id, include_withdrawn=True)}
            for p in proposals:
                if (title_key(p.subject), p.raised_on) in known:
                    counts["already"] += 1
                    continue
                self.add_matter(AddMatter(panel_id, p.subject, p.lead, p.due, p.due_text, p.raised_on), actor=actor)
                known.add((title_key(p.subject), p.raised_on))
                counts["matters"] += 1
                if not p.programme:
                    continue
                meeting = self.meeting_on(panel_id, p.due) if p.due else None
                day = meeting.date if meeting else None
                if (day, title_key(p.subject)) in items:
                    continue
                window = "" if meeting or p.due_text in ("", "future meeting", "next meeting") else p.due_text
                window = window or ("" if meeting else "date tbc")
                self.add_item(AddItem(panel_id, p.subject, meeting.id if meeting else None,
                                      "scheduled" if meeting else "future", (p.lead,) if p.lead else (),
                                      requested_by=f"Requested at the {short_day(p.raised_on)} meeting"
                                      if p.raised_on else "", window=window), actor=actor)
                items.add((day, title_key(p.subject)))
                counts["items"] += 1
        return counts

    def feed_token(self, panel_id: int | None = None, person_id: int | None = None, actor: str = "cli") -> str:
        """The unguessable token of a panel's (or a person's) calendar feed, made the first time it is asked for."""
        row = self.db.execute("SELECT token FROM feeds WHERE panel_id IS ? AND person_id IS ?",
                              [panel_id, person_id]).fetchone()
        if row:
            return row[0]
        token = secrets.token_urlsafe(24)
        with self.transaction():
            self.db.execute("INSERT INTO feeds (token, panel_id, person_id, created_at) VALUES (?,?,?,?)",
                            [token, panel_id, person_id, self.now_iso()])
            # The token is the feed's password: the audit records that a feed exists, not its token.
            self.audit(actor, "add", "feed", panel_id or person_id, None, {"panel_id": panel_id, "person_id": person_id})
        return token

    def feed_by_token(self, token: str) -> tuple[int | None, int | None] | None:
        row = self.db.execute("SELECT panel_id, person_id FROM feeds WHERE token = ?", [token]).fetchone()
        return (row[0], row[1]) if row else None

    def _plan(self, panel_id: int | None, proposal: ProgrammeProposal, outcome: ImportOutcome, write: bool,
              actor: str) -> None:
        meeting_ids: dict = {}
        for proposed in proposal.meetings:
            existing = self.meeting_on(panel_id, proposed.date) if panel_id else None
            if existing is None or (existing.status == "cancelled" and proposed.status != "cancelled"):
                outcome.meetings_added += 1
                outcome.added.append(_meeting_line(proposed))
                if write:
                    existing = self.add_meeting(panel_id, proposed.date, at=proposed.time, venue=proposed.venue,
                                                status=proposed.status, agenda_published=proposed.agenda_published,
                                                actor=actor)
            else:
                fields = _meeting_changes(existing, proposed)
                if fields:
                    outcome.meetings_updated += 1
                    outcome.updated.append(f"meeting on {short_day(proposed.date)}: {', '.join(sorted(fields))}")
                    if write:
                        existing = self.update_meeting(existing.id, actor, **fields)
            meeting_ids[proposed.date] = existing.id if existing else None
        known = {}
        if panel_id:
            for item in self.items(panel_id, include_withdrawn=True):
                known.setdefault((item.meeting_date, title_key(item.title)), item)
        for proposed in proposal.items:
            key = (proposed.meeting_date, title_key(proposed.title))
            item = known.get(key)
            if item is None:
                outcome.items_added += 1
                outcome.added.append(item_summary(proposed))
                if write:
                    known[key] = self.add_item(_add_item(panel_id, meeting_ids.get(proposed.meeting_date), proposed),
                                               actor=actor)
                continue
            changes = _changes(item, proposed)
            if not changes:
                outcome.items_unchanged += 1
                continue
            outcome.items_updated += 1
            outcome.updated.append(f"{item.title}: {', '.join(sorted(changes))}")
            if write:
                self._update_from_import(item, proposed, changes, actor)

    def _update_from_import(self, item, proposed: ProposedItem, changes: set[str], actor: str) -> None:
        fields = {f: getattr(proposed, f) for f in _FIELDS if f in changes}
        if "months" in changes:
            fields["months"] = ",".join(str(m) for m in proposed.months)
        with self.transaction():
            self.update_item(item.id, actor, leads=proposed.leads if "leads" in changes else None, **fields)
            for day in proposed.last_reported:
                self.db.execute("INSERT OR IGNORE INTO item_reports VALUES (?, ?)", [item.id, iso(day)])


def _changes(item, proposed: ProposedItem) -> set[str]:
    changed = {f for f in _FIELDS if getattr(proposed, f) and getattr(proposed, f) != getattr(item, f)}
    if proposed.months and tuple(proposed.months) != tuple(item.months):
        changed.add("months")
    if proposed.leads and tuple(proposed.leads) != tuple(item.leads):
        changed.add("leads")
    if set(proposed.last_reported) - set(item.last_reported):
        changed.add("last reported")
    return changed


def _add_item(panel_id: int, meeting_id: int | None, p: ProposedItem) -> AddItem:
    return AddItem(panel_id, p.title, meeting_id, p.kind, p.leads, p.notes, p.requested_by, p.priority, p.window,
                   p.frequency, p.months, p.last_reported)


def _meeting_changes(existing, proposed) -> dict:
    """What the file says about a meeting that differs from the programme; an empty cell never clears a value."""
    fields = {"agenda_published": proposed.agenda_published, "time": proposed.time, "venue": proposed.venue,
              "status": proposed.status if proposed.status == "cancelled" else None}
    return {k: v for k, v in fields.items() if v and v != getattr(existing, k)}


def _meeting_line(proposed) -> str:
    extra = [f"{proposed.time:%H:%M}" if proposed.time else "", proposed.venue,
             "cancelled" if proposed.status == "cancelled" else ""]
    extra = ", ".join(x for x in extra if x)
    return f"meeting on {short_day(proposed.date)}" + (f" ({extra})" if extra else "")
