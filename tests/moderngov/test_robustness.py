"""A site that is down, slow, failing, malformed, hostile or missing the committee: one clear line, nothing half done."""
from __future__ import annotations

import socket
from datetime import date

import pytest

from handlers.moderngov.client import ModernGovClient
from handlers.moderngov.connect import connect
from handlers.moderngov.sync import sync_all
from store.db import StoreError
from store.moderngov import ModernGovStore
from tests.moderngov.conftest import COMMITTEE, PANEL, at


@pytest.fixture
def linked(panel_store, site, client_for):
    panel = panel_store.panel_named(PANEL)
    connect(panel_store, panel, site.url, str(COMMITTEE), "test", client_for)
    return panel_store, panel


def state(store) -> tuple:
    """Everything a sync could write."""
    return (store.db.execute("SELECT * FROM meetings ORDER BY id").fetchall(),
            store.db.execute("SELECT * FROM items ORDER BY id").fetchall(),
            store.db.execute("SELECT count(*) FROM audit").fetchone(),
            store.db.execute("SELECT * FROM moderngov_meetings ORDER BY remote_id").fetchall(),
            store.db.execute("SELECT key FROM moderngov_notes").fetchall())


def sync_once(store, client_for, day="2026-02-01", **kwargs):
    reports = sync_all(store, client_for, at(day), **kwargs)
    assert len(reports) == 1
    return reports[0]


def works_next_time(store, panel, client_for):
    report = sync_once(store, client_for)
    assert report.errors == []
    assert store.meeting_on(panel.id, date(2026, 6, 16)) is not None


def test_a_site_that_is_down_is_tried_three_times_then_reported(linked, client_for, backoffs):
    store, panel = linked
    with socket.socket() as s:  # a port that was free a moment ago: nothing listens there now
        s.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{s.getsockname()[1]}"
    store.db.execute("UPDATE moderngov_links SET site = ?", [dead])
    before = state(store)
    report = sync_once(store, client_for)
    assert report.errors == [f"127.0.0.1:{dead.rsplit(':', 1)[1]} could not be reached (ConnectError) (GetMeetings, 3 tries)"]
    assert backoffs == [1.0, 4.0]  # waited between tries, through the injected sleep
    assert state(store) == before
    assert ModernGovStore(store).link(panel.id).last_error == report.errors[0]


def test_a_slow_site_times_out_and_the_next_sync_tries_again(linked, site, backoffs):
    store, panel = linked
    site.fail("GetMeetings", "hang", times=3)
    impatient = lambda url: ModernGovClient(url, backoff=(1.0, 4.0), sleep=backoffs.append, timeout=0.05)  # noqa: E731
    before = state(store)
    report = sync_once(store, impatient)
    assert report.errors == [f"{site.url.split('//')[1]} did not answer in time (GetMeetings, 3 tries)"]
    assert state(store) == before
    works_next_time(store, panel, lambda url: ModernGovClient(url, backoff=(0, 0), sleep=backoffs.append))


def test_a_500_is_retried_and_a_passing_one_is_forgotten(linked, site, client_for, backoffs):
    store, panel = linked
    site.fail("GetMeetings", 500, times=1)
    report = sync_once(store, client_for)
    assert report.errors == [] and backoffs == [1.0]
    assert store.meeting_on(panel.id, date(2026, 6, 16)) is not None


def test_a_500_every_time_changes_nothing(linked, site, client_for):
    store, panel = linked
    site.fail("GetMeetings", 500, times=3)
    before = state(store)
    report = sync_once(store, client_for)
    assert "answered 500 (GetMeetings, 3 tries)" in report.errors[0]
    assert state(store) == before
    works_next_time(store, panel, client_for)


@pytest.mark.parametrize("how, said", [("malformed", "sent XML I can't read"),
                                       ("bomb", "sent XML with entity or DTD declarations, which I refuse to read")])
def test_malformed_or_hostile_xml_is_refused_without_retrying(linked, site, client_for, backoffs, how, said):
    store, panel = linked
    site.fail("GetMeetings", how)
    before = state(store)
    report = sync_once(store, client_for)
    assert said in report.errors[0] and "GetMeetings" in report.errors[0]
    assert backoffs == [] and len(site.calls("GetMeetings")) == 1
    assert state(store) == before
    works_next_time(store, panel, client_for)


def test_one_meeting_that_fails_waits_while_the_others_come_in(linked, site, client_for):
    store, panel = linked
    site.fail("GetMeeting", 500, times=3)  # the first meeting read in full: 14 October
    report = sync_once(store, client_for)
    assert len(report.errors) == 1 and report.errors[0].startswith("meeting of 14 October 2025:")
    assert store.meeting_on(panel.id, date(2026, 6, 16)) is not None
    assert store.meeting_on(panel.id, date(2025, 10, 14)) is None
    assert 1001 not in ModernGovStore(store).known(panel.id)
    report = sync_once(store, client_for)
    assert report.errors == [] and 1001 in ModernGovStore(store).known(panel.id)
    assert store.meeting_on(panel.id, date(2025, 10, 14)) is not None


def test_a_meeting_whose_write_fails_is_rolled_back_whole_and_retried(linked, site, client_for, monkeypatch):
    store, panel = linked
    sync_once(store, client_for)
    site.meetings[1002].date = date(2026, 3, 19)
    real_queue = ModernGovStore.queue

    def failing(self, panel_id, notes):
        if any(":moved:" in n.key for n in notes):
            raise StoreError("the database refused the write (disk I/O error)")
        return real_queue(self, panel_id, notes)

    monkeypatch.setattr(ModernGovStore, "queue", failing)
    before = state(store)
    report = sync_once(store, client_for, "2026-02-02")
    assert report.errors == ["meeting of 19 March 2026 left as it was (the database refused the write (disk I/O error))"]
    assert state(store) == before  # the move, its audit row and its note: none of them kept
    monkeypatch.setattr(ModernGovStore, "queue", real_queue)
    report = sync_once(store, client_for, "2026-02-02")
    assert report.errors == [] and [n.key.split(":")[2] for n in report.notes] == ["moved"]
    assert store.meeting_on(panel.id, date(2026, 3, 19)) is not None


def test_a_committee_that_no_longer_exists_is_said_plainly(linked, site, client_for):
    store, panel = linked
    site.committees[COMMITTEE] = ("Adults Scrutiny Panel", True, True)  # deleted
    before = state(store)
    report = sync_once(store, client_for)
    assert report.errors == [f"{site.url} no longer has the committee “Adults Scrutiny Panel” (id 501); connect the "
                             "panel to its successor with `scrutiny-bot moderngov connect`"]
    assert state(store) == before


def test_a_committee_with_no_meetings_yet_is_not_an_error(linked, site, client_for):
    store, panel = linked
    site.meetings.clear()
    assert sync_once(store, client_for).errors == []


def test_a_dry_run_fetches_and_says_but_writes_nothing(linked, client_for):
    store, panel = linked
    before = state(store)
    report = sync_once(store, client_for, dry_run=True)
    assert any("ModernGov added a meeting" in n.text for n in report.notes)
    assert state(store) == before


def test_errors_reach_the_officer_once_a_day_when_syncing_on_a_schedule(linked, site, client_for):
    store, panel = linked
    for day in ("2026-02-01", "2026-02-01", "2026-02-02"):
        site.fail("GetMeetings", 500, times=3)
        sync_once(store, client_for, day, tell_errors=True)
    notes = [n for _, n in ModernGovStore(store).waiting(panel.id) if ":error:" in n.key]
    assert [n.key.rsplit(":", 1)[1] for n in notes] == ["2026-02-01", "2026-02-02"]
    assert notes[0].text.startswith("I couldn't bring the Adults Scrutiny Panel up to date from ModernGov this morning:")


def test_reconnecting_to_another_committee_starts_afresh_and_keeps_the_meetings(linked, site, client_for):
    store, panel = linked
    sync_once(store, client_for)
    meetings = store.meetings(panel.id)
    connect(store, panel, site.url, "Children and Young People Scrutiny Panel", "Val Evans", client_for)
    mg = ModernGovStore(store)
    assert mg.link(panel.id).committee_id == 502 and mg.known(panel.id) == {}
    assert store.meetings(panel.id) == meetings
    assert store.audit_log(1)[0]["action"] == "connect-moderngov" and store.audit_log(1)[0]["actor"] == "Val Evans"
