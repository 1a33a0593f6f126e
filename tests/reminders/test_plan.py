"""The planner on its own: working hours, superseded stages, snoozes, per-panel schedules, the date window."""
from __future__ import annotations

from datetime import date, datetime, time

from bot.days.deadlines import LONDON
from bot.models import DeadlineRule, Item, Meeting, Panel, Person
from bot.reminders import Policy, Slice, in_working_hours, plan_nudges, snooze_until
from handlers.nudges.sweep import due_nudges
from tests.reminders.conftest import add_item, add_meeting, utc

PANEL = Panel(1, "Health Scrutiny Panel", "CHEALTH", DeadlineRule())
LEE = Person(7, "Lee Lead", slack_id="ULEE")
MEETING = Meeting(3, 1, date(2021, 9, 14))  # report deadline Fri 27 Aug 2021 10:00 BST


def _slice(**overrides) -> Slice:
    item = Item(5, 1, "Adult Social Care Annual Report", meeting_id=3, leads=("Lee Lead",), lead_ids=(7,))
    base = dict(panels={1: PANEL}, meetings=(MEETING,), items=(item,), people={7: LEE})
    return Slice(**(base | overrides))


def _lead_kinds(s: Slice, now: datetime) -> list[str]:
    return [n.kind for n in plan_nudges(s, now) if n.item]


def test_working_hours_are_london_weekdays_without_bank_holidays():
    assert in_working_hours(utc(2021, 8, 27, 8))  # 09:00 BST
    assert not in_working_hours(utc(2021, 8, 27, 7, 59))
    assert not in_working_hours(utc(2021, 8, 27, 16))  # 17:00 BST
    assert not in_working_hours(utc(2021, 8, 30, 10))  # summer bank holiday
    assert not in_working_hours(utc(2021, 8, 28, 10))  # Saturday
    assert not in_working_hours(utc(2021, 11, 1, 8, 30))  # 08:30 GMT, the day after the clocks went back
    assert in_working_hours(utc(2021, 11, 1, 9))
    assert in_working_hours(utc(2021, 11, 1, 16, 59)) and not in_working_hours(utc(2021, 11, 1, 17))
    assert not in_working_hours(utc(2022, 3, 25, 8, 30))  # 08:30 GMT on the Friday before the clocks go forward
    assert in_working_hours(utc(2022, 3, 28, 8, 30))  # 09:30 BST on the Monday after


def test_only_the_latest_stage_goes_after_a_long_outage():
    # The bot was down from before the 10-day nudge until after the 3-day one started: send one, not both.
    assert _lead_kinds(_slice(), utc(2021, 8, 25, 10)) == ["before-3"]
    assert _lead_kinds(_slice(), utc(2021, 8, 12, 10)) == []
    assert _lead_kinds(_slice(), utc(2021, 8, 27, 8, 30)) == ["deadline-day"]
    assert _lead_kinds(_slice(), utc(2021, 9, 13, 15)) == ["overdue"]
    assert _lead_kinds(_slice(), utc(2021, 9, 14, 10)) == []  # the meeting has come: nothing more to chase


def test_nothing_outside_working_hours():
    assert plan_nudges(_slice(), utc(2021, 8, 30, 10)) == []
    assert plan_nudges(_slice(), utc(2021, 8, 27, 18)) == []


def test_nothing_for_a_report_in_or_a_cancelled_meeting():
    submitted = Item(5, 1, "Adult Social Care Annual Report", status="submitted", meeting_id=3, lead_ids=(7,))
    assert _lead_kinds(_slice(items=(submitted,)), utc(2021, 8, 25, 10)) == []
    cancelled = Meeting(3, 1, date(2021, 9, 14), status="cancelled")
    assert plan_nudges(_slice(meetings=(cancelled,)), utc(2021, 8, 25, 10)) == []


def test_a_hand_set_deadline_overrides_the_rule():
    early = Meeting(3, 1, date(2021, 9, 14), report_deadline=datetime(2021, 8, 20, 12, 0, tzinfo=LONDON))
    [nudge] = [n for n in plan_nudges(_slice(meetings=(early,)), utc(2021, 8, 20, 12)) if n.item]
    assert nudge.kind == "overdue" and nudge.key == "item:5:overdue:2021-08-20T12:00:to:7"


def test_snooze_quietens_then_reminds_once():
    now = utc(2021, 8, 13, 10)  # Friday
    until = snooze_until(now)
    assert until == datetime(2021, 8, 17, 9, 0, tzinfo=LONDON)  # two working days on: Tuesday
    assert snooze_until(utc(2021, 8, 27, 10)) == datetime(2021, 9, 1, 9, 0, tzinfo=LONDON)  # over the bank holiday
    snoozed = _slice(snoozes={5: until})
    assert _lead_kinds(snoozed, utc(2021, 8, 16, 10)) == []
    [nudge] = plan_nudges(snoozed, utc(2021, 8, 17, 9))
    assert nudge.kind == "snoozed" and nudge.key.startswith("item:5:snoozed:2021-08-17T09:00:")
    assert _lead_kinds(snoozed, utc(2021, 8, 24, 9)) == ["before-3"]  # the next stage comes as usual


def test_per_panel_schedule():
    s = _slice(policies={1: Policy(days_before=(5,))})
    assert _lead_kinds(s, utc(2021, 8, 13, 10)) == []
    assert _lead_kinds(s, utc(2021, 8, 20, 10)) == ["before-5"]


def test_schedule_from_settings(panel_store):
    s = panel_store
    panel = s.panel_named("Health Scrutiny Panel")
    s.set_setting(f"nudge_days_before:{panel.id}", "7, 2")
    s.set_setting("nudge_hours", "08:00-18:00")
    base, per_panel = s.nudge_policies()
    assert base == Policy((10, 3), time(8), time(18))
    assert per_panel == {panel.id: Policy((7, 2), time(8), time(18))}
    s.set_setting("nudge_days_before", "ten")  # unreadable: the default stands
    assert s.nudge_policies()[0].days_before == (10, 3)


def test_the_sweep_reads_only_meetings_near_now(panel_store):
    s = panel_store
    near = add_meeting(s, date(2021, 9, 14))
    far = add_meeting(s, date(2022, 3, 15))
    add_item(s, near, "Near item", "Lee Lead")
    add_item(s, far, "Far item", "Lee Lead")
    loaded = {m.id for m in s.meetings_near(date(2021, 8, 12), date(2021, 10, 1))}
    assert loaded == {near.id}
    s.update_meeting(far.id, "test", report_deadline=datetime(2021, 8, 20, 10, tzinfo=LONDON))
    assert {m.id for m in s.meetings_near(date(2021, 8, 12), date(2021, 10, 1))} == {near.id, far.id}
    assert {n.item.title for n in due_nudges(s, utc(2021, 8, 24, 9)) if n.item} == {"Near item", "Far item"}
