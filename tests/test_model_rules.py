"""The base model's rule components: pipeline.components.model_rules' subclasses give spaCy's stock Docs (round 25).

Every test runs the stock class and the fast one on copies of the same Doc and compares the token attributes and
``doc.to_bytes()``; the patterns are copied from en_core_web_sm's attribute_ruler. The last tests load the model.
"""

from __future__ import annotations

import json

import numpy as np
import pytest
import spacy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, TAG
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.lookups import Lookups
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from pipeline.components.model_rules import FastAttributeRuler, FastLemmatizer
from tests.conftest import WIKINEWS, require_shared

ATTRS = [TAG, POS, MORPH, LEMMA, DEP]

# A few of the model's single-token patterns (its tag map, words, dependencies and spaces) and all 8 of its
# patterns of two tokens, in the model's order.
PATTERNS = [
    {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN", "MORPH": "Number=Sing"}},
    {"patterns": [[{"TAG": "VBZ"}]], "attrs": {"POS": "VERB", "MORPH": "Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"}},
    {"patterns": [[{"TAG": "VBP"}]], "attrs": {"POS": "VERB", "MORPH": "Tense=Pres|VerbForm=Fin"}},
    {"patterns": [[{"TAG": "VB"}]], "attrs": {"POS": "VERB", "MORPH": "VerbForm=Inf"}},
    {"patterns": [[{"TAG": "RB"}]], "attrs": {"POS": "ADV"}},
    {"patterns": [[{"TAG": "EX"}]], "attrs": {"POS": "PRON"}},
    {"patterns": [[{"TAG": "PRP"}]], "attrs": {"POS": "PRON", "MORPH": "PronType=Prs"}},
    {"patterns": [[{"TAG": "_SP"}]], "attrs": {"POS": "SPACE"}},
    {"patterns": [[{"TAG": "RB", "LOWER": {"IN": ["not", "n't", "nt", "n’t"]}}]],
     "attrs": {"POS": "PART", "MORPH": "Polarity=Neg", "LEMMA": "not"}},
    {"patterns": [[{"TAG": "VBZ", "LOWER": {"IN": ["is", "'s"]}}]],
     "attrs": {"LEMMA": "be", "POS": "AUX", "MORPH": "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"}},
    {"patterns": [[{"TAG": {"IN": ["VBP", "VBZ"]}, "LOWER": "ai"}, {"LOWER": {"REGEX": "^n'?t$"}}]], "attrs": {"LEMMA": "be"}},
    {"patterns": [[{"LOWER": "gon"}, {"LOWER": "na"}]], "attrs": {"LEMMA": "go"}},
    {"patterns": [[{"LOWER": "gon"}, {"LOWER": "na"}]], "attrs": {"LEMMA": "to"}, "index": 1},
    {"patterns": [[{"LOWER": "got"}, {"LOWER": "ta"}]], "attrs": {"LEMMA": "to"}, "index": 1},
    {"patterns": [[{"LOWER": "let"}, {"LOWER": "'s"}]], "attrs": {"LEMMA": "us"}, "index": 1},
    {"patterns": [[{"LOWER": "c'm"}, {"LOWER": "on"}]], "attrs": {"LEMMA": "come"}},
    {"patterns": [[{"LOWER": {"REGEX": "^y'?$"}}, {"LOWER": "all"}]], "attrs": {"LEMMA": "you"}},
    {"patterns": [[{"LOWER": "it", "DEP": "nsubj"}]], "attrs": {"MORPH": "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs"}},
    {"patterns": [[{"TAG": {"NOT_IN": ["TO", ""]}, "DEP": {"IN": ["aux", "auxpass"]}}]], "attrs": {"POS": "AUX"}},
    {"patterns": [[{"DEP": "expl"}, {"LOWER": {"IN": ["is", "are", "was", "were", "'s", "'re"]}}]], "attrs": {"POS": "VERB"}, "index": 1},
    {"patterns": [[{"TAG": "VBZ", "LOWER": "gets"}], [{"TAG": "VBD", "LOWER": "got"}]], "attrs": {"LEMMA": "get"}},
    {"patterns": [[{"TAG": "_SP", "IS_SPACE": False}]], "attrs": {"POS": "X", "MORPH": "_"}},
    {"patterns": [[{"IS_SPACE": True, "DEP": {"NOT_IN": [""]}}]], "attrs": {"DEP": "dep"}},
    {"patterns": [[{"IS_SPACE": True}]], "attrs": {"TAG": "_SP", "POS": "SPACE", "MORPH": "_"}},
]


def rulers(patterns=PATTERNS):
    nlp = spacy.blank("en")
    stock, fast = AttributeRuler(nlp.vocab), FastAttributeRuler(nlp.vocab)
    stock.add_patterns(patterns)
    fast.add_patterns(patterns)
    return nlp.vocab, stock, fast


def both(component_a, component_b, doc: Doc) -> tuple[Doc, Doc]:
    a, b = component_a(doc.copy()), component_b(doc.copy())
    assert np.array_equal(a.to_array(ATTRS), b.to_array(ATTRS))
    assert a.to_bytes() == b.to_bytes()
    return a, b


def tagged(vocab, words, tags, deps=None, spaces=None) -> Doc:
    return Doc(vocab, words=words, tags=tags, deps=deps or ["dep"] * len(words), spaces=spaces)


def test_model_rules_two_token_patterns():
    vocab, stock, fast = rulers()
    words = ["I", "ai", "n't", "gon", "na", "say", ",", "let", "'s", "go", ",", "y'", "all", "c'm", "on", "there", "is",
             "more", "got", "ta", "go"]
    tags = ["PRP", "VBP", "RB", "VBG", "TO", "VB", ",", "VB", "PRP", "VB", ",", "PRP", "DT", "VB", "RP", "EX", "VBZ",
            "JJR", "VBD", "TO", "VB"]
    deps = ["nsubj", "ROOT", "neg", "xcomp", "aux", "xcomp", "punct", "ROOT", "nsubj", "ccomp", "punct", "nsubj", "appos",
            "ROOT", "prt", "expl", "ROOT", "attr", "ROOT", "aux", "xcomp"]
    _, doc = both(stock, fast, tagged(vocab, words, tags, deps))
    lemmas = {t.i: t.lemma_ for t in doc if t.lemma_}
    assert lemmas == {1: "be", 2: "not", 3: "go", 4: "to", 8: "us", 11: "you", 13: "come", 16: "be", 18: "get", 19: "to"}
    assert doc[16].pos_ == "VERB"  # "there is": the two-token pattern is later than the VBZ "is" pattern


def test_model_rules_later_pattern_overrides_earlier():
    patterns = [
        {"patterns": [[{"TAG": "VBZ"}]], "attrs": {"POS": "VERB", "LEMMA": "first"}},
        {"patterns": [[{"DEP": "expl"}, {"TAG": "VBZ"}]], "attrs": {"POS": "NOUN", "LEMMA": "second"}, "index": 1},
        {"patterns": [[{"LOWER": "is"}]], "attrs": {"POS": "AUX"}},
        {"patterns": [[{"LOWER": "there"}, {"LOWER": "has"}]], "attrs": {"MORPH": "Number=Sing"}, "index": 1},
        {"patterns": [[{"LOWER": "has"}]], "attrs": {"MORPH": "Number=Plur", "POS": "PROPN"}},
    ]
    vocab, stock, fast = rulers(patterns)
    doc = tagged(vocab, ["there", "is", "there", "has", "it", "is"], ["EX", "VBZ", "EX", "VBZ", "PRP", "VBZ"],
                 ["expl", "ROOT", "expl", "ROOT", "nsubj", "ROOT"])
    _, doc = both(stock, fast, doc)
    # "is" after "there": VERB/first, then NOUN/second (two tokens), then AUX: the last POS and the last LEMMA win
    assert (doc[1].pos_, doc[1].lemma_) == ("AUX", "second")
    assert (doc[3].pos_, str(doc[3].morph), doc[3].lemma_) == ("PROPN", "Number=Plur", "second")
    assert (doc[5].pos_, doc[5].lemma_) == ("AUX", "first")


def test_model_rules_patterns_added_later_apply():
    vocab, stock, fast = rulers()
    doc = tagged(vocab, ["It", "works"], ["PRP", "VBZ"], ["nsubj", "ROOT"])
    both(stock, fast, doc)
    extra = [{"patterns": [[{"LOWER": "works"}]], "attrs": {"LEMMA": "work"}}]
    stock.add_patterns(extra)
    fast.add_patterns(extra)
    assert both(stock, fast, doc)[1][1].lemma_ == "work"


def test_model_rules_empty_doc():
    vocab, stock, fast = rulers()
    lemmatizers = lemmatizer_pair(vocab)
    a, b = both(stock, fast, Doc(vocab, words=[]))
    both(*lemmatizers, a)
    assert len(b) == 0


def test_model_rules_doc_of_only_spaces():
    vocab, stock, fast = rulers()
    doc = Doc(vocab, words=["  ", "\n\n", " "], spaces=[False, False, False])
    a, b = both(stock, fast, doc)
    assert [(t.tag_, t.pos_, t.dep_) for t in b] == [("_SP", "SPACE", "")] * 3
    parsed = Doc(vocab, words=["  ", "\n\n"], spaces=[False, False], deps=["punct", "ROOT"], heads=[1, 1])
    assert [t.dep_ for t in both(stock, fast, parsed)[1]] == ["dep", "dep"]
    a, b = both(*lemmatizer_pair(vocab), b)
    assert [t.lemma_ for t in b] == ["  ", "\n\n", " "]


def lemmatizer_pair(vocab):
    lookups = Lookups()
    lookups.add_table("lemma_rules", {"noun": [["s", ""]], "verb": [["ing", ""], ["ed", ""], ["s", ""]]})
    lookups.add_table("lemma_index", {"noun": ["dog"], "verb": ["walk"]})
    lookups.add_table("lemma_exc", {"verb": {"went": ["go"]}})
    pair = EnglishLemmatizer(vocab, None, mode="rule"), FastLemmatizer(vocab, None, mode="rule")
    for lemmatizer in pair:
        lemmatizer.initialize(lookups=lookups)
    return pair


def test_model_rules_lemmas_set_by_the_ruler_kept():
    vocab = spacy.blank("en").vocab
    words = ["Dogs", "walked", "been", "went", "Dogs", "walking", "is", "dogs", "Paris"]
    doc = Doc(vocab, words=words, pos=["NOUN", "VERB", "AUX", "VERB", "NOUN", "VERB", "AUX", "NOUN", "PROPN"],
              lemmas=["", "", "be", "", "", "", "be", "", ""], morphs=["Number=Plur", "", "", "", "Number=Plur", "", "", "", ""])
    a, b = both(*lemmatizer_pair(vocab), doc)
    assert [t.lemma_ for t in b] == ["dog", "walk", "be", "go", "dog", "walk", "be", "dog", "Paris"]


@pytest.mark.slow
def test_model_rules_same_docs_as_stock_on_real_text():
    """The model both ways over Wikinews articles and the model's odd cases (bench/model_rules.py does whole corpora)."""
    from pipeline.config import load_config
    from pipeline.nlp import load_base

    config = load_config()
    fast = load_base(config)
    stock = load_base(config.model_copy(update={"model": config.model.model_copy(update={"fast_rules": False})}))
    assert [type(fast.get_pipe(n)) for n in ("attribute_ruler", "lemmatizer")] == [FastAttributeRuler, FastLemmatizer]
    assert type(stock.get_pipe("attribute_ruler")) is AttributeRuler
    for name in ("attribute_ruler", "lemmatizer"):  # the same settings and serialised data
        assert stock.get_pipe_config(name) | {"factory": None} == fast.get_pipe_config(name) | {"factory": None}
        assert stock.get_pipe(name).to_bytes() == fast.get_pipe(name).to_bytes()
    texts = ["", "   \n\n ", "I ain't gonna say it, let's go: y'all gotta see. C'mon! There is more.\n\nIt's done."]
    with open(require_shared(WIKINEWS), encoding="utf8") as fh:
        texts += [json.loads(line)["text"] for line, _ in zip(fh, range(20))]
    attrs = ATTRS + [HEAD, ENT_IOB, ENT_TYPE]
    for a, b in zip(stock.pipe(texts), fast.pipe(texts)):
        assert np.array_equal(a.to_array(attrs), b.to_array(attrs))
        assert a.to_bytes() == b.to_bytes()


def test_model_rules_choice_not_in_the_parse_fingerprint():
    """The fast classes give the stock Docs, so switching them neither re-parses stored Docs nor re-runs a stage."""
    from pipeline.config import load_config
    from pipeline.nlp import build_rules, stage_fingerprints

    config = load_config()
    stock = config.model_copy(update={"model": config.model.model_copy(update={"fast_rules": False})})
    assert config.model.fast_rules is True  # on by default (configs/pipeline.yaml)
    assert stage_fingerprints(build_rules(config), config) == stage_fingerprints(build_rules(stock), stock)
