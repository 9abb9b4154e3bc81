"""actors.v28 (round 26, r26args): actors the passage names but the linker did not link.

Spellings of known groups the news writes otherwise; names the gazetteer lacked, written as whole families
(parties, groupings of states, named units, companies); missile-defence systems as products; and, tried and dropped,
a president's administration as his state. Hand-built Docs of invented sentences: the
text is split at spaces into words, and the model's entities are given as IOB tags where the model's reading matters
(no statistical model). Each table holds traps that must keep their current link.
"""

from __future__ import annotations

import pytest

from tests.test_actors_linking import linked


def _linked(linker, text, tags=None):
    words = text.split(" ")
    return linked(linker, words, tags.split(" ") if tags else None)


@pytest.mark.parametrize(
    ("text", "tags", "expected"),
    [
        # tried and dropped in round 26: a president's administration stays his name (a person) beside a common noun,
        # as the entity gold writes it (OntoNotes: "the Biden administration" holds the person "Biden"); the
        # relation gold's reading of it as the United States is the relation layer's to make, not the linker's
        ("the Trump administration sold rifles to Fooland .", "O B-PERSON O O O O O O", [("Trump", "PERSON", "Donald Trump")]),
        ("the Biden administration backed Barland .", "O B-PERSON O O O O", [("Biden", "PERSON", "Joe Biden")]),
        # traps: the state by its name, and another state's administration, keep their links
        ("the United States backed Barland .", None, [("United States", "GPE", "United States")]),
        ("the Kenyan administration sent police .", None, [("Kenyan", "NORP", "Kenya")]),
    ],
)
def test_actors_linking_a_presidents_administration_keeps_the_person(linker, text, tags, expected):
    assert _linked(linker, text, tags) == expected


@pytest.mark.parametrize(
    ("text", "tags", "expected"),
    [
        # the news' other spellings of a known group, lower-case words included where the news writes them so
        ("members of the al - Bara ibn Malik brigade fought .", "O O O B-PERSON I-PERSON I-PERSON O B-ORG O O O",
         [("al-Bara ibn Malik brigade", "ORG", "Al-Baraa bin Malik Brigade")]),
        ("the Al - Baraa bin Malik Battalion fought .", None, [("Al-Baraa bin Malik Battalion", "ORG", "Al-Baraa bin Malik Brigade")]),
        ("volunteers of the Kalinovsky regiment fought .", "O O O B-ORG O O O",
         [("Kalinovsky regiment", "ORG", "Kastus Kalinouski Regiment")]),
        ("the Kalinowski Regiment fought .", None, [("Kalinowski Regiment", "ORG", "Kastus Kalinouski Regiment")]),
        ("Tuareg fighters ambushed a convoy .", "B-NORP O O O O O", [("Tuareg fighters", "ORG", "Tuareg rebels")]),
        ("the Dudayev Battalion fought .", "O B-ORG I-ORG O O", [("Dudayev Battalion", "ORG", "Dudayev Battalion")]),
        ("the Radwan Battalion fired .", None, [("Radwan Battalion", "ORG", "Radwan Force")]),
        # traps: a people alone is no actor, and a companion of the Prophet's name inside a longer name keeps it
        ("Tuareg herders crossed the border .", "B-NORP O O O O O", [("Tuareg", "NORP", "")]),
        ("the Malik Brigade fought .", "O B-ORG I-ORG O O", [("Malik Brigade", "ORG", "Malik Brigade")]),
    ],
)
def test_actors_gazetteer_spellings_of_known_groups(linker, text, tags, expected):
    assert _linked(linker, text, tags) == expected


@pytest.mark.parametrize(
    ("text", "tags", "expected"),
    [
        # parties, a grouping of states, named units, companies
        ("the ruling Georgian Dream party won .", "O O B-NORP O O O O", [("Georgian Dream party", "ORG", "Georgian Dream")]),
        ("money went to the banned Shor party .", None, [("Shor party", "ORG", "Shor Party")]),
        ("the Nordic - Baltic Eight ( NB8 ) met .", None,
         [("Nordic-Baltic Eight", "ORG", "Nordic-Baltic Eight"), ("NB8", "ORG", "Nordic-Baltic Eight")]),
        ("Turkey trained Gorgor soldiers .", None, [("Turkey", "GPE", "Turkey"), ("Gorgor", "ORG", "Gorgor")]),
        ("the faction ( SLA - AW ) joined .", None, [("SLA-AW", "ORG", "Sudan Liberation Army-Abdul Wahid")]),
        ("the Bears Brigade guards the president .", None, [("Bears Brigade", "ORG", "Bear Brigade")]),
        ("defense firm Hyundai Rotem will deliver tanks .", "O O B-ORG O O O O O", [("Hyundai Rotem", "ORG", "Hyundai Rotem")]),
        ("sanctions hit Midas Ressources and Diamville .", None,
         [("Midas Ressources", "ORG", "Midas Ressources"), ("Diamville", "ORG", "Diamville")]),
        # traps: the state of the party's name keeps its own reading, a bare "Georgian" stays the demonym where the
        # setting names the Caucasus state, and the automaker alone keeps the model's text
        ("Georgian officials met in Tbilisi .", None, [("Georgian", "NORP", "Georgia"), ("Tbilisi", "GPE", "")]),
        ("Hyundai sold cars .", "B-ORG O O O", [("Hyundai", "ORG", "Hyundai")]),
    ],
)
def test_actors_gazetteer_missing_families(linker, text, tags, expected):
    assert _linked(linker, text, tags) == expected


@pytest.mark.parametrize(
    ("text", "tags", "expected"),
    [
        # a missile-defence system is a product: a state's possessive before it is the state
        ("the US sent interceptors for Israel ’s Iron Dome .", "O B-GPE O O O B-ORG I-ORG I-ORG I-ORG O",
         [("US", "GPE", "United States"), ("Israel", "GPE", "Israel"), ("Iron Dome", "PRODUCT", "")]),
        ("the Iron Dome intercepted rockets .", "O B-ORG I-ORG O O O", [("Iron Dome", "PRODUCT", "")]),
        # trap: a group's name that holds a weapon's word keeps its actor
        ("Hamas fired rockets .", None, [("Hamas", "ORG", "Hamas")]),
    ],
)
def test_actors_non_actors_missile_defence_systems_are_products(linker, text, tags, expected):
    assert _linked(linker, text, tags) == expected
