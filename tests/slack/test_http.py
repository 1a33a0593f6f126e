"""The real app in HTTP mode: signed requests in, replies posted to the stand-in, rows changed (or not)."""
from __future__ import annotations

import json
import time
import urllib.request

from bot.changes import AddMatter
from store.deliveries import DeliveryLog
from tests.conftest import FIXED_NOW
from tests.slack.signing import send_command, send_event, send_interaction


def audit_count(store) -> int:
    return store.db.execute("SELECT COUNT(*) FROM audit").fetchone()[0]


def item_called(store, title: str):
    panel = store.panels()[0]
    return next(i for i in store.items(panel.id) if i.title.startswith(title))


def test_healthz(slack_app):
    with urllib.request.urlopen(slack_app.url.replace("/slack/events", "/healthz"), timeout=5) as response:
        assert response.status == 200 and response.read() == b"ok"


def test_slash_command_answers_with_the_meeting_as_blocks(slack_app):
    url = slack_app.slack.response_url("cmd")
    status, _ = send_command(slack_app.url, "what's due next meeting?", "UVAL", "C1", url)
    assert status == 200
    [reply] = slack_app.slack.wait_for("response_url")
    assert reply["response_type"] == "ephemeral"
    texts = " ".join(b["text"]["text"] for b in reply["blocks"] if b["type"] == "section")
    assert "Tuesday 19 October 2021" in texts and "Domestic Abuse Act 2021" in texts
    buttons = [e for b in reply["blocks"] if b["type"] == "actions" for e in b["elements"]]
    assert {"mark_submitted", "defer_item"} <= {b["action_id"] for b in buttons}


def test_a_command_whose_words_hold_payload_is_still_a_command(slack_app):
    url = slack_app.slack.response_url("cmdpayload")
    status, _ = send_command(slack_app.url, "is the payload report on the programme?", "UVAL", "C1", url)
    assert status == 200
    [reply] = slack_app.slack.wait_for("response_url")
    assert "payload" in json.dumps(reply).lower()  # answered about the words asked, not dropped as an empty body


def test_app_mention_replies_in_the_channel(slack_app):
    event = {"type": "app_mention", "user": "UVAL", "text": "<@UBOT> show the work programme", "channel": "C1",
             "ts": "1630483200.000100"}
    assert send_event(slack_app.url, event)[0] == 200
    [posted] = slack_app.slack.wait_for("chat.postMessage")
    assert posted["channel"] == "C1" and "work programme" in posted["text"]


def test_direct_message_gets_an_answer_in_the_dm(slack_app):
    event = {"type": "message", "channel_type": "im", "user": "UNEW", "text": "what's due next meeting?",
             "channel": "DUNEW", "ts": "1630483200.000200"}
    assert send_event(slack_app.url, event)[0] == 200
    [posted] = slack_app.slack.wait_for("chat.postMessage")
    assert posted["channel"] == "DUNEW" and "19 October 2021" in posted["text"]


def test_retried_event_is_processed_once(slack_app):
    event = {"type": "app_mention", "user": "UVAL", "text": "<@UBOT> help", "channel": "C1", "ts": "1.1"}
    assert send_event(slack_app.url, event, "EvSame")[0] == 200
    assert send_event(slack_app.url, event, "EvSame", headers={"X-Slack-Retry-Num": "1",
                                                               "X-Slack-Retry-Reason": "http_timeout"})[0] == 200
    slack_app.drain()
    assert len(slack_app.slack.calls_to("chat.postMessage")) == 1
    assert DeliveryLog.beside(slack_app.store.db).count() == 1  # claimed in its own file, not the main database
    assert slack_app.store.db.execute("SELECT COUNT(*) FROM slack_events").fetchone()[0] == 0


def test_forged_or_stale_signatures_are_refused_and_change_nothing(slack_app):
    before = audit_count(slack_app.store)
    event = {"type": "app_mention", "user": "UVAL", "text": "<@UBOT> help", "channel": "C1", "ts": "1.1"}
    assert send_event(slack_app.url, event, "EvForged", secret="not-the-secret")[0] == 401
    assert send_event(slack_app.url, event, "EvStale", timestamp=int(time.time()) - 600)[0] == 401
    item = item_called(slack_app.store, "Adult Social Care Annual Report")
    action = {"type": "block_actions", "user": {"id": "UVAL"}, "trigger_id": "t1",
              "actions": [{"action_id": "mark_submitted", "value": str(item.id), "action_ts": "1.2"}]}
    assert send_interaction(slack_app.url, action, secret="not-the-secret")[0] == 401
    slack_app.drain()
    assert [m for m, _ in slack_app.slack.calls if m != "auth.test"] == []
    assert audit_count(slack_app.store) == before
    assert DeliveryLog.beside(slack_app.store.db).count() == 0
    assert item_called(slack_app.store, "Adult Social Care Annual Report").status == "planned"


def mark_submitted(slack_app, user: str, item_id: int, action_ts: str = "1.2") -> dict:
    return {"type": "block_actions", "user": {"id": user}, "trigger_id": "t" + action_ts, "channel": {"id": "C1"},
            "response_url": slack_app.slack.response_url(action_ts), "container": {"type": "message"},
            "actions": [{"action_id": "mark_submitted", "value": str(item_id), "action_ts": action_ts}]}


def test_report_author_marks_her_report_submitted_once(slack_app):
    item = item_called(slack_app.store, "Adult Social Care Annual Report")
    payload = mark_submitted(slack_app, "UBECKY", item.id)
    assert send_interaction(slack_app.url, payload)[0] == 200
    assert send_interaction(slack_app.url, payload)[0] == 200  # the same click delivered twice
    slack_app.drain()
    [told] = slack_app.slack.calls_to("response_url")
    assert "Marked *Adult Social Care Annual Report" in told["text"]
    assert item_called(slack_app.store, "Adult Social Care Annual Report").status == "submitted"
    history = slack_app.store.item_history(item.id)
    assert [h["actor"] for h in history if h["status"] == "submitted"] == ["Becky Wilkinson"]


def test_unknown_member_is_refused_politely(slack_app):
    item = item_called(slack_app.store, "Domestic Abuse Act 2021")
    assert send_interaction(slack_app.url, mark_submitted(slack_app, "UNEW", item.id))[0] == 200
    slack_app.drain()
    [told] = slack_app.slack.calls_to("response_url")
    assert told["text"].startswith("Only the report's author")
    assert item_called(slack_app.store, "Domestic Abuse Act 2021").status == "planned"


def test_chair_defers_an_item_to_the_next_meeting(slack_app):
    item = item_called(slack_app.store, "Domestic Abuse Act 2021")
    payload = {"type": "block_actions", "user": {"id": "UVAL"}, "trigger_id": "t9", "channel": {"id": "C1"},
               "response_url": slack_app.slack.response_url("defer"), "container": {"type": "message"},
               "actions": [{"action_id": "defer_item", "value": str(item.id), "action_ts": "9.9"}]}
    assert send_interaction(slack_app.url, payload)[0] == 200
    slack_app.drain()
    moved = item_called(slack_app.store, "Domestic Abuse Act 2021")
    assert str(moved.meeting_date) == "2022-02-15"
    assert "Deferred" in slack_app.slack.calls_to("response_url")[0]["text"]


def test_app_home_shows_the_next_meeting_and_my_reports(slack_app):
    event = {"type": "app_home_opened", "user": "UBECKY", "channel": "DUBECKY", "tab": "home"}
    assert send_event(slack_app.url, event, "EvHome")[0] == 200
    [published] = slack_app.slack.wait_for("views.publish")
    assert published["user_id"] == "UBECKY"
    text = " ".join(b["text"]["text"] for b in published["view"]["blocks"] if b["type"] == "section")
    assert "Next meeting: Tuesday 19 October 2021" in text
    assert "*Adult Social Care Annual Report - Wolverhampton Local Account*\n19 October 2021; due by 10:00" in text
    # Becky is now known by her Slack id, found through her profile email once
    assert slack_app.store.person_by_slack("UBECKY").name == "Becky Wilkinson"


def test_message_shortcut_opens_the_modal_prefilled(slack_app):
    payload = {"type": "message_action", "callback_id": "add_to_programme", "trigger_id": "trig-1",
               "user": {"id": "UVAL"}, "channel": {"id": "C1"}, "action_ts": "5.5",
               "response_url": slack_app.slack.response_url("sc"),
               "message": {"type": "message", "text": "Could we look at library opening hours. Residents ask a lot.",
                           "ts": "4.4"}}
    assert send_interaction(slack_app.url, payload)[0] == 200
    [opened] = slack_app.slack.wait_for("views.open")
    assert opened["trigger_id"] == "trig-1"
    blocks = {b["block_id"]: b for b in opened["view"]["blocks"] if b["type"] == "input"}
    assert blocks["title"]["element"]["initial_value"] == "Could we look at library opening hours"


def item_submission(values: dict, view_id: str = "V1", view_hash: str = "h1") -> dict:
    state = {"title": {"value": {"type": "plain_text_input", "value": values.get("title", "")}},
             "meeting": {"value": {"type": "static_select", "selected_option": values.get("meeting")}},
             "lead": {"value": {"type": "static_select", "selected_option": values.get("lead")}},
             "notes": {"value": {"type": "plain_text_input", "value": values.get("notes")}}}
    return {"type": "view_submission", "user": {"id": values.get("user", "UVAL")}, "trigger_id": "tv",
            "view": {"id": view_id, "hash": view_hash, "type": "modal", "callback_id": "item_modal", "private_metadata": "{}",
                     "state": {"values": state}}}


def opened_modal(slack_app, user: str = "UVAL") -> None:
    """Opening a modal links the Slack user (person_for); its submission's ack then reads the store alone."""
    person = slack_app.people.val if user == "UVAL" else slack_app.people.becky
    slack_app.store.add_person(person.name, slack_id=user)


def test_view_submission_errors_are_shown_in_the_modal(slack_app):
    opened_modal(slack_app)
    before = len(slack_app.store.items(1))
    meeting = slack_app.store.next_meeting(1, FIXED_NOW.date())
    status, body = send_interaction(slack_app.url, item_submission({"title": " ", "meeting": {"value": f"m:{meeting.id}"}}))
    assert status == 200
    assert json.loads(body) == {"response_action": "errors", "errors": {"title": "Give the item a title."}}
    slack_app.drain()
    assert len(slack_app.store.items(1)) == before


def test_view_submission_adds_the_item(slack_app):
    opened_modal(slack_app)
    meeting = slack_app.store.next_meeting(1, FIXED_NOW.date())
    values = {"title": "Library opening hours", "meeting": {"value": f"m:{meeting.id}"},
              "lead": {"value": str(slack_app.people.becky.id)}, "notes": "Residents ask"}
    status, body = send_interaction(slack_app.url, item_submission(values))
    assert (status, body) == (200, "")
    slack_app.drain()
    added = item_called(slack_app.store, "Library opening hours")
    assert added.meeting_id == meeting.id and added.leads == ("Becky Wilkinson",) and added.notes == "Residents ask"
    assert "Added *Library opening hours*" in slack_app.slack.calls_to("chat.postMessage")[0]["text"]


def test_an_error_is_logged_and_the_user_told(slack_app, caplog):
    payload = mark_submitted(slack_app, "UVAL", 0)
    payload["actions"][0]["value"] = "not-a-number"
    assert send_interaction(slack_app.url, payload)[0] == 200
    slack_app.drain()
    [told] = slack_app.slack.calls_to("chat.postEphemeral")
    assert told["user"] == "UVAL" and told["text"].startswith("Sorry, something went wrong")
    assert any(r.exc_info and "not-a-number" in str(r.exc_info[1]) for r in caplog.records)


def test_a_form_corrected_after_errors_is_saved(slack_app):
    opened_modal(slack_app)  # the ack reads a snapshot, never waiting for the lock: only opening the modal links them
    meeting = slack_app.store.next_meeting(1, FIXED_NOW.date())
    blank = item_submission({"title": "", "meeting": {"value": f"m:{meeting.id}"}})
    assert json.loads(send_interaction(slack_app.url, blank)[1])["response_action"] == "errors"
    fixed = item_submission({"title": "Library opening hours", "meeting": {"value": f"m:{meeting.id}"}})
    assert send_interaction(slack_app.url, fixed) == (200, "")  # same view id and hash, new text
    assert send_interaction(slack_app.url, fixed) == (200, "")  # and a retry of that is dropped
    slack_app.drain()
    assert [i.title for i in slack_app.store.items_at(meeting.id)].count("Library opening hours") == 1


def test_a_rate_limited_reply_is_retried_after_retry_after(slack_app, slept):
    slack_app.slack.fail_next("chat.postMessage", status=429, retry_after=3)
    event = {"type": "app_mention", "user": "UVAL", "text": "<@UBOT> help", "channel": "C1", "ts": "2.2"}
    assert send_event(slack_app.url, event, "EvLimited")[0] == 200
    slack_app.drain()
    assert [p["channel"] for p in slack_app.slack.calls_to("chat.postMessage")] == ["C1", "C1"]  # refused, then sent
    assert 3 <= slept[0] < 4


def home_click(action_id: str, value: str, user: str) -> dict:
    return {"type": "block_actions", "user": {"id": user}, "trigger_id": f"trig-{action_id}",
            "view": {"id": "VHOME", "type": "home"}, "container": {"type": "view", "view_id": "VHOME"},
            "actions": [{"action_id": action_id, "value": value, "action_ts": f"{action_id}.{user}"}]}


def test_add_item_from_home_opens_the_modal_for_the_chair_only(slack_app):
    assert send_interaction(slack_app.url, home_click("open_add_item", "1", "UVAL"))[0] == 200
    assert send_interaction(slack_app.url, home_click("open_add_item", "1", "UBECKY"))[0] == 200
    slack_app.drain()
    by_trigger = {p["view"].get("callback_id") or p["view"]["title"]["text"]: p for p in slack_app.slack.calls_to("views.open")}
    modal = by_trigger["item_modal"]["view"]
    options = modal["blocks"][1]["element"]["option_groups"][0]["options"]
    assert options[0]["text"]["text"] == "Tuesday 19 October 2021" and options[-1]["value"] == "f:1"
    assert json.loads(modal["private_metadata"])["home"] is True
    assert "Only a panel's chair" in by_trigger["Not allowed"]["view"]["blocks"][0]["text"]["text"]


def test_outstanding_matter_modal_adds_a_matter_and_refreshes_home(slack_app):
    opened_modal(slack_app)
    state = {"subject": {"value": {"type": "plain_text_input", "value": "List of establishments"}},
             "lead": {"value": {"type": "static_select", "selected_option": {"value": str(slack_app.people.val.id)}}},
             "due": {"value": {"type": "datepicker", "selected_date": "2021-10-19"}},
             "position": {"value": {"type": "plain_text_input", "value": None}}}
    payload = {"type": "view_submission", "user": {"id": "UVAL"}, "trigger_id": "tm",
               "view": {"id": "VM", "hash": "h", "type": "modal", "callback_id": "matter_modal",
                        "private_metadata": json.dumps({"panel_id": 1, "home": True}), "state": {"values": state}}}
    assert send_interaction(slack_app.url, payload) == (200, "")
    slack_app.drain()
    [matter] = [m for m in slack_app.store.matters(1) if m.subject == "List of establishments"]
    assert (matter.lead, str(matter.due)) == ("Cllr Val Evans", "2021-10-19")
    [home] = slack_app.slack.calls_to("views.publish")
    assert "List of establishments" in json.dumps(home["view"])


def close_matter_click(slack_app, user: str, matter_id: int, action_ts: str) -> dict:
    return {"type": "block_actions", "user": {"id": user}, "trigger_id": "t" + action_ts, "view": {"type": "home"},
            "container": {"type": "view"}, "actions": [{"action_id": "close_matter", "value": str(matter_id),
                                                          "action_ts": action_ts}]}


def test_a_lead_sees_her_action_at_home_but_only_the_chair_closes_it(slack_app):
    """The schedule of outstanding matters is the panel's editors' to keep: a lead tells them, a crafted click changes nothing."""
    panel = slack_app.store.panels()[0]
    matter = slack_app.store.add_matter(AddMatter(panel.id, "List of care homes", "Becky Wilkinson"))
    event = {"type": "app_home_opened", "user": "UBECKY", "channel": "DUBECKY", "tab": "home"}
    send_event(slack_app.url, event, "EvHome2")
    [published] = slack_app.slack.wait_for("views.publish")
    blocks = published["view"]["blocks"]
    assert any("List of care homes" in json.dumps(b) for b in blocks)
    assert not [b for b in blocks if b.get("accessory", {}).get("action_id") == "close_matter"]
    assert "Tell the scrutiny officer" in json.dumps(blocks)

    assert send_interaction(slack_app.url, close_matter_click(slack_app, "UBECKY", matter.id, "3.1"))[0] == 200
    assert send_interaction(slack_app.url, close_matter_click(slack_app, "UVAL", matter.id, "3.2"))[0] == 200
    slack_app.drain()
    assert slack_app.store.matter(matter.id).status == "closed"
    assert slack_app.store.audit_log(1)[0]["actor"] == "Cllr Val Evans"
    calls = slack_app.slack.calls_to("chat.postEphemeral") + slack_app.slack.calls_to("chat.postMessage")
    told = [c.get("text", "") for c in calls]
    assert any("Closed *List of care homes*" in t for t in told)
    assert any(t.startswith("Only the chair, vice-chair or scrutiny officer can close") for t in told)
