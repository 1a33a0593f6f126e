"""A request taken back and said again ('X, no, the Y one'), a record left alone beside one changed, a report still to
be sent or sent only in draft, a report months off said to be 'mine', an agenda place said as a new title, and a lead
said after the request: the record meant changes as meant, or nothing does."""
from __future__ import annotations

import copy
from datetime import UTC, datetime

import pytest

from bench.heldout import build
from store import open_store
from tests.language.conftest import PROGRAMME, Riverside


@pytest.mark.parametrize("text, title, status", [
    ("withdraw the allotments item, no, the street lighting one", "Street Lighting LED Replacement", "withdrawn"),
    ("mark the libraries strategy submitted. oh wait no, it's the hours review that came in",
     "Libraries Opening Hours Review", "submitted"),
])
def test_the_record_said_after_a_no_is_the_one_changed(riverside, text, title, status):
    reply = riverside.say(text, who="Cllr Maria Lopez")
    changed = {t for t, i in riverside.titles(withdrawn=True).items() if i.status == status}
    assert changed == {title}, reply.text


def test_records_left_alone_beside_a_change_are_left_alone(riverside):
    reply = riverside.say("take Dev off the leisure strategy and hand it to Aisha, then leave both libraries items alone",
                          who="Cllr Maria Lopez")
    titles = riverside.titles()
    assert list(titles["Leisure Strategy 2026-2030"].leads) == ["Aisha Begum"], reply.text
    assert list(titles["Libraries Strategy"].leads) == ["Dev Patel"], reply.text


def test_a_command_opening_a_later_clause_names_no_item(riverside):
    reply = riverside.say('on the waiting lists one, replace the notes with "survey data due Jan"', who="Cllr Maria Lopez")
    titles = riverside.titles()
    assert titles["Allotments Waiting Lists"].notes == "survey data due Jan", reply.text
    assert not titles["Street Lighting LED Replacement"].notes, reply.text


@pytest.mark.parametrize("who, text", [
    ("Dev Patel", "leisure strategy 85% done, will send it over tomorrow with any luck"),
    ("Ruth Osei", "leisure report came in as a draft for comments – not the final version, so not submitted"),
    ("Jo Marsh", "sent mine over to Ruth last week so I'm feeling very organised 😎"),
])
def test_a_report_not_yet_sent_or_months_off_is_not_marked(riverside, who, text):
    before = riverside.snapshot()
    reply = riverside.say(text, who=who)
    assert riverside.snapshot() == before, reply.text


def test_a_report_months_off_said_to_be_sent_is_asked_about_and_marked_on_yes(riverside):
    question = riverside.say("sent mine over to Ruth", who="Jo Marsh")
    assert "Deprivation of Liberty Safeguards" in question.text and "yes/no" in question.text, question.text
    riverside.say("yes", who="Jo Marsh")
    assert riverside.titles()["Deprivation of Liberty Safeguards (DoLS) Annual Report"].status == "submitted"


def test_the_same_report_said_sent_once_its_meeting_is_next_is_marked(riverside):
    january = datetime(2026, 1, 10, 10, 0, tzinfo=UTC)  # the December meeting has been; February's is next
    reply = riverside.say("sent mine over to Ruth", who="Jo Marsh", now=january)
    assert riverside.titles()["Deprivation of Liberty Safeguards (DoLS) Annual Report"].status == "submitted", reply.text


@pytest.fixture
def shared_session(tmp_path):
    programme = copy.deepcopy(PROGRAMME)
    programme["meeting"][1]["items"][1]["leads"] = ["Jo Clarke", "Aisha Begum"]  # session 2 is Aisha's too; 1 is not
    build(tmp_path / "shared.db", programme)
    store = open_store(tmp_path / "shared.db")
    yield Riverside(store)
    store.close()


@pytest.fixture
def figures_action(tmp_path):
    programme = copy.deepcopy(PROGRAMME)
    programme["matter"].append({"raised": "2025-10-07", "subject": "Parking enforcement figures", "lead": "Dev Patel",
                                "due": "2025-12-02", "position": ""})
    build(tmp_path / "figures.db", programme)
    store = open_store(tmp_path / "figures.db")
    yield Riverside(store)
    store.close()


def test_words_that_name_an_item_and_an_action_alike_move_the_item_to_a_month(figures_action):
    reply = figures_action.say("parking enforcement -> feb", who="Cllr Maria Lopez")
    assert figures_action.meeting_of("Parking Enforcement Contract") == "2026-02-03", reply.text


def test_an_action_said_with_only_where_it_goes_is_due_then(figures_action):
    reply = figures_action.say("the parking enforcement action -> feb", who="Cllr Maria Lopez")
    assert "now due February 2026" in reply.text and "position" not in reply.text, reply.text
    assert figures_action.meeting_of("Parking Enforcement Contract") == "2026-03-03", reply.text


@pytest.fixture
def two_parking_items(tmp_path):
    programme = copy.deepcopy(PROGRAMME)
    programme["meeting"][2]["items"].append({"title": "Parking Permits Policy", "leads": ["Dev Patel"]})
    build(tmp_path / "parking.db", programme)
    store = open_store(tmp_path / "parking.db")
    yield Riverside(store)
    store.close()


@pytest.mark.parametrize("text, title", [
    ("Aisha has sent the parking paper in early 🎉", "Parking Enforcement Contract"),
    ("Dev has sent the parking paper in early", "Parking Permits Policy"),
])
def test_of_two_items_alike_the_one_the_person_named_leads_is_meant(two_parking_items, text, title):
    reply = two_parking_items.say(text)
    assert {t for t, i in two_parking_items.titles().items() if i.status == "submitted"} == {title}, reply.text


def test_a_report_named_for_a_colleague_is_never_the_senders_own_with_another_number(shared_session):
    before = shared_session.snapshot()
    reply = shared_session.say("session 1 budget report has gone in for Jo C, she asked me to let you know", who="Aisha Begum")
    assert shared_session.snapshot() == before and "Budget Scrutiny Session 1" in reply.text, reply.text


def test_the_words_pointing_at_an_item_are_not_its_new_name(riverside):
    riverside.say("can we call the cemetery one *Riverside Cemetery Provision Review* please", who="Cllr Maria Lopez")
    reply = riverside.say("yes", who="Cllr Maria Lopez")
    assert "Riverside Cemetery Provision Review" in riverside.titles(), reply.text


def test_a_new_title_ends_where_its_question_does(riverside):
    reply = riverside.say("Could we have an item on bus shelter repairs? No date yet, the future list is fine.",
                          who="Cllr Maria Lopez")
    assert "Bus shelter repairs" in riverside.titles(), reply.text


@pytest.mark.parametrize("text", [
    "Add an item? Ha, not with this agenda",
    "I don't think we need a new action for the tree survey, it's covered in the DoLS report anyway",
    "Moving the cemetery review to March was suggested and rejected at the pre-meet, so December it is",
    "Next year I'd like the budget sessions in January rather than December, one for the new programme",
    "we should add a parks item in the new year - just noting it for the planning day",
])
def test_a_change_ruled_out_or_kept_for_later_changes_nothing(riverside, text):
    before = riverside.snapshot()
    reply = riverside.say(text, who="Cllr Maria Lopez")
    assert riverside.snapshot() == before, reply.text


@pytest.mark.parametrize("text", [
    "the first item on the February agenda should go to the future items list",
    "add item 3 on the March agenda to the future items list",
    "Given the tree survey has come back early, let's have the cemetery item at the March meeting",
])
def test_a_place_on_an_agenda_or_a_sentence_is_never_a_new_title(riverside, text):
    before = set(riverside.titles(withdrawn=True))
    reply = riverside.say(text, who="Cllr Maria Lopez")
    assert set(riverside.titles(withdrawn=True)) <= before, reply.text


@pytest.mark.parametrize("text", [
    "could we add bus shelters to March? Dev to lead",
    "add bus shelters to March. Dev Patel to lead please",
])
def test_the_lead_said_after_the_request_leads_the_new_item(riverside, text):
    reply = riverside.say(text, who="Cllr Maria Lopez")
    assert list(riverside.titles()["Bus shelters"].leads) == ["Dev Patel"], reply.text
