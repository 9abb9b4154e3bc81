"""Definite descriptions with state facts and institutions abroad (coref.v4), on hand-parsed Docs.

The gazetteer's own types and state facts (configs/actors/state_facts.yaml) are used; the sentences are
invented. A parse is written token by token as ``word/TAG/dep/head`` with ``head`` relative to the token
(0 = the root of its sentence).
"""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from pipeline.actors.coref import CorefRules, quoted_ranges, resolve_coref
from pipeline.actors.gazetteer import Gazetteer, load_gazetteer_data
from pipeline.ruledata import read_yaml
from tests.conftest import REPO, make_doc

RULES = CorefRules.model_validate(read_yaml(REPO / "configs" / "coref.yaml"))
GAZETTEER = Gazetteer(load_gazetteer_data(REPO / "configs" / "actors.yaml"))
POS = {"DT": "DET", "NN": "NOUN", "NNS": "NOUN", "NNP": "PROPN", "NNPS": "PROPN", "JJ": "ADJ", "VBD": "VERB", "VBN": "VERB",
       "VB": "VERB", "TO": "PART", "WDT": "PRON",
       "VBZ": "VERB", "PRP": "PRON", "PRP$": "PRON", "POS": "PART", "CC": "CCONJ", "IN": "ADP", ".": "PUNCT",
       ",": "PUNCT", '"': "PUNCT", "``": "PUNCT", "''": "PUNCT", "RB": "ADV", "HYPH": "PUNCT", "-LRB-": "PUNCT",
       "-RRB-": "PUNCT"}


def actor_type(name: str) -> str | None:
    info = GAZETTEER.info(name)
    return info.type if info is not None else None


def actor_facts(name: str) -> frozenset[str]:
    info = GAZETTEER.info(name)
    return info.facts if info is not None else frozenset()


def parsed(tokens: str, ents: dict[tuple[int, int], tuple[str, str]]):
    """``tokens``: space-separated ``word/TAG/dep/head`` (head relative); ``ents``: (start, end) -> (label, actor)."""
    parts = [t.rsplit("/", 3) for t in tokens.split()]
    words = [p[0] for p in parts]
    tags = [p[1] for p in parts]
    heads = [i + int(p[3]) for i, p in enumerate(parts)]
    doc = make_doc(words, heads=heads, deps=[p[2] for p in parts], tags=tags, pos=[POS[t] for t in tags],
                   lemmas=[w.lower() for w in words])
    doc.ents = [Span(doc, s, e, label=label, kb_id=actor) for (s, e), (label, actor) in sorted(ents.items())]
    return doc


def resolved(doc) -> list[tuple[str, str, str]]:
    return [(doc[m.start : m.end].text, m.actor, m.rule) for m in resolve_coref(doc, RULES, actor_type, actor_facts)]


# "<A> accused <B> . <description> denied it ." : A is the more salient (subject), B the one that fits
ACCUSED = "{a}/NNP/nsubj/+1 accused/VBD/ROOT/0 {b}/NNP/dobj/-1 ./././-2 "


@pytest.mark.parametrize(
    ("a", "a_label", "b", "b_label", "description", "expected"),
    [
        # region: only a state of the region fits, however salient the other one is
        ("Iran", "GPE", "Qatar", "GPE", "The/DT/det/+2 Gulf/NNP/compound/+1 state/NN/nsubj/+1", "Qatar"),
        ("Oman", "GPE", "Israel", "GPE", "The/DT/det/+2 Jewish/JJ/amod/+1 state/NN/nsubj/+1", "Israel"),
        ("Russia", "GPE", "Ethiopia", "GPE", "The/DT/det/+3 East/JJ/amod/+2 African/JJ/amod/+1 nation/NN/nsubj/+1", "Ethiopia"),
        ("Chile", "GPE", "Nepal", "GPE", "The/DT/det/+2 Himalayan/JJ/amod/+1 country/NN/nsubj/+1", "Nepal"),
        ("France", "GPE", "Kazakhstan", "GPE",
         "The/DT/det/+5 former/JJ/amod/+4 Soviet/NNP/amod/+3 Central/NNP/compound/+1 Asian/JJ/amod/+1 republic/NN/nsubj/+1", "Kazakhstan"),
        # form of government, from the head noun alone
        ("Iran", "GPE", "Jordan", "GPE", "The/DT/det/+1 kingdom/NN/nsubj/+1", "Jordan"),
        ("Egypt", "GPE", "Kuwait", "GPE", "The/DT/det/+1 emirate/NN/nsubj/+1", "Kuwait"),
        ("India", "GPE", "Oman", "GPE", "The/DT/det/+1 sultanate/NN/nsubj/+1", "Oman"),
        ("France", "GPE", "Niger", "GPE", "The/DT/det/+1 junta/NN/nsubj/+1", "Niger"),
        # a de-facto state, named by a noun only such a state takes (coref.v8), over a more salient state
        ("Moldova", "GPE", "Transnistria", "GPE", "The/DT/det/+2 breakaway/JJ/amod/+1 enclave/NN/nsubj/+1", "Transnistria"),
        # fact word and head together: "the oil-rich Gulf emirate"
        ("Iran", "GPE", "Qatar", "GPE", "The/DT/det/+5 oil/NN/npadvmod/+2 -/HYPH/punct/+1 rich/JJ/amod/+2 Gulf/NNP/compound/+1 emirate/NN/nsubj/+1", "Qatar"),
        # fighters of an armed group, named in the plural
        ("Egypt", "GPE", "Houthis", "ORG", "The/DT/det/+1 rebels/NNS/nsubj/+1", "Houthis"),
        ("Kenya", "GPE", "al-Shabaab", "ORG", "The/DT/det/+1 militants/NNS/nsubj/+1", "al-Shabaab"),
        ("Sudan", "GPE", "Rapid Support Forces", "ORG", "The/DT/det/+1 paramilitaries/NNS/nsubj/+1", "Rapid Support Forces"),
        ("Mali", "GPE", "JNIM", "ORG", "The/DT/det/+1 jihadists/NNS/nsubj/+1", "JNIM"),
        # a fact word asks nothing of a group: "the West African jihadist group"
        ("Mali", "GPE", "JNIM", "ORG", "The/DT/det/+4 West/JJ/amod/+2 African/JJ/amod/+1 jihadist/JJ/amod/+1 group/NN/nsubj/+1", "JNIM"),
    ],
)
def test_coref_descriptions_link_to_the_actor_that_fits(a, a_label, b, b_label, description, expected):
    tokens = ACCUSED.format(a=a.replace(" ", "_"), b=b.replace(" ", "_")) + description + " denied/VBD/ROOT/0 it/PRP/dobj/-1 ./././-2"
    doc = parsed(tokens, {(0, 1): (a_label, a), (2, 3): (b_label, b)})
    found = [r for r in resolved(doc) if r[2] == "description"]
    assert [(r[1], r[2]) for r in found] == [(expected, "description")]
    assert found[0][0].split()[-1] == description.split()[-1].split("/")[0]  # the whole noun phrase, to its head


@pytest.mark.parametrize(
    ("a", "b", "description"),
    [
        ("Iran", "Iraq", "The/DT/det/+1 kingdom/NN/nsubj/+1"),  # no monarchy in reach
        ("Iran", "Turkey", "The/DT/det/+2 Gulf/NNP/compound/+1 state/NN/nsubj/+1"),  # no Gulf state in reach
        ("Iran", "Qatar", "The/DT/det/+1 state/NN/nsubj/+1"),  # "the state" alone is too vague
        ("Iran", "Qatar", "The/DT/det/+2 whole/JJ/amod/+1 state/NN/nsubj/+1"),  # no fact word
        ("Canada", "Japan", "The/DT/det/+1 junta/NN/nsubj/+1"),  # no state ruled by its military
        ("Iran", "Russia", "The/DT/det/+1 rebels/NNS/nsubj/+1"),  # states are no rebels
        ("Iran", "Russia", "The/DT/det/+2 African/JJ/amod/+1 nation/NN/nsubj/+1"),  # no African state in reach
    ],
)
def test_coref_descriptions_without_a_fitting_antecedent_link_nothing(a, b, description):
    tokens = ACCUSED.format(a=a, b=b) + description + " denied/VBD/ROOT/0 it/PRP/dobj/-1 ./././-2"
    doc = parsed(tokens, {(0, 1): ("GPE", a), (2, 3): ("GPE", b)})
    assert [r for r in resolved(doc) if r[2] == "description"] == []
    assert resolved(doc) is not None  # ran without error


def test_coref_descriptions_stay_within_reach():
    """"the rebels" and "the Gulf state" look back one sentence at most."""
    filler = "Talks/NNS/nsubj/+1 stalled/VBD/ROOT/0 ./././-1 Prices/NNS/nsubj/+1 rose/VBD/ROOT/0 ./././-1 "
    doc = parsed(
        "Houthis/NNP/nsubj/+1 fired/VBD/ROOT/0 ./././-1 " + filler + "The/DT/det/+1 rebels/NNS/nsubj/+1 left/VBD/ROOT/0 ./././-1",
        {(0, 1): ("ORG", "Houthis")},
    )
    assert resolved(doc) == []
    near = parsed("Houthis/NNP/nsubj/+1 fired/VBD/ROOT/0 ./././-1 The/DT/det/+1 rebels/NNS/nsubj/+1 left/VBD/ROOT/0 ./././-1",
                  {(0, 1): ("ORG", "Houthis")})
    assert resolved(near) == [("The rebels", "Houthis", "description")]


def test_coref_descriptions_a_plural_head_is_no_singular_description():
    doc = parsed("Hamas/NNP/nsubj/+1 fired/VBD/ROOT/0 ./././-1 The/DT/det/+1 groups/NNS/nsubj/+1 met/VBD/ROOT/0 ./././-1",
                 {(0, 1): ("ORG", "Hamas")})
    assert resolved(doc) == []


def test_coref_descriptions_never_link_out_of_a_quotation():
    """A state named inside someone's quoted words is no antecedent of "the kingdom" in the narrative after it;
    inside the same quotation it is."""
    quoted = ('"/``/punct/+2 Jordan/NNP/nsubj/+1 lied/VBD/ccomp/+4 ,/,/punct/+3 "/\'\'/punct/+2 Iran/NNP/nsubj/+1 '
              'said/VBD/ROOT/0 ./././-1 The/DT/det/+1 kingdom/NN/nsubj/+1 denied/VBD/ROOT/0 it/PRP/dobj/-1 ./././-2')
    doc = parsed(quoted, {(1, 2): ("GPE", "Jordan"), (5, 6): ("GPE", "Iran")})
    assert quoted_ranges(doc.text) == [(0, doc[4].idx + 1)]
    assert [r for r in resolved(doc) if r[2] == "description"] == []
    inside = parsed(
        '"/``/punct/+3 Jordan/NNP/nsubj/+1 lied/VBD/ROOT/0 ./././-1 The/DT/det/+1 kingdom/NN/nsubj/+1 lies/VBZ/ROOT/0 '
        './././-1 "/\'\'/punct/-2', {(1, 2): ("GPE", "Jordan")})
    assert [r for r in resolved(inside) if r[2] == "description"] == [("The kingdom", "Jordan", "description")]
    # the speaker of its own sentence's quotation: '"Hamas will win," the group said'
    speaker = parsed('"/``/punct/+7 Hamas/NNP/nsubj/+1 wins/VBZ/ccomp/+5 ,/,/punct/+4 "/\'\'/punct/+3 the/DT/det/+1 '
                     'group/NN/nsubj/+1 said/VBD/ROOT/0 ./././-1', {(1, 2): ("ORG", "Hamas")})
    assert [r for r in resolved(speaker) if r[2] == "description"] == [("the group", "Hamas", "description")]


@pytest.mark.parametrize(
    ("tokens", "ents", "expected"),
    [
        # the possessor owns its delegation and envoy; the organisation only hosts them
        ("Russia/NNP/poss/+3 's/POS/case/-1 EU/NNP/compound/+1 ambassador/NN/nsubj/+1 spoke/VBD/ROOT/0 ./././-1",
         {(0, 1): ("GPE", "Russia"), (2, 3): ("ORG", "European Union")}, ("Russia's EU ambassador", "Russia")),
        ("Iran/NNP/poss/+3 's/POS/case/-1 UN/NNP/compound/+1 delegation/NN/nsubj/+1 left/VBD/ROOT/0 ./././-1",
         {(0, 1): ("GPE", "Iran"), (2, 3): ("ORG", "United Nations")}, ("Iran's UN delegation", "Iran")),
        # a mission is mostly an operation: it names nobody
        ("Russia/NNP/poss/+4 's/POS/case/-1 military/JJ/amod/+2 training/NN/compound/+1 mission/NN/nsubj/+1 ended/VBD/ROOT/0 ./././-1",
         {(0, 1): ("GPE", "Russia")}, None),
        ("The/DT/det/+3 French/JJ/amod/+2 naval/JJ/amod/+1 mission/NN/nsubj/+1 ended/VBD/ROOT/0 ./././-1",
         {(1, 2): ("NORP", "France")}, None),
        # without a possessor the organisation's own envoy
        ("The/DT/det/+2 UN/NNP/compound/+1 envoy/NN/nsubj/+1 spoke/VBD/ROOT/0 ./././-1",
         {(1, 2): ("ORG", "United Nations")}, ("The UN envoy", "United Nations")),
        # a state's ministry, embassy, spokesman, kingdom named through its demonym or name
        ("The/DT/det/+3 Turkish/JJ/amod/+2 foreign/JJ/amod/+1 ministry/NN/nsubj/+1 denied/VBD/ROOT/0 it/PRP/dobj/-1 ./././-2",
         {(1, 2): ("NORP", "Turkey")}, ("The Turkish foreign ministry", "Turkey")),
        ("A/DT/det/+2 Hamas/NNP/compound/+1 spokesman/NN/nsubj/+1 denied/VBD/ROOT/0 it/PRP/dobj/-1 ./././-2",
         {(1, 2): ("ORG", "Hamas")}, ("A Hamas spokesman", "Hamas")),
        ("The/DT/det/+2 Saudi/JJ/amod/+1 kingdom/NN/nsubj/+1 denied/VBD/ROOT/0 it/PRP/dobj/-1 ./././-2",
         {(1, 2): ("NORP", "Saudi Arabia")}, ("The Saudi kingdom", "Saudi Arabia")),
    ],
)
def test_coref_descriptions_institutions_name_their_owner(tokens, ents, expected):
    doc = parsed(tokens, ents)
    assert [(r[0], r[1]) for r in resolved(doc) if r[2] == "modifier"] == ([expected] if expected else [])


def test_coref_descriptions_state_facts_are_inherited_from_wider_regions():
    assert {"west_africa", "sahel", "africa", "military_government"} <= actor_facts("Mali")
    assert {"gulf", "middle_east", "arab", "kingdom", "monarchy"} <= actor_facts("Saudi Arabia")
    assert "kingdom" not in actor_facts("Oman") and "sultanate" in actor_facts("Oman")
    assert actor_facts("Hamas") == frozenset() and actor_facts("Atlantis") == frozenset()


def test_coref_descriptions_a_place_named_by_a_fact_word_may_modify_but_no_other_name():
    """"the Gulf state" with "Gulf" tagged as a place (no actor) is a description; "the Wyatt faction" is a name."""
    gulf = parsed(ACCUSED.format(a="Iran", b="Bahrain") + "The/DT/det/+2 Gulf/NNP/compound/+1 state/NN/nsubj/+1 "
                  "denied/VBD/ROOT/0 it/PRP/dobj/-1 ./././-2", {(0, 1): ("GPE", "Iran"), (2, 3): ("GPE", "Bahrain"), (5, 6): ("LOC", "")})
    assert [r for r in resolved(gulf) if r[2] == "description"] == [("The Gulf state", "Bahrain", "description")]
    named = parsed("Hamas/NNP/nsubj/+1 fired/VBD/ROOT/0 ./././-1 The/DT/det/+2 Wyatt/NNP/compound/+1 faction/NN/nsubj/+1 "
                   "left/VBD/ROOT/0 ./././-1", {(0, 1): ("ORG", "Hamas"), (4, 5): ("ORG", "")})
    assert resolved(named) == []
    # a fact word's place before a head that names no state stays a name of its own: "the Mediterranean daily"
    daily = parsed("Haaretz/NNP/nsubj/+1 wrote/VBD/ROOT/0 ./././-1 The/DT/det/+2 Mediterranean/NNP/compound/+1 daily/NN/nsubj/+1 "
                   "wrote/VBD/ROOT/0 ./././-1", {(0, 1): ("ORG", "Haaretz"), (4, 5): ("LOC", "")})
    assert resolved(daily) == []


def test_coref_descriptions_an_embassy_is_no_antecedent_of_the_country_around_it():
    """"hid in the Canadian embassy ... left the country": the country is where the embassy is, not Canada."""
    doc = parsed("They/PRP/nsubj/+1 hid/VBD/ROOT/0 in/IN/prep/-1 the/DT/det/+2 Canadian/JJ/amod/+1 embassy/NN/pobj/-3 ./././-5 "
                 "They/PRP/nsubj/+1 left/VBD/ROOT/0 the/DT/det/+1 country/NN/dobj/-2 ./././-3", {(4, 5): ("NORP", "Canada")})
    assert resolved(doc) == [("the Canadian embassy", "Canada", "modifier")]


@pytest.mark.parametrize(
    ("tokens", "ents", "expected"),
    [
        # "the government" is the state of the same or the previous sentence
        ("Militias/NNS/nsubj/+1 entered/VBD/ROOT/0 Iraq/NNP/dobj/-1 ./././-2 The/DT/det/+1 government/NN/nsubj/+1 "
         "protested/VBD/ROOT/0 ./././-1", {(2, 3): ("GPE", "Iraq")}, [("The government", "Iraq", "description")]),
        ("Kenya/NNP/nsubj/+1 said/VBD/ROOT/0 the/DT/det/+1 government/NN/nsubj/+1 agreed/VBD/ccomp/-3 ./././-4",
         {(0, 1): ("GPE", "Kenya")}, [("the government", "Kenya", "description")]),
        # no state in reach: two sentences back is too far
        ("Peru/NNP/nsubj/+1 voted/VBD/ROOT/0 ./././-1 Prices/NNS/nsubj/+1 rose/VBD/ROOT/0 ./././-1 The/DT/det/+1 "
         "government/NN/nsubj/+1 resigned/VBD/ROOT/0 ./././-1", {(0, 1): ("GPE", "Peru")}, []),
        # an armed group is no government
        ("Hamas/NNP/nsubj/+1 fired/VBD/ROOT/0 ./././-1 The/DT/det/+1 government/NN/nsubj/+1 resigned/VBD/ROOT/0 ./././-1",
         {(0, 1): ("ORG", "Hamas")}, []),
    ],
)
def test_coref_descriptions_the_government_is_a_state_in_reach(tokens, ents, expected):
    assert resolved(parsed(tokens, ents)) == expected


@pytest.mark.parametrize(
    ("tokens", "expected"),
    [
        # an armed group's fighters as a plural: the group named up to two sentences back (coref.v6)
        ("Hamas/NNP/nsubj/+1 fired/VBD/ROOT/0 ./././-1 Prices/NNS/nsubj/+1 rose/VBD/ROOT/0 ./././-1 The/DT/det/+1 "
         "militants/NNS/nsubj/+1 left/VBD/ROOT/0 ./././-1", [("The militants", "Hamas", "description")]),
        # three sentences back is too far
        ("Hamas/NNP/nsubj/+1 fired/VBD/ROOT/0 ./././-1 Prices/NNS/nsubj/+1 rose/VBD/ROOT/0 ./././-1 Talks/NNS/nsubj/+1 "
         "began/VBD/ROOT/0 ./././-1 The/DT/det/+1 militants/NNS/nsubj/+1 left/VBD/ROOT/0 ./././-1", []),
        # "the fighters", "the mercenaries" too (round 11, coref.v7), also with a nationality before them
        ("Hamas/NNP/nsubj/+1 fired/VBD/ROOT/0 ./././-1 The/DT/det/+1 fighters/NNS/nsubj/+1 left/VBD/ROOT/0 ./././-1",
         [("The fighters", "Hamas", "description")]),
        ("Hamas/NNP/nsubj/+1 fired/VBD/ROOT/0 ./././-1 The/DT/det/+2 foreign/JJ/amod/+1 mercenaries/NNS/nsubj/+1 "
         "left/VBD/ROOT/0 ./././-1", [("The foreign mercenaries", "Hamas", "description")]),
        # a singular "fighter" is one person, no group
        ("Hamas/NNP/nsubj/+1 fired/VBD/ROOT/0 ./././-1 The/DT/det/+1 fighter/NN/nsubj/+1 left/VBD/ROOT/0 ./././-1", []),
    ],
)
def test_coref_descriptions_plural_fighters_reach_two_sentences_back(tokens, expected):
    assert resolved(parsed(tokens, {(0, 1): ("ORG", "Hamas")})) == expected


def test_coref_descriptions_fighters_with_a_nationality_are_the_group():
    # "the Russian fighters" after the Wagner Group: the group, not Russia (coref.v7)
    tokens = ("Wagner/NNP/nsubj/+1 deployed/VBD/ROOT/0 ./././-1 The/DT/det/+2 Russian/JJ/amod/+1 fighters/NNS/nsubj/+1 "
              "left/VBD/ROOT/0 ./././-1")
    ents = {(0, 1): ("ORG", "Wagner Group"), (4, 5): ("NORP", "Russia")}
    assert resolved(parsed(tokens, ents)) == [("The Russian fighters", "Wagner Group", "description")]
