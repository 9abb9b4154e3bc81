"""Round 18, r18args: who the arguments are, naming mechanisms (actors.v22). Hand-built Docs, no statistical model.

Kept: the bare plural "the mujahideen" (and its spellings) is the Afghan mujahideen in an article about the Afghan war
(a contextual name), as the gold of every open set names it. Recorded as known gaps (strict xfail; measured in round 18 and dropped because no unread set moved): ranks
before a known person's name inside a span of another label, and a bare description repeating the head noun of an
earlier phrase that named its actor (landed in round 19, coref.v13, when an unread set moved: the xfail is lifted).
"""

from __future__ import annotations

import pytest

from tests.test_actors_linking import linked
from tests.test_coref_descriptions import resolved
from tests.test_coref_governments import parsed


_MUJAHIDEEN = [
    (["Washington", "paid", "the", "mujahideen", "to", "fight", "the", "Soviets", "."],
     [("mujahideen", "ORG", "Afghan mujahideen")]),
    (["Riyadh", "armed", "the", "Mujahedin", "in", "Afghanistan", "."], [("Mujahedin", "ORG", "Afghan mujahideen")]),
    (["Pakistan", "trained", "the", "mujahidin", "fighters", "near", "Kabul", "."], [("mujahidin", "ORG", "Afghan mujahideen")]),
    # trap: in an article about another war the word names other fighters, no actor
    (["Iran", "armed", "the", "Bosnian", "mujahideen", "."], []),
    (["Turkey", "let", "foreign", "mujahideen", "into", "Syria", "after", "the", "Soviet", "collapse", "."], []),
    # trap: a longer name holding the word is its own group
    (["India", "accused", "Hizbul", "Mujahideen", "."], [("Hizbul Mujahideen", "ORG", "Hizbul Mujahideen")]),
    # trap: the singular is a fighter, no movement
    (["a", "young", "mujahid", "from", "Kabul", "spoke", "."], []),
]


@pytest.mark.parametrize(("words", "expected"), _MUJAHIDEEN)
def test_linking_bare_mujahideen_is_the_afghan_movement(linker, words, expected):
    found = [e for e in linked(linker, words) if e[2] and e[1] == "ORG"]
    assert found == expected


_TITLED = [
    pytest.param(["Egypt", "helped", "Field", "Marshal", "Khalifa", "Haftar", "."],
                 ["B-GPE", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O"],
                 ("Khalifa Haftar", "PERSON", "Khalifa Haftar"),
                 marks=pytest.mark.xfail(strict=True, reason="round 18: the model's organisation span keeps the ranks; "
                                         "tried (c15b +1 right, 1 wrong removed) and dropped: no unread set moved")),
    # trap: a title before a name that is no known person's stays the organisation the model found
    (["Iran", "hired", "General", "Dynamics", "."], ["B-GPE", "O", "B-ORG", "I-ORG", "O"],
     ("General Dynamics", "ORG", "General Dynamics")),
]


@pytest.mark.parametrize(("words", "ents", "expected"), _TITLED)
def test_linking_titles_before_a_known_person_in_another_label(linker, words, ents, expected):
    assert linked(linker, words, ents)[-1] == expected


# "Rebels fought the Syrian regime. Turkey says the regime is armed by Russia."
_REPEATED = [
    # round 19 (r19args, coref.v13): landed, as the unread c18c moved (+1 right); round 18's strict xfail
    (
        "Rebels/NNS/nsubj/+1 fought/VBD/ROOT/0 the/DT/det/+2 Syrian/JJ/amod/+1 regime/NN/dobj/-3 ./././-4 Turkey/NNP/nsubj/+1 "
        "says/VBZ/ROOT/0 the/DT/det/+1 regime/NN/nsubjpass/+2 is/VBZ/auxpass/+1 armed/VBN/ccomp/-4 by/IN/agent/-1 "
        "Russia/NNP/pobj/-1 ./././-6",
        {(3, 4): ("NORP", "Syria"), (6, 7): ("GPE", "Turkey"), (13, 14): ("GPE", "Russia")},
        [("the Syrian regime", "Syria", "modifier"), ("the regime", "Syria", "description")],
    ),
    # trap: a description bound out of its own verb's arguments names neither of them
    ("Rebels/NNS/nsubj/+1 fought/VBD/ROOT/0 the/DT/det/+2 Syrian/JJ/amod/+1 regime/NN/dobj/-3 ./././-4 Syria/NNP/nsubj/+1 "
     "armed/VBD/ROOT/0 the/DT/det/+1 regime/NN/dobj/-2 ./././-3",
     {(3, 4): ("NORP", "Syria"), (6, 7): ("GPE", "Syria")},
     [("the Syrian regime", "Syria", "modifier")]),
]


@pytest.mark.parametrize(("tokens", "ents", "expected"), _REPEATED)
def test_coref_bare_description_repeats_the_named_phrase(tokens, ents, expected):
    assert resolved(parsed(tokens, ents)) == expected
