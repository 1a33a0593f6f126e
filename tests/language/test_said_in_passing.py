"""Messages that only mention a change make none; changes named loosely reach the one record meant."""
from __future__ import annotations

import copy

import pytest

from bench.heldout import build
from store import open_store
from tests.language.conftest import PROGRAMME, Riverside

UNCHANGED = [
    "who cancelled the february meeting",
    "can we avoid cancelling february please",
    "before I cancel march, is anything urgent on it?",
    "december is going ahead, not cancelled",
    "the old chair used to cancel the February meeting",
    "we withdrew the allotments item once before, back in 2021",
    "we could rename the libraries strategy to something shorter one day",
    "Dev wondered whether the hate crime figures could slip to March",
    "please don't cancel the march meeting, we need the parking decision",
    "no new action from that discussion, it was just context",
    "we're keeping budget session 2 as is, title and everything",
    "to do next week: check the March agenda, maybe add a note on the parking item, maybe not",
    "possibly adding an action about allotment plots after December, depends on the survey",
    "> can we push the DoLS report to March? - no, it stays in February",
    "just to confirm: the February meeting has NOT been moved and the March meeting has not been cancelled",
    "the DoLS report should really have been in March. too late now",
]


@pytest.mark.parametrize("text", UNCHANGED)
def test_a_change_mentioned_in_passing_is_not_made(riverside, text):
    before = riverside.snapshot()
    reply = riverside.say(text, who="Cllr Maria Lopez")
    assert riverside.snapshot() == before, reply.text


def test_an_action_given_in_quotes_is_kept_whole_with_its_lead_and_due(riverside):
    reply = riverside.say("SOM: 'number of burial plots left in each cemetery' - Aisha Begum - next meeting")
    matter = next(m for m in riverside.store.matters(riverside.panel.id) if m.subject.startswith("Number of burial"))
    assert matter.subject == "Number of burial plots left in each cemetery", reply.text
    assert matter.lead == "Aisha Begum" and matter.due.isoformat() == "2025-12-02", reply.text


def test_a_report_said_in_by_a_shared_first_name_offers_their_reports(riverside):
    before = riverside.snapshot()
    reply = riverside.say("Jo's report is in")
    assert "Budget Scrutiny Session 1 (Jo Clarke)" in reply.text, reply.text
    assert "Deprivation of Liberty Safeguards (DoLS) Annual Report (Jo Marsh)" in reply.text, reply.text
    assert riverside.snapshot() == before
    riverside.say("2")
    assert riverside.titles()["Budget Scrutiny Session 2"].status == "submitted"


def test_the_verb_of_the_request_is_not_a_word_of_a_title(riverside):
    reply = riverside.say("replace the dols notes: Jo to attend in person")
    titles = riverside.titles()
    assert titles["Deprivation of Liberty Safeguards (DoLS) Annual Report"].notes == "Jo to attend in person", reply.text
    assert not titles["Street Lighting LED Replacement"].notes, reply.text


def test_an_item_set_aside_in_brackets_is_not_the_one_changed(riverside):
    reply = riverside.say("note for the cemetery review (not the parking contract): land use figures")
    titles = riverside.titles()
    assert titles["Cemetery Provision Review"].notes == "land use figures", reply.text
    assert not titles["Parking Enforcement Contract"].notes, reply.text


def test_words_describing_an_item_never_become_its_title(riverside):
    before = set(riverside.titles())
    riverside.say("the item with no lead can go on the March agenda")
    reply = riverside.say("put Jo Marsh's future item on the February agenda")
    assert set(riverside.titles()) == before, reply.text
    assert "Allotments Waiting Lists" in reply.text, reply.text


def test_a_state_said_first_does_not_hold_back_the_request(riverside):
    reply = riverside.say("the leisure strategy is not ready, push it to feb")
    assert riverside.meeting_of("Leisure Strategy 2026-2030") == "2026-02-03", reply.text


def test_asking_what_is_late_is_never_about_an_item_called_late(riverside):
    riverside.say("add Late Night Levy Review to the March meeting")
    reply = riverside.say("what's late")
    assert "Which item" not in reply.text and "Late Night Levy" not in reply.text, reply.text


def test_what_is_coming_back_in_a_month_is_what_is_due_then(riverside):
    reply = riverside.say("what's coming back to us in february from the SOM")
    assert "Hate crime figures by ward" in reply.text, reply.text


def test_a_reason_first_then_a_request_to_have_a_new_item_on(riverside):
    reply = riverside.say("Given the letters in the paper, could we please have Bus Shelter Repairs on for March?")
    assert riverside.meeting_of("Bus Shelter Repairs") == "2026-03-03", reply.text


def test_a_part_said_short_is_that_part(riverside):
    for part in ("1", "2"):
        riverside.say(f"add Exercise Beacon (Flood Response) - Part {part} to the March meeting")
    reply = riverside.say("beacon pt 2 is in")
    titles = riverside.titles()
    assert titles["Exercise Beacon (Flood Response) - Part 2"].status == "submitted", reply.text
    assert titles["Exercise Beacon (Flood Response) - Part 1"].status != "submitted", reply.text


def test_someone_away_so_another_put_on_the_item_is_a_new_lead(riverside):
    reply = riverside.say("Dev's off for a few weeks so put Aisha on the libraries strategy", who="Cllr Maria Lopez")
    assert riverside.titles()["Libraries Strategy"].lead_text == "Aisha Begum", reply.text


@pytest.fixture
def with_long_names(tmp_path):
    programme = copy.deepcopy(PROGRAMME)
    programme["person"].append({"name": "Percival Okafor", "role": "report-author", "slack_id": "U0OKAFOR"})
    programme["future"][0]["leads"] = ["Percival Okafor"]
    build(tmp_path / "names.db", programme)
    store = open_store(tmp_path / "names.db")
    yield Riverside(store)
    store.close()


def test_a_nickname_with_a_capital_is_the_one_person_it_shortens(with_long_names):
    reply = with_long_names.say("anything down for Percy?")
    assert "Street Lighting LED Replacement" in reply.text, reply.text


def test_a_report_said_to_be_in_a_month_is_not_marked_in(riverside):
    before = riverside.snapshot()
    reply = riverside.say("The leisure strategy is mine and it's in December, just checking nothing's changed",
                          who="Dev Patel")
    assert riverside.snapshot() == before, reply.text
    assert "2 December" in reply.text, reply.text


def test_which_meeting_is_at_a_venue(riverside):
    riverside.say("add a meeting on 17 March 2026 at 10am in the Banqueting Hall")
    reply = riverside.say("which meeting is in the banqueting hall?")
    assert "17 March 2026" in reply.text, reply.text


def test_an_author_telling_the_officer_by_mention_marks_their_own_report(riverside):
    reply = riverside.say("<@U0OSEI> leisure strategy done and sent 👍", who="Dev Patel")
    assert riverside.titles()["Leisure Strategy 2026-2030"].status == "submitted", reply.text


def test_an_action_for_someone_please_then_what_it_is(riverside):
    reply = riverside.say("Could we add an action for Aisha please - a map of the cemetery plots. Thanks")
    matter = next(m for m in riverside.store.matters(riverside.panel.id) if "cemetery plots" in m.subject)
    assert matter.subject == "A map of the cemetery plots" and matter.lead == "Aisha Begum", reply.text


def test_it_after_a_correction_is_the_item_not_what_it_waited_for(riverside):
    before = set(riverside.titles())
    reply = riverside.say("we're parking the cemetery review till after the budget... actually no, put it on the "
                          "March agenda")
    assert set(riverside.titles()) == before, reply.text
    assert riverside.meeting_of("Cemetery Provision Review") == "2026-03-03", reply.text


def test_a_request_taken_back_with_nothing_clear_after_changes_nothing_first_named(riverside):
    reply = riverside.say("withdraw the parking contract. scratch that, withdraw allotments")
    assert "Parking Enforcement Contract" in riverside.titles(), reply.text
