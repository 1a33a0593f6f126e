"""Questions as people type them, on the demo programme (today is Wednesday 1 September 2021)."""
from datetime import date, datetime

import pytest

from bot.changes import AddMatter
from tests.conftest import LONDON
from tests.conversation.conftest import Talk

NEXT = ["19 October 2021", "Domestic Abuse Act 2021", "CHANNEL guidance", "Local Account"]
FEB = ["15 February 2022", "Fee Review", "Social Isolation"]
JULY = ["20 July 2021", "Principal Social Worker", "Mandatory Vaccinations"]
OFFICER, BECKY, HANNAH, NOBODY = "Earl Piggott-Smith", "Becky Wilkinson", "Hannah Pawley", None

QUESTIONS = [
    # The next meeting.
    ("what's due next meeting?", NOBODY, NEXT, ["Fee Review"]),
    ("What's due at the next meeting", OFFICER, NEXT, []),
    ("when is the next meeting?", NOBODY, NEXT, []),
    ("next meeting", NOBODY, NEXT, []),
    ("whats on the next agenda", BECKY, NEXT, []),
    ("When do we next meet?", NOBODY, NEXT, []),
    ("What's coming up?", NOBODY, NEXT, []),
    ("what are we looking at next time", NOBODY, NEXT, []),
    ("what's on the agenda for the next panel?", NOBODY, NEXT, []),
    ("anything due at the next meeting?", NOBODY, NEXT, []),
    ("Where is the next meeting?", NOBODY, ["19 October 2021"], []),
    ("tell me about the upcoming meeting", NOBODY, NEXT, []),
    ("@scrutiny what's due next meeting", NOBODY, NEXT, []),
    # A given meeting, by date or month.
    ("what's on in February?", NOBODY, FEB, ["Domestic Abuse"]),
    ("what was on 20 July?", NOBODY, JULY, []),
    ("what do we have on 19/10?", NOBODY, NEXT, []),
    ("agenda for the February meeting", NOBODY, FEB, []),
    ("What's on the agenda on 15th Feb?", NOBODY, FEB, []),
    ("what was discussed in July?", NOBODY, JULY, []),
    ("show me the October meeting", NOBODY, NEXT, []),
    ("what's on 15/02/2022", NOBODY, FEB, []),
    ("items for the feb meeting", NOBODY, FEB, []),
    ("What's happening on the 19th of October?", NOBODY, NEXT, []),
    ("what's on in March?", NOBODY, ["no meeting", "March 2022"], []),
    ("what's on 31 February?", NOBODY, ["February has no day 31"], []),
    ("what's on 20/13?", NOBODY, ["isn't a date"], []),
    ("31 February", NOBODY, ["February has no day 31"], []),
    # The whole programme and its parts.
    ("show the work programme", NOBODY, JULY + NEXT + FEB + ["Possible future items"], []),
    ("Show me the whole work programme", NOBODY, ["Possible future items", "Headlines from Self Assessment"], []),
    ("work programme please", NOBODY, ["15 February 2022"], []),
    ("can I see the forward plan?", NOBODY, ["15 February 2022"], []),
    ("what's on the programme?", NOBODY, ["19 October 2021", "15 February 2022"], []),
    ("what's TBC?", NOBODY, ["Headlines from Self Assessment", "Workforce Health Check"], ["Fee Review"]),
    ("which items are still tbc", NOBODY, ["Assisted Technologies"], []),
    ("possible future items", NOBODY, ["digital inclusion"], []),
    ("what hasn't been scheduled yet?", NOBODY, ["Headlines from Self Assessment"], []),
    ("anything without a date?", NOBODY, ["Headlines from Self Assessment"], []),
    ("What future items do we have?", NOBODY, ["Adult Social Work Health Check"], []),
    ("any standing items?", NOBODY, ["no standing items"], []),
    ("what are the standing items", NOBODY, ["no standing items"], []),
    ("when are the meetings?", NOBODY, ["20 July 2021", "19 October 2021", "15 February 2022"], []),
    ("list the meetings", NOBODY, ["15 February 2022"], []),
    ("meeting dates please", NOBODY, ["19 October 2021 ← next"], []),
    # People and what they present.
    ("what is Becky Wilkinson presenting?", NOBODY, ["Local Account", "Social Isolation", "Self Assessment"],
     ["Fee Review"]),
    ("What's Hannah Pawley doing?", NOBODY, ["Domestic Abuse", "CHANNEL"], []),
    ("reports from Alicia Woods", NOBODY, ["Fee Review"], []),
    ("Becky's reports", NOBODY, ["Local Account"], []),
    ("what is Tom Denham leading on?", NOBODY, ["Social Isolation"], []),
    ("is Hannah presenting?", NOBODY, ["Domestic Abuse"], []),
    ("what does Heather Clarke have?", NOBODY, ["digital inclusion"], []),
    ("what has Jenny Rogers got?", NOBODY, ["not down to present"], []),
    ("what is Nobody Smith presenting", NOBODY, ["don't know anyone"], []),
    ("what am I presenting?", BECKY, ["You are", "Local Account", "Social Isolation"], []),
    ("What do I owe the panel?", BECKY, ["Local Account"], []),
    ("my reports", HANNAH, ["Domestic Abuse", "Safer Wolverhampton"], []),
    ("what's due from me?", HANNAH, ["CHANNEL"], []),
    ("am I on the agenda?", BECKY, ["Local Account"], []),
    ("what am I presenting?", NOBODY, ["don't know who you are"], []),
    # Deadlines.
    ("when is my report due?", BECKY, ["Local Account", "10:00 on Monday 4 October 2021", "31 January 2022"], []),
    ("my deadlines", HANNAH, ["4 October 2021"], []),
    ("When do I need to submit my report?", BECKY, ["4 October 2021"], []),
    ("when's my paper due?", HANNAH, ["4 October 2021"], []),
    ("When do I have to send my report in?", BECKY, ["4 October 2021"], []),
    ("when is Hannah's report due?", NOBODY, ["4 October 2021"], []),
    ("when is Alicia Woods's report due", NOBODY, ["31 January 2022"], []),
    ("when is the CHANNEL report due?", NOBODY, ["4 October 2021"], []),
    ("when is the fee review due?", NOBODY, ["31 January 2022"], []),
    ("when's the social isolation paper due", NOBODY, ["31 January 2022"], []),
    ("when are reports due for the February meeting?", NOBODY, ["31 January 2022"], []),
    ("when is the agenda published for the next meeting?", NOBODY, ["11 October 2021"], []),
    ("what's the report deadline for 15 Feb?", NOBODY, ["31 January 2022"], []),
    ("what's the deadline for the next meeting?", NOBODY, ["4 October 2021"], []),
    # History, membership and search.
    ("when did we last have a report on vaccinations?", NOBODY, ["20 July 2021"], []),
    ("When did we last see the principal social worker report?", NOBODY, ["20 July 2021"], []),
    ("when was domestic abuse last considered?", NOBODY, ["no report yet", "19 October 2021"], []),
    ("last report on mandatory vaccinations", NOBODY, ["20 July 2021"], []),
    ("when did we last look at housing?", NOBODY, ["can't find"], []),
    ("is domestic abuse on the work programme?", NOBODY, ["Yes", "19 October 2021"], []),
    ("Is housing on the programme?", NOBODY, ["No"], []),
    ("are we looking at social isolation?", NOBODY, ["Yes", "15 February 2022"], []),
    ("when are we getting the fee review?", NOBODY, ["15 February 2022"], []),
    ("When is the CHANNEL update coming to panel?", NOBODY, ["19 October 2021"], []),
    ("is there an item on assisted technologies on the programme?", NOBODY, ["Yes", "Assisted Technologies"], []),
    ("anything about vaccination?", NOBODY, ["Mandatory Vaccinations"], []),
    ("search for care providers", NOBODY, ["Fee Review"], []),
    ("find digital inclusion", NOBODY, ["digital inclusion"], []),
    ("any reports on domestic abuse?", NOBODY, ["Domestic Abuse"], []),
    ("anything on potholes?", NOBODY, ["Nothing about"], []),
    ("who is the chair?", NOBODY, ["Val Evans"], []),
    ("who's the scrutiny officer?", NOBODY, ["Earl Piggott-Smith"], []),
    ("who is on the panel?", NOBODY, ["Sohail Khan"], []),
    # Status, detail and time spans.
    ("has Becky sent her report yet?", NOBODY, ["Local Account", "4 October 2021"], []),
    ("what's the status of the fee review?", NOBODY, ["Alicia Woods", "awaiting the report", "31 January 2022"], []),
    ("Where are we with the workforce health check?", NOBODY, ["Workforce Health Check", "date tbc"], []),
    ("Tell me everything about the CHANNEL item", NOBODY, ["Hannah Pawley", "4 October 2021"], []),
    ("what's Becky got on?", NOBODY, ["Local Account", "Self Assessment"], []),
    ("Can you tell me what Hannah is presenting in October?", NOBODY, ["Hannah Pawley at the 19 October 2021 meeting",
                                                                      "CHANNEL"], ["Local Account"]),
    ("is Becky presenting at the next meeting?", NOBODY, ["Local Account"], ["Social Isolation"]),
    ("what is Alicia Woods presenting in October?", NOBODY, ["not presenting at the 19 October 2021 meeting"], []),
    ("what's happening in the panel this month", NOBODY, ["no meeting", "30 September 2021"], []),
    ("what's still to come this year?", NOBODY, NEXT, ["Fee Review"]),
    ("what's on next year?", NOBODY, FEB, ["Domestic Abuse"]),
    # Found by typing the way officers and authors write.
    ("whats next", NOBODY, NEXT, []),
    ("Anything for me to do?", BECKY, ["Local Account", "Social Isolation"], []),
    ("Do I have anything on the next agenda?", BECKY, ["Becky Wilkinson at the 19 October 2021 meeting", "Local Account"],
     ["Social Isolation"]),
    ("Who's presenting the CHANNEL item?", NOBODY, ["Lead: Hannah Pawley"], []),
    ("who is doing the fee review", NOBODY, ["Lead: Alicia Woods"], []),
    ("Who's the lead on social isolation?", NOBODY, ["Lead: Becky Wilkinson, Sandra Ashton-Jones and Tom Denham"], []),
    ("When's the domestic abuse report coming?", NOBODY, ["19 October 2021"], []),
    ("where's the July meeting?", NOBODY, JULY, []),
    ("How many meetings are left?", NOBODY, ["19 October 2021 ← next"], []),
    ("show items without a lead", NOBODY, ["Assisted Technologies", "Workforce Health Check"], ["Fee Review"]),
    ("show me last meeting", NOBODY, JULY, []),
    ("What was on the agenda last time?", NOBODY, JULY, []),
    ("any updates on vaccinations", NOBODY, ["Mandatory Vaccinations"], []),
    # A third round: panel members' and authors' wording.
    ("What items are scheduled for the 19th?", NOBODY, NEXT, []),
    ("What's the agenda looking like for Feb?", NOBODY, FEB, []),
    ("Remind me when the next meeting is", NOBODY, NEXT, []),
    ("Are there any reports due this week?", NOBODY, ["No report deadlines fall between 1 September 2021 and "
                                                       "5 September 2021"], []),
    ("What reports are due in the next month?", NOBODY, ["By 10:00 on Monday 4 October 2021", "4 reports still to come"],
     []),
    ("which reports are still outstanding for the next meeting?", NOBODY, ["Still to come for the 19 October 2021 "
                                                                            "meeting (4 of 4"], []),
    ("has the local account report been submitted?", NOBODY, ["Status: awaiting the report"], []),
    ("Is the fee review report in yet?", NOBODY, ["Alicia Woods", "awaiting the report"], []),
    ("What does Hannah need to send?", NOBODY, ["Domestic Abuse", "CHANNEL"], []),
    ("list Hannah's reports", NOBODY, ["Hannah Pawley is lead on 3 items"], []),
    ("What's on Becky's plate?", NOBODY, ["Local Account"], []),
    ("What's the deadline for my report?", BECKY, ["Your report deadlines", "4 October 2021"], []),
    ("how long have I got to write my report?", BECKY, ["4 October 2021"], []),
    ("what's happened to the vaccinations item?", NOBODY, ["Mandatory Vaccinations", "Meeting: 20 July 2021"], []),
    ("was the CHANNEL item deferred?", NOBODY, ["Status: awaiting the report", "19 October 2021"], []),
    ("any matters arising?", NOBODY, ["no open outstanding matters"], []),
    ("agenda", NOBODY, NEXT, []),
    ("what's on", NOBODY, NEXT, []),
    # A fourth round.
    ("When do reports for the February meeting have to be in?", NOBODY, ["31 January 2022"], []),
    ("who do I need to chase for October?", OFFICER, ["Still to come for the 19 October 2021 meeting"], []),
    ("what's the status of my report", BECKY, ["Your report deadlines", "Local Account"], []),
    ("What have we got on social care?", NOBODY, ["Mandatory Vaccinations"], []),
    ("Is there anything on the programme about dementia?", NOBODY, ["Nothing about “dementia”"], []),
    ("Did we look at domestic abuse last year?", NOBODY, ["Domestic Abuse", "no report yet"], []),
    ("Show me everything led by Hannah", NOBODY, ["Hannah Pawley is lead on 3 items"], []),
    ("What's left to schedule?", NOBODY, ["Headlines from Self Assessment"], []),
    ("When is the principal social worker report?", NOBODY, ["20 July 2021"], []),
    ("Who wrote the vaccinations report?", NOBODY, ["Lead: Becky Wilkinson"], []),
    # A fifth round; the first is a question that once read as a change.
    ("what is coming to the february panel", OFFICER, FEB, ["Moved", "Only the chair"]),
    ("which items have no meeting yet?", NOBODY, ["Headlines from Self Assessment"], []),
    ("remind me what I'm presenting", BECKY, ["You are lead on 3 items"], []),
    ("what's on my list?", BECKY, ["Local Account"], []),
    ("which reports are in?", NOBODY, ["Nothing is in yet for the 19 October 2021 meeting: all 4 reports"], []),
    ("which reports have been submitted for February?", NOBODY,
     ["Nothing is in yet for the 15 February 2022 meeting: all 2 reports"], []),
    ("who hasn't submitted yet?", NOBODY, ["Still to come for the 19 October 2021 meeting"], []),
    # Help and nonsense.
    ("help", NOBODY, ["what's due next meeting"], []),
    ("what can you do?", NOBODY, ["what am I presenting"], []),
    ("hi", NOBODY, ["Ask me"], []),
    ("asdfgh", NOBODY, ["didn't understand"], []),
    ("banana", NOBODY, ["didn't understand"], []),
    ("<script>alert(1)</script>", NOBODY, ["didn't understand"], []),
    ("   ", NOBODY, ["didn't get any text"], []),
]


@pytest.mark.parametrize("text, who, wanted, unwanted", QUESTIONS, ids=[q[0][:40] for q in QUESTIONS])
def test_question(talk, text, who, wanted, unwanted):
    reply = talk(text, who)
    for fragment in wanted:
        assert fragment.lower() in reply.lower(), reply
    for fragment in unwanted:
        assert fragment.lower() not in reply.lower(), reply


MATTER_QUESTIONS = [
    ("outstanding matters", BECKY, ["List of establishments", "Breakdown of care home fees"], []),
    ("what actions are outstanding?", NOBODY, ["List of establishments"], []),
    ("show the schedule of outstanding matters", NOBODY, ["Breakdown of care home fees"], []),
    ("open actions please", NOBODY, ["List of establishments"], []),
    ("my actions", BECKY, ["List of establishments"], ["Breakdown"]),
    ("what actions does Alicia Woods have?", NOBODY, ["Breakdown"], ["List of establishments"]),
    ("actions for Alicia", NOBODY, ["Breakdown"], ["List of establishments"]),
    ("what actions are due at the next meeting?", NOBODY, ["List of establishments"], ["Breakdown"]),
]


@pytest.mark.parametrize("text, who, wanted, unwanted", MATTER_QUESTIONS, ids=[q[0] for q in MATTER_QUESTIONS])
def test_matter_question(talk, text, who, wanted, unwanted):
    panel = talk.panel
    talk.store.add_matter(AddMatter(panel.id, "List of establishments", "Becky Wilkinson", date(2021, 10, 19)))
    talk.store.add_matter(AddMatter(panel.id, "Breakdown of care home fees", "Alicia Woods", date(2022, 2, 15)))
    reply = talk(text, who)
    for fragment in wanted:
        assert fragment.lower() in reply.lower(), reply
    for fragment in unwanted:
        assert fragment.lower() not in reply.lower(), reply


@pytest.mark.parametrize("text", ["which reports are late?", "what's overdue?", "who do I need to chase?",
                                  "Any reports missing?", "what reports haven't come in?"])
def test_overdue_after_the_deadline(demo_store, text):
    talk = Talk(demo_store, now=datetime(2021, 10, 5, 9, 0, tzinfo=LONDON))
    talk("I've sent the Local Account report", BECKY)
    reply = talk(text)
    assert "3 reports overdue" in reply and "Domestic Abuse" in reply and "Local Account" not in reply


def test_nothing_overdue_before_the_deadline(talk):
    assert "No reports are overdue" in talk("which reports are late?")
