"""Acronyms an article defines for an actor (coref.v5): "the Haqqani network (HQN) ... the HQN" -> Haqqani Network.
Hand-parsed Docs of invented sentences (``word/TAG/dep/head``, head relative); see test_coref_descriptions.py."""

from __future__ import annotations

import pytest

from pipeline.actors.coref import _acronym
from tests.test_coref_descriptions import parsed, resolved

# "The Haqqani network ( HQN ) grew . Pakistan paid the HQN ." with the definition's entity given
DEFINED = (
    "The/DT/det/+2 Haqqani/NNP/compound/+1 network/NNP/nsubj/+4 (/-LRB-/punct/-1 HQN/NNP/appos/-2 )/-RRB-/punct/-3 "
    "grew/VBD/ROOT/0 ./././-1 Pakistan/NNP/nsubj/+1 paid/VBD/ROOT/0 the/DT/det/+1 HQN/NNP/dobj/-2 ./././-3"
)


@pytest.mark.parametrize(("tokens", "ents", "expected"), [
    # the later use names the actor; the definition itself is the apposition the relation layer reads
    (DEFINED, {(1, 3): ("ORG", "Haqqani Network"), (8, 9): ("GPE", "Pakistan")},
     [("HQN", "Haqqani Network", "acronym")]),
    # used before it is defined: nothing
    ("Pakistan/NNP/nsubj/+1 paid/VBD/ROOT/0 the/DT/det/+1 HQN/NNP/dobj/-2 ./././-3 "
     "The/DT/det/+2 Haqqani/NNP/compound/+1 network/NNP/nsubj/+4 (/-LRB-/punct/-1 HQN/NNP/appos/-2 )/-RRB-/punct/-3 "
     "grew/VBD/ROOT/0 ./././-1", {(0, 1): ("GPE", "Pakistan"), (6, 8): ("ORG", "Haqqani Network")}, []),
    # the word in parentheses is an actor of its own (a known acronym): the linker has it, no definition
    (DEFINED, {(1, 3): ("ORG", "Haqqani Network"), (4, 5): ("ORG", "Hizb-e-Islami"), (8, 9): ("GPE", "Pakistan")},
     []),
    # no actor before the parentheses: no definition
    (DEFINED, {(8, 9): ("GPE", "Pakistan")}, []),
])
def test_coref_acronyms_defined_acronym_names_its_actor(tokens, ents, expected):
    assert resolved(parsed(tokens, ents)) == expected


@pytest.mark.parametrize(("word", "name", "expected"), [
    ("HQN", "Haqqani network", True), ("AQAP", "al-Qaeda in the Arabian Peninsula", True),
    ("ISIS-K", "Islamic State Khorasan", True), ("MoD", "Ministry of Defence", True),
    ("FDLR", "Democratic Forces for the Liberation of Rwanda", False),  # (a French name's acronym: no)
    ("NSW", "Parliament of New South Wales", False), ("UN", "United Nations", False), ("Iran", "Iran", False),
    ("2019", "Hamas", False), ("SOMETHINGLONG", "Some Other Maybe Entity", False),
])
def test_coref_acronyms_word_shape(word, name, expected):
    assert _acronym(word, name) is expected
