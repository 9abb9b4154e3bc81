"""news_layout: date header, page furniture and line-break sentence starts (no model)."""

from __future__ import annotations

import pytest
import spacy

from pipeline.ruledata import RuleDataError
from pipeline.config import REPO_ROOT
from pipeline.docs import BOILERPLATE, content_sents, in_boilerplate

LAYOUT = REPO_ROOT / "configs" / "layout.yaml"


@pytest.fixture(scope="module")
def layout_nlp():
    nlp = spacy.blank("en")
    nlp.add_pipe("news_layout").initialize(path=LAYOUT)
    nlp.add_pipe("sentencizer")
    return nlp


NAV = "Body text one. More body text here that is long enough.\n\nLatest Posts\n\nSome headline\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (" date 2023-10-11 Hamas said it.", [(0, 17, "header")]),
        ("web analytics\n\nRussia and Iran.", [(0, 15, "analytics_banner")]),
        (NAV, [(NAV.index("Latest"), len(NAV), "trailing_navigation")]),
        ("Latest Posts\n\nthe article starts with a navigation word but is long enough to keep", []),
        ("An ordinary article with no furniture.", []),
    ],
)
def test_layout_finds_furniture(layout_nlp, text, expected):
    doc = layout_nlp(text)
    found = [(s.start_char, s.end_char, s.label_) for s in doc.spans[BOILERPLATE]]
    # spans snap to token boundaries; compare the characters they cover
    assert [(text[a:b].strip(), label) for a, b, label in found] == [(text[a:b].strip(), label) for a, b, label in expected]


def test_layout_line_breaks_start_sentences(layout_nlp):
    doc = layout_nlp("Russia and Iran Closer Than Ever\n\nWhat does it mean for Israel?")
    assert [s.text.strip() for s in doc.sents] == ["Russia and Iran Closer Than Ever", "What does it mean for Israel?"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a hard-wrapped line goes on (layout.v2)
        ("Fooland sent arms to the\nmilitia on Monday.", ["Fooland sent arms to the\nmilitia on Monday."]),
        # a capital after the break, or a blank line, still starts a sentence
        ("Arms for Barland\nThe Fooian army sent arms.", ["Arms for Barland", "The Fooian army sent arms."]),
        ("Fooland sent arms\n\nthe militia said.", ["Fooland sent arms", "the militia said."]),
    ],
    ids=["wrapped line", "headline before a capital", "blank line"],
)
def test_layout_wrapped_lines_continue_their_sentence(layout_nlp, text, expected):
    assert [s.text.strip() for s in layout_nlp(text).sents] == expected


def test_layout_content_sents_skip_furniture(layout_nlp):
    doc = layout_nlp("web analytics\n\nIran backs Hamas.\n\n" + "Filler sentence. " * 5 + "\n\nRead More From Jo Bloggs\n\nOther story")
    texts = [s.text.strip() for s in content_sents(doc)]
    assert "Iran backs Hamas." in texts
    assert not any("Read More" in t or "analytics" in t or "Other story" in t for t in texts)
    assert in_boilerplate(doc, 0, 3) and not in_boilerplate(doc, 15, 20)


def test_layout_bad_pattern_fails_at_load_naming_it(tmp_path):
    bad = tmp_path / "layout.yaml"
    bad.write_text("version: t\nheader: 'x'\nboilerplate:\n  - id: broken_rule\n    pattern: '(unclosed'\n", encoding="utf8")
    nlp = spacy.blank("en")
    with pytest.raises(RuleDataError, match="broken_rule|boilerplate.0.pattern"):
        nlp.add_pipe("news_layout").initialize(path=bad)


def test_layout_without_rule_data_says_what_to_do():
    nlp = spacy.blank("en")
    nlp.add_pipe("news_layout")
    with pytest.raises(RuleDataError, match="build_nlp"):
        nlp("text")
