"""The command line, as a user runs it: arguments in, text and exit status out."""
import csv
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from handlers.cli import main

BIN = Path(sys.executable).parent / "scrutiny-bot"


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_next_meeting_before_the_first_meeting(capsys, demo_db):
    code, out, _ = run(capsys, "say", "--db", demo_db, "--as", "val evans", "--now", "2021-07-01", "what's due next meeting?")
    assert code == 0
    assert "Tuesday 20 July 2021" in out
    assert "Principal Social Worker Annual Report — Jenny Rogers" in out
    assert "Mandatory Vaccinations for Social Care Homes — Becky Wilkinson" in out
    assert "Agenda published Monday 12 July 2021" in out
    assert "Domestic Abuse" not in out


def test_next_meeting_between_meetings(capsys, demo_db):
    code, out, _ = run(capsys, "say", "--db", demo_db, "--as", "Cllr Val Evans", "--now", "2021-08-01T12:00",
                       "what's due next meeting?")
    assert "Tuesday 19 October 2021" in out
    for title in ("Domestic Abuse Act 2021", "Safer Wolverhampton Partnership Board", "CHANNEL guidance",
                  "Wolverhampton Local Account"):
        assert title in out
    assert "Principal Social Worker" not in out


def test_after_the_last_meeting_lists_what_is_tbc(capsys, demo_db):
    _, out, _ = run(capsys, "say", "--db", demo_db, "--as", "VAL EVANS", "--now", "2022-06-01", "next meeting?")
    assert "No meeting" in out and "15 February 2022" in out
    assert "Headlines from Self Assessment" in out and "Adult Social Care Workforce Health Check 2020" in out


def test_demo_database_pretends_it_is_september_2021(capsys, demo_db):
    _, out, _ = run(capsys, "say", "--db", demo_db, "--as", "val evans", "what's due next meeting?")
    assert "19 October 2021" in out


def test_show_the_work_programme(capsys, demo_db):
    _, out, _ = run(capsys, "say", "--db", demo_db, "--as", "val evans", "show the work programme")
    assert out.index("20 July 2021") < out.index("19 October 2021") < out.index("15 February 2022")
    assert "Possible future items" in out
    assert "Becky Wilkinson, Sandra Ashton-Jones and Tom Denham" in out


@pytest.mark.parametrize("argv, message", [
    (["say", "--as", "Nobody Known", "hello"], "no person called"),
    (["say", "--as", "val evans", "--now", "yesterday-ish", "hello"], "--now"),
    (["say", "--as", "val evans", "--panel", "Nope Panel", "hello"], "no panel called"),
])
def test_bad_arguments_exit_2_with_one_line(capsys, demo_db, argv, message):
    code, out, err = run(capsys, *argv[:1], "--db", demo_db, *argv[1:])
    assert code == 2 and out == ""
    assert message in err and err.count("\n") == 1


def test_missing_database_is_reported_not_created(capsys, tmp_path):
    for argv in (["say", "--as", "x", "hi"], ["export", "--format", "csv"], ["chat"]):
        code, _, err = run(capsys, argv[0], "--db", tmp_path / "missing.db", *argv[1:])
        assert code == 2 and "no database" in err
    assert not (tmp_path / "missing.db").exists()


def test_corrupt_database_is_reported(capsys, tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"garbage" * 500)
    code, _, err = run(capsys, "say", "--db", bad, "--as", "x", "hi")
    assert code == 2 and "not a usable" in err
    assert bad.read_bytes() == b"garbage" * 500


def test_panel_and_people_commands(capsys, tmp_path):
    db = tmp_path / "new.db"
    assert run(capsys, "panel", "add", "--db", db, "Corporate Parenting Board")[0] == 0
    run(capsys, "people", "add", "--db", db, "Cllr Ann Smith", "--role", "chair", "--panel", "corporate parenting board")
    run(capsys, "people", "add", "--db", db, "ann smith", "--email", "ann@example.org", "--slack-id", "U123",
        "--role", "member", "--panel", "Corporate Parenting Board")
    _, out, _ = run(capsys, "people", "list", "--db", db)
    assert "Cllr Ann Smith <ann@example.org, U123>" in out
    assert "chair (Corporate Parenting Board)" in out and "member (Corporate Parenting Board)" in out
    _, out, _ = run(capsys, "panel", "list", "--db", db)
    assert out.strip() == "Corporate Parenting Board"


def test_role_needs_a_panel(capsys, tmp_path):
    code, _, err = run(capsys, "people", "add", "--db", tmp_path / "x.db", "Ann", "--role", "chair")
    assert code == 2 and "--panel" in err


def test_export_items_csv(capsys, demo_db, tmp_path):
    out_file = tmp_path / "items.csv"
    assert run(capsys, "export", "--db", demo_db, "--format", "csv", "--out", out_file)[0] == 0
    rows = list(csv.DictReader(out_file.open(encoding="utf-8-sig")))
    assert len(rows) == 13
    first = rows[0]
    assert first["panel"] == "Adults and Safer City Scrutiny Panel"
    assert first["meeting_date"] == "2021-07-20" and first["kind"] == "scheduled" and first["lead"] == "Jenny Rogers"
    future = [r for r in rows if r["kind"] == "future"]
    assert len(future) == 5 and all(r["meeting_date"] == "" for r in future)


def test_export_meetings_and_matters_csv(capsys, demo_db):
    _, out, _ = run(capsys, "export", "--db", demo_db, "--what", "meetings", "--format", "csv", "--no-bom")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [(r["date"], r["agenda_published"]) for r in rows] == [
        ("2021-07-20", "2021-07-12"), ("2021-10-19", "2021-10-11"), ("2022-02-15", "2022-02-07")]
    assert rows[0]["report_deadline"].startswith("2021-07-05T10:00")
    _, out, _ = run(capsys, "export", "--db", demo_db, "--what", "matters", "--format", "csv", "--no-bom")
    assert out.splitlines()[0] == "panel,raised_at,subject,lead,due,position,status"


def test_console_script_reads_one_message_per_line(demo_db):
    result = subprocess.run(
        [str(BIN), "chat", "--db", str(demo_db), "--now", "2021-07-01"],
        input="what's due next meeting?\nshow the work programme\n", capture_output=True, text=True, timeout=60,
        env={**os.environ, "SCRUTINY_DB": "/nonexistent/elsewhere.db"},
    )
    assert result.returncode == 0, result.stderr
    assert "Tuesday 20 July 2021" in result.stdout and "Possible future items" in result.stdout


def test_serve_without_tokens_explains(capsys, monkeypatch):
    monkeypatch.delenv("SLACK_BOT_TOKEN", raising=False)
    code, _, err = run(capsys, "serve")
    assert code == 2 and "SLACK_BOT_TOKEN" in err and "chat" in err


def test_say_keeps_a_pending_question_for_the_next_say(capsys, demo_db):
    base = ["say", "--db", demo_db, "--as", "Earl Piggott-Smith"]
    _, out, _ = run(capsys, *base, "add Public health update to 4 December 2024")
    assert "(yes/no)" in out
    _, out, _ = run(capsys, *base, "yes")
    assert out.startswith("Added “Public health update”")
    _, out, _ = run(capsys, "export", "--db", demo_db, "--format", "csv")
    assert "2024-12-04,Public health update" in out


def test_a_member_asking_for_a_change_is_told_who_can(capsys, demo_db):
    run(capsys, "people", "add", "--db", demo_db, "Cllr Anwen Muston", "--role", "member", "--panel",
        "Adults and Safer City Scrutiny Panel")
    _, out, _ = run(capsys, "say", "--db", demo_db, "--as", "anwen muston", "withdraw the fee review")
    assert "Only the chair, vice-chair or scrutiny officer" in out and "Val Evans" in out


def test_as_accepts_a_slack_user_id(capsys, demo_db):
    run(capsys, "people", "add", "--db", demo_db, "Becky Wilkinson", "--slack-id", "U0BECKY")
    code, out, _ = run(capsys, "say", "--db", demo_db, "--as", "U0BECKY", "what am I presenting?")
    assert code == 0 and out.startswith("You are lead on 3 items")


def test_linking_the_console_to_a_panel_makes_it_the_one_talked_about(capsys, demo_db):
    from store import open_store
    store = open_store(Path(demo_db))
    other = store.add_panel("Health Scrutiny Panel", actor="test")
    store.add_person("Earl Piggott-Smith", role="scrutiny-officer", panel_id=other.id, actor="test")
    store.close()
    base = ["say", "--db", demo_db, "--as", "Earl Piggott-Smith", "--now", "2021-07-01"]
    _, out, _ = run(capsys, *base, "what's due next meeting?")
    assert "Which panel" in out
    _, out, _ = run(capsys, *base, "link this channel to the Adults and Safer City Scrutiny Panel")
    assert "This console now follows the Adults and Safer City Scrutiny Panel" in out
    _, out, _ = run(capsys, *base, "what's due next meeting?")
    assert "Tuesday 20 July 2021" in out and "Which panel" not in out
