"""The HTML report: highlighting, escaping, self-containment (no browser needed)."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from markupsafe import escape
from report_fixture import EVIL_ACTOR, EVIL_URL, XSS_IMG, XSS_SCRIPT, vendored, write_fixture

from pipeline.report.data import load_predictions
from pipeline.report.html import Range, clean_spans, evidence_html, highlight, render_report
from pipeline.report.vendor import VendorError, packages, scripts


def _ent(start: int, end: int, label: str = "ORG", actor: str | None = None) -> dict:
    return {"start": start, "end": end, "label": label, "actor": actor}


class _Tags(HTMLParser):
    """Every start tag of a page as (tag, attributes), as a browser would parse them."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


@pytest.fixture(scope="module")
def html(tmp_path_factory) -> str:
    return render_report(load_predictions(write_fixture(tmp_path_factory.mktemp("pred"))))


@pytest.mark.parametrize(
    ("text", "entities", "expected"),
    [
        ("Iran funds Hamas", [_ent(0, 4, "GPE", "Iran")], '<mark class="e" data-l="GPE" data-a="0">Iran</mark> funds Hamas'),
        ("Tehran said", [_ent(0, 6, "GPE", "Iran")], '<mark class="e" data-l="GPE" data-a="0" title="Iran">Tehran</mark> said'),
        ("a <b> & c", [_ent(2, 5, "ORG")], 'a <mark class="e" data-l="ORG">&lt;b&gt;</mark> &amp; c'),
        # overlapping spans: the earlier one wins; out-of-range and empty spans are dropped
        ("abcdef", [_ent(0, 3), _ent(2, 5), _ent(4, 99), _ent(5, 5)], '<mark class="e" data-l="ORG">abc</mark>def'),
    ],
)
def test_html_highlight_marks_entities_and_escapes_text(text, entities, expected):
    assert highlight(text, entities, [], {"Iran": 0}) == expected


def test_html_highlight_shades_ranges_with_anchors():
    text = "One. Iran funds Hamas. Two."
    out = highlight(text, [_ent(5, 9, "GPE")], [Range(5, 22, "ev", "a0-r0", "funds: <x>")], {})
    assert out == ('One. <a id="a0-r0"></a><span class="ev" title="funds: &lt;x&gt;">'
                   '<mark class="e" data-l="GPE">Iran</mark> funds Hamas.</span> Two.')


def test_html_highlight_splits_an_entity_across_a_range_edge():
    out = highlight("New York", [_ent(0, 8, "GPE")], [Range(4, 8, "q", "a0-q0", "quote")], {})
    assert out.count("<mark") == 2 and 'class="e cont"' in out and out.count('class="e"') == 1


@pytest.mark.parametrize(
    ("spans", "expected"),
    [
        ([_ent(3, 5), _ent(0, 2)], [(0, 2), (3, 5)]),
        ([_ent(None, 2), _ent(1, 0), _ent(0, 11)], []),
    ],
)
def test_html_clean_spans_sorts_and_drops_invalid(spans, expected):
    assert [(s["start"], s["end"]) for s in clean_spans(spans, 10)] == expected


def test_html_evidence_marks_subject_and_object():
    row = {"evidence": "Iran funds <Hamas>.", "evidence_start": 100, "subject_start": 100, "subject_end": 104,
           "object_start": 111, "object_end": 118}
    assert evidence_html(row) == ('<mark class="subject">Iran</mark> funds '
                                  '<mark class="object">&lt;Hamas&gt;</mark>.')


def test_html_report_escapes_every_hostile_field(html):
    for payload in (XSS_SCRIPT, XSS_IMG, EVIL_ACTOR):
        assert payload not in html
        assert str(escape(payload)) in html
    tags = _Tags(html).tags
    assert [t for t, _ in tags].count("script") == 1 + (len(packages()) + 2 if vendored() else 0)  # see vendored()
    assert [t for t, _ in tags].count("img") == 2  # the two figures
    assert not [(t, a) for t, a in tags if any(k.startswith("on") for k in a)], "an event handler reached the markup"


def test_html_report_links_only_web_urls(html):
    assert 'href="javascript:' not in html
    assert str(escape(EVIL_URL)) in html  # shown as text
    assert 'href="https://example.org/front"' in html


def test_html_report_is_self_contained(html):
    tags = _Tags(html).tags
    assert [a["src"][:22] for _, a in tags if "src" in a] == ["data:image/png;base64,"] * 2
    assert "link" not in [t for t, _ in tags]
    csp = next(a["content"] for t, a in tags if a.get("http-equiv") == "Content-Security-Policy")
    assert "default-src 'none'" in csp and "script-src 'sha256-" in csp


def test_html_report_shows_failed_documents_and_counts(html):
    assert "Failed at stage read: could not decode" in html
    assert "4 articles (1 failed)" in html
    assert re.search(r"13 entities · 5 relations · 2 quotes", html)


def test_html_report_renders_empty_predictions(tmp_path):
    from pipeline.tables import TABLES

    for name in TABLES:
        (tmp_path / f"{name}.parquet").mkdir()
    out = render_report(load_predictions(tmp_path))
    assert "0 articles" in out and "data:image" not in out
    assert "No relations between actors" in out and "No relations in dated articles" in out


def test_html_load_predictions_says_what_is_missing(tmp_path):
    with pytest.raises(FileNotFoundError, match="documents.parquet is missing"):
        load_predictions(tmp_path)
    with pytest.raises(FileNotFoundError, match="is not a folder"):
        load_predictions(tmp_path / "nope")


@pytest.mark.slow
def test_html_report_renders_the_seed_corpus(tmp_path):
    from conftest import SEEDS_DIR, require_shared

    from pipeline.cli import main
    from pipeline.report.commands import write_graph, write_report

    main(["extract", "--input", str(require_shared(SEEDS_DIR)), "--output", str(tmp_path / "pred"), "--no-progress"])
    out = write_report(tmp_path / "pred", tmp_path / "seeds.html").read_text()
    assert all(f"<code>{p.stem}</code>" in out for p in SEEDS_DIR.glob("*.txt"))
    assert out.count('<mark class="e"') > 100
    assert write_graph(tmp_path / "pred", tmp_path / "seeds.png").stat().st_size > 1000


def test_html_filter_offers_actors_not_source_phrases(html):
    names = {a["data-name"] for t, a in _Tags(html).tags if t == "option" and "data-name" in a}
    assert {"Reuters", "Iran", "Ali Vaezi", EVIL_ACTOR} <= names
    assert not names & {"officials", "analysts"}  # attributed_to phrases, not actors


def test_html_report_without_the_vendored_library_is_static_and_says_what_to_run(tmp_path, monkeypatch, caplog):
    def missing():
        raise VendorError("build/vendor/cytoscape-3.35.0.tgz is missing: run make vendor")

    monkeypatch.setattr("pipeline.report.html.scripts", missing)
    out = render_report(load_predictions(write_fixture(tmp_path / "pred")))
    assert [t for t, _ in _Tags(out).tags].count("script") == 1
    assert "Run <code>make vendor</code>" in out and 'id="cy"' not in out
    assert "static pictures" in caplog.text and "make vendor" in caplog.text


def test_vendor_tarball_that_does_not_match_its_pin_is_refused(tmp_path):
    pkg = packages()[0]
    (tmp_path / pkg.tarball).write_bytes(b"not the published package")
    with pytest.raises(VendorError, match=re.escape(f"pins {pkg.integrity}")):
        scripts(tmp_path)
