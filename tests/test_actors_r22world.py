"""The gazetteer part of round 22 (actors.v24): armed collectives that this decade's news names by a people or a
region and a word for fighters, where one armed movement is meant (configs/actors/gazetteer/collectives.yaml).
Checked on the real gazetteer and linker without a model; every example sentence is invented.
"""

from __future__ import annotations

import pytest

from tests.test_actors_linking import doc_of

NEW = {"Tuareg rebels", "Donbas separatists", "Syrian opposition", "Baloch separatists", "Druze militias"}


@pytest.mark.parametrize(
    ("form", "expected"),
    [
        ("Tuareg rebels", "Tuareg rebels"),
        ("Tuareg separatists", "Tuareg rebels"),
        ("Donbass separatists", "Donbas separatists"),
        ("separatists in the Donbas", "Donbas separatists"),
        ("Syrian armed opposition", "Syrian opposition"),
        ("Baluch insurgents", "Baloch separatists"),
        ("Druze fighters", "Druze militias"),
    ],
)
def test_actors_collectives_forms_name_their_actor(gazetteer, form, expected):
    entry = gazetteer.entry(form)
    assert entry is not None and entry.name == expected and entry.type == "armed_group"


@pytest.mark.parametrize(
    # traps: "Syrian rebels" names no actor in the dev cases (rel-101); a people alone is no actor, a bare word for
    # fighters names no movement, a region stays a place; Tigray's forces are the TDF's entry, no collective
    "form", ["Syrian rebels", "Tigrayan forces", "Tigray forces", "Tuareg", "Druze", "Baloch", "Tigrayan", "rebels", "separatists", "insurgents", "Donbas", "Donbass"],
)
def test_actors_collectives_peoples_and_bare_words_name_no_group(gazetteer, form):
    entry = gazetteer.entry(form)
    assert entry is None or entry.name not in NEW


def test_actors_collectives_demonym_stays_the_state(linker):
    # "Syrian" alone names the state, not its armed opposition
    doc = linker(doc_of(["Syrian", "troops", "advanced"], ents=["B-NORP", "O", "O"]))
    assert [(e.text, e.kb_id_) for e in doc.ents] == [("Syrian", "Syria")]


@pytest.mark.parametrize(
    ("words", "ents", "expected"),
    [
        # the people and the word for fighters read together name the movement
        (["Ukraine", "denied", "arming", "Tuareg", "rebels"], ["B-GPE", "O", "O", "B-NORP", "O"],
         [("Ukraine", "GPE", "Ukraine"), ("Tuareg rebels", "ORG", "Tuareg rebels")]),
        (["Russia", "armed", "separatists", "in", "the", "Donbas"], ["B-GPE", "O", "O", "O", "O", "B-GPE"],
         [("Russia", "GPE", "Russia"), ("separatists in the Donbas", "ORG", "Donbas separatists")]),
        # trap: the people alone stays a people without an actor
        (["Tuareg", "herders", "fled", "the", "fighting"], ["B-NORP", "O", "O", "O", "O"], [("Tuareg", "NORP", "")]),
    ],
)
def test_actors_collectives_linker_reads_people_and_fighters_together(linker, words, ents, expected):
    doc = linker(doc_of(words, ents=ents))
    assert [(e.text, e.label_, e.kb_id_) for e in doc.ents] == expected
