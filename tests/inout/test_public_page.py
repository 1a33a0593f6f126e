"""The public programme page: valid, escaped, accessible HTML, published per panel, checked in headless Chromium."""
from __future__ import annotations

import re
from datetime import UTC, date, datetime

import html5lib
import pytest

from bot.changes import AddItem
from handlers.cli import main
from handlers.files.html_writer import render_panel_page
from handlers.files.programme_data import view_for
from handlers.files.public_page import page_response
from store.demo import PANEL
from tests.tools import need_tool

NOW = datetime(2021, 9, 1, 9, 0, tzinfo=UTC)
SLUG = "adults-and-safer-city-scrutiny-panel"


@pytest.fixture
def page_dir(demo_store, demo_db, tmp_path):
    panel = demo_store.panel_named(PANEL)
    demo_store.add_item(AddItem(panel.id, "<script>alert('x')</script> & Co", kind="future", window="Autumn 2021",
                                leads=("Dr Ruth Fox",)))
    demo_store.add_item(AddItem(panel.id, "Safeguarding Adults Board Annual Report", kind="standing",
                                frequency="Annually", months=(3,)))
    out = tmp_path / "site"
    assert main(["export", "--db", str(demo_db), "--format", "html", "--out", str(out), "--as-at", "2021-09-01"]) == 0
    return out


def test_export_writes_one_valid_page_per_panel_with_its_calendar_beside_it(page_dir):
    page = (page_dir / f"{SLUG}.html").read_text(encoding="utf-8")
    assert (page_dir / f"{SLUG}.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")
    parser = html5lib.HTMLParser(strict=True)
    parser.parse(page)  # strict: raises on any parse error
    assert parser.errors == []
    assert "<script" not in page.replace("&lt;script", "")
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Co" in page  # file text is escaped, never run
    assert f'href="{SLUG}.ics"' in page
    assert '<html lang="en-GB">' in page and "@media print" in page


def test_page_shows_upcoming_meetings_items_leads_future_and_standing(page_dir):
    page = (page_dir / f"{SLUG}.html").read_text(encoding="utf-8")
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page))
    assert "Adults and Safer City Scrutiny Panel Work Programme 2021-22" in text and "as at 1 September 2021" in text
    assert "20 July 2021" not in text  # past meetings are not 'upcoming'
    assert "19 October 2021 11 October 2021 Domestic Abuse Act 2021 – update on implementation Hannah Pawley" in text
    assert "Autumn 2021" in text and "Annually" in text and "March" in text
    assert "Chair: Cllr Val Evans" in text


def test_page_is_served_only_once_published_and_stays_at_the_same_address(demo_store, demo_db, capsys):
    assert page_response(demo_store, f"/programme/{SLUG}", NOW) == (404, "text/plain; charset=utf-8", b"not found")
    assert page_response(demo_store, "/slack/events", NOW) is None  # not ours to answer
    assert main(["publish", "--db", str(demo_db), "--link", "https://bot.example.org/"]) == 0
    assert f"https://bot.example.org/programme/{SLUG}" in capsys.readouterr().out
    status, kind, body = page_response(demo_store, f"/programme/{SLUG}?utm=x", NOW)
    assert (status, kind) == (200, "text/html; charset=utf-8") and b"Work Programme 2021-22" in body
    status, kind, body = page_response(demo_store, f"/programme/{SLUG}.ics", NOW)
    assert (status, kind) == (200, "text/calendar; charset=utf-8") and body.startswith(b"BEGIN:VCALENDAR")
    assert page_response(demo_store, "/programme/../../etc/passwd", NOW)[0] == 404
    assert main(["publish", "--db", str(demo_db), "--off"]) == 0
    assert page_response(demo_store, f"/programme/{SLUG}", NOW)[0] == 404
    assert main(["publish", "--db", str(demo_db)]) == 0
    assert page_response(demo_store, f"/programme/{SLUG}", NOW)[0] == 200  # the same address again


def test_publish_with_an_unknown_panel_is_a_polite_error(demo_db, capsys):
    assert main(["publish", "--db", str(demo_db), "--panel", "Nonexistent Panel"]) == 2
    assert "no panel called 'Nonexistent Panel'" in capsys.readouterr().err


def test_a_panel_with_nothing_yet_still_renders(fresh_store):
    panel = fresh_store.add_panel("Corporate Parenting Board")
    page = render_panel_page(view_for(fresh_store, panel, as_at=date(2024, 5, 1)), "feed.ics")
    html5lib.HTMLParser(strict=True).parse(page)
    assert "No meetings are arranged yet." in page


def _luminance(rgb: str) -> float:
    values = [int(v) / 255 for v in re.findall(r"\d+", rgb)[:3]]
    linear = [v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4 for v in values]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def _contrast(fg: str, bg: str) -> float:
    a, b = sorted((_luminance(fg), _luminance(bg)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def test_page_in_headless_chromium_has_no_errors_captioned_tables_and_good_contrast(page_dir, tmp_path):
    chromium, chromedriver = need_tool("chromium", "chromedriver")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By

    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1280,1600"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(chromedriver), options=options)
    try:
        driver.get((page_dir / f"{SLUG}.html").as_uri())
        tables = driver.find_elements(By.TAG_NAME, "table")
        assert len(tables) == 3
        for table in tables:
            assert table.find_element(By.TAG_NAME, "caption").text.strip()
            assert table.find_elements(By.CSS_SELECTOR, "thead th[scope=col]")
        assert [h.text for h in driver.find_elements(By.TAG_NAME, "h2")] == [
            "Upcoming meetings", "Possible future items", "Standing items", "Add the meetings to your calendar"]
        header = driver.find_element(By.CSS_SELECTOR, "thead th")
        colour, background = (header.value_of_css_property(p) for p in ("color", "background-color"))
        assert _contrast(colour, background) >= 7  # WCAG AAA for the header band
        body = driver.find_element(By.TAG_NAME, "body")
        assert _contrast(body.value_of_css_property("color"), "rgb(255, 255, 255)") >= 7
        shot = tmp_path / "page.png"
        assert driver.save_screenshot(str(shot)) and shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
        assert driver.find_element(By.CSS_SELECTOR, ".subscribe").value_of_css_property("display") == "none"
        errors = [e for e in driver.get_log("browser") if e["level"] in ("SEVERE", "WARNING")]
        assert errors == []
    finally:
        driver.quit()


def test_templates_are_package_data_so_a_wheel_install_has_them():
    import tomllib
    from pathlib import Path

    import handlers.files

    root = Path(__file__).resolve().parents[2]
    globs = tomllib.loads((root / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]["handlers.files"]
    here = Path(handlers.files.__file__).parent
    shipped = {p for g in globs for p in here.glob(g)}
    assert shipped and set((here / "templates").iterdir()) <= shipped
