"""Who the arguments are, round 15 (r15args; actors.v19, relation_rules.v17): an official the gazetteer records
with his office (`speaks_for`: a minister, spokesman or envoy of a state, an official of a group) voices his body's
denial when the article gives him no title, as the real-news gold reads such denials ("Kanaani rejected ..." ->
Iran). Hand-built parses of invented sentences; the gazetteer is the repository's."""

from __future__ import annotations

import pytest

from pipeline.actors.gazetteer import ActorEntry, check_actors, person_offices
from pipeline.relations import compile_ruleset, load_ruleset, with_person_offices
from tests.relations_fixture import RULES_DIR, gazetteer, gazetteer_extractor, parse


def triples(table: str) -> set[tuple[str, str, str]]:
    return {(r.subject, r.relation, r.object) for r in gazetteer_extractor()(parse(table))._.relations}


@pytest.mark.parametrize(
    ("person", "body"),
    [
        ("Nasser Kanaani", "Iran"),  # a foreign ministry spokesman
        ("Dong Jun", "China"),  # a defence minister
        ("Zabihullah Mujahid", "Taliban"),  # a group's spokesman
        ("Hassan Nasrallah", "Hezbollah"),  # a group's leader
        ("Vladimir Putin", None),  # a head of state: his words stay his
        ("Mahmoud al-Zahar", None),  # a group's figure with no office recorded
        ("Hamas", None),  # no person
    ],
)
def test_gazetteer_person_offices(person, body):
    assert dict(person_offices(gazetteer())).get(person) == body


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ({"name": "Ivo Maric", "type": "person", "speaks_for": "Nowhere Land"}, "speaks_for"),  # unknown body
        ({"name": "Maric Group", "type": "armed_group", "speaks_for": "Hamas"}, "speaks_for"),  # not a person
    ],
)
def test_gazetteer_speaks_for_checked(entry, message):
    actors = [ActorEntry(name="Hamas", type="armed_group"), ActorEntry.model_validate(entry)]
    with pytest.raises(ValueError, match=message):
        check_actors(actors)


def test_gazetteer_speaks_for_trap_valid_entry_passes():
    check_actors([ActorEntry(name="Hamas", type="armed_group"),
                  ActorEntry(name="Ivo Maric", type="person", speaks_for="Hamas")])  # (raises nothing)


def test_relations_person_offices_none_without_gazetteer():
    rules = compile_ruleset(load_ruleset(RULES_DIR))
    assert with_person_offices(rules, person_offices(None)) is rules
    assert rules.person_offices == {}


def _denial(first: str, last: str, person: str) -> str:
    """'<First> <Last> rejected accusations that Tehran has armed Hamas.' with the speaker's name as given."""
    return f"""
        {first}                 NNP  compound  1 PERSON:{person}
        {last}                  NNP  nsubj     2 PERSON:{person}
        rejected/reject         VBD  ROOT      2
        accusations/accusation  NNS  dobj      2
        that                    IN   mark      7
        Tehran                  NNP  nsubj     7 GPE:Iran
        has/have                VBZ  aux       7
        armed/arm               VBN  acl       3
        Hamas                   NNP  dobj      7 ORG:Hamas
        .                       .    punct     2
    """


@pytest.mark.parametrize(
    ("table", "expected", "absent"),
    [
        # a recorded spokesman of the accused state, untitled: the state denies
        (_denial("Nasser", "Kanaani", "Nasser_Kanaani"), ("Iran", "denies", "Hamas"), ("Nasser Kanaani", "denies", "Hamas")),
        # trap: a person with no office recorded speaks for nobody (his denial of another's deed is no row)
        (_denial("Ali", "Nour", "Ali_Nour"), None, ("Iran", "denies", "Hamas")),
        # trap: a head of state keeps his own words: no state's denial
        (_denial("Vladimir", "Putin", "Vladimir_Putin"), None, ("Russia", "denies", "Hamas")),
    ],
)
def test_arguments_recorded_official_speaks_for_body(table, expected, absent):
    found = triples(table)
    assert expected is None or expected in found
    assert absent not in found
    # the state's own denial stands alone (no alleged funds row); a tie someone else denies is no row (round 15)
    assert ("Iran", "funds", "Hamas") not in found


def test_arguments_recorded_official_trap_own_body_is_no_object():
    # "Nasrallah denied links between the cartel and Hezbollah.": his body is the denier, never its own object
    found = triples("""
        Nasrallah       NNP  nsubj     1 PERSON:Hassan_Nasrallah
        denied/deny     VBD  ROOT      1
        links/link      NNS  dobj      1
        between         IN   prep      2
        the             DT   det       5
        cartel          NN   pobj      3
        and             CC   cc        5
        Hezbollah       NNP  conj      5 ORG:Hezbollah
        .               .    punct     1
    """)
    assert not any(s == o for s, _, o in found)
    assert ("Hassan Nasrallah", "denies", "Hezbollah") not in found


# -- an owner the parser made the argument, its possession left outside (repairs.stranded_possession) --------------

ARMING_MISREAD = """
    Tehran          NNP  nsubj     1 GPE:Iran
    denies/deny     VBZ  ROOT      1
    arming/arm      VBG  xcomp     1
    Yemen           NNP  dobj      2 GPE:Yemen
    's              POS  case      3
    Houthis         NNP  dobj      2 ORG:Houthis
    .               .    punct     1
"""
ARMING_RIGHT = """
    Tehran          NNP  nsubj     1 GPE:Iran
    denies/deny     VBZ  ROOT      1
    arming/arm      VBG  xcomp     1
    Yemen           NNP  poss      5 GPE:Yemen
    's              POS  case      3
    Houthis         NNP  dobj      2 ORG:Houthis
    .               .    punct     1
"""
# "Washington backs Kabul's right to defend itself.": the possession is no actor, the owner stays the object
RIGHT_OF_STATE = """
    Washington      NNP  nsubj     1 GPE:United_States
    backs/back      VBZ  ROOT      1
    Kabul           NNP  dobj      1 GPE:Afghanistan
    's              POS  case      2
    right           NN   dobj      1
    to              TO   aux       6
    defend          VB   acl       4
    itself          PRP  dobj      6
    .               .    punct     1
"""
# "The militia got weapons from Iran's Guard Corps' Quds Force.": the possession's name hung apart from its owner
GIVER_MISREAD = """
    The             DT   det       1
    militia         NN   nsubj     2
    got/get         VBD  ROOT      2
    weapons/weapon  NNS  dobj      2
    from            IN   prep      2
    Iran            NNP  poss      9 GPE:Iran
    's              POS  case      5
    Guard           NNP  compound  8 ORG:Islamic_Revolutionary_Guard_Corps
    Corps           NNP  pobj      4 ORG:Islamic_Revolutionary_Guard_Corps
    '               POS  case      8
    Quds            NNP  compound  11 ORG:Quds_Force
    Force           NNP  appos     2 ORG:Quds_Force
    .               .    punct     2
"""


@pytest.mark.parametrize(
    ("table", "expected", "absent"),
    [
        # (the denial stands alone: its row names the owned, no alleged funds row beside it)
        (ARMING_MISREAD, ("Iran", "denies", "Houthis"), ("Iran", "denies", "Yemen")),
        (ARMING_RIGHT, ("Iran", "denies", "Houthis"), ("Iran", "denies", "Yemen")),  # trap: the right parse, alike
        (RIGHT_OF_STATE, ("United States", "backs", "Afghanistan"), None),  # trap: a possession that is no actor
    ],
)
def test_arguments_stranded_possession_names_the_owned(table, expected, absent):
    found = triples(table)
    assert expected in found
    assert absent is None or absent not in found


@pytest.mark.parametrize(
    ("table", "owner", "owned"),
    [
        (ARMING_MISREAD, 3, 5),  # "Yemen" -> "Houthis"
        (GIVER_MISREAD, 8, 10),  # "Corps" -> "Quds"
        (ARMING_RIGHT, 3, None),  # trap: a possessor read as one
        (RIGHT_OF_STATE, 2, 4),  # (the repair finds the word; whether it names an actor is the caller's)
    ],
)
def test_repairs_stranded_possession(table, owner, owned):
    from pipeline.relations.repairs import stranded_possession

    found = stranded_possession(parse(table)[owner])
    assert (found.i if found is not None else None) == owned


def test_arguments_recorded_official_trap_former_title_speaks_for_nobody():
    # "Former foreign minister Zarif rejected accusations that Tehran has armed Hamas.": a past title the article
    # gives him outweighs the office the gazetteer records
    found = triples("""
        Former                  JJ   amod      2
        foreign                 JJ   amod      2
        minister                NN   compound  3
        Zarif                   NNP  nsubj     4 PERSON:Mohammad_Javad_Zarif
        rejected/reject         VBD  ROOT      4
        accusations/accusation  NNS  dobj      4
        that                    IN   mark      9
        Tehran                  NNP  nsubj     9 GPE:Iran
        has/have                VBZ  aux       9
        armed/arm               VBN  acl       5
        Hamas                   NNP  dobj      9 ORG:Hamas
        .                       .    punct     4
    """)
    assert ("Iran", "denies", "Hamas") not in found
    assert ("Iran", "funds", "Hamas") not in found  # (a tie someone else denies is no row)


def test_arguments_recorded_official_untitled_zarif_speaks_for_iran():
    found = triples(_denial("Javad", "Zarif", "Mohammad_Javad_Zarif"))
    assert ("Iran", "denies", "Hamas") in found
