"""`scrutiny-bot remind`: one sweep from the command line; --dry-run lists and changes nothing."""
from __future__ import annotations

import pytest

from handlers.cli import main
from tests.slack.fake_slack import FakeSlack


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def _reminder_count(db_path) -> int:
    from store import open_store
    store = open_store(db_path, create=False)
    try:
        return store.db.execute("SELECT COUNT(*) FROM reminders").fetchone()[0]
    finally:
        store.close()


def test_dry_run_lists_recipient_item_meeting_deadline_kind(capsys, demo_db):
    code, out, _ = run(capsys, "remind", "--db", demo_db, "--now", "2021-07-05T09:30", "--dry-run")
    assert code == 0
    rows = [line.split("\t") for line in out.splitlines() if "\t" in line]
    assert ["Becky Wilkinson (no Slack id)", "Mandatory Vaccinations for Social Care Homes", "20 July 2021",
            "10:00 on Monday 5 July 2021", "deadline-day"] in rows
    assert "2 nudge(s) due" in out and "nothing sent" in out
    assert _reminder_count(demo_db) == 0


def test_dry_run_on_a_bank_holiday_lists_nothing(capsys, demo_db):
    code, out, _ = run(capsys, "remind", "--db", demo_db, "--now", "2021-08-30T10:00", "--dry-run")
    assert code == 0 and out.startswith("0 nudge(s) due")


def test_without_a_token_a_real_sweep_refuses_and_records_nothing(capsys, demo_db, monkeypatch):
    monkeypatch.delenv("SLACK_BOT_TOKEN", raising=False)
    code, _, err = run(capsys, "remind", "--db", demo_db, "--now", "2021-07-05T09:30")
    assert code == 2 and "SLACK_BOT_TOKEN is not set" in err and "--dry-run" in err
    assert _reminder_count(demo_db) == 0


def test_a_real_sweep_delivers_once(capsys, demo_db, monkeypatch):
    with FakeSlack() as slack:
        slack.add_user("UBECKY", "Becky Wilkinson", "becky@example.org")
        monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-test")
        monkeypatch.setenv("SLACK_API_URL", slack.url)
        code, out, _ = run(capsys, "people", "add", "Becky Wilkinson", "--email", "becky@example.org", "--db", demo_db)
        assert code == 0
        code, out, _ = run(capsys, "remind", "--db", demo_db, "--now", "2021-07-05T09:30")
        assert code == 0 and "1 sent, 1 unreachable" in out
        assert [p["channel"] for p in slack.calls_to("chat.postMessage")] == ["DUBECKY"]
        code, out, _ = run(capsys, "remind", "--db", demo_db, "--now", "2021-07-05T09:35")
        assert "0 sent" in out and len(slack.calls_to("chat.postMessage")) == 1


@pytest.mark.parametrize("now", ["yesterday", "2021-13-01"])
def test_a_bad_now_is_one_line(capsys, demo_db, now):
    code, _, err = run(capsys, "remind", "--db", demo_db, "--now", now, "--dry-run")
    assert code == 2 and err.count("\n") == 1
