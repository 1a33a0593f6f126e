"""A leaked calendar-feed address can be rotated (a new one works, the old one is gone) or revoked, by CLI or store."""
from __future__ import annotations

import pytest

from handlers.deps import Deps
from handlers.slack.imports.feeds import feed_response
from tests.test_cli import run


def status(store, token: str) -> int:
    return feed_response(Deps(store=store, clock=store.clock), f"/feeds/{token}.ics")[0]


def test_rotate_gives_a_new_address_and_kills_the_old_one(demo_store):
    panel = demo_store.panels()[0]
    old = demo_store.feed_token(panel.id)
    new = demo_store.rotate_feed(panel.id, actor="Olive Officer")
    assert new != old and status(demo_store, new) == 200 and status(demo_store, old) == 404
    assert demo_store.feed_token(panel.id) == new  # export --link now prints the new address
    entry = demo_store.audit_log(1)[0]
    assert (entry["actor"], entry["action"]) == ("Olive Officer", "rotate")
    assert old not in str(entry) and new not in str(entry)  # a token is a password: never in the audit


def test_revoke_stops_a_persons_feed(demo_store):
    becky = demo_store.person_named("Becky Wilkinson")
    token = demo_store.feed_token(person_id=becky.id)
    assert demo_store.revoke_feed(person_id=becky.id) == 1 and status(demo_store, token) == 404
    assert demo_store.revoke_feed(person_id=becky.id) == 0


def test_a_feed_has_exactly_one_owner(demo_store):
    with pytest.raises(ValueError):
        demo_store.rotate_feed()
    with pytest.raises(ValueError):
        demo_store.revoke_feed(1, 1)


def test_cli_rotate_and_revoke(capsys, demo_db, demo_store):
    panel = demo_store.panels()[0]
    old = demo_store.feed_token(panel.id)
    code, out, _ = run(capsys, "feeds", "rotate", "--db", demo_db, "--panel", panel.name, "--link",
                       "https://bot.example.org/")
    assert code == 0 and "the old address no longer works" in out
    new = out.strip().splitlines()[-1].removeprefix("https://bot.example.org/feeds/").removesuffix(".ics")
    assert status(demo_store, new) == 200 and status(demo_store, old) == 404
    code, out, _ = run(capsys, "feeds", "revoke", "--db", demo_db, "--panel", panel.name)
    assert code == 0 and out.startswith("Revoked the calendar feed for the Adults") and status(demo_store, new) == 404


@pytest.mark.parametrize("args, says", [
    ([], "say whose feed"), (["--panel", "No Such Panel"], "no panel called"),
    (["--panel", "Adults and Safer City Scrutiny Panel", "--person", "Becky Wilkinson"], "say whose feed"),
])
def test_cli_bad_input_is_one_line_and_changes_nothing(capsys, demo_db, demo_store, args, says):
    token = demo_store.feed_token(demo_store.panels()[0].id)
    code, _, err = run(capsys, "feeds", "rotate", "--db", demo_db, *args)
    assert code == 2 and says in err and len(err.strip().splitlines()) == 1
    assert status(demo_store, token) == 200
