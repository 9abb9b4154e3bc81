"""Round 16 (relation_rules.v19, r16fb): funds and backs constructions kept only where they carried across sets.

Material given as the means of help is funding of whom the help is for (funds.give's fallback patterns): "supported the
Houthis by supplying drones" (a "by" gerund under a help verb), "helped the Houthis, sending them drones" (a participle
clause), "provided Baku with political support by exporting drones" (a "by" gerund under a verb of giving, whose
object receives), "has shown strong support for the Polisario Front, delivering rifles and cash" (a participle clause
beside a support noun's "for"); not means that are no material ("by issuing statements", "delivering speeches"), nor a
"by" gerund under a verb that helps no one ("angered Riyadh by supplying drones"). An enabler or facilitator of an
actor's undertaking backs the actor ("China is a key enabler of Russia's war": backs.role_noun.enabler); not one of
something no actor owns ("a facilitator of the peace talks"), nor a financial facilitator of a group (no undertaking).
Weapons or money carried to someone are sent by their owner or their origin, never by the carrier ("a ship carrying
Iranian rockets to the Houthis", "carried rifles from Belarus to Russia", "shells transported from Minsk to Moscow":
funds.pattern.carried); not "a ship carrying rockets to the Houthis", not "Norwegian ships carried rifles to Egypt".
A name the gazetteer does not know on a weapons noun is its make, no party (``Grammar._no_actor``): in apposition to
it ("smart munitions (MAM-L)"), as its compound ("Abrams M1 tanks") or as its owner ("Leopard 2 tanks");
not "shipped Hezbollah 300 rockets", not "provided M23 rifles".
Hand-built parses of invented sentences as en_core_web_sm parses them, each with a trap: the exact rows are asserted,
so a wrong party or relation fails as surely as a missing one, and a crash fails a trap too."""

from __future__ import annotations

import pytest

from tests.relations_fixture import parse, triples

# "Tehran supported the Houthis by supplying drones."
SUPPORTED_BY_SUPPLYING = """
    Tehran                 NNP   nsubj        1 GPE:Iran
    supported/support      VBD   ROOT         1
    the                    DT    det          3
    Houthis                NNP   dobj         1 ORG:Houthis
    by                     IN    prep         1
    supplying/supply       VBG   pcomp        4
    drones/drone           NNS   dobj         5
    .                      .     punct        1
"""

# trap: "Tehran supported the Houthis by issuing statements." (means that are no material: backing only)
SUPPORTED_BY_ISSUING = """
    Tehran                 NNP   nsubj        1 GPE:Iran
    supported/support      VBD   ROOT         1
    the                    DT    det          3
    Houthis                NNP   dobj         1 ORG:Houthis
    by                     IN    prep         1
    issuing/issue          VBG   pcomp        4
    statements/statement   NNS   dobj         5
    .                      .     punct        1
"""

# trap: "Tehran angered Riyadh by supplying drones." (no help verb: Riyadh receives nothing)
ANGERED_BY_SUPPLYING = """
    Tehran                 NNP   nsubj        1 GPE:Iran
    angered/anger          VBD   ROOT         1
    Riyadh                 NNP   dobj         1 GPE:Saudi_Arabia
    by                     IN    prep         1
    supplying/supply       VBG   pcomp        3
    drones/drone           NNS   dobj         4
    .                      .     punct        1
"""

# "Tehran helped the Houthis, sending them drones." (a participle clause; its own dative names the same party)
HELPED_SENDING = """
    Tehran                 NNP   nsubj        1 GPE:Iran
    helped/help            VBD   ROOT         1
    the                    DT    det          3
    Houthis                NNP   dobj         1 ORG:Houthis
    ,                      ,     punct        1
    sending/send           VBG   advcl        1
    them/they              PRP   dative       5
    drones/drone           NNS   dobj         5
    .                      .     punct        1
"""

# "Algeria has shown strong support for the Polisario Front, delivering rifles and cash."
SHOWN_SUPPORT_DELIVERING = """
    Algeria                NNP   nsubj        2 GPE:Algeria
    has/have               VBZ   aux          2
    shown/show             VBN   ROOT         2
    strong                 JJ    amod         4
    support                NN    dobj         2
    for                    IN    prep         4
    the                    DT    det          8
    Polisario              NNP   compound     8 ORG:Polisario_Front
    Front                  NNP   pobj         5 ORG:Polisario_Front
    ,                      ,     punct        2
    delivering/deliver     VBG   advcl        2
    rifles/rifle           NNS   dobj         10
    and                    CC    cc           11
    cash                   NN    conj         11
    .                      .     punct        2
"""

# trap: "Algeria has shown strong support for the Polisario Front, delivering speeches."
SHOWN_SUPPORT_SPEECHES = """
    Algeria                NNP   nsubj        2 GPE:Algeria
    has/have               VBZ   aux          2
    shown/show             VBN   ROOT         2
    strong                 JJ    amod         4
    support                NN    dobj         2
    for                    IN    prep         4
    the                    DT    det          8
    Polisario              NNP   compound     8 ORG:Polisario_Front
    Front                  NNP   pobj         5 ORG:Polisario_Front
    ,                      ,     punct        2
    delivering/deliver     VBG   advcl        2
    speeches/speech        NNS   dobj         10
    .                      .     punct        2
"""

# "Ankara provided Baku with political support by exporting drones." (the giving verb's object receives the means)
PROVIDED_BY_EXPORTING = """
    Ankara                 NNP   nsubj        1 GPE:Turkey
    provided/provide       VBD   ROOT         1
    Baku                   NNP   dobj         1 GPE:Azerbaijan
    with                   IN    prep         1
    political              JJ    amod         5
    support                NN    pobj         3
    by                     IN    prep         1
    exporting/export       VBG   pcomp        6
    drones/drone           NNS   dobj         7
    .                      .     punct        1
"""

# trap: "Ankara provided Baku with political support by hosting talks."
PROVIDED_BY_HOSTING = """
    Ankara                 NNP   nsubj        1 GPE:Turkey
    provided/provide       VBD   ROOT         1
    Baku                   NNP   dobj         1 GPE:Azerbaijan
    with                   IN    prep         1
    political              JJ    amod         5
    support                NN    pobj         3
    by                     IN    prep         1
    hosting/host           VBG   pcomp        6
    talks/talk             NNS   dobj         7
    .                      .     punct        1
"""

# "China is a key enabler of Russia's war."
ENABLER_OF_WAR = """
    China                  NNP   nsubj        1 GPE:China
    is/be                  VBZ   ROOT         1
    a                      DT    det          4
    key                    JJ    amod         4
    enabler                NN    attr         1
    of                     IN    prep         4
    Russia                 NNP   poss         8 GPE:Russia
    's                     POS   case         6
    war                    NN    pobj         5
    .                      .     punct        1
"""

# "China remains a facilitator of Russia's invasion, officials say."
FACILITATOR_OF_INVASION = """
    China                  NNP   nsubj        1 GPE:China
    remains/remain         VBZ   ccomp        10
    a                      DT    det          3
    facilitator            NN    attr         1
    of                     IN    prep         3
    Russia                 NNP   poss         7 GPE:Russia
    's                     POS   case         5
    invasion               NN    pobj         4
    ,                      ,     punct        10
    officials/official     NNS   nsubj        10
    say                    VBP   ROOT         10
    .                      .     punct        10
"""

# trap: "Norway is a key facilitator of the peace talks." (an undertaking no actor owns)
FACILITATOR_OF_TALKS = """
    Norway                 NNP   nsubj        1 GPE:Norway
    is/be                  VBZ   ROOT         1
    a                      DT    det          4
    key                    JJ    amod         4
    facilitator            NN    attr         1
    of                     IN    prep         4
    the                    DT    det          8
    peace                  NN    compound     8
    talks/talk             NNS   pobj         5
    .                      .     punct        1
"""

# trap: "Ali Nour is a financial facilitator of Hezbollah." (no undertaking: a financier's tie is funding, not read here)
FACILITATOR_OF_GROUP = """
    Ali                    NNP   compound     1 PERSON:Ali_Nour
    Nour                   NNP   nsubj        2 PERSON:Ali_Nour
    is/be                  VBZ   ROOT         2
    a                      DT    det          5
    financial              JJ    amod         5
    facilitator            NN    attr         2
    of                     IN    prep         5
    Hezbollah              NNP   pobj         6 ORG:Hezbollah
    .                      .     punct        2
"""

# "The US will provide Abrams M1 tanks." (a model number in a name no state or organisation carries: the tanks' name)
PROVIDE_MODEL_TANKS = """
    The/the                DT    det          1
    US                     NNP   nsubj        3 GPE:United_States
    will                   MD    aux          3
    provide                VB    ROOT         3
    Abrams                 NNP   compound     6 PERSON:Abrams_M1:model
    M1                     NNP   compound     6 PERSON:Abrams_M1:model
    tanks/tank             NNS   dobj         3
    .                      .     punct        3
"""

# "Berlin sent a number of Leopard 2 tanks to Kyiv." (a name with a number after it owns no weapons: their model)
SENT_MODEL_TANKS_TO = """
    Berlin                 NNP   nsubj        1 GPE:Germany
    sent/send              VBD   ROOT         1
    a                      DT    det          3
    number                 NN    dobj         1
    of                     IN    prep         3
    Leopard                NNP   nmod         7 PERSON:Leopard:model
    2                      CD    nummod       7
    tanks/tank             NNS   pobj         4
    to                     IN    dative       1
    Kyiv                   NNP   pobj         8 GPE:Ukraine
    .                      .     punct        1
"""

# "Ankara shipped smart munitions (MAM-L) to Baku." (a name in apposition to the weapons is theirs)
SHIPPED_MUNITIONS_NAMED = """
    Ankara                 NNP   nsubj        1 GPE:Turkey
    shipped/ship           VBD   ROOT         1
    smart                  JJ    amod         3
    munitions/munition     NNS   dobj         1
    (                      -LRB- punct        3
    MAM                    NNP   compound     7 ORG:MAM-L:model
    -                      HYPH  punct        7 ORG:MAM-L:model
    L                      NNP   appos        3 ORG:MAM-L:model
    )                      -RRB- punct        3
    to                     IN    prep         1
    Baku                   NNP   pobj         9 GPE:Azerbaijan
    .                      .     punct        1
"""

# trap: "Tehran shipped Hezbollah 300 rockets." (a recipient before a count stays the recipient)
SHIPPED_GROUP_COUNTED = """
    Tehran                 NNP   nsubj        1 GPE:Iran
    shipped/ship           VBD   ROOT         1
    Hezbollah              NNP   nmod         4 ORG:Hezbollah
    300                    CD    nummod       4
    rockets/rocket         NNS   dobj         1
    .                      .     punct        1
"""

# trap: "Kigali provided M23 rifles." (an organisation's name may hold a digit)
PROVIDED_M23 = """
    Kigali                 NNP   nsubj        1 GPE:Rwanda
    provided/provide       VBD   ROOT         1
    M23                    NNP   compound     3 ORG:M23
    rifles/rifle           NNS   dobj         1
    .                      .     punct        1
"""

# "A ship carrying Iranian rockets to the Houthis was seized." (the weapons' owner sends them, not the carrier)
SHIP_CARRYING_OWNED = """
    A/a                    DT    det          1
    ship                   NN    nsubjpass    9
    carrying/carry         VBG   acl          1
    Iranian/iranian        JJ    amod         4 NORP:Iran
    rockets/rocket         NNS   dobj         2
    to                     IN    prep         2
    the                    DT    det          7
    Houthis                NNP   pobj         5 ORG:Houthis
    was/be                 VBD   auxpass      9
    seized/seize           VBN   ROOT         9
    .                      .     punct        9
"""

# "Lorries carried rifles from Belarus to Russia." (the origin sends them)
CARRIED_FROM_TO = """
    Lorries/lorry          NNS   nsubj        1
    carried/carry          VBD   ROOT         1
    rifles/rifle           NNS   dobj         1
    from                   IN    prep         2
    Belarus                NNP   pobj         3 GPE:Belarus
    to                     IN    prep         1
    Russia                 NNP   pobj         5 GPE:Russia
    .                      .     punct        1
"""

# "Shells are to be transported from Minsk to Moscow."
TRANSPORTED_FROM_TO = """
    Shells/shell           NNS   nsubj        1
    are/be                 VBP   ROOT         1
    to                     TO    aux          4
    be                     VB    auxpass      4
    transported/transport  VBN   xcomp        1
    from                   IN    prep         4
    Minsk                  NNP   pobj         5 GPE:Belarus
    to                     IN    prep         4
    Moscow                 NNP   pobj         7 GPE:Russia
    .                      .     punct        1
"""

# trap: "A ship carrying rockets to the Houthis was seized." (no owner, no origin: nobody named sends them)
SHIP_CARRYING_UNOWNED = """
    A/a                    DT    det          1
    ship                   NN    nsubjpass    8
    carrying/carry         VBG   acl          1
    rockets/rocket         NNS   dobj         2
    to                     IN    prep         2
    the                    DT    det          6
    Houthis                NNP   pobj         4 ORG:Houthis
    was/be                 VBD   auxpass      8
    seized/seize           VBN   ROOT         8
    .                      .     punct        8
"""

# trap: "Norwegian ships carried rifles to Egypt." (the carrier's state is no sender)
CARRIER_STATE = """
    Norwegian/norwegian    JJ    amod         1 NORP:Norway
    ships/ship             NNS   nsubj        2
    carried/carry          VBD   ROOT         2
    rifles/rifle           NNS   dobj         2
    to                     IN    prep         3
    Egypt                  NNP   pobj         4 GPE:Egypt
    .                      .     punct        2
"""

# (rule, parse, expected) and (rule, parse) for tests/test_relations_constructions.py
POSITIVE = [
    ("funds.give", SUPPORTED_BY_SUPPLYING, {("Iran", "backs", "Houthis", "asserted"), ("Iran", "funds", "Houthis", "asserted")}),
    ("backs.role_noun.enabler", ENABLER_OF_WAR, {("China", "backs", "Russia", "asserted")}),
    ("funds.pattern.carried", CARRIED_FROM_TO, {("Belarus", "funds", "Russia", "asserted")}),
]
NEGATIVE = [
    ("funds.give", ANGERED_BY_SUPPLYING),
    ("backs.role_noun.enabler", FACILITATOR_OF_TALKS),
    ("backs.role_noun.enabler", FACILITATOR_OF_GROUP),
    ("funds.pattern.carried", SHIP_CARRYING_UNOWNED),
    ("funds.pattern.carried", CARRIER_STATE),
]


@pytest.mark.parametrize(
    "table, expected",
    [
        (SUPPORTED_BY_SUPPLYING, {("Iran", "backs", "Houthis", "asserted"), ("Iran", "funds", "Houthis", "asserted")}),
        (SUPPORTED_BY_ISSUING, {("Iran", "backs", "Houthis", "asserted")}),
        (ANGERED_BY_SUPPLYING, set()),
        (HELPED_SENDING, {("Iran", "backs", "Houthis", "asserted"), ("Iran", "funds", "Houthis", "asserted")}),
        (SHOWN_SUPPORT_DELIVERING, {("Algeria", "backs", "Polisario Front", "asserted"),
                                    ("Algeria", "funds", "Polisario Front", "asserted")}),
        (SHOWN_SUPPORT_SPEECHES, {("Algeria", "backs", "Polisario Front", "asserted")}),
        (PROVIDED_BY_EXPORTING, {("Turkey", "backs", "Azerbaijan", "asserted"), ("Turkey", "funds", "Azerbaijan", "asserted")}),
        (PROVIDED_BY_HOSTING, {("Turkey", "backs", "Azerbaijan", "asserted")}),
    ],
)
def test_constructions_material_means_of_help_is_funding(table, expected):
    doc = parse(table)
    assert len(doc) > 3
    assert triples(doc) == expected


@pytest.mark.parametrize(
    "table, expected",
    [
        (ENABLER_OF_WAR, {("China", "backs", "Russia", "asserted")}),
        (FACILITATOR_OF_INVASION, {("China", "backs", "Russia", "reported")}),
        (FACILITATOR_OF_TALKS, set()),
        (FACILITATOR_OF_GROUP, set()),
    ],
)
def test_constructions_enabler_of_an_undertaking_backs_its_owner(table, expected):
    doc = parse(table)
    assert len(doc) > 3
    assert triples(doc) == expected


@pytest.mark.parametrize(
    "table, expected",
    [
        (PROVIDE_MODEL_TANKS, set()),
        (SENT_MODEL_TANKS_TO, {("Germany", "funds", "Ukraine", "asserted")}),
        (SHIPPED_MUNITIONS_NAMED, {("Turkey", "funds", "Azerbaijan", "asserted")}),
        (SHIPPED_GROUP_COUNTED, {("Iran", "funds", "Hezbollah", "asserted")}),
        (PROVIDED_M23, {("Rwanda", "funds", "M23", "asserted")}),
    ],
)
def test_arguments_weapon_make_is_no_party(table, expected):
    doc = parse(table)
    assert len(doc) > 3
    assert triples(doc) == expected


@pytest.mark.parametrize(
    "table, expected",
    [
        (SHIP_CARRYING_OWNED, {("Iran", "funds", "Houthis", "asserted")}),
        (CARRIED_FROM_TO, {("Belarus", "funds", "Russia", "asserted")}),
        (TRANSPORTED_FROM_TO, {("Belarus", "funds", "Russia", "asserted")}),
        (SHIP_CARRYING_UNOWNED, set()),
        (CARRIER_STATE, set()),
    ],
)
def test_constructions_carried_weapons_come_from_owner_or_origin(table, expected):
    doc = parse(table)
    assert len(doc) > 3
    assert triples(doc) == expected
