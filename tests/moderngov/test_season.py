"""A season against the stand-in over real HTTP: connect, sync, a move, an agenda, minutes; each told once."""
from __future__ import annotations

import json
from datetime import date

from bot.changes import SetMeetingDates
from bot.days.deadlines import report_deadline
from handlers.cli import moderngov as cli
from handlers.nudges.sweep import due_nudges
from tests.moderngov.conftest import COMMITTEE, PANEL, at
from tests.moderngov.standin import Item


def run(capsys, fn, **kwargs):
    code = fn(**kwargs)
    return code, capsys.readouterr().out


class Args(dict):
    __getattr__ = dict.get


def sync(db_path, client_for, capsys, now: str, **extra):
    return run(capsys, lambda: cli.run_sync(Args(db=str(db_path), now=now, **extra), client_for=client_for))


def said(out: str) -> list[str]:
    """The notes a sync printed (each '  [panel: to whom] text')."""
    return [line for line in out.splitlines() if line.startswith("  [")]


def ids(store, panel_id):
    return {i.title: i for i in store.items(panel_id)}


def test_a_season_walks_in_step_with_moderngov(panel_store, db_path, site, client_for, capsys):
    store = panel_store
    panel = store.panel_named(PANEL)
    march = store.meeting_on(panel.id, date(2026, 3, 12))
    store.apply([SetMeetingDates(march.id, agenda_published=date(2026, 3, 2))], actor="Val Evans")  # typed by hand

    # Connect, by title, forgivingly.
    code, out = run(capsys, lambda: cli.run_connect(Args(db=str(db_path), site=site.url, committee="adults scrutiny",
                                                         panel=PANEL), client_for=client_for))
    assert code == 0 and "now follows “Adults Scrutiny Panel” (id 501)" in out

    # First sync: the typed 12 March meeting is adopted, not doubled; the others come in; 30 April is reported.
    code, out = sync(db_path, client_for, capsys, "2026-02-01")
    assert code == 0, out
    meetings = {m.date: m for m in store.meetings(panel.id)}
    assert sorted(meetings) == [date(2025, 10, 14), date(2026, 3, 12), date(2026, 4, 30), date(2026, 6, 16), date(2026, 9, 15)]
    assert meetings[date(2026, 3, 12)].id == march.id and meetings[date(2026, 3, 12)].time.hour == 10
    assert meetings[date(2026, 6, 16)].time.hour == 14
    assert "ModernGov added a meeting of the Adults Scrutiny Panel on Tuesday 16 June 2026 at 14:00" in out
    assert "The 30 April 2026 meeting is on the bot's programme but not in ModernGov" in out
    assert meetings[date(2026, 4, 30)].status == "confirmed"  # left alone, never deleted

    # The same again: nothing changes, nothing is said.
    audit_before = len(store.audit_log(1000))
    code, out = sync(db_path, client_for, capsys, "2026-02-01")
    assert code == 0 and "Up to date" in out and said(out) == []
    assert len(store.audit_log(1000)) == audit_before

    # ModernGov moves 12 March to 19 March at 2pm and cancels 15 September.
    site.meetings[1002].date, site.meetings[1002].time = date(2026, 3, 19), "2.00 pm"
    site.meetings[1004].status = "Cancelled"
    code, out = sync(db_path, client_for, capsys, "2026-02-10")
    moved = store.meeting(march.id)
    assert moved.date == date(2026, 3, 19) and moved.time.hour == 14
    assert moved.agenda_published is None  # the date typed for the old day no longer holds
    items = ids(store, panel.id)
    assert {t for t, i in items.items() if i.meeting_id == march.id} == {
        "Adult Social Care Workforce Update", "Domestic Abuse Strategy", "Care Home Quality"}
    due = report_deadline(moved, panel.rule)
    assert due.date() == date(2026, 3, 4)  # published 11 March (five clear working days), five working days before
    assert ("ModernGov moved the 12 March 2026 meeting to 19 March 2026; 3 items and their report deadlines moved "
            "with it. Reports are now due by 10:00 on Wednesday 4 March 2026.") in out
    nudges = [n for n in due_nudges(store, at("2026-02-18", 10)) if n.item and n.meeting.id == march.id]
    assert {n.item.title for n in nudges} == {"Adult Social Care Workforce Update", "Domestic Abuse Strategy",
                                              "Care Home Quality"}
    assert {n.deadline for n in nudges} == {due}  # the authors' nudges follow the new deadline
    assert "ModernGov cancelled the 15 September 2026 meeting; its 1 item went back to possible future items." in out
    assert items["Suicide Prevention Plan"].meeting_id is None and items["Suicide Prevention Plan"].kind == "future"
    code, out = sync(db_path, client_for, capsys, "2026-02-11")
    assert said(out) == []

    # The agenda is published on 11 March.
    site.meetings[1002].agenda_published = True
    site.meetings[1002].items = [
        Item("Apologies for absence"), Item("Minutes of the previous meeting", papers=(date(2026, 3, 11),)),
        Item("Adult Social Care Workforce - Update", "<p>Report of the Director</p>", papers=(date(2026, 3, 11),)),
        Item("Domestic abuse strategy", papers=(date(2026, 3, 11),)),
        Item("Carers Support", papers=(date(2026, 3, 12),)),
        Item("Healthwatch Annual Report &amp; Plan", papers=(date(2026, 3, 11),))]
    code, out = sync(db_path, client_for, capsys, "2026-03-12")
    assert store.meeting(march.id).agenda_published == date(2026, 3, 11)
    assert ("The agenda for the 19 March 2026 meeting was published in ModernGov on 11 March 2026. 3 programme items "
            "on it:") in out
    assert "On the agenda but not on the programme: Healthwatch Annual Report & Plan." in out
    items = ids(store, panel.id)
    assert items["Carers' Support"].meeting_id == march.id  # a possible future item the agenda put on this meeting
    assert all(i.status == "planned" for i in items.values())  # not considered before the meeting is held

    # The meeting is held; its minutes are published with a resolution.
    site.meetings[1002].minutes_published = True
    site.meetings[1002].items[2].minutes = (
        "<p>The Director presented the report.</p><p>Resolved:</p><ol><li>That a progress report on the workforce "
        "strategy be brought to a future meeting of the panel.</li></ol>")
    code, out = sync(db_path, client_for, capsys, "2026-03-25")
    items = ids(store, panel.id)
    for title in ("Adult Social Care Workforce Update", "Domestic Abuse Strategy", "Carers' Support"):
        assert items[title].status == "considered" and items[title].last_reported == (date(2026, 3, 19),), title
    assert items["Care Home Quality"].status == "planned"  # not on the agenda: not considered
    assert "The minutes of the 19 March 2026 meeting of the Adults Scrutiny Panel are published in ModernGov" in out
    assert "workforce strategy" in out.lower()
    assert store.matters(panel.id) == []  # offered, not recorded: the officer accepts them

    # And again: nothing new anywhere.
    audit_before = len(store.audit_log(1000))
    code, out = sync(db_path, client_for, capsys, "2026-03-26")
    assert "Up to date" in out and said(out) == [] and len(store.audit_log(1000)) == audit_before

    # Every note went out once; every change is in the audit log as ModernGov's.
    notes = store.db.execute("SELECT key FROM moderngov_notes").fetchall()
    assert len(notes) == len(set(notes))
    sync_rows = [r for r in store.audit_log(1000) if r["actor"] == "ModernGov sync"]
    moves = [r for r in sync_rows if r["entity"] == "meeting" and r["action"] == "update"
             and json.loads(r["before"])["date"] != json.loads(r["after"])["date"]]
    assert [(json.loads(r["before"])["date"], json.loads(r["after"])["date"]) for r in moves] == [("2026-03-12", "2026-03-19")]
    assert {r["action"] for r in sync_rows if r["entity"] == "item"} >= {"move", "considered"}
    assert store.db.execute("SELECT committee_id FROM moderngov_links").fetchone()[0] == COMMITTEE
