"""Constructions real news uses (issue 11), on hand-built parses of invented sentences: each class with
positive cases and traps. Parses follow what en_core_web_sm produces for these sentences."""

from __future__ import annotations



# (rule that must fire, parse, expected (subject, relation, object, modality), coreference spans)
POSITIVE = [
    # claimant possessive
    ("denies.clause", """
        Iran              NNP nsubj 1 GPE:Iran
        dismissed/dismiss VBD ROOT  1
        the               DT  det   3
        Guardian          NNP poss  5 ORG:The_Guardian
        's                POS case  3
        claims/claim      NNS dobj  1
        that              IN  mark  8
        Tehran            NNP nsubj 8 GPE:Iran
        arms/arm          VBZ acl   5
        Hamas             NNP dobj  8 ORG:Hamas
        .                 .   punct 1
     """, {("Iran", "denies", "Hamas", "asserted")}, ()),
    # nearer name
    ("denies.clause", """
        Iran         NNP nsubj    1 GPE:Iran
        denied/deny  VBD ROOT     1
        arming/arm   VBG xcomp    1
        Yemen        NNP poss     6 GPE:Yemen
        's           POS case     3
        Houthi       NNP compound 6 ORG:Houthis
        rebels/rebel NNS dobj     2
        .            .   punct    1
     """, {("Iran", "denies", "Houthis", "asserted")}, ()),
    # government in a place
    ("backs.nominal", """
        Iran      NNP poss  2 GPE:Iran
        's        POS case  0
        support   NN  nsubj 8
        for       IN  prep  2
        the       DT  det   5
        regime    NN  pobj  3
        in        IN  prep  5
        Syria     NNP pobj  6 GPE:Syria
        grew/grow VBD ROOT  8
        .         .   punct 8
     """, {("Iran", "backs", "Syria", "asserted")}, ()),
    # known as
    ("funds.give", """
        Qatar        NNP nsubj    1 GPE:Qatar
        sent/send    VBD ROOT     1
        cash         NN  dobj     1
        to           IN  dative   1
        the          DT  det      5
        rebels/rebel NNS pobj     3
        known/know   VBN acl      5
        as           IN  prep     6
        the          DT  det      11
        Syrian       NNP compound 11 ORG:Syrian_National_Army
        National     NNP compound 11 ORG:Syrian_National_Army
        Army         NNP pobj     7  ORG:Syrian_National_Army
        .            .   punct    1
     """, {("Qatar", "funds", "Syrian National Army", "asserted")}, ()),
    # means: weapons and money
    ("funds.means", """
        Russia            NNP nsubj 1 GPE:Russia
        bolstered/bolster VBD ROOT  1
        the               DT  det   3
        Houthis           NNP dobj  1 ORG:Houthis
        with              IN  prep  1
        rockets/rocket    NNS pobj  4
        and               CC  cc    5
        cash              NN  conj  5
        .                 .   punct 1
     """, {("Russia", "funds", "Houthis", "asserted"), ("Russia", "backs", "Houthis", "asserted")}, ()),
    # means: a manner adverb
    ("funds.means", """
        Qatar        NNP nsubj  2 GPE:Qatar
        has/have     VBZ aux    2
        helped/help  VBN ROOT   2
        Hamas        NNP dobj   2 ORG:Hamas
        financially  RB  advmod 2
        .            .   punct  2
     """, {("Qatar", "funds", "Hamas", "asserted"), ("Qatar", "backs", "Hamas", "asserted")}, ()),
    # means: training
    ("trains.means", """
        Egypt          NNP nsubj 1 GPE:Egypt
        propped/prop   VBD ROOT  1
        up             RP  prt   1
        Haftar         NNP dobj  1 PERSON:Khalifa_Haftar
        with           IN  prep  1
        training       NN  pobj  4
        .              .   punct 1
     """, {("Egypt", "trains", "Khalifa Haftar", "asserted"), ("Egypt", "backs", "Khalifa Haftar", "asserted")}, ()),
    # advice is no means of funding: "Iran helped the Houthis with advice." (only backs)
    ("backs.verb.help", """
        Iran        NNP nsubj 1 GPE:Iran
        helped/help VBD ROOT  1
        the         DT  det   3
        Houthis     NNP dobj  1 ORG:Houthis
        with        IN  prep  1
        advice      NN  pobj  4
        .           .   punct 1
     """, {("Iran", "backs", "Houthis", "asserted")}, ()),
    # material support
    ("funds.nominal.material", """
        Iran             NNP nsubj  1 GPE:Iran
        provided/provide VBD ROOT   1
        financial        JJ  amod   3
        support          NN  dobj   1
        to               IN  dative 1
        Hamas            NNP pobj   4 ORG:Hamas
        .                .   punct  1
     """, {("Iran", "funds", "Hamas", "asserted")}, ()),  # (no backs row since round 26: extract.financial_backing)
    # military support is only backing: "Iran provided military support to Hamas."
    ("backs.give", """
        Iran             NNP nsubj 1 GPE:Iran
        provided/provide VBD ROOT  1
        military         JJ  amod  3
        support          NN  dobj  1
        to               IN  prep  1
        Hamas            NNP pobj  4 ORG:Hamas
        .                .   punct 1
     """, {("Iran", "backs", "Hamas", "asserted")}, ()),
    # they: coordinated actors
    ("funds.give", """
        Observers        NNS nsubj  1
        said/say         VBD ROOT   1
        that             IN  mark   6
        Syria            NNP nsubj  6 GPE:Syria
        and              CC  cc     3
        Iran             NNP conj   3 GPE:Iran
        were/be          VBD ccomp  1
        liable           JJ  acomp  6
        because          IN  mark   10
        they             PRP nsubj  10
        provided/provide VBD advcl  6
        weapons/weapon   NNS dobj   10
        to               IN  dative 10
        Hamas            NNP pobj   12 ORG:Hamas
        .                .   punct  1
     """, {("Syria", "funds", "Hamas", "reported"), ("Iran", "funds", "Hamas", "reported")}, ()),
    # them: a name in the sentence, not the clause's subject
    ("backs.verb", """
        Iran        NNP nsubj 1 GPE:Iran
        keeps/keep  VBZ ROOT  1
        close       JJ  amod  3
        ties/tie    NNS dobj  1
        with        IN  prep  3
        the         DT  det   6
        Houthis     NNP pobj  4 ORG:Houthis
        and         CC  cc    1
        has/have    VBZ aux   9
        backed/back VBN conj  1
        them/they   PRP dobj  9
        .           .   punct 1
     """, {("Iran", "backs", "Houthis", "asserted")}, ()),
]

POSITIVE += [
    # "Iran sustained the movement militarily."
    ("backs.means", """
        Iran              NNP nsubj  1 GPE:Iran
        sustained/sustain VBD ROOT   1
        the               DT  det    3
        movement          NN  dobj   1 ORG:Hamas
        militarily        RB  advmod 1
        .                 .   punct  1
     """, {("Iran", "backs", "Hamas", "asserted")}, ()),
]

POSITIVE += [
    # a role noun as the title of a name: "Sanctions hurt Iran's proxy Hezbollah."
    ("backs.title.proxy", """
        Sanctions/sanction NNS nsubj 1
        hurt               VBD ROOT  1
        Iran               NNP poss  5 GPE:Iran
        's                 POS case  2
        proxy              JJ  amod  5
        Hezbollah          NNP dobj  1 ORG:Hezbollah
        .                  .   punct 1
     """, {("Iran", "backs", "Hezbollah", "asserted")}, ()),
    # "Hamas thanked its patron Iran."
    ("backs.title.patron", """
        Hamas          NNP  nsubj    1 ORG:Hamas
        thanked/thank  VBD  ROOT     1
        its            PRP$ poss     4
        patron         NN   compound 4
        Iran           NNP  dobj     1 GPE:Iran
        .              .    punct    1
     """, {("Iran", "backs", "Hamas", "asserted")}, ((2, 3, "Hamas"),)),
    # material sent for a purpose: "The UAE shipped drones to support Haftar's offensive."
    ("funds.purpose", """
        The          DT  det   1
        UAE          NNP nsubj 2 GPE:United_Arab_Emirates
        shipped/ship VBD ROOT  2
        drones/drone NNS dobj  2
        to           TO  aux   5
        support      VB  advcl 2
        Haftar       NNP poss  8 PERSON:Khalifa_Haftar
        's           POS case  6
        offensive    NN  dobj  5
        .            .   punct 2
     """, {("United Arab Emirates", "funds", "Khalifa Haftar", "asserted"),
           ("United Arab Emirates", "backs", "Khalifa Haftar", "asserted")}, ()),
    # trade: the seller funds the buyer. "Russia is buying rockets from North Korea."
    ("funds.receive.buy", """
        Russia         NNP nsubj    2 GPE:Russia
        is/be          VBZ aux      2
        buying/buy     VBG ROOT     2
        rockets/rocket NNS dobj     2
        from           IN  prep     2
        North          NNP compound 6 GPE:North_Korea
        Korea          NNP pobj     4 GPE:North_Korea
        .              .   punct    2
     """, {("North Korea", "funds", "Russia", "asserted")}, ()),
    # "The SNA has been on Qatar's payroll since 2019."
    ("funds.nominal.payroll", """
        The      DT  det   1
        SNA      NNP nsubj 3 ORG:Syrian_National_Army
        has/have VBZ aux   3
        been/be  VBN ROOT  3
        on       IN  prep  3
        Qatar    NNP poss  7 GPE:Qatar
        's       POS case  5
        payroll  NN  pobj  4
        since    IN  prep  3
        2019     CD  pobj  8
        .        .   punct 3
     """, {("Qatar", "funds", "Syrian National Army", "asserted")}, ()),
    # a demonym coordinated with a hyphen prefix: "Hamas praised the Russian and Egyptian-backed LNA."
    ("backs.hyphen", """
        Hamas          NNP  nsubj    1 ORG:Hamas
        praised/praise VBD  ROOT     1
        the            DT   det      8
        Russian        JJ   amod     8 NORP:Russia
        and            CC   cc       3
        Egyptian       NNP  npadvmod 7 NORP:Egypt
        -              HYPH punct    7
        backed/back    VBN  conj     3
        LNA            NNP  dobj     1 ORG:Libyan_National_Army
        .              .    punct    1
     """, {("Russia", "backs", "Libyan National Army", "asserted"), ("Egypt", "backs", "Libyan National Army", "asserted")}, ()),
    # a predicate noun after a role verb: "Hezbollah acts as Iran's proxy in Lebanon."
    ("backs.role_noun.proxy", """
        Hezbollah NNP nsubj 1 ORG:Hezbollah
        acts/act  VBZ ROOT  1
        as        IN  prep  1
        Iran      NNP poss  5 GPE:Iran
        's        POS case  3
        proxy     NN  pobj  2
        in        IN  prep  5
        Lebanon   NNP pobj  6 GPE:Lebanon
        .         .   punct 1
     """, {("Iran", "backs", "Hezbollah", "asserted")}, ()),
    # "we" in a quotation is the speaker's side: 'Chavez told Uribe: "We have not been giving money to the FARC."'
    ("denies.insist", """
        Chavez      NNP nsubj  1  PERSON:Hugo_Chavez
        told/tell   VBD ROOT   1
        Uribe       NNP dobj   1  PERSON:Alvaro_Uribe
        :           ,   punct  1
        "           ``  punct  1
        We          PRP nsubj  9
        have        VBP aux    9
        not         RB  neg    9
        been/be     VBN aux    9
        giving/give VBG ccomp  1
        money       NN  dobj   9
        to          IN  dative 9
        the         DT  det    13
        FARC        NNS pobj   11 ORG:FARC
        .           .   punct  1
        "           ''  punct  1
     """, {("Hugo Chavez", "denies", "FARC", "asserted")}, ()),
]

POSITIVE += [
    # the members a list names are whom a group noun means, not its owner: "Iran arms Iraq's militias, including Kataib Hezbollah."
    ("funds.verb", """
        Iran             NNP nsubj    1 GPE:Iran
        arms/arm         VBZ ROOT     1
        Iraq             NNP poss     4 GPE:Iraq
        's               POS case     2
        militias/militia NNS dobj     1
        ,                ,   punct    4
        including/include VBG prep    4
        Kataib           NNP compound 8 ORG:Kataib_Hezbollah
        Hezbollah        NNP pobj     6 ORG:Kataib_Hezbollah
        .                .   punct    1
     """, {("Iran", "funds", "Kataib Hezbollah", "asserted")}, ()),
    # ... also when coreference made the description stand for the owner (span 2-5 -> Iraq)
    ("funds.verb", """
        Iran             NNP nsubj    1 GPE:Iran
        arms/arm         VBZ ROOT     1
        Iraq             NNP poss     5 GPE:Iraq
        's               POS case     2
        popular          JJ  amod     5
        forces/force     NNS dobj     1
        ,                ,   punct    5
        including/include VBG prep    5
        Kataib           NNP compound 9 ORG:Kataib_Hezbollah
        Hezbollah        NNP pobj     7 ORG:Kataib_Hezbollah
        .                .   punct    1
     """, {("Iran", "funds", "Kataib Hezbollah", "asserted")}, ((2, 6, "Iraq"),)),
    # "Qatar funds rebel groups, among them Ahfad Rasoul and the Farouq Brigades." (the name's "al-" left out)
    ("funds.verb", """
        Qatar            NNP  nsubj    1  GPE:Qatar
        funds/fund       VBZ  ROOT     1
        rebel            JJ   amod     3
        groups/group     NNS  dobj     1
        ,                ,    punct    3
        among            IN   prep     8
        them/they        PRP  pobj     5
        Ahfad            NNP  compound 8  ORG:Ahfad_al-Rasoul
        Rasoul           NNP  conj     3  ORG:Ahfad_al-Rasoul
        and              CC   cc       8
        the              DT   det      11
        Farouq           NNP  compound 12 ORG:Farouq_Brigades
        Brigades         NNPS conj     8  ORG:Farouq_Brigades
        .                .    punct    1
     """, {("Qatar", "funds", "Ahfad al-Rasoul", "asserted"), ("Qatar", "funds", "Farouq Brigades", "asserted")}, ()),
    # money by its amount: "The IRGC spends huge sums to support the Houthis."
    ("funds.purpose", """
        The          DT  det   1
        IRGC         NN  nsubj 2 ORG:Islamic_Revolutionary_Guard_Corps
        spends/spend VBZ ROOT  2
        huge         JJ  amod  4
        sums/sum     NNS dobj  2
        to           TO  aux   6
        support      VB  advcl 2
        the          DT  det   8
        Houthis      NNP dobj  6 ORG:Houthis
        .            .   punct 2
     """, {("Islamic Revolutionary Guard Corps", "funds", "Houthis", "asserted"),
           ("Islamic Revolutionary Guard Corps", "backs", "Houthis", "asserted")}, ()),
]

POSITIVE += [
    # help by experts from a state, in an adjunct of a verb that is unreal only for what it asks for:
    # "With the help of experts from Iran, Syria is pushing ahead with its missile programme."
    ("backs.nominal", """
        With           IN   prep     10
        the            DT   det      2
        help           NN   pobj     0
        of             IN   prep     2
        experts/expert NNS  pobj     3
        from           IN   prep     4
        Iran           NNP  pobj     5  GPE:Iran
        ,              ,    punct    10
        Syria          NNP  nsubj    10 GPE:Syria
        is/be          VBZ  aux      10
        pushing/push   VBG  ROOT     10
        ahead          RB   advmod   10
        with           IN   prep     10
        its            PRP$ poss     15
        missile        NN   compound 15
        programme      NN   pobj     12
        .              .    punct    10
     """, {("Iran", "backs", "Syria", "asserted")}, ()),
]

POSITIVE += [
    # a training mission in a state trains its forces: "Britain expanded its training mission in Ukraine."
    ("trains.pattern.mission", """
        Britain          NNP  nsubj    1 GPE:United_Kingdom
        expanded/expand  VBD  ROOT     1
        its              PRP$ poss     4
        training         NN   compound 4
        mission          NN   dobj     1
        in               IN   prep     4
        Ukraine          NNP  pobj     5 GPE:Ukraine
        .                .    punct    1
     """, {("United Kingdom", "trains", "Ukraine", "asserted")}, ()),
]

POSITIVE += [
    # a programme stands for who runs it; recruits from a state's army are the state's:
    # "The course, run by Britain, trains recruits from Ukraine's army."
    ("trains.verb", """
        The              DT  det      1
        course           NN  nsubj    7
        ,                ,   punct    1
        run/run          VBN acl      1
        by               IN  agent    3
        Britain          NNP pobj     4  GPE:United_Kingdom
        ,                ,   punct    1
        trains/train     VBZ ROOT     7
        recruits/recruit NNS dobj     7
        from             IN  prep     8
        Ukraine          NNP poss     12 GPE:Ukraine
        's               POS case     10
        army             NN  pobj     9
        .                .   punct    7
     """, {("United Kingdom", "trains", "Ukraine", "asserted")}, ()),
]

POSITIVE += [
    # a theme given in a relative clause: "Analysts studied the support Iran gives Hamas."
    ("backs.pattern.given", """
        Analysts/analyst  NNS nsubj 1
        studied/study     VBD ROOT  1
        the               DT  det   3
        support           NN  dobj  1
        Iran              NNP nsubj 5 GPE:Iran
        gives/give        VBZ relcl 3
        Hamas             NNP dobj  5 ORG:Hamas
        .                 .   punct 1
     """, {("Iran", "backs", "Hamas", "asserted")}, ()),
    # "Analysts studied the cash Iran sends Hamas."
    ("funds.pattern.given", """
        Analysts/analyst  NNS nsubj 1
        studied/study     VBD ROOT  1
        the               DT  det   3
        cash              NN  dobj  1
        Iran              NNP nsubj 5 GPE:Iran
        sends/send        VBZ relcl 3
        Hamas             NNP dobj  5 ORG:Hamas
        .                 .   punct 1
     """, {("Iran", "funds", "Hamas", "asserted")}, ()),
    # "Analysts studied the training Iran offers Hamas."
    ("trains.pattern.given", """
        Analysts/analyst  NNS nsubj 1
        studied/study     VBD ROOT  1
        the               DT  det   3
        training          NN  dobj  1
        Iran              NNP nsubj 5 GPE:Iran
        offers/offer      VBZ relcl 3
        Hamas             NNP dobj  5 ORG:Hamas
        .                 .   punct 1
     """, {("Iran", "trains", "Hamas", "asserted")}, ()),
    # the recipient read as the theme's modifier: "Egypt has been giving Somalia military assistance for decades."
    ("backs.pattern.given", """
        Egypt        NNP nsubj 3 GPE:Egypt
        has/have     VBZ aux   3
        been/be      VBN aux   3
        giving/give  VBG ROOT  3
        Somalia      NNP nmod  6 GPE:Somalia
        military     JJ  amod  6
        assistance   NN  dobj  3
        for          IN  prep  3
        decades/decade NNS pobj  7
        .            .   punct 3
     """, {("Egypt", "backs", "Somalia", "asserted")}, ()),
]

POSITIVE += [
    # an undertaking stands for its owner: "Iran's support for Russia's war grew."
    ("backs.nominal", """
        Iran      NNP poss  2 GPE:Iran
        's        POS case  0
        support   NN  nsubj 7
        for       IN  prep  2
        Russia    NNP poss  6 GPE:Russia
        's        POS case  4
        war       NN  pobj  3
        grew/grow VBD ROOT  7
        .         .   punct 7
     """, {("Iran", "backs", "Russia", "asserted")}, ()),
]

POSITIVE += [
    # a cleft: "It is Iran that arms the Houthis."
    ("funds.verb", """
        It        PRP nsubj 1
        is/be     VBZ ROOT  1
        Iran      NNP attr  1 GPE:Iran
        that      WDT nsubj 4
        arms/arm  VBZ ccomp 1
        the       DT  det   6
        Houthis   NNP dobj  4 ORG:Houthis
        .         .   punct 1
     """, {("Iran", "funds", "Houthis", "asserted")}, ()),
    # a theme by its worth: "Russia sold Myanmar 200 million worth of arms."
    ("funds.give", """
        Russia      NNP nsubj    1 GPE:Russia
        sold/sell   VBD ROOT     1
        Myanmar     NNP dative   1 GPE:Myanmar
        200         CD  compound 4
        million     CD  nummod   5
        worth       NN  dobj     1
        of          IN  prep     5
        arms/arm    NNS pobj     6
        .           .   punct    1
     """, {("Russia", "funds", "Myanmar", "asserted")}, ()),
]

POSITIVE += [
    # a bracketed name says whom a demonym means: "Iran backs the Yemenis (Houthis)."
    ("backs.verb", """
        Iran             NNP   nsubj 1 GPE:Iran
        backs/back       VBZ   ROOT  1
        the              DT    det   3
        Yemenis/Yemeni   NNPS  dobj  1 NORP:Yemen
        (                -LRB- punct 3
        Houthis          NNP   appos 3 ORG:Houthis
        )                -RRB- punct 3
        .                .     punct 1
     """, {("Iran", "backs", "Houthis", "asserted")}, ()),
]

POSITIVE += [
    # a claim called false, its content in the sentence before:
    # "Israel accused Qatar of funding Hamas. Qatar called the accusations baseless."
    ("denies.judged", """
        Israel                 NNP nsubj 1 GPE:Israel
        accused/accuse         VBD ROOT  1
        Qatar                  NNP dobj  1 GPE:Qatar
        of                     IN  prep  1
        funding/fund           VBG pcomp 3
        Hamas                  NNP dobj  4 ORG:Hamas
        .                      .   punct 1
        Qatar                  NNP nsubj 8 GPE:Qatar
        called/call            VBD ROOT  8
        the                    DT  det   10
        accusations/accusation NNS dobj  8
        baseless               JJ  oprd  8
        .                      .   punct 8
     """, {("Qatar", "funds", "Hamas", "alleged"), ("Qatar", "denies", "Hamas", "asserted")}, ()),
    # a leader titled by a state speaks for it; the claims were stated in the sentence before:
    # "The FT said Serbia arms Ukraine. Serbian President Vucic rejected the claims."
    ("denies.object", """
        The             DT  det      1
        FT              NNP nsubj    2 ORG:Financial_Times
        said/say        VBD ROOT     2
        Serbia          NNP nsubj    4 GPE:Serbia
        arms/arm        VBZ ccomp    2
        Ukraine         NNP dobj     4 GPE:Ukraine
        .               .   punct    2
        Serbian         JJ  amod     8 NORP:Serbia
        President       NNP compound 9
        Vucic           NNP nsubj    10 PERSON:Aleksandar_Vucic
        rejected/reject VBD ROOT     10
        the             DT  det      12
        claims/claim    NNS dobj     10
        .               .   punct    10
     """, {("Serbia", "funds", "Ukraine", "reported"), ("Serbia", "denies", "Ukraine", "asserted")}, ()),
    # claims with no determiner have no antecedent: "The FT said Serbia arms Ukraine. Serbia rejected claims."
    ("funds.verb", """
        The             DT  det      1
        FT              NNP nsubj    2 ORG:Financial_Times
        said/say        VBD ROOT     2
        Serbia          NNP nsubj    4 GPE:Serbia
        arms/arm        VBZ ccomp    2
        Ukraine         NNP dobj     4 GPE:Ukraine
        .               .   punct    2
        Serbia          NNP nsubj    8 GPE:Serbia
        rejected/reject VBD ROOT     8
        claims/claim    NNS dobj     8
        .               .   punct    8
     """, {("Serbia", "funds", "Ukraine", "reported")}, ()),
]

POSITIVE += [
    # the seat a government description names wins over a coreference guess for it (span 4-6 -> Iran):
    # "Iran's support for the regime in Syria grew."
    ("backs.nominal", """
        Iran      NNP poss  2 GPE:Iran
        's        POS case  0
        support   NN  nsubj 8
        for       IN  prep  2
        the       DT  det   5
        regime    NN  pobj  3
        in        IN  prep  5
        Syria     NNP pobj  6 GPE:Syria
        grew/grow VBD ROOT  8
        .         .   punct 8
     """, {("Iran", "backs", "Syria", "asserted")}, ((4, 6, "Iran"),)),
]

POSITIVE += [
    # what something turns into: "Hezbollah has turned itself into Iran's proxy."
    ("backs.role_noun.proxy", """
        Hezbollah   NNP nsubj 2 ORG:Hezbollah
        has/have    VBZ aux   2
        turned/turn VBN ROOT  2
        itself      PRP dobj  2
        into        IN  prep  2
        Iran        NNP poss  7 GPE:Iran
        's          POS case  5
        proxy       NN  pobj  4
        .           .   punct 2
     """, {("Iran", "backs", "Hezbollah", "asserted")}, ()),
]

POSITIVE += [
    # "Wagner fighters fought alongside Haftar's forces."
    ("backs.pattern.alongside", """
        Wagner          NN  compound 1 ORG:Wagner_Group
        fighters/fighter NNS nsubj   2
        fought/fight    VBD ROOT     2
        alongside       IN  prep     2
        Haftar          NNP poss     6 PERSON:Khalifa_Haftar
        's              POS case     4
        forces/force    NNS pobj     3
        .               .   punct    2
     """, {("Wagner Group", "backs", "Khalifa Haftar", "asserted")}, ()),
    # "The drills, organised by Russia for Mali's troops, ended."
    ("trains.pattern.drills", """
        The                DT  det   1
        drills/drill       NNS nsubj 11
        ,                  ,   punct 1
        organised/organise VBN acl   1
        by                 IN  agent 3
        Russia             NNP pobj  4 GPE:Russia
        for                IN  prep  3
        Mali               NNP poss  9 GPE:Mali
        's                 POS case  7
        troops/troop       NNS pobj  6
        ,                  ,   punct 1
        ended/end          VBD ROOT  11
        .                  .   punct 11
     """, {("Russia", "trains", "Mali", "asserted")}, ()),
]

POSITIVE += [
    # a passive denial's denier is its agent, not the accuser: "Israel accused Iran of arming Hamas, a charge rejected by Tehran."
    ("denies.clause", """
        Israel          NNP nsubj    1  GPE:Israel
        accused/accuse  VBD ROOT     1
        Iran            NNP dobj     1  GPE:Iran
        of              IN  prep     1
        arming/arm      VBG pcomp    3
        Hamas           NNP dobj     4  ORG:Hamas
        ,               ,   punct    1
        a               DT  det      8
        charge          NN  npadvmod 1
        rejected/reject VBN acl      8
        by              IN  agent    9
        Tehran          NNP pobj     10 GPE:Iran
        .               .   punct    1
     """, {("Iran", "funds", "Hamas", "alleged"), ("Iran", "denies", "Hamas", "asserted")}, ()),
]

POSITIVE += [
    # a negated verb reaches through the evidence it did not see: "Officials have not seen evidence of Iran's support for the Houthis."
    ("backs.nominal", """
        Officials/official NNS nsubj  3
        have               VBP aux    3
        not                RB  neg    3
        seen/see           VBN ROOT   3
        evidence           NN  dobj   3
        of                 IN  prep   4
        Iran               NNP poss   8 GPE:Iran
        's                 POS case   6
        support            NN  pobj   5
        for                IN  prep   8
        the                DT  det    11
        Houthis            NNP pobj   9 ORG:Houthis
        .                  .   punct  3
     """, {("Iran", "backs", "Houthis", "negated")}, ()),
    # ... and evidence found states it: "Officials have found evidence of Iran's support for the Houthis."
    ("backs.nominal", """
        Officials/official NNS nsubj  2
        have               VBP aux    2
        found/find         VBN ROOT   2
        evidence           NN  dobj   2
        of                 IN  prep   3
        Iran               NNP poss   7 GPE:Iran
        's                 POS case   5
        support            NN  pobj   4
        for                IN  prep   7
        the                DT  det    10
        Houthis            NNP pobj   8 ORG:Houthis
        .                  .   punct  2
     """, {("Iran", "backs", "Houthis", "asserted")}, ()),
    # a hedge: "Hezbollah is widely regarded as Iran's proxy."
    ("backs.role_noun.proxy", """
        Hezbollah       NNP nsubjpass 3 ORG:Hezbollah
        is/be           VBZ auxpass   3
        widely          RB  advmod    3
        regarded/regard VBN ROOT      3
        as              IN  prep      3
        Iran            NNP poss      7 GPE:Iran
        's              POS case      5
        proxy           NN  pobj      4
        .               .   punct     3
     """, {("Iran", "backs", "Hezbollah", "alleged")}, ()),
]

POSITIVE += [
    # the recipient of a state's weapons and training: "The RSF is the main recipient of Russia's weapons and training."
    ("funds.pattern.recipient", """
        The        DT  det   1
        RSF        NNP nsubj 2 ORG:Rapid_Support_Forces
        is/be      VBZ ROOT  2
        the        DT  det   5
        main       JJ  amod  5
        recipient  NN  attr  2
        of         IN  prep  5
        Russia     NNP poss  9 GPE:Russia
        's         POS case  7
        weapons/weapon NNS pobj 6
        and        CC  cc    9
        training   NN  conj  9
        .          .   punct 2
     """, {("Russia", "funds", "Rapid Support Forces", "asserted"), ("Russia", "trains", "Rapid Support Forces", "asserted")}, ()),
    ("trains.pattern.recipient", """
        The        DT  det   1
        RSF        NNP nsubj 2 ORG:Rapid_Support_Forces
        is/be      VBZ ROOT  2
        the        DT  det   5
        main       JJ  amod  5
        recipient  NN  attr  2
        of         IN  prep  5
        Russia     NNP poss  9 GPE:Russia
        's         POS case  7
        training   NN  pobj  6
        .          .   punct 2
     """, {("Russia", "trains", "Rapid Support Forces", "asserted")}, ()),
]

POSITIVE += [
    # the accused is the seller: "Israel accused Iran of a drone sale to Russia." (alleged)
    ("funds.pattern.accused_of", """
        Israel         NNP nsubj    1 GPE:Israel
        accused/accuse VBD ROOT     1
        Iran           NNP dobj     1 GPE:Iran
        of             IN  prep     1
        a              DT  det      6
        drone          NN  compound 6
        sale           NN  pobj     3
        to             IN  prep     6
        Russia         NNP pobj     7 GPE:Russia
        .              .   punct    1
     """, {("Iran", "funds", "Russia", "alleged")}, ()),
]

POSITIVE += [
    # a junta stands for its state: "Russia arms the junta in Mali."
    ("funds.verb", """
        Russia    NNP nsubj 1 GPE:Russia
        arms/arm  VBZ ROOT  1
        the       DT  det   3
        junta     NN  dobj  1
        in        IN  prep  3
        Mali      NNP pobj  4 GPE:Mali
        .         .   punct 1
     """, {("Russia", "funds", "Mali", "asserted")}, ()),
]

POSITIVE += [
    # a denial as a noun: "Hamas's denial of Iranian involvement surprised no one."
    ("denies.noun", """
        Hamas              NNP poss  2 ORG:Hamas
        's                 POS case  0
        denial             NN  nsubj 6
        of                 IN  prep  2
        Iranian            JJ  amod  5 NORP:Iran
        involvement        NN  pobj  3
        surprised/surprise VBD ROOT  6
        no                 DT  det   8
        one                NN  dobj  6
        .                  .   punct 6
     """, {("Hamas", "denies", "Iran", "asserted")}, ()),
]

POSITIVE += [
    # trainers sent: "Russia has sent military trainers to Niger."
    ("trains.give.trainers", """
        Russia      NNP nsubj 2 GPE:Russia
        has/have    VBZ aux   2
        sent/send   VBN ROOT  2
        military    JJ  amod  4
        trainers/trainer NNS dobj  2
        to          IN  prep  2
        Niger       NNP pobj  5 GPE:Niger
        .           .   punct 2
     """, {("Russia", "trains", "Niger", "asserted")}, ()),
]

POSITIVE += [
    # reinforcing an actor's operations backs it: "Rwandan troops have been reinforcing M23 operations."
    ("backs.verb.bolster", """
        Rwandan                JJ  amod     1 NORP:Rwanda
        troops/troop           NNS nsubj    4
        have                   VBP aux      4
        been/be                VBN aux      4
        reinforcing/reinforce  VBG ROOT     4
        M23                    NNP compound 6 ORG:M23
        operations/operation   NNS dobj     4
        .                      .   punct    4
     """, {("Rwanda", "backs", "M23", "asserted")}, ()),
]

POSITIVE += [
    # a commitment is backing, as real news reads it (reported by its maker): "Germany promised to support Ukraine."
    ("backs.verb", """
        Germany          NNP nsubj 1 GPE:Germany
        promised/promise VBD ROOT  1
        to               TO  aux   3
        support          VB  xcomp 1
        Ukraine          NNP dobj  3 GPE:Ukraine
        .                .   punct 1
     """, {("Germany", "backs", "Ukraine", "reported")}, ()),
]

NEGATIVE_MORE = [
    # troops sent train no one: "Russia has sent military troops to Niger."
    ("trains.give.trainers", """
        Russia      NNP nsubj 2 GPE:Russia
        has/have    VBZ aux   2
        sent/send   VBN ROOT  2
        military    JJ  amod  4
        troops/troop NNS dobj  2
        to          IN  prep  2
        Niger       NNP pobj  5 GPE:Niger
        .           .   punct 2
     """, ()),
    # a denial of no tie: "Iran's denial of visas angered Britain."
    ("denies.noun", """
        Iran           NNP poss  2 GPE:Iran
        's             POS case  0
        denial         NN  nsubj 5
        of             IN  prep  2
        visas/visa     NNS pobj  3
        angered/anger  VBD ROOT  5
        Britain        NNP dobj  5 GPE:United_Kingdom
        .              .   punct 5
     """, ()),
    # "Israel accused Iran of a grain sale to Russia."
    ("funds.pattern.accused_of", """
        Israel         NNP nsubj    1 GPE:Israel
        accused/accuse VBD ROOT     1
        Iran           NNP dobj     1 GPE:Iran
        of             IN  prep     1
        a              DT  det      6
        grain          NN  compound 6
        sale           NN  pobj     3
        to             IN  prep     6
        Russia         NNP pobj     7 GPE:Russia
        .              .   punct    1
     """, ()),
    # the recipient of no material: "The RSF is the main recipient of Russia's praise."
    ("funds.pattern.recipient", """
        The        DT  det   1
        RSF        NNP nsubj 2 ORG:Rapid_Support_Forces
        is/be      VBZ ROOT  2
        the        DT  det   5
        main       JJ  amod  5
        recipient  NN  attr  2
        of         IN  prep  5
        Russia     NNP poss  9 GPE:Russia
        's         POS case  7
        praise     NN  pobj  6
        .          .   punct 2
     """, ()),
    ("trains.pattern.recipient", """
        The        DT  det   1
        RSF        NNP nsubj 2 ORG:Rapid_Support_Forces
        is/be      VBZ ROOT  2
        the        DT  det   5
        main       JJ  amod  5
        recipient  NN  attr  2
        of         IN  prep  5
        Russia     NNP poss  9 GPE:Russia
        's         POS case  7
        praise     NN  pobj  6
        .          .   punct 2
     """, ()),
    # comrades, not a side backed: "Wagner fighters fought alongside Haftar's officers."
    ("backs.pattern.alongside", """
        Wagner          NN  compound 1 ORG:Wagner_Group
        fighters/fighter NNS nsubj   2
        fought/fight    VBD ROOT     2
        alongside       IN  prep     2
        Haftar          NNP poss     6 PERSON:Khalifa_Haftar
        's              POS case     4
        officers/officer NNS pobj     3
        .               .   punct    2
     """, ()),
    # drills with no trainee named: "Russia held drills."
    ("trains.pattern.drills", """
        Russia       NNP nsubj 1 GPE:Russia
        held/hold    VBD ROOT  1
        drills/drill NNS dobj  1
        .            .   punct 1
     """, ()),
    # no judgement of falsehood: "Qatar called the talks useful."
    ("denies.judged", """
        Qatar       NNP nsubj 1 GPE:Qatar
        called/call VBD ROOT  1
        the         DT  det   3
        talks/talk  NNS dobj  1
        useful      JJ  oprd  1
        .           .   punct 1
     """, ()),
    # "Russia sold Myanmar 200 million worth of grain."
    ("funds.give", """
        Russia      NNP nsubj    1 GPE:Russia
        sold/sell   VBD ROOT     1
        Myanmar     NNP dative   1 GPE:Myanmar
        200         CD  compound 4
        million     CD  nummod   5
        worth       NN  dobj     1
        of          IN  prep     5
        grain       NN  pobj     6
        .           .   punct    1
     """, ()),
    # an undertaking of no one named: "Iran's support for the war grew."
    ("backs.nominal", """
        Iran      NNP poss  2 GPE:Iran
        's        POS case  0
        support   NN  nsubj 6
        for       IN  prep  2
        the       DT  det   5
        war       NN  pobj  3
        grew/grow VBD ROOT  6
        .         .   punct 6
     """, ()),
    # a given theme with no recipient: "Analysts studied the support Iran gives."
    ("backs.pattern.given", """
        Analysts/analyst  NNS nsubj 1
        studied/study     VBD ROOT  1
        the               DT  det   3
        support           NN  dobj  1
        Iran              NNP nsubj 5 GPE:Iran
        gives/give        VBZ relcl 3
        .                 .   punct 1
     """, ()),
    ("funds.pattern.given", """
        Analysts/analyst  NNS nsubj 1
        studied/study     VBD ROOT  1
        the               DT  det   3
        cash              NN  dobj  1
        Iran              NNP nsubj 5 GPE:Iran
        sends/send        VBZ relcl 3
        .                 .   punct 1
     """, ()),
    ("trains.pattern.given", """
        Analysts/analyst  NNS nsubj 1
        studied/study     VBD ROOT  1
        the               DT  det   3
        training          NN  dobj  1
        Iran              NNP nsubj 5 GPE:Iran
        offers/offer      VBZ relcl 3
        .                 .   punct 1
     """, ()),
    # people are not who leads them: "The militias, run by Britain, train recruits from Ukraine's army."
    ("trains.verb", """
        The              DT  det      1
        militias/militia NNS nsubj    7
        ,                ,   punct    1
        run/run          VBN acl      1
        by               IN  agent    3
        Britain          NNP pobj     4  GPE:United_Kingdom
        ,                ,   punct    1
        trains/train     VBZ ROOT     7
        recruits/recruit NNS dobj     7
        from             IN  prep     8
        Ukraine          NNP poss     12 GPE:Ukraine
        's               POS case     10
        army             NN  pobj     9
        .                .   punct    7
     """, ()),
    # a place, not a state's forces: "Iran runs a training programme in Lebanon's south."
    ("trains.pattern.mission", """
        Iran       NNP nsubj    1 GPE:Iran
        runs/run   VBZ ROOT     1
        a          DT  det      4
        training   NN  compound 4
        programme  NN  dobj     1
        in         IN  prep     4
        Lebanon    NNP poss     8 GPE:Lebanon
        's         POS case     6
        south      NN  pobj     5
        .          .   punct    1
     """, ()),
    # what an unreal verb asks for is no relation: "Qatar pushed for support for Hamas."
    ("backs.nominal", """
        Qatar       NNP nsubj 1 GPE:Qatar
        pushed/push VBD ROOT  1
        for         IN  prep  1
        support     NN  pobj  2
        for         IN  prep  3
        Hamas       NNP pobj  4 ORG:Hamas
        .           .   punct 1
     """, ()),
    # a title of no name: "Sanctions hurt Iran's proxy war."
    ("backs.title.proxy", """
        Sanctions/sanction NNS nsubj 1
        hurt               VBD ROOT  1
        Iran               NNP poss  5 GPE:Iran
        's                 POS case  2
        proxy              JJ  amod  5
        war                NN  dobj  1
        .                  .   punct 1
     """, ()),
    ("backs.title.patron", """
        Sanctions/sanction NNS nsubj 1
        hurt               VBD ROOT  1
        Iran               NNP poss  5 GPE:Iran
        's                 POS case  2
        patron             NN  compound 5
        saint              NN  dobj  1
        .                  .   punct 1
     """, ()),
    # a purpose with no actor served: "The UAE shipped drones to support its economy."
    ("funds.purpose", """
        The          DT   det   1
        UAE          NNP  nsubj 2 GPE:United_Arab_Emirates
        shipped/ship VBD  ROOT  2
        drones/drone NNS  dobj  2
        to           TO   aux   5
        support      VB   advcl 2
        its          PRP$ poss  7
        economy      NN   dobj  5
        .            .    punct 2
     """, ()),
    # buying no material: "Russia bought time from the court." (and "from the court" names no actor)
    ("funds.receive.buy", """
        Russia     NNP nsubj 1 GPE:Russia
        bought/buy VBD ROOT  1
        time       NN  dobj  1
        from       IN  prep  1
        Turkey     NNP pobj  3 GPE:Turkey
        .          .   punct 1
     """, ()),
    # a payroll one is not on: "Hamas published its payroll."
    ("funds.nominal.payroll", """
        Hamas             NNP  nsubj 1 ORG:Hamas
        published/publish VBD  ROOT  1
        its               PRP$ poss  3
        payroll           NN   dobj  1
        .                 .    punct 1
     """, ()),
]

# (a rule the trap tempts, parse, coreference spans): nothing may come out
NEGATIVE = [
    # the claimant is never the tied party: "Iran rejected accusations by Israel."
    ("denies.object", """
        Iran                   NNP nsubj 1 GPE:Iran
        rejected/reject        VBD ROOT  1
        accusations/accusation NNS dobj  1
        by                     IN  prep  2
        Israel                 NNP pobj  3 GPE:Israel
        .                      .   punct 1
     """, ()),
    # people in a place are not its government: "Russia sent cash to the forces in Syria."
    ("funds.give", """
        Russia      NNP nsubj  1 GPE:Russia
        sent/send   VBD ROOT   1
        cash        NN  dobj   1
        to          IN  dative 1
        the         DT  det    5
        forces/force NNS pobj  3
        in          IN  prep   5
        Syria       NNP pobj   6 GPE:Syria
        .           .   punct  1
     """, ()),
    # a single name is no antecedent of a subject "they": "Iran met Hamas and they received rockets from Syria."
    ("funds.receive", """
        Iran             NNP nsubj 1 GPE:Iran
        met/meet         VBD ROOT  1
        Hamas            NNP dobj  1 ORG:Hamas
        and              CC  cc    1
        they             PRP nsubj 5
        received/receive VBD conj  1
        rockets/rocket   NNS dobj  5
        from             IN  prep  5
        Syria            NNP pobj  7 GPE:Syria
        .                .   punct 1
     """, ()),
    # no means named: "Russia sustained the Houthis with advice."
    ("funds.means", """
        Russia            NNP nsubj 1 GPE:Russia
        sustained/sustain VBD ROOT  1
        the               DT  det   3
        Houthis           NNP dobj  1 ORG:Houthis
        with              IN  prep  1
        advice            NN  pobj  4
        .                 .   punct 1
     """, ()),
    ("trains.means", """
        Russia            NNP nsubj 1 GPE:Russia
        sustained/sustain VBD ROOT  1
        the               DT  det   3
        Houthis           NNP dobj  1 ORG:Houthis
        with              IN  prep  1
        advice            NN  pobj  4
        .                 .   punct 1
     """, ()),
    # a manner that is no backing: "Russia strengthened its position militarily."
    ("backs.means", """
        Russia                  NNP  nsubj  1 GPE:Russia
        strengthened/strengthen VBD  ROOT   1
        its                     PRP$ poss   3
        position                NN   dobj   1
        militarily              RB   advmod 1
        .                       .    punct  1
     """, ()),
    # a material adjective with no recipient: "Iran's financial support grew."
    ("funds.nominal.material", """
        Iran      NNP poss  3 GPE:Iran
        's        POS case  0
        financial JJ  amod  3
        support   NN  nsubj 4
        grew/grow VBD ROOT  4
        .         .   punct 4
     """, ()),
]
NEGATIVE += NEGATIVE_MORE


# Round seven (relation_rules.v7): trains and funds constructions.
POSITIVE += [
    # a noun of involvement lends its owner to the gerund under it: "Iran's role in arming the Houthis is well documented."
    ("funds.verb", """
        Iran            NNP  poss   2 GPE:Iran
        's              POS  case   0
        role            NN   nsubj  7
        in              IN   prep   2
        arming/arm      VBG  pcomp  3
        the             DT   det    6
        Houthis         NNP  dobj   4 ORG:Houthis
        is/be           VBZ  ROOT   7
        well            RB   advmod 8
        documented/document VBN acomp 7
        .               .    punct  7
     """, {("Iran", "funds", "Houthis", "asserted")}, ()),
    # ... also an infinitive: "Iran's efforts to train Hamas fighters grew."
    ("trains.verb", """
        Iran            NNP  poss   2 GPE:Iran
        's              POS  case   0
        efforts/effort  NNS  nsubj  8
        to              TO   aux    4
        train           VB   acl    2
        Hamas           NNP  compound 6 ORG:Hamas
        fighters/fighter NNS dobj   4
        grew/grow       VBD  ROOT   8
        .               .    punct  8
     """, {("Iran", "trains", "Hamas", "asserted")}, ()),
    # two gerunds after "of", the second hung on the verb above: "Israel accused Iran of training and arming Hezbollah."
    ("trains.verb", """
        Israel          NNP  nsubj  1 GPE:Israel
        accused/accuse  VBD  ROOT   1
        Iran            NNP  dobj   1 GPE:Iran
        of              IN   prep   1
        training        NN   pobj   3
        and             CC   cc     1
        arming/arm      VBG  conj   1
        Hezbollah       NNP  dobj   6 ORG:Hezbollah
        .               .    punct  1
     """, {("Iran", "trains", "Hezbollah", "alleged"), ("Iran", "funds", "Hezbollah", "alleged")}, ()),
    # a theme list of four: "Iran has given money, weapons, training and safe haven to Hamas." (v11: haven -> backs)
    ("trains.give", """
        Iran            NNP  nsubj  2 GPE:Iran
        has/have        VBZ  aux    2
        given/give      VBN  ROOT   2
        money           NN   dobj   2
        ,               ,    punct  3
        weapons/weapon  NNS  conj   3
        ,               ,    punct  5
        training        NN   conj   5
        and             CC   cc     7
        safe            JJ   amod   10
        haven           NN   conj   7
        to              IN   dative 2
        Hamas           NNP  pobj   11 ORG:Hamas
        .               .    punct  2
     """, {("Iran", "funds", "Hamas", "asserted"), ("Iran", "trains", "Hamas", "asserted"), ("Iran", "backs", "Hamas", "asserted")}, ()),
    # militiamen stand for the group naming them: "Hezbollah gave military training to 300 Shabiha militiamen."
    ("trains.give", """
        Hezbollah       NNP  nsubj  1 ORG:Hezbollah
        gave/give       VBD  ROOT   1
        military        JJ   amod   3
        training        NN   dobj   1
        to              IN   prep   1
        300             CD   nummod 7
        Shabiha         NNP  compound 7 ORG:Shabiha
        militiamen/militiaman NNS pobj 4
        .               .    punct  1
     """, {("Hezbollah", "trains", "Shabiha", "asserted")}, ()),
    # who acts with supplied weapons received them: "Hamas attacked Israel with rockets provided by Iran."
    ("funds.pattern.supplied_with", """
        Hamas           NNP  nsubj  1 ORG:Hamas
        attacked/attack VBD  ROOT   1
        Israel          NNP  dobj   1 GPE:Israel
        with            IN   prep   1
        rockets/rocket  NNS  pobj   3
        provided/provide VBN acl    4
        by              IN   agent  5
        Iran            NNP  pobj   6 GPE:Iran
        .               .    punct  1
     """, {("Iran", "funds", "Hamas", "asserted")}, ()),
    # ... a participle on the recipient: "The Houthis, armed with missiles supplied by Iran, attacked ships."
    ("funds.pattern.supplied_with", """
        The             DT   det    1
        Houthis         NNP  nsubj  10 ORG:Houthis
        ,               ,    punct  1
        armed/arm       VBN  acl    1
        with            IN   prep   3
        missiles/missile NNS pobj   4
        supplied/supply VBN  acl    5
        by              IN   agent  6
        Iran            NNP  pobj   7 GPE:Iran
        ,               ,    punct  1
        attacked/attack VBD  ROOT   10
        ships/ship      NNS  dobj   10
        .               .    punct  10
     """, {("Iran", "funds", "Houthis", "asserted")}, ()),
    # dependence for training: "Mali's junta relies on Russia for weapons and training."
    ("trains.receive.depend", """
        Mali            NNP  poss   2 GPE:Mali
        's              POS  case   0
        junta           NN   nsubj  3
        relies/rely     VBZ  ROOT   3
        on              IN   prep   3
        Russia          NNP  pobj   4 GPE:Russia
        for             IN   prep   3
        weapons/weapon  NNS  pobj   6
        and             CC   cc     7
        training        NN   conj   7
        .               .    punct  3
     """, {("Russia", "funds", "Mali", "asserted"), ("Russia", "trains", "Mali", "asserted")}, ()),
]

NEGATIVE += [
    # a noun of involvement with no gerund: "Iran's role in the talks is growing."
    ("funds.verb", """
        Iran            NNP  poss   2 GPE:Iran
        's              POS  case   0
        role            NN   nsubj  7
        in              IN   prep   2
        the             DT   det    5
        talks/talk      NNS  pobj   3
        is/be           VBZ  aux    7
        growing/grow    VBG  ROOT   7
        .               .    punct  7
     """, ()),
    # a gerund under another noun keeps no owner: "Iran's fear of arming the Houthis grew."
    ("funds.verb", """
        Iran            NNP  poss   2 GPE:Iran
        's              POS  case   0
        fear            NN   nsubj  7
        of              IN   prep   2
        arming/arm      VBG  pcomp  3
        the             DT   det    6
        Houthis         NNP  dobj   4 ORG:Houthis
        grew/grow       VBD  ROOT   7
        .               .    punct  7
     """, ()),
    # weapons taken, not supplied: "Hamas attacked Israel with rockets seized by Iran."
    ("funds.pattern.supplied_with", """
        Hamas           NNP  nsubj  1 ORG:Hamas
        attacked/attack VBD  ROOT   1
        Israel          NNP  dobj   1 GPE:Israel
        with            IN   prep   1
        rockets/rocket  NNS  pobj   3
        seized/seize    VBN  acl    4
        by              IN   agent  5
        Iran            NNP  pobj   6 GPE:Iran
        .               .    punct  1
     """, ()),
    # no theme: "Hamas attacked Israel with plans provided by Iran."
    ("funds.pattern.supplied_with", """
        Hamas           NNP  nsubj  1 ORG:Hamas
        attacked/attack VBD  ROOT   1
        Israel          NNP  dobj   1 GPE:Israel
        with            IN   prep   1
        plans/plan      NNS  pobj   3
        provided/provide VBN acl    4
        by              IN   agent  5
        Iran            NNP  pobj   6 GPE:Iran
        .               .    punct  1
     """, ()),
    # dependence for something else: "Mali's junta relies on Russia for wheat." (diplomatic cover: backs)
    ("trains.receive.depend", """
        Mali            NNP  poss   2 GPE:Mali
        's              POS  case   0
        junta           NN   nsubj  3
        relies/rely     VBZ  ROOT   3
        on              IN   prep   3
        Russia          NNP  pobj   4 GPE:Russia
        for             IN   prep   3
        wheat           NN   pobj   6
        .               .    punct  3
     """, ()),
]


POSITIVE += [
    # a training mission named by its runner: "The EU training mission in Mali ended."
    ("trains.pattern.mission", """
        The             DT   det      3
        EU              NNP  compound 3 ORG:European_Union
        training        NN   compound 3
        mission         NN   nsubj    6
        in              IN   prep     3
        Mali            NNP  pobj     4 GPE:Mali
        ended/end       VBD  ROOT     6
        .               .    punct    6
     """, {("European Union", "trains", "Mali", "asserted")}, ()),
    # trainers in a guidance phrase: "Malian soldiers trained under the guidance of Russian instructors."
    ("trains.pattern.guidance", """
        Malian          JJ   amod   1 NORP:Mali
        soldiers/soldier NNS nsubj  2
        trained/train   VBN  ROOT   2
        under           IN   prep   2
        the             DT   det    5
        guidance        NN   pobj   3
        of              IN   prep   5
        Russian         JJ   amod   8 NORP:Russia
        instructors/instructor NNS pobj 6
        .               .    punct  2
     """, {("Russia", "trains", "Mali", "asserted")}, ()),
    # who uses supplied weapons received them: "The Houthis fired Iranian-supplied missiles at ships."
    ("funds.pattern.used", """
        The             DT   det      1
        Houthis         NNP  nsubj    2 ORG:Houthis
        fired/fire      VBD  ROOT     2
        Iranian         JJ   npadvmod 5 NORP:Iran
        -               HYPH punct    5
        supplied/supply VBN  amod     6
        missiles/missile NNS dobj     2
        at              IN   prep     2
        ships/ship      NNS  pobj     7
        .               .    punct    2
     """, {("Iran", "funds", "Houthis", "asserted")}, ()),
]

NEGATIVE += [
    # a mission with no trainee: "The EU training mission ended in May."
    ("trains.pattern.mission", """
        The             DT   det      3
        EU              NNP  compound 3 ORG:European_Union
        training        NN   compound 3
        mission         NN   nsubj    4
        ended/end       VBD  ROOT     4
        in              IN   prep     4
        May             NNP  pobj     5
        .               .    punct    4
     """, ()),
    # command is no training: "Malian soldiers trained under the command of Russian officers."
    ("trains.pattern.guidance", """
        Malian          JJ   amod   1 NORP:Mali
        soldiers/soldier NNS nsubj  2
        trained/train   VBN  ROOT   2
        under           IN   prep   2
        the             DT   det    5
        command         NN   pobj   3
        of              IN   prep   5
        Russian         JJ   amod   8 NORP:Russia
        officers/officer NNS pobj   6
        .               .    punct  2
     """, ()),
    # who shoots them down received nothing: "Israel intercepted Iranian-supplied drones."
    ("funds.pattern.used", """
        Israel          NNP  nsubj    1 GPE:Israel
        intercepted/intercept VBD ROOT 1
        Iranian         JJ   npadvmod 4 NORP:Iran
        -               HYPH punct    4
        supplied/supply VBN  amod     5
        drones/drone    NNS  dobj     1
        .               .    punct    1
     """, ()),
]


POSITIVE += [
    # a recipient named by a help verb beside the giving one:
    # "Rwandan troops have been reinforcing M23 operations and providing weapons."
    ("funds.give", """
        Rwandan         JJ   amod     1 NORP:Rwanda
        troops/troop    NNS  nsubj    4
        have            VBP  aux      4
        been/be         VBN  aux      4
        reinforcing/reinforce VBG ROOT 4
        M23             NNP  compound 6 ORG:M23
        operations/operation NNS dobj 4
        and             CC   cc       4
        providing/provide VBG conj    4
        weapons/weapon  NNS  dobj     8
        .               .    punct    4
     """, {("Rwanda", "backs", "M23", "asserted"), ("Rwanda", "funds", "M23", "asserted")}, ()),
    # "them" as the theme the first verb of the pair took: "Belarus took 40 tanks out of reserve and sent them to Russia."
    ("funds.give", """
        Belarus         NNP  nsubj    1 GPE:Belarus
        took/take       VBD  ROOT     1
        40              CD   nummod   3
        tanks/tank      NNS  dobj     1
        out             IN   prep     1
        of              IN   prep     4
        reserve         NN   pobj     5
        and             CC   cc       1
        sent/send       VBD  conj     1
        them/they       PRP  dobj     8
        to              IN   prep     8
        Russia          NNP  pobj     10 GPE:Russia
        .               .    punct    1
     """, {("Belarus", "funds", "Russia", "asserted")}, ()),
    # a package of aid announced: "Germany unveiled a fresh package of military aid for Ukraine."
    ("funds.nominal.aid", """
        Germany         NNP  nsubj    1 GPE:Germany
        unveiled/unveil VBD  ROOT     1
        a               DT   det      4
        fresh           JJ   amod     4
        package         NN   dobj     1
        of              IN   prep     4
        military        JJ   amod     7
        aid             NN   pobj     5
        for             IN   prep     7
        Ukraine         NNP  pobj     8 GPE:Ukraine
        .               .    punct    1
     """, {("Germany", "funds", "Ukraine", "asserted")}, ()),
    # means after "through": "Iran helps the Assad regime through oil transfers."
    ("funds.means", """
        Iran            NNP  nsubj    1 GPE:Iran
        helps/help      VBZ  ROOT     1
        the             DT   det      4
        Assad           NNP  compound 4 PERSON:Bashar_al-Assad
        regime          NN   dobj     1
        through         IN   prep     1
        oil             NN   compound 7
        transfers/transfer NNS pobj   5
        .               .    punct    1
     """, {("Iran", "funds", "Bashar al-Assad", "asserted"), ("Iran", "backs", "Bashar al-Assad", "asserted")}, ()),
]

NEGATIVE += [
    # an attack beside the giving names no recipient: "Rwandan troops have been attacking M23 positions and providing weapons."
    ("funds.give", """
        Rwandan         JJ   amod     1 NORP:Rwanda
        troops/troop    NNS  nsubj    4
        have            VBP  aux      4
        been/be         VBN  aux      4
        attacking/attack VBG ROOT     4
        M23             NNP  compound 6 ORG:M23
        positions/position NNS dobj   4
        and             CC   cc       4
        providing/provide VBG conj    4
        weapons/weapon  NNS  dobj     8
        .               .    punct    4
     """, ()),
    # "them" for people: "Belarus took the delegates to Minsk and sent them to Russia."
    ("funds.give", """
        Belarus         NNP  nsubj    1 GPE:Belarus
        took/take       VBD  ROOT     1
        the             DT   det      3
        delegates/delegate NNS dobj   1
        to              IN   prep     1
        Minsk           NNP  pobj     4 GPE:Belarus
        and             CC   cc       1
        sent/send       VBD  conj     1
        them/they       PRP  dobj     7
        to              IN   prep     7
        Russia          NNP  pobj     9 GPE:Russia
        .               .    punct    1
     """, ()),
    # a package of something else: "Germany unveiled a new package of reforms for Ukraine."
    ("funds.nominal.aid", """
        Germany         NNP  nsubj    1 GPE:Germany
        unveiled/unveil VBD  ROOT     1
        a               DT   det      4
        new             JJ   amod     4
        package         NN   dobj     1
        of              IN   prep     4
        reforms/reform  NNS  pobj     5
        for             IN   prep     6
        Ukraine         NNP  pobj     7 GPE:Ukraine
        .               .    punct    1
     """, ()),
]


POSITIVE += [
    # weapons owned by the recipient come from the supplier: "Most of Hezbollah's weapons come from Iran."
    ("funds.pattern.come", """
        Most            JJS  nsubj    5
        of              IN   prep     0
        Hezbollah       NNP  poss     4 ORG:Hezbollah
        's              POS  case     2
        weapons/weapon  NNS  pobj     1
        come            VBP  ROOT     5
        from            IN   prep     5
        Iran            NNP  pobj     6 GPE:Iran
        .               .    punct    5
     """, {("Iran", "funds", "Hezbollah", "asserted")}, ()),
    # "Money flows from Qatar to Hamas."
    ("funds.pattern.come", """
        Money           NN   nsubj    1
        flows/flow      VBZ  ROOT     1
        from            IN   prep     1
        Qatar           NNP  pobj     2 GPE:Qatar
        to              IN   prep     1
        Hamas           NNP  pobj     4 ORG:Hamas
        .               .    punct    1
     """, {("Qatar", "funds", "Hamas", "asserted")}, ()),
    # dependence on the supplier's weapons: "Hezbollah relies on Iranian weapons."
    ("funds.receive.depend", """
        Hezbollah       NNP  nsubj    1 ORG:Hezbollah
        relies/rely     VBZ  ROOT     1
        on              IN   prep     1
        Iranian         JJ   amod     4 NORP:Iran
        weapons/weapon  NNS  pobj     2
        .               .    punct    1
     """, {("Iran", "funds", "Hezbollah", "asserted")}, ()),
]

NEGATIVE += [
    # people coming from a place: "Hezbollah's leaders come from Lebanon."
    ("funds.pattern.come", """
        Hezbollah       NNP  poss     2 ORG:Hezbollah
        's              POS  case     0
        leaders/leader  NNS  nsubj    3
        come            VBP  ROOT     3
        from            IN   prep     3
        Lebanon         NNP  pobj     4 GPE:Lebanon
        .               .    punct    3
     """, ()),
    # a commodity is trade, not funding: "India's oil comes from Russia."
    ("funds.pattern.come", """
        India           NNP  poss     2 GPE:India
        's              POS  case     0
        oil             NN   nsubj    3
        comes/come      VBZ  ROOT     3
        from            IN   prep     3
        Russia          NNP  pobj     4 GPE:Russia
        .               .    punct    3
     """, ()),
    # dependence on something else: "Hezbollah relies on Iranian pilgrims." (support: backs, not funds)
    ("funds.receive.depend", """
        Hezbollah       NNP  nsubj    1 ORG:Hezbollah
        relies/rely     VBZ  ROOT     1
        on              IN   prep     1
        Iranian         JJ   amod     4 NORP:Iran
        pilgrims/pilgrim NNS pobj     2
        .               .    punct    1
     """, ()),
]


POSITIVE += [
    # a quantity stands for what it counts: "The IRGC has trained thousands of Houthi fighters."
    ("trains.verb", """
        The             DT   det      1
        IRGC            NN   nsubj    3 ORG:Islamic_Revolutionary_Guard_Corps
        has/have        VBZ  aux      3
        trained/train   VBN  ROOT     3
        thousands/thousand NNS dobj   3
        of              IN   prep     4
        Houthi          NNP  compound 7 ORG:Houthis
        fighters/fighter NNS pobj     5
        .               .    punct    3
     """, {("Islamic Revolutionary Guard Corps", "trains", "Houthis", "asserted")}, ()),
    # a name on a group noun's own modifier: "Iran is training Houthi drone operators."
    ("trains.verb", """
        Iran            NNP  nsubj    2 GPE:Iran
        is/be           VBZ  aux      2
        training/train  VBG  ROOT     2
        Houthi          NNP  compound 4 ORG:Houthis
        drone           NN   compound 5
        operators/operator NNS dobj   2
        .               .    punct    2
     """, {("Iran", "trains", "Houthis", "asserted")}, ()),
]

NEGATIVE += [
    # a quantity of nobody named: "The IRGC has trained thousands of local fighters."
    ("trains.verb", """
        The             DT   det      1
        IRGC            NN   nsubj    3 ORG:Islamic_Revolutionary_Guard_Corps
        has/have        VBZ  aux      3
        trained/train   VBN  ROOT     3
        thousands/thousand NNS dobj   3
        of              IN   prep     4
        local           JJ   amod     7
        fighters/fighter NNS pobj     5
        .               .    punct    3
     """, ()),
    # a hyphen prefix on the modifier backs, it does not own: "Iran is training Russian-made drone operators."
    ("trains.verb", """
        Iran            NNP  nsubj    2 GPE:Iran
        is/be           VBZ  aux      2
        training/train  VBG  ROOT     2
        Russian         JJ   npadvmod 5 NORP:Russia
        -               HYPH punct    5
        made/make       VBN  amod     6
        drone           NN   compound 7
        operators/operator NNS dobj   2
        .               .    punct    2
     """, ()),
]


POSITIVE += [
    # training camps run for a trainee: "The Quds Force runs training camps for Hezbollah."
    ("trains.pattern.camps", """
        The             DT   det      2
        Quds            NNPS compound 2 ORG:Quds_Force
        Force           NNP  nsubj    3 ORG:Quds_Force
        runs/run        VBZ  ROOT     3
        training        NN   compound 5
        camps/camp      NNS  dobj     3
        for             IN   prep     5
        Hezbollah       NNP  pobj     6 ORG:Hezbollah
        .               .    punct    3
     """, {("Quds Force", "trains", "Hezbollah", "asserted")}, ()),
]

NEGATIVE += [
    # who bombs a camp runs nothing: "Israel bombed training camps for Hamas."
    ("trains.pattern.camps", """
        Israel          NNP  nsubj    1 GPE:Israel
        bombed/bomb     VBD  ROOT     1
        training        NN   compound 3
        camps/camp      NNS  dobj     1
        for             IN   prep     3
        Hamas           NNP  pobj     4 ORG:Hamas
        .               .    punct    1
     """, ()),
    # a camp's place is no trainee: "Hezbollah's training camps in Lebanon were bombed."
    ("trains.pattern.camps", """
        Hezbollah       NNP  poss     3 ORG:Hezbollah
        's              POS  case     0
        training        NN   compound 3
        camps/camp      NNS  nsubjpass 7
        in              IN   prep     3
        Lebanon         NNP  pobj     4 GPE:Lebanon
        were/be         VBD  auxpass  7
        bombed/bomb     VBN  ROOT     7
        .               .    punct    7
     """, ()),
]


POSITIVE += [
    # the supplier on the theme, the recipient on the shipment's destination:
    # "Israel seized a shipment of Iranian weapons bound for Hamas."
    ("funds.nominal.shipment", """
        Israel          NNP  nsubj    1 GPE:Israel
        seized/seize    VBD  ROOT     1
        a               DT   det      3
        shipment        NN   dobj     1
        of              IN   prep     3
        Iranian         JJ   amod     6 NORP:Iran
        weapons/weapon  NNS  pobj     4
        bound/bind      VBN  acl      6
        for             IN   prep     7
        Hamas           NNP  pobj     8 ORG:Hamas
        .               .    punct    1
     """, {("Iran", "funds", "Hamas", "asserted")}, ()),
]

NEGATIVE += [
    # a place is no destination: "Israel seized a shipment of Iranian weapons in the port."
    ("funds.nominal.shipment", """
        Israel          NNP  nsubj    1 GPE:Israel
        seized/seize    VBD  ROOT     1
        a               DT   det      3
        shipment        NN   dobj     1
        of              IN   prep     3
        Iranian         JJ   amod     6 NORP:Iran
        weapons/weapon  NNS  pobj     4
        in              IN   prep     1
        the             DT   det      9
        port            NN   pobj     7
        .               .    punct    1
     """, ()),
]


POSITIVE += [
    # a backer with a money adjective funds: "Iran is Hezbollah's main financial sponsor."
    ("funds.role_noun.financial", """
        Iran            NNP  nsubj    1 GPE:Iran
        is/be           VBZ  ROOT     1
        Hezbollah       NNP  poss     6 ORG:Hezbollah
        's              POS  case     2
        main            JJ   amod     6
        financial       JJ   amod     6
        sponsor         NN   attr     1
        .               .    punct    1
     """, {("Iran", "funds", "Hezbollah", "asserted")}, ()),  # (no backs row since round 26: extract.financial_backing)
]

NEGATIVE += [
    # backing a project is no actor's funding: "Qatar is a financial backer of the project."
    ("funds.role_noun.financial", """
        Qatar           NNP  nsubj    1 GPE:Qatar
        is/be           VBZ  ROOT     1
        a               DT   det      4
        financial       JJ   amod     4
        backer          NN   attr     1
        of              IN   prep     4
        the             DT   det      7
        project         NN   pobj     5
        .               .    punct    1
     """, ()),
]


POSITIVE += [
    # what a support includes gives the relation: "Russia's assistance to Mali includes training and equipment."
    ("trains.pattern.includes", """
        Russia          NNP  poss     2 GPE:Russia
        's              POS  case     0
        assistance      NN   nsubj    5
        to              IN   prep     2
        Mali            NNP  pobj     3 GPE:Mali
        includes/include VBZ ROOT     5
        training        NN   dobj     5
        and             CC   cc       6
        equipment       NN   conj     6
        .               .    punct    5
     """,
     {("Russia", "backs", "Mali", "asserted"), ("Russia", "funds", "Mali", "asserted"), ("Russia", "trains", "Mali", "asserted")}, ()),
    ("funds.pattern.includes", """
        Russia          NNP  poss     2 GPE:Russia
        's              POS  case     0
        assistance      NN   nsubj    5
        to              IN   prep     2
        Mali            NNP  pobj     3 GPE:Mali
        includes/include VBZ ROOT     5
        training        NN   dobj     5
        and             CC   cc       6
        equipment       NN   conj     6
        .               .    punct    5
     """,
     {("Russia", "backs", "Mali", "asserted"), ("Russia", "funds", "Mali", "asserted"), ("Russia", "trains", "Mali", "asserted")}, ()),
    # a skill taught: "Iranian instructors taught Hezbollah fighters to fly drones."
    ("trains.pattern.teach", """
        Iranian         JJ   amod     1 NORP:Iran
        instructors/instructor NNS nsubj 2
        taught/teach    VBD  ROOT     2
        Hezbollah       NNP  compound 4 ORG:Hezbollah
        fighters/fighter NNS dobj     2
        to              TO   aux      6
        fly             VB   xcomp    2
        drones/drone    NNS  dobj     6
        .               .    punct    2
     """, {("Iran", "trains", "Hezbollah", "asserted")}, ()),
    # learned from trainers: "Hamas fighters learned the skills from Iranian instructors."
    ("trains.pattern.learn", """
        Hamas           NNP  compound 1 ORG:Hamas
        fighters/fighter NNS nsubj    2
        learned/learn   VBD  ROOT     2
        the             DT   det      4
        skills/skill    NNS  dobj     2
        from            IN   prep     4
        Iranian         JJ   amod     7 NORP:Iran
        instructors/instructor NNS pobj 5
        .               .    punct    2
     """, {("Iran", "trains", "Hamas", "asserted")}, ()),
]

NEGATIVE += [
    # trade is no support: "Russia's trade with Mali includes training and equipment."
    ("trains.pattern.includes", """
        Russia          NNP  poss     2 GPE:Russia
        's              POS  case     0
        trade           NN   nsubj    5
        with            IN   prep     2
        Mali            NNP  pobj     3 GPE:Mali
        includes/include VBZ ROOT     5
        training        NN   dobj     5
        and             CC   cc       6
        equipment       NN   conj     6
        .               .    punct    5
     """, ()),
    ("funds.pattern.includes", """
        Russia          NNP  poss     2 GPE:Russia
        's              POS  case     0
        trade           NN   nsubj    5
        with            IN   prep     2
        Mali            NNP  pobj     3 GPE:Mali
        includes/include VBZ ROOT     5
        training        NN   dobj     5
        and             CC   cc       6
        equipment       NN   conj     6
        .               .    punct    5
     """, ()),
    # no skill taught: "Israel will teach Hamas a lesson."
    ("trains.pattern.teach", """
        Israel          NNP  nsubj    2 GPE:Israel
        will            MD   aux      2
        teach           VB   ROOT     2
        Hamas           NNP  dative   2 ORG:Hamas
        a               DT   det      5
        lesson          NN   dobj     2
        .               .    punct    2
     """, ()),
    # learned from mistakes: "Hamas learned the skills from Hezbollah's mistakes."
    ("trains.pattern.learn", """
        Hamas           NNP  nsubj    1 ORG:Hamas
        learned/learn   VBD  ROOT     1
        the             DT   det      3
        skills/skill    NNS  dobj     1
        from            IN   prep     3
        Hezbollah       NNP  poss     7 ORG:Hezbollah
        's              POS  case     5
        mistakes/mistake NNS pobj     4
        .               .    punct    1
     """, ()),
]


NEGATIVE += [
    # a side taken is no owner: "Israel trained pro-Haftar militias."
    ("trains.verb", """
        Israel          NNP  nsubj    1 GPE:Israel
        trained/train   VBD  ROOT     1
        pro             JJ   amod     5
        -               JJ   amod     5
        Haftar          JJ   amod     5 PERSON:Khalifa_Haftar
        militias/militia NNS dobj     1
        .               .    punct    1
     """, ()),
]


NEGATIVE += [
    # a weapon the linker took for an actor is no recipient: "The UAE has supplied armed UAVs."
    ("funds.verb", """
        The             DT   det      1
        UAE             NNP  nsubj    3 GPE:United_Arab_Emirates
        has/have        VBZ  aux      3
        supplied/supply VBN  ROOT     3
        armed           JJ   amod     5
        UAVs/uav        NNS  dobj     3 ORG:UAVs
        .               .    punct    3
     """, ()),
]


POSITIVE += [
    # a gerund the tagger read as a noun heads its clause (as it does in quotation marks:
    # 'Turkey has been "training" and "arming" Hamas'): "Turkey has been training and arming Hamas."
    ("trains.verb", """
        Turkey          NNP  nsubj    3 GPE:Turkey
        has/have        VBZ  aux      3
        been/be         VBN  aux      3
        training        NN   ROOT     3
        and             CC   cc       3
        arming/arm      VBG  conj     3
        Hamas           NNP  dobj     5 ORG:Hamas
        .               .    punct    3
     """, {("Turkey", "trains", "Hamas", "asserted"), ("Turkey", "funds", "Hamas", "asserted")}, ()),
]


POSITIVE += [
    # a group led by the prefix actor is its own: "The US-led coalition has trained the SDF."
    ("trains.verb", """
        The             DT   det      4
        US              NNP  npadvmod 3 GPE:United_States
        -               HYPH punct    3
        led/lead        VBN  amod     4
        coalition       NN   nsubj    6
        has/have        VBZ  aux      6
        trained/train   VBN  ROOT     6
        the             DT   det      8
        SDF             NNP  dobj     6 ORG:Syrian_Democratic_Forces
        .               .    punct    6
     """, {("United States", "trains", "Syrian Democratic Forces", "asserted")}, ()),
    # an "as" phrase on a copula is its subject's: "Hemedti has long been close to Moscow, as the main
    # recipient of Russian weapons."
    ("funds.pattern.recipient", """
        Hemedti         NNP  nsubj    3 PERSON:Mohamed_Hamdan_Dagalo
        has/have        VBZ  aux      3
        long            RB   advmod   3
        been/be         VBN  ROOT     3
        close           JJ   acomp    3
        to              IN   prep     4
        Moscow          NNP  pobj     5 GPE:Russia
        ,               ,    punct    3
        as              IN   prep     3
        the             DT   det      11
        main            JJ   amod     11
        recipient       NN   pobj     8
        of              IN   prep     11
        Russian         JJ   amod     14 NORP:Russia
        weapons/weapon  NNS  pobj     12
        .               .    punct    3
     """, {("Russia", "funds", "Mohamed Hamdan Dagalo", "asserted")}, ()),
]

NEGATIVE += [
    # a group backed by the prefix actor is not its own: "The US-backed coalition has trained the SDF."
    ("trains.verb", """
        The             DT   det      4
        US              NNP  npadvmod 3 GPE:United_States
        -               HYPH punct    3
        backed/back     VBN  amod     4
        coalition       NN   nsubj    6
        has/have        VBZ  aux      6
        trained/train   VBN  ROOT     6
        the             DT   det      8
        SDF             NNP  dobj     6 ORG:Syrian_Democratic_Forces
        .               .    punct    6
     """, ()),
]


POSITIVE += [
    # members listed after "among them", hung on the verb: "Iran funds several militias, among them Kataib
    # Hezbollah and the Houthis."
    ("funds.verb", """
        Iran            NNP  nsubj    1 GPE:Iran
        funds/fund      VBZ  ROOT     1
        several         JJ   amod     3
        militias/militia NNS dobj     1
        ,               ,    punct    3
        among           IN   prep     8
        them/they       PRP  pobj     5
        Kataib          NNP  compound 8 ORG:Kataib_Hezbollah
        Hezbollah       NNP  dep      1 ORG:Kataib_Hezbollah
        and             CC   cc       8
        the             DT   det      11
        Houthis         NNP  conj     8 ORG:Houthis
        .               .    punct    1
     """, {("Iran", "funds", "Kataib Hezbollah", "asserted"), ("Iran", "funds", "Houthis", "asserted")}, ()),
    # a subject hung on the auxiliary: "Iran has armed Hezbollah, Hamas and the Houthis."
    ("funds.verb", """
        Iran            NNP  nsubj    1 GPE:Iran
        has/have        VBZ  aux      2
        armed/arm       VBN  ROOT     2
        Hezbollah       NNP  dobj     2 ORG:Hezbollah
        .               .    punct    2
     """, {("Iran", "funds", "Hezbollah", "asserted")}, ()),
    # means hung on the object: "The UAE helped the RSF with money and weapons."
    ("funds.means", """
        The             DT   det      1
        UAE             NNP  nsubj    2 GPE:United_Arab_Emirates
        helped/help     VBD  ROOT     2
        the             DT   det      4
        RSF             NNP  dobj     2 ORG:Rapid_Support_Forces
        with            IN   prep     4
        money           NN   pobj     5
        and             CC   cc       6
        weapons/weapon  NNS  conj     6
        .               .    punct    2
     """, {("United Arab Emirates", "funds", "Rapid Support Forces", "asserted"),
           ("United Arab Emirates", "backs", "Rapid Support Forces", "asserted")}, ()),
    # a buyer of the supplier's weapons: "India is the largest buyer of Russian arms."
    ("funds.pattern.recipient", """
        India           NNP  nsubj    1 GPE:India
        is/be           VBZ  ROOT     1
        the             DT   det      4
        largest/large   JJS  amod     4
        buyer           NN   attr     1
        of              IN   prep     4
        Russian         JJ   amod     7 NORP:Russia
        arms/arm        NNS  pobj     5
        .               .    punct    1
     """, {("Russia", "funds", "India", "asserted")}, ()),
    # turning to a supplier: "Mali's junta turned to Russia for weapons and training."
    ("trains.pattern.turn_to", """
        Mali            NNP  poss     2 GPE:Mali
        's              POS  case     0
        junta           NN   nsubj    3
        turned/turn     VBD  ROOT     3
        to              IN   prep     3
        Russia          NNP  pobj     4 GPE:Russia
        for             IN   prep     3
        weapons/weapon  NNS  pobj     6
        and             CC   cc       7
        training        NN   conj     7
        .               .    punct    3
     """, {("Russia", "funds", "Mali", "asserted"), ("Russia", "trains", "Mali", "asserted")}, ()),
    ("funds.pattern.turn_to", """
        Mali            NNP  nsubj    1 GPE:Mali
        turned/turn     VBD  ROOT     1
        to              IN   prep     1
        Russia          NNP  pobj     2 GPE:Russia
        for             IN   prep     1
        drones/drone    NNS  pobj     4
        .               .    punct    1
     """, {("Russia", "funds", "Mali", "asserted")}, ()),
]

NEGATIVE += [
    # buying a commodity is trade: "China buys oil from Iran."
    ("funds.receive.buy", """
        China           NNP  nsubj    1 GPE:China
        buys/buy        VBZ  ROOT     1
        oil             NN   dobj     1
        from            IN   prep     1
        Iran            NNP  pobj     3 GPE:Iran
        .               .    punct    1
     """, ()),
    # turning to someone for advice: "Mali turned to Russia for advice."
    ("funds.pattern.turn_to", """
        Mali            NNP  nsubj    1 GPE:Mali
        turned/turn     VBD  ROOT     1
        to              IN   prep     1
        Russia          NNP  pobj     2 GPE:Russia
        for             IN   prep     1
        advice          NN   pobj     4
        .               .    punct    1
     """, ()),
    ("trains.pattern.turn_to", """
        Mali            NNP  nsubj    1 GPE:Mali
        turned/turn     VBD  ROOT     1
        to              IN   prep     1
        Russia          NNP  pobj     2 GPE:Russia
        for             IN   prep     1
        advice          NN   pobj     4
        .               .    punct    1
     """, ()),
]


POSITIVE += [
    # weapons for a recipient: "American weapons for Ukraine arrived in Poland."
    ("funds.nominal.arms", """
        American        JJ   amod     1 NORP:United_States
        weapons/weapon  NNS  nsubj    4
        for             IN   prep     1
        Ukraine         NNP  pobj     2 GPE:Ukraine
        arrived/arrive  VBD  ROOT     4
        in              IN   prep     4
        Poland          NNP  pobj     5 GPE:Poland
        .               .    punct    4
     """, {("United States", "funds", "Ukraine", "asserted")}, ()),
    # "Saudi loans to Egypt exceeded ten billion dollars."
    ("funds.nominal.aid", """
        Saudi           NNP  amod     1 GPE:Saudi_Arabia
        loans/loan      NNS  nsubj    4
        to              IN   prep     1
        Egypt           NNP  pobj     2 GPE:Egypt
        exceeded/exceed VBD  ROOT     4
        ten             CD   compound 6
        billion         CD   nummod   7
        dollars/dollar  NNS  dobj     4
        .               .    punct    4
     """, {("Saudi Arabia", "funds", "Egypt", "asserted")}, ()),
]

NEGATIVE += [
    # weapons arriving somewhere have no recipient: "American weapons arrived in Poland."
    ("funds.nominal.arms", """
        American        JJ   amod     1 NORP:United_States
        weapons/weapon  NNS  nsubj    2
        arrived/arrive  VBD  ROOT     2
        in              IN   prep     2
        Poland          NNP  pobj     3 GPE:Poland
        .               .    punct    2
     """, ()),
]


POSITIVE += [
    # paying someone's salaries: "Iran pays the salaries of Hezbollah fighters."
    ("funds.pattern.salaries", """
        Iran            NNP  nsubj    1 GPE:Iran
        pays/pay        VBZ  ROOT     1
        the             DT   det      3
        salaries/salary NNS  dobj     1
        of              IN   prep     3
        Hezbollah       NNP  compound 6 ORG:Hezbollah
        fighters/fighter NNS pobj     4
        .               .    punct    1
     """, {("Iran", "funds", "Hezbollah", "asserted")}, ()),
    # a sum in aid given to a recipient: "Germany pledged 5 billion euros in military aid to Ukraine."
    ("funds.give", """
        Germany         NNP  nsubj    1 GPE:Germany
        pledged/pledge  VBD  ROOT     1
        5               CD   compound 3
        billion         CD   nummod   4
        euros/euro      NNS  dobj     1
        in              IN   prep     4
        military        JJ   amod     7
        aid             NN   pobj     5
        to              IN   prep     7
        Ukraine         NNP  pobj     8 GPE:Ukraine
        .               .    punct    1
     """, {("Germany", "funds", "Ukraine", "asserted")}, ()),
    # a military supplier: "The US has been Israel's main military supplier."
    ("funds.role_noun.supplier", """
        The             DT   det      1
        US              NNP  nsubj    3 GPE:United_States
        has/have        VBZ  aux      3
        been/be         VBN  ROOT     3
        Israel          NNP  poss     8 GPE:Israel
        's              POS  case     4
        main            JJ   amod     8
        military        JJ   amod     8
        supplier        NN   attr     3
        .               .    punct    3
     """, {("United States", "funds", "Israel", "asserted")}, ()),
]

NEGATIVE += [
    # its own staff: "Iran pays the salaries of its own staff."
    ("funds.pattern.salaries", """
        Iran            NNP  nsubj    1 GPE:Iran
        pays/pay        VBZ  ROOT     1
        the             DT   det      3
        salaries/salary NNS  dobj     1
        of              IN   prep     3
        its             PRP$ poss     7
        own             JJ   amod     7
        staff           NN   pobj     4
        .               .    punct    1
     """, ()),
]


POSITIVE += [
    # who attends a course run by someone is trained by them: "Hamas fighters attended training courses run by the IRGC."
    ("trains.pattern.mission", """
        Hamas           NNP  compound 1 ORG:Hamas
        fighters/fighter NNS nsubj    2
        attended/attend VBD  ROOT     2
        training        NN   compound 4
        courses/course  NNS  dobj     2
        run             VBN  acl      4
        by              IN   agent    5
        the             DT   det      8
        IRGC            NNP  pobj     6 ORG:Islamic_Revolutionary_Guard_Corps
        .               .    punct    2
     """, {("Islamic Revolutionary Guard Corps", "trains", "Hamas", "asserted")}, ()),
    # who hosts training for someone trains them: "Britain hosted training for Ukrainian recruits."
    ("trains.nominal", """
        Britain         NNP  nsubj    1 GPE:United_Kingdom
        hosted/host     VBD  ROOT     1
        training        NN   dobj     1
        for             IN   prep     2
        Ukrainian       JJ   amod     5 NORP:Ukraine
        recruits/recruit NNS pobj     3
        .               .    punct    1
     """, {("United Kingdom", "trains", "Ukraine", "asserted")}, ()),
]

NEGATIVE += [
    # who disrupts a course trains nobody: "Hamas fighters disrupted training courses run by the IRGC."
    ("trains.pattern.mission", """
        Hamas           NNP  compound 1 ORG:Hamas
        fighters/fighter NNS nsubj    2
        disrupted/disrupt VBD ROOT    2
        training        NN   compound 4
        courses/course  NNS  dobj     2
        run             VBN  acl      4
        by              IN   agent    5
        the             DT   det      8
        IRGC            NNP  pobj     6 ORG:Islamic_Revolutionary_Guard_Corps
        .               .    punct    2
     """, ()),
]


POSITIVE += [
    # members named by "like": "Iran funds militant groups like Hezbollah and Hamas."
    ("funds.verb", """
        Iran            NNP  nsubj    1 GPE:Iran
        funds/fund      VBZ  ROOT     1
        militant        JJ   amod     3
        groups/group    NNS  dobj     1
        like            IN   prep     3
        Hezbollah       NNP  pobj     4 ORG:Hezbollah
        and             CC   cc       5
        Hamas           NNP  conj     5 ORG:Hamas
        .               .    punct    1
     """, {("Iran", "funds", "Hezbollah", "asserted"), ("Iran", "funds", "Hamas", "asserted")}, ()),
    # ... and whom fighters come from: "Iran trains fighters from groups such as Hezbollah and the Houthis."
    ("trains.verb", """
        Iran            NNP  nsubj    1 GPE:Iran
        trains/train    VBZ  ROOT     1
        fighters/fighter NNS dobj     1
        from            IN   prep     2
        groups/group    NNS  pobj     3
        such            JJ   amod     6
        as              IN   prep     4
        Hezbollah       NNP  pobj     6 ORG:Hezbollah
        and             CC   cc       7
        the             DT   det      10
        Houthis         NNP  conj     7 ORG:Houthis
        .               .    punct    1
     """, {("Iran", "trains", "Hezbollah", "asserted"), ("Iran", "trains", "Houthis", "asserted")}, ()),
]


NEGATIVE += [
    # a service bought, the purpose read as an adverbial clause: "Iran paid Hamas to deliver the message."
    ("funds.verb.pay", """
        Iran            NNP  nsubj    1 GPE:Iran
        paid/pay        VBD  ROOT     1
        Hamas           NNP  dobj     1 ORG:Hamas
        to              TO   aux      4
        deliver         VB   advcl    1
        the             DT   det      6
        message         NN   dobj     4
        .               .    punct    1
     """, ()),
]


NEGATIVE += [
    # a sum in debts owed to a creditor: "Qatar paid 15 million dollars in arrears to the World Bank."
    ("funds.give", """
        Qatar           NNP  nsubj    1 GPE:Qatar
        paid/pay        VBD  ROOT     1
        15              CD   compound 3
        million         CD   nummod   4
        dollars/dollar  NNS  dobj     1
        in              IN   prep     4
        arrears/arrear  NNS  pobj     5
        to              IN   prep     6
        the             DT   det      10
        World           NNP  compound 10 ORG:World_Bank
        Bank            NNP  pobj     7 ORG:World_Bank
        .               .    punct    1
     """, ()),
]


POSITIVE += [
    # material support to a dative read as the noun's modifier: "Iran gives the Houthis logistical and financial support."
    ("funds.pattern.material_given", """
        Iran            NNP  nsubj    1 GPE:Iran
        gives/give      VBZ  ROOT     1
        the             DT   det      7
        Houthis         NNP  nmod     7 ORG:Houthis
        logistical      JJ   amod     7
        and             CC   cc       4
        financial       JJ   conj     4
        support         NN   dobj     1
        .               .    punct    1
     """, {("Iran", "funds", "Houthis", "asserted"), ("Iran", "backs", "Houthis", "asserted")}, ()),
    # a donor: "Iran is Hamas's biggest donor."
    ("funds.role_noun", """
        Iran            NNP  nsubj    1 GPE:Iran
        is/be           VBZ  ROOT     1
        Hamas           NNP  poss     5 ORG:Hamas
        's              POS  case     2
        biggest/big     JJS  amod     5
        donor           NN   attr     1
        .               .    punct    1
     """, {("Iran", "funds", "Hamas", "asserted")}, ()),
]

NEGATIVE += [
    # political support is no funding (and no dative here): "Iran gives political support."
    ("funds.pattern.material_given", """
        Iran            NNP  nsubj    1 GPE:Iran
        gives/give      VBZ  ROOT     1
        political       JJ   amod     3
        support         NN   dobj     1
        .               .    punct    1
     """, ()),
]


POSITIVE += [
    # a coordinated theme read into the noun: "Hezbollah has provided training and logistical support to the Houthis."
    ("trains.give", """
        Hezbollah       NNP  nsubj    2 ORG:Hezbollah
        has/have        VBZ  aux      2
        provided/provide VBN ROOT     2
        training        NN   nmod     6
        and             CC   cc       3
        logistical      JJ   conj     3
        support         NN   dobj     2
        to              IN   dative   2
        the             DT   det      9
        Houthis         NNP  pobj     7 ORG:Houthis
        .               .    punct    2
     """, {("Hezbollah", "trains", "Houthis", "asserted"), ("Hezbollah", "backs", "Houthis", "asserted")}, ()),
    # time spent is no controller: "The US has spent years training the Afghan army."
    ("trains.verb", """
        The             DT   det      1
        US              NNP  nsubj    3 GPE:United_States
        has/have        VBZ  aux      3
        spent/spend     VBN  ROOT     3
        years/year      NNS  dobj     3
        training/train  VBG  xcomp    3
        the             DT   det      8
        Afghan          JJ   amod     8 NORP:Afghanistan
        army            NN   dobj     5
        .               .    punct    3
     """, {("United States", "trains", "Afghanistan", "asserted")}, ()),
]

NEGATIVE += [
    # object control keeps the object: "Iran urged the group to train Hamas." (the group is no actor)
    ("trains.verb", """
        Iran            NNP  nsubj    1 GPE:Iran
        urged/urge      VBD  ROOT     1
        the             DT   det      3
        group           NN   dobj     1
        to              TO   aux      5
        train           VB   xcomp    1
        Hamas           NNP  dobj     5 ORG:Hamas
        .               .    punct    1
     """, ()),
]


POSITIVE += [
    # a passive transfer with its source on "from": "Arms were shipped from Iran to the Houthis."
    ("funds.give", """
        Arms/arm        NNS  nsubjpass 2
        were/be         VBD  auxpass  2
        shipped/ship    VBN  ROOT     2
        from            IN   prep     2
        Iran            NNP  pobj     3 GPE:Iran
        to              IN   prep     2
        the             DT   det      7
        Houthis         NNP  pobj     5 ORG:Houthis
        .               .    punct    2
     """, {("Iran", "funds", "Houthis", "asserted")}, ()),
]

NEGATIVE += [
    # people moved are no theme: "Diplomats were sent from Iran to Oman."
    ("funds.give", """
        Diplomats/diplomat NNS nsubjpass 2
        were/be         VBD  auxpass  2
        sent/send       VBN  ROOT     2
        from            IN   prep     2
        Iran            NNP  pobj     3 GPE:Iran
        to              IN   prep     2
        Oman            NNP  pobj     5 GPE:Oman
        .               .    punct    2
     """, ()),
]


POSITIVE += [
    # the supplier on the theme's modifier: "Russian arms supplies to Mali grew."
    ("funds.nominal.shipment", """
        Russian         JJ   amod     1 NORP:Russia
        arms/arm        NNS  compound 2
        supplies/supply NNS  nsubj    5
        to              IN   prep     2
        Mali            NNP  pobj     3 GPE:Mali
        grew/grow       VBD  ROOT     5
        .               .    punct    5
     """, {("Russia", "funds", "Mali", "asserted")}, ()),
    # a flow of weapons: "The flow of Iranian weapons to the Houthis continues."
    ("funds.nominal.shipment", """
        The             DT   det      1
        flow            NN   nsubj    8
        of              IN   prep     1
        Iranian         JJ   amod     4 NORP:Iran
        weapons/weapon  NNS  pobj     2
        to              IN   prep     1
        the             DT   det      7
        Houthis         NNP  pobj     5 ORG:Houthis
        continues/continue VBZ ROOT   8
        .               .    punct    8
     """, {("Iran", "funds", "Houthis", "asserted")}, ()),
]

NEGATIVE += [
    # a flow of people: "The flow of Syrian refugees to Turkey grew."
    ("funds.nominal.shipment", """
        The             DT   det      1
        flow            NN   nsubj    7
        of              IN   prep     1
        Syrian          JJ   amod     4 NORP:Syria
        refugees/refugee NNS pobj     2
        to              IN   prep     1
        Turkey          NNP  pobj     5 GPE:Turkey
        grew/grow       VBD  ROOT     7
        .               .    punct    7
     """, ()),
]
