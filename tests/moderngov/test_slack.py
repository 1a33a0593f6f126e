"""The morning job in `serve`: notes posted to the panel's channel and its officer over real HTTP, once; connect by message."""
from __future__ import annotations

from datetime import date

from apscheduler.schedulers.background import BackgroundScheduler

from handlers.deps import Deps
from handlers.moderngov import scheduler as job
from handlers.moderngov.announce import SlackAnnouncer
from handlers.moderngov.connect import connect, connect_by_message
from handlers.nudges.sender import DeliveryFailed, SlackSender, Unreachable
from handlers.slack.client import make_client
from store.moderngov import ModernGovStore
from tests.moderngov.conftest import COMMITTEE, PANEL, at
from tests.moderngov.standin import Item


def deps_at(store, day: str) -> Deps:
    return Deps(store=store, clock=lambda: at(day))


def test_the_morning_job_is_one_cron_job_with_an_explicit_id(panel_store, fake_slack):
    scheduler = BackgroundScheduler()
    scheduler.start(paused=True)
    client = make_client("xoxb-test", fake_slack.url)
    job.add_job(scheduler, deps_at(panel_store, "2026-02-01"), client)
    job.add_job(scheduler, deps_at(panel_store, "2026-02-01"), client)  # added again, it replaces itself
    jobs = scheduler.get_jobs()
    scheduler.shutdown(wait=False)
    assert [j.id for j in jobs] == ["moderngov-sync"]
    fields = {f.name: str(f) for f in jobs[0].trigger.fields}
    assert (fields["hour"], fields["minute"], str(jobs[0].trigger.timezone)) == ("6", "30", "Europe/London")


def test_changes_are_posted_once_to_the_channel_and_the_officer(panel_store, site, client_for, fake_slack, slept):
    store = panel_store
    panel = store.panel_named(PANEL)
    connect(store, panel, site.url, str(COMMITTEE), "test", client_for)
    announcer = SlackAnnouncer(SlackSender(make_client("xoxb-test", fake_slack.url)), store)

    job.run_sync(deps_at(store, "2026-02-01"), announcer, client_for)
    posts = fake_slack.calls_to("chat.postMessage")
    channel = [p for p in posts if p["channel"] == "CADULTS"]
    officer = [p for p in posts if p["channel"] == "DUVAL"]
    assert len(channel) == 1 and len(officer) == 1
    assert "ModernGov added a meeting of the Adults Scrutiny Panel on Tuesday 16 June 2026 at 14:00" in channel[0]["text"]
    assert "30 April 2026 meeting is on the bot's programme but not in ModernGov" not in channel[0]["text"]
    assert "30 April 2026 meeting is on the bot's programme but not in ModernGov" in officer[0]["text"]

    job.run_sync(deps_at(store, "2026-02-02"), announcer, client_for)
    assert len(fake_slack.calls_to("chat.postMessage")) == 2  # nothing new: nothing said

    site.meetings[1002].agenda_published = site.meetings[1002].minutes_published = True
    site.meetings[1002].items = [Item("Domestic Abuse Strategy", papers=(date(2026, 3, 5),),
                                      minutes="<p>Resolved: That a progress report on the strategy be brought to a "
                                              "future meeting of the panel.</p>"),
                                 Item("Healthwatch <Annual> Report & Plan", papers=(date(2026, 3, 5),))]
    job.run_sync(deps_at(store, "2026-03-13"), announcer, client_for)
    posts = fake_slack.calls_to("chat.postMessage")[2:]
    assert {p["channel"] for p in posts} == {"DUVAL"}  # agenda and minutes are the officer's business
    agenda = next(p for p in posts if "agenda" in p["text"])
    assert "not on the programme: Healthwatch &lt;Annual&gt; Report &amp; Plan." in agenda["text"]  # escaped for Slack
    minutes = next(p for p in posts if p.get("blocks") and any(b["type"] == "actions" for b in p["blocks"]))
    buttons = [e["action_id"] for b in minutes["blocks"] if b["type"] == "actions" for e in b["elements"]]
    assert buttons[:3] == ["minutes_accept", "minutes_edit", "minutes_skip"]
    assert "progress report on the strategy" in str(minutes["blocks"]).lower()

    job.run_sync(deps_at(store, "2026-03-14"), announcer, client_for)
    assert len(fake_slack.calls_to("chat.postMessage")) == 2 + len(posts)  # the minutes are offered once


def test_notes_wait_while_slack_is_down_and_go_next_time(panel_store, site, client_for, fake_slack, slept):
    store = panel_store
    connect(store, store.panel_named(PANEL), site.url, str(COMMITTEE), "test", client_for)
    announcer = SlackAnnouncer(SlackSender(make_client("xoxb-test", fake_slack.url)), store)
    fake_slack.fail_next("chat.postMessage", status=500, times=4)  # more than slack_sdk's own retries
    job.run_sync(deps_at(store, "2026-02-01"), announcer, client_for)
    assert ModernGovStore(store).waiting() != []
    job.run_sync(deps_at(store, "2026-02-02"), announcer, client_for)
    assert ModernGovStore(store).waiting() == []
    delivered = [p for p in fake_slack.calls_to("chat.postMessage") if "ModernGov added" in p["text"]]
    assert delivered[-1]["channel"] in ("CADULTS", "DUVAL")


def test_connect_by_message(panel_store, site, client_for):
    store = panel_store
    panel = store.panel_named(PANEL)
    store.add_person("Cllr Jane Member", role="member", panel_id=panel.id)
    deps = deps_at(store, "2026-02-01")
    member = store.person_named("Cllr Jane Member")
    assert connect_by_message(deps, panel.id, member, site.url, "Adults Scrutiny Panel", client_for) == \
        "Only the Adults Scrutiny Panel's chair, vice-chair or scrutiny officer can connect it to ModernGov."
    assert ModernGovStore(store).link(panel.id) is None
    officer = store.person_named("Val Evans")
    reply = connect_by_message(deps, panel.id, officer, f"<{site.url}|{site.url}>", "adults scrutiny panel", client_for)
    assert reply.startswith("The Adults Scrutiny Panel now follows “Adults Scrutiny Panel” (id 501)")
    assert ModernGovStore(store).link(panel.id).committee_id == COMMITTEE
    assert store.audit_log(1)[0]["actor"] == "Val Evans"
    reply = connect_by_message(deps, panel.id, officer, site.url, "Planning Committee", client_for)
    assert reply == "Sorry, the site has no committee called “Planning Committee”."


class FlakySender:
    """Posts to the panel's channel work; the officer's DM fails the first time (Slack down mid-delivery)."""

    def __init__(self):
        self.posts: list[tuple[str, str]] = []
        self.dm_failures = 1

    def find_user(self, email):
        return None

    def open_dm(self, user_id):
        return "D" + user_id

    def post(self, channel, message):
        if channel.startswith("D") and self.dm_failures:
            self.dm_failures -= 1
            raise DeliveryFailed("Slack answered 500 internal_error")
        if channel == "CGONE":
            raise Unreachable("Slack says is_archived")
        self.posts.append((channel, message["text"]))


def test_a_delivery_cut_short_resumes_without_posting_twice(panel_store, site, client_for):
    store = panel_store
    connect(store, store.panel_named(PANEL), site.url, str(COMMITTEE), "test", client_for)
    sender = FlakySender()
    announcer = SlackAnnouncer(sender, store)
    job.run_sync(deps_at(store, "2026-02-01"), announcer, client_for)
    assert [c for c, _ in sender.posts] == ["CADULTS"] and ModernGovStore(store).waiting() != []
    job.run_sync(deps_at(store, "2026-02-02"), announcer, client_for)
    assert [c for c, _ in sender.posts] == ["CADULTS", "DUVAL"]  # the channel is not told again
    assert ModernGovStore(store).waiting() == []


def test_an_archived_channel_does_not_hold_up_the_officer(panel_store, site, client_for):
    store = panel_store
    panel = store.panel_named(PANEL)
    store.link_channel(panel.id, "CGONE", actor="test")
    connect(store, panel, site.url, str(COMMITTEE), "test", client_for)
    sender = FlakySender()
    sender.dm_failures = 0
    job.run_sync(deps_at(store, "2026-02-01"), SlackAnnouncer(sender, store), client_for)
    assert [c for c, _ in sender.posts] == ["DUVAL"] and ModernGovStore(store).waiting() == []
