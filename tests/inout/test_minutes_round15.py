"""Round 15: what the first measured split showed when read, in our own wording: the meeting's own business, feelings,
papers that act, a topic said before the request, and what is still awaited."""
from __future__ import annotations

import pytest

from bot.minutes import read_minutes

HEAD = "Overview and Scrutiny Panel\nMinutes of the meeting held on 4 March 2025\n\n5. Leisure Services\n"

NOTHING_OWED = [
    "The Panel agreed to consider item 9 next on the agenda, followed by items 6 and 7.",
    "AGREED to take item 4 on the agenda as private business.",
    "Item 6 would be taken in two parts: (a) the pool closure and (b) the gym contract.",
    "The Mayor ruled and the Council agreed to consider the Motion after item 11.",
    "To allow a member of the public to present a petition, ask a question or make a statement.",
    "Residents who have given notice will be invited to speak.",
    "The Vice-Chair asked that item 5c in the minutes of the meeting held on 2 May be amended to include Cllr Oduya.",
    "Cabinet, at its meeting on 3 April 2025, will consider a report seeking approval for the leisure review.",
    "The Chair said he was pleased to see version numbers used on this report.",
    "Members of the Panel who would consider all evidence presented were named in the scoping report.",
    "The Leisure Strategy would provide key information for staff and would inform residents of the Council's aims.",
    "what had been done to work with the trust to explore potential to reopen the smaller pools",
    "Councillor Amis wanted to clarify to residents that the pool had not been closed for good.",
    "He told the Panel that a further phase had been added to the programme.",
]


@pytest.mark.parametrize("sentence", NOTHING_OWED)
def test_what_the_meeting_did_or_felt_owes_nothing(sentence):
    assert read_minutes(HEAD + sentence + "\n").proposals == ()


OWED = [  # sentence, words the subject must hold, due words
    ("With regard to Pool Charges, the Clerk was due to follow up on this action with the Director of Leisure.",
     ("Pool Charges", "follow up"), ""),
    ("With reference to paragraph 4.2, Swimming Lessons, the Clerk advised that an update on when the Panel would "
     "receive the information requested would be brought to the next meeting.", ("Swimming Lessons",), "next meeting"),
    ("Review of Outside Bodies – The working group had made some suggestions and Councillor Hale will meet with the "
     "Democratic Services Manager to take this forward.",
     ("Review of Outside Bodies", "Democratic Services Manager"), ""),
    ("Members heard that the gym plan was being revised and that an update report would follow in the summer.",
     ("Update report",), "summer"),
    ("The Panel were awaiting an outline business case from the Head of Leisure for the trust options.",
     ("business case", "trust options"), ""),
    ("Councillor Yates said she had not yet received the briefing note promised in the answer to her question.",
     ("briefing note",), ""),
    ("The Chair asked to be informed of where the new changing places would be sited.", ("changing places",), ""),
    ("He will consult with the swimming clubs mentioned.", ("swimming clubs",), ""),
    ("In the absence of the Director, it was agreed that the Leisure Question Time would be deferred to the "
     "meeting in June 2025.", ("Leisure Question Time",), "June 2025"),
    ("T H A T a report on the pool closures be brought to the next meeting of the Panel.", ("pool closures",),
     "next meeting"),
]


@pytest.mark.parametrize(("sentence", "words", "due"), OWED)
def test_what_is_owed_is_found_and_named_by_its_topic(sentence, words, due):
    proposals = read_minutes(HEAD + sentence + "\n").proposals
    assert len(proposals) == 1, proposals
    assert all(w.lower() in proposals[0].subject.lower() for w in words), proposals[0].subject
    assert proposals[0].due_text == due


def test_a_word_printed_letter_by_letter_is_read_but_initials_are_kept():
    proposals = read_minutes(HEAD + "R E S O L V E D that Mr J A B Smith provide a breakdown of pool usage.\n").proposals
    assert [p.subject for p in proposals] == ["Breakdown of pool usage"]
    assert proposals[0].lead == "Mr J A B Smith"
