"""The pure planning: committees chosen forgivingly, agenda items matched to programme items, meetings' fates."""
from __future__ import annotations

from datetime import date, time

from bot.models import Item, Meeting, Panel
from bot.sync.agenda import match_agenda
from bot.sync.committees import choose_committee, ordered
from bot.sync.meetings import plan_meeting
from bot.sync.remote import AgendaItem, Committee, Known, RemoteMeeting

COMMITTEES = [Committee(1, "Adults Scrutiny Panel"), Committee(2, "Children Scrutiny Panel"),
              Committee(3, "Adults Scrutiny Panel (2015-2019)", expired=True), Committee(4, "Old Board", deleted=True)]
PANEL = Panel(1, "Adults Scrutiny Panel")
TODAY = date(2026, 2, 1)


def test_committees_by_id_exact_title_or_clearly_closest():
    assert choose_committee(COMMITTEES, "2").hit.id == 2
    assert choose_committee(COMMITTEES, "adults scrutiny panel").hit.id == 1
    assert choose_committee(COMMITTEES, "Childrens Scrutiny Panel").hit.id == 2
    assert {c.id for c in choose_committee(COMMITTEES, "scrutiny").choices} >= {1, 2}
    assert choose_committee(COMMITTEES, "4").problem == "the site has no committee with id 4."  # deleted
    assert [c.id for c in ordered(COMMITTEES)] == [1, 2, 3]


def item(n: int, title: str, meeting_id: int | None = 9, status: str = "planned") -> Item:
    return Item(n, 1, title, meeting_id=meeting_id, status=status)


def test_agenda_items_match_programme_items_once_each_and_procedure_is_ignored():
    agenda = tuple(AgendaItem(t) for t in (
        "Apologies for Absence", "Declarations of Interest", "Minutes of the previous meeting",
        "Report on Adult Social Care Workforce", "Domestic Abuse Strategy 2026-2029", "Domestic abuse strategy - update",
        "Healthwatch Annual Report", "Work Programme", "Update", "Domestic Abuse"))
    items = [item(1, "Adult Social Care Workforce"), item(2, "Domestic Abuse Strategy 2026-2029", None),
             item(3, "Care Home Quality"), item(4, "Healthwatch", status="withdrawn")]
    matched, unmatched = match_agenda(agenda, items, 9)
    assert {(m.agenda.title, m.item.id) for m in matched} == {
        ("Report on Adult Social Care Workforce", 1), ("Domestic Abuse Strategy 2026-2029", 2)}
    assert [a.title for a in unmatched] == ["Domestic abuse strategy - update", "Healthwatch Annual Report", "Update",
                                            "Domestic Abuse"]


def remote(day: date, **kw) -> RemoteMeeting:
    return RemoteMeeting(7, day, kw.pop("at", time(10)), **kw)


def test_a_meeting_the_officer_moved_by_hand_is_not_moved_back():
    meeting = Meeting(9, 1, date(2026, 3, 19), time(10))
    known = Known(7, 9, date(2026, 3, 12), time(10))
    step = plan_meeting(PANEL, remote(date(2026, 3, 12)), known, meeting, None, [], TODAY)
    assert step.kind == "unchanged" and step.changes == ()


def test_a_new_time_and_venue_are_set_and_said_once():
    meeting = Meeting(9, 1, date(2026, 3, 12), time(10), "Room 1")
    known = Known(7, 9, date(2026, 3, 12), time(10), venue="Room 1")
    step = plan_meeting(PANEL, remote(date(2026, 3, 12), at=time(14), venue="Room 5"), known, meeting, None, [], TODAY)
    assert step.kind == "retimed" and step.fields == {"time": time(14), "venue": "Room 5"}
    assert step.notes[0].text == "ModernGov changed the 12 March 2026 meeting: it is now at 14:00 in Room 5."


def test_a_venue_learnt_for_the_first_time_is_filled_in_quietly():
    meeting = Meeting(9, 1, date(2026, 3, 12), time(10))
    known = Known(7, 9, date(2026, 3, 12), time(10), venue=None)
    step = plan_meeting(PANEL, remote(date(2026, 3, 12), venue="Room 5"), known, meeting, None, [], TODAY)
    assert step.fields == {"venue": "Room 5"} and step.notes == ()


def test_a_meeting_reinstated_in_moderngov_comes_back():
    meeting = Meeting(9, 1, date(2026, 3, 12), time(10), status="cancelled")
    known = Known(7, 9, date(2026, 3, 12), time(10), status="cancelled")
    step = plan_meeting(PANEL, remote(date(2026, 3, 12)), known, meeting, None, [], TODAY)
    assert step.kind == "new" and step.notes[0].text.startswith("ModernGov reinstated a meeting of the Adults Scrutiny")


def test_past_meetings_met_for_the_first_time_are_recorded_not_announced():
    step = plan_meeting(PANEL, remote(date(2025, 11, 4)), None, None, None, [], TODAY)
    assert step.kind == "new" and step.notes == ()


def test_an_item_considered_at_another_meeting_is_not_pulled_onto_a_new_agenda():
    from bot.sync.agenda import plan_agenda

    meeting = Meeting(9, 1, date(2026, 3, 12))
    agenda = RemoteMeeting(7, date(2026, 3, 12), items=(AgendaItem("Care Home Quality", papers=(date(2026, 3, 4),)),))
    old = item(1, "Care Home Quality", meeting_id=5, status="considered")
    changes, note = plan_agenda(1, meeting, agenda, [old])
    assert [type(c).__name__ for c in changes] == ["SetMeetingDates"]
    assert note.text.endswith("On the agenda but not on the programme: Care Home Quality.")
