"""Planning one ModernGov meeting's effect here: new, moved, cancelled, re-timed, adopted or unchanged."""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from bot import changes as ch
from bot.days.deadlines import report_deadline
from bot.models import Item, Meeting, Panel
from bot.replies import day, moment, plural, short_day
from bot.sync.notes import PANEL, Note
from bot.sync.remote import Known, RemoteMeeting


@dataclass(frozen=True)
class MeetingStep:
    kind: str  # new | adopt | moved | cancelled | retimed | unchanged | skip
    remote: RemoteMeeting
    meeting: Meeting | None = None  # the meeting here, when there is one already
    changes: tuple = ()  # bot.changes, applied as one reply is
    fields: dict = field(default_factory=dict)  # time, venue or status to set on the meeting directly
    notes: tuple[Note, ...] = ()


def plan_meeting(panel: Panel, remote: RemoteMeeting, known: Known | None, meeting: Meeting | None,
                 same_day: Meeting | None, items: list[Item], today: date) -> MeetingStep:
    """What to do here about `remote`, given what ModernGov said last time (`known`) and the meeting it is linked to."""
    if known is None or meeting is None:
        step = _first_sight(panel, remote, same_day, items)
        # Past meetings filled in on a first sync are history: recorded, not announced.
        return replace(step, notes=()) if step.kind == "new" and remote.date < today else step
    if remote.cancelled:
        if known.status == "cancelled" or meeting.status == "cancelled":
            return MeetingStep("unchanged", remote, meeting)
        return _cancel(panel, remote, meeting, items)
    if meeting.status == "cancelled":  # reinstated in ModernGov: a live meeting again, on its day
        return _new(panel, remote, "reinstated")
    if remote.date != known.date and remote.date != meeting.date:
        return _move(panel, remote, meeting, items)
    fields = _retimed(remote, known, meeting)
    if not fields:
        return MeetingStep("unchanged", remote, meeting)
    loud = {k: v for k, v in fields.items() if k != "venue" or known.venue is not None}
    notes = (Note(f"{panel.id}:{remote.id}:retimed:{remote.time}:{remote.venue}", _retimed_text(meeting, loud)),) \
        if loud.keys() & {"time", "venue"} else ()
    return MeetingStep("retimed", remote, meeting, fields=fields, notes=notes)


def _first_sight(panel: Panel, remote: RemoteMeeting, same_day: Meeting | None, items: list[Item]) -> MeetingStep:
    if same_day is not None and same_day.status != "cancelled":
        if remote.cancelled:
            return _cancel(panel, remote, same_day, items)
        fields = {k: v for k, v in (("time", remote.time), ("venue", remote.venue))
                  if v and not getattr(same_day, k)}
        return MeetingStep("adopt", remote, same_day, fields=fields)
    if remote.cancelled:
        return MeetingStep("skip", remote)
    return _new(panel, remote, "added")


def _new(panel: Panel, remote: RemoteMeeting, verb: str) -> MeetingStep:
    added = ch.AddMeeting(panel.id, remote.date, remote.time, remote.venue or "", remote.status)
    where = f" in {remote.venue}" if remote.venue else ""
    at = f" at {remote.time:%H:%M}" if remote.time else ""
    text = f"ModernGov {verb} a meeting of the {panel.name} on {day(remote.date)}{at}{where}."
    return MeetingStep("new", remote, changes=(added,),
                       notes=(Note(f"{panel.id}:{remote.id}:{verb}:{remote.date.isoformat()}", text, PANEL),))


def _move(panel: Panel, remote: RemoteMeeting, meeting: Meeting, items: list[Item]) -> MeetingStep:
    moved = replace(meeting, date=remote.date, time=remote.time or meeting.time, agenda_published=None,
                    report_deadline=None)
    count = len(items)
    followed = (f"; {plural(count, 'item')} and {'its' if count == 1 else 'their'} report deadline"
                f"{'' if count == 1 else 's'} moved with it" if count else "")
    text = (f"ModernGov moved the {short_day(meeting.date)} meeting to {short_day(remote.date)}{followed}. "
            f"Reports are now due by {moment(report_deadline(moved, panel.rule))}.")
    return MeetingStep("moved", remote, meeting, changes=(ch.MoveMeeting(meeting.id, remote.date, remote.time),),
                       notes=(Note(f"{panel.id}:{remote.id}:moved:{remote.date.isoformat()}", text, PANEL),))


def _cancel(panel: Panel, remote: RemoteMeeting, meeting: Meeting, items: list[Item]) -> MeetingStep:
    """As a chair's 'cancel the March meeting' does: the meeting cancelled, its items back to possible future items."""
    window = f"from the cancelled {short_day(meeting.date)} meeting"
    changes = (ch.CancelMeeting(meeting.id),) + tuple(ch.MoveItem(i.id, None, window) for i in items)
    after = f"; its {plural(len(items), 'item')} went back to possible future items" if items else ""
    text = f"ModernGov cancelled the {short_day(meeting.date)} meeting{after}."
    return MeetingStep("cancelled", remote, meeting, changes=changes,
                       notes=(Note(f"{panel.id}:{remote.id}:cancelled", text, PANEL),))


def _retimed(remote: RemoteMeeting, known: Known, meeting: Meeting) -> dict:
    """Time, venue or status ModernGov changed since last time (and the meeting here does not have yet)."""
    out = {}
    if remote.time and remote.time != known.time and remote.time != meeting.time:
        out["time"] = remote.time
    if remote.venue is not None and remote.venue != known.venue and remote.venue != meeting.venue:
        out["venue"] = remote.venue
    if remote.status != known.status and remote.status != meeting.status:
        out["status"] = remote.status
    return out


def _retimed_text(meeting: Meeting, fields: dict) -> str:
    parts = ([f"at {fields['time']:%H:%M}"] if "time" in fields else []) + \
        ([f"in {fields['venue']}"] if fields.get("venue") else [])
    return f"ModernGov changed the {short_day(meeting.date)} meeting: it is now {' '.join(parts)}."
