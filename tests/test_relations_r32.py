"""Round 32, constructions read off round 31's opened closed sets (relation_rules.v35).

- Supplies counted in formations and containers, and named by a model designation: "several divisions of S-300
  systems", "600 containers with millions of shells", "13 MiG-29 fighters" (vocab ``part_words``,
  ``designated_nouns``; ``constructions._theme_nodes``, ``_theme_form``).
- An "-backed" noun that renames an actor is that actor, over the noun's owner: "Bazbal, Barland's Fooland-backed
  organisation", "Bazbal and other Fooland-backed groups"; the two sides "between" names are apart
  (``constructions._renamed_by``, ``hyphen``).
- An accused party's collusion is its backing, alleged: "accused Barland of collaborating with Bazbal"
  (``backs.pattern.accused_collusion``).
- Fellow deniers of a transfer named before the claim noun deny it between them: "dismissed the weapons shipment
  accusations" (``constructions._named_transfers``).
- Who makes a denied claim is no party to it, also when the parser read the claim noun as a verb ("denied Barland
  intelligence claims that ...") or a claimant's "by" as the agent of the denial ("denied claims by Barland that
  ...") (``constructions.denial_clause``, ``Grammar._is_passive``).
- A state used as ground or route is not the doer: "Fooland uses Barland to channel arms to Bazbal"
  (``Grammar.subjects``).
- A company a name modifies stands for it; a demonym on it is its origin (vocab ``group_nouns``,
  ``nonstate_group_nouns``); an armed undertaking stands for its owner: "supported Barland's military action"
  (vocab ``campaign_nouns``).
- States a "from" phrase counts are no apposition of the people: "politicians from six countries - Fooland,
  Barland" (``Grammar._naming_apposition``).
- Lists paired by "respectively" (``constructions._pairs``); an apposition read as a second object of the verb
  (``Grammar._renamed``); "strengthening" a state's defences is backing (``backs.verb.bolster``); the accented
  "protégé" (vocab ``client_nouns``); the one designated "for its role in" a supply does it (``Grammar._involved``).
- A clause judged false by an impersonal "it is untrue that ..." is negated (``modality.assess``, vocab
  ``false_words``); beginning or finishing a training is giving it (vocab ``light_verbs``); a denial verb listed with
  another shares its object ("dismissed and criticized accusations regarding ...": ``constructions._listed_object``);
  support denied outright is a denial ("denied any support for X": ``denies.pattern.any_support``); a bracketed
  acronym after another name is that name's, not the noun's the parser hung it on (``arguments._acronym_of_other``).
- Who facilitates a delivery gives it (``funds.give``, vocab ``light_verbs``); goods named by their stuff ("petroleum
  products": vocab ``part_words``, ``funding_nouns``); a purpose clause serving the sender itself makes no place of
  the recipient (``constructions._destination``).

Hand-built parses of invented sentences as en_core_web_sm parses them; the exact rows are asserted."""

from __future__ import annotations

import pytest

from tests.relations_fixture import row, sourced


# "Fooland handed over 13 <designation> fighters to Barland."
DESIGNATED = """
        Fooland            NNP   nsubj       1 GPE:Fooland
        handed/hand        VBD   ROOT        1
        over               RP    prt         1
        13                 CD    nummod      5
        {designation:18} NN    compound    5
        fighters/fighter   NNS   dobj        1
        to                 IN    prep        1
        Barland            NNP   pobj        6 GPE:Barland
        .                  .     punct       1
"""
# "Fooland shipped 600 containers with millions of shells to Barland."
CONTAINERS = """
        Fooland            NNP   nsubj       1 GPE:Fooland
        shipped/ship       VBD   ROOT        1
        600                CD    nummod      3
        containers/container NNS dobj        1
        with               IN    prep        3
        millions/million   NNS   pobj        4
        of                 IN    prep        5
        shells/shell       NNS   pobj        6
        to                 IN    prep        1
        Barland            NNP   pobj        8 GPE:Barland
        .                  .     punct       1
"""
# "Fooland delivered several divisions of S-300 systems to Barland."
DIVISIONS = """
        Fooland            NNP   nsubj       1 GPE:Fooland
        delivered/deliver  VBD   ROOT        1
        several            JJ    amod        3
        divisions/division NNS   dobj        1
        of                 IN    prep        3
        S-300              NNP   compound    6
        systems/system     NNS   pobj        4
        to                 IN    prep        1
        Barland            NNP   pobj        7 GPE:Barland
        .                  .     punct       1
"""
SUPPLIES = [
    (DESIGNATED.format(designation="MiG-29/mig-29"), {row("Fooland", "funds", "Barland")}),
    (CONTAINERS, {row("Fooland", "funds", "Barland")}),
    (DIVISIONS, {row("Fooland", "funds", "Barland")}),
    # trap: fighters no model designation names are people handed over, no supply
    (DESIGNATED.format(designation="veteran/veteran"), set()),
]


@pytest.mark.parametrize(
    "text, expected", SUPPLIES, ids=["MiG-29 fighters", "containers with millions of shells", "divisions of systems", "trap: veteran fighters"]
)
def test_relations_counted_and_designated_supplies_are_given(text, expected):
    assert sourced(text) == expected


# "The sanctions targeted ties to Bazbal, Barland's Fooland-backed militant organisation, the order said."
RENAMING_ORGANISATION = """
        The                DT    det         1
        sanctions/sanction NNS   nsubj       2
        targeted/target    VBD   ccomp      17
        ties/tie           NNS   dobj        2
        to                 IN    prep        3
        Bazbal             NNP   pobj        4 ORG:Bazbal
        ,                  ,     punct       5
        Barland            NNP   poss       13 GPE:Barland
        's                 POS   case        7
        Fooland            NNP   npadvmod   11 GPE:Fooland
        -                  HYPH  punct      11
        backed/back        VBN   amod       13
        militant           JJ    amod       13
        organisation       NN    {dep}      5
        ,                  ,     punct      17
        the                DT    det        16
        order              NN    nsubj      17
        said/say           VBD   ROOT       17
        .                  .     punct      17
"""
# "Bazbal and <other> Fooland-backed groups have bases in Zedland."
AND_OTHER = """
        Bazbal             NNP   nsubj       7 ORG:Bazbal
        and                CC    cc          0
        {other:18} JJ    amod        6
        Fooland            NNP   npadvmod    5 GPE:Fooland
        -                  HYPH  punct       5
        backed/back        VBN   amod        6
        groups/group       NNS   conj        0
        have               VBP   ROOT        7
        bases/basis        NNS   dobj        7
        in                 IN    prep        7
        Zedland            NNP   pobj        9 GPE:Zedland
        .                  .     punct       7
"""
# "Zedland would join any war between Fooland-backed Bazbal and Barland."
BETWEEN = """
        Zedland            NNP   nsubj       2 GPE:Zedland
        would              MD    aux         2
        join               VB    ROOT        2
        any                DT    det         4
        war                NN    dobj        2
        between            IN    prep        4
        Fooland            NNP   npadvmod    8 GPE:Fooland
        -                  HYPH  punct       8
        backed/back        VBN   amod        9
        Bazbal             NNP   pobj        5 ORG:Bazbal
        and                CC    cc          9
        Barland            NNP   conj        9 GPE:Barland
        .                  .     punct       2
"""
RENAMED = [
    (RENAMING_ORGANISATION.format(dep="appos"), {row("Fooland", "backs", "Bazbal")}),
    # the apposition parsed as a conjunct with no "and"
    (RENAMING_ORGANISATION.format(dep="conj"), {row("Fooland", "backs", "Bazbal")}),
    (AND_OTHER.format(other="other/other"), {row("Fooland", "backs", "Bazbal")}),
    # trap: a conjunct of its own is another group
    (AND_OTHER.format(other="new/new"), set()),
    # trap: the other side of a war "between" is not backed
    (BETWEEN, {row("Fooland", "backs", "Bazbal")}),
]


@pytest.mark.parametrize(
    "text, expected", RENAMED, ids=["apposition over its owner", "apposition read as conjunct", "and other", "trap: and new", "trap: between"]
)
def test_relations_backed_noun_renaming_an_actor_is_that_actor(text, expected):
    assert sourced(text) == expected


# "Fooland accused Barland of <verb> with the Bazbal militia."
ACCUSED_OF_COLLUSION = """
        Fooland            NNP   nsubj       1 GPE:Fooland
        accused/accuse     VBD   ROOT        1
        Barland            NNP   dobj        1 GPE:Barland
        of                 IN    prep        1
        {verb:18} VBG   pcomp       3
        with               IN    prep        4
        the                DT    det         8
        Bazbal             NNP   compound    8 ORG:Bazbal
        militia            NN    pobj        5
        .                  .     punct       1
"""
# "Barland cooperates with the Bazbal militia."
COOPERATES = """
        Barland            NNP   nsubj       1 GPE:Barland
        cooperates/cooperate VBZ ROOT        1
        with               IN    prep        1
        the                DT    det         5
        Bazbal             NNP   compound    5 ORG:Bazbal
        militia            NN    pobj        2
        .                  .     punct       1
"""


@pytest.mark.parametrize(
    "text, expected",
    [
        (ACCUSED_OF_COLLUSION.format(verb="collaborating/collaborate"), {row("Barland", "backs", "Bazbal", "alleged", "Fooland")}),
        (ACCUSED_OF_COLLUSION.format(verb="colluding/collude"), {row("Barland", "backs", "Bazbal", "alleged", "Fooland")}),
        (ACCUSED_OF_COLLUSION.format(verb="clashing/clash"), set()),  # trap: no tie
        (COOPERATES, set()),  # trap: plain cooperation, no accusation
    ],
    ids=["collaborating", "colluding", "trap: clashing", "trap: plain cooperation"],
)
def test_relations_accused_collusion_is_alleged_backing(text, expected):
    assert sourced(text) == expected


# "Fooland and Barland dismissed the weapons shipment accusations as baseless."
SHIPMENT_ACCUSATIONS = """
        Fooland            NNP   nsubj       3 GPE:Fooland
        and                CC    cc          0
        Barland            NNP   conj        0 GPE:Barland
        dismissed/dismiss  VBD   ROOT        3
        the                DT    det         7
        weapons/weapon     NNS   compound    6
        shipment           NN    compound    7
        accusations/accusation NNS dobj      3
        as                 IN    advmod      9
        baseless           JJ    advcl       3
        .                  .     punct       3
"""
# "Fooland and Barland dismissed the shipment accusations against Bazbal as baseless."
ACCUSATIONS_AGAINST = """
        Fooland            NNP   nsubj       3 GPE:Fooland
        and                CC    cc          0
        Barland            NNP   conj        0 GPE:Barland
        dismissed/dismiss  VBD   ROOT        3
        the                DT    det         6
        shipment           NN    compound    6
        accusations/accusation NNS dobj      3
        against            IN    prep        6
        Bazbal             NNP   pobj        7 ORG:Bazbal
        as                 IN    advmod     10
        baseless           JJ    advcl       3
        .                  .     punct       3
"""
# "Fooland denied Barland intelligence claims that Fooian firms supply ammunition to Zedland." ("claims" read as a verb)
CLAIMS_READ_AS_VERB = """
        Fooland            NNP   nsubj       1 GPE:Fooland
        denied/deny        VBD   ROOT        1
        Barland            NNP   compound    3 GPE:Barland
        intelligence       NN    nsubj       4
        claims/claim       VBZ   ccomp       1
        that               IN    mark        8
        Fooian             NNP   compound    7 NORP:Fooland
        firms/firm         NNS   nsubj       8
        supply             VBP   ccomp       4
        ammunition         NN    dobj        8
        to                 IN    prep        8
        Zedland            NNP   pobj       10 GPE:Zedland
        .                  .     punct       1
"""
# "Officials in Fooland denied claims by Barland that Zedian troops are massing." ("by" read as the denial's agent)
CLAIMANT_AS_AGENT = """
        Officials/official NNS   nsubj       3
        in                 IN    prep        0
        Fooland            NNP   pobj        1 GPE:Fooland
        denied/deny        VBD   ROOT        3
        claims/claim       NNS   dobj        3
        by                 IN    agent       3
        Barland            NNP   pobj        5 GPE:Barland
        that               IN    mark       11
        Zedian/zedian      JJ    amod        9 NORP:Zedland
        troops/troop       NNS   nsubj      11
        are/be             VBP   aux        11
        massing/mass       VBG   ccomp       3
        .                  .     punct       3
"""
DENIALS = [
    (SHIPMENT_ACCUSATIONS, {row("Fooland", "denies", "Barland"), row("Barland", "denies", "Fooland")}),
    (ACCUSATIONS_AGAINST, set()),  # trap: the claim names a third party
    (CLAIMS_READ_AS_VERB, {row("Fooland", "denies", "Zedland")}),
    (CLAIMANT_AS_AGENT, set()),  # trap: the claimant does not deny its own claim
]


@pytest.mark.parametrize(
    "text, expected", DENIALS, ids=["shipment accusations", "trap: accusations against a third", "claims read as a verb", "trap: claimant as agent"]
)
def test_relations_denials_keep_claimants_apart(text, expected):
    assert sourced(text) == expected


# "Fooland uses <instrument> to channel arms to the Bazbal militia."
USES_TO = """
        Fooland            NNP   nsubj       1 GPE:Fooland
        uses/use           VBZ   ROOT        1
        {instrument}
        to                 TO    aux         4
        channel            VB    xcomp       1
        arms/arm           NNS   dobj        4
        to                 IN    prep        5
        the                DT    det         9
        Bazbal             NNP   compound    9 ORG:Bazbal
        militia            NN    pobj        6
        .                  .     punct       1
"""


@pytest.mark.parametrize(
    "text, expected",
    [
        (USES_TO.format(instrument="Barland            NNP   dobj        1 GPE:Barland"), {row("Fooland", "funds", "Bazbal")}),
        # a group used still does it, through its user
        (USES_TO.format(instrument="Kazbal             NNP   dobj        1 ORG:Kazbal"),
         {row("Fooland", "funds", "Bazbal"), row("Kazbal", "funds", "Bazbal")}),
    ],
    ids=["a state used as route", "a group used"],
)
def test_relations_state_used_as_route_is_not_the_giver(text, expected):
    assert sourced(text) == expected


# "The Bazbal mercenary company is funded by the Fooian state."
COMPANY_FUNDED = """
        The                DT    det         3
        Bazbal             NNP   nmod        3 ORG:Bazbal
        mercenary          JJ    amod        3
        company            NN    nsubjpass   5
        is/be              VBZ   auxpass     5
        funded/fund        VBN   ROOT        5
        by                 IN    agent       5
        the                DT    det         9
        Fooian             NNP   compound    9 NORP:Fooland
        state              NN    pobj        6
        .                  .     punct       5
"""
# "A Fooian company supplied drones to Barland."
FOOIAN_COMPANY = """
        A                  DT    det         2
        Fooian/fooian      JJ    amod        2 NORP:Fooland
        company            NN    nsubj       3
        supplied/supply    VBD   ROOT        3
        drones/drone       NNS   dobj        3
        to                 IN    prep        3
        Barland            NNP   pobj        5 GPE:Barland
        .                  .     punct       3
"""
# "Fooland supported Barland's military action against Zedland."
ACTION = """
        Fooland            NNP   nsubj       1 GPE:Fooland
        supported/support  VBD   ROOT        1
        Barland            NNP   poss        5 GPE:Barland
        's                 POS   case        2
        military           JJ    amod        5
        action             NN    dobj        1
        against            IN    prep        5
        Zedland            NNP   pobj        6 GPE:Zedland
        .                  .     punct       1
"""
# "With the help of Bazbal, politicians from six countries were financed – Fooland, Barland."
FROM_COUNTRIES = """
        With               IN    prep       11
        the                DT    det         2
        help               NN    pobj        0
        of                 IN    prep        2
        Bazbal             NNP   pobj        3 ORG:Bazbal
        ,                  ,     punct       4
        politicians/politician NNS nsubjpass 11
        from               IN    prep        6
        six                CD    nummod      9
        countries/country  NNS   pobj        7
        were/be            VBD   auxpass    11
        financed/finance   VBN   ROOT       11
        –                  :     punct      11
        Fooland            NNP   appos       6 GPE:Fooland
        ,                  ,     punct      13
        Barland            NNP   appos      13 GPE:Barland
        .                  .     punct      11
"""
NOUNS = [
    (COMPANY_FUNDED, {row("Fooland", "funds", "Bazbal")}),
    (FOOIAN_COMPANY, set()),  # trap: a company of Fooian origin is not the state
    (ACTION, {row("Fooland", "backs", "Barland")}),
    (FROM_COUNTRIES, set()),  # trap: the states people come from are no recipients
]


@pytest.mark.parametrize(
    "text, expected", NOUNS, ids=["mercenary company", "trap: a Fooian company", "military action", "trap: politicians from countries"]
)
def test_relations_companies_actions_and_origins(text, expected):
    assert sourced(text) == expected


# "The two gangs, Bazbal and Kazbal, are backed by Fooland and Barland respectively."
RESPECTIVELY = """
        The                DT    det         2
        two                CD    nummod      2
        gangs/gang         NNS   nsubjpass   9
        ,                  ,     punct       2
        Bazbal             NNP   appos       2 ORG:Bazbal
        and                CC    cc          4
        Kazbal             NNP   conj        4 ORG:Kazbal
        ,                  ,     punct       2
        are/be             VBP   auxpass     9
        backed/back        VBN   ROOT        9
        by                 IN    agent       9
        Fooland            NNP   pobj       10 GPE:Fooland
        and                CC    cc         11
        Barland            NNP   conj       11 GPE:Barland
        {last:18} {tag:5} {dep:9} 9
        .                  .     punct       9
"""
PAIRED = [
    (RESPECTIVELY.format(last="respectively", tag="RB", dep="advmod"),
     {row("Fooland", "backs", "Bazbal"), row("Barland", "backs", "Kazbal")}),
    # without "respectively" every backer backs every gang
    (RESPECTIVELY.format(last="together", tag="RB", dep="advmod"),
     {row(s, "backs", o) for s in ("Fooland", "Barland") for o in ("Bazbal", "Kazbal")}),
]


@pytest.mark.parametrize("text, expected", PAIRED, ids=["respectively", "together"])
def test_relations_respectively_pairs_lists_in_order(text, expected):
    assert sourced(text) == expected


# "The raid reversed an offensive by Bazbal, a militia group supported by Fooland." (the apposition as a second object)
SECOND_OBJECT = """
        The                DT    det         1
        raid               NN    nsubj       2
        reversed/reverse   VBD   ROOT        2
        an                 DT    det         4
        offensive          NN    dobj        2
        by                 IN    prep        4
        Bazbal             NNP   pobj        5 ORG:Bazbal
        ,                  ,     punct       2
        {det:18} DT    det        10
        militia            NN    compound   10
        group              NN    dobj        2
        supported/support  VBN   acl        10
        by                 IN    agent      11
        Fooland            NNP   pobj       12 GPE:Fooland
        .                  .     punct       2
"""
# "Kassie Moor stressed Fooland's commitment to strengthening Barland's defence capabilities."
STRENGTHENING = """
        Kassie             NNP   compound    1 PERSON:Kassie_Moor
        Moor               NNP   nsubj       2 PERSON:Kassie_Moor
        stressed/stress    VBD   ROOT        2
        Fooland            NNP   poss        5 GPE:Fooland
        's                 POS   case        3
        commitment         NN    dobj        2
        to                 IN    prep        5
        strengthening/strengthen VBG pcomp   6
        Barland            NNP   poss       11 GPE:Barland
        's                 POS   case        8
        defence            NN    compound   11
        capabilities/capability NNS dobj     7
        .                  .     punct       2
"""
# "Fooland and Barland strengthened ties."
STRENGTHENED_TIES = """
        Fooland            NNP   nsubj       3 GPE:Fooland
        and                CC    cc          0
        Barland            NNP   conj        0 GPE:Barland
        strengthened/strengthen VBD ROOT     3
        ties/tie           NNS   dobj        3
        .                  .     punct       3
"""
# "Fooland's chief protégé, Kassie Moor, refuses to obey."
PROTEGE = """
        Fooland            NNP   poss        3 GPE:Fooland
        's                 POS   case        0
        chief              JJ    amod        3
        protégé            NN    nsubj       8
        ,                  ,     punct       3
        Kassie             NNP   compound    6 PERSON:Kassie_Moor
        Moor               NNP   appos       3 PERSON:Kassie_Moor
        ,                  ,     punct       3
        refuses/refuse     VBZ   ROOT        8
        to                 TO    aux        10
        obey               VB    xcomp       8
        .                  .     punct       8
"""
# "Fooland designated the Bazbal group for its role in supplying drones to Zedland."
DESIGNATED_FOR_ROLE = """
        Fooland            NNP   nsubj       1 GPE:Fooland
        designated/designate VBD ROOT        1
        the                DT    det         4
        Bazbal             NNP   compound    4 ORG:Bazbal
        group              NN    dobj        1
        for                IN    prep        1
        its                PRP$  poss        7
        role               NN    pobj        5
        in                 IN    prep        7
        supplying/supply   VBG   pcomp       8
        drones/drone       NNS   dobj        9
        to                 IN    prep        9
        Zedland            NNP   pobj       11 GPE:Zedland
        .                  .     punct       1
"""
MORE = [
    (SECOND_OBJECT.format(det="a"), {row("Fooland", "backs", "Bazbal")}),
    (SECOND_OBJECT.format(det="the"), set()),  # trap: a definite second object renames nothing
    (STRENGTHENING, {row("Fooland", "backs", "Barland")}),
    (STRENGTHENED_TIES, set()),  # trap: ties are no actor
    (PROTEGE, {row("Fooland", "backs", "Kassie Moor")}),
    (DESIGNATED_FOR_ROLE, {row("Bazbal", "funds", "Zedland")}),
]


@pytest.mark.parametrize(
    "text, expected",
    MORE,
    ids=["apposition as second object", "trap: definite second object", "strengthening defences", "trap: strengthened ties", "protégé", "designated for its role"],
)
def test_relations_round32_arguments(text, expected):
    assert sourced(text) == expected


# "Fooland has firmly denied any support for the Bazbal rebels in eastern Zedland (ZL)." (the acronym hung on "rebels")
ACRONYM_OF_THE_PLACE = """
        Fooland            NNP   nsubj       3 GPE:Fooland
        has/have           VBZ   aux         3
        firmly             RB    advmod      3
        denied/deny        VBN   ROOT        3
        any                DT    det         5
        support            NN    dobj        3
        for                IN    prep        5
        the                DT    det         9
        Bazbal             NNP   compound    9 ORG:Bazbal
        rebels/rebel       NNS   pobj        6
        in                 IN    prep        9
        eastern            JJ    amod       12
        Zedland            NNP   pobj       10 GPE:Zedland
        (                  -LRB- punct      14
        ZL                 NNP   appos       9 GPE:Zedland
        )                  -RRB- punct      14
        .                  .     punct       3
"""
# "It is <judgement> that Fooland supports the Bazbal rebels."
IT_IS_UNTRUE = """
        It                 PRP   nsubj       1
        is/be              VBZ   ROOT        1
        {judgement:18} JJ    acomp       1
        that               IN    mark        5
        Fooland            NNP   nsubj       5 GPE:Fooland
        supports/support   VBZ   ccomp       1
        the                DT    det         8
        Bazbal             NNP   compound    8 ORG:Bazbal
        rebels/rebel       NNS   dobj        5
        .                  .     punct       1
"""
# "The Fooian military began an expanded combat training of Barlandi forces."
BEGAN_TRAINING = """
        The                DT    det         2
        Fooian             NNP   amod        2 NORP:Fooland
        military           NN    nsubj       3
        began/begin        VBD   ROOT        3
        an                 DT    det         7
        expanded/expand    VBN   amod        7
        combat             NN    compound    7
        training           NN    dobj        3
        of                 IN    prep        7
        Barlandi           NNP   compound   10 NORP:Barland
        forces/force       NNS   pobj        8
        .                  .     punct       3
"""
# "Fooland has dismissed and criticized accusations from Zedland regarding its alleged support for the Bazbal rebels."
LISTED_DENIAL = """
        Fooland            NNP   nsubj       2 GPE:Fooland
        has/have           VBZ   aux         2
        dismissed/dismiss  VBN   ROOT        2
        and                CC    cc          2
        criticized/criticize VBN conj        2
        accusations/accusation NNS dobj      4
        from               IN    prep        5
        Zedland            NNP   pobj        6 GPE:Zedland
        regarding/regard   VBG   prep        4
        its                PRP$  poss       11
        alleged            JJ    amod       11
        support            NN    pobj        8
        for                IN    prep       11
        the                DT    det        15
        Bazbal             NNP   compound   15 ORG:Bazbal
        rebels/rebel       NNS   pobj       12
        .                  .     punct       2
"""
LATER = [
    (ACRONYM_OF_THE_PLACE, {row("Fooland", "denies", "Bazbal")}),
    (IT_IS_UNTRUE.format(judgement="untrue"), {row("Fooland", "backs", "Bazbal", "negated")}),
    (IT_IS_UNTRUE.format(judgement="inconceivable"), {row("Fooland", "backs", "Bazbal", "negated")}),
    (IT_IS_UNTRUE.format(judgement="clear"), {row("Fooland", "backs", "Bazbal")}),  # trap: a clause judged true
    (BEGAN_TRAINING, {row("Fooland", "trains", "Barland")}),
    (LISTED_DENIAL, {row("Fooland", "denies", "Bazbal")}),
]


@pytest.mark.parametrize(
    "text, expected",
    LATER,
    ids=["acronym of the place", "it is untrue", "it is inconceivable", "trap: it is clear", "began a training", "listed denial verbs"],
)
def test_relations_round32_modality_and_denials(text, expected):
    assert sourced(text) == expected


# "Fooland facilitated the delivery of drones to the Bazbal militia."
FACILITATED_DELIVERY = """
        Fooland            NNP   nsubj       1 GPE:Fooland
        facilitated/facilitate VBD ROOT      1
        the                DT    det         3
        delivery           NN    dobj        1
        of                 IN    prep        3
        drones/drone       NNS   pobj        4
        to                 IN    prep        3
        the                DT    det         9
        Bazbal             NNP   compound    9 ORG:Bazbal
        militia            NN    pobj        6
        .                  .     punct       1
"""
# "Fooland facilitated talks between Barland and the Bazbal militia."
FACILITATED_TALKS = """
        Fooland            NNP   nsubj       1 GPE:Fooland
        facilitated/facilitate VBD ROOT      1
        talks/talk         NNS   dobj        1
        between            IN    prep        2
        Barland            NNP   pobj        3 GPE:Barland
        and                CC    cc          4
        the                DT    det         8
        Bazbal             NNP   compound    8 ORG:Bazbal
        militia            NN    conj        4
        .                  .     punct       1
"""
# "Fooland has been providing Barland with petroleum products."
PETROLEUM_PRODUCTS = """
        Fooland            NNP   nsubj       3 GPE:Fooland
        has/have           VBZ   aux         3
        been/be            VBN   aux         3
        providing/provide  VBG   ROOT        3
        Barland            NNP   dobj        3 GPE:Barland
        with               IN    prep        3
        {goods:18} NN    compound    7
        products/product   NNS   pobj        5
        .                  .     punct       3
"""
# "Fooland dispatched 200 military instructors to Barland to safeguard the country's president." ("the country" misread
# as Fooland by the coreference step)
INSTRUCTORS_TO_SAFEGUARD = """
        Fooland            NNP   nsubj       1 GPE:Fooland
        dispatched/dispatch VBD  ROOT        1
        200                CD    nummod      4
        military           JJ    amod        4
        instructors/instructor NNS dobj      1
        to                 IN    prep        1
        Barland            NNP   pobj        5 GPE:Barland
        to                 TO    aux         8
        safeguard          VB    advcl       1
        the                DT    det        10
        country            NN    poss       12
        's                 POS   case       10
        president          NN    dobj        8
        .                  .     punct       1
"""


@pytest.mark.parametrize(
    "text, coref, expected",
    [
        (FACILITATED_DELIVERY, (), {row("Fooland", "funds", "Bazbal")}),
        (FACILITATED_TALKS, (), set()),  # trap: talks are no supply
        (PETROLEUM_PRODUCTS.format(goods="petroleum"), (), {row("Fooland", "funds", "Barland")}),
        (PETROLEUM_PRODUCTS.format(goods="farm"), (), set()),  # trap: no supply of the rules' kinds
        (INSTRUCTORS_TO_SAFEGUARD, ((9, 11, "Fooland"),), {row("Fooland", "trains", "Barland")}),
    ],
    ids=["facilitated a delivery", "trap: facilitated talks", "petroleum products", "trap: farm products", "sent to protect"],
)
def test_relations_round32_supplies_arranged_and_sent(text, coref, expected):
    assert sourced(text, coref) == expected
