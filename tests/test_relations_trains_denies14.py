"""Round 14 (relation_rules.v16, r14td): trains and denies on news nobody fitted.

A singular "it" or "this" that a verb of plain denial denies is the claim before it even when the coreference took it
for an actor ("Israel said that Iran was arming the Houthis, but Tehran denied it"; "..., but this was denied by
Tehran"); a verdict the parser hung at the end of the claim's content clause ("Iran said reports that it armed the
Houthis were false", "described the claims that it backs M23 as false", "called the allegations that it armed the
Houthis baseless"); an undertaking to train is its owner's or runner's training ("a US-led mission to train Iraqi
forces", "Britain launched a programme to train Ukrainian recruits"); trainers present in a country for a purpose
train its forces ("Turkish instructors remain in Somalia to help the national army"), and so do military trainers
("Russian military instructors arrived in the Central African Republic"); an object "them" never stands for a name
joined by "and" to its own clause's subject, nor for a single country ("the Revolutionary Guards (IRGC) and Hezbollah
taught them" after "fighters were deported to Syria": the fighters); "in charge of" and "took charge of" are an
office, not an accusation ("Russia is in charge of training the Malian army" is asserted; who takes charge trains); a
gerund of a tie coordinated with a denied one is denied too ("Pakistan denies training or sheltering the Taliban"; not
"... and attacking Israel"); a nationality on a non-state group is no party to a denied tie ("denied any presence of
Russian mercenaries": not Russia; "of Chadian troops": Chad), the body they come from is ("fighters from Boko Haram",
also by a "from" the parser hangs on the verb), a place they come from is not; a passive list the parser split on a
comma shares its agent ("the SNA which was being trained, equipped and paid by Turkey"); a denied gerund the tagger
took for a noun compound opening the object ("denied training Houthi drone operators"); a denial noun's gerund with
no doer of its own is the denier's ("Iran's denial of arming the Houthis"; not "of killing ..."). Hand-built parses of invented
sentences as en_core_web_sm parses them, each with a trap: the exact rows are asserted, so a wrong party fails as
surely as a missing one."""

from __future__ import annotations

import pytest

from tests.relations_fixture import parse, triples

# "Israel said that Iran was arming the Houthis, but Tehran denied it." (the coreference took "it" for the Houthis)
DENIED_IT_AFTER_CLAIM = """
    Israel                 NNP   nsubj        1 GPE:Israel
    said/say               VBD   ROOT         1
    that                   IN    mark         5
    Iran                   NNP   nsubj        5 GPE:Iran
    was/be                 VBD   aux          5
    arming/arm             VBG   ccomp        1
    the                    DT    det          7
    Houthis                NNP   dobj         5 ORG:Houthis
    ,                      ,     punct        1
    but                    CC    cc           1
    Tehran                 NNP   nsubj        11 GPE:Iran
    denied/deny            VBD   conj         1
    it                     PRP   dobj         11
    .                      .     punct        11
"""
IT_AS_HOUTHIS = ((12, 13, "Houthis"),)

# "Israel claimed that Iran was arming the Houthis, but this was denied by Tehran."
THIS_WAS_DENIED_BY = """
    Israel                 NNP   nsubj        1 GPE:Israel
    claimed/claim          VBD   ROOT         1
    that                   IN    mark         5
    Iran                   NNP   nsubj        5 GPE:Iran
    was/be                 VBD   aux          5
    arming/arm             VBG   ccomp        1
    the                    DT    det          7
    Houthis                NNP   dobj         5 ORG:Houthis
    ,                      ,     punct        1
    but                    CC    cc           1
    this                   DT    nsubjpass    12
    was/be                 VBD   auxpass      12
    denied/deny            VBN   conj         1
    by                     IN    agent        12
    Tehran                 NNP   pobj         13 GPE:Iran
    .                      .     punct        12
"""

# trap: "Egypt proposed a truce between Israel and Hamas, but Hamas rejected it." (a proposal, no claim; "it" taken
# for Israel)
REJECTED_IT_PROPOSAL = """
    Egypt                  NNP   nsubj        1 GPE:Egypt
    proposed/propose       VBD   ROOT         1
    a                      DT    det          3
    truce                  NN    dobj         1
    between                IN    prep         3
    Israel                 NNP   pobj         4 GPE:Israel
    and                    CC    cc           5
    Hamas                  NNP   conj         5 ORG:Hamas
    ,                      ,     punct        1
    but                    CC    cc           1
    Hamas                  NNP   nsubj        11 ORG:Hamas
    rejected/reject        VBD   conj         1
    it                     PRP   dobj         11
    .                      .     punct        11
"""
IT_AS_ISRAEL = ((12, 13, "Israel"),)

# trap: "Wagner fought for Haftar, but Moscow disowned it." (disowning takes a party: "it" is Wagner, no claim)
DISOWNED_IT = """
    Wagner                 NN    nsubj        1 ORG:Wagner_Group
    fought/fight           VBD   ROOT         1
    for                    IN    prep         1
    Haftar                 NNP   pobj         2 PERSON:Khalifa_Haftar
    ,                      ,     punct        1
    but                    CC    cc           1
    Moscow                 NNP   nsubj        7 GPE:Russia
    disowned/disown        VBD   conj         1
    it                     PRP   dobj         7
    .                      .     punct        7
"""
IT_AS_WAGNER = ((8, 9, "Wagner Group"),)

# "Iran said reports that it armed the Houthis were false." (*were* hung under the content clause, no subject)
SAID_REPORTS_WERE_FALSE = """
    Iran                   NNP   nsubj        1 GPE:Iran
    said/say               VBD   ROOT         1
    reports/report         NNS   dobj         1
    that                   IN    mark         5
    it                     PRP   nsubj        5
    armed/arm              VBD   acl          2
    the                    DT    det          7
    Houthis                NNP   dobj         5 ORG:Houthis
    were/be                VBD   ccomp        5
    false                  JJ    acomp        8
    .                      .     punct        1
"""
IT_AS_IRAN = ((4, 5, "Iran"),)

# trap: the same parse with "accurate": no verdict, the claim stands (alleged)
SAID_REPORTS_WERE_ACCURATE = SAID_REPORTS_WERE_FALSE.replace("false    ", "accurate ")

# "Rwanda described the claims that it backs M23 as false." ("false" an adjective under "as", no pobj)
DESCRIBED_AS_FALSE = """
    Rwanda                 NNP   nsubj        1 GPE:Rwanda
    described/describe     VBD   ROOT         1
    the                    DT    det          3
    claims/claim           NNS   dobj         1
    that                   IN    mark         6
    it                     PRP   nsubj        6
    backs/back             VBZ   acl          3
    M23                    NNP   dobj         6 ORG:M23
    as                     IN    prep         6
    false                  JJ    amod         8
    .                      .     punct        1
"""
IT_AS_RWANDA = ((5, 6, "Rwanda"),)

# trap: the same parse with "serious": no false word
DESCRIBED_AS_SERIOUS = DESCRIBED_AS_FALSE.replace("false    ", "serious  ")

# "Iran called the allegations that it armed the Houthis baseless." (*baseless* the clause's object, the Houthis its
# compound)
CALLED_BASELESS_AS_OBJECT = """
    Iran                   NNP   nsubj        1 GPE:Iran
    called/call            VBD   ROOT         1
    the                    DT    det          3
    allegations/allegation NNS   dobj         1
    that                   IN    mark         6
    it                     PRP   nsubj        6
    armed/arm              VBD   acl          3
    the                    DT    det          9
    Houthis                NNP   compound     9 ORG:Houthis
    baseless               NN    dobj         6
    .                      .     punct        1
"""
IT_AS_IRAN_6 = ((5, 6, "Iran"),)

# trap: the same parse with "leaders" (no false word)
CALLED_LEADERS_AS_OBJECT = CALLED_BASELESS_AS_OBJECT.replace("baseless ", "leaders  ")

# "A US-led mission to train Iraqi forces will continue."
US_LED_MISSION_TO_TRAIN = """
    A                      DT    det          4
    US                     NNP   npadvmod     3 GPE:United_States
    -                      HYPH  punct        3
    led/lead               VBN   amod         4
    mission                NN    nsubj        10
    to                     TO    aux          6
    train                  VB    relcl        4
    Iraqi                  JJ    amod         8 NORP:Iraq
    forces/force           NNS   dobj         6
    will                   MD    aux          10
    continue               VB    ROOT         10
    .                      .     punct        10
"""

# "Britain launched a programme to train Ukrainian recruits."
LAUNCHED_PROGRAMME_TO_TRAIN = """
    Britain                NNP   nsubj        1 GPE:United_Kingdom
    launched/launch        VBD   ROOT         1
    a                      DT    det          3
    programme              NN    dobj         1
    to                     TO    aux          5
    train                  VB    relcl        3
    Ukrainian              JJ    amod         7 NORP:Ukraine
    recruits/recruit       NNS   dobj         5
    .                      .     punct        1
"""

# "The EU's mission to train Malian soldiers ended."
EU_MISSION_TO_TRAIN = """
    The                    DT    det          1
    EU                     NNP   poss         3 ORG:European_Union
    's                     POS   case         1
    mission                NN    nsubj        8
    to                     TO    aux          5
    train                  VB    relcl        3
    Malian                 JJ    amod         7 NORP:Mali
    soldiers/soldier       NNS   dobj         5
    ended/end              VBD   ROOT         8
    .                      .     punct        8
"""

# trap: "Britain proposed a mission to train Ukrainian recruits." (proposed, not run: no trainer)
PROPOSED_MISSION_TO_TRAIN = LAUNCHED_PROGRAMME_TO_TRAIN.replace(
    "launched/launch        VBD", "proposed/propose       VBD"
).replace("programme              NN", "mission                NN")

# trap: "A UN mission to monitor Hamas was set up." (no training)
MISSION_TO_MONITOR = """
    A                      DT    det          2
    UN                     NNP   compound     2 ORG:United_Nations
    mission                NN    nsubjpass    7
    to                     TO    aux          4
    monitor                VB    relcl        2
    Hamas                  NNP   dobj         4 ORG:Hamas
    was/be                 VBD   auxpass      7
    set                    VBN   ROOT         7
    up                     RP    prt          7
    .                      .     punct        7
"""

# "Turkish instructors remain in Somalia to help the national army."
INSTRUCTORS_REMAIN_TO_HELP = """
    Turkish                JJ    amod         1 NORP:Turkey
    instructors/instructor NNS   nsubj        2
    remain                 VBP   ROOT         2
    in                     IN    prep         2
    Somalia                NNP   pobj         3 GPE:Somalia
    to                     TO    aux          6
    help                   VB    advcl        2
    the                    DT    det          9
    national               JJ    amod         9
    army                   NN    dobj         6
    .                      .     punct        2
"""

# "Officials said Chinese instructors were in Cambodia as part of building up the navy's capacity."
TRAINERS_IN_AS_PART_OF = """
    Officials/official     NNS   nsubj        1
    said/say               VBD   ROOT         1
    Chinese                JJ    amod         3 NORP:China
    instructors/instructor NNS   nsubj        4
    were/be                VBD   ccomp        1
    in                     IN    prep         4
    Cambodia               NNP   pobj         5 GPE:Cambodia
    as                     IN    prep         4
    part                   NN    pobj         7
    of                     IN    prep         8
    building/build         VBG   pcomp        9
    up                     RP    prt          10
    the                    DT    det          13
    navy                   NN    poss         15
    's                     POS   case         13
    capacity               NN    dobj         10
    .                      .     punct        1
"""

# trap: "Canadian ski instructors were in Japan last winter." (no purpose)
SKI_INSTRUCTORS_IN = """
    Canadian               JJ    amod         2 NORP:Canada
    ski                    NN    compound     2
    instructors/instructor NNS   nsubj        3
    were/be                VBD   ROOT         3
    in                     IN    prep         3
    Japan                  NNP   pobj         4 GPE:Japan
    last                   JJ    amod         7
    winter                 NN    npadvmod     3
    .                      .     punct        3
"""

# trap: "Russian trainers were in Mali for a holiday." (no purpose of theirs)
TRAINERS_IN_ON_HOLIDAY = """
    Russian                JJ    amod         1 NORP:Russia
    trainers/trainer       NNS   nsubj        2
    were/be                VBD   ROOT         2
    in                     IN    prep         2
    Mali                   NNP   pobj         3 GPE:Mali
    for                    IN    prep         2
    a                      DT    det          7
    holiday                NN    pobj         5
    .                      .     punct        2
"""

# "In 1994, after 300 Hamas fighters were deported to Syria, the Revolutionary Guards (IRGC) and Hezbollah taught them
# how to lay mines." (the Guards hung on Syria as an apposition: "them" is neither the Guards nor Syria)
CO_SUBJECT_TAUGHT_THEM = """
    In                     IN    prep         8
    1994                   CD    pobj         0
    ,                      ,     punct        8
    after                  IN    mark         8
    300                    CD    nummod       6
    Hamas                  NNP   compound     6 ORG:Hamas
    fighters/fighter       NNS   nsubjpass    8
    were/be                VBD   auxpass      8
    deported/deport        VBN   ROOT         8
    to                     IN    prep         8
    Syria                  NNP   pobj         9 GPE:Syria
    ,                      ,     punct        10
    the                    DT    det          14
    Revolutionary          NNP   compound     14 ORG:Islamic_Revolutionary_Guard_Corps
    Guards                 NNPS  appos        10 ORG:Islamic_Revolutionary_Guard_Corps
    (                      -LRB- punct        14
    IRGC                   NNP   appos        14 ORG:Islamic_Revolutionary_Guard_Corps
    )                      -RRB- punct        14
    and                    CC    cc           8
    Hezbollah              NNP   nsubj        20 ORG:Hezbollah
    taught/teach           VBD   conj         8
    them/they              PRP   dobj         20
    how                    WRB   advmod       24
    to                     TO    aux          24
    lay                    VB    xcomp        20
    mines/mine             NNS   dobj         24
    .                      .     punct        20
"""

# "Iran has ties with the Houthis and has trained them for years." (a name in the sentence that is no subject: still
# the antecedent)
TIES_AND_TRAINED_THEM = """
    Iran                   NNP   nsubj        1 GPE:Iran
    has/have               VBZ   ROOT         1
    ties/tie               NNS   dobj         1
    with                   IN    prep         2
    the                    DT    det          5
    Houthis                NNP   pobj         3 ORG:Houthis
    and                    CC    cc           1
    has/have               VBZ   aux          8
    trained/train          VBN   conj         1
    them/they              PRP   dobj         8
    for                    IN    prep         8
    years/year             NNS   pobj         10
    .                      .     punct        1
"""


# "Russia is in charge of training the Malian army." (an office, not an accusation: asserted)
IN_CHARGE_OF_TRAINING = """
    Russia                 NNP   nsubj        1 GPE:Russia
    is/be                  VBZ   ROOT         1
    in                     IN    prep         1
    charge                 NN    pobj         2
    of                     IN    prep         3
    training/train         VBG   pcomp        4
    the                    DT    det          8
    Malian                 JJ    amod         8 NORP:Mali
    army                   NN    dobj         5 ORG:Malian_Armed_Forces
    .                      .     punct        1
"""

# "Turkey's military took charge of training the Syrian National Army." (who takes the office does the training)
TOOK_CHARGE_OF_TRAINING = """
    Turkey                 NNP   poss         2 GPE:Turkey
    's                     POS   case         0
    military               NN    nsubj        3 ORG:Turkish_Armed_Forces
    took/take              VBD   ROOT         3
    charge                 NN    dobj         3
    of                     IN    prep         4
    training/train         VBG   pcomp        5
    the                    DT    det          10
    Syrian                 NNP   compound     10 ORG:Syrian_National_Army
    National               NNP   compound     10 ORG:Syrian_National_Army
    Army                   NNP   dobj         6 ORG:Syrian_National_Army
    .                      .     punct        3
"""

# traps: a charge that is an accusation stays one ("Iran rejected the charge of arming Hamas": a denial; "Israel
# charged Iran with arming Hamas": alleged)
REJECTED_CHARGE_OF_ARMING = """
    Iran                   NNP   nsubj        1 GPE:Iran
    rejected/reject        VBD   ROOT         1
    the                    DT    det          3
    charge                 NN    dobj         1
    of                     IN    prep         3
    arming/arm             VBG   pcomp        4
    Hamas                  NNP   dobj         5 ORG:Hamas
    .                      .     punct        1
"""
CHARGED_WITH_ARMING = """
    Israel                 NNP   nsubj        1 GPE:Israel
    charged/charge         VBD   ROOT         1
    Iran                   NNP   dobj         1 GPE:Iran
    with                   IN    prep         1
    arming/arm             VBG   pcomp        3
    Hamas                  NNP   dobj         4 ORG:Hamas
    .                      .     punct        1
"""


# "Pakistan denies training or sheltering the Taliban." (the object on the second gerund, a verb of a tie)
DENIES_TRAINING_OR_SHELTERING = """
    Pakistan               NNP   nsubj        1 GPE:Pakistan
    denies/deny            VBZ   ROOT         1
    training               NN    xcomp        1
    or                     CC    cc           2
    sheltering/shelter     VBG   conj         2
    the                    DT    det          6
    Taliban                NNP   dobj         4 ORG:Taliban
    .                      .     punct        1
"""

# "Qatar denies funding or hosting Hamas." (the first gerund tagged as a noun object)
DENIES_FUNDING_OR_HOSTING = """
    Qatar                  NNP   nsubj        1 GPE:Qatar
    denies/deny            VBZ   ROOT         1
    funding                NN    dobj         1
    or                     CC    cc           2
    hosting/host           VBG   conj         2
    Hamas                  NNP   dobj         4 ORG:Hamas
    .                      .     punct        1
"""

# trap: "Iran denied arming the Houthis and attacking Israel." (an attack is no tie: Israel is no denied party)
DENIED_ARMING_AND_ATTACKING = """
    Iran                   NNP   nsubj        1 GPE:Iran
    denied/deny            VBD   ROOT         1
    arming/arm             VBG   xcomp        1
    the                    DT    det          4
    Houthis                NNP   dobj         2 ORG:Houthis
    and                    CC    cc           2
    attacking/attack       VBG   conj         2
    Israel                 NNP   dobj         6 GPE:Israel
    .                      .     punct        1
"""


# trap: "Niger has denied any presence of Russian mercenaries in the north." (a nationality on a non-state group is no
# party to the denial)
DENIED_PRESENCE_OF_NATIONAL_MERCENARIES = """
    Niger                  NNP   nsubj        2 GPE:Niger
    has/have               VBZ   aux          2
    denied/deny            VBN   ROOT         2
    any                    DT    det          4
    presence               NN    dobj         2
    of                     IN    prep         4
    Russian                JJ    amod         7 NORP:Russia
    mercenaries/mercenary  NNS   pobj         5
    in                     IN    prep         2
    the                    DT    det          10
    north                  NN    pobj         8
    .                      .     punct        2
"""

# "Sudan has denied any presence of Chadian troops in Darfur." (a state's troops are the state: Chad)
DENIED_PRESENCE_OF_STATE_TROOPS = """
    Sudan                  NNP   nsubj        2 GPE:Sudan
    has/have               VBZ   aux          2
    denied/deny            VBN   ROOT         2
    any                    DT    det          4
    presence               NN    dobj         2
    of                     IN    prep         4
    Chadian                JJ    amod         7 NORP:Chad
    troops/troop           NNS   pobj         5
    in                     IN    prep         7
    Darfur                 NNP   pobj         8
    .                      .     punct        2
"""


# "Burkina Faso has denied any deployment of Syrian mercenaries from the Wagner Group." (*from* hung on the verb, as the
# parser does after an object ending in a people noun): the body they come from is the denied party
DENIED_DEPLOYMENT_FROM_ON_VERB = """
    Burkina                NNP   compound     1 GPE:Burkina_Faso
    Faso                   NNP   nsubj        3 GPE:Burkina_Faso
    has/have               VBZ   aux          3
    denied/deny            VBN   ROOT         3
    any                    DT    det          5
    deployment             NN    dobj         3
    of                     IN    prep         5
    Syrian                 JJ    amod         8 NORP:Syria
    mercenaries/mercenary  NNS   pobj         6
    from                   IN    prep         3
    the                    DT    det          12
    Wagner                 NNP   compound     12 ORG:Wagner_Group
    Group                  NNP   pobj         9 ORG:Wagner_Group
    .                      .     punct        3
"""

# "Niger denied the presence of fighters from Boko Haram near the border."
DENIED_PRESENCE_OF_FIGHTERS_FROM = """
    Niger                  NNP   nsubj        1 GPE:Niger
    denied/deny            VBD   ROOT         1
    the                    DT    det          3
    presence               NN    dobj         1
    of                     IN    prep         3
    fighters/fighter       NNS   pobj         4
    from                   IN    prep         5
    Boko                   NNP   compound     8 ORG:Boko_Haram
    Haram                  NNP   pobj         6 ORG:Boko_Haram
    near                   IN    prep         3
    the                    DT    det          11
    border                 NN    pobj         9
    .                      .     punct        1
"""

# trap: "Niger has denied any presence of foreign fighters from Libya." (a place they come from is no party)
DENIED_PRESENCE_OF_FIGHTERS_FROM_PLACE = """
    Niger                  NNP   nsubj        2 GPE:Niger
    has/have               VBZ   aux          2
    denied/deny            VBN   ROOT         2
    any                    DT    det          4
    presence               NN    dobj         2
    of                     IN    prep         4
    foreign                JJ    amod         7
    fighters/fighter       NNS   pobj         5
    from                   IN    prep         4
    Libya                  NNP   pobj         8 GPE:Libya
    .                      .     punct        2
"""

# trap: the verb-attached parse with a place: "... any deployment of Syrian mercenaries from Libya."
DENIED_DEPLOYMENT_FROM_PLACE_ON_VERB = """
    Burkina                NNP   compound     1 GPE:Burkina_Faso
    Faso                   NNP   nsubj        3 GPE:Burkina_Faso
    has/have               VBZ   aux          3
    denied/deny            VBN   ROOT         3
    any                    DT    det          5
    deployment             NN    dobj         3
    of                     IN    prep         5
    Syrian                 JJ    amod         8 NORP:Syria
    mercenaries/mercenary  NNS   pobj         6
    from                   IN    prep         3
    Libya                  NNP   pobj         9 GPE:Libya
    .                      .     punct        3
"""


# "Arab tribes joined the Syrian National Army which was being trained, equipped and paid by Turkey." (the list split
# on the comma: *trained* a relative clause, *equipped* a participle on the noun with the agent on its conjunct)
SPLIT_PASSIVE_LIST = """
    Arab                   JJ    amod         1
    tribes/tribe           NNS   nsubj        2
    joined/join            VBD   ROOT         2
    the                    DT    det          6
    Syrian                 NNP   compound     6 ORG:Syrian_National_Army
    National               NNP   compound     6 ORG:Syrian_National_Army
    Army                   NNP   dobj         2 ORG:Syrian_National_Army
    which                  WDT   nsubjpass    10
    was/be                 VBD   aux          10
    being/be               VBG   auxpass      10
    trained/train          VBN   relcl        6
    ,                      ,     punct        6
    equipped/equip         VBN   acl          6
    and                    CC    cc           12
    paid/pay               VBN   conj         12
    by                     IN    agent        14
    Turkey                 NNP   pobj         15 GPE:Turkey
    .                      .     punct        2
"""

# trap: the same list with no agent ("... trained, equipped and paid in cash.")
SPLIT_PASSIVE_LIST_NO_AGENT = """
    Arab                   JJ    amod         1
    tribes/tribe           NNS   nsubj        2
    joined/join            VBD   ROOT         2
    the                    DT    det          6
    Syrian                 NNP   compound     6 ORG:Syrian_National_Army
    National               NNP   compound     6 ORG:Syrian_National_Army
    Army                   NNP   dobj         2 ORG:Syrian_National_Army
    which                  WDT   nsubjpass    10
    was/be                 VBD   aux          10
    being/be               VBG   auxpass      10
    trained/train          VBN   relcl        6
    ,                      ,     punct        6
    equipped/equip         VBN   acl          6
    and                    CC    cc           12
    paid/pay               VBN   conj         12
    in                     IN    prep         14
    cash                   NN    pobj         15
    .                      .     punct        2
"""

# "Russian military instructors arrived in the Central African Republic in 2018." (a military word, the place on the
# verb: as "Russian military trainers in Mali")
MILITARY_INSTRUCTORS_ARRIVED_IN = """
    Russian                JJ    amod         2 NORP:Russia
    military               JJ    amod         2
    instructors/instructor NNS   nsubj        3
    arrived/arrive         VBD   ROOT         3
    in                     IN    prep         3
    the                    DT    det          8
    Central                NNP   compound     8 GPE:Central_African_Republic
    African                NNP   compound     8 GPE:Central_African_Republic
    Republic               NNP   pobj         4 GPE:Central_African_Republic
    in                     IN    prep         3
    2018                   CD    pobj         9
    .                      .     punct        3
"""

# trap: "Canadian ski instructors arrived in Japan last winter." (no military word, no purpose)
SKI_INSTRUCTORS_ARRIVED_IN = """
    Canadian               JJ    amod         2 NORP:Canada
    ski                    NN    compound     2
    instructors/instructor NNS   nsubj        3
    arrived/arrive         VBD   ROOT         3
    in                     IN    prep         3
    Japan                  NNP   pobj         4 GPE:Japan
    last                   JJ    amod         7
    winter                 NN    npadvmod     3
    .                      .     punct        3
"""


# "Iran has denied training Houthi drone operators." (*training* a noun compound opening the object)
DENIED_TRAINING_AS_COMPOUND = """
    Iran                   NNP   nsubj        2 GPE:Iran
    has/have               VBZ   aux          2
    denied/deny            VBN   ROOT         2
    training               NN    compound     6
    Houthi                 NNP   compound     5 ORG:Houthis
    drone                  NN    compound     6
    operators/operator     NNS   dobj         2
    .                      .     punct        2
"""

# trap: the same parse with "reading" (no tie, no relation's cue: "Iran has denied reading Houthi drone manuals")
DENIED_READING_AS_COMPOUND = DENIED_TRAINING_AS_COMPOUND.replace(
    "training               NN", "reading                NN"
).replace("operators/operator     NNS", "manuals/manual         NNS")


# "Iran's denial of arming the Houthis was dismissed by Washington." (a denial noun's gerund with no doer of its own)
DENIAL_OF_ARMING = """
    Iran                   NNP   poss         2 GPE:Iran
    's                     POS   case         0
    denial                 NN    nsubjpass    8
    of                     IN    prep         2
    arming/arm             VBG   pcomp        3
    the                    DT    det          6
    Houthis                NNP   dobj         4 ORG:Houthis
    was/be                 VBD   auxpass      8
    dismissed/dismiss      VBN   ROOT         8
    by                     IN    agent        8
    Washington             NNP   pobj         9 GPE:United_States
    .                      .     punct        8
"""

# trap: "Israel's denial of killing Hamas commanders was dismissed by Washington." (a hostile act is no tie)
DENIAL_OF_KILLING = """
    Israel                 NNP   poss         2 GPE:Israel
    's                     POS   case         0
    denial                 NN    nsubjpass    9
    of                     IN    prep         2
    killing/kill           VBG   pcomp        3
    Hamas                  NNP   compound     6 ORG:Hamas
    commanders/commander   NNS   dobj         4
    was/be                 VBD   auxpass      9
    dismissed/dismiss      VBN   ROOT         9
    by                     IN    agent        9
    Washington             NNP   pobj         10 GPE:United_States
    .                      .     punct        9
"""


# Rules with their own cases (run by tests/test_relations_constructions.py with every rule's cases).
POSITIVE = [
    ("trains.pattern.mission_to", US_LED_MISSION_TO_TRAIN, {("United States", "trains", "Iraq", "asserted")}),
    ("trains.pattern.mission_to", LAUNCHED_PROGRAMME_TO_TRAIN, {("United Kingdom", "trains", "Ukraine", "asserted")}),
    ("trains.pattern.mission_to", EU_MISSION_TO_TRAIN, {("European Union", "trains", "Mali", "asserted")}),
    ("trains.pattern.trainers_in", INSTRUCTORS_REMAIN_TO_HELP, {("Turkey", "trains", "Somalia", "asserted")}),
    ("trains.pattern.trainers_in", TRAINERS_IN_AS_PART_OF, {("China", "trains", "Cambodia", "reported")}),
    ("trains.pattern.trainers_in", MILITARY_INSTRUCTORS_ARRIVED_IN, {
        ("Russia", "trains", "Central African Republic", "asserted"),
    }),
]
NEGATIVE = [
    ("trains.pattern.mission_to", PROPOSED_MISSION_TO_TRAIN),
    ("trains.pattern.mission_to", MISSION_TO_MONITOR),
    ("trains.pattern.trainers_in", SKI_INSTRUCTORS_IN),
    ("trains.pattern.trainers_in", TRAINERS_IN_ON_HOLIDAY),
    ("trains.pattern.trainers_in", SKI_INSTRUCTORS_ARRIVED_IN),
]


@pytest.mark.parametrize(
    "table, coref, expected",
    [
        # a pronoun a verb of plain denial denies is the claim before it, however the coreference resolved it
        (DENIED_IT_AFTER_CLAIM, IT_AS_HOUTHIS, {
            ("Iran", "denies", "Houthis", "asserted"), ("Iran", "funds", "Houthis", "reported"),
        }),
        (THIS_WAS_DENIED_BY, (), {("Iran", "denies", "Houthis", "asserted"), ("Iran", "funds", "Houthis", "alleged")}),
        # traps: a proposal rejected is no claim; disowning takes a party
        (REJECTED_IT_PROPOSAL, IT_AS_ISRAEL, set()),
        (DISOWNED_IT, IT_AS_WAGNER, set()),
        # a verdict hung at the end of the claim's content clause
        (SAID_REPORTS_WERE_FALSE, IT_AS_IRAN, {
            ("Iran", "denies", "Houthis", "asserted"),
        }),
        # (the backing claim stays beside the denial, alleged: round 27, r27backs)
        (DESCRIBED_AS_FALSE, IT_AS_RWANDA, {("Rwanda", "denies", "M23", "asserted"), ("Rwanda", "backs", "M23", "alleged")}),
        (CALLED_BASELESS_AS_OBJECT, IT_AS_IRAN_6, {("Iran", "denies", "Houthis", "asserted")}),
        # traps: the same parses without a false word
        (SAID_REPORTS_WERE_ACCURATE, IT_AS_IRAN, {("Iran", "funds", "Houthis", "alleged")}),
        (DESCRIBED_AS_SERIOUS, IT_AS_RWANDA, {("Rwanda", "backs", "M23", "alleged")}),
        (CALLED_LEADERS_AS_OBJECT, IT_AS_IRAN_6, {("Iran", "funds", "Houthis", "alleged")}),
        # an object "them" is neither a name joined to its clause's subject nor a single country
        (CO_SUBJECT_TAUGHT_THEM, (), {("Hezbollah", "trains", "Hamas", "asserted")}),
        (TIES_AND_TRAINED_THEM, (), {("Iran", "trains", "Houthis", "asserted")}),
        # "in charge of", "took charge of" is an office: asserted, its holder the trainer; an accusation stays one
        (IN_CHARGE_OF_TRAINING, (), {("Russia", "trains", "Malian Armed Forces", "asserted")}),
        (TOOK_CHARGE_OF_TRAINING, (), {("Turkish Armed Forces", "trains", "Syrian National Army", "asserted")}),
        (REJECTED_CHARGE_OF_ARMING, (), {("Iran", "denies", "Hamas", "asserted")}),
        (CHARGED_WITH_ARMING, (), {("Iran", "funds", "Hamas", "alleged")}),
        # a gerund of a tie coordinated with the denied one is denied too; not a hostile act
        (DENIES_TRAINING_OR_SHELTERING, (), {("Pakistan", "denies", "Taliban", "asserted")}),
        (DENIES_FUNDING_OR_HOSTING, (), {("Qatar", "denies", "Hamas", "asserted")}),
        (DENIED_ARMING_AND_ATTACKING, (), {("Iran", "denies", "Houthis", "asserted")}),
        # a nationality on a non-state group is no party to a denied tie; a state's troops are the state
        (DENIED_PRESENCE_OF_NATIONAL_MERCENARIES, (), set()),
        (DENIED_PRESENCE_OF_STATE_TROOPS, (), {("Sudan", "denies", "Chad", "asserted")}),
        # the body the people of a denied tie come from (also by a "from" hung on the verb); not a place
        (DENIED_DEPLOYMENT_FROM_ON_VERB, (), {("Burkina Faso", "denies", "Wagner Group", "asserted")}),
        (DENIED_PRESENCE_OF_FIGHTERS_FROM, (), {("Niger", "denies", "Boko Haram", "asserted")}),
        (DENIED_PRESENCE_OF_FIGHTERS_FROM_PLACE, (), set()),
        (DENIED_DEPLOYMENT_FROM_PLACE_ON_VERB, (), set()),
        # a passive list split on a comma shares its agent
        (SPLIT_PASSIVE_LIST, (), {
            ("Turkey", "trains", "Syrian National Army", "asserted"), ("Turkey", "funds", "Syrian National Army", "asserted"),
        }),
        (SPLIT_PASSIVE_LIST_NO_AGENT, (), set()),
        # a gerund the tagger took for a noun compound opening the denied object, when a tie or a relation's cue
        (DENIED_TRAINING_AS_COMPOUND, (), {("Iran", "denies", "Houthis", "asserted")}),
        (DENIED_READING_AS_COMPOUND, (), set()),
        # a denial noun's gerund with no doer is the denier's (a tie or a relation's cue)
        (DENIAL_OF_ARMING, (), {("Iran", "denies", "Houthis", "asserted")}),
        (DENIAL_OF_KILLING, (), set()),
    ],
)
def test_relations_trains_denies14_rows(table, coref, expected):
    doc = parse(table, coref)
    assert len(doc) > 3  # (the table parsed)
    assert triples(doc) == expected

