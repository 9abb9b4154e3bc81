"""Round 33, constructions read off round 32's opened closed sets (relation_rules.v36).

- Who faces accusations of a tie is the one accused of it, alleged: "Fooland has faced accusations of backing Bazbal"
  (vocab ``facing_verbs``; ``Grammar.subjects``).
- Financial support given "with" is funding, not backing: "provides Bazbal with financial assistance"
  (``funds.pattern.material_given``, ``extract.financial_backing``); a "with" theme the parser hung on the recipient
  ("provided the Barland junta | with fighter jets": ``funds.give``); support carried by a verb of delivery is
  material aid: "supplying military assistance to Bazbal" (vocab ``delivery_verbs``; ``constructions._theme_form``).
- A thing a civilian modifier describes is no supply: "ten relief airplanes" (vocab ``civil_modifiers``).
- Compound adjectives: a name opening a second one is not the noun's ("a Fooian-backed and Zed Front-linked group"),
  a demonym tagged as a name can open a coordinated pair ("the Fooian and Zed-backed Bazbal Forces")
  (``constructions.hyphen``); an umbrella body of backed groups that names itself is that name: "an umbrella group of
  Fooland-backed militias calling itself the Zed Front" (``constructions._umbrella_renamed``, ``Grammar.named_as``).
- Denials: a role the deniers' own pronoun owns ties no one ("denied their role in smuggling": ``_cleared_owner``);
  who gives evidence against a denial is no party to it (``denial_noun``, ``_claim_makers``); a kind of support denied for a party
  ("denies military support for the Bazbal group": ``denies.pattern.any_support``); when a denial was made limits no
  claimed backing ("has previously denied accusations of supporting X": ``modality.assess``).
- A thing's purpose is no deed of the clause's subject: "seized ammunition, intended to arm Bazbal" (vocab
  ``purpose_participles``); a recipient hung on a value: "deliveries of equipment worth 300 million euros | to
  Barland" (``funds.nominal.shipment``).
- "Its" support given as the reason of an act against a party is that party's: "severing ties with Fooland over its
  support for Bazbal" (``Grammar._faulted_party``); a theme list the parser read as a dative before the recipient:
  "sent some trainers, radars and spare parts | to Barland" (the give shorthand, ``funds.give``).
- "Both groups" never counts states named before: "... labeled a terrorist group by Fooland and Barland. Both groups
  get funding from Zedland" (``Grammar._refer``, vocab ``nonstate_group_nouns``).

Hand-built parses of invented sentences as en_core_web_sm parses them (or as it parsed the real sentence each
construction was read from); the exact rows are asserted."""

from __future__ import annotations

import pytest

from tests.relations_fixture import ALLEGED, row, sourced


# "Fooland has faced accusations of covertly backing Bazbal." ("made accusations": the accuser)
FACED_ACCUSATIONS = """
        Fooland            NNP   nsubj       2 GPE:Fooland
        has/have           VBZ   aux         2
        {verb:18} VBN   ROOT        2
        accusations/accusation NNS dobj      2
        of                 IN    prep        3
        covertly           RB    advmod      6
        backing/back       VBG   pcomp       4
        Bazbal             NNP   dobj        6 ORG:Bazbal
        .                  .     punct       2
"""
# "Fooland provides Bazbal with monthly financial assistance."
PROVIDES_WITH = """
        Fooland            NNP   nsubj       1 GPE:Fooland
        provides/provide   VBZ   ROOT        1
        Bazbal             NNP   dobj        1 ORG:Bazbal
        with               IN    prep        1
        monthly            JJ    amod        6
        {kind:18} JJ    amod        6
        assistance         NN    pobj        3
        .                  .     punct       1
"""
# "Fooland provided the Barland military junta with fighter jets." ("with" hung on the junta)
JUNTA_WITH = """
        Fooland            NNP   nsubj       1 GPE:Fooland
        provided/provide   VBD   ROOT        1
        the                DT    det         5
        Barland            NNP   nmod        5 GPE:Barland
        military           JJ    amod        5
        junta              NN    dobj        1
        with               IN    prep        5
        {theme:18} NNS   pobj        6
        .                  .     punct       1
"""
# "Barland has accused Fooland of supplying military assistance to the Bazbal."
ACCUSED_OF_SUPPLYING = """
        Barland            NNP   nsubj       2 GPE:Barland
        has/have           VBZ   aux         2
        accused/accuse     VBN   ROOT        2
        Fooland            NNP   dobj        2 GPE:Fooland
        of                 IN    prep        2
        {verb:18} VBG   pcomp       4
        military           JJ    amod        7
        {noun:18} NN    dobj        5
        to                 IN    prep        5
        the                DT    det        10
        Bazbal             NNP   pobj        8 ORG:Bazbal
        .                  .     punct       2
"""
# "Fooland has sent ten relief airplanes to Barland."
SENT_AIRPLANES = """
        Fooland            NNP   nsubj       2 GPE:Fooland
        has/have           VBZ   aux         2
        sent/send          VBN   ROOT        2
        ten                CD    nummod      5
        {kind:18} {tag:5} {dep:9}   5
        airplanes/airplane NNS   dobj        2
        to                 IN    prep        2
        Barland            NNP   pobj        6 GPE:Barland
        .                  .     punct       2
"""


@pytest.mark.parametrize(
    "text, expected",
    [
        (FACED_ACCUSATIONS.format(verb="faced/face"), {row("Fooland", "backs", "Bazbal", ALLEGED)}),
        (FACED_ACCUSATIONS.format(verb="made/make"), set()),  # trap: the accuser is not the accused
        (PROVIDES_WITH.format(kind="financial"), {row("Fooland", "funds", "Bazbal")}),
        (PROVIDES_WITH.format(kind="political"), {row("Fooland", "backs", "Bazbal")}),  # trap: no money, no funding
        (JUNTA_WITH.format(theme="jets/jet"), {row("Fooland", "funds", "Barland")}),
        (JUNTA_WITH.format(theme="ties/tie"), set()),  # trap: ties are no supply
        (
            ACCUSED_OF_SUPPLYING.format(verb="supplying/supply", noun="assistance"),
            {row("Fooland", "funds", "Bazbal", ALLEGED, "Barland")},
        ),
        (  # trap: support provided is backing
            ACCUSED_OF_SUPPLYING.format(verb="providing/provide", noun="support"),
            {row("Fooland", "backs", "Bazbal", ALLEGED, "Barland")},
        ),
        (SENT_AIRPLANES.format(kind="military", tag="JJ", dep="amod"), {row("Fooland", "funds", "Barland")}),
        (SENT_AIRPLANES.format(kind="relief", tag="NN", dep="compound"), set()),  # trap: relief supplies no side
    ],
    ids=[
        "faced accusations", "trap: made accusations", "provides with financial assistance",
        "trap: with political assistance", "with hung on the recipient", "trap: with ties", "supplying assistance",
        "trap: providing support", "military airplanes", "trap: relief airplanes",
    ],
)
def test_relations_round33_accused_and_supplied(text, expected):
    assert sourced(text) == expected


# "Bazbal is a Fooian-backed and Zed Front-linked Barlandi armed group." (as the parser read the real sentence)
BACKED_AND_LINKED = """
        Bazbal             NNP   nsubj       1 ORG:Bazbal
        is/be              VBZ   ROOT        1
        a                  DT    det        13
        Fooian             NNP   npadvmod    5 NORP:Fooland
        -                  HYPH  punct       5
        backed/back        VBN   amod       13
        and                CC    cc          5
        Zed                JJ    amod       13 ORG:Zed_Front
        Front              NN    npadvmod   10 ORG:Zed_Front
        -                  HYPH  punct      10
        linked/link        VBN   amod       13
        Barlandi           JJ    amod       13
        armed              JJ    amod       13
        group              NN    attr        1
        .                  .     punct       1
"""
# "the Fooian and Zed-backed Bazbal Forces fought in Kassie." ("Fooian" tagged as a name)
COORDINATED_PREFIXES = """
        the                DT    det         1
        {first:18} NNP   amod        7 {label}
        and                CC    cc          1
        Zed                NNP   npadvmod    5 ORG:Zed
        -                  HYPH  punct       5
        backed/back        VBN   conj        1
        Bazbal             NNP   compound    7 ORG:Bazbal_Forces
        Forces             NNPS  nsubj       8 ORG:Bazbal_Forces
        fought/fight       VBD   ROOT        8
        in                 IN    prep        8
        Kassie             NNP   pobj        9 GPE:Kassie
        .                  .     punct       8
"""

# "An umbrella group of Fooland-backed militias calling itself the Zed Front launched drone attacks."
UMBRELLA_CALLING_ITSELF = """
        An                 DT    det         2
        {umbrella:18} NN    compound    2
        group              NN    nsubj      13
        of                 IN    prep        2
        Fooland            NNP   npadvmod    6 GPE:Fooland
        -                  HYPH  punct       6
        backed/back        VBN   amod        7
        militias/militia   NNS   pobj        3
        calling/call       VBG   acl         2
        itself             PRP   dobj        8
        the                DT    det        12
        Zed                NNP   compound   12 ORG:Zed_Front
        Front              NNP   oprd        8 ORG:Zed_Front
        launched/launch    VBD   ROOT       13
        drone              NN    compound   15
        attacks/attack     NNS   dobj       13
        .                  .     punct      13
"""


@pytest.mark.parametrize(
    "text, expected",
    [
        (BACKED_AND_LINKED, {row("Fooland", "backs", "Bazbal")}),
        (UMBRELLA_CALLING_ITSELF.format(umbrella="umbrella"), {row("Fooland", "backs", "Zed Front")}),
        # a body of groups needs no "umbrella" since round 34 (it was a trap here in round 33)
        (UMBRELLA_CALLING_ITSELF.format(umbrella="coalition"), {row("Fooland", "backs", "Zed Front")}),
        (
            COORDINATED_PREFIXES.format(first="Fooian", label="NORP:Fooland"),
            {row("Fooland", "backs", "Bazbal Forces"), row("Zed", "backs", "Bazbal Forces")},
        ),
        # trap: an organisation before "and" is a conjunct of its own ("the SDF and Turkish-backed factions")
        (COORDINATED_PREFIXES.format(first="Kassie", label="ORG:Kassie_Front"), set()),
    ],
    ids=[
        "backed and linked", "umbrella calling itself", "coalition calling itself", "demonym tagged as a name",
        "trap: organisation before and",
    ],
)
def test_relations_round33_compound_adjectives(text, expected):
    assert sourced(text) == expected


# "Both Fooland and Barland have denied their role in illegal smuggling."
DENIED_THEIR_ROLE = """
        Both               CC    det         1
        Fooland            NNP   nsubj       5 GPE:Fooland
        and                CC    cc          1
        Barland            NNP   conj        1 GPE:Barland
        have               VBP   aux         5
        denied/deny        VBN   ROOT        5
        their              PRP$  poss        7
        role               NN    dobj        5
        in                 IN    prep        5
        illegal            JJ    amod       10
        smuggling          NN    pobj        8
        .                  .     punct       5
"""
# "Bazbal rejected reports of Fooian involvement in the operation."
REJECTED_FOREIGN_INVOLVEMENT = """
        Bazbal             NNP   nsubj       1 ORG:Bazbal
        rejected/reject    VBD   ROOT        1
        reports/report     NNS   dobj        1
        of                 IN    prep        2
        Fooian/fooian      JJ    amod        5 NORP:Fooland
        involvement        NN    pobj        3
        in                 IN    prep        5
        the                DT    det         8
        operation          NN    pobj        6
        .                  .     punct       1
"""
# "Despite Fooland's denial of supporting Bazbal, evidence from Barland and the UN suggests otherwise." (as the parser
# read the real sentence: the evidence an object of "supporting")
DENIAL_AGAINST_EVIDENCE = """
        Despite            IN    prep       15
        Fooland            NNP   poss        3 GPE:Fooland
        's                 POS   case        1
        denial             NN    pobj        0
        of                 IN    prep        3
        supporting/support VBG   pcomp       4
        Bazbal             NNP   dobj        5 ORG:Bazbal
        ,                  ,     punct       6
        evidence           NN    dobj        5
        from               IN    prep        8
        Barland            NNP   pobj        9 GPE:Barland
        and                CC    cc         10
        the                DT    det        14
        United             NNP   compound   14 ORG:United_Nations
        Nations            NNP   conj       10 ORG:United_Nations
        suggests/suggest   VBZ   ROOT       15
        otherwise          RB    advmod     15
        .                  .     punct      15
"""
# "Fooland denies military support for the Bazbal group." ("The Senate denied military aid to Barland": a refusal)
DENIES_KIND_OF_SUPPORT = """
        Fooland            NNP   nsubj       1 GPE:Fooland
        denies/deny        VBZ   ROOT        1
        military           JJ    amod        3
        support            NN    dobj        1
        for                IN    prep        3
        the                DT    det         7
        Bazbal             NNP   compound    7 ORG:Bazbal
        group              NN    pobj        4
        .                  .     punct       1
"""
DENIED_AID_TO = """
        The                DT    det         1
        Senate             NNP   nsubj       2 ORG:Senate
        denied/deny        VBD   ROOT        2
        military           JJ    amod        4
        aid                NN    dobj        2
        to                 IN    prep        2
        Barland            NNP   pobj        5 GPE:Barland
        .                  .     punct       2
"""
# "The Bazbal has previously denied Barland's accusations of supporting the Zed Front."
PREVIOUSLY_DENIED = """
        The                DT    det         1
        Bazbal             NNP   nsubj       4 ORG:Bazbal
        has/have           VBZ   aux         4
        previously         RB    advmod      4
        denied/deny        VBN   ROOT        4
        Barland            NNP   poss        7 GPE:Barland
        's                 POS   case        5
        accusations/accusation NNS dobj      4
        of                 IN    prep        7
        supporting/support VBG   pcomp       8
        the                DT    det        12
        Zed                NNP   compound   12 ORG:Zed_Front
        Front              NNP   dobj        9 ORG:Zed_Front
        .                  .     punct       4
"""
# "Fooland has not previously armed the Bazbal." (a negation limited to a time: no row)
NOT_PREVIOUSLY_ARMED = """
        Fooland            NNP   nsubj       4 GPE:Fooland
        has/have           VBZ   aux         4
        not                RB    neg         4
        previously         RB    advmod      4
        armed/arm          VBN   ROOT        4
        the                DT    det         6
        Bazbal             NNP   dobj        4 ORG:Bazbal
        .                  .     punct       4
"""


@pytest.mark.parametrize(
    "text, expected",
    [
        (DENIED_THEIR_ROLE, set()),
        (REJECTED_FOREIGN_INVOLVEMENT, {row("Bazbal", "denies", "Fooland")}),  # a foreign side stays tied
        (DENIAL_AGAINST_EVIDENCE, {row("Fooland", "denies", "Bazbal", ALLEGED)}),
        (DENIES_KIND_OF_SUPPORT, {row("Fooland", "denies", "Bazbal")}),
        (DENIED_AID_TO, set()),  # trap: a refusal, no denial
        (PREVIOUSLY_DENIED, {row("Bazbal", "denies", "Zed Front"), row("Bazbal", "backs", "Zed Front", ALLEGED)}),
        (NOT_PREVIOUSLY_ARMED, set()),  # trap: the time limit still holds on the relation's own verb
    ],
    ids=[
        "their own role", "foreign involvement", "evidence against a denial", "kind of support denied",
        "trap: aid refused", "previously denied", "trap: not previously armed",
    ],
)
def test_relations_round33_denials(text, expected):
    assert sourced(text) == expected


# 'Barlandi police said that they had seized 5,000 rounds of ammunition in Kassie, intended to "arm the Bazbal".'
SEIZED_INTENDED = """
        Barlandi           NNP   compound    1 NORP:Barland
        police             NNS   nsubj       2
        said/say           VBD   ROOT        2
        that               IN    mark        6
        they               PRP   nsubj       6
        had/have           VBD   aux         6
        seized/seize       VBN   ccomp       2
        5,000              CD    nummod      8
        rounds/round       NNS   dobj        6
        of                 IN    prep        8
        ammunition         NN    pobj        9
        in                 IN    prep        6
        Kassie             NNP   pobj       11 GPE:Kassie
        ,                  ,     punct       6
        {participle:18} VBN   advcl       6
        to                 TO    aux        16
        arm                VB    xcomp      14
        the                DT    det        18
        Bazbal             NNP   dobj       16 ORG:Bazbal
        .                  .     punct       2
"""
# "Fooland approved deliveries of military equipment worth 300 million euros to Barland in 2023."
WORTH_TO = """
        Fooland            NNP   nsubj       1 GPE:Fooland
        approved/approve   VBD   ROOT        1
        deliveries/delivery NNS  dobj        1
        of                 IN    prep        2
        military           JJ    amod        5
        equipment          NN    pobj        3
        worth              JJ    amod        5
        300                CD    compound    8
        million            CD    nummod      9
        euros/euro         NNS   npadvmod    6
        to                 IN    prep        6
        Barland            NNP   pobj       10 GPE:Barland
        in                 IN    prep        6
        2023               CD    pobj       12
        .                  .     punct       1
"""


@pytest.mark.parametrize(
    "text, expected",
    [
        (SEIZED_INTENDED.format(participle="intended/intend"), set()),
        # the clause's subject arms them when the participle names no purpose ("..., sent to arm the Bazbal")
        (SEIZED_INTENDED.format(participle="sent/send"), {row("Barland", "funds", "Bazbal", "reported", "Barlandi police")}),
        (WORTH_TO, {row("Fooland", "funds", "Barland")}),
    ],
    ids=["purpose of a seized thing", "trap: a participle of sending", "recipient hung on the value"],
)
def test_relations_round33_purposes_and_values(text, expected):
    assert sourced(text) == expected


# "Barland announced it was severing diplomatic ties with Fooland over its alleged support for the Bazbal." (the
# coreference step resolved "its" to the subject, Barland)
SEVERED_OVER_SUPPORT = """
        Barland            NNP   nsubj       1 GPE:Barland
        announced/announce VBD   ROOT        1
        it                 PRP   nsubj       4
        was/be             VBD   aux         4
        {verb:18} VBG   ccomp       1
        diplomatic         JJ    amod        6
        ties/tie           NNS   dobj        4
        with               IN    prep        6
        Fooland            NNP   pobj        7 GPE:Fooland
        over               IN    prep        4
        its                PRP$  poss       12
        alleged            JJ    amod       12
        support            NN    pobj        9
        for                IN    prep       12
        the                DT    det        15
        Bazbal             NNP   pobj       13 ORG:Bazbal
        .                  .     punct       1
"""
# "Fooland has sent some military trainers, radars and spare parts to Barland." (the first theme read as a dative)
SENT_LIST_AS_DATIVE = """
        Fooland            NNP   nsubj       2 GPE:Fooland
        has/have           VBZ   aux         2
        sent/send          VBN   ROOT        2
        some               DT    det         5
        military           JJ    amod        5
        {theme:18} NNS   dative      2
        ,                  ,     punct       5
        radars/radar       NNS   conj        5
        and                CC    cc          7
        spare              JJ    amod       10
        parts/part         NNS   conj        7
        to                 IN    dative      2
        Barland            NNP   pobj       11 GPE:Barland
        .                  .     punct       2
"""


@pytest.mark.parametrize(
    "text, coref, expected",
    [
        (
            SEVERED_OVER_SUPPORT.format(verb="severing/sever"), ((10, 11, "Barland"),),
            {row("Fooland", "backs", "Bazbal", ALLEGED, "Barland")},
        ),
        # trap: with no party the act is against, "its" stays whom the coreference step chose ("ties with Europe")
        (
            SEVERED_OVER_SUPPORT.format(verb="severing/sever").replace("Fooland            NNP   pobj        7 GPE:Fooland",
                                                                   "Europe             NNP   pobj        7"),
            ((10, 11, "Barland"),), {row("Barland", "backs", "Bazbal", ALLEGED, "Barland")},
        ),
        (
            SENT_LIST_AS_DATIVE.format(theme="trainers/trainer"), (),
            {row("Fooland", "trains", "Barland"), row("Fooland", "funds", "Barland")},
        ),
        # trap: officers sent are no trainers: only the equipment is given
        (SENT_LIST_AS_DATIVE.format(theme="officers/officer"), (), {row("Fooland", "funds", "Barland")}),
    ],
    ids=["ties cut over its support", "trap: no party acted against", "theme list read as a dative", "trap: officers"],
)
def test_relations_round33_faulted_party_and_dative_theme(text, coref, expected):
    assert sourced(text, coref) == expected


# "Bazbal was labeled a terrorist group by Fooland and Barland. Both groups get funding from Zedland."
BOTH_GROUPS_AFTER_STATES = """
        Bazbal             NNP   nsubjpass   2 ORG:Bazbal
        was/be             VBD   auxpass     2
        labeled/label      VBN   ROOT        2
        a                  DT    det         5
        terrorist          JJ    amod        5
        group              NN    oprd        2
        by                 IN    prep        5
        Fooland            NNP   pobj        6 GPE:Fooland
        and                CC    cc          7
        Barland            NNP   conj        7 GPE:Barland
        .                  .     punct       2
        Both               DT    det        12
        groups/group       NNS   nsubj      13
        get                VBP   ROOT       13
        funding            NN    dobj       13
        from               IN    prep       14
        Zedland            NNP   pobj       15 GPE:Zedland
        .                  .     punct      13
"""
# "Bazbal and the Kassie Front attacked Barland. Both groups get funding from Zedland."
BOTH_GROUPS_AFTER_GROUPS = """
        Bazbal             NNP   nsubj       5 ORG:Bazbal
        and                CC    cc          0
        the                DT    det         4
        Kassie             NNP   compound    4 ORG:Kassie_Front
        Front              NNP   conj        0 ORG:Kassie_Front
        attacked/attack    VBD   ROOT        5
        Barland            NNP   dobj        5 GPE:Barland
        .                  .     punct       5
        Both               DT    det         9
        groups/group       NNS   nsubj      10
        get                VBP   ROOT       10
        funding            NN    dobj       10
        from               IN    prep       11
        Zedland            NNP   pobj       12 GPE:Zedland
        .                  .     punct      10
"""


@pytest.mark.parametrize(
    "text, expected",
    [
        (BOTH_GROUPS_AFTER_STATES, set()),
        (BOTH_GROUPS_AFTER_GROUPS, {row("Zedland", "funds", "Bazbal"), row("Zedland", "funds", "Kassie Front")}),
    ],
    ids=["states are no groups", "groups named before"],
)
def test_relations_round33_counted_groups_are_no_states(text, expected):
    assert sourced(text) == expected
