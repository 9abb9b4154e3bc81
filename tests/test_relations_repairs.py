"""Each parser/tagger repair on a hand-built parse: the misparse it recognises, and a correct parse it leaves."""

from __future__ import annotations

import inspect

import pytest

from pipeline.relations import repairs
from tests.relations_fixture import parse
from tests import test_relations_recall14 as recall14

ARMS_AS_NOUN = """
    The      DT  det      4
    United   NNP compound 2 GPE:United_States
    States   NNP compound 3 GPE:United_States
    arms/arm NNS compound 4
    Ukraine  NNP ROOT     4 GPE:Ukraine
"""
ARMS_AS_VERB = """
    Iran     NNP nsubj 1 GPE:Iran
    arms/arm VBZ ROOT  1
    Hamas    NNP dobj  1 ORG:Hamas
"""
LOST_SUBJECT = """
    The       DT  det      1
    Republic  NNP npadvmod 4 GPE:Iran
    of        IN  prep     1
    Iran      NNP pobj     2 GPE:Iran
    bankrolls/bankroll VBZ ROOT 4
    Hezbollah NNP dobj     4 ORG:Hezbollah
"""
ZERO_RELATIVE = """
    Haftar     NNP nsubj 6 PERSON:Khalifa_Haftar
    ,          ,   punct 0
    the        DT  det   3
    commander  NN  nsubj 6
    Russia     NNP appos 3 GPE:Russia
    has/have   VBZ aux   6
    supported/support VBN ROOT 6
    ,          ,   punct 6
    visited/visit VBD conj 6
    Moscow     NNP dobj  8 GPE:Russia
"""
COALITION = """
    a          DT  det   1
    coalition  NN  ROOT  1
    of         IN  prep  1
    militias/militia NNS pobj 2
    that       WDT nsubj 5
    gets/get   VBZ relcl 3
    money      NN  dobj  5
"""
BY_EXTENSION = """
    Russia    NNP nsubj 1 GPE:Russia
    arms/arm  VBZ ROOT  1
    Iran      NNP dobj  1 GPE:Iran
    and       CC  cc    2
    by        IN  conj  1
    extension NN  npadvmod 6
    Hamas     NNP pobj  4 ORG:Hamas
"""
SHIPPED_RUSSIA_MISSILES = """
    Pyongyang  NNP nsubj    1 GPE:North_Korea
    shipped/ship VBD ROOT   1
    Russia     NNP compound 3 GPE:Russia
    missiles/missile NNS dobj 1
"""
SHIPPED_MISSILES = """
    Pyongyang  NNP nsubj    1 GPE:North_Korea
    shipped/ship VBD ROOT   1
    new        JJ  amod     3
    missiles/missile NNS dobj 1
"""
FUNDED_ARMED_TRAINED = """
    Hamas      NNP nsubjpass 2 ORG:Hamas
    is/be      VBZ auxpass   2
    funded/fund VBN ROOT     2
    ,          ,   punct     2
    armed      JJ  advcl     2
    and        CC  cc        4
    trained/train VBN conj   4
    by         IN  agent     6
    Iran       NNP pobj      7 GPE:Iran
"""
SAID_AFTER_COMMA = """
    Iran       NNP nsubj 1 GPE:Iran
    arms/arm   VBZ ROOT  1
    Hamas      NNP dobj  1 ORG:Hamas
    ,          ,   punct 1
    saying/say VBG advcl 1
    so         RB  advmod 4
"""
A_CHARGE_TEHRAN_DENIES = """
    Iran       NNP nsubj 1 GPE:Iran
    arms/arm   VBZ ROOT  1
    Hamas      NNP dobj  1 ORG:Hamas
    ,          ,   punct 1
    a          DT  det   5
    charge     NN  dobj  7
    Tehran     NNP nsubj 7 GPE:Iran
    denies/deny VBZ advcl 1
"""
A_CLAIM_THAT = """
    Iran       NNP nsubj 1 GPE:Iran
    arms/arm   VBZ ROOT  1
    Hamas      NNP dobj  1 ORG:Hamas
    ,          ,   punct 1
    a          DT  det   5
    claim      NN  appos 2
    that       IN  mark  8
    Iran       NNP nsubj 8 GPE:Iran
    rejects/reject VBZ acl 5
"""
ALLEGATIONS_HIS_CAMPAIGN = """
    allegations/allegation NNS ROOT      0
    his                    PRP$ poss     2
    campaign               NN  nsubjpass 4
    was/be                 VBD auxpass   4
    designed/design        VBN acl       0
    to                     TO  aux       6
    help                   VB  xcomp     4
    Trump                  NNP dobj      6 PERSON:Donald_Trump
"""
CLAIMS_TRUMP_MADE = """
    the           DT  det   1
    claims/claim  NNS ROOT  1
    Trump         NNP nsubj 3 PERSON:Donald_Trump
    made/make     VBD acl   1
    about         IN  prep  3
    it            PRP pobj  4
"""
A_CLAIM_THAT_IT_ARMS = """
    a          DT  det   1
    claim      NN  ROOT  1
    that       IN  mark  4
    Iran       NNP nsubj 4 GPE:Iran
    arms/arm   VBZ acl   1
    Hamas      NNP dobj  4 ORG:Hamas
"""
TRAINING_FIGHTERS = """
    training/training NN ROOT 0
    fighters/fighter  NNS dobj 0
"""
CALLED_CLAIMS_ABSURD = """
    Russia      NNP nsubj  1 GPE:Russia
    called/call VBD ROOT   1
    the         DT  det    3
    claims/claim NNS dobj  1
    that        IN  mark   6
    it          PRP nsubj  6
    trains/train VBZ acl   3
    the         DT  det    8
    Taliban     NNP dobj   6 ORG:Taliban
    absurd      JJ  advmod 6
    .           .   punct  1
"""
CONDEMNED_AS_SMEARS = """
    Egypt       NNP nsubj 1 GPE:Egypt
    condemned/condemn VBD ROOT 1
    the         DT  det   3
    allegations/allegation NNS dobj 1
    that        IN  mark  6
    it          PRP nsubj 6
    arms/arm    VBZ acl   3
    Haftar      NNP dobj  6 PERSON:Khalifa_Haftar
    as          IN  prep  6
    smears/smear NNS pobj 8
    .           .   punct 1
"""
CALLED_CLAIMS_BASELESS = """
    Russia      NNP nsubj 1 GPE:Russia
    called/call VBD ROOT  1
    the         DT  det   3
    claims/claim NNS dobj 1
    baseless    JJ  oprd  1
    .           .   punct 1
"""
ALLEGATIONS_THAT_DENIED = """
    The         DT  det       1
    allegations/allegation NNS nsubjpass 7
    that        IN  dobj      4
    Iran        NNP nsubj     4 GPE:Iran
    armed/arm   VBD acl       1
    Hamas       NNP dobj      4 ORG:Hamas
    were/be     VBD auxpass   7
    denied/deny VBN ROOT      7
    by          IN  agent     7
    Tehran      NNP pobj      8 GPE:Iran
    .           .   punct     7
"""
ALLEGATIONS_IRAN_MADE = """
    the         DT  det       1
    allegations/allegation NNS ROOT 1
    that        WDT dobj      4
    Iran        NNP nsubj     4 GPE:Iran
    made/make   VBD relcl     1
"""
THE_TRAINING = """
    the        DT  det  1
    training/training NN ROOT 1
"""

# (repair, parse, index of the token it is asked about, what it returns (tokens as indices))
TRAINING_AND_ARMING = """
    Israel     NNP nsubj 1 GPE:Israel
    accused/accuse VBD ROOT 1
    Iran       NNP dobj  1 GPE:Iran
    of         IN  prep  1
    training   NN  pobj  3
    and        CC  cc    1
    arming/arm VBG conj  1
    Hezbollah  NNP dobj  6 ORG:Hezbollah
"""
ACCUSED_AND_ARMED = """
    Israel     NNP nsubj 1 GPE:Israel
    accused/accuse VBD ROOT 1
    Iran       NNP dobj  1 GPE:Iran
    of         IN  prep  1
    lying/lie  VBG pcomp 3
    ,          ,   punct 1
    citing/cite VBG conj 1
    reports/report NNS dobj 6
"""
GAVE_THE_HOUTHIS_WEAPONS = """
    Iran       NNP nsubj    1 GPE:Iran
    gave/give  VBD ROOT     1
    the        DT  det      4
    Houthis    NNP compound 4 ORG:Houthis
    weapons/weapon NNS dobj 1
"""
GAVE_A_HOUTHI_WEAPON = """
    Iran       NNP nsubj    1 GPE:Iran
    gave/give  VBD ROOT     1
    a          DT  det      4
    Houthi     NNP compound 4 ORG:Houthis
    weapon     NN  dobj     1
"""
QUOTED_TRAINING = """
    Turkey     NNP nsubj 4 GPE:Turkey
    has/have   VBZ aux   4
    been/be    VBN aux   4
    "          ``  punct 4
    training   NN  ROOT  4
    "          ''  punct 4
    and        CC  cc    4
    "          ``  punct 8
    arming/arm VBG conj  4
    "          ''  punct 8
    Hamas      NNP dobj  8 ORG:Hamas
"""
TRAINING_OF_HAMAS = """
    the        DT  det   1
    training   NN  nsubj 4
    of         IN  prep  1
    Hamas      NNP pobj  2 ORG:Hamas
    continued/continue VBD ROOT 4
"""
SUBJECT_ON_HAS = """
    Iran       NNP nsubj 1 GPE:Iran
    has/have   VBZ aux   2
    armed/arm  VBN ROOT  2
    Hezbollah  NNP dobj  2 ORG:Hezbollah
"""
AS_WELL_AS_OF = """
    Hamas       NNP nsubj  1  ORG:Hamas
    has/have    VBZ ROOT   1
    the         DT  det    3
    backing     NN  dobj   1
    of          IN  prep   3
    Iran        NNP pobj   4  GPE:Iran
    ,           ,   punct  3
    as          RB  advmod 9
    well        RB  advmod 9
    as          IN  cc     1
    of          IN  prep   9
    Qatar       NNP pobj   10 GPE:Qatar
    .           .   punct  1
"""
BACKING_OF_IRAN_AND_QATAR = """
    Hamas       NNP nsubj  1  ORG:Hamas
    has/have    VBZ ROOT   1
    the         DT  det    3
    backing     NN  dobj   1
    of          IN  prep   3
    Iran        NNP pobj   4  GPE:Iran
    and         CC  cc     5
    of          IN  conj   4
    Qatar       NNP pobj   7  GPE:Qatar
    .           .   punct  1
"""

ACCORDING_TO_SWALLOWED = """
    According/accord VBG prep     9
    to               IN  prep     0
    Hamas            NNP compound 3  ORG:Hamas
    official         NN  compound 5
    Ali              NNP compound 5  PERSON:Ali_Barakeh
    Barakeh          NNP nsubj    9  PERSON:Ali_Barakeh
    ,                ,   punct    5
    Iran             NNP conj     5  GPE:Iran
    have/have        VBP aux      9
    helped/help      VBN ROOT     9
    Hamas            NNP dobj     9  ORG:Hamas
    .                .   punct    9
"""
ACCORDING_TO_READ = """
    According/accord VBG prep     5
    to               IN  prep     0
    Reuters          NNP pobj     1  ORG:Reuters
    ,                ,   punct    5
    Iran             NNP nsubj    5  GPE:Iran
    funds/fund       VBZ ROOT     5
    Hamas            NNP dobj     5  ORG:Hamas
    .                .   punct    5
"""

SUPPORTS_AND_BACKS = """
    Turkey           NNP nsubj    1 GPE:Turkey
    supports/support VBZ ROOT     1
    the              DT  det      5
    Syrian           NNP compound 5 ORG:Syrian_National_Army
    National         NNP compound 5 ORG:Syrian_National_Army
    Army             NNP nsubj    8 ORG:Syrian_National_Army
    and              CC  cc       5
    Qatar            NNP conj     5 GPE:Qatar
    backs/back       VBZ ccomp    1
    Hamas            NNP dobj     8 ORG:Hamas
    .                .   punct    1
"""
SAYS_THEY_BACK = """
    Iran             NNP nsubj    1 GPE:Iran
    says/say         VBZ ROOT     1
    Egypt            NNP nsubj    5 GPE:Egypt
    and              CC  cc       2
    Qatar            NNP conj     2 GPE:Qatar
    back             VBP ccomp    1
    Hamas            NNP dobj     5 ORG:Hamas
    .                .   punct    1
"""
ACCUSED_BY_EXPERTS_OF = """
    Rwanda             NNP nsubjpass 2  GPE:Rwanda
    is/be              VBZ auxpass   2
    accused/accuse     VBN ROOT      2
    by                 IN  agent     2
    UN                 NNP compound  5  ORG:United_Nations
    experts/expert     NNS pobj      3
    of                 IN  prep      5
    supporting/support VBG pcomp     6
    M23                NNP dobj      7  ORG:M23
    .                  .   punct     2
"""

# "Tehran rejected reports of Iran arming the Houthis." (the gerund hung on "reports")
REPORTS_OF_IRAN_ARMING = """
    Tehran          NNP nsubj 1 GPE:Iran
    rejected/reject VBD ROOT  1
    reports/report  NNS dobj  1
    of              IN  prep  2
    Iran            NNP pobj  3 GPE:Iran
    arming/arm      VBG acl   2
    the             DT  det   7
    Houthis         NNP dobj  5 ORG:Houthis
    .               .   punct 1
"""
LEADER_OF_HAMAS_ATTENDING = """
    The              DT  det   1
    leader           NN  nsubj 7
    of               IN  prep  1
    Hamas            NNP pobj  2 ORG:Hamas
    attending/attend VBG acl   1
    the              DT  det   6
    talks/talk       NNS dobj  4
    praised/praise   VBD ROOT  7
    Qatar            NNP dobj  7 GPE:Qatar
"""
COUNTRIES_FUNDING = """
    countries/country NNS ROOT  0
    funding/fund      VBG acl   0
    Hamas             NNP dobj  1 ORG:Hamas
"""

# "Iran dismissed as lies reports that it had armed the Houthis." ("reports" read as a verb)
DISMISSED_AS_LIES_REPORTS = """
    Iran              NNP nsubj 1 GPE:Iran
    dismissed/dismiss VBD ROOT  1
    as                IN  mark  4
    lies/lie          NNS nsubj 4
    reports/report    VBZ advcl 1
    that              IN  mark  8
    it                PRP nsubj 8
    had/have          VBD aux   8
    armed/arm         VBN ccomp 4
    the               DT  det   10
    Houthis           NNP dobj  8 ORG:Houthis
    .                 .   punct 1
"""

# "Iran called the report that it armed the Houthis a lie." ("a lie" the second object of "armed")
CALLED_REPORT_A_LIE = """
    Iran          NNP nsubj 1 GPE:Iran
    called/call   VBD ROOT  1
    the           DT  det   3
    report        NN  dobj  1
    that          IN  mark  6
    it            PRP nsubj 6
    armed/arm     VBD acl   3
    the           DT  det   8
    Houthis       NNP dobj  6 ORG:Houthis
    a             DT  det   10
    lie           NN  dobj  6
    .             .   punct 1
"""

# "Iran trains and funds Hezbollah." (the shared object an adverbial of "trains")
TRAINS_AND_FUNDS_NAME = """
    Iran          NNP nsubj    1 GPE:Iran
    trains/train  VBZ ROOT     1
    and           CC  cc       1
    funds/fund    VBZ conj     1
    Hezbollah     NNP npadvmod 1 ORG:Hezbollah
    .             .   punct    1
"""

from tests.test_relations_source_apposition import OWN_SUBJECT, RELATIVE_ASIDE, SWALLOWED  # noqa: E402
from tests.test_relations_trains_denies14 import (  # noqa: E402
    CALLED_BASELESS_AS_OBJECT, DENIED_DEPLOYMENT_FROM_ON_VERB, DENIED_PRESENCE_OF_FIGHTERS_FROM, DESCRIBED_AS_FALSE,
    SAID_REPORTS_WERE_FALSE, SPLIT_PASSIVE_LIST,
)
from tests.test_relations_round12 import (  # noqa: E402
    A_CLAIM_DENIED_BY_AN_AIDE,
    ADVISERS_TO_THE_ARMY_AND_ROCKETS_TO,
    CHARGES_ANKARA_HAS_REJECTED,
    CHARGES_ERITREA_HAS_DENIED,
    CHARGES_IT_HAS_REJECTED,
    WITH_CHAD_ACCUSING_SUDAN,
)

LIFELINE_FOR_HAMAS = """
        Qatar/Qatar            NNP  nsubj     2 GPE:Qatar
        has/have               VBZ  aux       2
        been/be                VBN  ROOT      2
        a                      DT   det       4
        lifeline               NN   attr      2
        for                    IN   mark      8
        Hamas/Hamas            NNP  nsubj     8 ORG:Hamas
        to                     TO   aux       8
        survive                VB   advcl     4
        the                    DT   det       10
        blockade               NN   dobj      8
        .                      .    punct     2
"""

TIME_FOR_IRAN = """
        It                     PRP  nsubj     1
        is/be                  VBZ  ROOT      1
        time                   NN   attr      1
        for                    IN   mark      6
        Iran/Iran              NNP  nsubj     6 GPE:Iran
        to                     TO   aux       6
        act                    VB   relcl     2
        .                      .    punct     1
"""

# "A longtime backer of Hamas, Qatar has hosted its leaders." (the fronted phrase read as a second subject)
FRONTED_BACKER = """
        A                      DT   det       2
        longtime               JJ   amod      2
        backer                 NN   nsubj     8
        of                     IN   prep      2
        Hamas/Hamas            NNP  pobj      3 ORG:Hamas
        ,                      ,    punct     8
        Qatar/Qatar            NNP  nsubj     8 GPE:Qatar
        has/have               VBZ  aux       8
        hosted/host            VBN  ROOT      8
        its                    PRP$ poss      10
        leaders/leader         NNS  dobj      8
        .                      .    punct     8
"""

UNHYPHENATED = """
    Raids      NNS nsubj 1
    rose/rise  VBD ROOT  1
    under      IN  prep  1
    the        DT  det   4
    Afghan     JJ  pobj  2 NORP:Afghanistan
    backed/back VBD advcl 1
    TTP        NNP compound 7 ORG:Tehrik-i-Taliban_Pakistan
    militants/militant NNS dobj 5
"""
PLURAL_DEMONYMS = """
    The        DT  det   1
    Iranians/iranian NNPS nsubj 2 NORP:Iran
    backed/back VBD ROOT 2
    the        DT  det   4
    plan       NN  dobj  2
"""
HAMAS_IN_GAZA_AND = """
    Iran       NNP nsubj 1 GPE:Iran
    supports/support VBZ ROOT 1
    Hamas      NNP dobj  1 ORG:Hamas
    in         IN  prep  2
    Gaza       NNP pobj  3 GPE:Gaza
    and        CC  cc    2
    Hezbollah  NNP conj  2 ORG:Hezbollah
"""
UNDER_PATRONAGE = """
    Hamas      NNP ROOT  0 ORG:Hamas
    under      IN  prep  0
    the        DT  det   3
    patronage  NN  pobj  1
    of         IN  prep  3
    Iran       NNP pobj  4 ORG:Iran
    and        CC  cc    0
    Hezbollah  NNP conj  0 ORG:Hezbollah
"""
# "They are backed by outsiders, with neighbouring Chad backing Musa." ("neighbouring" read as a gerund under "with")
WITH_NEIGHBOURING = """
    They           PRP   nsubjpass 2
    are/be         VBP   auxpass   2
    backed/back    VBN   ROOT      2
    by             IN    agent     2
    outsiders/outsider NNS pobj    3
    ,              ,     punct     2
    with           IN    prep      2
    neighbouring/neighbour VBG pcomp 6
    Chad           NNP   dobj      7 GPE:Chad
    backing/back   VBG   advcl     7
    Musa           NNP   dobj      9 PERSON:Ali_Musa
    .              .     punct     2
"""
# "Chad helped Musa with supplying drones." (a gerund right after "with": the clause's subject does it)
HELPED_WITH_SUPPLYING = """
    Chad           NNP   nsubj     1 GPE:Chad
    helped/help    VBD   ROOT      1
    Musa           NNP   dobj      1 PERSON:Ali_Musa
    with           IN    prep      1
    supplying/supply VBG pcomp     3
    drones/drone   NNS   dobj      4
    .              .     punct     1
"""
CASES = [
    ("absolute_participle", WITH_NEIGHBOURING, 9, True),
    ("absolute_participle", WITH_NEIGHBOURING, 7, False),  # the gerund after "with" itself
    ("absolute_participle", HELPED_WITH_SUPPLYING, 4, False),
    ("late_conjunct", UNDER_PATRONAGE, 7, 5),
    ("late_conjunct", HAMAS_IN_GAZA_AND, 6, None),
    ("unhyphenated_demonym", UNHYPHENATED, 5, 4),
    ("unhyphenated_demonym", PLURAL_DEMONYMS, 2, None),
    ("misread_verb", ARMS_AS_NOUN, 3, True),
    ("misread_verb", ARMS_AS_VERB, 1, False),
    ("is_verbal", ARMS_AS_VERB, 1, True),
    ("is_nominal_gerund", TRAINING_FIGHTERS, 0, True),
    ("is_nominal_gerund", THE_TRAINING, 1, False),
    ("verb_lemmas", TRAINING_FIGHTERS, 0, ("training", "train", "traine")),
    ("verb_lemmas", ARMS_AS_VERB, 1, ("arm",)),
    ("lost_subject", LOST_SUBJECT, 4, 3),
    ("lost_subject", ARMS_AS_VERB, 1, None),
    ("zero_relative", ZERO_RELATIVE, 6, (0, 4)),
    ("zero_relative", ARMS_AS_VERB, 1, None),
    ("preposition_conjunct", BY_EXTENSION, 4, [6]),
    ("preposition_conjunct", BY_EXTENSION, 2, []),  # the object itself
    ("echoed_preposition", AS_WELL_AS_OF, 5, [11]),
    ("echoed_preposition", AS_WELL_AS_OF, 11, []),  # the echo itself
    ("echoed_preposition", BACKING_OF_IRAN_AND_QATAR, 5, []),  # no "as well as"
    ("swallowed_source", ACCORDING_TO_SWALLOWED, 5, [7]),
    ("swallowed_source", ACCORDING_TO_READ, 4, None),
    ("source_apposition", SWALLOWED, 9, 6),
    ("source_apposition", RELATIVE_ASIDE, 14, 6),  # past a relative clause on the source
    ("source_apposition", OWN_SUBJECT, 10, None),  # the verb has its own subject
    ("agreeing_conjunct", SUPPORTS_AND_BACKS, 5, [7]),
    ("agreeing_conjunct", SAYS_THEY_BACK, 2, None),  # a plural verb agrees with the coordination
    ("accuser_of", ACCUSED_BY_EXPERTS_OF, 6, 2),
    ("accuser_of", BACKING_OF_IRAN_AND_QATAR, 4, None),
    ("modifier_dative", SHIPPED_RUSSIA_MISSILES, 3, [2]),
    ("modifier_dative", SHIPPED_MISSILES, 3, []),
    ("modifier_dative", GAVE_THE_HOUTHIS_WEAPONS, 4, [3]),
    ("modifier_dative", GAVE_A_HOUTHI_WEAPON, 4, []),  # "a Houthi weapon" is the Houthis' own
    ("is_participle_adjective", FUNDED_ARMED_TRAINED, 4, True),
    ("listed_participle", FUNDED_ARMED_TRAINED, 4, True),
    ("split_participle", recall14.UNITS_TRAINED_EQUIPPED_ADVISED, 10, 12),
    ("split_participle", recall14.UNITS_TRAINED_IN_IRAN, 9, None),  # "trained in Iran": a phrase of its own
    ("split_participle", FUNDED_ARMED_TRAINED, 4, None),
    ("verb_list", recall14.ARMED_TRAINED_FUNDED, 4, [2, 4, 6]),
    ("verb_list", recall14.FUNDS_ARMS_TRAINS, 3, [1, 3, 5]),
    ("verb_list", recall14.TWO_CLAUSES, 7, None),  # a clause of its own
    ("verb_list", recall14.CONTROLLED_AND_SHELTERED, 5, None),  # the first verb read as a modifier inside a clause
    ("verb_list", recall14.TRAINED_AND_EQUIPPED_AS_MODIFIERS, 4, [2, 4]),  # ... of the sentence's root noun
    ("verb_list", FUNDED_ARMED_TRAINED, 4, None),  # a passive list: "... and trained by X"
    ("verb_read_as_compound", recall14.SAYS_IRAN_ARMS_VERB, 3, True),
    ("verb_read_as_compound", recall14.SAYS_IRAN_ARMS_NOUN, 3, True),  # a plural noun between two names
    ("verb_read_as_compound", recall14.IRAN_ARMS_SHIPMENTS, 3, False),  # a noun compound
    ("verb_read_as_compound", recall14.ANALYSTS_SAY_QATAR_FUNDS, 3, True),  # its subject a compound on it
    ("perfect_clause", recall14.HAS_LONG_ARMED, 3, 1),  # the "have" carries the subject
    ("perfect_clause", recall14.HAS_LONG_TRAINED_AS_MODIFIER, 4, 4),  # the participle itself carries it
    ("perfect_clause", recall14.HAS_ARMED_MILITIAS, 2, None),  # possibly a possession
    ("perfect_clause", recall14.ARMED_TRAINED_FUNDED, 4, None),  # a list's member, after a comma
    ("listed_conjunct", FUNDED_ARMED_TRAINED, 4, True),
    ("listed_conjunct", SAID_AFTER_COMMA, 4, False),
    ("fronted_object_clause", A_CHARGE_TEHRAN_DENIES, 7, True),
    ("fronted_object_clause", SAID_AFTER_COMMA, 4, False),
    ("relative_as_content_clause", A_CLAIM_THAT, 8, True),
    ("relative_as_content_clause", A_CLAIM_THAT_IT_ARMS, 4, False),
    ("content_clause_without_that", ALLEGATIONS_HIS_CAMPAIGN, 4, True),
    ("content_clause_without_that", CLAIMS_TRUMP_MADE, 3, False),  # a relative clause missing its object
    ("content_clause_without_that", A_CLAIM_THAT_IT_ARMS, 4, False),  # with its "that"
    ("stranded_gerund", TRAINING_AND_ARMING, 6, 4),
    ("stranded_gerund", ACCUSED_AND_ARMED, 6, None),  # a comma alone does not coordinate
    ("stranded_partner", TRAINING_AND_ARMING, 4, 6),
    ("stranded_partner", ACCUSED_AND_ARMED, 4, None),
    ("is_nominal_gerund", TRAINING_AND_ARMING, 4, True),
    ("auxiliary_subject", SUBJECT_ON_HAS, 2, 0),
    ("auxiliary_subject", ARMS_AS_VERB, 1, None),
    ("is_nominal_gerund", QUOTED_TRAINING, 4, True),
    ("is_nominal_gerund", TRAINING_OF_HAMAS, 1, False),
    ("stranded_verdict", CALLED_CLAIMS_ABSURD, 1, 9),
    ("stranded_verdict", CONDEMNED_AS_SMEARS, 1, 8),
    ("stranded_verdict", CALLED_CLAIMS_BASELESS, 1, None),  # the verdict on the verb, where it belongs
    ("stranded_verdict", A_CLAIM_THAT_IT_ARMS, 4, None),
    ("that_as_object", ALLEGATIONS_THAT_DENIED, 4, True),
    ("that_as_object", ALLEGATIONS_IRAN_MADE, 4, False),  # a true relative clause: "that" its only object
    ("of_gerund_subject", REPORTS_OF_IRAN_ARMING, 5, 4),
    ("of_gerund_subject", LEADER_OF_HAMAS_ATTENDING, 4, 3),  # the caller decides by the noun (a person noun keeps it)
    ("of_gerund_subject", COUNTRIES_FUNDING, 1, None),  # no "of" before the gerund
    ("claim_read_as_verb", DISMISSED_AS_LIES_REPORTS, 1, [4]),
    ("adverbial_object", TRAINS_AND_FUNDS_NAME, 1, 4),
    ("adverbial_object", TRAINS_AND_FUNDS_NAME, 3, 4),  # the conjunct shares it
    ("adverbial_object", ARMS_AS_VERB, 1, None),  # a plain object
    ("stranded_verdict", CALLED_REPORT_A_LIE, 1, 10),  # a noun verdict: the content clause's second object
    ("claim_read_as_verb", REPORTS_OF_IRAN_ARMING, 1, []),  # the claim read as a noun
    ("claim_after_comma", CHARGES_IT_HAS_REJECTED, 11, 8),  # charges/VBZ, the denial its ccomp
    ("claim_after_comma", CHARGES_ANKARA_HAS_REJECTED, 11, 8),  # charges the root, the denial a relative clause
    ("claim_after_comma", CHARGES_ERITREA_HAS_DENIED, 12, 9),  # charges coordinated with the verb before
    ("claim_after_comma", WITH_CHAD_ACCUSING_SUDAN, 18, None),  # a claim with its article: no misparse
    ("claimed_clause", CHARGES_IT_HAS_REJECTED, 8, 3),
    ("renaming_object", A_CLAIM_DENIED_BY_AN_AIDE, 14, True),  # "claim" a second dobj of "sent" after a comma
    ("renaming_object", A_CLAIM_DENIED_BY_AN_AIDE, 6, False),  # "fighters" the verb's own object
    ("gapped_recipient", ADVISERS_TO_THE_ARMY_AND_ROCKETS_TO, 9, [11]),  # rockets: to Hezbollah
    ("gapped_recipient", ADVISERS_TO_THE_ARMY_AND_ROCKETS_TO, 7, []),  # the army: no conjunct
    ("claimed_clause", CHARGES_ANKARA_HAS_REJECTED, 8, 2),
    ("for_clause_subject", LIFELINE_FOR_HAMAS, 4, [6]),
    ("for_clause_subject", LIFELINE_FOR_HAMAS, 0, []),  # no "for" after the noun
    ("for_clause_subject", TIME_FOR_IRAN, 2, [4]),
    ("fronted_apposition", FRONTED_BACKER, 2, 6),
    ("fronted_apposition", FRONTED_BACKER, 6, None),  # the subject itself
    ("fronted_apposition", SAID_AFTER_COMMA, 4, None),  # (the caller decides by the noun: "time" is no role noun)
    # round 14: "as" with an adjective, the clause's object read as the verdict's noun; a subjectless predicate
    ("stranded_verdict", DESCRIBED_AS_FALSE, 1, 8),
    ("stranded_verdict", CALLED_BASELESS_AS_OBJECT, 1, 9),  # (the caller decides by the word: "leaders" is no verdict)
    ("stranded_predicate", SAID_REPORTS_WERE_FALSE, 2, 8),
    ("stranded_predicate", DESCRIBED_AS_FALSE, 3, None),  # the content clause has no predicate of its own to strand
    ("stranded_origin", DENIED_DEPLOYMENT_FROM_ON_VERB, 5, [12]),
    ("stranded_origin", DENIED_PRESENCE_OF_FIGHTERS_FROM, 3, []),  # "from" on the people noun, where it belongs
    ("split_participle", SPLIT_PASSIVE_LIST, 10, 12),
    ("split_participle", SPLIT_PASSIVE_LIST, 12, None),  # the last part of the list: nothing after it
]


def _plain(value):
    if hasattr(value, "i"):
        return value.i
    if isinstance(value, (list, tuple)) and value and hasattr(value[0], "i"):
        return type(value)(v.i for v in value)
    return value


@pytest.mark.parametrize(("name", "table", "i", "expected"), CASES, ids=[f"{c[0]}-{n}" for n, c in enumerate(CASES)])
def test_repairs_recognise_their_misparse(name, table, i, expected):
    doc = parse(table)
    assert _plain(getattr(repairs, name)(doc[i])) == expected


def test_repairs_noun_tagged_subject_and_relative_antecedent():
    doc = parse("""
        Iran       NNP compound 1 GPE:Iran
        funds/fund NNS ROOT     1
        Hamas      NNP dobj     1 ORG:Hamas
    """)
    assert repairs.noun_tagged_subject(doc[1]).i == 0
    assert repairs.noun_tagged_subject(parse(ARMS_AS_VERB)[1]) is None
    coalition = parse(COALITION)
    assert repairs.relative_antecedent(coalition[4], coalition[5]).i == 1  # the coalition gets, not the militias


def test_repairs_table_names_every_repair():
    public = {
        name for name, f in inspect.getmembers(repairs, inspect.isfunction) if f.__module__ == repairs.__name__ and not name.startswith("_")
    }
    assert set(repairs.REPAIRS) == public
    assert all(
        name in {c[0] for c in CASES}
        or name in (
            "noun_tagged_subject", "relative_antecedent", "misread_stems", "stranded_possession", "hyphen_participle",
            "clause_opening_conjunct", "inflected_stems", "in_dateline", "dateline_subject", "stranded_recipient",
            "raised_object", "reporter_as_apposition", "quoted_gerund_subject",
        )
        # (stranded_possession in test_relations_r15args.py, hyphen_participle in test_relations_r18cons.py,
        # clause_opening_conjunct in test_relations_r19prec.py, inflected_stems below and through modality in
        # test_relations_r21prec.py, in_dateline and dateline_subject in test_relations_r21prec.py, stranded_recipient
        # in test_relations_r26denies.py, raised_object in test_relations_r27trains.py, reporter_as_apposition in
        # test_relations_r30.py, quoted_gerund_subject in test_relations_r36.py)
        for name in public
    )


@pytest.mark.parametrize(
    ("form", "expected"),
    [("training", ("train", "traine")), ("financing", ("financ", "finance")), ("armed", ("arm", "arme")), ("arms", ())],
)
def test_repairs_misread_stems(form, expected):
    assert repairs.misread_stems(form) == expected


@pytest.mark.parametrize(
    ("form", "expected"),
    [
        ("hopes", ("hope", "hopee", "hop", "hope")),
        ("wanted", ("wante", "wantee", "want", "wante")),
        ("urging", ("urg", "urge")),
        ("request", ()),
    ],
)
def test_repairs_inflected_stems_takes_each_ending_off(form, expected):
    assert repairs.inflected_stems(form) == expected
