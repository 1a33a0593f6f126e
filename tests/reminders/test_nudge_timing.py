"""A panel's own nudge day and time: advance reminders wait for the day; a deadline's own reminders never do."""
from __future__ import annotations

from datetime import time

from bot import changes as ch
from bot.reminders import Policy
from tests.reminders.conftest import utc
from tests.reminders.test_plan import PANEL, _lead_kinds, _slice


def test_advance_reminders_go_only_on_the_panels_weekday():
    mondays = _slice(policies={PANEL.id: Policy(weekdays=(0,))})
    assert _lead_kinds(mondays, utc(2021, 8, 25, 10)) == []  # Wednesday: the 3-day reminder waits
    assert _lead_kinds(_slice(), utc(2021, 8, 25, 10)) == ["before-3"]
    assert _lead_kinds(mondays, utc(2021, 8, 16, 10)) == ["before-10"]  # Monday
    assert _lead_kinds(mondays, utc(2021, 8, 27, 8, 30)) == ["deadline-day"]  # a Friday, and the deadline's own


def test_advance_reminders_start_at_the_panels_time():
    afternoons = _slice(policies={PANEL.id: Policy(start=time(14, 0))})
    assert _lead_kinds(afternoons, utc(2021, 8, 24, 11)) == ["before-10"]  # 12:00 BST: the 3-day one starts at 14:00
    assert _lead_kinds(afternoons, utc(2021, 8, 24, 13, 30)) == ["before-3"]


def test_a_panels_timing_is_kept_and_read_back(panel_store):
    store = panel_store
    panel = store.panels()[0]
    store.apply([ch.SetNudgeTiming(panel.id, (0, 3), time(9, 30))], "test")
    _, panels = store.nudge_policies()
    assert panels[panel.id].weekdays == (3, 0) and panels[panel.id].start == time(9, 30)
    assert panels[panel.id].days_before == Policy().days_before
