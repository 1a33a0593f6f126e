"""Replies through response_url go over kept-alive connections, to the right place, and never twice."""
from __future__ import annotations

import select

import pytest
from slack_bolt.context.respond import Respond

from handlers.slack import responder
from handlers.slack.app import LISTENER_THREADS
from handlers.slack.responder import Responder, responder_for
from tests.slack.signing import send_command


def test_replies_to_many_commands_share_a_few_connections_and_each_reaches_its_own_url(slack_app):
    slack = slack_app.slack
    for n in range(8):
        assert send_command(slack_app.url, "what's due next meeting?", "UVAL", "C1", slack.response_url(f"c{n}"))[0] == 200
        slack.wait_for("response_url", n + 1)
    replies = slack.calls_to("response_url")
    assert [r["_tag"] for r in replies] == [f"c{n}" for n in range(8)]
    assert all("19 October 2021" in r["text"] for r in replies)
    # Bolt's respond opened a connection per reply: 8 here; the kept ones are at most one per listener thread
    assert len(slack.response_peers) == 8 and len(set(slack.response_peers)) <= LISTENER_THREADS


def test_a_kept_connection_the_other_end_closed_is_replaced_before_sending(fake_slack):
    fake_slack.close_after_reply = True  # as a server's idle timeout does, without a Connection: close header
    respond = Responder(fake_slack.response_url("a"))
    assert respond(text="first").status_code == 200
    port = int(fake_slack.url.split(":")[2].split("/")[0])
    [kept] = [c for key, c in responder._local.connections.items() if key[2] == port]
    assert select.select([kept.sock], [], [], 5)[0]  # the stand-in's close has arrived (no race with the next post)
    assert Responder(fake_slack.response_url("b"))(text="second", response_type="ephemeral").status_code == 200
    assert [(r["_tag"], r["text"]) for r in fake_slack.calls_to("response_url")] == [("a", "first"), ("b", "second")]
    assert len(set(fake_slack.response_peers)) == 2


def test_a_reply_lost_after_it_was_sent_is_an_error_and_is_not_sent_again(fake_slack):
    respond = Responder(fake_slack.response_url("lost"))
    assert respond(text="warm").status_code == 200  # the connection is now kept
    fake_slack.lose_reply("response_url", "reset")
    with pytest.raises(ConnectionError):
        respond(text="the chair's confirmation")
    assert [r["text"] for r in fake_slack.calls_to("response_url")] == ["warm", "the chair's confirmation"]
    assert respond(text="next").status_code == 200  # a fresh connection for the next reply
    assert len(fake_slack.calls_to("response_url")) == 3


def test_a_reply_lost_after_it_was_sent_is_kept_for_a_dm(slack_app):
    slack = slack_app.slack
    slack.lose_reply("response_url", "reset")
    assert send_command(slack_app.url, "what's due next meeting?", "UVAL", "C1", slack.response_url("x"))[0] == 200
    slack_app.drain()
    assert len(slack.calls_to("response_url")) == 1
    [(_, user, channel, message)] = slack_app.store.kept_replies("UVAL")
    assert user == "UVAL" and channel == "UVAL" and "19 October 2021" in message["text"]


def test_what_respond_sends_is_what_bolt_sent(fake_slack):
    respond = Responder(fake_slack.response_url("m"))
    respond(text="Done", blocks=[], replace_original=True, response_type=None)
    [sent] = fake_slack.calls_to("response_url")
    assert {k: v for k, v in sent.items() if k != "_tag"} == {"text": "Done", "replace_original": True}
    with pytest.raises(ValueError):
        Responder(None)(text="nowhere to go")


def test_behind_an_http_proxy_bolts_own_respond_is_kept():
    proxied = Respond(response_url="https://hooks.slack.com/commands/1", proxy="http://proxy.council.example:3128")
    assert responder_for(proxied) is proxied
    assert isinstance(responder_for(Respond(response_url="https://hooks.slack.com/commands/1")), Responder)
