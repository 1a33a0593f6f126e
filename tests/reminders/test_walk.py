"""Fifteen weeks of calendar, swept every hour: each nudge once, at the right time, to the right person."""
from __future__ import annotations

from collections import Counter
from datetime import date, datetime

from bot.days.deadlines import LONDON, is_working_day
from tests.reminders.conftest import FakeSender, add_item, add_matter, add_meeting, states, utc, walk


def _london(t: datetime) -> datetime:
    return t.astimezone(LONDON)


def test_fifteen_weeks_of_nudges(panel_store):
    s = panel_store
    m1 = add_meeting(s, date(2021, 9, 14))  # deadline Fri 27 Aug 10:00 BST; Mon 30 Aug is a bank holiday
    m2 = add_meeting(s, date(2021, 9, 21))  # moved on 23 Aug to Tue 16 Nov (deadline Mon 1 Nov, after the clocks change)
    m3 = add_meeting(s, date(2021, 9, 28))  # cancelled on 1 Sep
    a = add_item(s, m1, "Adult Social Care Annual Report", "Lee Lead")
    b = add_item(s, m1, "Public Health Update", "Max Author")  # submitted 25 Aug
    c = add_item(s, m1, "Libraries Review", "Lee Lead")  # withdrawn 20 Aug, after 09:00
    d = add_item(s, m2, "Housing Repairs Strategy", "Max Author")
    e = add_item(s, m3, "Waste Contract", "Lee Lead")
    f = add_item(s, m1, "Homelessness Review", "Nia Noslack")  # Nia is not in Slack
    matter = add_matter(s, "Progress report on the HeadStart programme", "Lee Lead")
    events = {
        utc(2021, 8, 20, 12): lambda: s.set_item_status(c.id, "withdrawn"),
        utc(2021, 8, 23, 12): lambda: s.update_meeting(m2.id, "test", date=date(2021, 11, 16)),
        utc(2021, 8, 25, 12): lambda: s.set_item_status(b.id, "submitted"),
        utc(2021, 9, 1, 12): lambda: s.update_meeting(m3.id, "test", status="cancelled"),
    }
    sender = FakeSender()
    w = walk(s, sender, utc(2021, 8, 9), utc(2021, 11, 17), events=events)

    counts = Counter(w.sent_keys())
    assert counts and max(counts.values()) == 1  # never doubled
    # Each sent key is in exactly one message's metadata; a person's reports in one sweep, and an officer's
    # notices, share a message (so there are fewer messages than keys)
    posted_keys = [k for _, m in sender.posts for k in m["metadata"]["event_payload"]["keys"].split()]
    assert sorted(posted_keys) == sorted(w.sent_keys()) and len(sender.posts) < len(posted_keys)
    for t, _ in w.sent:  # only in working hours on working days, London time
        local = _london(t)
        assert is_working_day(local.date()) and 9 <= local.hour < 17, t

    assert w.when(f"item:{a.id}:") == [utc(2021, 8, 13, 8), utc(2021, 8, 24, 8), utc(2021, 8, 27, 8),
                                       utc(2021, 8, 27, 9)]  # 10 and 3 days before, the morning of, overdue
    assert [k.split(":")[2] for k in w.sent_keys() if k.startswith(f"item:{a.id}:")] == [
        "before-10", "before-3", "deadline-day", "overdue"]
    assert w.when(f"item:{b.id}:") == [utc(2021, 8, 13, 8), utc(2021, 8, 24, 8)]  # submitted: stops
    assert w.when(f"item:{c.id}:") == [utc(2021, 8, 13, 8)]  # withdrawn: stops
    assert w.when(f"item:{e.id}:") == [utc(2021, 8, 27, 8)]  # meeting cancelled: stops
    # Moved: the old deadline's first nudge, then the new deadline's; 09:00 London is 08:00 UTC in BST, 09:00 in GMT.
    assert w.when(f"item:{d.id}:") == [utc(2021, 8, 20, 8), utc(2021, 10, 18, 8), utc(2021, 10, 27, 8),
                                       utc(2021, 11, 1, 9), utc(2021, 11, 1, 10)]
    d_keys = [k for k in w.sent_keys() if k.startswith(f"item:{d.id}:")]
    assert d_keys[0].endswith(f"2021-09-06T10:00:to:{d.lead_ids[0]}")
    assert all("2021-11-01T10:00" in k for k in d_keys[1:])

    digests = w.when("panel:")
    first_fortnight = [t for t in digests if t < utc(2021, 9, 15)]
    assert [_london(t).date() for t in first_fortnight] == [
        date(2021, 8, 27), date(2021, 8, 31), *(date(2021, 9, n) for n in (1, 2, 3, 6, 7, 8, 9, 10, 13))]
    assert first_fortnight[0] == utc(2021, 8, 27, 9)  # as soon as the 10:00 deadline passes
    assert [_london(t).date() for t in digests if t > utc(2021, 9, 15)][:2] == [date(2021, 11, 1), date(2021, 11, 2)]
    assert w.when("meeting:") == [utc(2021, 9, 6, 8), utc(2021, 11, 8, 9)]  # agenda publication days
    assert w.when(f"matter:{matter.id}:") == [utc(2021, 8, 13, 8), utc(2021, 10, 18, 8)]

    # Nia can't be reached: each of her nudges is recorded as such and the officer is told, once each.
    nia = [k for k, st in states(s).items() if k.startswith(f"item:{f.id}:")]
    assert len(nia) == 4 and all(states(s)[k] == "unreachable" for k in nia)
    assert sorted(k.removeprefix("notice:") for k in w.sent_keys() if k.startswith("notice:")) == sorted(nia)
    officer_texts = sender.texts_to("DUOLIVE")
    assert sum("Homelessness Review" in t and "couldn't reach" in t for t in officer_texts) == 4
    assert sender.texts_to("CHEALTH")[0].startswith("*Coming up: the Health Scrutiny Panel meeting on Tuesday 14 September 2021*")
    assert "Adult Social Care Annual Report — Lee Lead — *report still missing*" in sender.texts_to("CHEALTH")[0]


def test_a_moved_item_gets_the_new_meetings_deadlines(panel_store):
    s = panel_store
    m1 = add_meeting(s, date(2021, 9, 14))  # deadline 27 Aug
    m2 = add_meeting(s, date(2021, 10, 19))  # deadline 4 Oct
    item = add_item(s, m1, "Adult Social Care Annual Report", "Lee Lead")
    events = {utc(2021, 8, 16, 12): lambda: s.move_item(item.id, m2.id, actor="test", deferred=True)}
    w = walk(s, FakeSender(), utc(2021, 8, 9), utc(2021, 10, 6), events=events)
    keys = [k for k in w.sent_keys() if k.startswith(f"item:{item.id}:")]
    assert [k.split(":")[2] for k in keys] == ["before-10", "before-10", "before-3", "deadline-day", "overdue"]
    assert "2021-08-27T10:00" in keys[0] and all("2021-10-04T10:00" in k for k in keys[1:])
    assert w.when(f"item:{item.id}:")[1] == utc(2021, 9, 20, 8)


def test_after_an_outage_only_what_is_still_relevant_goes_once(panel_store):
    s = panel_store
    item = add_item(s, add_meeting(s, date(2021, 9, 14)), "Adult Social Care Annual Report", "Lee Lead")
    sender = FakeSender()
    before = walk(s, sender, utc(2021, 8, 9), utc(2021, 8, 12))  # the bot goes down on 12 August...
    after = walk(s, sender, utc(2021, 8, 25, 10, 30), utc(2021, 9, 1))  # ...and is back on the 25th at 11:30
    assert [k for k in before.sent_keys() if k.startswith("item:")] == []
    keys = [k for k in after.sent_keys() if k.startswith(f"item:{item.id}:")]
    assert [k.split(":")[2] for k in keys] == ["before-3", "deadline-day", "overdue"]  # the 10-day one is stale
    assert after.when(f"item:{item.id}:")[0] == utc(2021, 8, 25, 10, 30)
