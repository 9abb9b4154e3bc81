"""Institutions named through their owner ("the Rwandan *army*"): an entity of their own, which coreference and
relation arguments name (as the real-news gold does), while quote speakers keep the owner's mention and "its army"
stays the pronoun's actor (hand-built parses, no statistical model)."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from pipeline.docs import actor_of, argument_entities, speaker_entities
from tests.relations_fixture import parse, triples

ARMY_BACKS = """
    the        DT  det   2
    Rwandan    JJ  amod  2 NORP:Rwanda
    army       NN  nsubj 3
    backs/back VBZ ROOT  3
    M23        NNP dobj  3 ORG:M23
    .          .   punct 3
"""

# (invented) "Egypt has armed Sudan's military."
ARMED_POSSESSIVE = """
    Egypt      NNP nsubj 2 GPE:Egypt
    has/have   VBZ aux   2
    armed/arm  VBN ROOT  2
    Sudan      NNP poss  5 GPE:Sudan
    's         POS case  3
    military   NN  dobj  2
    .          .   punct 2
"""

# (invented) "Washington trains the Ukrainian armed forces."
ARMED_FORCES = """
    Washington  NNP nsubj 1 GPE:United_States
    trains/train VBZ ROOT 1
    the         DT  det   5
    Ukrainian   JJ  amod  5 NORP:Ukraine
    armed/arm   VBN amod  5
    forces/force NNS dobj 1
    .           .   punct 1
"""

# (invented, a trap) "Chadian troops back the rebels": no institution entity (a state's troops stay the state)
TROOPS_BACK = """
    Chadian    JJ  amod  1 NORP:Chad
    troops     NNS nsubj 2
    back       VBP ROOT  2
    the        DT  det   4
    FACT       NNP dobj  2 ORG:FACT
    .          .   punct 2
"""


def _with(table: str, start: int, end: int, actor: str, rule: str):
    doc = parse(table)
    doc.ents = sorted([*doc.ents, Span(doc, start, end, label="ORG", kb_id=actor, span_id=rule)], key=lambda e: e.start)
    return doc


@pytest.mark.parametrize(
    ("doc", "expected"),
    [
        # named through its owner: the institution is the argument
        (lambda: _with(ARMY_BACKS, 2, 3, "Rwanda Defence Force", "owner_institution"),
         {("Rwanda Defence Force", "backs", "M23", "asserted")}),
        (lambda: _with(ARMED_POSSESSIVE, 5, 6, "Sudanese Armed Forces", "owner_institution"),
         {("Egypt", "funds", "Sudanese Armed Forces", "asserted")}),
        (lambda: _with(ARMED_FORCES, 4, 6, "Armed Forces of Ukraine", "owner_institution"),
         {("United States", "trains", "Armed Forces of Ukraine", "asserted")}),
        # the same entity from any other rule is the argument too
        (lambda: _with(ARMY_BACKS, 2, 3, "Rwanda Defence Force", "gazetteer"),
         {("Rwanda Defence Force", "backs", "M23", "asserted")}),
        # after a possessive pronoun the argument stays the pronoun's actor
        (lambda: _with(ARMY_BACKS, 2, 3, "Rwanda Defence Force", "possessive_institution"),
         {("Rwanda", "backs", "M23", "asserted")}),
        # trap: no institution entity, the demonym's state
        (lambda: parse(TROOPS_BACK), {("Chad", "backs", "FACT", "asserted")}),
    ],
)
def test_actors_institutions_relation_arguments_name_the_institution(doc, expected):
    assert triples(doc()) == expected


def test_actors_institutions_are_arguments_but_not_speakers():
    doc = _with(ARMY_BACKS, 2, 3, "Rwanda Defence Force", "owner_institution")
    assert [e.kb_id_ for e in doc.ents] == ["Rwanda", "Rwanda Defence Force", "M23"]
    assert [e.kb_id_ for e in argument_entities(doc)] == ["Rwanda", "Rwanda Defence Force", "M23"]
    assert [e.kb_id_ for e in speaker_entities(doc)] == ["Rwanda", "M23"]
    assert actor_of(doc[2:3]) is None  # (a quote speaker's look-up: the owner's mention speaks)
    assert actor_of(doc[1:2]) == "Rwanda"


def test_actors_institutions_after_a_pronoun_are_no_arguments():
    doc = _with(ARMY_BACKS, 2, 3, "Rwanda Defence Force", "possessive_institution")
    assert [e.kb_id_ for e in argument_entities(doc)] == ["Rwanda", "M23"]


def test_actors_institutions_and_their_owners_word_are_one_party():
    from pipeline.relations import Grammar
    from tests.relations_fixture import extractor

    doc = _with(ARMY_BACKS, 2, 3, "Rwanda Defence Force", "owner_institution")
    g = Grammar(doc, extractor().rules)
    owner, army, m23 = g.at[1], g.at[2], g.at[4]
    assert g.owns(owner, army) and g.owns(army, owner)
    assert not g.owns(army, m23) and not g.owns(owner, m23)
    # the same words as an entity of another rule (a name of its own): no owner inside it
    doc = _with(ARMY_BACKS, 2, 3, "Rwanda Defence Force", "gazetteer")
    g = Grammar(doc, extractor().rules)
    assert not g.owns(g.at[1], g.at[2])


@pytest.mark.parametrize(
    ("text", "heads", "deps", "pos", "expected"),
    [
        # "the Rwandan army said": the phrase ends its noun phrase
        ("the Rwandan army said", [2, 2, 3, 3], ["det", "amod", "nsubj", "ROOT"], ["DET", "ADJ", "NOUN", "VERB"],
         (3, "armed_forces")),
        # "the Rwandan armed forces said": the longer phrase first
        ("the Rwandan armed forces said", [3, 3, 3, 4, 4], ["det", "amod", "amod", "nsubj", "ROOT"],
         ["DET", "ADJ", "ADJ", "NOUN", "VERB"], (4, "armed_forces")),
        # "Rwandan army chiefs": the phrase modifies another noun
        ("Rwandan army chiefs met", [2, 2, 3, 3], ["amod", "compound", "nsubj", "ROOT"], ["ADJ", "NOUN", "NOUN", "VERB"],
         None),
        # the Doc ends before the phrase does
        ("the Rwandan armed", [2, 2, 2], ["det", "amod", "ROOT"], ["DET", "ADJ", "ADJ"], None),
    ],
)
def test_actors_institutions_phrase_read_from_the_lowercase_forms(text, heads, deps, pos, expected):
    from pipeline.actors.linking import _institution_phrase
    from pipeline.docs import Words
    from tests.conftest import make_doc

    doc = make_doc(text.split(), heads=heads, deps=deps, pos=pos)
    phrases = [(("armed", "forces"), "armed_forces"), (("army",), "armed_forces")]
    start = 2 if text.startswith("the") else 1
    assert _institution_phrase(doc, start, phrases, Words(doc).lower) == expected
