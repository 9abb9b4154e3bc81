"""The quote_extractor component: its rule data, its lifecycle, its contract."""

from __future__ import annotations

import shutil

import pytest
import spacy
import yaml

from pipeline.ruledata import RuleDataError
from pipeline.components.quotes import QuoteExtractor
from tests.conftest import REPO, make_doc

CONFIG = REPO / "configs" / "quotes"


def component(path=CONFIG) -> QuoteExtractor:
    comp = QuoteExtractor(spacy.blank("en"), "quote_extractor")
    comp.initialize(path=path)
    return comp


def config_copy(tmp_path, **changes):
    """configs/quotes/rules.yaml with ``changes``, beside a copy of the cue lexicon."""
    (tmp_path / "quotes").mkdir()
    (tmp_path / "vocab").mkdir()
    shutil.copy(REPO / "configs" / "vocab" / "reporting_verbs.txt", tmp_path / "vocab")
    raw = yaml.safe_load((CONFIG / "rules.yaml").read_text(encoding="utf8"))
    raw.update(changes)
    (tmp_path / "quotes" / "rules.yaml").write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf8")
    return tmp_path / "quotes"


def test_quotes_component_loads_the_rule_data():
    comp = component()
    assert comp.version == "quote_rules.v11"
    assert {"say", "tell", "add", "point"} <= comp.rules.cue_verbs
    assert "believe" not in comp.rules.cue_verbs  # excluded: a belief, not speech
    assert comp.rules.marks["“"][0].strict and not comp.rules.marks["’"][0].strict


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"unknown_key": 1}, "unknown_key"),
        ({"window_tokens": 0}, "window_tokens"),
        ({"marks": [{"family": "a", "opens": "“", "strict": True}, {"family": "b", "closes": "“", "strict": True}]}, "listed twice"),
        ({"cue_verbs_file": "../vocab/missing.txt"}, "missing.txt"),
        ({"pronouns": {"he": "PERSON"}}, "pronouns"),
    ],
)
def test_quotes_component_bad_rule_data_names_the_file_and_the_rule(tmp_path, changes, message):
    path = config_copy(tmp_path, **changes)
    with pytest.raises(RuleDataError) as err:
        component(path)
    assert "rules.yaml" in str(err.value) and message in str(err.value)


def test_quotes_component_round_trips_through_bytes():
    comp = component()
    again = QuoteExtractor(spacy.blank("en"), "quote_extractor").from_bytes(comp.to_bytes())
    assert again.data == comp.data and again.rules == comp.rules


def test_quotes_component_sets_doc_quotes_with_the_rules_version():
    words = ["“", "We", "win", ",", "”", "Haddad", "said", "."]
    doc = make_doc(
        words,
        heads=[2, 2, 6, 6, 6, 6, 6, 6],
        deps=["punct", "nsubj", "ccomp", "punct", "punct", "nsubj", "ROOT", "punct"],
        pos=["PUNCT", "PRON", "VERB", "PUNCT", "PUNCT", "PROPN", "VERB", "PUNCT"],
        lemmas=["“", "we", "win", ",", "”", "Haddad", "say", "."],
        ents=["O", "O", "O", "O", "O", "B-PERSON", "O", "O"],
        spaces=[False, True, False, False, True, True, False, False],
    )
    doc = component()(doc)
    (quote,) = doc._.quotes
    assert (quote.quote, quote.speaker, quote.rules_version) == ("We win", "Haddad", "quote_rules.v11")
