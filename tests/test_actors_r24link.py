"""Round 24 (actors.v26, r24link): a state's ministry named through the state; one canonical spelling.

A model organisation the gazetteer does not know, a ministry noun with portfolio words only, right after a state's
possessive, opening with the state's name, demonym or seat, or closing with "of" and the state, names the state's body
of that name where the gazetteer knows one, else the state (``linking.owned_organs``). Hayat Tahrir al-Sham is the
canonical spelling (configs/actors.yaml). Hand-built Docs on the real gazetteer and linker, no model. A
model entity is written ``[words|LABEL]``; every example sentence is invented.
"""

from __future__ import annotations

import pytest

from tests.test_actors_r23link import linked


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after the state's possessive: the gazetteer's body of that name ...
        ("[Russia|GPE] 's [Defence Ministry|ORG] denied it",
         [("Russia", "Russia"), ("Defence Ministry", "Ministry of Defence of Russia")]),
        # ... else the state itself
        ("[Paraguay|GPE] 's [Foreign Ministry|ORG] denied it", [("Paraguay", "Paraguay"), ("Foreign Ministry", "Paraguay")]),
        ("[Paraguay|GPE] ’s [Ministry of Foreign Affairs|ORG] said so",
         [("Paraguay", "Paraguay"), ("Ministry of Foreign Affairs", "Paraguay")]),
        # the owner inside the model's span: a demonym, a possessive name
        ("the [Paraguayan Ministry of Defence|ORG] said so", [("Paraguayan Ministry of Defence", "Paraguay")]),
        ("the [Paraguay ’s Defense Ministry|ORG] said so", [("Paraguay’s Defense Ministry", "Paraguay")]),
        ("the [Foreign Ministry of Paraguay|ORG] said so", [("Foreign Ministry of Paraguay", "Paraguay")]),
        ("the [Ministry of Defence of the Netherlands|ORG] said so",
         [("Ministry of Defence of the Netherlands", "Netherlands")]),
        # traps: no owner in the phrase, more than portfolio words, a known body: each keeps its link
        ("the [Defence Ministry|ORG] denied it", [("Defence Ministry", "Defence Ministry")]),
        ("In [Paraguay|GPE] , [Foreign Ministry|ORG] staff left",
         [("Paraguay", "Paraguay"), ("Foreign Ministry", "Foreign Ministry")]),
        ("[Paraguay|GPE] 's [Ministry of Defense Carlos Ruiz|ORG] spoke",
         [("Paraguay", "Paraguay"), ("Ministry of Defense Carlos Ruiz", "Ministry of Defense Carlos Ruiz")]),
        ("[Paraguay|GPE] 's [Green Party|ORG] spoke", [("Paraguay", "Paraguay"), ("Green Party", "Green Party")]),
        ("the [Russian Foreign Ministry|ORG] said so", [("Russian Foreign Ministry", "Ministry of Foreign Affairs of Russia")]),
    ],
)
def test_actors_linking_owned_organs(linker, text, expected):
    assert linked(linker, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Syrian group's canonical name is the spelling blind annotators write, under every form of it
        ("HTS fighters entered the city", [("HTS", "Hayat Tahrir al-Sham")]),
        ("Hay'at Tahrir al - Sham denied it", [("Hay'at Tahrir al-Sham", "Hayat Tahrir al-Sham")]),
        ("Hayat Tahrir al - Sham denied it", [("Hayat Tahrir al-Sham", "Hayat Tahrir al-Sham")]),
        # the trap: the body it is the parent of keeps its own name
        ("the Syrian Salvation Government denied it", [("Syrian Salvation Government", "Syrian Salvation Government")]),
    ],
)
def test_actors_gazetteer_hts_spelling(linker, text, expected):
    assert linked(linker, text) == expected
