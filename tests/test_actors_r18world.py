"""The actors of past conflicts that history.yaml leaves out (configs/actors/gazetteer/past_conflicts.yaml,
actors.v22): the armed groups of Europe's and the Middle East's past, the Cold War's movements of Asia and Latin
America, and the Cold War's services and forces. Checked on the real gazetteer without a model; every example
sentence is invented.
"""

from __future__ import annotations

import pytest

from tests.relations_fixture import parse, triples
from tests.test_actors_linking import doc_of


@pytest.mark.parametrize(
    ("form", "expected"),
    [
        # a movement's long names, whichever the article uses, name the actor under the short name all gold lists
        ("Provisional Irish Republican Army", "IRA"),
        ("Irish Republican Army", "IRA"),
        ("Provisional IRA", "IRA"),
        ("PIRA", "IRA"),
        # trap: the splinter groups are actors of their own
        ("Real IRA", "Real IRA"),
        ("Continuity IRA", "Continuity IRA"),
        # the Cold War's movements of Latin America and Asia
        ("Sandinistas", "Sandinista National Liberation Front"),
        ("FMLN", "Farabundo Martí National Liberation Front"),
        ("Farabundo Marti National Liberation Front", "Farabundo Martí National Liberation Front"),
        ("Pathet Lao", "Pathet Lao"),
        ("KMT", "Kuomintang"),
        # the Cold War's services, each its own actor
        ("Stasi", "Stasi"),
        ("Committee for State Security", "KGB"),
        ("ARVN", "Army of the Republic of Vietnam"),
        # the Lebanese party of the civil war; trap: an Iraqi militia spelled with the same word stays itself
        ("Phalange", "Kataeb Party"),
        ("Kataeb Hezbollah", "Kataib Hezbollah"),
    ],
)
def test_actors_past_conflicts_forms_name_their_actor(gazetteer, form, expected):
    entry = gazetteer.entry(form)
    assert entry is not None and entry.name == expected


@pytest.mark.parametrize(
    # a bare word of a movement's name, or an acronym that mostly names something else, names no past actor
    "form", ["Kataeb", "Red Army Faction members", "RAF", "SLA", "ETA", "Condor"],
)
def test_actors_past_conflicts_ambiguous_forms_name_no_past_actor(gazetteer, form):
    entry = gazetteer.entry(form)
    past = {"Kataeb Party", "Red Army Faction", "South Lebanon Army", "Euskadi Ta Askatasuna"}
    assert entry is None or entry.name not in past


@pytest.mark.parametrize(
    ("form", "kind"),
    [
        ("Pathet Lao", "armed_group"),
        ("Sandinistas", "political_organisation"),
        ("Stasi", "government_body"),
        # trap: the state the service belonged to stays a state
        ("East Germany", "state"),
    ],
)
def test_actors_past_conflicts_entries_have_their_type(gazetteer, form, kind):
    assert gazetteer.entry(form).type == kind


def test_actors_past_conflicts_past_forces_take_no_role(gazetteer):
    # the past state's service or army is an actor of its own, but "the Soviet army" stays the state's demonym
    assert gazetteer.entry("Soviet Army").parent == "Soviet Union"
    assert ("Soviet Union", "armed_forces") not in gazetteer.institutions
    # trap: today's states keep the forces they had
    assert gazetteer.institutions[("Russia", "armed_forces")] == "Russian Armed Forces"


@pytest.mark.parametrize(
    ("words", "ents", "expected"),
    [
        # a movement the parser found, named by its long name
        (["Tripoli", "armed", "the", "Provisional", "IRA"], ["B-GPE", "O", "O", "B-ORG", "I-ORG"],
         [("Tripoli", "GPE", ""), ("Provisional IRA", "ORG", "IRA")]),
        # trap: the splinter group is not the IRA
        (["the", "Real", "IRA", "claimed", "it"], ["O", "B-ORG", "I-ORG", "O", "O"], [("Real IRA", "ORG", "Real IRA")]),
        # a service of a state that no longer exists
        (["the", "Stasi", "trained", "them"], ["O", "B-ORG", "O", "O"], [("Stasi", "ORG", "Stasi")]),
    ],
)
def test_actors_past_conflicts_linker_reads_past_actors(linker, words, ents, expected):
    doc = linker(doc_of(words, ents=ents))
    assert [(e.text, e.label_, e.kb_id_) for e in doc.ents] == expected


# "Libya armed the IRA." (a movement of Europe's past is a party like any other)
ARMED_THE_IRA = """
    Libya                  NNP   nsubj        1 GPE:Libya
    armed/arm              VBD   ROOT         1
    the/the                DT    det          3
    IRA                    NNP   dobj         1 ORG:IRA
    .                      .     punct        1
"""

# "Libya received Stasi-made radios." (trap: a make names no party, whoever made it)
RECEIVED_STASI_MAKE = """
    Libya                  NNP   nsubj        1 GPE:Libya
    received/receive       VBD   ROOT         1
    Stasi                  NNP   npadvmod     4 ORG:Stasi
    -                      HYPH  punct        4
    made/make              VBN   amod         5
    radios/radio           NNS   dobj         1
    .                      .     punct        1
"""


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        (ARMED_THE_IRA, {("Libya", "funds", "IRA", "asserted")}),
        (RECEIVED_STASI_MAKE, set()),
    ],
)
def test_actors_past_conflicts_movement_is_a_party_but_a_make_is_not(table, expected):
    doc = parse(table)
    assert len(doc) > 3
    assert triples(doc) == expected
