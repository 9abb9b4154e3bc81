"""The report in a real headless browser (Debian's chromium driven by Playwright).

The interactive network needs the vendored graph library (``make vendor``); without it
these tests skip, or fail under CI=true like a missing chromium.

Skips when chromium or Playwright is absent (a user's machine), but fails under
CI=true: CI installs chromium with .ci/install-browser.sh, so a skip there
would hide a broken setup. Screenshots are kept in artifacts/ (git-ignored).
How soon the page answers clicks is a benchmark (bench/report_ready.py), not a test.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
from contextlib import contextmanager
from pathlib import Path

import pytest
from conftest import WIKINEWS, require_shared
from report_fixture import EVIL_ACTOR, XSS_IMG, XSS_SCRIPT, require, vendored, write_fixture

from pipeline.cli import main
from pipeline.report.commands import write_report
from pipeline.report.vendor import packages

REPO = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("report_ready", REPO / "bench" / "report_ready.py")
report_ready = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(report_ready)  # its invented crowd of 320 actors
ARTIFACTS = REPO / "artifacts"
CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


@pytest.fixture(scope="module")
def pw():
    """One Playwright driver for the module (the sync API allows one at a time)."""
    require("chromium (Debian package 'chromium')", shutil.which("chromium"))
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        sync_playwright = None
    require("the Python package playwright", sync_playwright)
    with sync_playwright() as driver:
        yield driver


@contextmanager
def opened(pw, report: Path, profile: Path):
    """A report opened in chromium, with every console message, page error and request recorded."""
    context = pw.chromium.launch_persistent_context(
        str(profile), executable_path=shutil.which("chromium"), headless=True, args=CHROMIUM_FLAGS,
        viewport={"width": 1280, "height": 900},
    )
    page = context.new_page()
    page.set_default_timeout(10_000)
    page.events = {"console": [], "errors": [], "requests": []}
    page.on("console", lambda m: page.events["console"].append((m.type, m.text)))
    page.on("pageerror", lambda e: page.events["errors"].append(str(e)))
    page.on("request", lambda r: page.events["requests"].append(r.url))
    try:
        page.goto(report.as_uri())
        page.wait_for_load_state("load")
        yield page
    finally:
        context.close()


def interactive_report(predictions: Path, output: Path) -> Path:
    """The report with its interactive network: needs the vendored graph library (make vendor)."""
    require("the vendored graph library (run: make vendor)", vendored())
    return write_report(predictions, output)


def ready_ms(page, timeout_ms: int = 20_000) -> int:
    """Milliseconds from navigation start until the network is laid out and answers clicks."""
    page.wait_for_selector("html[data-wb-ready]", timeout=timeout_ms)
    return int(page.evaluate("document.documentElement.dataset.wbReady"))


@pytest.fixture(scope="module")
def page(pw, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("browser")
    with opened(pw, interactive_report(write_fixture(tmp / "pred"), tmp / "report.html"), tmp / "profile") as page:
        ready_ms(page)
        yield page


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
    assert _visible_edges(page) == ["Russia trains Hezbollah"]  # the interactive network follows the actor filter
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "report-filtered.png"))
    page.select_option("#actor-select", label=f"{EVIL_ACTOR} (1)")
    assert _visible_articles(page) == ["a1"]
    page.click("#actor-clear")
    assert len(_visible_articles(page)) == 4
    assert len(_visible_edges(page)) == 5


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
    # ours, the vendored packages, the network's code, and its data (type application/json, never run)
    assert page.evaluate("document.scripts.length") == 1 + len(packages()) + 2
    assert page.evaluate("[...document.scripts].filter(s => s.type === 'application/json').length") == 1
    assert page.evaluate("document.images.length") == 2  # the network and the timeline
    ARTIFACTS.mkdir(exist_ok=True)
    page.locator("#a1").scroll_into_view_if_needed()
    page.screenshot(path=str(ARTIFACTS / "report-hostile.png"))
    assert (ARTIFACTS / "report-hostile.png").stat().st_size > 10_000


# -- the interactive network, evidence panel and timeline ------------------------------------------------------


def show_network(page) -> None:
    """The network in mid-screen, clear of the sticky actor filter at the top."""
    page.eval_on_selector("#cy", "el => el.scrollIntoView({block: 'center'})")


def click_edge(page, source: str, relation: str, target: str) -> None:
    """A real mouse click on the middle of the drawn edge."""
    show_network(page)
    x, y = page.evaluate("""([s, rel, t]) => {
        const cy = window.workbench.cy;
        const e = cy.edges().filter(e => e.source().data("label") === s && e.data("rel") === rel && e.target().data("label") === t)[0];
        const p = e.renderedMidpoint(), box = cy.container().getBoundingClientRect();
        return [box.left + p.x, box.top + p.y];
    }""", [source, relation, target])
    page.mouse.click(x, y)


def click_node(page, label: str) -> None:
    show_network(page)
    x, y = page.evaluate("""(label) => {
        const cy = window.workbench.cy, n = cy.nodes().filter(n => n.data("label") === label)[0];
        const p = n.renderedPosition(), box = cy.container().getBoundingClientRect();
        return [box.left + p.x, box.top + p.y];
    }""", label)
    page.mouse.click(x, y)


def _visible_edges(page) -> list[str]:
    return sorted(page.evaluate("""window.workbench.cy.edges().not(".hidden").map(
        e => `${e.source().data("label")} ${e.data("rel")} ${e.target().data("label")}`)"""))


def test_browser_edge_click_shows_its_evidence_sentence(page):
    click_edge(page, "Russia", "trains", "Hezbollah")
    panel = page.locator("#wb-panel")
    assert "Russia" in panel.locator("h3").text_content() and "trains" in panel.locator("h3").text_content()
    assert panel.locator(".wb-ev").all_text_contents() == [
        "Russia trains Hezbollah fighters near the border, according to Reuters."]
    row = panel.locator("li.wb-row").first.text_content()
    for shown in ("2024-01-10", "reported", "source: Reuters", "trains.fixture", "CAMEO 072", "PLOVER AID"):
        assert shown in row
    ARTIFACTS.mkdir(exist_ok=True)
    page.locator("#network").screenshot(path=str(ARTIFACTS / "workbench-evidence.png"))
    panel.locator("a.jump").first.click()  # the link opens the article text at the sentence
    assert page.locator("#a0 .body .ev.flash").first.is_visible()


def test_browser_hostile_actor_in_the_panel_is_text(page):
    click_edge(page, EVIL_ACTOR, "denies", "Iran")
    assert EVIL_ACTOR in page.locator("#wb-panel h3").text_content()
    page.wait_for_timeout(200)
    assert page.evaluate("window.__pwned") is None


def test_browser_node_click_lists_its_relations_and_quotes(page):
    click_node(page, "Hezbollah")
    panel = page.locator("#wb-panel")
    assert panel.locator("h3").text_content() == "Hezbollah"
    assert "Relations (2)" in panel.text_content()  # funded by Iran, trained by Russia
    assert "Quotes (0)" in panel.text_content()


def test_browser_search_finds_an_actor(page):
    page.fill("#actor-search", "qata")
    page.press("#actor-search", "Enter")
    assert page.locator("#wb-panel h3").text_content() == "Qatar"
    assert page.evaluate("window.workbench.cy.nodes(':selected').map(n => n.data('label'))") == ["Qatar"]
    assert page.text_content("#wb-status") == "found Qatar"
    page.fill("#actor-search", "Atlantis")
    page.press("#actor-search", "Enter")
    assert page.text_content("#wb-status") == "no actor matches “Atlantis”"


def test_browser_search_reaches_an_actor_who_is_only_quoted(page):
    page.fill("#actor-search", "Ali Vaezi")
    page.press("#actor-search", "Enter")
    assert page.is_checked("#show-speakers")
    assert "We back Hezbollah fully," in page.locator("#wb-panel .wb-quote").first.text_content()
    page.uncheck("#show-speakers")


def test_browser_filters_change_what_is_shown(page):
    everything = ["Iran funds " + EVIL_ACTOR, "Iran funds Hezbollah", "Qatar backs Hamas", "Russia trains Hezbollah",
                  EVIL_ACTOR + " denies Iran"]
    assert _visible_edges(page) == sorted(everything)
    page.uncheck("input[name=relation][value=funds]")
    assert _visible_edges(page) == sorted(e for e in everything if " funds " not in e)
    page.uncheck("input[name=modality][value=reported]")
    assert _visible_edges(page) == sorted(["Qatar backs Hamas", EVIL_ACTOR + " denies Iran"])
    page.select_option("#date-from", "2024-02")  # Qatar's article has no date: outside any chosen range
    assert _visible_edges(page) == [EVIL_ACTOR + " denies Iran"]
    assert page.text_content("#wb-status") == "2 actors, 1 edges, 1 of 5 relation rows"
    assert page.locator("#tl rect.tl-bar").count() == 1  # the timeline follows the filters
    page.check("input[name=relation][value=funds]")
    page.check("input[name=modality][value=reported]")
    page.select_option("#date-from", "2024-01")
    assert _visible_edges(page) == sorted(everything)


def test_browser_timeline_bar_lists_its_rows(page):
    page.locator("#tl").scroll_into_view_if_needed()
    page.click("#tl rect[data-month='2024-01'][data-rel='trains'][data-negated=false]")
    rows = page.locator("#tl-rows li.wb-row")
    assert rows.count() == 1 and "Russia trains Hezbollah" in rows.first.text_content()
    page.click("#tl rect[data-month='2024-03'][data-rel='funds'][data-negated=true]")  # its own, pale segment
    assert "did not fund" in page.locator("#tl-rows li.wb-row").first.text_content()
    ARTIFACTS.mkdir(exist_ok=True)
    page.locator("#timeline").screenshot(path=str(ARTIFACTS / "workbench-timeline.png"))


def test_browser_interactive_without_errors(page):
    assert page.events["errors"] == []
    assert [m for m in page.events["console"] if m[0] in ("error", "warning")] == []
    assert all(url.startswith(("file:", "data:")) for url in page.events["requests"]), page.events["requests"]


def test_browser_300_actors_become_interactive(pw, tmp_path):
    report = interactive_report(report_ready.write_crowd(tmp_path / "pred"), tmp_path / "crowd.html")
    with opened(pw, report, tmp_path / "profile") as page:
        ready_ms(page)
        actors = page.evaluate("window.workbench.cy.nodes().not('.hidden').length")
        ARTIFACTS.mkdir(exist_ok=True)
        page.locator("#network").screenshot(path=str(ARTIFACTS / "workbench-300-actors.png"))
        assert page.events["errors"] == []
    assert actors >= 300


@pytest.mark.slow
def test_browser_wikinews_report_small_and_interactive(pw, tmp_path):
    """The 293 Wikinews articles (WIKINEWS_PREDICTIONS=DIR reuses an earlier extract of them)."""
    predictions = Path(os.environ.get("WIKINEWS_PREDICTIONS") or tmp_path / "wikinews")
    if not (predictions / "documents.parquet").exists():
        articles = require_shared(WIKINEWS)
        assert main(["extract", "--input", str(articles), "--output", str(predictions), "--no-progress"]) == 0
    report = interactive_report(predictions, tmp_path / "wikinews.html")
    assert report.stat().st_size < 5_000_000
    with opened(pw, report, tmp_path / "profile") as page:
        ready_ms(page)
        ARTIFACTS.mkdir(exist_ok=True)
        page.locator("#network").screenshot(path=str(ARTIFACTS / "workbench-wikinews.png"))
        assert page.events["errors"] == []
        assert [m for m in page.events["console"] if m[0] in ("error", "warning")] == []
