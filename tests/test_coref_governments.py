"""Governments named by a description (coref.v9), on hand-parsed Docs with invented sentences.

A state's government by its seat ("the government in Kabul"), a rival government named by its seat or recognition
("Libya's internationally recognised government", "the Tripoli government") or as a shadow government ("Myanmar's
shadow government"), and binding: a description is not its own clause's subject or object, nor an actor named in its
own phrase ("the Saudi-backed government"). Parses are written as in test_coref_descriptions.py.
"""

from __future__ import annotations

import pytest

from pipeline.actors.coref import CorefRules
from pipeline.ruledata import read_yaml
from spacy.tokens import Span

from tests.conftest import REPO, make_doc
from tests.test_coref_descriptions import GAZETTEER, POS, resolved


def parsed(tokens: str, ents: dict[tuple[int, int], tuple[str, str]]):
    """As test_coref_descriptions.parsed, with a hyphen glued to its neighbours ("Saudi-backed")."""
    parts = [t.rsplit("/", 3) for t in tokens.split()]
    words = [p[0] for p in parts]
    spaces = [not (w == "-" or (i + 1 < len(words) and words[i + 1] in ("-", ".", ",", "'s"))) for i, w in enumerate(words)]
    doc = make_doc(words, heads=[i + int(p[3]) for i, p in enumerate(parts)], deps=[p[2] for p in parts],
                   tags=[p[1] for p in parts], pos=[POS[p[1]] for p in parts], lemmas=[w.lower() for w in words], spaces=spaces)
    doc.ents = [Span(doc, s, e, label=label, kb_id=actor) for (s, e), (label, actor) in sorted(ents.items())]
    return doc


@pytest.mark.parametrize(
    ("tokens", "ents", "expected"),
    [
        # the government in a state's seat is that state's
        ("Envoys/NNS/nsubj/+1 met/VBD/ROOT/0 the/DT/det/+1 government/NN/dobj/-2 in/IN/prep/-1 Kabul/NNP/pobj/-1 ./././-5",
         {(5, 6): ("GPE", "Afghanistan")}, [("the government", "Afghanistan", "seat")]),
        ("The/DT/det/+1 authorities/NNS/nsubj/+4 in/IN/prep/-1 Caracas/NNP/pobj/-1 have/VBZ/aux/+1 denied/VBD/ROOT/0 "
         "it/PRP/dobj/-1 ./././-2", {(3, 4): ("GPE", "Venezuela")}, [("The authorities", "Venezuela", "seat")]),
        # a government in a place that names no state, or with no definite article, is no state's
        ("The/DT/det/+2 regional/JJ/amod/+1 government/NN/nsubj/+3 in/IN/prep/-1 Erbil/NNP/pobj/-1 protested/VBD/ROOT/0 ./././-1",
         {(4, 5): ("GPE", "")}, []),
        ("Rebels/NNS/nsubj/+1 want/VBD/ROOT/0 a/DT/det/+1 government/NN/dobj/-2 in/IN/prep/-1 Kabul/NNP/pobj/-1 ./././-5",
         {(5, 6): ("GPE", "Afghanistan")}, []),
    ],
)
def test_coref_governments_a_seat_names_its_state(tokens, ents, expected):
    assert resolved(parsed(tokens, ents)) == expected


@pytest.mark.parametrize(
    ("tokens", "ents", "expected"),
    [
        # a name in the phrase wins over the seat: "the Taliban government in Kabul", "the Assad regime in Syria"
        ("Envoys/NNS/nsubj/+1 met/VBD/ROOT/0 the/DT/det/+2 Taliban/NNP/compound/+1 government/NN/dobj/-3 in/IN/prep/-1 "
         "Kabul/NNP/pobj/-1 ./././-6", {(3, 4): ("ORG", "Taliban"), (6, 7): ("GPE", "Afghanistan")},
         [("the Taliban government", "Taliban", "modifier")]),
        # ... and the seat over a guess: "Iran backed the regime in Damascus" is not Iran's
        ("Iran/NNP/nsubj/+1 backed/VBD/ROOT/0 the/DT/det/+1 regime/NN/dobj/-2 in/IN/prep/-1 Damascus/NNP/pobj/-1 ./././-5",
         {(0, 1): ("GPE", "Iran"), (5, 6): ("GPE", "Syria")}, [("the regime", "Syria", "seat")]),
    ],
)
def test_coref_governments_a_name_before_a_seat_before_a_guess(tokens, ents, expected):
    assert resolved(parsed(tokens, ents)) == expected


# "Turkey backs <phrase> ." with the phrase's own parse after the verb (heads relative)
BACKS = "Turkey/NNP/nsubj/+1 backs/VBZ/ROOT/0 "


@pytest.mark.parametrize(
    ("phrase", "ents", "expected"),
    [
        # Libya's government named by its recognition or its seat is the Government of National Accord ...
        ("Libya/NNP/poss/+5 's/POS/case/-1 internationally/RB/advmod/+1 recognised/VBN/amod/+2 new/JJ/amod/+1 "
         "government/NN/dobj/-6 ./././-7", {(2, 3): ("GPE", "Libya")},
         ("Libya's internationally recognised new government", "Government of National Accord", "named_government")),
        ("the/DT/det/+4 Tripoli/NNP/npadvmod/+2 -/HYPH/punct/+1 based/VBN/amod/+1 authorities/NNS/dobj/-5 ./././-6",
         {(3, 4): ("GPE", "")}, ("the Tripoli-based authorities", "Government of National Accord", "named_government")),
        ("the/DT/det/+1 government/NN/dobj/-2 in/IN/prep/-1 Tripoli/NNP/pobj/-1 ./././-5", {(5, 6): ("GPE", "Libya")},
         ("the government", "Government of National Accord", "named_government")),
        ("the/DT/det/+4 UN/NNP/npadvmod/+2 -/HYPH/punct/+1 backed/VBN/amod/+1 Libyan/JJ/amod/+1 administration/NN/dobj/-7 ./././-8",
         {(3, 4): ("ORG", "United Nations"), (6, 7): ("NORP", "Libya")},
         ("the UN-backed Libyan administration", "Government of National Accord", "named_government")),
        # ... but a plain Libyan government is the state (FORMAT.md), and so is a recognised one of a state with no
        # rival government the configuration names
        ("the/DT/det/+2 Libyan/JJ/amod/+1 government/NN/dobj/-4 ./././-5", {(3, 4): ("NORP", "Libya")},
         ("the Libyan government", "Libya", "modifier")),
        ("Yemen/NNP/poss/+4 's/POS/case/-1 internationally/RB/advmod/+1 recognised/VBN/amod/+1 government/NN/dobj/-6 ./././-7",
         {(2, 3): ("GPE", "Yemen")}, ("Yemen's internationally recognised government", "Yemen", "modifier")),
        # Myanmar's shadow government is its National Unity Government; another state's shadow government is the state
        ("Myanmar/NNP/poss/+3 's/POS/case/-1 shadow/NN/compound/+1 government/NN/dobj/-5 ./././-6", {(2, 3): ("GPE", "Myanmar")},
         ("Myanmar's shadow government", "National Unity Government of Myanmar", "named_government")),
        ("Britain/NNP/poss/+3 's/POS/case/-1 shadow/NN/compound/+1 government/NN/dobj/-5 ./././-6",
         {(2, 3): ("GPE", "United Kingdom")}, ("Britain's shadow government", "United Kingdom", "modifier")),
    ],
)
def test_coref_governments_a_rival_government_by_its_seat_or_recognition(phrase, ents, expected):
    doc = parsed(BACKS + phrase, {(0, 1): ("GPE", "Turkey"), **ents})
    assert [r for r in resolved(doc) if r[2] != "pronoun"] == [expected]


def test_coref_governments_the_rival_government_the_article_names():
    """An article that names the Government of National Unity means it by "the government in Tripoli"."""
    doc = parsed("Dbeibah/NNP/nsubj/+1 leads/VBZ/ROOT/0 the/DT/det/+4 Government/NNP/dobj/-2 of/IN/prep/-1 National/NNP/compound/+1 "
                 "Unity/NNP/pobj/-2 ./././-6 Turkey/NNP/nsubj/+1 backs/VBZ/ROOT/0 the/DT/det/+1 government/NN/dobj/-2 "
                 "in/IN/prep/-1 Tripoli/NNP/pobj/-1 ./././-5",
                 {(0, 1): ("PERSON", "Abdul Hamid Dbeibah"), (3, 7): ("ORG", "Government of National Unity of Libya"),
                  (8, 9): ("GPE", "Turkey"), (13, 14): ("GPE", "Libya")})
    assert resolved(doc) == [("the government", "Government of National Unity of Libya", "named_government")]


@pytest.mark.parametrize(
    ("tokens", "ents", "expected"),
    [
        # the subject of the clause a description hangs on is not its antecedent: the state before it is
        ("Militias/NNS/nsubj/+1 entered/VBD/ROOT/0 Iraq/NNP/dobj/-1 ./././-2 Iran/NNP/nsubj/+1 backed/VBD/ROOT/0 "
         "the/DT/det/+1 government/NN/dobj/-2 ./././-3", {(2, 3): ("GPE", "Iraq"), (4, 5): ("GPE", "Iran")},
         [("the government", "Iraq", "description")]),
        # through a preposition and a relative pronoun: "Oman, which intervened in support of the government"
        ("Oman/NNP/nsubj/+10 ,/,/punct/-1 which/WDT/nsubj/+1 intervened/VBD/relcl/-3 in/IN/prep/-1 support/NN/pobj/-1 "
         "of/IN/prep/-1 the/DT/det/+1 government/NN/pobj/-2 ,/,/punct/-9 won/VBD/ROOT/0 ./././-1",
         {(0, 1): ("GPE", "Oman")}, []),
        # the controller of a non-finite verb: "Egypt agreed to arm the government"
        ("Egypt/NNP/nsubj/+1 agreed/VBD/ROOT/0 to/TO/aux/+1 arm/VB/xcomp/-2 the/DT/det/+1 government/NN/dobj/-2 ./././-5",
         {(0, 1): ("GPE", "Egypt")}, []),
        # ... but a reported clause is a clause of its own: "Kenya said the government agreed" (test_coref_descriptions)
        ("Kenya/NNP/nsubj/+1 said/VBD/ROOT/0 the/DT/det/+1 government/NN/nsubj/+1 agreed/VBD/ccomp/-3 ./././-4",
         {(0, 1): ("GPE", "Kenya")}, [("the government", "Kenya", "description")]),
        # a predicate noun and an apposition name their own subject and noun: no binding
        ("Hamas/NNP/nsubj/+1 is/VBZ/ROOT/0 the/DT/det/+2 largest/JJ/amod/+1 group/NN/attr/-3 ./././-4",
         {(0, 1): ("ORG", "Hamas")}, [("the largest group", "Hamas", "description")]),
        ("Chile/NNP/nsubj/+5 ,/,/punct/-1 the/DT/det/+1 country/NN/appos/-3 ,/,/punct/-4 voted/VBD/ROOT/0 ./././-1",
         {(0, 1): ("GPE", "Chile")}, [("the country", "Chile", "description")]),
        # nor a possessive: "Hamas expanded the group's arsenal"
        ("Hamas/NNP/nsubj/+1 expanded/VBD/ROOT/0 the/DT/det/+1 group/NN/poss/+2 's/POS/case/-1 arsenal/NN/dobj/-4 ./././-5",
         {(0, 1): ("ORG", "Hamas")}, [("the group", "Hamas", "description")]),
        # an actor that only modifies an argument does not bind: "Peru won Chile's vote in the country"
        ("Peru/NNP/nsubj/+1 won/VBD/ROOT/0 Chile/NNP/poss/+2 's/POS/case/-1 vote/NN/dobj/-3 in/IN/prep/-1 the/DT/det/+1 "
         "country/NN/pobj/-2 ./././-7", {(0, 1): ("GPE", "Peru"), (2, 3): ("GPE", "Chile")},
         [("the country", "Chile", "description")]),
        # a description that names its side by an actor ("the Saudi-backed government") is neither that actor nor
        # the other state in reach: nothing says which state it is
        ("Iran/NNP/nsubj/+1 rose/VBD/ROOT/0 ./././-1 The/DT/det/+4 Saudi/NNP/npadvmod/+2 -/HYPH/punct/+1 backed/VBN/amod/+1 "
         "government/NN/nsubj/+1 fell/VBD/ROOT/0 ./././-1", {(0, 1): ("GPE", "Iran"), (4, 5): ("NORP", "Saudi Arabia")}, []),
        # ... but a state's hyphen compound on a group's description is an ordinary description: "the Iran-backed party"
        ("Hezbollah/NNP/nsubj/+1 rose/VBD/ROOT/0 ./././-1 The/DT/det/+4 Iran/NNP/npadvmod/+2 -/HYPH/punct/+1 backed/VBN/amod/+1 "
         "party/NN/nsubj/+1 fell/VBD/ROOT/0 ./././-1", {(0, 1): ("ORG", "Hezbollah"), (4, 5): ("GPE", "Iran")},
         [("The Iran-backed party", "Hezbollah", "description")]),
    ],
)
def test_coref_governments_binding(tokens, ents, expected):
    assert [r for r in resolved(parsed(tokens, ents)) if r[2] == "description"] == expected


@pytest.mark.parametrize(
    ("tokens", "ents", "expected"),
    [
        # a listed leader's administration is the state he led
        ("The/DT/det/+2 Obama/NNP/compound/+1 administration/NN/nsubj/+1 agreed/VBD/ROOT/0 ./././-1",
         {(1, 2): ("PERSON", "Barack Obama")}, [("The Obama administration", "United States", "administration")]),
        # anyone else's stays the person's (a candidate, a mayor), and a leader's regime or government stays his
        ("The/DT/det/+2 Keller/NNP/compound/+1 administration/NN/nsubj/+1 agreed/VBD/ROOT/0 ./././-1",
         {(1, 2): ("PERSON", "Anna Keller")}, [("The Keller administration", "Anna Keller", "modifier")]),
        ("The/DT/det/+2 Trump/NNP/compound/+1 campaign/NN/nsubj/+1 agreed/VBD/ROOT/0 ./././-1",
         {(1, 2): ("PERSON", "Donald Trump")}, []),
    ],
)
def test_coref_governments_a_leaders_administration_is_the_state(tokens, ents, expected):
    assert resolved(parsed(tokens, ents)) == expected


def test_coref_governments_named_governments_are_gazetteer_actors():
    """Every state and government of ``named_governments`` is a gazetteer actor of the right type."""
    rules = CorefRules.model_validate(read_yaml(REPO / "configs" / "coref.yaml"))
    assert rules.named_governments, "named_governments is empty"
    for named in rules.named_governments:
        assert GAZETTEER.info(named.state) is not None and GAZETTEER.info(named.state).type == "state", named.state
        for government in named.governments:
            info = GAZETTEER.info(government)
            assert info is not None and info.type == "government_body", government
    for leader, state in rules.administrations.items():
        assert GAZETTEER.info(leader) is not None and GAZETTEER.info(leader).type == "person", leader
        assert GAZETTEER.info(state) is not None and GAZETTEER.info(state).type == "state", state
