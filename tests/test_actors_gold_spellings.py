"""actors.v27 (round 25, r25args): the canonical name of an actor is the spelling the blind real-news gold writes,
where the annotators of at least two open sets write it and no set writes only the old one; the old name stays a
form of the actor. Round 37 (actors.v35) moved two back by the same test on rounds 29-36's sets and the dev set:
"Democratic Republic of the Congo" and "Volunteers for the Defence of the Homeland" (every gold argument that lists
the round-25 name lists them too, five that list them do not list it). Hand-built Docs of invented sentences (no
statistical model)."""

from __future__ import annotations

import pytest

from tests.test_actors_linking import linked


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        # every form of the actor, the old canonical name among them, links to the new canonical name
        (["the", "DR", "Congo", "said", "."], [("DR Congo", "GPE", "Democratic Republic of the Congo")]),
        (["Congolese", "officials", "met", "in", "Kinshasa", "."],
         [("Congolese", "NORP", "Democratic Republic of the Congo"), ("Kinshasa", "GPE", "")]),
        (["the", "Tehrik", "-", "i", "-", "Taliban", "Pakistan", "struck", "."],
         [("Tehrik-i-Taliban Pakistan", "ORG", "Tehreek-e-Taliban Pakistan")]),
        (["the", "TTP", "struck", "."], [("TTP", "ORG", "Tehreek-e-Taliban Pakistan")]),
        (["the", "Al", "-", "Baraa", "Ibn", "Malik", "Brigade", "fought", "."],
         [("Al-Baraa Ibn Malik Brigade", "ORG", "Al-Baraa bin Malik Brigade")]),
        (["Asa'ib", "Ahl", "al", "-", "Haq", "fired", "."], [("Asa'ib Ahl al-Haq", "ORG", "Asaib Ahl al-Haq")]),
        (["the", "Cartel", "of", "the", "Suns", "paid", "."], [("Cartel of the Suns", "ORG", "Cartel de los Soles")]),
        (["the", "VDP", "patrolled", "."], [("VDP", "ORG", "Volunteers for the Defence of the Homeland")]),
        # traps: the other Congo and a Pakistani party with a like name keep their links, and so does a person the sets
        # write both ways (a passage of one set lists only "Recep Tayyip Erdoğan", other passages only the plain
        # letters): the entry keeps its name, which an article that writes the accent keeps too (since actors.v29 an
        # article that writes "Erdogan" only names "Recep Tayyip Erdogan": tests/test_actors_r27ref.py)
        (["Erdoğan", "spoke", "."], [("Erdoğan", "PERSON", "Recep Tayyip Erdoğan")]),
        (["Congo", "and", "Rwanda", "met", "in", "Brazzaville", "."], [("Rwanda", "GPE", "Rwanda"), ("Brazzaville", "GPE", "")]),
        (["Pakistan", "Tehreek", "-", "e", "-", "Insaf", "won", "."], [("Pakistan Tehreek-e-Insaf", "ORG", "Pakistan Tehreek-e-Insaf")]),
    ],
)
def test_actors_gazetteer_canonical_names_are_the_gold_spellings(linker, words, expected):
    assert linked(linker, words) == expected


def test_actors_gazetteer_old_canonical_names_stay_forms(linker):
    """A table or gold file written with the old names still finds the actor (info() of any form)."""
    for old, new in [("DR Congo", "Democratic Republic of the Congo"),
                     ("Tehrik-i-Taliban Pakistan", "Tehreek-e-Taliban Pakistan"),
                     ("Al-Baraa Ibn Malik Brigade", "Al-Baraa bin Malik Brigade"), ("Asa'ib Ahl al-Haq", "Asaib Ahl al-Haq"),
                     ("Cartel of the Suns", "Cartel de los Soles"),
                     ("Volunteers for the Defense of the Fatherland", "Volunteers for the Defence of the Homeland")]:
        assert linker.info(old).name == new
