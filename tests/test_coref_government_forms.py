"""Descriptions by a form of government (coref.v10), on hand-parsed Docs with invented sentences.

"the junta", "the kingdom", "the emirate" ask for a state with that form of government (configs/actors/state_facts.yaml).
A state's demonym ("Saudi officials", "a Burmese firm") is an antecedent of such a description, which no other kind of
actor fits; a lower-case head the tagger took for a proper noun ("the junta's", NNP) is still a description. Parses are
written as in test_coref_descriptions.py.
"""

from __future__ import annotations

import pytest

from tests.test_coref_descriptions import parsed, resolved


@pytest.mark.parametrize(
    ("tokens", "ents", "expected"),
    [
        # a demonym is the only mention of the state: "the kingdom" is Saudi Arabia
        ("Qatar/NNP/nsubj/+1 hosted/VBD/ROOT/0 Saudi/JJ/amod/+1 officials/NNS/dobj/-2 ./././-3 "
         "The/DT/det/+1 kingdom/NN/nsubj/+1 denied/VBD/ROOT/0 it/PRP/dobj/-1 ./././-2",
         {(0, 1): ("GPE", "Qatar"), (2, 3): ("NORP", "Saudi Arabia")}, ("The kingdom", "Saudi Arabia")),
        # ... and "the junta" the state its military rules
        ("A/DT/det/+2 Burmese/JJ/amod/+1 firm/NN/nsubj/+1 bought/VBD/ROOT/0 jets/NNS/dobj/-1 for/IN/prep/-2 "
         "the/DT/det/+1 junta/NN/pobj/-2 ./././-5",
         {(1, 2): ("NORP", "Myanmar")}, ("the junta", "Myanmar")),
        # a lower-case head tagged as a proper noun is a description
        ("Niger/NNP/nsubj/+1 expelled/VBD/ROOT/0 envoys/NNS/dobj/-1 ./././-2 The/DT/det/+1 junta/NNP/nsubj/+1 "
         "denied/VBD/ROOT/0 it/PRP/dobj/-1 ./././-2",
         {(0, 1): ("GPE", "Niger")}, ("The junta", "Niger")),
    ],
)
def test_coref_government_forms_resolve(tokens, ents, expected):
    assert (*expected, "description") in resolved(parsed(tokens, ents))


@pytest.mark.parametrize(
    ("tokens", "ents", "unresolved"),
    [
        # trap: a demonym of a state without that form of government is no kingdom
        ("Iranian/JJ/amod/+1 officials/NNS/nsubj/+1 met/VBD/ROOT/0 ./././-1 The/DT/det/+1 kingdom/NN/nsubj/+1 "
         "denied/VBD/ROOT/0 it/PRP/dobj/-1 ./././-2",
         {(0, 1): ("NORP", "Iran")}, "The kingdom"),
        # trap: a demonym is no antecedent of a plain description of a state
        ("Saudi/JJ/amod/+1 officials/NNS/nsubj/+1 met/VBD/ROOT/0 ./././-1 The/DT/det/+1 country/NN/nsubj/+1 "
         "denied/VBD/ROOT/0 it/PRP/dobj/-1 ./././-2",
         {(0, 1): ("NORP", "Saudi Arabia")}, "The country"),
        # trap: a capitalised word is a name, no description
        ("Niger/NNP/nsubj/+1 expelled/VBD/ROOT/0 envoys/NNS/dobj/-1 ./././-2 The/DT/det/+1 Junta/NNP/nsubj/+1 "
         "denied/VBD/ROOT/0 it/PRP/dobj/-1 ./././-2",
         {(0, 1): ("GPE", "Niger")}, "The Junta"),
    ],
)
def test_coref_government_forms_traps(tokens, ents, unresolved):
    assert all(text != unresolved for text, _, _ in resolved(parsed(tokens, ents)))
