"""One sync of a panel with its ModernGov committee: fetch, then one transaction per meeting; notes queued once."""
from __future__ import annotations

import logging
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from bot.days.deadlines import LONDON
from bot.models import Meeting
from bot.replies import short_day
from bot.sync.agenda import plan_agenda, plan_considered
from bot.sync.meetings import plan_meeting
from bot.sync.minutes import minutes_note, minutes_proposals
from bot.sync.notes import ACTOR, OFFICER, Note, missing_notes
from bot.sync.remote import Known, Link, RemoteMeeting
from handlers.moderngov.client import ModernGovClient, ModernGovError
from store.db import StoreError
from store.moderngov import ModernGovStore

log = logging.getLogger(__name__)
WINDOW_BACK, WINDOW_AHEAD = timedelta(days=183), timedelta(days=730)  # the meetings list asked for
DETAIL_BACK, DETAIL_AHEAD = timedelta(days=120), timedelta(days=35)  # meetings read in full (agendas, minutes)


@dataclass
class SyncReport:
    panel: str
    link: Link
    dry_run: bool = False
    notes: list[Note] = field(default_factory=list)  # what this sync had to say that was not said before
    errors: list[str] = field(default_factory=list)
    missing: list[Meeting] = field(default_factory=list)
    fetched: int = 0  # meetings read in full

    def heading(self) -> str:
        return f"{self.panel} ← {self.link.committee_title} ({self.link.site})"


class _Rollback(Exception):
    """Ends a dry run's transaction so nothing it did is kept."""


def sync_all(store, client_for=ModernGovClient, now: datetime | None = None, panel_id: int | None = None,
             dry_run: bool = False, guard=None, tell_errors: bool = False) -> list[SyncReport]:
    """Sync every linked panel (or one); a panel whose site fails is reported and the others still go ahead."""
    guard = guard or nullcontext()
    with guard:
        links = [k for k in ModernGovStore(store).links() if panel_id in (None, k.panel_id)]
    clients: dict[str, ModernGovClient] = {}
    try:
        return [sync_panel(store, link, clients.setdefault(link.site, client_for(link.site)), now, dry_run, guard,
                           tell_errors) for link in links]
    finally:
        for client in clients.values():
            client.close()


def sync_panel(store, link: Link, client, now: datetime, dry_run: bool = False, guard=None,
               tell_errors: bool = False) -> SyncReport:
    guard = guard or nullcontext()
    mg = ModernGovStore(store)
    today = now.astimezone(LONDON).date()
    with guard:
        panel = store.panel(link.panel_id)
        known = mg.known(panel.id)
    report = SyncReport(panel.name, link, dry_run)
    try:
        remote = _meetings(client, link, today)
    except ModernGovError as exc:
        report.errors.append(str(exc))
        remote = None
    details, skipped = {}, set()
    for r in remote or []:
        if wants_detail(r, known.get(r.id), today):
            try:
                details[r.id] = client.meeting(r.id)
            except ModernGovError as exc:  # this meeting waits for the next sync; the others go ahead
                report.errors.append(f"meeting of {short_day(r.date)}: {exc}")
                skipped.add(r.id)
    report.fetched = len(details)
    with guard:
        if remote is not None:
            with _trial(store, dry_run):
                for r in remote:
                    if r.id not in skipped:
                        report.notes += _sync_one(store, mg, panel, details.get(r.id, r), today, report)
                report.missing = _missing(store, mg, panel.id, {r.id for r in remote}, today)
                with store.transaction():
                    report.notes += mg.queue(panel.id, missing_notes(panel.id, report.missing, link.site))
        if not dry_run:
            _finish(mg, panel.id, report, today, tell_errors)
    return report


def wants_detail(remote: RemoteMeeting, known: Known | None, today: date) -> bool:
    """Read a meeting in full only near today, and only while its agenda or minutes are still to come."""
    if remote.cancelled or not today - DETAIL_BACK <= remote.date <= today + DETAIL_AHEAD:
        return False
    return known is None or known.meeting_id is None or not (known.agenda_done and known.minutes_done)


def _meetings(client, link: Link, today: date) -> list[RemoteMeeting]:
    remote = client.meetings(link.committee_id, today - WINDOW_BACK, today + WINDOW_AHEAD)
    if remote is not None:
        return remote
    # The answer does not mention the committee: gone, or just no meetings? GetCommittees says which.
    committee = next((c for c in client.committees() if c.id == link.committee_id), None)
    if committee is None or committee.deleted:
        raise ModernGovError(f"{link.site} no longer has the committee “{link.committee_title}” (id "
                             f"{link.committee_id}); connect the panel to its successor with `scrutiny-bot moderngov connect`")
    return []


def _sync_one(store, mg, panel, remote: RemoteMeeting, today: date, report: SyncReport) -> list:
    """One meeting in one transaction: all of its changes and notes, or (on a failure) none of them."""
    try:
        with store.transaction():
            known = mg.known(panel.id, remote.id).get(remote.id)  # read in the transaction: another sync may have run
            return _sync_meeting(store, mg, panel, remote, known, today)
    except (ValueError, LookupError, StoreError) as exc:
        log.warning("ModernGov meeting %s not synced: %s", remote.id, exc)
        report.errors.append(f"meeting of {short_day(remote.date)} left as it was ({exc})")
        return []


def _sync_meeting(store, mg: ModernGovStore, panel, remote: RemoteMeeting, known: Known | None, today: date) -> list[Note]:
    meeting = store.meeting(known.meeting_id) if known and known.meeting_id else None
    same_day = store.meeting_on(panel.id, remote.date) if meeting is None else None
    here = meeting or same_day
    step = plan_meeting(panel, remote, known, meeting, same_day, store.items_at(here.id) if here else [], today)
    results = store.apply(step.changes, ACTOR) if step.changes else []
    target = results[0] if step.kind == "new" else step.meeting
    if step.fields and target:
        store.update_meeting(target.id, ACTOR, **step.fields)
    target = store.meeting(target.id) if target else None
    notes = list(step.notes)
    done = {"agenda": False, "considered": False, "minutes": False}
    if remote.detailed and target and target.status != "cancelled":
        notes += _papers(store, panel, remote, target, known, today, done)
    mg.remember(panel.id, remote, target.id if target else None, known, **done)
    return mg.queue(panel.id, notes)


def _papers(store, panel, remote: RemoteMeeting, meeting: Meeting, known: Known | None, today: date, done: dict) -> list:
    """The agenda (once published), items considered (once the meeting is held), minutes (once published)."""
    notes = []
    if remote.agenda_published and not (known and known.agenda_done):
        changes, note = plan_agenda(panel.id, meeting, remote, store.items(panel.id))
        store.apply(changes, ACTOR)
        notes.append(note)
        done["agenda"] = True
        meeting = store.meeting(meeting.id)
    agenda = done["agenda"] or (known and known.agenda_done)
    if agenda and meeting.date <= today and not (known and known.considered_done):
        changes, note = plan_considered(panel.id, meeting, remote, store.items_at(meeting.id))
        store.apply(changes, ACTOR)
        notes += [note] if note else []
        done["considered"] = True
    if remote.minutes_published and not (known and known.minutes_done):
        programme = [m.date for m in store.meetings(panel.id, include_cancelled=False)]
        notes.append(minutes_note(panel.id, panel.name, remote, meeting.date,
                                  minutes_proposals(remote, meeting.date, programme)))
        done["minutes"] = True
    return notes


def _missing(store, mg: ModernGovStore, panel_id: int, listed: set[int], today: date) -> list[Meeting]:
    """Live meetings here, from today on within the window, that no meeting ModernGov listed is linked to."""
    linked = {k.meeting_id for k in mg.known(panel_id).values() if k.remote_id in listed}
    return [m for m in store.meetings(panel_id, today, today + WINDOW_AHEAD, include_cancelled=False)
            if m.id not in linked]


def _finish(mg: ModernGovStore, panel_id: int, report: SyncReport, today: date, tell_errors: bool) -> None:
    error = "; ".join(report.errors)
    mg.record_sync(panel_id, error)
    if error and tell_errors:
        with mg.store.transaction():
            mg.queue(panel_id, [Note(f"{panel_id}:error:{today.isoformat()}",
                                     f"I couldn't bring the {report.panel} up to date from ModernGov this morning: "
                                     f"{error}. Nothing was half-changed; I'll try again tomorrow.", OFFICER)])


@contextmanager
def _trial(store, dry_run: bool):
    """For a dry run, one transaction around everything, rolled back at the end."""
    if not dry_run:
        yield
        return
    try:
        with store.transaction():
            yield
            raise _Rollback
    except _Rollback:
        pass
