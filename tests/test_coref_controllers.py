"""Binding through control (coref.v10), on hand-parsed Docs with invented sentences.

A pronoun object of a verb with no subject of its own (a participle clause, an infinitive, a gerund after a
preposition, a conjunct verb) is not the actor who does that verb's deed: "Egypt cut ties with Qatar, accusing it of
..." -> it is Qatar, not Egypt. Parses are written as in test_coref_descriptions.py.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from pipeline.actors.coref import resolve_coref
from tests.conftest import make_doc
from tests.test_coref_descriptions import POS, RULES, actor_facts, actor_type

TAGS = {**POS, "VBG": "VERB", "VBP": "VERB", "RP": "ADP"}


def parsed(tokens: str, ents: dict[tuple[int, int], tuple[str, str]]):
    parts = [t.rsplit("/", 3) for t in tokens.split()]
    words = [p[0] for p in parts]
    doc = make_doc(words, heads=[i + int(p[3]) for i, p in enumerate(parts)], deps=[p[2] for p in parts],
                   tags=[p[1] for p in parts], pos=[TAGS[p[1]] for p in parts], lemmas=[w.lower() for w in words])
    doc.ents = [Span(doc, s, e, label=label, kb_id=actor) for (s, e), (label, actor) in sorted(ents.items())]
    return doc


def pronouns(doc) -> list[tuple[str, str]]:
    return [(doc[m.start : m.end].text, m.actor) for m in resolve_coref(doc, RULES, actor_type, actor_facts) if m.rule == "pronoun"]


EGYPT_QATAR = {(0, 1): ("GPE", "Egypt"), (4, 5): ("GPE", "Qatar")}


@pytest.mark.parametrize(
    ("tokens", "ents", "expected"),
    [
        # a participle clause takes the subject of the verb it hangs on: "accusing it" is not Egypt's accusing Egypt
        ("Egypt/NNP/nsubj/+1 cut/VBD/ROOT/0 ties/NNS/dobj/-1 with/IN/prep/-1 Qatar/NNP/pobj/-1 ,/,/punct/-4 "
         "accusing/VBG/advcl/-5 it/PRP/dobj/-1 of/IN/prep/-2 arming/VBG/pcomp/-1 rebels/NNS/dobj/-1 ./././-10",
         EGYPT_QATAR, [("it", "Qatar")]),
        # a conjunct verb shares its subject
        ("Egypt/NNP/nsubj/+1 cut/VBD/ROOT/0 ties/NNS/dobj/-1 with/IN/prep/-1 Qatar/NNP/pobj/-1 and/CC/cc/-4 "
         "accused/VBD/conj/-5 it/PRP/dobj/-1 of/IN/prep/-2 arming/VBG/pcomp/-1 rebels/NNS/dobj/-1 ./././-10",
         EGYPT_QATAR, [("it", "Qatar")]),
        # an infinitive of the subject's own intention: "Egypt wants to arm it" is not Egypt arming Egypt
        ("Qatar/NNP/nsubj/+1 met/VBD/ROOT/0 ./././-1 Egypt/NNP/nsubj/+1 wants/VBZ/ROOT/0 to/TO/aux/+1 arm/VB/xcomp/-2 "
         "it/PRP/dobj/-1 ./././-4",
         {(0, 1): ("GPE", "Qatar"), (3, 4): ("GPE", "Egypt")}, [("it", "Qatar")]),
    ],
)
def test_coref_controllers_a_pronoun_is_not_who_does_its_verbs_deed(tokens, ents, expected):
    assert pronouns(parsed(tokens, ents)) == expected


@pytest.mark.parametrize(
    ("tokens", "ents", "expected"),
    [
        # trap: a reported clause has a subject of its own, so the speaker may be "it"
        ("Egypt/NNP/nsubj/+1 said/VBD/ROOT/0 Qatar/NNP/nsubj/+1 armed/VBD/ccomp/-2 it/PRP/dobj/-1 ./././-4",
         {(0, 1): ("GPE", "Egypt"), (2, 3): ("GPE", "Qatar")}, [("it", "Egypt")]),
        # trap: with an object, an infinitive is that object's deed ("urged Qatar to arm it"): Egypt is still in reach
        ("Egypt/NNP/nsubj/+1 urged/VBD/ROOT/0 Qatar/NNP/dobj/-1 to/TO/aux/+1 shield/VB/xcomp/-3 it/PRP/dobj/-1 ./././-5",
         {(0, 1): ("GPE", "Egypt"), (2, 3): ("GPE", "Qatar")}, [("it", "Egypt")]),
        # trap: a possessive is never bound ("accusing its neighbour": its own)
        ("Egypt/NNP/nsubj/+1 cut/VBD/ROOT/0 ties/NNS/dobj/-1 ,/,/punct/-2 accusing/VBG/advcl/-3 its/PRP$/poss/+1 "
         "neighbour/NN/dobj/-2 ./././-6",
         {(0, 1): ("GPE", "Egypt")}, [("its", "Egypt")]),
    ],
)
def test_coref_controllers_traps(tokens, ents, expected):
    assert pronouns(parsed(tokens, ents)) == expected


@pytest.mark.parametrize(
    ("tokens", "ents", "expected"),
    [
        # a finite verb whose subject the parser hung on a noun before it: the names right before it are its subject
        ("Chad/NNP/nsubj/+1 struggles/VBZ/ROOT/0 ./././-1 Rebels/NNS/nsubj/+1 attack/VBP/advcl/+6 towns/NNS/dobj/-1 "
         ",/,/punct/-1 Egypt/NNP/conj/-2 and/CC/cc/-1 Qatar/NNP/conj/-2 prop/VBP/ROOT/0 it/PRP/dobj/-1 up/RP/prt/-2 "
         "./././-3",
         {(0, 1): ("GPE", "Chad"), (7, 8): ("GPE", "Egypt"), (9, 10): ("GPE", "Qatar")}, [("it", "Chad")]),
        # trap: a verb with a subject of its own binds that subject only
        ("Chad/NNP/nsubj/+1 struggles/VBZ/ROOT/0 ./././-1 Qatar/NNP/nsubj/+1 said/VBD/ROOT/0 Egypt/NNP/nsubj/+1 "
         "props/VBZ/ccomp/-2 it/PRP/dobj/-1 up/RP/prt/-2 ./././-4",
         {(0, 1): ("GPE", "Chad"), (3, 4): ("GPE", "Qatar"), (5, 6): ("GPE", "Egypt")}, [("it", "Qatar")]),
    ],
)
def test_coref_controllers_a_lost_subject_binds_too(tokens, ents, expected):
    assert pronouns(parsed(tokens, ents)) == expected
