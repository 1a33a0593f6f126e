"""Which nudges are due now: a pure planner over a slice of the programme near an aware `now`."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import lru_cache

from bot.days.deadlines import LONDON, is_working_day, publication_of, report_deadline, working_days_before
from bot.models import Item, Matter, Meeting, Panel, Person

# Kinds of nudge. Lead nudges ("before-10", "before-3", ...) go to an item's lead in a DM.
DEADLINE_DAY = "deadline-day"
OVERDUE = "overdue"
SNOOZED = "snoozed"  # the reminder a "Snooze 2 days" button asked for
OVERDUE_DIGEST = "overdue-digest"  # daily, to the scrutiny officer(s)
MATTER_DUE = "matter-due"  # an outstanding matter due at the next meeting, to its lead
MEETING_DIGEST = "meeting-digest"  # in the panel's channel, from agenda publication day
NOTICE = "notice"  # to the scrutiny officer: a nudge that could not (or may not) have reached its lead
CHASE = "chase"  # the scrutiny officer's "Chase" button: a polite nudge now, at most once a day per report
PROBLEM_STATES = ("unreachable", "uncertain", "given-up")


@dataclass(frozen=True)
class Policy:
    """When nudges go: working days before the report deadline, and the working hours."""

    days_before: tuple[int, ...] = (10, 3)
    start: time = time(9, 0)
    end: time = time(17, 0)
    weekdays: tuple[int, ...] = ()  # the days (Monday 0) advance reminders go on; none: every working day


@dataclass(frozen=True)
class Problem:
    """A recorded nudge the scrutiny officer must hear about (lead unreachable, delivery uncertain, given up)."""

    key: str
    state: str
    panel_id: int | None
    summary: str
    detail: str = ""


@dataclass(frozen=True)
class Slice:
    """The part of the programme whose deadlines are near `now`, as the store loaded it."""

    panels: dict[int, Panel]
    meetings: tuple[Meeting, ...] = ()  # meetings whose deadlines or dates are near now, any panel
    items: tuple[Item, ...] = ()  # items at those meetings
    matters: tuple[Matter, ...] = ()  # open matters of panels with a meeting in the slice
    people: dict[int, Person] = field(default_factory=dict)  # leads and scrutiny officers
    officers: dict[int, tuple[int, ...]] = field(default_factory=dict)  # panel id -> scrutiny officers' ids
    snoozes: dict[int, datetime] = field(default_factory=dict)  # item id -> snoozed until
    problems: tuple[Problem, ...] = ()
    policies: dict[int, Policy] = field(default_factory=dict)  # per-panel overrides of `policy`
    policy: Policy = Policy()


@dataclass(frozen=True)
class Nudge:
    """One message to one recipient, under a key that makes it go once."""

    key: str
    kind: str
    panel_id: int | None
    deadline: datetime | date | None = None
    person: Person | None = None  # a DM to this person...
    channel: str | None = None  # ...or a post in this channel; neither means nobody to send it to
    item: Item | None = None
    matter: Matter | None = None
    meeting: Meeting | None = None
    items: tuple[tuple[Item, Meeting, datetime], ...] = ()  # digests: (item, its meeting, its deadline)
    problem: Problem | None = None
    panel_name: str = ""


def in_working_hours(now: datetime, policy: Policy = Policy()) -> bool:
    local = now.astimezone(LONDON)
    return is_working_day(local.date()) and policy.start <= local.time().replace(tzinfo=None) < policy.end


def working_days_after(day: date, count: int) -> date:
    current = day
    while count > 0:
        current += timedelta(days=1)
        if is_working_day(current):
            count -= 1
    return current


def snooze_until(now: datetime, days: int = 2, policy: Policy = Policy()) -> datetime:
    """The start of the working day `days` working days after today."""
    return _at(working_days_after(now.astimezone(LONDON).date(), days), policy.start)


def horizon_days(panels, policies) -> int:
    """Calendar days ahead within which a meeting can have a nudge due (generous: bank holidays, Christmas)."""
    rule_days = max((p.rule.working_days for p in panels), default=5)
    before = max((max(p.days_before, default=0) for p in policies), default=10)
    return (6 + rule_days + before + 2) * 7 // 5 + 14


def stamp(moment: datetime | date) -> str:
    """How a deadline reads in a key: London minutes, or a date."""
    if isinstance(moment, datetime):
        return moment.astimezone(LONDON).strftime("%Y-%m-%dT%H:%M")
    return moment.isoformat()


def plan_nudges(s: Slice, now: datetime) -> list[Nudge]:
    """Every nudge due at `now`, whether or not it has been sent (the caller drops the keys already recorded)."""
    if not in_working_hours(now, s.policy):
        return []
    live = [m for m in sorted(s.meetings, key=lambda m: (m.date, m.id)) if m.status != "cancelled"]
    at = {m.id: [i for i in s.items if i.meeting_id == m.id] for m in live}
    deadlines = {m.id: report_deadline(m, s.panels[m.panel_id].rule) for m in live}
    out: list[Nudge] = []
    for m in live:
        policy = s.policies.get(m.panel_id, s.policy)
        for item in at[m.id]:
            if item.status == "planned":
                out += _lead_nudges(s, item, m, deadlines[m.id], policy, now)
        out += _meeting_digest(s, m, at[m.id], deadlines[m.id], now)
    out += _overdue_digests(s, live, at, deadlines, now)
    out += _matter_nudges(s, live, deadlines, now)
    out += _notices(s)
    return out


def current_stage(deadline: datetime, policy: Policy, now: datetime) -> tuple[str, datetime] | None:
    """The latest lead-nudge stage that has started by `now` (earlier ones are superseded, never sent late)."""
    started = [stage for stage in stages(deadline, policy) if stage[1] <= now]
    return started[-1] if started else None


@lru_cache(maxsize=1024)
def stages(deadline: datetime, policy: Policy) -> tuple[tuple[str, datetime], ...]:
    """Each lead-nudge kind and when it starts, in order (items of one meeting share these: cached)."""
    out = [(f"before-{n}", _at(working_days_before(deadline.date(), n), policy.start))
           for n in sorted(set(policy.days_before), reverse=True)]
    morning = _at(deadline.date(), policy.start)
    if morning < deadline:
        out.append((DEADLINE_DAY, morning))
    out.append((OVERDUE, deadline))
    return tuple(out)


def _lead_nudges(s: Slice, item: Item, m: Meeting, deadline: datetime, policy: Policy, now: datetime) -> list[Nudge]:
    if now >= _at(m.date, time(0)):
        return []
    snoozed = s.snoozes.get(item.id)
    if snoozed and now < snoozed:
        return []
    stage = current_stage(deadline, policy, now)
    if stage is None:
        return []
    kind, started = stage
    if kind.startswith("before-") and policy.weekdays and now.astimezone(LONDON).weekday() not in policy.weekdays:
        return []  # "nudges on Mondays": an advance reminder waits for the panel's day (the deadline's own never does)
    key = f"item:{item.id}:{kind}:{stamp(deadline)}"
    if snoozed and snoozed > started:  # the snooze ended after this stage began: one reminder for it
        kind, key = SNOOZED, f"item:{item.id}:{SNOOZED}:{stamp(snoozed)}:{stamp(deadline)}"
    return [Nudge(f"{key}:to:{_id(p)}", kind, m.panel_id, deadline, person=p, item=item, meeting=m,
                  panel_name=s.panels[m.panel_id].name) for p in _people(s, item.lead_ids)]


def _meeting_digest(s: Slice, m: Meeting, items: list[Item], deadline: datetime, now: datetime) -> list[Nudge]:
    if not _at(publication_of(m), s.policy.start) <= now < _at(m.date, m.time or s.policy.end):
        return []
    rows = tuple((i, m, deadline) for i in items if i.status != "withdrawn")
    return [Nudge(f"meeting:{m.id}:{MEETING_DIGEST}:{m.date.isoformat()}", MEETING_DIGEST, m.panel_id, deadline,
                  channel=s.panels[m.panel_id].slack_channel, meeting=m, items=rows, panel_name=s.panels[m.panel_id].name)]


def _overdue_digests(s, live, at, deadlines, now) -> list[Nudge]:
    today = now.astimezone(LONDON).date()
    late: dict[int, list] = {}
    for m in live:
        if deadlines[m.id] <= now < _at(m.date, time(0)):
            late.setdefault(m.panel_id, []).extend(
                (i, m, deadlines[m.id]) for i in at[m.id] if i.status == "planned")
    return [Nudge(f"panel:{pid}:{OVERDUE_DIGEST}:{today.isoformat()}:to:{_id(p)}", OVERDUE_DIGEST, pid, today,
                  person=p, items=tuple(rows), panel_name=s.panels[pid].name)
            for pid, rows in late.items() if rows for p in _people(s, s.officers.get(pid, ()))]


def _matter_nudges(s, live, deadlines, now) -> list[Nudge]:
    """Open matters due at each panel's next meeting, to their lead, once per meeting date."""
    today = now.astimezone(LONDON).date()
    out = []
    for pid in {m.panel_id for m in live}:
        m = next((m for m in live if m.panel_id == pid and m.date >= today), None)
        if m is None:
            continue
        policy = s.policies.get(pid, s.policy)
        first = _at(working_days_before(deadlines[m.id].date(), max(policy.days_before, default=0)), policy.start)
        if not first <= now < _at(m.date, time(0)):
            continue
        for matter in s.matters:
            if matter.panel_id == pid and matter.status == "open" and _due_by(matter, m.date):
                p = s.people.get(matter.lead_id) if matter.lead_id else None
                out.append(Nudge(f"matter:{matter.id}:{MATTER_DUE}:{m.date.isoformat()}:to:{_id(p)}", MATTER_DUE,
                                 pid, deadlines[m.id], person=p, matter=matter, meeting=m,
                                 panel_name=s.panels[pid].name))
    return out


def _notices(s: Slice) -> list[Nudge]:
    """One notice per problem, to the panel's first scrutiny officer (a notice that fails is not noticed again)."""
    out = []
    for problem in s.problems:
        officers = s.officers.get(problem.panel_id, ()) if problem.panel_id else ()
        p = s.people.get(officers[0]) if officers else None
        out.append(Nudge(f"{NOTICE}:{problem.key}", NOTICE, problem.panel_id, person=p, problem=problem))
    return out


def _due_by(matter: Matter, day: date) -> bool:
    return (matter.due is not None and matter.due <= day) or matter.due_text.strip().lower() == "next meeting"


def _people(s: Slice, ids) -> list[Person | None]:
    """The people with these ids; [None] when there is nobody (the nudge is then recorded as unreachable)."""
    return [s.people.get(i) for i in ids] or [None]


def _id(person: Person | None) -> str:
    return str(person.id) if person else "none"


def _at(day: date, at: time) -> datetime:
    return datetime.combine(day, at, tzinfo=LONDON)
