"""The demo database: seed 004's 2021-2022 draft work programme (Adults and Safer City Scrutiny Panel)."""
from __future__ import annotations

from datetime import date, time

from bot.changes import AddItem

PANEL = "Adults and Safer City Scrutiny Panel"
DEMO_NOW = "2021-09-01T09:00:00+01:00"
PRIORITY = "Strong, resilient and healthy communities"

PEOPLE = [
    ("Cllr Val Evans", "chair"),
    ("Cllr Sohail Khan", "vice-chair"),
    ("Earl Piggott-Smith", "scrutiny-officer"),
]

# (meeting date, agenda publication, [(title, leads, notes)])
MEETINGS = [
    (date(2021, 7, 20), date(2021, 7, 12), [
        ("Principal Social Worker Annual Report", ("Jenny Rogers",), ""),
        ("Mandatory Vaccinations for Social Care Homes", ("Becky Wilkinson",),
         "outline of plans for implementing programme and timeline"),
    ]),
    (date(2021, 10, 19), date(2021, 10, 11), [
        ("Domestic Abuse Act 2021 – update on implementation", ("Hannah Pawley",), ""),
        ("Safer Wolverhampton Partnership Board – update", ("Hannah Pawley",), ""),
        ("Best practice update on CHANNEL guidance", ("Hannah Pawley",), ""),
        ("Adult Social Care Annual Report - Wolverhampton Local Account", ("Becky Wilkinson",),
         "The report will detail progress made during the previous 12 months, identifying key achievements"
         " and challenges and priorities for the year ahead."),
    ]),
    (date(2022, 2, 15), date(2022, 2, 7), [
        ("Care and Support Provider Fee Review 2021 - 2022 and Market Sustainability", ("Alicia Woods",),
         "Invite Care Providers to the meeting"),
        ("Social Isolation among older people in the community and care homes",
         ("Becky Wilkinson", "Sandra Ashton-Jones", "Tom Denham"),
         "Invite Champion for Councillor Development and Information Technology - Cllr Jaspreet Jaspal to brief"
         " panel and Ian Darch WVSC"),
    ]),
]

FUTURE = [
    ("Headlines from Self Assessment", ("Becky Wilkinson",), ""),
    ("Briefing on Assisted Technologies Strategy", (), ""),
    ("Briefing paper on digital inclusion work with a focus on support for older people and care home residents",
     ("Heather Clarke",), "Heather Clarke to share the briefing paper with the panel when published."),
    ("Adult Social Work Health Check 2020", (), ""),
    ("Adult Social Care Workforce Health Check 2020", (), ""),
]


def build_demo(store) -> None:
    """Fill an empty store with the demo programme (idempotent: a second run adds nothing)."""
    panel = store.panel_named(PANEL)
    if panel and store.items(panel.id, include_withdrawn=True):
        return
    with store.transaction():
        panel = store.add_panel(PANEL, actor="demo")
        for name, role in PEOPLE:
            store.add_person(name, role=role, panel_id=panel.id, actor="demo")
        for day, published, items in MEETINGS:
            meeting = store.add_meeting(panel.id, day, time(18, 0) if day == date(2021, 7, 20) else None,
                                        "Council Chamber" if day == date(2021, 7, 20) else "",
                                        agenda_published=published, actor="demo")
            for title, leads, notes in items:
                store.add_item(AddItem(panel.id, title, meeting.id, "scheduled", leads, notes, priority=PRIORITY
                                       if day == date(2021, 7, 20) else ""), actor="demo")
        for title, leads, notes in FUTURE:
            store.add_item(AddItem(panel.id, title, None, "future", leads, notes, window="date tbc"), actor="demo")
        store.set_setting("demo_now", DEMO_NOW)
