"""The lead menus search everyone as you type (an external select), not just the first hundred people."""
from __future__ import annotations

import json

from tests.slack.signing import send_interaction
from tests.slack.test_http import item_called, item_submission, opened_modal


def suggest(slack_app, typed: str) -> list[dict]:
    payload = {"type": "block_suggestion", "user": {"id": "UVAL"}, "action_id": "lead_search", "block_id": "lead",
               "value": typed, "container": {"type": "view", "view_id": "V1"},
               "view": {"id": "V1", "type": "modal", "callback_id": "item_modal"}}
    status, body = send_interaction(slack_app.url, payload)
    assert status == 200
    return json.loads(body)["options"]


def suggest_as(slack_app, user: str) -> list[dict]:
    payload = {"type": "block_suggestion", "user": {"id": user}, "action_id": "lead_search", "block_id": "lead",
               "value": "", "view": {"id": "V1", "type": "modal", "callback_id": "item_modal"}}
    return json.loads(send_interaction(slack_app.url, payload)[1])["options"]


def test_only_someone_who_can_edit_gets_the_directory(slack_app):
    slack_app.store.add_person("Becky Wilkinson", slack_id="UBECKY")  # a report author: no modal, no directory
    assert suggest_as(slack_app, "UBECKY") == [] and suggest_as(slack_app, "UNEW") == []
    assert slack_app.slack.calls_to("users.info") == []  # answered from the store alone
    opened_modal(slack_app)
    assert suggest_as(slack_app, "UVAL")


def test_a_person_beyond_the_first_hundred_is_found_by_typing(slack_app):
    opened_modal(slack_app)
    for n in range(150):
        slack_app.store.add_person(f"Officer {n:03d} Example", email=f"o{n}@example.org")
    assert len(suggest(slack_app, "")) == 100  # Slack's limit for one answer
    [found] = suggest(slack_app, "officer 149")
    assert found["text"]["text"] == "Officer 149 Example"
    assert found["value"] == str(slack_app.store.person_named("Officer 149 Example").id)


def test_names_starting_with_the_typed_text_come_first(slack_app):
    opened_modal(slack_app)
    names = [o["text"]["text"] for o in suggest(slack_app, "bec")]
    assert names[0] == "Becky Wilkinson"
    assert suggest(slack_app, "nobody like this") == []


def test_the_modal_offers_the_search_and_saves_the_chosen_lead(slack_app):
    opened_modal(slack_app)
    click = {"type": "block_actions", "user": {"id": "UVAL"}, "trigger_id": "t-add", "view": {"type": "home"},
             "container": {"type": "view"}, "actions": [{"action_id": "open_add_item", "value": "1", "action_ts": "1"}]}
    send_interaction(slack_app.url, click)
    [opened] = slack_app.slack.wait_for("views.open")
    lead = next(b for b in opened["view"]["blocks"] if b.get("block_id") == "lead")["element"]
    assert (lead["type"], lead["action_id"], "options" in lead) == ("external_select", "lead_search", False)
    meeting = slack_app.store.next_meeting(1, slack_app.deps.clock().date())
    submission = item_submission({"title": "Library opening hours", "meeting": {"value": f"m:{meeting.id}"}})
    chosen = suggest(slack_app, "becky")[0]
    submission["view"]["state"]["values"]["lead"] = {"lead_search": {"type": "external_select",
                                                                     "selected_option": chosen}}
    assert send_interaction(slack_app.url, submission) == (200, "")
    slack_app.drain()
    assert item_called(slack_app.store, "Library opening hours").leads == ("Becky Wilkinson",)
