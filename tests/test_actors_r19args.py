"""Round 19 (coref.v13, actors.v23, r19args): naming mechanisms kept where they carried to a set nobody read.

A form of one actor's entry names another actor in an article about that actor's setting (``contextual_actors`` in
linking.yaml, ``ActorMatcher._recast``): "SLA" beside "Lebanon" is the South Lebanon Army, and the Sudan Liberation
Movement beside "Darfur" or with no setting named. Traps: the form's own actor everywhere else, the ``unless`` words
win over the cues, and a seat no entry recasts ("Hanoi" beside "Viet Cong") stays its state's.

A bare description repeats the nearest earlier phrase with its head noun.

"Rebels fought the Syrian regime. Turkey says the regime is armed by Russia.": the second "the regime" is the one
named before (Syria), not the most salient state of its own sentence (Turkey), as a reader takes the same noun for
the same referent (``coref.Resolver._repeated_head``). Traps: an earlier "the regime" that named no actor leaves the
description to salience as before, and a description with words of its own ("the new regime") is no repeat.
Hand-parsed Docs of invented sentences; the exact resolutions are asserted, so a crash fails a trap too."""

from __future__ import annotations

import pytest

from tests.test_actors_linking import linked
from tests.test_coref_descriptions import parsed, resolved

LATER = ("Turkey/NNP/nsubj/+1 says/VBZ/ROOT/0 the/DT/det/+1 regime/NN/nsubjpass/+2 is/VBZ/auxpass/+1 armed/VBN/ccomp/-4 "
         "by/IN/agent/-1 Russia/NNP/pobj/-1 ./././-7")
NAMED = "Rebels/NNS/nsubj/+1 fought/VBD/ROOT/0 the/DT/det/+2 Syrian/JJ/amod/+1 regime/NN/dobj/-3 ./././-4 " + LATER
OF_LEADER = "Rebels/NNS/nsubj/+1 fought/VBD/ROOT/0 the/DT/det/+1 regime/NN/dobj/-2 of/IN/prep/-1 Assad/NNP/pobj/-1 ./././-5 " + LATER
BARE = "Rebels/NNS/nsubj/+1 fought/VBD/ROOT/0 the/DT/det/+1 regime/NN/dobj/-2 ./././-3 " + LATER
NEW = ("Rebels/NNS/nsubj/+1 fought/VBD/ROOT/0 the/DT/det/+2 Syrian/JJ/amod/+1 regime/NN/dobj/-3 ./././-4 "
       "Turkey/NNP/nsubj/+1 says/VBZ/ROOT/0 the/DT/det/+2 new/JJ/amod/+1 regime/NN/nsubjpass/+2 is/VBZ/auxpass/+1 "
       "armed/VBN/ccomp/-5 by/IN/agent/-1 Russia/NNP/pobj/-1 ./././-8")


@pytest.mark.parametrize(
    ("tokens", "ents", "expected"),
    [
        (NAMED, {(3, 4): ("NORP", "Syria"), (6, 7): ("GPE", "Turkey"), (13, 14): ("GPE", "Russia")},
         [("the Syrian regime", "Syria", "modifier"), ("the regime", "Syria", "description")]),
        (OF_LEADER, {(5, 6): ("PERSON", "Bashar al-Assad"), (7, 8): ("GPE", "Turkey"), (14, 15): ("GPE", "Russia")},
         [("the regime", "Bashar al-Assad", "description")]),
        # traps: the earlier same noun named no one (salience decides, as before); words of its own make no repeat
        (BARE, {(5, 6): ("GPE", "Turkey"), (12, 13): ("GPE", "Russia")}, [("the regime", "Turkey", "description")]),
        (NEW, {(3, 4): ("NORP", "Syria"), (6, 7): ("GPE", "Turkey"), (14, 15): ("GPE", "Russia")},
         [("the Syrian regime", "Syria", "modifier"), ("the new regime", "Turkey", "description")]),
    ],
)
def test_coref_description_repeats_its_head_nouns_actor(tokens, ents, expected):
    assert resolved(parsed(tokens, ents)) == expected


@pytest.mark.parametrize(
    ("words", "heads", "deps", "expected"),
    [
        (["Israel", "paid", "the", "SLA", "in", "Lebanon"], [1, 1, 3, 1, 3, 4], ["nsubj", "ROOT", "det", "dobj", "prep", "pobj"],
         ("SLA", "ORG", "South Lebanon Army")),
        # traps: no setting named, the form's own actor; an `unless` word outweighs a cue
        (["Chad", "paid", "the", "SLA"], [1, 1, 3, 1], ["nsubj", "ROOT", "det", "dobj"], ("SLA", "ORG", "Sudan Liberation Movement")),
        (["Chad", "paid", "the", "SLA", "in", "Darfur", "near", "Lebanon"], [1, 1, 3, 1, 3, 4, 3, 6],
         ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "prep", "pobj"], ("SLA", "ORG", "Sudan Liberation Movement")),
        (["Hanoi", "armed", "the", "Viet", "Cong"], [1, 1, 4, 4, 1], ["nsubj", "ROOT", "det", "compound", "dobj"],
         ("Hanoi", "GPE", "Vietnam")),
    ],
)
def test_linking_form_names_another_actor_in_its_setting(linker, words, heads, deps, expected):
    assert [e for e in linked(linker, words, heads=heads, deps=deps) if e[0] == expected[0]] == [expected]
