"""The report in a real headless browser (Debian's chromium driven by Playwright).

Skips when chromium or Playwright is absent (a user's machine), but fails under
CI=true: CI installs chromium with .ci/install-browser.sh, so a skip there
would hide a broken setup. Screenshots are kept in artifacts/ (git-ignored).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from report_fixture import EVIL_ACTOR, XSS_IMG, XSS_SCRIPT, require, write_fixture

from pipeline.report.commands import write_report

REPO = Path(__file__).resolve().parent.parent
ARTIFACTS = REPO / "artifacts"
CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    """The fixture report opened in chromium, with every console message, page error and request recorded."""
    chromium = shutil.which("chromium")
    require("chromium (Debian package 'chromium')", chromium)
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        sync_playwright = None
    require("the Python package playwright", sync_playwright)

    tmp = tmp_path_factory.mktemp("browser")
    report = write_report(write_fixture(tmp / "pred"), tmp / "report.html")
    with sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            str(tmp / "profile"), executable_path=chromium, headless=True, args=CHROMIUM_FLAGS,
            viewport={"width": 1280, "height": 900},
        )
        page = context.new_page()
        page.set_default_timeout(10_000)
        page.events = {"console": [], "errors": [], "requests": []}
        page.on("console", lambda m: page.events["console"].append((m.type, m.text)))
        page.on("pageerror", lambda e: page.events["errors"].append(str(e)))
        page.on("request", lambda r: page.events["requests"].append(r.url))
        page.goto(report.as_uri())
        page.wait_for_load_state("load")
        yield page
        context.close()


def _visible_articles(page) -> list[str]:
    return page.eval_on_selector_all("article.article", "els => els.filter(e => !e.hidden).map(e => e.id)")


def test_browser_report_loads_without_errors_or_network(page):
    assert page.title().startswith("News actor report")
    assert page.events["errors"] == []
    assert [m for m in page.events["console"] if m[0] in ("error", "warning")] == []
    assert all(url.startswith(("file:", "data:")) for url in page.events["requests"]), page.events["requests"]


def test_browser_filter_click_changes_what_is_shown(page):
    assert len(_visible_articles(page)) == 4
    page.click("button.chip:has-text('Russia')")
    assert _visible_articles(page) == ["a0"]  # d1, the only article naming Russia
    assert page.text_content("#filter-status") == "1 of 4 articles involve Russia"
    assert page.locator("table.relations tr:has-text('trains')").is_visible()
    assert not page.locator("table.relations tr:has-text('funds')").first.is_visible()  # Iran funds Hezbollah
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "report-filtered.png"))
    page.select_option("#actor-select", label=f"{EVIL_ACTOR} (1)")
    assert _visible_articles(page) == ["a1"]
    page.click("#actor-clear")
    assert len(_visible_articles(page)) == 4


def test_browser_evidence_link_opens_the_article_text(page):
    assert not page.is_visible("#a0 .body")
    page.click("#a0 a.jump >> nth=0")
    assert page.is_visible("#a0 .body")
    assert page.locator("#a0 .body .ev").first.is_visible()


def test_browser_hostile_content_shows_as_text_and_runs_nothing(page):
    page.eval_on_selector_all("details", "els => els.forEach(d => d.open = true)")
    page.hover("#a1 .body mark.e[data-l=ORG] >> nth=0")  # the hostile actor's name in the text
    page.wait_for_timeout(300)  # give an injected handler or image a chance to fire
    assert page.evaluate("window.__pwned") is None
    text = page.text_content("body")
    for payload in (XSS_SCRIPT, XSS_IMG, EVIL_ACTOR):
        assert payload in text
    assert page.evaluate("document.scripts.length") == 1
    assert page.evaluate("document.images.length") == 2  # the network and the timeline
    ARTIFACTS.mkdir(exist_ok=True)
    page.locator("#a1").scroll_into_view_if_needed()
    page.screenshot(path=str(ARTIFACTS / "report-hostile.png"))
    assert (ARTIFACTS / "report-hostile.png").stat().st_size > 10_000
