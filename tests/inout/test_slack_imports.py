"""The Slack side of imports, over real HTTP: a shared file previewed, the Import button, minutes' Accept/Skip, feeds."""
from __future__ import annotations

import json

import pytest

from handlers.deps import Deps, Settings
from handlers.slack.app import build_app
from handlers.slack.http import SlackServer
from handlers.slack.imports.feeds import feed_response
from store.demo import PANEL
from tests.conftest import FIXED_NOW
from tests.slack.fake_files import FilesSlack
from tests.slack.signing import SECRET, send_event, send_interaction

PROGRAMME = b"Date of Meeting,Item Description,Lead Report Author\n15 February 2022,Carers Strategy,Ann Smith\n"
MINUTES = (b"Minutes - 19 October 2021\n\n6 Domestic Abuse Act\nHannah Pawley, Head of Community Safety, presented the"
           b" report.\nResolved:\nThat a breakdown of referrals by ward be submitted to the next meeting.\n")


@pytest.fixture
def slack(demo_store):
    panel = demo_store.panels()[0]
    demo_store.add_person("Cllr Val Evans", email="val@example.org", role="chair", panel_id=panel.id)
    demo_store.add_person("Becky Wilkinson", email="becky@example.org", role="report-author", panel_id=panel.id)
    with FilesSlack() as fake:
        fake.add_user("UVAL", "Val Evans", "val@example.org")
        fake.add_user("UBECKY", "Becky Wilkinson", "becky@example.org")
        settings = Settings(bot_token="xoxb-test", signing_secret=SECRET, api_url=fake.url,
                            file_hosts=(fake.downloads.host,))
        deps = Deps(store=demo_store, settings=settings, clock=lambda: FIXED_NOW)
        app = build_app(deps)
        server = SlackServer(app, "127.0.0.1", 0)
        server.start_in_thread(poll_interval=0.05)
        yield fake, f"http://127.0.0.1:{server.port}/slack/events", deps
        server.stop()


def _share(url, fake, user, name, data, event_id="Ev1"):
    fake.files["F1"] = (name, data)
    status, _ = send_event(url, {"type": "file_shared", "file_id": "F1", "user_id": user, "channel_id": "D" + user,
                                 "event_ts": "1.0"}, event_id=event_id)
    assert status == 200
    return fake.wait_for("chat.postMessage")[-1]


def _click(url, fake, user, message, action_id, block_id="b"):
    element = next(e for b in message["blocks"] if b["type"] == "actions" for e in b["elements"]
                   if e["action_id"] == action_id)
    block_id = next(b.get("block_id", block_id) for b in message["blocks"] if element in b.get("elements", []))
    answered = len(fake.calls_to("response_url"))
    send_interaction(url, {"type": "block_actions", "user": {"id": user}, "trigger_id": "1.2.3",
                           "response_url": fake.response_url(), "channel": {"id": "D" + user},
                           "message": {"ts": "1.0", "blocks": message["blocks"]},
                           "actions": [{"type": "button", "action_id": action_id, "block_id": block_id,
                                        "value": element["value"]}]})
    return fake.wait_for("response_url", answered + 1)[-1]  # the answer comes after the ack


def test_a_shared_programme_is_previewed_then_imported_by_the_chair(slack):
    fake, url, deps = slack
    message = _share(url, fake, "UVAL", "programme.csv", PROGRAMME)
    assert "Would add 0 meetings and 1 item" in message["text"]
    assert "+ Carers Strategy — Ann Smith (15 February 2022)" in message["blocks"][0]["text"]["text"]
    panel = deps.store.panel_named(PANEL)
    assert "Carers Strategy" not in [i.title for i in deps.store.items(panel.id)]
    reply = _click(url, fake, "UVAL", message, "import_programme")
    assert "Added 0 meetings and 1 item" in reply["text"]
    carers = next(i for i in deps.store.items(panel.id) if i.title == "Carers Strategy")
    assert carers.leads == ("Ann Smith",)


def test_a_report_author_sees_the_preview_without_an_import_button(slack):
    fake, url, _ = slack
    message = _share(url, fake, "UBECKY", "programme.csv", PROGRAMME)
    assert not [b for b in message["blocks"] if b["type"] == "actions"]
    assert "Only the chair, vice-chair or scrutiny officer can import it." in json.dumps(message["blocks"])


def test_an_unsupported_file_gets_a_one_line_answer(slack):
    fake, url, _ = slack
    message = _share(url, fake, "UVAL", "slides.pptx", b"PK")
    assert message["text"].startswith("slides.pptx: I can import .csv, .xlsx and .docx programmes")


def test_shared_minutes_give_proposals_to_accept_or_skip(slack):
    fake, url, deps = slack
    message = _share(url, fake, "UVAL", "minutes.txt", MINUTES)
    assert "Breakdown of referrals by ward" in json.dumps(message["blocks"])
    evidence = {"type": "context", "elements": [{"type": "mrkdwn", "text": "From the minutes: “That a breakdown of "
                                                 "referrals by ward be submitted to the next meeting.”"}]}
    assert evidence in message["blocks"]
    reply = _click(url, fake, "UVAL", message, "minutes_accept")
    assert reply["text"] == "Recorded by Cllr Val Evans: Breakdown of referrals by ward and added as a possible future item"
    assert {"type": "context", "elements": [{"type": "mrkdwn", "text": reply["text"]}]} in reply["blocks"]
    (matter,) = deps.store.matters(deps.store.panel_named(PANEL).id)
    assert (matter.subject, matter.lead, matter.due_text) == ("Breakdown of referrals by ward", "Hannah Pawley",
                                                               "next meeting")
    skipped = _click(url, fake, "UVAL", message, "minutes_skip")
    assert skipped["text"] == "Skipped: Breakdown of referrals by ward"


def test_feeds_answer_by_token_only(demo_store):
    deps = Deps(store=demo_store, clock=lambda: FIXED_NOW)
    panel = demo_store.panel_named(PANEL)
    token = demo_store.feed_token(panel.id)
    assert demo_store.feed_token(panel.id) == token and len(token) >= 32
    status, headers, body = feed_response(deps, f"/feeds/{token}.ics")
    assert status == 200 and headers["Content-Type"].startswith("text/calendar") and b"BEGIN:VCALENDAR" in body
    assert feed_response(deps, "/feeds/" + "x" * 32 + ".ics")[0] == 404
    assert feed_response(deps, "/healthz") is None
    becky = demo_store.person_named("Becky Wilkinson")
    status, _, body = feed_response(deps, f"/feeds/{demo_store.feed_token(person_id=becky.id)}.ics")
    assert b"Report due: Mandatory Vaccinations for Social Care Homes" in body
