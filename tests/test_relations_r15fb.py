"""Round 15 (relation_rules.v17, r15fb): funds and backs constructions that carried across the open real-news sets.

Support, assistance or help that a package holds is material aid, a funding theme and not backing ("a fresh package of
assistance for Moldova", "the security assistance package given to Moldova by Norway": vocab/package_words.txt,
constructions._theme_form), and a package of aid approved for someone is given by who approves it, the recipient hung
on the package or on its contents (funds.nominal.shipment); one who thanks a state for weapons or money received them,
when both are bodies: a minister thanking for an aid package speaks for his state (funds.receive.thank); a share of
what a name's own funding or arms are, the name written as a modifier, is its funding ("provides 80 percent of the
Arakan Army funding", funds.give.owner); "a number of" things is a quantity of them, seen through like "most of" or "a
quantity of" ("is sending a large number of artillery shells to Russia", vocab/part_words.txt); a body that founds,
forms, creates or sets up a named group backs it ("the Malian government formed the Dan Na Ambassagou militia",
"Hezbollah was set up by Iran": backs.verb.found, backs.verb.set_up), not a new body it names nowhere ("formed a new
militia"), nor a programme ("set up Operation Orbital"), nor a force a clause describes as created ("a unit created by
Russia": a state's own force); a body that stands with, behind or by the side of another backs it, a person standing
with others being mostly a picture ("the EU stands with Moldova", backs.verb.stand). Hand-built parses of invented
sentences as en_core_web_sm parses them, each with a trap: the exact rows are asserted, so a wrong party or relation
fails as surely as a missing one."""

from __future__ import annotations

import pytest

from tests.relations_fixture import parse, triples

# "Norway approved a fresh package of assistance for Moldova." (support in a package is aid; the parser may hang the
# recipient on the package's contents, as here)
PACKAGE_OF_ASSISTANCE = """
    Norway                 NNP   nsubj        1 GPE:Norway
    approved/approve       VBD   ROOT         1
    a                      DT    det          4
    fresh                  JJ    amod         4
    package                NN    dobj         1
    of                     IN    prep         4
    assistance             NN    pobj         5
    for                    IN    prep         6
    Moldova                NNP   pobj         7 GPE:Moldova
    .                      .     punct        1
"""

# ... the recipient on the package itself
PACKAGE_OF_ASSISTANCE_FOR = """
    Norway                 NNP   nsubj        1 GPE:Norway
    approved/approve       VBD   ROOT         1
    a                      DT    det          4
    fresh                  JJ    amod         4
    package                NN    dobj         1
    of                     IN    prep         4
    assistance             NN    pobj         5
    for                    IN    prep         4
    Moldova                NNP   pobj         7 GPE:Moldova
    .                      .     punct        1
"""

# trap: "The EU approved a fresh package of sanctions for Russia." (no aid in the package)
PACKAGE_OF_SANCTIONS = """
    The/the                DT    det          1
    EU                     NNP   nsubj        2 ORG:European_Union
    approved/approve       VBD   ROOT         2
    a                      DT    det          5
    fresh                  JJ    amod         5
    package                NN    dobj         2
    of                     IN    prep         5
    sanctions/sanction     NNS   pobj         6
    for                    IN    prep         7
    Russia                 NNP   pobj         8 GPE:Russia
    .                      .     punct        2
"""

# trap: "Norway approved a fresh package of reforms for Moldova."
PACKAGE_OF_REFORMS = """
    Norway                 NNP   nsubj        1 GPE:Norway
    approved/approve       VBD   ROOT         1
    a                      DT    det          4
    fresh                  JJ    amod         4
    package                NN    dobj         1
    of                     IN    prep         4
    reforms/reform         NNS   pobj         5
    for                    IN    prep         6
    Moldova                NNP   pobj         7 GPE:Moldova
    .                      .     punct        1
"""

# "The security assistance package given to Moldova by Norway arrived on Monday." (funds, and no longer backs)
ASSISTANCE_PACKAGE_GIVEN = """
    The/the                DT    det          3
    security               NN    compound     2
    assistance             NN    compound     3
    package                NN    nsubj        9
    given/give             VBN   acl          3
    to                     IN    dative       4
    Moldova                NNP   pobj         5 GPE:Moldova
    by                     IN    agent        4
    Norway                 NNP   pobj         7 GPE:Norway
    arrived/arrive         VBD   ROOT         9
    on                     IN    prep         9
    Monday                 NNP   pobj         10
    .                      .     punct        9
"""

# "The security assistance given to Moldova by Norway arrived on Monday." (no package: still backing)
ASSISTANCE_GIVEN = """
    The/the                DT    det          2
    security               NN    compound     2
    assistance             NN    nsubj        8
    given/give             VBN   acl          2
    to                     IN    dative       3
    Moldova                NNP   pobj         4 GPE:Moldova
    by                     IN    agent        3
    Norway                 NNP   pobj         6 GPE:Norway
    arrived/arrive         VBD   ROOT         8
    on                     IN    prep         8
    Monday                 NNP   pobj         9
    .                      .     punct        8
"""

# "Moldova thanked Norway for the weapons."
THANKED_FOR_WEAPONS = """
    Moldova                NNP   nsubj        1 GPE:Moldova
    thanked/thank          VBD   ROOT         1
    Norway                 NNP   dobj         1 GPE:Norway
    for                    IN    prep         1
    the                    DT    det          5
    weapons/weapon         NNS   pobj         3
    .                      .     punct        1
"""

# trap: "Defence Minister Ion Popescu thanked Norway for the assistance package." (a person thanks for his state)
MINISTER_THANKED_FOR_PACKAGE = """
    Defence                NNP   compound     1
    Minister               NNP   compound     3
    Ion                    NNP   compound     3 PERSON:Ion_Popescu
    Popescu                NNP   nsubj        4 PERSON:Ion_Popescu
    thanked/thank          VBD   ROOT         4
    Norway                 NNP   dobj         4 GPE:Norway
    for                    IN    prep         4
    the                    DT    det          9
    assistance             NN    compound     9
    package                NN    pobj         6
    .                      .     punct        4
"""

# "Russia's support package for Syria grew." (a package of support: funds, from the package's owner)
SUPPORT_PACKAGE = """
    Russia        NNP poss     3 GPE:Russia
    's            POS case     0
    support       NN  compound 3
    package       NN  nsubj    6
    for           IN  prep     3
    Syria         NNP pobj     4 GPE:Syria
    grew/grow     VBD ROOT     6
    .             .   punct    6
"""

# "China provides about 80 percent of the Arakan Army funding."
SHARE_OF_NAMED_FUNDING = """
    China                  NNP   nsubj        1 GPE:China
    provides/provide       VBZ   ROOT         1
    about                  RB    advmod       3
    80                     CD    nummod       4
    percent                NN    dobj         1
    of                     IN    prep         4
    the                    DT    det          9
    Arakan                 NNP   compound     8 ORG:Arakan_Army
    Army                   NNP   compound     9 ORG:Arakan_Army
    funding                NN    pobj         5
    .                      .     punct        1
"""

# trap: "China provides about 80 percent of the state budget." (the modifier is no actor)
SHARE_OF_STATE_BUDGET = """
    China                  NNP   nsubj        1 GPE:China
    provides/provide       VBZ   ROOT         1
    about                  RB    advmod       3
    80                     CD    nummod       4
    percent                NN    dobj         1
    of                     IN    prep         4
    the                    DT    det          8
    state                  NN    compound     8
    budget                 NN    pobj         5
    .                      .     punct        1
"""

# "Belarus is sending a large number of artillery shells to Russia." (a number of things is a quantity of them)
NUMBER_OF_SHELLS = """
    Belarus                NNP   nsubj        2 GPE:Belarus
    is/be                  VBZ   aux          2
    sending/send           VBG   ROOT         2
    a                      DT    det          5
    large                  JJ    amod         5
    number                 NN    dobj         2
    of                     IN    prep         5
    artillery              NN    compound     8
    shells/shell           NNS   pobj         6
    to                     IN    prep         2
    Russia                 NNP   pobj         9 GPE:Russia
    .                      .     punct        2
"""

# trap: "Belarus is sending a large number of diplomats to Russia." (people, no theme)
NUMBER_OF_DIPLOMATS = """
    Belarus                NNP   nsubj        2 GPE:Belarus
    is/be                  VBZ   aux          2
    sending/send           VBG   ROOT         2
    a                      DT    det          5
    large                  JJ    amod         5
    number                 NN    dobj         2
    of                     IN    prep         5
    diplomats/diplomat     NNS   pobj         6
    to                     IN    prep         2
    Russia                 NNP   pobj         8 GPE:Russia
    .                      .     punct        2
"""

# "The Malian government formed the Dan Na Ambassagou militia to fight jihadists." (who forms a group backs it)
FORMED_THE_MILITIA = """
    The/the                DT    det          2
    Malian/malian          JJ    amod         2 NORP:Mali
    government             NN    nsubj        3
    formed/form            VBD   ROOT         3
    the                    DT    det          8
    Dan                    NNP   compound     6 ORG:Dan_Na_Ambassagou
    Na                     NNP   compound     8 ORG:Dan_Na_Ambassagou
    Ambassagou             NNP   compound     8 ORG:Dan_Na_Ambassagou
    militia                NN    dobj         3
    to                     TO    aux          10
    fight                  VB    advcl        3
    jihadists/jihadist     NNS   dobj         10
    .                      .     punct        3
"""

# trap: "The Malian government formed a new militia to fight jihadists." (a new body, named nowhere)
FORMED_A_NEW_MILITIA = """
    The/the                DT    det          2
    Malian/malian          JJ    amod         2 NORP:Mali
    government             NN    nsubj        3
    formed/form            VBD   ROOT         3
    a                      DT    det          6
    new                    JJ    amod         6
    militia                NN    dobj         3
    to                     TO    aux          8
    fight                  VB    advcl        3
    jihadists/jihadist     NNS   dobj         8
    .                      .     punct        3
"""

# trap: "Yevgeny Prigozhin founded the Wagner Group in 2014." (bodies only: a founder is no backer)
PERSON_FOUNDED_GROUP = """
    Yevgeny                NNP   compound     1 PERSON:Yevgeny_Prigozhin
    Prigozhin              NNP   nsubj        2 PERSON:Yevgeny_Prigozhin
    founded/found          VBD   ROOT         2
    the                    DT    det          5
    Wagner                 NNP   compound     5 ORG:Wagner_Group
    Group                  NNP   dobj         2 ORG:Wagner_Group
    in                     IN    prep         2
    2014                   CD    pobj         6
    .                      .     punct        2
"""

# trap: "Belarus relies on the Vostok Brigade, a unit created by Russia in 2022." (a state's own force described by
# the clause: the group is not the verb's own object)
UNIT_CREATED_BY = """
    Belarus                NNP   nsubj        1 GPE:Belarus
    relies/rely            VBZ   ROOT         1
    on                     IN    prep         1
    the                    DT    det          5
    Vostok                 NNP   compound     5 ORG:Vostok_Brigade
    Brigade                NNP   pobj         2 ORG:Vostok_Brigade
    ,                      ,     punct        5
    a                      DT    det          8
    unit                   NN    appos        5
    created/create         VBN   acl          8
    by                     IN    agent        9
    Russia                 NNP   pobj         10 GPE:Russia
    in                     IN    prep         9
    2022                   CD    pobj         12
    .                      .     punct        1
"""

# "Hezbollah was set up by Iran in the early 1980s."
SET_UP_BY = """
    Hezbollah              NNP   nsubjpass    2 ORG:Hezbollah
    was/be                 VBD   auxpass      2
    set                    VBN   ROOT         2
    up                     RP    prt          2
    by                     IN    agent        2
    Iran                   NNP   pobj         4 GPE:Iran
    in                     IN    prep         2
    the                    DT    det          9
    early                  JJ    amod         9
    1980s                  CD    pobj         6
    .                      .     punct        2
"""

# trap: "Britain set up Operation Orbital in 2015." (a programme is no group, though the linker names it)
SET_UP_OPERATION = """
    Britain                NNP   nsubj        1 GPE:United_Kingdom
    set                    VBD   ROOT         1
    up                     RP    prt          1
    Operation              NNP   compound     4 ORG:Operation_Orbital
    Orbital                NNP   dobj         1 ORG:Operation_Orbital
    in                     IN    prep         1
    2015                   CD    pobj         5
    .                      .     punct        1
"""

# "The EU stands with Moldova." (a body standing with another backs it)
STANDS_WITH = """
    The/the                DT    det          1
    EU                     NNP   nsubj        2 ORG:European_Union
    stands/stand           VBZ   ROOT         2
    with                   IN    prep         2
    Moldova                NNP   pobj         3 GPE:Moldova
    .                      .     punct        2
"""

# "Norway stood by Moldova's side during the crisis."
STOOD_BY_SIDE = """
    Norway                 NNP   nsubj        1 GPE:Norway
    stood/stand            VBD   ROOT         1
    by                     IN    prep         1
    Moldova                NNP   poss         5 GPE:Moldova
    's                     POS   case         3
    side                   NN    pobj         2
    during                 IN    prep         1
    the                    DT    det          8
    crisis                 NN    pobj         6
    .                      .     punct        1
"""

# trap: "President Maia Sandu stands with leaders from Norway." (a person standing with others: a picture)
PERSON_STANDS_WITH = """
    President              NNP   compound     2
    Maia                   NNP   compound     2 PERSON:Maia_Sandu
    Sandu                  NNP   nsubj        3 PERSON:Maia_Sandu
    stands/stand           VBZ   ROOT         3
    with                   IN    prep         3
    leaders/leader         NNS   pobj         4
    from                   IN    prep         5
    Norway                 NNP   pobj         6 GPE:Norway
    .                      .     punct        3
"""

# Run by tests/test_relations_constructions.py with every rule's cases.
POSITIVE = [
    ("funds.nominal.shipment", PACKAGE_OF_ASSISTANCE, {("Norway", "funds", "Moldova", "asserted")}),
    ("funds.give", ASSISTANCE_PACKAGE_GIVEN, {("Norway", "funds", "Moldova", "asserted")}),
    ("funds.receive.thank", THANKED_FOR_WEAPONS, {("Norway", "funds", "Moldova", "asserted")}),
    ("funds.give.owner", SHARE_OF_NAMED_FUNDING, {("China", "funds", "Arakan Army", "asserted")}),
    ("backs.verb.found", FORMED_THE_MILITIA, {("Mali", "backs", "Dan Na Ambassagou", "asserted")}),
    ("backs.verb.set_up", SET_UP_BY, {("Iran", "backs", "Hezbollah", "asserted")}),
    ("backs.verb.stand", STANDS_WITH, {("European Union", "backs", "Moldova", "asserted")}),
    ("backs.verb.stand", STOOD_BY_SIDE, {("Norway", "backs", "Moldova", "asserted")}),
]
NEGATIVE = [
    ("funds.nominal.shipment", PACKAGE_OF_SANCTIONS),
    ("funds.nominal.shipment", PACKAGE_OF_REFORMS),
    ("funds.receive.thank", MINISTER_THANKED_FOR_PACKAGE),
    ("funds.give.owner", SHARE_OF_STATE_BUDGET),
    ("backs.verb.found", FORMED_A_NEW_MILITIA),
    ("backs.verb.found", PERSON_FOUNDED_GROUP),
    ("backs.verb.found", UNIT_CREATED_BY),
    ("backs.verb.set_up", SET_UP_OPERATION),
    ("backs.verb.stand", PERSON_STANDS_WITH),
]


@pytest.mark.parametrize(
    "table, expected",
    [
        # support held in a package is aid: funds, from who announces or gives it; not sanctions, not reforms
        (PACKAGE_OF_ASSISTANCE, {("Norway", "funds", "Moldova", "asserted")}),
        (PACKAGE_OF_ASSISTANCE_FOR, {("Norway", "funds", "Moldova", "asserted")}),
        (PACKAGE_OF_SANCTIONS, set()),
        (PACKAGE_OF_REFORMS, set()),
        # ... given: funds and no longer backs; the same support given without a package stays backing
        (ASSISTANCE_PACKAGE_GIVEN, {("Norway", "funds", "Moldova", "asserted")}),
        (ASSISTANCE_GIVEN, {("Norway", "backs", "Moldova", "asserted")}),
        (SUPPORT_PACKAGE, {("Russia", "funds", "Syria", "asserted")}),
    ],
)
def test_constructions_package_holds_aid(table, expected):
    doc = parse(table)
    assert len(doc) > 3  # (the table parsed)
    assert triples(doc) == expected


@pytest.mark.parametrize(
    "table, expected",
    [
        (THANKED_FOR_WEAPONS, {("Norway", "funds", "Moldova", "asserted")}),
        # a minister thanking a state for an aid package is not its recipient
        (MINISTER_THANKED_FOR_PACKAGE, set()),
    ],
)
def test_constructions_thanks_between_bodies(table, expected):
    doc = parse(table)
    assert len(doc) > 3
    assert triples(doc) == expected


@pytest.mark.parametrize(
    "table, expected",
    [
        (SHARE_OF_NAMED_FUNDING, {("China", "funds", "Arakan Army", "asserted")}),
        (SHARE_OF_STATE_BUDGET, set()),
    ],
)
def test_constructions_share_of_named_funding(table, expected):
    doc = parse(table)
    assert len(doc) > 3
    assert triples(doc) == expected


@pytest.mark.parametrize(
    "table, expected",
    [
        (NUMBER_OF_SHELLS, {("Belarus", "funds", "Russia", "asserted")}),
        (NUMBER_OF_DIPLOMATS, set()),
    ],
)
def test_constructions_number_of_things_is_a_quantity(table, expected):
    doc = parse(table)
    assert len(doc) > 3
    assert triples(doc) == expected


@pytest.mark.parametrize(
    "table, expected",
    [
        (FORMED_THE_MILITIA, {("Mali", "backs", "Dan Na Ambassagou", "asserted")}),
        (FORMED_A_NEW_MILITIA, set()),
        (PERSON_FOUNDED_GROUP, set()),
        (UNIT_CREATED_BY, set()),
        (SET_UP_BY, {("Iran", "backs", "Hezbollah", "asserted")}),
        (SET_UP_OPERATION, set()),
    ],
)
def test_constructions_founder_backs_group(table, expected):
    doc = parse(table)
    assert len(doc) > 3
    assert triples(doc) == expected


@pytest.mark.parametrize(
    "table, expected",
    [
        (STANDS_WITH, {("European Union", "backs", "Moldova", "asserted")}),
        (STOOD_BY_SIDE, {("Norway", "backs", "Moldova", "asserted")}),
        (PERSON_STANDS_WITH, set()),
    ],
)
def test_constructions_body_standing_with_backs(table, expected):
    doc = parse(table)
    assert len(doc) > 3
    assert triples(doc) == expected
