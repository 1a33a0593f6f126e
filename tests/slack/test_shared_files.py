"""Files shared in Slack, over real HTTP: who may have a file read, the token kept on Slack's hosts, crafted files."""
from __future__ import annotations

import io
import json
import time
import urllib.request
import zipfile
from dataclasses import replace
from types import SimpleNamespace

import docx
import openpyxl
import pytest

from handlers.deps import Deps, Settings
from handlers.files import FileReadError
from handlers.slack.app import build_app
from handlers.slack.http import SlackServer
from handlers.slack.imports.fetch import token_may_go_to
from handlers.slack.imports.reader import Limits, read_file
from tests.conftest import FIXED_NOW
from tests.slack.fake_files import FilesSlack
from tests.slack.signing import SECRET, send_command, send_event, send_interaction

PROGRAMME = b"Date of Meeting,Item Description,Lead Report Author\n15 February 2022,Carers Strategy,Ann Smith\n"
NEW_PANEL_PROGRAMME = b"Housing Scrutiny Panel Work Programme 2022\n\n" + PROGRAMME


@pytest.fixture
def files(demo_store, people):
    demo_store.add_person("Earl Piggott-Smith", email="earl@example.org", role="scrutiny-officer",
                          panel_id=people.panel.id)
    demo_store.add_person("Sam Bloggs", email="sam@example.org")  # known to the bot, but no role on any panel
    with FilesSlack() as fake:
        for user, name, email in (("UVAL", "Val Evans", "val@example.org"), ("UEARL", "Earl Piggott-Smith",
                                  "earl@example.org"), ("USAM", "Sam Bloggs", "sam@example.org")):
            fake.add_user(user, name, email)
        settings = Settings(bot_token="xoxb-test", signing_secret=SECRET, api_url=fake.url,
                            file_hosts=(fake.downloads.host,))
        deps = Deps(store=demo_store, settings=settings, clock=lambda: FIXED_NOW)
        server = SlackServer(build_app(deps), "127.0.0.1", 0)
        server.start_in_thread(poll_interval=0.05)
        base = f"http://127.0.0.1:{server.port}"
        yield SimpleNamespace(slack=fake, url=f"{base}/slack/events", base=base, deps=deps, store=demo_store)
        server.stop()


def share(files, user: str, name: str, data: bytes, event_id: str = "Ev1") -> dict:
    files.slack.files["F1"] = (name, data)
    event = {"type": "file_shared", "file_id": "F1", "user_id": user, "channel_id": "D" + user, "event_ts": "1.0"}
    assert send_event(files.url, event, event_id=event_id)[0] == 200
    return files.slack.wait_for("chat.postMessage", timeout=30)[-1]


def click_import(files, user: str, value: dict, ts: str = "7.7") -> dict:
    payload = {"type": "block_actions", "user": {"id": user}, "trigger_id": "t", "channel": {"id": "D" + user},
               "response_url": files.slack.response_url(ts), "container": {"type": "message"},
               "actions": [{"action_id": "import_programme", "value": json.dumps(value), "action_ts": ts}]}
    assert send_interaction(files.url, payload)[0] == 200
    return files.slack.wait_for("response_url", timeout=30)[-1]


@pytest.mark.parametrize("user", ["UNEW", "USAM"])
def test_a_file_from_someone_without_a_role_is_refused_before_download(files, user):
    told = share(files, user, "minutes.txt", b"Resolved: that the report be noted.")
    assert told["channel"] == "D" + user
    assert told["text"].startswith("I only open files shared by people on a scrutiny panel")
    assert files.slack.calls_to("files.info") == [] and files.slack.downloads.requests == []


def junk_zip() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("[Content_Types].xml", b"<Types junk")
        z.writestr("word/document.xml", b"<<< not xml")
    return out.getvalue()


@pytest.mark.parametrize("name, kind", [("minutes.docx", "Word document"), ("programme.xlsx", "Excel workbook")])
def test_a_zip_of_junk_gets_one_line(files, name, kind):
    told = share(files, "UVAL", name, junk_zip())
    assert told["text"] == f"{name} is not a readable {kind} (XMLSyntaxError)"
    assert "blocks" not in told


def huge_workbook(rows: int) -> bytes:
    """A workbook of `rows` rows whose sheet XML is written directly: a few MB of XML squeezed into a small zip."""
    book = openpyxl.Workbook()
    book.active.append(["Date of Meeting", "Item Description", "Lead Report Author"])
    small = io.BytesIO()
    book.save(small)
    sheet = "".join(f'<row r="{n}"><c r="A{n}"><v>{n}</v></c><c r="B{n}" t="inlineStr"><is><t>Item {n}</t></is></c>'
                    f"</row>" for n in range(1, rows + 1))
    out = io.BytesIO()
    with zipfile.ZipFile(small) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                text = data.decode()
                data = (text[:text.index("<sheetData>")] + f"<sheetData>{sheet}</sheetData>"
                        + text[text.index("</sheetData>") + len("</sheetData>"):]).encode()
            dst.writestr(info, data)
    return out.getvalue()


def test_a_huge_workbook_is_stopped_at_the_time_limit_while_acks_and_healthz_stay_quick(files):
    files.deps.settings = replace(files.deps.settings, file_seconds=1.5)
    data = huge_workbook(300_000)
    assert len(data) < 5_000_000
    files.slack.files["F1"] = ("big.xlsx", data)
    event = {"type": "file_shared", "file_id": "F1", "user_id": "UVAL", "channel_id": "DUVAL", "event_ts": "1.0"}
    started = time.monotonic()
    assert send_event(files.url, event, event_id="EvBig")[0] == 200
    waits, n = [], 0
    while not files.slack.calls_to("chat.postMessage") and time.monotonic() - started < 30:
        n += 1
        t0 = time.perf_counter()
        with urllib.request.urlopen(files.base + "/healthz", timeout=5) as response:
            assert response.read() == b"ok"
        status, _ = send_command(files.url, "help", "UVAL", "C1", files.slack.response_url(f"c{n}"))
        waits.append(time.perf_counter() - t0)
        assert status == 200
    [told] = files.slack.calls_to("chat.postMessage")
    took = time.monotonic() - started
    assert told["text"].startswith("big.xlsx ") and "\n" not in told["text"]
    assert "too long" in told["text"] or "too big" in told["text"]
    assert took < 10, f"the reply came {took:.1f} s after the share; the limit is 1.5 s"
    assert len(waits) >= 3 and max(waits) < 0.5, f"healthz + ack took up to {max(waits):.2f} s during the read"


def test_the_token_only_goes_to_slack_file_hosts(files):
    elsewhere = files.slack.downloads.url.replace("127.0.0.1", "localhost")  # the same server, a host not allowed
    files.slack.links["F1"] = f"{elsewhere}/F1"
    told = share(files, "UVAL", "programme.csv", PROGRAMME)
    assert told["text"] == "I couldn't download programme.csv: its link is not on Slack's file servers"
    assert files.slack.downloads.requests == []


def test_a_redirect_off_slack_is_not_followed(files):
    elsewhere = files.slack.downloads.url.replace("127.0.0.1", "localhost")
    files.slack.links["F1"] = f"{files.slack.downloads.url}/redirect/{elsewhere}/F1"
    told = share(files, "UVAL", "programme.csv", PROGRAMME)
    assert told["text"] == "I couldn't download programme.csv (it redirected off Slack's file servers)"
    assert [auth for _, auth in files.slack.downloads.requests] == ["Bearer xoxb-test"]  # the first hop only


def test_which_links_may_carry_the_token():
    assert token_may_go_to("https://files.slack.com/files-pri/T1-F1/download/a.csv")
    assert token_may_go_to("https://files-edu.slack.com/files-pri/T1-F1/a.csv")
    for url in ("http://files.slack.com/files-pri/x", "https://files.slack.com.evil.example/x",
                "https://evil.example/files.slack.com/x", "https://files.slack.com@evil.example/x",
                "https://user@files.slack.com/x", "https://files.slack.com:8443/x", "file:///etc/passwd",
                "http://127.0.0.1:9/x"):
        assert not token_may_go_to(url), url
    assert token_may_go_to("http://127.0.0.1:9/x", ("127.0.0.1:9",))  # only when configured, as the tests do


def test_a_chair_is_not_offered_a_new_panel_from_a_file(files):
    told = share(files, "UVAL", "programme.csv", NEW_PANEL_PROGRAMME)
    assert "Housing Scrutiny Panel" in told["blocks"][0]["text"]["text"]
    assert not [b for b in told["blocks"] if b["type"] == "actions"]
    assert "Adding a panel is the scrutiny officer's call" in json.dumps(told["blocks"])
    # the button's payload sent anyway (forged, or from an old message): refused, no panel added
    reply = click_import(files, "UVAL", {"file": "F1", "panel": "Housing Scrutiny Panel"})
    assert reply["text"].startswith("There is no panel called Housing Scrutiny Panel yet")
    assert files.store.panel_named("Housing Scrutiny Panel") is None
    assert files.slack.downloads.requests == [("/F1", "Bearer xoxb-test")]  # the preview's download only


def test_the_scrutiny_officer_may_add_the_panel_from_a_file(files):
    told = share(files, "UEARL", "programme.csv", NEW_PANEL_PROGRAMME)
    [button] = [e for b in told["blocks"] if b["type"] == "actions" for e in b["elements"]]
    reply = click_import(files, "UEARL", json.loads(button["value"]))
    assert "Added 1 meeting and 1 item" in reply["text"]
    panel = files.store.panel_named("Housing Scrutiny Panel")
    assert [i.title for i in files.store.items(panel.id)] == ["Carers Strategy"]


def zip_bomb_docx(path, megabytes: int = 400):
    """A valid Word document whose one paragraph unpacks to `megabytes` of text (the file itself is ~2 MB)."""
    document = docx.Document()
    document.add_paragraph("x")
    small = io.BytesIO()
    document.save(small)
    with zipfile.ZipFile(small) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as dst:
        for info in src.infolist():
            if info.filename != "word/document.xml":
                dst.writestr(info, src.read(info))
                continue
            head, tail = src.read(info).split(b"<w:t>x</w:t>")
            with dst.open("word/document.xml", "w") as out:
                out.write(head + b"<w:t>")
                for _ in range(megabytes // 4):
                    out.write(b"a" * 4_000_000)
                out.write(b"</w:t>" + tail)
    return path


def test_a_zip_bomb_hits_the_child_memory_cap_not_the_server(tmp_path):
    bomb = zip_bomb_docx(tmp_path / "bomb.docx")
    assert bomb.stat().st_size < 5_000_000  # small enough to pass the download limit
    with pytest.raises(FileReadError) as refused:
        read_file(bomb, FIXED_NOW, limits=Limits(seconds=20, memory=300_000_000))
    assert str(refused.value) in ("bomb.docx is too big to read", "bomb.docx could not be read: it is too big or damaged")
