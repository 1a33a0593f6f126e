"""Whatever is typed, the engine answers and the store survives: random text, huge text, odd characters."""
import sqlite3

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.conversation import Context
from bot.engine import respond
from handlers.converse import converse
from tests.conftest import FIXED_NOW


def snapshot(store):
    tables = ("items", "meetings", "matters", "people", "roles", "item_leads")
    return {t: store.db.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in tables}


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=300))
def test_random_text_from_a_member_always_answers_and_changes_nothing(demo_store, text):
    before = snapshot(demo_store)
    reply = respond(text, Context(demo_store, FIXED_NOW))
    assert isinstance(reply.text, str) and reply.text.strip()
    assert snapshot(demo_store) == before


WORDS = st.sampled_from(["add", "move", "withdraw", "the", "meeting", "to", "February", "31", "next", "lead", "report",
                         "I've", "sent", "cancel", "action", "yes", "no", "2", "'", ";", "DROP", "tbc", "/", "13/13",
                         "CHANNEL", "fee", "review", "health", "check", "close", "set", "deadline", "working", "days"])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(words=st.lists(WORDS, max_size=12))
def test_random_commands_from_the_officer_leave_a_consistent_store(demo_store, words):
    officer = demo_store.person_named("Earl Piggott-Smith")
    text = " ".join(words)
    reply = respond(text, Context(demo_store, FIXED_NOW, officer))  # raises if the engine has a bug
    assert reply.text.strip()
    converse(demo_store, text, officer, "officer", FIXED_NOW)  # and the changes it asks for apply cleanly
    db = demo_store.db
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert db.execute("SELECT COUNT(*) FROM items WHERE meeting_id IS NOT NULL AND meeting_id NOT IN "
                      "(SELECT id FROM meetings)").fetchone()[0] == 0


def test_ten_thousand_characters(talk):
    reply = talk("what's due " + "x" * 10_000)
    assert len(reply) < 5_000
    reply = talk("add " + "Very long title " * 700 + " to the next meeting")
    assert "keep item titles under 300" in reply
    assert len(talk.store.items(talk.panel.id)) == 13


def test_control_characters_and_emoji(talk):
    assert "19 October 2021" in talk("what's due\x00 next\u200b meeting? 🙂")


def test_a_failed_write_is_reported_and_changes_nothing(talk, monkeypatch):
    count = len(talk.store.items(talk.panel.id))

    def broken(*args, **kwargs):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(talk.store, "add_item", broken)
    reply = talk("add Hospital discharge to the next meeting")
    assert "couldn't save" in reply and "Nothing was changed" in reply
    monkeypatch.undo()
    assert len(talk.store.items(talk.panel.id)) == count
