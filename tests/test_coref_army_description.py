"""A state's army or military named alone (round 25, r25desc), on hand-parsed Docs of invented sentences.

"the army" / "the military" is the state when one state alone is in reach (the gold names an army that is no side
at home as its state); binding first ("Turkey trained the army" is not Turkey), and never a state whose army is a
side of a war for rule at home (configs/actors/state_facts.yaml: army_at_war_for_rule); a demonym's state counts
among those in reach but is never the one, and an army named otherwise before it ("the Armed Forces ... the army")
leaves it alone. Each token is ``word/TAG/dep/head`` (head relative) with an optional ``/lemma`` and ``@LABEL:actor`` for a one-token entity.
"""

from __future__ import annotations

import pytest

from pipeline.actors.coref import resolve_coref
from tests.test_coref_descriptions import RULES, actor_facts, actor_type
from tests.test_coref_descriptions import parsed as parsed_spans
from tests.test_coref_judged import parsed


def descriptions(text: str) -> list[tuple[str, str]]:
    doc = parsed(text)
    return [(doc[m.start : m.end].text, m.actor) for m in resolve_coref(doc, RULES, actor_type, actor_facts)
            if m.rule == "description"]


NIGER = "Niger/NNP/nsubj/+1@GPE:Niger signed/VBD/ROOT/0/sign a/DT/det/+1 deal/NN/dobj/-2 ./././-3 "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one state in reach, bound out of nothing: the army is that state's
        (NIGER + "Turkey/NNP/nsubj/+1@GPE:Turkey trained/VBD/ROOT/0/train the/DT/det/+1 army/NN/dobj/-2 "
         "./././-3",
         [("the army", "Niger")]),
        (NIGER + "Rebels/NNS/nsubj/+1/rebel attacked/VBD/ROOT/0/attack the/DT/det/+1 military/NN/dobj/-2 ./././-3",
         [("the military", "Niger")]),
        # trap: two states in reach, neither bound out: either's army, no guess
        ("Niger/NNP/nsubj/+3@GPE:Niger and/CC/cc/-1 Chad/NNP/conj/-2@GPE:Chad signed/VBD/ROOT/0/sign a/DT/det/+1 "
         "deal/NN/dobj/-2 ./././-3 Rebels/NNS/nsubj/+1/rebel attacked/VBD/ROOT/0/attack the/DT/det/+1 "
         "army/NN/dobj/-2 ./././-3",
         []),
        # trap: the state in reach fights a war for rule at home: its army is named as itself, and no other state
        # in reach is its army either (with it in reach, the other is one of two)
        ("Sudan/NNP/nsubj/+1@GPE:Sudan signed/VBD/ROOT/0/sign a/DT/det/+1 deal/NN/dobj/-2 ./././-3 "
         "Rebels/NNS/nsubj/+1/rebel attacked/VBD/ROOT/0/attack the/DT/det/+1 army/NN/dobj/-2 ./././-3",
         []),
        ("Sudan/NNP/nsubj/+1@GPE:Sudan accused/VBD/ROOT/0/accuse Chad/NNP/dobj/-1@GPE:Chad ./././-2 "
         "Rebels/NNS/nsubj/+1/rebel attacked/VBD/ROOT/0/attack the/DT/det/+1 army/NN/dobj/-2 ./././-3",
         []),
        # trap: a demonym names a second state in reach ("Nigerien officials" after Chad): either's army
        ("Nigerien/JJ/amod/+1@NORP:Niger officials/NNS/nsubj/+1/official visited/VBD/ROOT/0/visit "
         "Chad/NNP/dobj/-1@GPE:Chad ./././-2 Rebels/NNS/nsubj/+1/rebel attacked/VBD/ROOT/0/attack the/DT/det/+1 "
         "army/NN/dobj/-2 ./././-3",
         []),
        # trap: a demonym's state alone in reach names no army ("With British support, the army" is not the UK's)
        ("Nigerien/JJ/amod/+1@NORP:Niger officials/NNS/nsubj/+1/official arrived/VBD/ROOT/0/arrive ./././-1 "
         "Rebels/NNS/nsubj/+1/rebel attacked/VBD/ROOT/0/attack the/DT/det/+1 army/NN/dobj/-2 ./././-3",
         []),
        # trap: an army named otherwise before it is the one it repeats, whoever the one state in reach is
        ("Chad/NNP/nsubj/+1@GPE:Chad funded/VBD/ROOT/0/fund the/DT/det/+2 Armed/NNP/compound/+1 "
         "Forces/NNPS/dobj/-3/forces ./././-4 Rebels/NNS/nsubj/+1/rebel attacked/VBD/ROOT/0/attack the/DT/det/+1 "
         "army/NN/dobj/-2 ./././-3",
         []),
        # trap: the one state in reach is bound out (the army is its object): nothing
        ("Turkey/NNP/nsubj/+1@GPE:Turkey trained/VBD/ROOT/0/train the/DT/det/+1 army/NN/dobj/-2 ./././-3",
         []),
    ],
)
def test_coref_army_description_is_the_one_state_in_reach(text, expected):
    assert descriptions(text) == expected


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        # one state body named before it in reach: the description repeats it, whoever the states in reach are
        ("Sudan/NNP/nsubj/+1 thanked/VBD/ROOT/0 the/DT/det/+3 Sudanese/NNP/compound/+2 Armed/NNP/compound/+1 "
         "Forces/NNPS/dobj/-4 ./././-5 Rebels/NNS/nsubj/+1 attacked/VBD/ROOT/0 the/DT/det/+1 army/NN/dobj/-2 ./././-3",
         {(0, 1): ("GPE", "Sudan"), (3, 6): ("ORG", "Sudanese Armed Forces")},
         [("the army", "Sudanese Armed Forces")]),
        # trap: a name of another kind with the noun in it counts for nothing: one state in reach, as before
        ("Niger/NNP/nsubj/+1 fought/VBD/ROOT/0 the/DT/det/+3 Rapid/NNP/compound/+2 Support/NNP/compound/+1 "
         "Forces/NNPS/dobj/-4 ./././-5 Rebels/NNS/nsubj/+1 attacked/VBD/ROOT/0 the/DT/det/+1 army/NN/dobj/-2 ./././-3",
         {(0, 1): ("GPE", "Niger"), (3, 6): ("ORG", "Rapid Support Forces")},
         [("the army", "Niger")]),
    ],
)
def test_coref_army_description_repeats_the_one_state_body_named_before(text, ents, expected):
    doc = parsed_spans(text, ents)
    assert [(doc[m.start : m.end].text, m.actor) for m in resolve_coref(doc, RULES, actor_type, actor_facts)
            if m.rule == "description"] == expected
