"""Round 36 (coref.v15), on hand-parsed Docs of invented sentences.

- A pronoun argument of a relative clause opened by "where" is not the place the clause is about: "the brigade
  operated in Syria, where it armed a militia" (it is the brigade, not Syria; ``place_relatives``).
- The one judged or thanked may be a pronoun resolved before: "Ivo Maric phoned Zed Lee, thanking him for his
  support" (his is him, Zed Lee; ``_judged`` through ``_agreeing``).

Each token is ``word/TAG/dep/head`` (head relative) with an optional ``/lemma`` and ``@LABEL:actor`` for a one-token
entity (:func:`tests.test_coref_judged.parsed`).
"""

from __future__ import annotations

import pytest

from pipeline.actors.coref import resolve_coref
from tests.test_coref_descriptions import RULES, actor_facts, actor_type
from tests.test_coref_judged import parsed


def pronouns(text: str) -> list[tuple[str, str]]:
    doc = parsed(text)
    return [(doc[m.start : m.end].text, m.actor) for m in resolve_coref(doc, RULES, actor_type, actor_facts)
            if m.rule == "pronoun"]


# "{Subject} operated in Syria, where it armed a militia." / "... in camps, where ..." (trap: the place no actor)
OPERATED_IN = ("{subject} operated/VBD/ROOT/0/operate in/IN/prep/-1 "
               "{place} ,/,/punct/-1 where/WRB/advmod/+2 it/PRP/nsubj/+1 "
               "armed/VBD/relcl/-4/arm a/DT/det/+1 militia/NN/dobj/-2 ./././-9")
HEZBOLLAH, BRIGADE = "Hezbollah/NNP/nsubj/+1@ORG:Hezbollah", "Brigade/NNP/nsubj/+1"
SYRIA, CAMPS = "Syria/NNP/pobj/-1@GPE:Syria", "camps/NNS/pobj/-1/camp"
# "Maric phoned Lee, thanking him for his support." / "..., thanking Ana for his support." (trap: no pronoun thanked)
PHONED = ("Maric/NNP/nsubj/+1@PERSON:Ivo_Maric phoned/VBD/ROOT/0/phone Lee/NNP/dobj/-1@PERSON:Zed_Lee ,/,/punct/-2 "
          "thanking/VBG/advcl/-3/thank {thanked} for/IN/prep/-2 his/PRP$/poss/+1 support/NN/pobj/-2 ./././-9")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (OPERATED_IN.format(subject=HEZBOLLAH, place=SYRIA), [("it", "Hezbollah")]),
        (OPERATED_IN.format(subject=BRIGADE, place=SYRIA), []),  # (not Syria: a name no actor has)
        (PHONED.format(thanked="him/PRP/dobj/-1"), [("him", "Zed Lee"), ("his", "Zed Lee")]),
    ],
    ids=["not the place where", "not the place, no actor left", "his is the one thanked"],
)
def test_coref_round36_pronoun_antecedents(text, expected):
    assert pronouns(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # trap: a place that is no actor leaves the name before it the antecedent
        (OPERATED_IN.format(subject=HEZBOLLAH, place=CAMPS), [("it", "Hezbollah")]),
        # trap: a thanked name that is no pronoun changes nothing (the judged reading already had it)
        (PHONED.format(thanked="Ana/NNP/dobj/-1@PERSON:Ana_Doe"), [("his", "Ana Doe")]),
    ],
    ids=["trap: a place no actor", "trap: a named one thanked"],
)
def test_coref_round36_traps(text, expected):
    assert pronouns(text) == expected
