"""What the bot couldn't answer is kept, listed by message and on the command line."""
from handlers.cli import main


def test_a_message_not_understood_is_kept_with_who_and_the_guess(riverside):
    riverside.say("flibbertigibbet wobble", "Cllr Pete Nolan")
    rows = riverside.store.unanswered()
    assert [r.text for r in rows] == ["flibbertigibbet wobble"]
    assert rows[0].who == "Cllr Pete Nolan" and rows[0].guess


def test_a_did_you_mean_is_kept_too_and_a_clear_answer_is_not(riverside):
    riverside.say("whats due nxt meting", "Cllr Pete Nolan")
    assert riverside.store.unanswered() == []


def test_the_officer_asks_what_it_couldnt_answer_this_week(riverside):
    riverside.say("flibbertigibbet wobble", "Cllr Pete Nolan")
    reply = riverside.say("what couldn't you answer this week?", "Ruth Osei").text
    assert "flibbertigibbet wobble" in reply and "Cllr Pete Nolan" in reply


def test_the_command_lists_them_since_a_day(riverside, tmp_path, capsys):
    riverside.say("flibbertigibbet wobble", "Cllr Pete Nolan")
    path = riverside.store.db.conn.execute("PRAGMA database_list").fetchone()[2]
    assert main(["unanswered", "--db", path, "--since", "2020-01-01"]) == 0
    out = capsys.readouterr().out
    assert "flibbertigibbet wobble" in out and "1 message(s)" in out
    assert main(["unanswered", "--db", path, "--since", "yesterday"]) == 2
