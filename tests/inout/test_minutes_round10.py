"""Round 10 of the minutes reader: agenda items found however a council numbers its minutes, in wording of our own."""
from __future__ import annotations

from datetime import date

from bot.minutes import read_minutes
from bot.minutes.structure import split_items


def _titles(text: str) -> list[str]:
    return [title for title, _ in split_items(text.splitlines())]


def _got(text: str) -> list[tuple[str, str]]:
    return [(p.subject, p.lead) for p in read_minutes(text, date(2025, 3, 11), (), None).proposals]


def test_minutes_numbered_through_the_year_start_anywhere_and_a_list_inside_an_item_heads_nothing():
    text = ("## Declarations of interest\n"
            "Councillor Amara declared interests in the following bodies:\n"
            "1 Riverside Housing Trust\n"
            "2 Westfield Academy Trust\n"
            "98 Library Service Review\n"
            "The Head of Libraries presented the review of opening hours.\n"
            "RESOLVED that a report on Sunday opening be brought to the June meeting.\n")
    assert _titles(text)[-1] == "Library Service Review"
    # under the declarations it was never read: what is owed there is nothing
    assert [s for s, _ in _got(text)] == ["Report on Sunday opening"]


def test_three_and_four_digit_minute_numbers_are_headings_and_a_year_is_not():
    text = ("112 Apologies for absence\nApologies were received from Councillor Okafor.\n"
            "113 Parking Enforcement\nThe Parking Manager reported on penalty charge appeals.\n"
            "2024 Annual Survey Results\n"
            "RESOLVED that the appeal figures for each ward be circulated to members.\n")
    assert _titles(text) == ["Apologies for absence", "Parking Enforcement"]
    assert [s for s, _ in _got(text)] == ["Appeal figures for each ward"]


def test_year_prefixed_and_year_suffixed_minute_numbers_count_up_in_either_order():
    suffixed = ("Minute 44/23 Apologies\nNone were received.\n"
                "Minute 45/23 Allotments\nThe waiting list was discussed.\n"
                "Minute 47/23 Bus Shelters\nMembers asked about repairs.\n")
    prefixed = ("23/61 Apologies\nNone were received.\n"
                "23/62 Allotments\nThe waiting list was discussed.\n"
                "23/65 Bus Shelters\nMembers asked about repairs.\n")
    assert _titles(suffixed) == ["Apologies", "Allotments", "Bus Shelters"]
    assert _titles(prefixed) == ["Apologies", "Allotments", "Bus Shelters"]


def test_a_gap_where_exempt_items_were_taken_out_still_starts_a_new_item():
    text = ("41 Apologies\nApologies were received from Councillor Byrne.\n"
            "48 Play Areas\nThe Parks Manager agreed to send members the inspection schedule for play areas.\n")
    assert _titles(text) == ["Apologies", "Play Areas"]
    assert [s for s, _ in _got(text)] == ["Inspection schedule for play areas"]


def test_a_numbered_list_inside_an_item_does_not_cut_it_even_where_its_count_passes_the_minute_number():
    text = ("3 Waste Strategy\nThe Waste Manager set out the options:\n"
            "1 Weekly food collections\n2 Fortnightly residual collections\n3 Garden waste charging\n"
            "4 Textile collections\n"
            "RESOLVED that a report comparing the cost of each option be brought to the next meeting.\n"
            "4 Any Other Business\nThere was none.\n")
    assert _titles(text) == ["Waste Strategy", "Any Other Business"]


def test_dates_in_a_table_of_meetings_are_not_headings():
    text = ("7 Meeting Dates\nThe Committee agreed to meet on the following Thursdays:\n"
            "22 July 20 January\n9 September 10 February\n8 Work Programme\nThere were no changes.\n")
    assert _titles(text) == ["Meeting Dates", "Work Programme"]
