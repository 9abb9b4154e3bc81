"""The relation_extractor component: its records, offsets, page furniture, isolation and persistence."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span

import pipeline.components.relations as relations_component
from pipeline.ruledata import RuleDataError
from pipeline.components.relations import RelationExtractor
from pipeline.docs import BOILERPLATE
from pipeline.records import Relation
from tests.relations_fixture import extractor, parse

# the same statement twice, as two sentences
TWICE = """
    Iran       NNP nsubj 1 GPE:Iran
    funds/fund VBZ ROOT  1
    Hamas      NNP dobj  1 ORG:Hamas
    .          .   punct 1
    Tehran     NNP nsubj 5 GPE:Iran
    arms/arm   VBZ ROOT  5
    the        DT  det   7
    group      NN  dobj  5
    .          .   punct 5
"""


def test_relations_component_records_point_into_the_text():
    doc = parse(TWICE, coref=((6, 8, "Hamas"),))
    relations = extractor()(doc)._.relations
    assert all(isinstance(r, Relation) for r in relations)
    assert [(r.subject, r.relation, r.object, r.rule) for r in relations] == [
        ("Iran", "funds", "Hamas", "funds.verb"),
        ("Iran", "funds", "Hamas", "funds.verb"),
    ]
    for r in relations:
        assert r.rules_version == "relation_rules.v44"
        assert doc.text[r.evidence_start : r.evidence_end] == r.evidence
        assert doc.text[r.subject_start : r.subject_end] == r.subject_text
        assert doc.text[r.object_start : r.object_end] == r.object_text
        assert r.evidence_start <= r.subject_start < r.evidence_end
    # one record per evidence sentence: the table keeps both, the scorer counts the triple once
    assert [r.evidence for r in relations] == ["Iran funds Hamas.", "Tehran arms the group."]
    assert [r.cue for r in relations] == ["funds", "arms"]
    assert relations[1].object_text == "the group"


def test_relations_component_produces_nothing_in_page_furniture():
    doc = parse(TWICE, coref=((6, 8, "Hamas"),))
    doc.spans[BOILERPLATE] = [Span(doc, 4, 9, label="nav")]
    assert [r.evidence for r in extractor()(doc)._.relations] == ["Iran funds Hamas."]


@pytest.mark.lenient
def test_relations_component_a_failing_sentence_is_skipped_and_recorded(monkeypatch):
    real = relations_component.sentence_relations

    def flaky(sent, **kwargs):
        if sent.start == 0:
            raise ValueError("parse tree out of shape")
        return real(sent, **kwargs)

    monkeypatch.setattr(relations_component, "sentence_relations", flaky)
    doc = extractor()(parse(TWICE, coref=((6, 8, "Hamas"),)))
    assert [r.evidence for r in doc._.relations] == ["Tehran arms the group."]
    assert len(doc._.skipped) == 1 and "parse tree out of shape" in doc._.skipped[0]


def test_relations_component_round_trips_its_rules_through_bytes():
    nlp = spacy.blank("en")
    copy = RelationExtractor(nlp, "relation_extractor").from_bytes(extractor().to_bytes())
    doc = parse(TWICE, coref=((6, 8, "Hamas"),))
    assert copy(doc)._.relations == extractor()(doc)._.relations


def test_relations_component_without_rules_says_how_to_get_them():
    bare = RelationExtractor(spacy.blank("en"), "relation_extractor")
    with pytest.raises(RuleDataError, match="build_nlp"):
        bare(parse(TWICE))


def test_relations_component_cue_tokens_hold_every_token_some_rule_is_cued_by():
    """The extractor asks only Grammar.cue_tokens for cues: they must include each token cued_rules answers."""
    from pipeline.relations import Grammar
    from pipeline.relations.constructions import cued_rules
    from tests.conftest import make_doc

    rules = extractor().rules
    words, lemmas, pos, tags, deps, heads = [], [], [], [], [], []

    def sentence(*tokens):  # (word, lemma, pos, tag, dep, head offset within the sentence)
        start = len(words)
        for word, lemma, p, tag, dep, head in tokens:
            words.append(word), lemmas.append(lemma), pos.append(p), tags.append(tag), deps.append(dep)
            heads.append(start + head)

    for cue in sorted(rules.by_lemma):
        stem = cue[:-1] if cue.endswith("e") else cue
        sentence((cue.title(), cue.title(), "VERB", "VBZ", "ROOT", 0), ("rebels", "rebel", "NOUN", "NNS", "dobj", 0))
        # a gerund tagged as a noun that takes an object; a participle tagged as an adjective beside a verb
        sentence((stem + "ing", stem + "ing", "NOUN", "NN", "ROOT", 0), ("rebels", "rebel", "NOUN", "NNS", "dobj", 0))
        sentence((stem + "ed", stem + "ed", "ADJ", "JJ", "ROOT", 0), ("and", "and", "CCONJ", "CC", "cc", 0),
                 ("financed", "finance", "VERB", "VBN", "conj", 0))
    for cue in sorted(rules.by_form):
        sentence((cue.upper(), cue, "NOUN", "NN", "ROOT", 0), ("table", "table", "NOUN", "NN", "dobj", 0))
    doc = make_doc(words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas)
    g = Grammar(doc, rules)
    asked = [t.i for sent in doc.sents for t in g.cue_tokens(sent)]
    cued = [t.i for t in doc if cued_rules(t, rules)]
    assert len(cued) >= len(rules.by_lemma) + len(rules.by_form)
    assert set(cued) <= set(asked)
    assert asked == sorted(asked) and not any(doc[i].lower_ == "table" for i in asked)
