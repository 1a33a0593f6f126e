"""Reports and actions named by whose they are, or by their author in two words ('done', 'session 2 done'): that
record changes, or the sender is asked which of theirs."""
from __future__ import annotations

import pytest

from bot.days.dates import parse_when
from tests.language.conftest import NOW


@pytest.mark.parametrize("text, title, day", [
    ("Aisha's march one -> feb", "Parking Enforcement Contract", "2026-02-03"),
    ("dev's feb item to march please", "Libraries Strategy", "2026-03-03"),
    ("keep the cemetery review where it is, move the parking contract to February",
     "Parking Enforcement Contract", "2026-02-03"),
    # one record said to stay, another moved (test_kept_and_the_other.py has the rest of that kind)
    ("the DoLS report stays put; budget session 2 goes to March", "Budget Scrutiny Session 2", "2026-03-03"),
    ("parking and cemetery: cemetery is fine where it is, the other one can go to Feb",
     "Parking Enforcement Contract", "2026-02-03"),
    ("Jo's two budget sessions - session 1 stays in December, the other one can slip to March",
     "Budget Scrutiny Session 2", "2026-03-03"),
])
def test_the_item_meant_moves(riverside, text, title, day):
    before = {t: riverside.meeting_of(t) for t in riverside.titles() if t != title}
    reply = riverside.say(text)
    assert riverside.meeting_of(title) == day, reply.text
    assert {t: riverside.meeting_of(t) for t in before} == before, reply.text


@pytest.mark.parametrize("who, text, title", [
    ("Ruth Osei", "<@U0PATEL>'s feb report is in", "Libraries Strategy"),
    ("Jo Marsh", "done", "Deprivation of Liberty Safeguards (DoLS) Annual Report"),
    ("Jo Clarke", "session 2 done ✅", "Budget Scrutiny Session 2"),
    ("Jo Clarke", "jo c here - session 1 done", "Budget Scrutiny Session 1"),
    ("Aisha Begum", "the March parking report is finished and with Ruth", "Parking Enforcement Contract"),
])
def test_a_report_said_to_be_in_is_marked(riverside, who, text, title):
    reply = riverside.say(text, who)
    assert {t for t, i in riverside.titles().items() if i.status == "submitted"} == {title}, reply.text


def test_a_bare_done_asks_which_of_the_senders_own(riverside):
    before = riverside.snapshot()
    reply = riverside.say("done", "Dev Patel")
    assert riverside.snapshot() == before, reply.text
    for own in ("Leisure Strategy 2026-2030", "Libraries Strategy", "Libraries Opening Hours Review",
                "Tree survey briefing note"):
        assert own in reply.text, reply.text
    assert "Hate crime figures by ward" not in reply.text and "Cemetery" not in reply.text, reply.text
    reply = riverside.say("2", "Dev Patel")
    assert riverside.titles()["Libraries Strategy"].status == "submitted", reply.text


def test_a_note_asked_for_after_the_item_is_that_note(riverside):
    reply = riverside.say("For the cemetery review, could we add a note that the bereavement services manager will "
                          "attend.", "Cllr Maria Lopez")
    assert riverside.titles()["Cemetery Provision Review"].notes == "the bereavement services manager will attend.", \
        reply.text


def test_an_action_done_then_a_short_request_closes_it(riverside):
    reply = riverside.say("We sent the tree survey note round last Friday. Good feedback. Please close it.")
    matters = {m.subject: m.status for m in riverside.store.matters(riverside.panel.id, status=None)}
    assert matters["Tree survey briefing note"] == "closed", reply.text


def test_a_surname_said_as_a_possessive_without_its_apostrophe(riverside):
    reply = riverside.say("whats jo marshs role", "Cllr Pete Nolan")
    assert "Jo Marsh" in reply.text and "Jo Clarke" not in reply.text, reply.text


@pytest.mark.parametrize("text, title", [
    ("can you rename the libraries strategy to 'What is a library for?'", "What is a library for?"),
    ("add an item to March: Why are bus services late?", "Why are bus services late?"),
    ("can you rename the libraries strategy to Library Futures?", "Library Futures"),
    ("rename the libraries strategy to Library Futures, as members asked", "Library Futures"),
    ("rename the libraries strategy to Library Access Review: members prefer it", "Library Access Review"),
    ("rename the libraries strategy to Library Hours (Pilot): members prefer it", "Library Hours (Pilot)"),
])
def test_a_title_keeps_a_questions_mark_and_no_reason_said_after_it(riverside, text, title):
    reply = riverside.say(text)
    assert title in riverside.titles(), reply.text


@pytest.mark.parametrize("text, gone", [
    ("The cemetery review and the parking contract - can we withdraw the latter?", "Parking Enforcement Contract"),
    ("The libraries strategy and the opening hours review - please withdraw the former", "Libraries Strategy"),
])
def test_the_former_or_the_latter_in_the_same_sentence_is_the_one_withdrawn(riverside, text, gone):
    before = set(riverside.titles())
    reply = riverside.say(text)
    assert set(riverside.titles()) == before - {gone}, reply.text


@pytest.mark.parametrize("text", ["the 25/26 budget session", "Budget 2098/99 - 98/99 figures"])
def test_a_span_of_two_years_is_no_date(text):
    assert parse_when(text, NOW) is None


def test_a_reason_opening_with_having_names_nothing_to_withdraw(riverside):
    reply = riverside.say("Having spoken to the cemetery team, we'll drop the parking contract from the programme.")
    titles = riverside.titles()
    assert "Parking Enforcement Contract" not in titles and "Cemetery Provision Review" in titles, reply.text


def test_a_note_added_to_an_items_notes_keeps_no_please(riverside):
    reply = riverside.say("could we add to the parking contract notes that the cabinet member will attend, please?")
    assert riverside.titles()["Parking Enforcement Contract"].notes.endswith("the cabinet member will attend."), \
        reply.text


def test_an_action_asked_for_with_many_thanks_keeps_only_its_words(riverside):
    reply = riverside.say("Please add an action for Dev - costs of the library van. Many thanks")
    subjects = {m.subject: m.lead for m in riverside.store.matters(riverside.panel.id)}
    assert subjects.get("Costs of the library van") == "Dev Patel", reply.text


@pytest.mark.parametrize("who, text", [
    ("Ruth Osei", "The leisure strategy and the libraries strategy are both Dev's. Please withdraw one."),
    ("Ruth Osei", "Dev's December thing needs to move to Feb"),
    ("Cllr Maria Lopez", "Jo Marsh has done DoLS for years"),
    ("Ruth Osei", "Now that the libraries strategy is settled, members want a clearer name. Can we rename the "
                  "sportsfields item to 'Sport and Leisure'?"),  # the item the request describes, not the reason's
])
def test_one_of_two_a_history_or_an_item_not_found_changes_nothing(riverside, who, text):
    before = riverside.snapshot()
    reply = riverside.say(text, who)
    assert riverside.snapshot() == before, reply.text


def test_the_other_one_of_two_named_by_the_words_they_share(riverside):
    reply = riverside.say("We've got two libraries items. When's the other one, not the opening hours review?")
    assert "Libraries Strategy" in reply.text and "Opening Hours" not in reply.text, reply.text
    reply = riverside.say("Dev has two libraries papers. The opening hours one is fine; the other one can go to March.")
    assert riverside.meeting_of("Libraries Strategy") == "2026-03-03", reply.text
    assert riverside.meeting_of("Libraries Opening Hours Review") == "2026-03-03", reply.text
