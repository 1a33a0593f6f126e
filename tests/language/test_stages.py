"""Each stage alone: normalising Slack text, finding references, deciding."""
from datetime import UTC

import pytest

from bot.language.decide import decide
from bot.language.normalise import MAX_LENGTH, normalise
from bot.language.references import find_references
from bot.language.titles import clear_hit, rank_titles, search_titles
from bot.language.vocabulary import tokens
from bot.models import Person
from tests.language.conftest import NOW


def test_slack_markup_mentions_emoji_and_escapes_become_plain_words():
    text = "<@U0PATEL> *pls* move the `fees` item -> Feb :thumbsup: 👍 &amp; thanks, Ruth"
    assert normalise(text, {"U0PATEL": "Dev Patel"}) == "Dev Patel pls move the fees item to Feb & thanks,"


def test_a_link_keeps_its_words_and_a_channel_ping_goes():
    assert normalise("see <https://evil.example|the paper> <!channel>") == "see the paper"


def test_a_long_message_keeps_its_start_and_end():
    text = normalise("add " + "word " * 3000 + "to the next meeting")
    assert len(text) <= MAX_LENGTH + 1 and text.startswith("add word") and text.endswith("to the next meeting")


def _refs(riverside, text):
    store = riverside.store
    titles = store.item_titles(riverside.panel.id)
    subjects = {m.id: m.subject for m in store.matters(riverside.panel.id)}
    return find_references(text, NOW, store.people(), titles, subjects), titles, subjects


def test_plurals_typos_and_bracketed_abbreviations_find_the_item(riverside):
    for text, title in [("anything on cemeteries", "Cemetery Provision Review"),
                        ("the libaries strategy", "Libraries Strategy"),
                        ("whens the DoLS report due", "Deprivation of Liberty Safeguards (DoLS) Annual Report"),
                        ("street lighting", "Street Lighting LED Replacement")]:
        refs, titles, _ = _refs(riverside, text)
        assert titles[refs.item] == title, text


@pytest.mark.parametrize("said, title", [
    ("add Ebenezer as co-author on postal votes", "Postal Vote Handling and Returns"),
    ("any news on the business rates?", "Business Rate Relief Review"),
    ("the homes one", "Care Home Fees"),
])
def test_plurals_of_short_words_find_the_title_that_says_them_once(said, title):
    titles = {1: "Postal Vote Handling and Returns", 2: "Voter Identification Lessons Learned",
              3: "Business Rate Relief Review", 4: "Rat Control Contract", 5: "Care Home Fees", 6: "Hom Valley Trail"}
    hits = rank_titles(tokens(said), titles, set())
    assert titles[clear_hit(tuple(hits))] == title, hits


def test_numbers_tell_numbered_items_apart(riverside):
    refs, titles, _ = _refs(riverside, "budget scrutiny session 2")
    assert titles[refs.item] == "Budget Scrutiny Session 2"


def test_words_that_fit_two_items_name_neither(riverside):
    refs, titles, _ = _refs(riverside, "the libraries item")
    assert refs.item is None
    assert {titles[h.thing] for h in refs.items} == {"Libraries Strategy", "Libraries Opening Hours Review"}


def test_people_by_first_name_surname_and_title(riverside):
    refs, _, _ = _refs(riverside, "what's Aisha got")
    assert refs.person.name == "Aisha Begum"
    refs, _, _ = _refs(riverside, "anything for Cllr Lopez")
    assert refs.person.name == "Cllr Maria Lopez"
    refs, _, _ = _refs(riverside, "Jo to lead on it")
    assert refs.person is None and {h.thing.name for h in refs.people} == {"Jo Clarke", "Jo Marsh"}


def test_an_unknown_persons_surname_is_not_someone_elses(riverside):
    refs, _, _ = _refs(riverside, "what is Sam Patel presenting")
    assert refs.person is None


def test_a_matter_is_found_as_a_matter(riverside):
    refs, _, subjects = _refs(riverside, "the tree survey briefing has gone round")
    assert subjects[refs.matter] == "Tree survey briefing note"
    assert "MATTERX" in refs.masked


def test_decisions_act_ask_or_say_so():
    assert decide([("move_item", 0.9), ("withdraw_item", 0.05)]) == ("act", ["move_item"])
    verdict, offered = decide([("move_item", 0.45), ("withdraw_item", 0.3), ("set_lead", 0.1)])
    assert verdict == "ask" and offered[:2] == ["move_item", "withdraw_item"]
    assert decide([("none", 0.9), ("help", 0.05)])[0] == "lost"
    assert decide([("search", 0.35), ("on_programme", 0.3)])[0] == "act"


def test_feb_22_is_a_month_and_a_year_not_a_day():
    from datetime import datetime

    from bot.days.dates import parse_when

    now = datetime(2021, 9, 1, tzinfo=UTC)
    assert parse_when("what was on in Feb 22", now).month == (2022, 2)
    assert parse_when("Feb 22nd", now).day.isoformat() == "2022-02-22"
    assert parse_when("22 Feb", now).day.isoformat() == "2022-02-22"


_TITLES = {1: "Corporate Peer Challenge (CPC) Action Plan", 2: "Corporate Peer Challenge (CPC) - Findings",
           3: "Minerals Plan - Regulation 19 Consultation", 4: "Adult Learning and Community Education",
           5: "Community Transport Review", 6: "Special Educational Needs (SEN) Transport Policy"}


def _hit(text):
    return find_references(text, NOW, (), _TITLES, {}).item


def test_the_generic_words_of_a_title_tell_two_titles_apart():
    assert _hit("where is the CPC action plan") == 1
    assert _hit("is the CPC findings paper in") == 2
    assert _hit("the peer challenge item") is None  # both say it: ask, never pick


def test_shortened_words_find_the_title_they_begin():
    assert _hit("who's got the reg 19 paper") == 3
    assert _hit("how's the community ed report going") == 4


def test_an_abbreviation_in_capitals_is_a_name_even_when_it_is_an_everyday_word():
    assert _hit("SEN transport paper sent") == 6
    assert _hit("can you send the transport review") == 5


def test_a_first_name_and_initial_is_that_person(riverside):
    refs, _, _ = _refs(riverside, "Jo M to lead on it")
    assert refs.person.name == "Jo Marsh"
    refs, _, _ = _refs(riverside, "Jo C's report")
    assert refs.person.name == "Jo Clarke"


def test_a_week_commencing_is_a_week_not_a_day():
    refs = find_references("special meeting w/c 8th June", NOW, (), {}, {})
    assert refs.when.kind == "range" and refs.when.day.weekday() == 0 and (refs.when.until - refs.when.day).days == 6


def test_an_items_span_is_the_run_of_words_that_names_it():
    refs = find_references("pothole paper sent to Jo this morning, sorry for the delay", NOW, (),
                           {1: "Pothole Repairs and Resurfacing Delays"}, {})
    assert refs.item == 1 and refs.masked.startswith("ITEMX paper sent to Jo this morning")


def test_a_titles_everyday_words_are_part_of_saying_it_all():
    titles = {1: "Treasury Management Annual Report", 2: "Treasury Management Mid-Year Review",
              3: "Treasury Management Strategy Statement"}
    refs = find_references("treasury management?", NOW, (), titles, {})
    assert refs.item is None and len(refs.items) == 3  # all three fit: a topic, not one of them
    assert find_references("treasury management annual report", NOW, (), titles, {}).item == 1


def test_initials_of_a_sentence_case_title_in_capitals():
    matters = {1: "Fixed penalty notices issued by month", 2: "Fleet emissions figures"}
    assert find_references("close the FPN action", NOW, (), {}, matters).matter == 1
    assert find_references("the fpn thing", NOW, (), {}, matters).matter is None  # lower case: not initials


def test_names_and_titles_match_with_or_without_their_accents():
    people = (Person(1, "Zoë Brontë-Hughes", "zoe@example.org", None, ()), Person(2, "Rhys ap Dafydd", None, None, ()))
    assert find_references("what has Zoe got", NOW, people, {}, {}).person.name == "Zoë Brontë-Hughes"
    assert find_references("Brontë Hughes to lead", NOW, people, {}, {}).person.name == "Zoë Brontë-Hughes"
    titles = {1: "Café Culture and Pavement Licences", 2: "Pavement Parking Enforcement"}
    assert find_references("the cafe culture paper", NOW, (), titles, {}).item == 1
    assert find_references("the café culture paper", NOW, (), titles, {}).item == 1


def test_may_before_a_meeting_word_is_the_month_and_a_verb_otherwise():
    assert find_references("may agenda pls", NOW, (), {}, {}).when.month[1] == 5
    assert find_references("whats on at the may panel", NOW, (), {}, {}).when.month[1] == 5
    assert find_references("the report may be late", NOW, (), {}, {}).when is None


def test_a_three_digit_service_number_names_its_title():
    titles = {1: "NHS 111 call handling times", 2: "NHS dental access", 3: "Budget 2026/27"}
    assert find_references("where's the 111 report", NOW, (), titles, {}).item == 1
    assert find_references("the 2026 one", NOW, (), titles, {}).item is None  # a year names nothing alone


def test_a_numbered_items_number_stays_with_its_words(riverside):
    reply = riverside.say("we're not moving the budget scrutiny session 2 item, Jo has booked the room")
    assert reply.ask is None and "Budget Scrutiny Session 2" in reply.text


def test_a_lettered_number_finds_the_title_that_spells_it_out():
    titles = {1: "Section 106 Agreements - Unspent Contributions", 2: "CIL Charging Schedule"}
    assert find_references("anything on s106 money?", NOW, (), titles, {}).item == 1


def test_initials_count_each_part_of_a_hyphenated_word():
    titles = {1: "Unaccompanied Asylum-Seeking Children and the National Transfer Scheme", 2: "Children in Care"}
    assert find_references("rename the UASC item to Asylum Support", NOW, (), titles, {}).items[0].thing == 1


def test_a_month_before_board_or_panel_is_that_meeting_never_an_item():
    titles = {1: "Board Work Programme", 2: "Panel Membership Review"}
    refs = find_references("has anyone sent their report in for the may board", NOW, (), titles, {})
    assert refs.when.month[1] == 5 and not refs.items and "DATEX meeting" in refs.masked
    assert not find_references("what's on at the june panel?", NOW, (), titles, {}).items


def test_initials_keep_the_of_people_say_in_them():
    titles = {1: "Freedom of Information Performance", 2: "Fraud Investigations Annual Report"}
    assert find_references("who's doing the FOI report", NOW, (), titles, {}).item == 1


def test_a_plural_finds_the_longer_title_word_it_begins():
    titles = {1: "NHS Dentistry Access", 2: "Standing Orders Review"}
    assert find_references("anything about dentists", NOW, (), titles, {}).item == 1


def test_initials_shared_by_a_series_leave_its_other_words_to_say_which():
    titles = {1: "Clean Air Zone - Engagement Findings", 2: "Clean Air Zone - Final Zone Boundary",
              3: "Clean Air Zone - Charging Options"}
    assert find_references("who's presenting the CAZ engagement paper", NOW, (), titles, {}).item == 1
    assert find_references("is the CAZ charging one in", NOW, (), titles, {}).item == 3
    assert find_references("the CAZ item", NOW, (), titles, {}).item is None  # all three: ask
    assert find_references("HRA rent paper", NOW, (), {1: "Housing Revenue Account - Business Plan",
                                                        2: "Housing Revenue Account - Rent Setting"}, {}).item == 2


def test_two_title_words_run_together_are_both_said():
    titles = {1: "Fly Tipping Enforcement", 2: "Street Cleansing Standards"}
    assert find_references("any news on flytipping", NOW, (), titles, {}).item == 1


def test_a_week_today_and_a_fortnight_on_a_weekday():
    monday = NOW.date()  # Monday 10 November 2025
    assert find_references("what's on a week today", NOW, (), {}, {}).when.day == monday.replace(day=17)
    assert find_references("papers due a week tomorrow", NOW, (), {}, {}).when.day == monday.replace(day=18)
    assert find_references("a fortnight on friday", NOW, (), {}, {}).when.day == monday.replace(day=28)


def test_a_greeting_ended_by_an_emoji_is_not_part_of_the_message():
    assert normalise("Morning Ruth 👋 quick one, when's the next meeting?") == "when's the next meeting?"


def test_a_bank_holiday_is_a_date_not_a_title_word():
    refs = find_references("will the bank holiday move the agenda date", NOW, (), {1: "Holiday Activities Programme"}, {})
    assert refs.item is None


def test_the_work_programme_is_the_programme_not_its_work_programme_item():
    titles = {1: "Select Committee Work Programme", 2: "Climate Action Plan - Progress Report"}
    assert find_references("WP as it stands?", NOW, (), titles, {}).items == ()
    assert find_references("work prog?", NOW, (), titles, {}).items == ()
    assert find_references("who is presenting the select committee WP item", NOW, (), titles, {}).item == 1


def test_a_title_without_a_comma_is_named_before_the_comma():
    refs = find_references("park the playing pitch strategy, Sport England haven't replied", NOW, (),
                           {1: "Playing Pitch and Outdoor Sports Strategy"}, {})
    assert refs.item == 1 and refs.masked.startswith("park the ITEMX , Sport England")


def test_a_bracketed_abbreviation_says_the_words_it_stands_for():
    titles = {1: "Special Guardianship Orders (SGO) Review", 2: "Kinship Care Allowances Policy"}
    hits = find_references("is the SGO one ready", NOW, (), titles, {}).items
    assert hits[0].thing == 1 and hits[0].whole >= 0.5


def test_a_long_chatty_message_still_names_the_item_its_question_sentence_names():
    titles = {1: "Disabled Facilities Grants (DFG) Delivery", 2: "Housing Allocations Policy", 3: "Empty Homes Review"}
    text = ("Hi, apologies if this is an obvious one but when would you like my DFG paper? "
            "I'm away a fair bit in the spring so trying to plan ahead. Many thanks")
    assert find_references(text, NOW, (), titles, {}).item == 1


def test_words_followed_by_item_name_the_item_not_an_action_on_the_same_topic():
    refs = find_references("park the pharmacy access item, the LPC have asked for more time", NOW, (),
                           {1: "Community Pharmacy Access", 2: "Minor Injuries Units"},
                           {1: "Letter to the LPC on pharmacy access"})
    assert "ITEMX item" in refs.masked and "MATTERX" not in refs.masked


def test_an_everyday_word_a_title_uses_itself_names_that_title_only():
    titles = {1: "Winter Service Plan", 2: "Winter Service - Gritting Performance", 3: "Highway Defects Policy"}
    assert find_references("when's the gritting report due", NOW, (), titles, {}).item == 2
    assert find_references("any news on potholes", NOW, (), titles, {}).item == 3


def test_may_after_to_or_in_is_the_month_and_before_be_is_the_verb():
    from bot.language.masking import mask_dates
    assert mask_dates("the fees paper is going to May instead") == "the fees paper is going to DATEX instead"
    assert mask_dates("push it back to may please") == "push it back to DATEX please"
    assert mask_dates("it may be late") == "it may be late"


def test_a_date_corrected_after_sorry_replaces_the_one_before():
    assert normalise("add a meeting on 12 May pls - sorry, Tuesday 13 May") == "add a meeting on Tuesday 13 May pls"
    assert normalise("move the 3 March meeting to 10 March, sorry I mean 17 March") == "move the 3 March meeting to 17 March"
    apology = "add a meeting on 4 June, sorry for the short notice"
    assert normalise(apology) == apology


def test_a_clause_names_its_item_whatever_month_it_goes_to():
    from bot.language.item_refs import named_in_a_clause
    titles = {1: "Gigabit Fibre Rollout in Rural Areas", 2: "Bus Service Improvement Plan", 3: "Skills Bootcamps"}
    text = "we're pushing the fibre item to november, the supplier hasn't signed the contract"
    assert named_in_a_clause(text, titles) == "Gigabit Fibre Rollout in Rural Areas"


def test_a_slip_in_a_keyword_is_mended_and_other_words_are_left_alone():
    said = normalise("whos presentng at the febuary meting, is the commitee agnda out")
    assert said == "whos presenting at the february meeting, is the committee agenda out"
    assert normalise("the statues report and both meetings") == "the statues report and both meetings"


def test_a_line_break_or_emoji_before_a_capital_ends_a_sentence():
    assert normalise("back from leave\nWhat's on next week") == "back from leave. What's on next week"
    assert normalise("lovely weekend 🌷 Quick one") == "lovely weekend. Quick one"
    assert normalise("report is in 👍 thanks") == "report is in thanks"


def test_a_date_taken_back_is_replaced_by_the_one_said_after():
    assert normalise("an extra meeting for the sign-off - wed 9 june? no wait, 16 june") == \
        "an extra meeting for the sign-off - wed 16 june"
    assert normalise("tue 22 june? no, 29 june") == "tue 29 june"
    assert normalise("new item for july: Chest Spend - no wait, make it november") == "new item for november: Chest Spend"
    assert normalise("no, the march meeting is fine") == "no, the march meeting is fine"


def test_capitals_in_a_title_keep_all_their_letters_in_its_initials():
    titles = {1: "UK Shared Prosperity Fund Legacy Projects", 2: "Shared Parking Facilities"}
    assert search_titles("drop the UKSPF item", titles)[:1] == [1]


def test_a_short_first_name_and_an_initial_is_that_person():
    people = (Person(1, "Joanne Threlfall", None, None, ()), Person(2, "Jo Marsh", None, None, ()),
              Person(3, "William Ashdown", None, None, ()))
    said = find_references("what's Jo T down for", NOW, people, {}, {})
    assert [h.thing.name for h in said.people] == ["Joanne Threlfall"]
    assert not find_references("Will the report be late?", NOW, people, {}, {}).people  # 'will' is a word


def test_the_meeting_after_a_holiday_is_after_the_coming_one_or_the_one_just_gone():
    from datetime import date, datetime

    from bot.days.dates import parse_when
    assert parse_when("the meeting after Christmas", datetime(2041, 12, 28, tzinfo=UTC)).day == date(2041, 12, 26)
    assert parse_when("the meeting after Easter", datetime(2041, 2, 22, tzinfo=UTC)).day == date(2041, 4, 23)
    assert parse_when("after Easter", datetime(2041, 2, 22, tzinfo=UTC)) is None  # the name alone is a word
