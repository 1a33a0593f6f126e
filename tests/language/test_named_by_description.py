"""Items named by who leads them, when they come, which clause sends them: the one meant, or a question."""
from __future__ import annotations

import tomllib
from datetime import date, datetime

import pytest

from bench.heldout import HELDOUT, build
from bot.changes import AddMatter
from store import open_store
from tests.language.conftest import Riverside


def test_an_item_named_by_its_lead_and_month_is_that_item(riverside):
    reply = riverside.say("move Dev's December item to February")
    assert riverside.meeting_of("Leisure Strategy 2026-2030") == "2026-02-03", reply.text
    reply = riverside.say("withdraw Aisha's March item")
    assert "Parking Enforcement Contract" in riverside.titles(withdrawn=True), reply.text
    assert "Parking Enforcement Contract" not in riverside.titles(), reply.text


def test_an_item_named_by_a_lead_with_two_items_is_asked_about(riverside):
    before = riverside.snapshot()
    reply = riverside.say("the review Aisha is doing can go to Feb")
    assert "Cemetery Provision Review" in reply.text and "Parking Enforcement Contract" in reply.text, reply.text
    assert riverside.snapshot() == before


def test_the_request_after_a_reason_names_its_own_item(riverside):
    reply = riverside.say("Aisha's swamped with the cemetery review, so can the parking one go to February?")
    assert riverside.meeting_of("Parking Enforcement Contract") == "2026-02-03", reply.text
    assert riverside.meeting_of("Cemetery Provision Review") == "2025-12-02", reply.text


def test_a_plain_order_last_names_the_item_whatever_the_story_before_it(riverside):
    reply = riverside.say("I know Aisha wanted the parking contract in March, but she's asked for the cemetery review "
                          "to go to February as well. Move the cemetery one please.")
    assert "Cemetery Provision Review" in reply.text and "Parking Enforcement Contract" not in reply.text, reply.text
    assert riverside.meeting_of("Parking Enforcement Contract") == "2026-03-03", reply.text


def test_the_clause_that_says_where_it_goes_names_the_item(riverside):
    reply = riverside.say("We agreed Dev should focus on the libraries strategy for February, which means the "
                          "leisure strategy moves to the March meeting.")
    assert riverside.meeting_of("Leisure Strategy 2026-2030") == "2026-03-03", reply.text
    assert riverside.meeting_of("Libraries Strategy") == "2026-02-03", reply.text


def test_a_withdrawal_first_is_not_moved_onto_the_item_its_reason_names(riverside):
    reply = riverside.say("Withdraw the libraries strategy; it'll be covered by the opening hours review.")
    assert "Libraries Strategy" not in riverside.titles(), reply.text
    assert "Libraries Opening Hours Review" in riverside.titles(), reply.text


def test_a_time_of_day_is_no_number_in_a_title(riverside):
    reply = riverside.say("the leisure strategy report landed at 5:10 this afternoon")
    assert riverside.titles()["Leisure Strategy 2026-2030"].status == "submitted", reply.text
    assert riverside.titles()["Libraries Strategy"].status != "submitted", reply.text


def test_a_persons_action_said_to_come_back_later_is_no_new_action(riverside):
    before = {m.subject for m in riverside.store.matters(riverside.panel.id)}
    reply = riverside.say("Dev's action will now come back in February.")
    assert {m.subject for m in riverside.store.matters(riverside.panel.id)} == before, reply.text


def test_a_meeting_put_in_a_fortnight_after_another(riverside):
    reply = riverside.say("put in an extra meeting a fortnight after the February one")
    days = [m.date.isoformat() for m in riverside.store.meetings(riverside.panel.id)]
    assert "2026-02-17" in days, reply.text


def test_the_one_after_next_is_counted_from_today(riverside):
    reply = riverside.say("push the cemetery review to the one after next")
    assert riverside.meeting_of("Cemetery Provision Review") == "2026-02-03", reply.text


def test_an_ordinal_before_the_series_word_is_that_number(riverside):
    reply = riverside.say("add a note to the first budget scrutiny session: consultation results")
    assert riverside.titles()["Budget Scrutiny Session 1"].notes == "consultation results", reply.text
    assert not riverside.titles()["Budget Scrutiny Session 2"].notes, reply.text


def test_nudges_said_in_words_before_the_deadline(riverside):
    riverside.say("nudge authors ten days before their deadline please")
    assert riverside.store.nudge_days(riverside.panel.id) == (10,)


def test_nudges_said_by_weekday_and_time(riverside):
    reply = riverside.say("send the author nudges on mondays at 9.30am please")
    policy = riverside.store.nudge_policies()[1][riverside.panel.id]
    assert policy.weekdays == (0,) and policy.start.isoformat() == "09:30:00", reply.text


def test_of_items_alike_the_one_in_the_month_said_where_it_is_now(riverside):
    reply = riverside.say("the budget session in February has to go to March")
    assert riverside.meeting_of("Budget Scrutiny Session 2") == "2026-03-03", reply.text
    assert riverside.meeting_of("Budget Scrutiny Session 1") == "2025-12-02", reply.text


def test_a_new_title_sharing_one_word_with_another_is_added_without_asking(riverside):
    reply = riverside.say("add 'Cemetery Week Programme' to march please")
    assert riverside.meeting_of("Cemetery Week Programme") == "2026-03-03", reply.text
    before = set(riverside.titles())
    reply = riverside.say("add Street lighting to the March meeting")
    assert set(riverside.titles()) == before and "Street Lighting LED Replacement" in reply.text, reply.text


def test_last_nights_meeting_names_no_night_time_item(riverside):
    riverside.say("add Night-Time Economy Review to the February meeting")
    reply = riverside.say("thanks for last night's session. Members agreed the allotments item should go to March")
    assert riverside.meeting_of("Night-Time Economy Review") == "2026-02-03", reply.text


def _with_action(riverside, subject: str) -> None:
    riverside.store.add_matter(AddMatter(riverside.panel.id, subject, "Jo Clarke", date(2026, 2, 3)))


def test_a_number_said_with_shared_words_names_the_item_that_holds_it(tmp_path):
    programme = tomllib.loads((HELDOUT / "programme_hv.toml").read_text(encoding="utf-8"))  # a development pair
    build(tmp_path / "hv.db", programme)
    talk = Riverside(open_store(tmp_path / "hv.db"))
    due = {m.subject: m.due for m in talk.store.matters(talk.panel.id)}
    reply = talk.say("street trees year 3 -> march", "Sidonie Tansley", datetime.fromisoformat(programme["now"]))
    assert talk.meeting_of("Street Tree Planting Programme - Year 3") == "2051-03-16", reply.text
    assert {m.subject: m.due for m in talk.store.matters(talk.panel.id)} == due, reply.text
    talk.store.close()


@pytest.mark.parametrize("subject, text", [
    ("DoLS assessment backlog from care homes", "DoLS backlog from care homes - now coming to the march meeting instead"),
    ("DoLS referrals from GP practices", "DoLS referrals from GPs now coming in march"),
])
def test_an_initialism_shared_by_an_item_and_an_action_moves_neither_on_a_guess(riverside, subject, text):
    _with_action(riverside, subject)
    reply = riverside.say(text)
    assert riverside.meeting_of("Deprivation of Liberty Safeguards (DoLS) Annual Report") == "2026-02-03", reply.text
