"""The actors of history's conflicts (configs/actors/gazetteer/history.yaml, actors.v21): states that no longer
exist and the Cold War's movements of Africa, checked on the real gazetteer without a model.

A historical state takes its own names and demonym ("Soviet", "North Vietnamese"); its successor keeps the
seat and offices ("Moscow", "the Kremlin", "Hanoi"): the gazetteer cannot know the year an article speaks of.
The example sentences are invented.
"""

from __future__ import annotations

import pytest

from tests.relations_fixture import parse, triples
from tests.test_actors_linking import doc_of


@pytest.mark.parametrize(
    ("form", "expected"),
    [
        # states that no longer exist, by their names
        ("USSR", "Soviet Union"),
        ("Union of Soviet Socialist Republics", "Soviet Union"),
        ("Democratic Republic of Vietnam", "North Vietnam"),
        ("Republic of Vietnam", "South Vietnam"),
        ("German Democratic Republic", "East Germany"),
        ("PDRY", "South Yemen"),
        # trap: today's states keep their names
        ("Russian Federation", "Russia"),
        ("Vietnam", "Vietnam"),
        ("Republic of Yemen", "Yemen"),
        # Cold War movements of Africa: the name the news uses is canonical, the long form an alias
        ("National Union for the Total Independence of Angola", "UNITA"),
        ("Popular Movement for the Liberation of Angola", "MPLA"),
        ("Mozambican National Resistance", "RENAMO"),
        ("Zimbabwe African National Liberation Army", "ZANLA"),
        ("Zimbabwe African National Union", "ZANU"),
        # trap: today's ruling party that grew from a movement is an actor of its own
        ("ZANU-PF", "ZANU-PF"),
    ],
)
def test_actors_history_forms_name_their_actor(gazetteer, form, expected):
    entry = gazetteer.entry(form)
    assert entry is not None and entry.name == expected


@pytest.mark.parametrize(
    # a bare generic name shared by many movements, or a part of a movement's name, names no historical actor
    "form", ["National Liberation Front", "Liberation Front", "Total Independence", "Patriotic Front", "Soviet Socialist"],
)
def test_actors_history_generic_names_are_no_actor(gazetteer, form):
    entry = gazetteer.entry(form)
    assert entry is None or entry.name not in {"FNLA", "UNITA", "ZANU-PF", "Soviet Union"}


@pytest.mark.parametrize(
    ("words", "ents", "expected"),
    [
        # the demonym of a state that no longer exists is that state's
        (["Soviet", "advisers", "trained", "the", "MPLA"], ["B-NORP", "O", "O", "O", "B-ORG"],
         [("Soviet", "NORP", "Soviet Union"), ("MPLA", "ORG", "MPLA")]),
        (["North", "Vietnamese", "units", "crossed", "over"], ["B-NORP", "I-NORP", "O", "O", "O"],
         [("North Vietnamese", "NORP", "North Vietnam")]),
        # trap: the capital the state shared with its successor stays the successor's seat (a place here)
        (["Moscow", "armed", "the", "MPLA"], ["B-GPE", "O", "O", "B-ORG"],
         [("Moscow", "GPE", ""), ("MPLA", "ORG", "MPLA")]),
        (["the", "Kremlin", "denied", "it"], ["O", "B-ORG", "O", "O"], [("Kremlin", "ORG", "Russia")]),
        # trap: "Vietnamese" alone is today's Vietnam
        (["Vietnamese", "officials", "met"], ["B-NORP", "O", "O"], [("Vietnamese", "NORP", "Vietnam")]),
        # a movement named by its acronym; trap: today's party that grew from it, hyphen and all, is its own actor
        (["the", "ZANU", "guerrillas", "struck"], ["O", "B-ORG", "O", "O"], [("ZANU", "ORG", "ZANU")]),
        (["the", "ZANU", "-", "PF", "party", "won"], ["O", "B-ORG", "I-ORG", "I-ORG", "O", "O"],
         [("ZANU-PF", "ORG", "ZANU-PF")]),
    ],
)
def test_actors_history_linker_reads_past_actors(linker, words, ents, expected):
    doc = linker(doc_of(words, ents=ents))
    assert [(e.text, e.label_, e.kb_id_) for e in doc.ents] == expected


def test_actors_history_successor_keeps_seat_and_offices(gazetteer):
    seats = {f.text: f.actor for f in gazetteer.forms if f.kind in ("seat", "office")}
    assert seats["Moscow"] == "Russia" and seats["Kremlin"] == "Russia" and seats["Hanoi"] == "Vietnam"
    assert seats["Saigon"] == "South Vietnam"  # a city that stands for no living state
    # trap: no historical state has a seat its successor holds
    past = {"Soviet Union", "North Vietnam", "East Germany", "Yugoslavia", "South Yemen", "North Yemen", "Zaire"}
    assert not {actor for actor in seats.values() if actor in past}


def test_actors_history_armed_wing_belongs_to_its_movement(gazetteer):
    assert gazetteer.institutions[("ZANU", "armed_wing")] == "ZANLA"
    assert gazetteer.institutions[("ZAPU", "armed_wing")] == "ZIPRA"
    # trap: today's party has no wing from the movement it grew out of
    assert ("ZANU-PF", "armed_wing") not in gazetteer.institutions


# "The Soviet Union armed the MPLA." (a state that no longer exists is a party like any other)
ARMED_BY_PAST_STATE = """
    The/the                DT    det          2
    Soviet                 NNP   compound     2 GPE:Soviet_Union
    Union                  NNP   nsubj        3 GPE:Soviet_Union
    armed/arm              VBD   ROOT         3
    the/the                DT    det          5
    MPLA                   NNP   dobj         3 ORG:MPLA
    .                      .     punct        3
"""

# "Syria received Soviet-made tanks." (trap: the demonym in "-made" names the make, not a party)
RECEIVED_PAST_MAKE = """
    Syria                  NNP   nsubj        1 GPE:Syria
    received/receive       VBD   ROOT         1
    Soviet                 NNP   npadvmod     4 NORP:Soviet_Union
    -                      HYPH  punct        4
    made/make              VBN   amod         5
    tanks/tank             NNS   dobj         1
    .                      .     punct        1
"""


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        (ARMED_BY_PAST_STATE, {("Soviet Union", "funds", "MPLA", "asserted")}),
        (RECEIVED_PAST_MAKE, set()),
    ],
)
def test_actors_history_past_state_is_a_party_but_its_make_is_not(table, expected):
    doc = parse(table)
    assert len(doc) > 3
    assert triples(doc) == expected
