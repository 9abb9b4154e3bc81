"""Trains and denies in more shapes (issue 11, relation_rules.v11, round 10), on hand-built parses of invented
sentences (the parses en_core_web_sm gives them): fighters trained for a group, who steps up efforts to train, a
source on the last item of a theme list, what a support includes, advising or mentoring an armed force; denials of a claim stated by a verb ("when they claim that ..., it has no
basis"), of ties to "any party" an accusation in the sentence names, by coordinated deniers tied to each other, of
reports "of X doing", of allegations "of doing", a speaker saying it does not control another, "backs A, not B" (a
denial for B), distancing oneself from a party. Each construction with positives and traps."""

from __future__ import annotations

import pytest

from tests.relations_fixture import parse, triples
from tests.test_relations_repairs import (  # the parses the repair steps are tested on
    CALLED_REPORT_A_LIE,
    DISMISSED_AS_LIES_REPORTS,
    REPORTS_OF_IRAN_ARMING,
    TRAINS_AND_FUNDS_NAME,
)

# (rule that must fire, parse, expected (subject, relation, object, modality)[, coref])
POSITIVE = [
    # fighters trained for a group: "Iran trains fighters for Hezbollah."
    ("trains.pattern.for", """
        Iran              NNP  nsubj     1 GPE:Iran
        trains/train      VBZ  ROOT      1
        fighters/fighter  NNS  dobj      1
        for               IN   prep      2
        Hezbollah         NNP  pobj      3 ORG:Hezbollah
        .                 .    punct     1
     """, {('Iran', 'trains', 'Hezbollah', 'asserted')}),
    # a quantity of recruits, the group on the verb: "Turkey trained thousands of recruits for the Syrian National Army."
    ("trains.pattern.for", """
        Turkey              NNP  nsubj     1 GPE:Turkey
        trained/train       VBD  ROOT      1
        thousands/thousand  NNS  dobj      1
        of                  IN   prep      2
        recruits/recruit    NNS  pobj      3
        for                 IN   prep      4
        the                 DT   det       9
        Syrian              NNP  compound  9 ORG:Syrian_National_Army
        National            NNP  compound  9 ORG:Syrian_National_Army
        Army                NNP  pobj      5 ORG:Syrian_National_Army
        .                   .    punct     1
     """, {('Turkey', 'trains', 'Syrian National Army', 'asserted')}),
    # who steps up the efforts trains (vocab/effort_verbs.txt): "Iran is stepping up efforts to train fighters for Hezbollah."
    ("trains.pattern.for", """
        Iran              NNP  nsubj     2 GPE:Iran
        is/be             VBZ  aux       2
        stepping/step     VBG  ROOT      2
        up                RP   prt       2
        efforts/effort    NNS  dobj      2
        to                TO   aux       6
        train             VB   acl       4
        fighters/fighter  NNS  dobj      6
        for               IN   prep      7
        Hezbollah         NNP  pobj      8 ORG:Hezbollah
        .                 .    punct     2
     """, {('Iran', 'trains', 'Hezbollah', 'asserted')}),
    # the source on the last item of the theme list: "Houthi fighters received military training and ideological indoctrination from the Lebanese group Hezbollah before returning to Yemen."
    ("trains.receive", """
        Houthi            NNP  compound  1 ORG:Houthis
        fighters/fighter  NNS  nsubj     2
        received/receive  VBD  ROOT      2
        military          JJ   amod      4
        training          NN   dobj      2
        and               CC   cc        4
        ideological       JJ   amod      7
        indoctrination    NN   conj      4
        from              IN   prep      7
        the               DT   det       11
        Lebanese          JJ   amod      11 NORP:Lebanon
        group             NN   pobj      8
        Hezbollah         NNP  appos     11 ORG:Hezbollah
        before            IN   prep      2
        returning/return  VBG  pcomp     13
        to                IN   prep      14
        Yemen             NNP  pobj      15 GPE:Yemen
        .                 .    punct     2
     """, {('Hezbollah', 'trains', 'Houthis', 'asserted')}, ((9, 12, 'Hezbollah', 'apposition'),)),
    # a claim verb in an adverbial clause of a verdict: "Qatar said that if people claim that it funds Hamas, that is a lie."
    ("denies.judged_clause", """
        Qatar       NNP  nsubj     1 GPE:Qatar
        said/say    VBD  ROOT      1
        that        IN   mark      12
        if          IN   mark      5
        people      NNS  nsubj     5
        claim       VBP  advcl     12
        that        IN   mark      8
        it          PRP  nsubj     8
        funds/fund  VBZ  ccomp     5
        Hamas       NNP  dobj      8 ORG:Hamas
        ,           ,    punct     9
        that        DT   nsubj     12
        is/be       VBZ  ccomp     1
        a           DT   det       14
        lie         NN   attr      12
        .           .    punct     1
     """, {('Qatar', 'denies', 'Hamas', 'asserted')}, ((7, 8, 'Qatar'),)),
    # ... with no ground: "Iran said that when critics say it arms the Houthis, it has no basis."
    ("denies.judged_clause", """
        Iran            NNP  nsubj     1 GPE:Iran
        said/say        VBD  ROOT      1
        that            IN   mark      12
        when            WRB  advmod    5
        critics/critic  NNS  nsubj     5
        say             VBP  advcl     12
        it              PRP  nsubj     7
        arms/arm        VBZ  ccomp     5
        the             DT   det       9
        Houthis         NNP  dobj      7 ORG:Houthis
        ,               ,    punct     12
        it              PRP  nsubj     12
        has/have        VBZ  ccomp     1
        no              DT   det       14
        basis           NN   dobj      12
        .               .    punct     1
     """, {('Iran', 'denies', 'Houthis', 'asserted')}, ((6, 7, 'Iran'), (11, 12, 'Iran'))),
    # anyone at all: the party the claim beside it names (a claim set beside in time hedges nothing): "Beijing denied supplying weapons to any party in the war, after Kyiv claimed that China was arming Russia."
    ("denies.clause", """
        Beijing           NNP  nsubj     1 GPE:China
        denied/deny       VBD  ROOT      1
        supplying/supply  VBG  xcomp     1
        weapons/weapon    NNS  dobj      2
        to                IN   prep      2
        any               DT   det       6
        party             NN   pobj      4
        in                IN   prep      6
        the               DT   det       9
        war               NN   pobj      7
        ,                 ,    punct     1
        after             IN   mark      13
        Kyiv              NNP  nsubj     13 GPE:Ukraine
        claimed/claim     VBD  advcl     1
        that              IN   mark      17
        China             NNP  nsubj     17 GPE:China
        was/be            VBD  aux       17
        arming/arm        VBG  ccomp     13
        Russia            NNP  dobj      17 GPE:Russia
        .                 .    punct     1
     """, {('China', 'denies', 'Russia', 'asserted'), ('China', 'funds', 'Russia', 'alleged')}),
    # coordinated deniers tied to each other by the claim before: "Iran accused Russia of arming the Taliban. Russia and the Taliban have both denied the claims."
    ("denies.object", """
        Iran            NNP  nsubj     1 GPE:Iran
        accused/accuse  VBD  ROOT      1
        Russia          NNP  dobj      1 GPE:Russia
        of              IN   prep      1
        arming/arm      VBG  pcomp     3
        the             DT   det       6
        Taliban         NNP  dobj      4 ORG:Taliban
        .               .    punct     1
        Russia          NNP  nsubj     14 GPE:Russia
        and             CC   cc        8
        the             DT   det       11
        Taliban         NNP  conj      8 ORG:Taliban
        have            VBP  aux       14
        both            DT   dep       14
        denied/deny     VBN  ROOT      14
        the             DT   det       16
        claims/claim    NNS  dobj      14
        .               .    punct     14
     """, {('Taliban', 'denies', 'Russia', 'asserted'), ('Russia', 'denies', 'Taliban', 'asserted'), ('Russia', 'funds', 'Taliban', 'alleged')}),
    # the gerund's doer after the claim's "of": "Tehran rejected reports of Iran arming the Houthis."
    ("denies.clause", REPORTS_OF_IRAN_ARMING, {('Iran', 'denies', 'Houthis', 'asserted')}),
    # ... under an evidence noun: negated: "There is no evidence of Iran arming the Houthis."
    ("funds.verb", """
        There       EX   expl      1
        is/be       VBZ  ROOT      1
        no          DT   det       3
        evidence    NN   attr      1
        of          IN   prep      3
        Iran        NNP  pobj      4 GPE:Iran
        arming/arm  VBG  acl       3
        the         DT   det       8
        Houthis     NNP  dobj      6 ORG:Houthis
        .           .    punct     1
     """, {('Iran', 'funds', 'Houthis', 'negated')}),
    # ... under a claim noun: alleged: "Reports of Russia supplying Hamas with weapons surfaced on Monday."
    ("funds.verb", """
        Reports/report    NNS  ROOT      0
        of                IN   prep      0
        Russia            NNP  pobj      1 GPE:Russia
        supplying/supply  VBG  acl       0
        Hamas             NNP  dobj      3 ORG:Hamas
        with              IN   prep      3
        weapons/weapon    NNS  pobj      5
        surfaced/surface  VBN  acl       6
        on                IN   prep      7
        Monday            NNP  pobj      8
        .                 .    punct     0
     """, {('Russia', 'funds', 'Hamas', 'alleged')}),
    # a claim's gerund with no doer of its own is the denier's: "Pakistan rejected allegations of supporting the Taliban."
    ("denies.clause", """
        Pakistan                NNP  nsubj     1 GPE:Pakistan
        rejected/reject         VBD  ROOT      1
        allegations/allegation  NNS  dobj      1
        of                      IN   prep      2
        supporting/support      VBG  pcomp     3
        the                     DT   det       6
        Taliban                 NNP  dobj      4 ORG:Taliban
        .                       .    punct     1
     """, {('Pakistan', 'denies', 'Taliban', 'asserted'),
           ('Pakistan', 'backs', 'Taliban', 'alleged')}),  # the backing claim beside it (round 27, r27backs)
    # ... receiving: "Hamas denied accusations of receiving weapons from Iran."
    ("denies.clause", """
        Hamas                   NNP  nsubj     1 ORG:Hamas
        denied/deny             VBD  ROOT      1
        accusations/accusation  NNS  dobj      1
        of                      IN   prep      2
        receiving/receive       VBG  pcomp     3
        weapons/weapon          NNS  dobj      4
        from                    IN   prep      4
        Iran                    NNP  pobj      6 GPE:Iran
        .                       .    punct     1
     """, {('Hamas', 'denies', 'Iran', 'asserted')}),
    # a claim called made up for a purpose (vocab/false_words.txt): "Iran said the reports that it supplies Russia with drones were politically motivated."
    ("denies.judged_clause", """
        Iran             NNP  nsubj     1 GPE:Iran
        said/say         VBD  ROOT      1
        the              DT   det       3
        reports/report   NNS  nsubj     10
        that             IN   mark      6
        it               PRP  nsubj     6
        supplies/supply  VBZ  acl       3
        Russia           NNP  dobj      6 GPE:Russia
        with             IN   prep      6
        drones/drone     NNS  pobj      8
        were/be          VBD  ccomp     1
        politically      RB   advmod    12
        motivated        JJ   acomp     10
        .                .    punct     1
     """, {('Iran', 'denies', 'Russia', 'asserted')}, ((5, 6, 'Iran'),)),
    # a speaker saying it does not control another (vocab/control_verbs.txt): "Iran says it does not control the Houthis."
    ("denies.uninvolved.control", """
        Iran      NNP  nsubj     1 GPE:Iran
        says/say  VBZ  ROOT      1
        it        PRP  nsubj     5
        does/do   VBZ  aux       5
        not       RB   neg       5
        control   VB   ccomp     1
        the       DT   det       7
        Houthis   NNP  dobj      5 ORG:Houthis
        .         .    punct     1
     """, {('Iran', 'denies', 'Houthis', 'asserted')}, ((2, 3, 'Iran'),)),
    # ... the owner of what it does not direct: "Tehran insisted it did not direct Hezbollah's operation."
    ("denies.uninvolved.control", """
        Tehran           NNP  nsubj     1 GPE:Iran
        insisted/insist  VBD  ROOT      1
        it               PRP  nsubj     5
        did/do           VBD  aux       5
        not              RB   neg       5
        direct           VB   ccomp     1
        Hezbollah        NNP  poss      8 ORG:Hezbollah
        's               POS  case      6
        operation        NN   dobj      5
        .                .    punct     1
     """, {('Iran', 'denies', 'Hezbollah', 'asserted')}, ((2, 3, 'Iran'),)),
    # backs A, not B: a denial for B only (no apposition renaming A as B): "Iran said it supports the Palestinian people, not Hamas."
    ("denies.contrast", """
        Iran              NNP  nsubj     1 GPE:Iran
        said/say          VBD  ROOT      1
        it                PRP  nsubj     3
        supports/support  VBZ  ccomp     1
        the               DT   det       6
        Palestinian       JJ   amod      6
        people            NNS  dobj      3
        ,                 ,    punct     6
        not               RB   neg       6
        Hamas             NNP  appos     6 ORG:Hamas
        .                 .    punct     1
     """, {('Iran', 'denies', 'Hamas', 'asserted')}, ((2, 3, 'Iran'),)),
    # ... coordinated: "Qatar says it funds Gaza's civilians and not Hamas."
    ("denies.contrast", """
        Qatar               NNP  nsubj     1 GPE:Qatar
        says/say            VBZ  ROOT      1
        it                  PRP  nsubj     3
        funds/fund          VBZ  ccomp     1
        Gaza                NNP  poss      6
        's                  POS  case      4
        civilians/civilian  NNS  dobj      3
        and                 CC   cc        6
        not                 RB   neg       9
        Hamas               NNP  conj      6 ORG:Hamas
        .                   .    punct     1
     """, {('Qatar', 'denies', 'Hamas', 'asserted')}, ((2, 3, 'Qatar'),)),
    # ... on the verb: "Russia backs the government, but not Wagner."
    ("denies.contrast", """
        Russia      NNP  nsubj     1 GPE:Russia
        backs/back  VBZ  ROOT      1
        the         DT   det       3
        government  NN   dobj      1
        ,           ,    punct     1
        but         CC   cc        1
        not         RB   neg       7
        Wagner      NNP  conj      1 ORG:Wagner_Group
        .           .    punct     1
     """, {('Russia', 'denies', 'Wagner Group', 'asserted')}, ((2, 4, 'Russia', 'description'),)),
    # distancing oneself from a party denies the tie: "Iran has distanced itself from Hamas."
    ("denies.distance", """
        Iran                NNP  nsubj     2 GPE:Iran
        has/have            VBZ  aux       2
        distanced/distance  VBN  ROOT      2
        itself              PRP  dobj      2
        from                IN   prep      2
        Hamas               NNP  pobj      4 ORG:Hamas
        .                   .    punct     2
     """, {('Iran', 'denies', 'Hamas', 'asserted')}, ((3, 4, 'Iran'),)),
    # "Qatar distanced itself from the Muslim Brotherhood."
    ("denies.distance", """
        Qatar               NNP  nsubj     1 GPE:Qatar
        distanced/distance  VBD  ROOT      1
        itself              PRP  dobj      1
        from                IN   prep      1
        the                 DT   det       6
        Muslim              NNP  compound  6 ORG:Muslim_Brotherhood
        Brotherhood         NNP  pobj      3 ORG:Muslim_Brotherhood
        .                   .    punct     1
     """, {('Qatar', 'denies', 'Muslim Brotherhood', 'asserted')}, ((2, 3, 'Qatar'),)),
    # a claim the tagger read as a verb after a verdict (repairs.claim_read_as_verb): "Iran dismissed as lies reports that it had armed the Houthis."
    ("denies.clause", DISMISSED_AS_LIES_REPORTS, {('Iran', 'denies', 'Houthis', 'asserted')}, ((6, 7, 'Iran'),)),
    # an unresolved "they" in a claim a plural-named party rejects is that party: "The Houthis rejected claims that they are an Iranian proxy."
    ("denies.clause", """
        The              DT   det       1
        Houthis          NNP  nsubj     2 ORG:Houthis
        rejected/reject  VBD  ROOT      2
        claims/claim     NNS  dobj      2
        that             IN   mark      6
        they             PRP  nsubj     6
        are/be           VBP  acl       3
        an               DT   det       9
        Iranian          JJ   amod      9 NORP:Iran
        proxy            NN   attr      6
        .                .    punct     2
     """, {('Houthis', 'denies', 'Iran', 'asserted'),
           ('Iran', 'backs', 'Houthis', 'alleged')}),  # the backing claim beside it (round 27, r27backs)
    # ... in what a plural-named speaker says (no coreference here): "The Houthis insist that they take no money from Iran."
    ("denies.insist", """
        The      DT   det       1
        Houthis  NNP  nsubj     2 ORG:Houthis
        insist   VBP  ROOT      2
        that     IN   mark      5
        they     PRP  nsubj     5
        take     VBP  ccomp     2
        no       DT   det       7
        money    NN   dobj      5
        from     IN   prep      5
        Iran     NNP  pobj      8 GPE:Iran
        .        .    punct     2
     """, {('Houthis', 'denies', 'Iran', 'asserted')}),
    # advising an armed force trains it (vocab/force_nouns.txt): "Iranian officers advise Syrian troops."
    ("trains.pattern.advise", """
        Iranian           JJ   amod      1 NORP:Iran
        officers/officer  NNS  nsubj     2
        advise            VBP  ROOT      2
        Syrian            JJ   amod      4 NORP:Syria
        troops/troop      NNS  dobj      2
        .                 .    punct     2
     """, {('Iran', 'trains', 'Syria', 'asserted')}),
    # ... mentored, the force the participle modifies: "Afghan commandos mentored by US special forces raided the village."
    ("trains.pattern.advise", """
        Afghan              JJ   amod      1 NORP:Afghanistan
        commandos/commando  NNS  nsubj     7
        mentored/mentor     VBN  acl       1
        by                  IN   agent     2
        US                  NNP  nmod      6 GPE:United_States
        special             JJ   amod      6
        forces/force        NNS  pobj      3
        raided/raid         VBD  ROOT      7
        the                 DT   det       9
        village             NN   dobj      7
        .                   .    punct     7
     """, {('United States', 'trains', 'Afghanistan', 'asserted')}, ((4, 7, 'United States', 'modifier'),)),
    # ... passive: "The Iraqi forces were advised by Iranian commanders."
    ("trains.pattern.advise", """
        The                   DT   det       2
        Iraqi                 JJ   amod      2 NORP:Iraq
        forces/force          NNS  nsubjpass 4
        were/be               VBD  auxpass   4
        advised/advise        VBN  ROOT      4
        by                    IN   agent     4
        Iranian               JJ   amod      7 NORP:Iran
        commanders/commander  NNS  pobj      5
        .                     .    punct     4
     """, {('Iran', 'trains', 'Iraq', 'asserted')}),
    # a denial noun's content clause about the denier (what it denies: negated): "Qatar's denial that it funds Hamas came quickly."
    ("denies.noun", """
        Qatar       NNP  poss      2 GPE:Qatar
        's          POS  case      0
        denial      NN   nsubj     7
        that        IN   mark      5
        it          PRP  nsubj     5
        funds/fund  VBZ  relcl     2
        Hamas       NNP  dobj      5 ORG:Hamas
        came/come   VBD  ROOT      7
        quickly     RB   advmod    7
        .           .    punct     7
     """, {('Qatar', 'denies', 'Hamas', 'asserted'), ('Qatar', 'funds', 'Hamas', 'negated')}, ((4, 5, 'Qatar'),)),
    # ... its "that" read as a relative pronoun: "Qatar issued a denial that it funds Hamas."
    ("denies.noun", """
        Qatar         NNP  nsubj     1 GPE:Qatar
        issued/issue  VBD  ROOT      1
        a             DT   det       3
        denial        NN   dobj      1
        that          WDT  dobj      6
        it            PRP  nsubj     6
        funds/fund    VBZ  relcl     3
        Hamas         NNP  dobj      6 ORG:Hamas
        .             .    punct     1
     """, {('Qatar', 'denies', 'Hamas', 'asserted'), ('Qatar', 'funds', 'Hamas', 'negated')}, ((5, 6, 'Qatar'),)),
    # a verdict noun stranded as the content clause's second object: "Iran called the report that it armed the Houthis a lie."
    ("denies.clause.judged", CALLED_REPORT_A_LIE, {('Iran', 'denies', 'Houthis', 'asserted')}, ((5, 6, 'Iran'),)),
    # what a support includes is the theme (the recipient read under the included item): "Iran provides support, including training, to the Houthis."
    ("trains.give", """
        Iran               NNP  nsubj     1 GPE:Iran
        provides/provide   VBZ  ROOT      1
        support            NN   dobj      1
        ,                  ,    punct     2
        including/include  VBG  prep      2
        training           NN   pobj      4
        ,                  ,    punct     5
        to                 IN   prep      5
        the                DT   det       9
        Houthis            NNP  pobj      7 ORG:Houthis
        .                  .    punct     1
     """, {('Iran', 'trains', 'Houthis', 'asserted')}),
    # ... each included item its relation: "Iran provides the Houthis with support, including weapons and training."
    ("trains.give", """
        Iran               NNP  nsubj     1 GPE:Iran
        provides/provide   VBZ  ROOT      1
        the                DT   det       3
        Houthis            NNP  dobj      1 ORG:Houthis
        with               IN   prep      1
        support            NN   pobj      4
        ,                  ,    punct     5
        including/include  VBG  prep      5
        weapons/weapon     NNS  pobj      7
        and                CC   cc        8
        training           NN   conj      8
        .                  .    punct     1
     """, {('Iran', 'trains', 'Houthis', 'asserted'), ('Iran', 'backs', 'Houthis', 'asserted'), ('Iran', 'funds', 'Houthis', 'asserted')}),
    # a titled speaker whose name the recogniser took for an organisation speaks for the title's state: "Rwanda's government spokesperson Yolande Makolo denied that Rwanda supports M23."
    ("denies.clause", """
        Rwanda            NNP  poss      3 GPE:Rwanda
        's                POS  case      0
        government        NN   compound  3
        spokesperson      NN   compound  5
        Yolande           NNP  compound  5 ORG:Yolande_Makolo
        Makolo            NNP  nsubj     6 ORG:Yolande_Makolo
        denied/deny       VBD  ROOT      6
        that              IN   mark      9
        Rwanda            NNP  nsubj     9 GPE:Rwanda
        supports/support  VBZ  ccomp     6
        M23               NNP  dobj      9 ORG:M23
        .                 .    punct     6
     """, {('Rwanda', 'denies', 'M23', 'asserted')}, ((0, 4, 'Rwanda', 'modifier'),)),
    # weapons not given, no giver named: the speaker's denial: "Tehran said that no Iranian weapons had been delivered to Russia."
    ("denies.unsent", """
        Tehran             NNP  nsubj     1 GPE:Iran
        said/say           VBD  ROOT      1
        that               IN   mark      8
        no                 DT   det       5
        Iranian            JJ   amod      5 NORP:Iran
        weapons/weapon     NNS  nsubjpass 8
        had/have           VBD  aux       8
        been/be            VBN  auxpass   8
        delivered/deliver  VBN  ccomp     1
        to                 IN   prep      8
        Russia             NNP  pobj      9 GPE:Russia
        .                  .    punct     1
     """, {('Iran', 'denies', 'Russia', 'asserted')}),
    # ... the verb negated: "Iran insisted that its drones were not sent to Russia."
    ("denies.unsent", """
        Iran             NNP  nsubj     1 GPE:Iran
        insisted/insist  VBD  ROOT      1
        that             IN   mark      7
        its              PRP$ poss      4
        drones/drone     NNS  nsubjpass 7
        were/be          VBD  auxpass   7
        not              RB   neg       7
        sent/send        VBN  ccomp     1
        to               IN   prep      7
        Russia           NNP  pobj      8 GPE:Russia
        .                .    punct     1
     """, {('Iran', 'denies', 'Russia', 'asserted')}, ((3, 4, 'Iran'),)),
    # two verbs' shared object read as an adverbial of the first (repairs.adverbial_object): "Iran trains and funds Hezbollah."
    ("trains.verb", TRAINS_AND_FUNDS_NAME, {('Iran', 'trains', 'Hezbollah', 'asserted'), ('Iran', 'funds', 'Hezbollah', 'asserted')}),
    # instructors provided: the recipient trained: "Russia provided Mali with military instructors."
    ("trains.give.trainers", """
        Russia                  NNP  nsubj     1 GPE:Russia
        provided/provide        VBD  ROOT      1
        Mali                    NNP  dobj      1 GPE:Mali
        with                    IN   prep      1
        military                JJ   amod      5
        instructors/instructor  NNS  pobj      3
        .                       .    punct     1
     """, {('Russia', 'trains', 'Mali', 'asserted')}),
]

# (rule that must stay silent, parse[, coref]): nothing at all comes out
NEGATIVE = [
    # trained for an undertaking with no owner: "Iran trains fighters for a war with Israel."
    ("trains.pattern.for", """
        Iran              NNP  nsubj     1 GPE:Iran
        trains/train      VBZ  ROOT      1
        fighters/fighter  NNS  dobj      1
        for               IN   prep      1
        a                 DT   det       5
        war               NN   pobj      3
        with              IN   prep      5
        Israel            NNP  pobj      6 GPE:Israel
        .                 .    punct     1
     """),
    # a time: "Russia trained the soldiers for two years."
    ("trains.pattern.for", """
        Russia            NNP  nsubj     1 GPE:Russia
        trained/train     VBD  ROOT      1
        the               DT   det       3
        soldiers/soldier  NNS  dobj      1
        for               IN   prep      1
        two               CD   nummod    6
        years/year        NNS  pobj      4
        .                 .    punct     1
     """),
    # who condemns efforts makes none: "Israel condemned efforts to train fighters for Hezbollah."
    ("trains.pattern.for", """
        Israel             NNP  nsubj     1 GPE:Israel
        condemned/condemn  VBD  ROOT      1
        efforts/effort     NNS  dobj      1
        to                 TO   aux       4
        train              VB   acl       2
        fighters/fighter   NNS  dobj      4
        for                IN   prep      5
        Hezbollah          NNP  pobj      6 ORG:Hezbollah
        .                  .    punct     1
     """),
    # anyone at all, no claim naming a party: "Beijing denied supplying weapons to any party in the war."
    ("denies.clause", """
        Beijing           NNP  nsubj     1 GPE:China
        denied/deny       VBD  ROOT      1
        supplying/supply  VBG  xcomp     1
        weapons/weapon    NNS  dobj      2
        to                IN   prep      2
        any               DT   det       6
        party             NN   pobj      4
        in                IN   prep      6
        the               DT   det       9
        war               NN   pobj      7
        .                 .    punct     1
     """),
    # coordinated deniers, no claim before: "Russia and the Taliban have both denied the claims."
    ("denies.object", """
        Russia        NNP  nsubj     6 GPE:Russia
        and           CC   cc        0
        the           DT   det       3
        Taliban       NNP  conj      0 ORG:Taliban
        have          VBP  aux       6
        both          DT   dep       6
        denied/deny   VBN  ROOT      6
        the           DT   det       8
        claims/claim  NNS  dobj      6
        .             .    punct     6
     """),
    # a gerund on a person noun keeps its noun: "The leader of Hamas attending the talks praised Qatar."
    ("funds.verb", """
        The               DT   det       1
        leader            NN   nsubj     7
        of                IN   prep      1
        Hamas             NNP  pobj      2 ORG:Hamas
        attending/attend  VBG  acl       1
        the               DT   det       6
        talks/talk        NNS  dobj      4
        praised/praise    VBD  ROOT      7
        Qatar             NNP  dobj      7 GPE:Qatar
        .                 .    punct     7
     """),
    # a gerund that says no tie: "Israel rejected accusations of killing Hamas leaders."
    ("denies.clause", """
        Israel                  NNP  nsubj     1 GPE:Israel
        rejected/reject         VBD  ROOT      1
        accusations/accusation  NNS  dobj      1
        of                      IN   prep      2
        killing/kill            VBG  pcomp     3
        Hamas                   NNP  compound  6 ORG:Hamas
        leaders/leader          NNS  dobj      4
        .                       .    punct     1
     """),
    # said of another: "Iran said the Houthis do not control Sanaa."
    ("denies.uninvolved.control", """
        Iran      NNP  nsubj     1 GPE:Iran
        said/say  VBD  ROOT      1
        the       DT   det       3
        Houthis   NNP  nsubj     6 ORG:Houthis
        do        VBP  aux       6
        not       RB   neg       6
        control   VB   ccomp     1
        Sanaa     NNP  dobj      6 GPE:Yemen
        .         .    punct     1
     """),
    # not negated (control is no relation of its own): "Iran said it controls the Houthis."
    ("denies.uninvolved.control", """
        Iran              NNP  nsubj     1 GPE:Iran
        said/say          VBD  ROOT      1
        it                PRP  nsubj     3
        controls/control  VBZ  ccomp     1
        the               DT   det       5
        Houthis           NNP  dobj      3 ORG:Houthis
        .                 .    punct     1
     """, ((2, 3, 'Iran'),)),
    # the party set against is the subject itself (or no actor): "Iran supports the people, not the regime."
    ("denies.contrast", """
        Iran              NNP  nsubj     1 GPE:Iran
        supports/support  VBZ  ROOT      1
        the               DT   det       3
        people            NNS  dobj      1
        ,                 ,    punct     3
        not               RB   neg       3
        the               DT   det       7
        regime            NN   appos     3
        .                 .    punct     1
     """, ((6, 8, 'Iran', 'description'),)),
    # moving others away is no distancing of oneself: "The army distanced its troops from Hezbollah positions."
    ("denies.distance", """
        The                 DT   det       1
        army                NN   nsubj     2
        distanced/distance  VBD  ROOT      2
        its                 PRP$ poss      4
        troops/troop        NNS  dobj      2
        from                IN   prep      2
        Hezbollah           NNP  compound  7 ORG:Hezbollah
        positions/position  NNS  pobj      5
        .                   .    punct     2
     """),
    # a state's "they" is others: "Iran said they attacked the ship."
    ("denies.insist", """
        Iran             NNP  nsubj     1 GPE:Iran
        said/say         VBD  ROOT      1
        they             PRP  nsubj     3
        attacked/attack  VBD  ccomp     1
        the              DT   det       5
        ship             NN   dobj      3
        .                .    punct     1
     """),
    # advising a government is no training: "Iran advised the Iraqi government."
    ("trains.pattern.advise", """
        Iran            NNP  nsubj     1 GPE:Iran
        advised/advise  VBD  ROOT      1
        the             DT   det       4
        Iraqi           JJ   amod      4 NORP:Iraq
        government      NN   dobj      1
        .               .    punct     1
     """, ((2, 5, 'Iraq', 'modifier'),)),
    # counsel to act is no training: "The US advised the Ukrainian army to withdraw from Bakhmut."
    ("trains.pattern.advise", """
        The             DT   det       1
        US              NNP  nsubj     2 GPE:United_States
        advised/advise  VBD  ROOT      2
        the             DT   det       5
        Ukrainian       JJ   amod      5 NORP:Ukraine
        army            NN   dobj      2 ORG:Armed_Forces_of_Ukraine
        to              TO   aux       7
        withdraw        VB   xcomp     2
        from            IN   prep      7
        Bakhmut         NNP  pobj      8
        .               .    punct     2
     """, ((3, 6, 'Ukraine', 'modifier'),)),
    # a title read as a verb, no force: "Caloundra coach Geoff Ingram said the team played well."
    ("trains.pattern.advise", """
        Caloundra    NNP  nsubj     1 ORG:Caloundra
        coach        NN   nsubj     4
        Geoff        NNP  compound  3 ORG:Geoff_Ingram
        Ingram       NNP  dobj      1 ORG:Geoff_Ingram
        said/say     VBD  ROOT      4
        the          DT   det       6
        team         NN   nsubj     7
        played/play  VBD  ccomp     4
        well         RB   advmod    7
        .            .    punct     4
     """),
    # a denial of a tie between others: "Qatar's denial that Iran funds Hamas surprised no one."
    ("denies.noun", """
        Qatar               NNP  poss      2 GPE:Qatar
        's                  POS  case      0
        denial              NN   ROOT      2
        that                IN   mark      5
        Iran                NNP  nsubj     5 GPE:Iran
        funds/fund          VBZ  acl       2
        Hamas               NNP  nsubj     7 ORG:Hamas
        surprised/surprise  VBD  ccomp     5
        no                  DT   det       9
        one                 NN   dobj      7
        .                   .    punct     2
     """),
    # an included item of no relation's class: "Iran provides humanitarian aid, including food, to Gaza."
    ("trains.give", """
        Iran               NNP  nsubj     1 GPE:Iran
        provides/provide   VBZ  ROOT      1
        humanitarian       JJ   amod      3
        aid                NN   dobj      1
        ,                  ,    punct     3
        including/include  VBG  prep      3
        food               NN   pobj      5
        ,                  ,    punct     3
        to                 IN   prep      1
        Gaza               NNP  pobj      8
        .                  .    punct     1
     """),
    # no weapons or money: "Iran said no food was sent to Gaza."
    ("denies.unsent", """
        Iran       NNP  nsubj     1 GPE:Iran
        said/say   VBD  ROOT      1
        no         DT   det       3
        food       NN   nsubjpass 5
        was/be     VBD  auxpass   5
        sent/send  VBN  ccomp     1
        to         IN   prep      5
        Gaza       NNP  pobj      6
        .          .    punct     1
     """),
    # no actor given instructors: "The school provided instructors for the course."
    ("trains.give.trainers", """
        The                     DT   det       1
        school                  NN   nsubj     2
        provided/provide        VBD  ROOT      2
        instructors/instructor  NNS  dobj      2
        for                     IN   prep      2
        the                     DT   det       6
        course                  NN   pobj      4
        .                       .    punct     2
     """),
]

# traps with rows of other constructions: (parse, the exact rows[, coref])
TRAPS = [
    # guidance is no training: funds only: "The Syrian National Army got political guidance and money from Turkey."
    ("""
        The        DT   det       3
        Syrian     NNP  compound  3 ORG:Syrian_National_Army
        National   NNP  compound  3 ORG:Syrian_National_Army
        Army       NNP  nsubj     4 ORG:Syrian_National_Army
        got/get    VBD  ROOT      4
        political  JJ   amod      6
        guidance   NN   dobj      4
        and        CC   cc        6
        money      NN   conj      6
        from       IN   prep      4
        Turkey     NNP  pobj      9 GPE:Turkey
        .          .    punct     4
     """, {('Turkey', 'funds', 'Syrian National Army', 'asserted')}),
    # a claim tying others: no denial: "Qatar said that when critics claim that Iran funds Hamas, it is a lie."
    ("""
        Qatar           NNP  nsubj     1 GPE:Qatar
        said/say        VBD  ROOT      1
        that            IN   mark      12
        when            WRB  advmod    5
        critics/critic  NNS  nsubj     5
        claim           VBP  advcl     12
        that            IN   mark      8
        Iran            NNP  nsubj     8 GPE:Iran
        funds/fund      VBZ  ccomp     5
        Hamas           NNP  dobj      8 ORG:Hamas
        ,               ,    punct     12
        it              PRP  nsubj     12
        is/be           VBZ  ccomp     1
        a               DT   det       14
        lie             NN   attr      12
        .               .    punct     1
     """, {('Iran', 'funds', 'Hamas', 'alleged')}),
    # a tie the author states is no claim denied: "China, which arms Russia, denied supplying weapons to any party."
    ("""
        China             NNP  nsubj     6 GPE:China
        ,                 ,    punct     0
        which             WDT  nsubj     3
        arms/arm          VBZ  relcl     0
        Russia            NNP  dobj      3 GPE:Russia
        ,                 ,    punct     0
        denied/deny       VBD  ROOT      6
        supplying/supply  VBG  xcomp     6
        weapons/weapon    NNS  dobj      7
        to                IN   prep      7
        any               DT   det       11
        party             NN   pobj      9
        .                 .    punct     6
     """, {('China', 'funds', 'Russia', 'asserted')}),
    # not only ... but also: no contrast: "Iran supports not only Hezbollah but also Hamas."
    ("""
        Iran              NNP  nsubj     1 GPE:Iran
        supports/support  VBZ  ROOT      1
        not               RB   preconj   4
        only              RB   advmod    2
        Hezbollah         NNP  dobj      1 ORG:Hezbollah
        but               CC   cc        4
        also              RB   advmod    5
        Hamas             NNP  conj      4 ORG:Hamas
        .                 .    punct     1
     """, {('Iran', 'backs', 'Hamas', 'asserted'), ('Iran', 'backs', 'Hezbollah', 'asserted')}),
    # an apposition with no negation renames: "Iran supports the group, Hamas."
    ("""
        Iran              NNP  nsubj     1 GPE:Iran
        supports/support  VBZ  ROOT      1
        the               DT   det       3
        group             NN   dobj      1
        ,                 ,    punct     3
        Hamas             NNP  appos     3 ORG:Hamas
        .                 .    punct     1
     """, {('Iran', 'backs', 'Hamas', 'asserted')}),
    # a negated adverbial is no contrasted party: "Iran backs Hamas, not only in words."
    ("""
        Iran        NNP  nsubj     1 GPE:Iran
        backs/back  VBZ  ROOT      1
        Hamas       NNP  dobj      1 ORG:Hamas
        ,           ,    punct     2
        not         RB   preconj   6
        only        RB   advmod    4
        in          IN   prep      1
        words/word  NNS  pobj      6
        .           .    punct     1
     """, {('Iran', 'backs', 'Hamas', 'asserted')}),
    # a second object that is no verdict: "Iran called the report that it armed the Houthis a provocation."
    ("""
        Iran         NNP  nsubj     1 GPE:Iran
        called/call  VBD  ROOT      1
        the          DT   det       3
        report       NN   dobj      1
        that         IN   mark      6
        it           PRP  nsubj     6
        armed/arm    VBD  acl       3
        the          DT   det       8
        Houthis      NNP  dobj      6 ORG:Houthis
        a            DT   det       10
        provocation  NN   dobj      6
        .            .    punct     1
     """, {('Iran', 'funds', 'Houthis', 'alleged')}, ((5, 6, 'Iran'),)),
    # an organisation named with no official title speaks for no state: "Iran's state broadcaster IRIB denied that Iran sent drones to Russia."
    # (no denial of Iran's; and since round 15 the tie IRIB denies is no row, not a negated one)
    ("""
        Iran          NNP  poss      3 GPE:Iran
        's            POS  case      0
        state         NN   compound  3
        broadcaster   NN   nsubj     5
        IRIB          NNP  appos     3 ORG:IRIB
        denied/deny   VBD  ROOT      5
        that          IN   mark      8
        Iran          NNP  nsubj     8 GPE:Iran
        sent/send     VBD  ccomp     5
        drones/drone  NNS  dobj      8
        to            IN   dative    8
        Russia        NNP  pobj      10 GPE:Russia
        .             .    punct     5
     """, set()),
]


@pytest.mark.parametrize("case", TRAPS)
def test_relations_trains_denies_trap_gives_only_other_rows(case):
    table, expected, *coref = case
    assert triples(parse(table, coref[0] if coref else ())) == expected
