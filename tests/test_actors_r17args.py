"""Round 17, r17args: who the arguments are on the wider conflicts (actors.v21). Hand-built Docs, no statistical model.

The gazetteer names the Cold War's states that no longer exist and its liberation movements and proxies, which world
news about those wars names as actors; "post-Soviet", "former Yugoslav" name the lands of a state that is gone, no actor.
"""

from __future__ import annotations

import pytest

from tests.test_actors_linking import doc_of


def _linked(linker, text):
    doc = linker(doc_of(text.split()))
    return [(e.text, e.kb_id_) for e in doc.ents if e.kb_id_]


_CASES = [
    # a state of the Cold War by its name, acronym and demonym
    ("the Soviet Union sent advisers", [("Soviet Union", "Soviet Union")]),
    ("the USSR armed the MPLA", [("USSR", "Soviet Union"), ("MPLA", "MPLA")]),
    ("Soviet instructors trained ZAPU cadres", [("Soviet", "Soviet Union"), ("ZAPU", "ZAPU")]),
    ("North Vietnamese units backed the Viet Cong", [("North Vietnamese", "North Vietnam"), ("Viet Cong", "Viet Cong")]),
    # trap: the demonym of the state that lives on stays that state
    ("Vietnamese units crossed the border", [("Vietnamese", "Vietnam")]),
    # the lands of a state that is gone name no actor
    ("a post - Soviet state bought rifles", []),
    ("a former Soviet republic bought rifles", []),
    ("the former Yugoslav republics signed", []),
    # movements and proxies of the Cold War
    ("the United States paid the Contras", [("United States", "United States"), ("Contras", "Contras")]),
    ("Pretoria armed UNITA and RENAMO", [("UNITA", "UNITA"),
                                         ("RENAMO", "RENAMO")]),
    ("India trained the Mukti Bahini", [("India", "India"), ("Mukti Bahini", "Mukti Bahini")]),
    # trap: a lower-case word that spells a name of the list is no name
    ("a contra dance followed", []),
    # Somalia's transitional government is its own actor
    ("Kenya trained TFG soldiers", [("Kenya", "Kenya"), ("TFG", "Transitional Federal Government")]),
]


@pytest.mark.parametrize(("text", "expected"), _CASES)
def test_linking_cold_war_states_and_movements(linker, text, expected):
    assert _linked(linker, text) == expected


# A Cold War president's administration is the state he led (coref.v12: the presidents added to ``administrations``)
_ADMINISTRATIONS = [
    ("The/DT/det/+2 Reagan/NNP/compound/+1 administration/NN/nsubj/+1 paid/VBD/ROOT/0 ./././-1",
     {(1, 2): ("PERSON", "Ronald Reagan")}, [("The Reagan administration", "United States", "administration")]),
    ("The/DT/det/+2 Nixon/NNP/compound/+1 administration/NN/nsubj/+1 paid/VBD/ROOT/0 ./././-1",
     {(1, 2): ("PERSON", "Richard Nixon")}, [("The Nixon administration", "United States", "administration")]),
    # trap: the president's campaign is no state, nor anyone's
    ("The/DT/det/+2 Reagan/NNP/compound/+1 campaign/NN/nsubj/+1 paid/VBD/ROOT/0 ./././-1",
     {(1, 2): ("PERSON", "Ronald Reagan")}, []),
]


@pytest.mark.parametrize(("tokens", "ents", "expected"), _ADMINISTRATIONS)
def test_coref_cold_war_administrations_are_their_state(tokens, ents, expected):
    from tests.test_coref_descriptions import resolved
    from tests.test_coref_governments import parsed

    assert resolved(parsed(tokens, ents)) == expected


def test_linking_cold_war_presidents_are_gazetteer_persons(linker):
    assert _linked(linker, "Reagan met Eisenhower") == [("Reagan", "Ronald Reagan"), ("Eisenhower", "Dwight D. Eisenhower")]
