"""A leaked calendar address, replaced or turned off by the scrutiny officer by message."""
from handlers.converse import converse
from handlers.requests import carry_out
from tests.language.conftest import NOW


def _say(riverside, text, who):
    person = riverside.store.person_named(who)
    reply = converse(riverside.store, text, person, f"person:{person.id}", NOW)
    return carry_out(riverside.store, reply, person)


def test_the_officer_gets_a_new_calendar_address_and_the_old_one_stops(riverside):
    store, panel = riverside.store, riverside.panel
    old = store.feed_token(panel.id)
    reply = _say(riverside, "the calendar link has leaked, can we get a new one please", "Ruth Osei")
    assert "new address" in reply.text
    assert store.feed_by_token(old) is None
    new = reply.text.split("/feeds/")[1].split(".ics")[0]
    assert store.feed_by_token(new) == (panel.id, None)


def test_only_the_officer_may_change_it(riverside):
    store, panel = riverside.store, riverside.panel
    old = store.feed_token(panel.id)
    reply = _say(riverside, "can you give us a new calendar link, the old one leaked", "Cllr Maria Lopez")
    assert "Only the panel's scrutiny officer" in reply.text
    assert store.feed_by_token(old) == (panel.id, None)
