"""Calendar feeds a subscribed calendar can follow: cancellations kept and superseding, UIDs unique per installation."""
from __future__ import annotations

from datetime import UTC, date, datetime, time

from icalendar import Calendar

from bot.days.deadlines import LONDON
from handlers.cli import main
from handlers.files.ics_writer import panel_feed, person_feed
from store import open_store
from store.demo import PANEL

NOW = datetime(2021, 9, 1, 8, 0, tzinfo=UTC)


def _day(value) -> date:
    return value.date() if isinstance(value, datetime) else value


def _events(data: bytes) -> list:
    return list(Calendar.from_ical(data).walk("VEVENT"))


def test_a_cancelled_meeting_stays_in_the_feed_cancelled_with_a_higher_sequence(demo_store):
    panel = demo_store.panel_named(PANEL)
    october = demo_store.meeting_on(panel.id, date(2021, 10, 19))
    before = {str(e["uid"]): e for e in _events(panel_feed(demo_store, panel, NOW))}
    demo_store.update_meeting(october.id, "test", status="cancelled")
    after = {str(e["uid"]): e for e in _events(panel_feed(demo_store, panel, NOW))}
    assert before.keys() == after.keys()  # nothing dropped: the calendar is told, not left with a ghost
    changed = [uid for uid in after if str(after[uid].get("status", "")) == "CANCELLED"]
    assert len(changed) == 2  # the meeting and its report deadline
    for uid in changed:
        assert int(after[uid]["sequence"]) > int(before[uid]["sequence"])
        assert str(after[uid]["summary"]).startswith("Cancelled: ")
    live = [uid for uid in after if uid not in changed]
    assert all(int(after[uid]["sequence"]) == int(before[uid]["sequence"]) for uid in live)


def test_uids_carry_the_installation_id_so_two_bots_never_collide(demo_store, tmp_path):
    from store.demo import build_demo

    other = open_store(tmp_path / "other.db")
    build_demo(other)
    ours = {str(e["uid"]) for e in _events(panel_feed(demo_store, demo_store.panel_named(PANEL), NOW))}
    theirs = {str(e["uid"]) for e in _events(panel_feed(other, other.panel_named(PANEL), NOW))}
    assert ours and theirs and not ours & theirs
    install = demo_store.installation_id()
    assert install == demo_store.installation_id() and all(install in uid for uid in ours)


def test_the_timezone_is_small_valid_and_places_summer_meetings_in_bst(demo_store):
    panel = demo_store.panel_named(PANEL)
    july = demo_store.meeting_on(panel.id, date(2021, 7, 20))
    demo_store.update_meeting(july.id, "test", time=time(18, 0))
    data = panel_feed(demo_store, panel, NOW)
    cal = Calendar.from_ical(data)
    (zone,) = cal.walk("VTIMEZONE")
    assert str(zone["tzid"]) == "Europe/London" and len(zone.to_ical()) < 600
    assert {c.name for c in zone.subcomponents} == {"STANDARD", "DAYLIGHT"}
    meeting = next(e for e in cal.walk("VEVENT") if str(e["uid"]).startswith(f"meeting-{july.id}."))
    start = meeting.decoded("dtstart")
    assert start.astimezone(UTC) == datetime(2021, 7, 20, 17, 0, tzinfo=UTC)
    assert b"TZID=Europe/London" in data
    # the whole feed is valid iCalendar: every VEVENT has the properties RFC 5545 requires
    assert all({"UID", "DTSTAMP", "DTSTART"} <= set(e.keys()) for e in cal.walk("VEVENT"))


def test_a_persons_feed_has_the_meetings_they_present_at_and_their_deadlines(demo_store):
    becky = demo_store.person_named("Becky Wilkinson")
    events = _events(person_feed(demo_store, becky, demo_store.panels(), NOW))
    meetings = [e for e in events if "(presenting)" in str(e["summary"])]
    assert sorted(_day(e.decoded("dtstart")) for e in meetings) == [date(2021, 7, 20), date(2021, 10, 19),
                                                                    date(2022, 2, 15)]
    february = next(e for e in meetings if _day(e.decoded("dtstart")) == date(2022, 2, 15))
    assert "Social Isolation among older people" in str(february["description"])
    deadlines = [e for e in events if str(e["summary"]).startswith("Report due:")]
    assert len(deadlines) == 3  # one per report she leads
    assert all(e.decoded("dtstart").tzinfo is not None for e in deadlines)
    assert all(e.decoded("dtstart").astimezone(LONDON).hour == 10 for e in deadlines)


def test_cli_feed_for_a_panel_keeps_its_cancelled_meeting(demo_store, demo_db, capsys):
    panel = demo_store.panel_named(PANEL)
    demo_store.update_meeting(demo_store.meeting_on(panel.id, date(2022, 2, 15)).id, "test", status="cancelled")
    assert main(["export", "--db", str(demo_db), "--format", "ics"]) == 0
    events = _events(capsys.readouterr().out.encode())
    assert [str(e["summary"]) for e in events if str(e.get("status", "")) == "CANCELLED"] == [
        f"Cancelled: {PANEL}", f"Cancelled: Reports due: {PANEL} 15 February 2022"]


def test_a_chairs_feed_has_every_meeting_of_the_panel_they_sit_on(demo_store):
    chair = demo_store.person_named("Cllr Val Evans")
    events = _events(person_feed(demo_store, chair, demo_store.panels(), NOW))
    assert sorted(_day(e.decoded("dtstart")) for e in events) == [date(2021, 7, 20), date(2021, 10, 19),
                                                                  date(2022, 2, 15)]
    assert {str(e["summary"]) for e in events} == {PANEL}
