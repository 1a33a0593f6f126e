"""`scrutiny-bot moderngov committees | connect | sync` against the stand-in, including Manchester's real responses."""
from __future__ import annotations

from datetime import date

from handlers.cli import main
from handlers.cli import moderngov as cli
from store import open_store
from tests.moderngov.standin import ModernGovSite


class Args(dict):
    __getattr__ = dict.get


def test_committees_current_first_and_expired_marked(site, client_for, capsys):
    assert cli.run_committees(Args(site=site.url), client_for=client_for) == 0
    assert capsys.readouterr().out.splitlines() == [
        "   501  Adults Scrutiny Panel", "   502  Children and Young People Scrutiny Panel",
        "   400  Adults and Health Scrutiny Panel (2019-2022)  (expired)"]


def test_a_committee_title_that_could_be_several_asks_which(site, client_for, db_path, capsys):
    code = main(["moderngov", "connect", "--db", str(db_path), "--site", site.url, "--committee", "scrutiny panel"])
    err = capsys.readouterr().err
    assert code == 2 and "“scrutiny panel” could be:" in err and "501  Adults Scrutiny Panel" in err
    assert open_store(db_path).panels() == []  # nothing written


def test_an_unknown_site_address_is_one_line(db_path, capsys):
    code = main(["moderngov", "connect", "--db", str(db_path), "--site", "ftp://x", "--committee", "1"])
    assert code == 2
    assert capsys.readouterr().err.strip() == "scrutiny-bot: 'ftp://x' is not a web address (try democracy.example.gov.uk)"


def test_sync_with_no_connected_panel_says_so(db_path, capsys):
    open_store(db_path).close()
    assert main(["moderngov", "sync", "--db", str(db_path)]) == 2
    assert "no panel is connected to ModernGov yet" in capsys.readouterr().err


def test_manchesters_real_audit_committee(db_path, capsys):
    """The real responses, verbatim: connect by title, sync after the 10 February 2026 meeting."""
    with ModernGovSite() as real:
        real.serve_real()
        assert main(["moderngov", "connect", "--db", str(db_path), "--site", real.url + "/mgWebService.asmx",
                     "--committee", "audit"]) == 0
        assert "The Audit Committee now follows “Audit Committee” (id 144)" in capsys.readouterr().out
        assert main(["moderngov", "sync", "--db", str(db_path), "--now", "2026-02-20"]) == 0
        out = capsys.readouterr().out
    store = open_store(db_path)
    panel = store.panel_named("Audit Committee")
    meetings = store.meetings(panel.id)
    assert [(m.date, m.time.hour, m.venue, m.status, m.agenda_published) for m in meetings] == [
        (date(2026, 2, 10), 10, "Council Antechamber, Level 2, Town Hall Extension", "confirmed", date(2026, 2, 2))]
    assert "The agenda for the 10 February 2026 meeting was published in ModernGov on 2 February 2026." in out
    assert "The minutes of the 10 February 2026 meeting of the Audit Committee are published in ModernGov" in out
    assert "13 January" not in out  # cancelled before the bot knew it: nothing to do


def test_sync_of_a_failing_site_says_so_in_one_line_and_exits_2(site, client_for, db_path, capsys):
    assert main(["moderngov", "connect", "--db", str(db_path), "--site", site.url, "--committee", "501"]) == 0
    site.fail("GetMeetings", 500, times=3)
    code = cli.run_sync(Args(db=str(db_path), now="2026-02-01"), client_for=client_for)
    out = capsys.readouterr().out
    assert code == 2
    assert f"  Could not sync: {site.url.split('//')[1]} answered 500 (GetMeetings, 3 tries). Nothing was half-changed; " \
           "the next sync tries again." in out
    assert open_store(db_path).meetings(1) == []
