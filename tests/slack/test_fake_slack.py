"""The Web API stand-in answers like Slack, and the client's retry handlers cope with its 429s and 500s."""
from __future__ import annotations

import pytest
from slack_sdk.errors import SlackApiError

from handlers.slack.client import make_client
from tests.slack.fake_slack import FakeSlack


def test_records_json_and_form_calls(fake_slack):
    client = make_client("xoxb-test", fake_slack.url)
    client.chat_postMessage(channel="C1", text="hello", blocks=[{"type": "divider"}])
    client.api_call("chat.postMessage", data={"channel": "C2", "text": "form", "blocks": '[{"type": "divider"}]'})
    posted = fake_slack.calls_to("chat.postMessage")
    assert [(p["channel"], p["text"]) for p in posted] == [("C1", "hello"), ("C2", "form")]
    assert posted[1]["blocks"] == [{"type": "divider"}]


def test_users_and_conversations(fake_slack):
    fake_slack.add_user("U1", "Val Evans", "val@example.org")
    client = make_client("xoxb-test", fake_slack.url)
    assert client.users_info(user="U1")["user"]["profile"]["email"] == "val@example.org"
    assert client.users_lookupByEmail(email="VAL@example.org")["user"]["id"] == "U1"
    assert client.conversations_open(users="U1")["channel"]["id"] == "DU1"
    with pytest.raises(SlackApiError) as err:
        client.users_info(user="U404")
    assert err.value.response["error"] == "user_not_found"
    with pytest.raises(SlackApiError) as err:
        client.users_lookupByEmail(email="nobody@example.org")
    assert err.value.response["error"] == "users_not_found"


def test_views_answer_with_an_id(fake_slack):
    client = make_client("xoxb-test", fake_slack.url)
    view = client.views_publish(user_id="U1", view={"type": "home", "blocks": []})["view"]
    assert view["type"] == "home" and view["id"].startswith("V")
    assert fake_slack.calls_to("views.publish")[0]["view"]["type"] == "home"


def test_rate_limit_is_retried_after_the_header(fake_slack, slept):
    fake_slack.fail_next("chat.postMessage", status=429, retry_after=7)
    client = make_client("xoxb-test", fake_slack.url)
    assert client.chat_postMessage(channel="C1", text="hi")["ok"]
    assert len(fake_slack.calls_to("chat.postMessage")) == 2
    assert 7 <= slept[0] < 8


def test_server_errors_are_retried_then_given_up(fake_slack, slept):
    fake_slack.fail_next("chat.postMessage", status=500, times=2)
    client = make_client("xoxb-test", fake_slack.url)
    assert client.chat_postMessage(channel="C1", text="hi")["ok"]
    fake_slack.fail_next("auth.test", status=500, times=10)
    with pytest.raises(SlackApiError):
        client.auth_test()
    assert len(fake_slack.calls_to("auth.test")) == 4  # the first try and three retries


def test_usable_without_the_fixture():
    with FakeSlack() as slack:
        assert slack.url.startswith("http://127.0.0.1:") and slack.url.endswith("/api/")
        assert make_client("xoxb-test", slack.url).auth_test()["user_id"] == "UBOT"
    assert slack.calls == [("auth.test", {})]
