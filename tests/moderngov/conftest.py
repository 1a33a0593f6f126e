"""ModernGov fixtures: the stand-in site, a client whose backoff is recorded (never slept), a panel to connect."""
from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from bot.changes import AddItem
from handlers.moderngov.client import ModernGovClient
from tests.moderngov.standin import Meeting, ModernGovSite

LONDON = ZoneInfo("Europe/London")
PANEL = "Adults Scrutiny Panel"
COMMITTEE = 501


def at(day: str, hour: int = 7) -> datetime:
    return datetime.combine(date.fromisoformat(day), datetime.min.time(), LONDON).replace(hour=hour)


@pytest.fixture
def site():
    with ModernGovSite() as s:
        s.add_committee(COMMITTEE, "Adults Scrutiny Panel")
        s.add_committee(502, "Children and Young People Scrutiny Panel")
        s.add_committee(400, "Adults and Health Scrutiny Panel (2019-2022)", expired=True)
        s.add_meeting(Meeting(1001, COMMITTEE, date(2025, 10, 14), minutes_published=True))
        s.add_meeting(Meeting(1002, COMMITTEE, date(2026, 3, 12)))
        s.add_meeting(Meeting(1003, COMMITTEE, date(2026, 6, 16), time="2.00 pm"))
        s.add_meeting(Meeting(1004, COMMITTEE, date(2026, 9, 15)))
        yield s


@pytest.fixture
def backoffs():
    return []


@pytest.fixture
def client_for(backoffs):
    """A real httpx client with a short timeout; its retries' waits are recorded, not slept."""
    def make(site: str) -> ModernGovClient:
        return ModernGovClient(site, backoff=(1.0, 4.0), sleep=backoffs.append, timeout=0.5)
    return make


@pytest.fixture
def panel_store(fresh_store):
    """The Adults Scrutiny Panel as its officer keeps it: one meeting typed in, items on it, one possible future item."""
    store = fresh_store
    panel = store.add_panel(PANEL)
    store.link_channel(panel.id, "CADULTS", actor="test")
    store.add_person("Val Evans", email="val@example.org", slack_id="UVAL", role="scrutiny-officer", panel_id=panel.id)
    march = store.add_meeting(panel.id, date(2026, 3, 12))
    april = store.add_meeting(panel.id, date(2026, 4, 30))
    september = store.add_meeting(panel.id, date(2026, 9, 15))
    for title, lead in (("Adult Social Care Workforce Update", "Becky Wilkinson"), ("Domestic Abuse Strategy", "Ian Fegan"),
                        ("Care Home Quality", "Becky Wilkinson")):
        store.add_item(AddItem(panel.id, title, march.id, leads=(lead,)))
    store.add_item(AddItem(panel.id, "Carers' Support", None, "future", window="date tbc"))
    store.add_item(AddItem(panel.id, "Suicide Prevention Plan", september.id))
    store.add_item(AddItem(panel.id, "Hospital Discharge", april.id))
    return store
