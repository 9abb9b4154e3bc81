"""Training and supply constructions of real news (issue 11, relation_rules.v9), on hand-built parses of invented
sentences (the parses en_core_web_sm gives them): the agents, tasks, courses and missions of training; the nouns of
arms supply. Each construction with positives and traps."""

from __future__ import annotations



# (rule that must fire, parse, expected (subject, relation, object, modality))
POSITIVE = [
    # a task of X is training Y: "Iran's mission includes training Houthi fighters."
    ("trains.pattern.task", """
        Iran             NNP poss     2 GPE:Iran
        's               POS case     0
        mission          NN  nsubj    3
        includes/include VBZ ROOT     3
        training/train   VBG xcomp    3
        Houthi           NNP compound 6 ORG:Houthis
        fighters/fighter NNS dobj     4
        .                .   punct    3
     """, {('Iran', 'trains', 'Houthis', 'asserted')}),
    # a mission named by a demonym: "The Russian mission in Mali includes training Malian soldiers."
    ("trains.pattern.task", """
        The              DT  det   2
        Russian          JJ  amod  2 NORP:Russia
        mission          NN  nsubj 5
        in               IN  prep  2
        Mali             NNP pobj  3 GPE:Mali
        includes/include VBZ ROOT  5
        training/train   VBG xcomp 5
        Malian           JJ  amod  8 NORP:Mali
        soldiers/soldier NNS dobj  6
        .                .   punct 5
     """, {('Russia', 'trains', 'Mali', 'asserted')}),
    # a task to train: "Turkey's task is to train Somali recruits."
    ("trains.pattern.task", """
        Turkey           NNP poss  2 GPE:Turkey
        's               POS case  0
        task             NN  nsubj 3
        is/be            VBZ ROOT  3
        to               TO  aux   5
        train            VB  xcomp 3
        Somali           JJ  amod  7 NORP:Somalia
        recruits/recruit NNS dobj  5
        .                .   punct 3
     """, {('Turkey', 'trains', 'Somalia', 'asserted')}),
    # military advisers embedded with a state's army: "Iranian military advisers embedded with the Syrian army fought near Aleppo."
    ("trains.pattern.advisers", """
        Iranian          JJ  amod  2 NORP:Iran
        military         JJ  amod  2
        advisers/adviser NNS nsubj 8
        embedded/embed   VBN acl   2
        with             IN  prep  3
        the              DT  det   7
        Syrian           JJ  amod  7 NORP:Syria
        army             NN  pobj  4
        fought/fight     VBD ROOT  8
        near             IN  prep  8
        Aleppo           NNP pobj  9
        .                .   punct 8
     """, {('Iran', 'trains', 'Syria', 'asserted')}),
    # military advisers to an army: "American military advisers to the Iraqi army left Baghdad."
    ("trains.pattern.advisers", """
        American         JJ  amod  2 NORP:United_States
        military         JJ  amod  2
        advisers/adviser NNS nsubj 7
        to               IN  prep  2
        the              DT  det   6
        Iraqi            JJ  amod  6 NORP:Iraq
        army             NN  pobj  3
        left/leave       VBD ROOT  7
        Baghdad          NNP dobj  7 GPE:Iraq
        .                .   punct 7
     """, {('United States', 'trains', 'Iraq', 'asserted')}),
    # military advisers sent to a state: "Russia has sent military advisers to the Central African Republic."
    ("trains.pattern.sent_advisers", """
        Russia           NNP nsubj    2 GPE:Russia
        has/have         VBZ aux      2
        sent/send        VBN ROOT     2
        military         JJ  amod     4
        advisers/adviser NNS dobj     2
        to               IN  prep     2
        the              DT  det      9
        Central          NNP compound 9 GPE:Central_African_Republic
        African          NNP compound 9 GPE:Central_African_Republic
        Republic         NNP pobj     5 GPE:Central_African_Republic
        .                .   punct    2
     """, {('Russia', 'trains', 'Central African Republic', 'asserted')}),
    # military advisers deployed to a state: "Iran deployed military advisers to Syria."
    ("trains.pattern.sent_advisers", """
        Iran             NNP nsubj 1 GPE:Iran
        deployed/deploy  VBD ROOT  1
        military         JJ  amod  3
        advisers/adviser NNS dobj  1
        to               IN  prep  1
        Syria            NNP pobj  4 GPE:Syria
        .                .   punct 1
     """, {('Iran', 'trains', 'Syria', 'asserted')}),
    # the organiser of a training course for a state's officers: "France organised a training course for Malian officers."
    ("trains.pattern.mission", """
        France             NNP nsubj    1 GPE:France
        organised/organise VBD ROOT     1
        a                  DT  det      4
        training           NN  compound 4
        course             NN  dobj     1
        for                IN  prep     4
        Malian             JJ  amod     7 NORP:Mali
        officers/officer   NNS pobj     5
        .                  .   punct    1
     """, {('France', 'trains', 'Mali', 'asserted')}),
    # training sessions for a state's troops: "Britain held training sessions for Ukrainian marines."
    ("trains.pattern.course_for", """
        Britain          NNP nsubj    1 GPE:United_Kingdom
        held/hold        VBD ROOT     1
        training         NN  compound 3
        sessions/session NNS dobj     1
        for              IN  prep     3
        Ukrainian        JJ  amod     6 NORP:Ukraine
        marines/marine   NNS pobj     4
        .                .   punct    1
     """, {('United Kingdom', 'trains', 'Ukraine', 'asserted')}),
    # drills for a state's troops: "Russia held drills for Malian troops."
    ("trains.pattern.course_for", """
        Russia       NNP nsubj 1 GPE:Russia
        held/hold    VBD ROOT  1
        drills/drill NNS dobj  1
        for          IN  prep  2
        Malian       JJ  amod  5 NORP:Mali
        troops/troop NNS pobj  3
        .            .   punct 1
     """, {('Russia', 'trains', 'Mali', 'asserted')}),
    # the runner of a training mission: "France ran a training mission in Mali for years."
    ("trains.pattern.mission", """
        France     NNP nsubj    1 GPE:France
        ran/run    VBD ROOT     1
        a          DT  det      4
        training   NN  compound 4
        mission    NN  dobj     1
        in         IN  prep     4
        Mali       NNP pobj     5 GPE:Mali
        for        IN  prep     1
        years/year NNS pobj     7
        .          .   punct    1
     """, {('France', 'trains', 'Mali', 'asserted')}),
    # the runner read under the trainee: "The training programme for Ukrainian pilots run by Denmark has started."
    ("trains.pattern.mission", """
        The           DT  det      2 
        training      NN  compound 2 
        programme     NN  nsubj    10
        for           IN  prep     2 
        Ukrainian     JJ  amod     5  NORP:Ukraine
        pilots/pilot  NNS pobj     3 
        run           VBN acl      5 
        by            IN  agent    6 
        Denmark       NNP pobj     7  GPE:Denmark
        has/have      VBZ aux      10
        started/start VBN ROOT     10
        .             .   punct    10
     """, {('Denmark', 'trains', 'Ukraine', 'asserted')}),
    # trainers deployed in a state: "Turkish trainers deployed in Libya work with the army."
    ("trains.nominal.instructors", """
        Turkish          JJ  amod  1 NORP:Turkey
        trainers/trainer NNS nsubj 5
        deployed/deploy  VBN acl   1
        in               IN  prep  2
        Libya            NNP pobj  3 GPE:Libya
        work             VBP ROOT  5
        with             IN  prep  5
        the              DT  det   8
        army             NN  pobj  6
        .                .   punct 5
     """, {('Turkey', 'trains', 'Libya', 'asserted')}),
    # military instructors in a state: "Russian military instructors in Mali have trained thousands of recruits."
    ("trains.nominal.instructors", """
        Russian                JJ  amod  2 NORP:Russia
        military               JJ  amod  2
        instructors/instructor NNS nsubj 6
        in                     IN  prep  2
        Mali                   NNP pobj  3 GPE:Mali
        have                   VBP aux   6
        trained/train          VBN ROOT  6
        thousands/thousand     NNS dobj  6
        of                     IN  prep  7
        recruits/recruit       NNS pobj  8
        .                      .   punct 6
     """, {('Russia', 'trains', 'Mali', 'asserted')}),
    # a participle trained under guidance: "Ukrainian recruits, trained under the guidance of British instructors, reached the front."
    ("trains.pattern.guidance", """
        Ukrainian              JJ  amod  1  NORP:Ukraine
        recruits/recruit       NNS nsubj 11
        ,                      ,   punct 1 
        trained/train          VBN acl   1 
        under                  IN  prep  3 
        the                    DT  det   6 
        guidance               NN  pobj  4 
        of                     IN  prep  6 
        British                JJ  amod  9  NORP:United_Kingdom
        instructors/instructor NNS pobj  7 
        ,                      ,   punct 1 
        reached/reach          VBD ROOT  11
        the                    DT  det   13
        front                  NN  dobj  11
        .                      .   punct 11
     """, {('United Kingdom', 'trains', 'Ukraine', 'asserted')}),
    # a consignment, its source read under the theme: "A consignment of rifles from Iran to the Houthis was seized."
    ("funds.nominal.shipment", """
        A            DT  det       1 
        consignment  NN  nsubjpass 10
        of           IN  prep      1 
        rifles/rifle NNS pobj      2 
        from         IN  prep      3 
        Iran         NNP pobj      4  GPE:Iran
        to           IN  prep      1 
        the          DT  det       8 
        Houthis      NNP pobj      6  ORG:Houthis
        was/be       VBD auxpass   10
        seized/seize VBN ROOT      10
        .            .   punct     10
     """, {('Iran', 'funds', 'Houthis', 'asserted')}),
    # an arms exporter in apposition: "Russia, India's largest arms exporter, signed a deal."
    ("funds.role_noun.seller", """
        Russia        NNP nsubj    8  GPE:Russia
        ,             ,   punct    0 
        India         NNP poss     6  GPE:India
        's            POS case     2 
        largest/large JJS amod     6 
        arms/arm      NNS compound 6 
        exporter      NN  appos    0 
        ,             ,   punct    0 
        signed/sign   VBD ROOT     8 
        a             DT  det      10
        deal          NN  dobj     8 
        .             .   punct    8 
     """, {('Russia', 'funds', 'India', 'asserted')}),
    # a weapons seller as predicate: "Iran has become the main weapons seller to Russia."
    ("funds.role_noun.seller", """
        Iran           NNP nsubj    2 GPE:Iran
        has/have       VBZ aux      2
        become         VBN ROOT     2
        the            DT  det      6
        main           JJ  amod     6
        weapons/weapon NNS compound 6
        seller         NN  attr     2
        to             IN  prep     6
        Russia         NNP pobj     7 GPE:Russia
        .              .   punct    2
     """, {('Iran', 'funds', 'Russia', 'asserted')}),
    # trained at camps a body runs: "Hamas fighters were trained at camps run by the IRGC."
    ("trains.pattern.camps", """
        Hamas            NNP compound  1 ORG:Hamas
        fighters/fighter NNS nsubjpass 3
        were/be          VBD auxpass   3
        trained/train    VBN ROOT      3
        at               IN  prep      3
        camps/camp       NNS pobj      4
        run              VBN acl       5
        by               IN  agent     6
        the              DT  det       9
        IRGC             NNP pobj      7 ORG:Islamic_Revolutionary_Guard_Corps
        .                .   punct     3
     """, {('Islamic Revolutionary Guard Corps', 'trains', 'Hamas', 'asserted')}),
    # trained at a body's camps: "Hezbollah fighters trained at the Quds Force's camps."
    ("trains.pattern.camps", """
        Hezbollah        NNP compound 1 ORG:Hezbollah
        fighters/fighter NNS ROOT     1
        trained/train    VBN acl      1
        at               IN  prep     2
        the              DT  det      6
        Quds             NNP compound 6 ORG:Quds_Force
        Force            NNP poss     8 ORG:Quds_Force
        's               POS case     6
        camps/camp       NNS pobj     3
        .                .   punct    1
     """, {('Quds Force', 'trains', 'Hezbollah', 'asserted')}),
    # an active trainer keeps its trainee (the camps' runner trains no one): "The IRGC trained Hamas fighters at camps run by Hezbollah."
    ("trains.verb", """
        The              DT  det      1
        IRGC             NN  nsubj    2 ORG:Islamic_Revolutionary_Guard_Corps
        trained/train    VBD ROOT     2
        Hamas            NNP compound 4 ORG:Hamas
        fighters/fighter NNS dobj     2
        at               IN  prep     4
        camps/camp       NNS pobj     5
        run              VBN acl      6
        by               IN  agent    7
        Hezbollah        NNP pobj     8 ORG:Hezbollah
        .                .   punct    2
     """, {('Islamic Revolutionary Guard Corps', 'trains', 'Hamas', 'asserted')}),
    # a key role in training: "Iran played a key role in training Hezbollah." (who plays a role in it does it:
    # vocab/effort_verbs.txt, for every relation since relation_rules.v13)
    ("trains.verb", """
        Iran           NNP nsubj 1 GPE:Iran
        played/play    VBD ROOT  1
        a              DT  det   4
        key            JJ  amod  4
        role           NN  dobj  1
        in             IN  prep  4
        training/train VBG pcomp 5
        Hezbollah      NNP dobj  6 ORG:Hezbollah
        .              .   punct 1
     """, {('Iran', 'trains', 'Hezbollah', 'asserted')}),
    # a hand in training: "Iran had a hand in training the Houthis."
    ("trains.verb", """
        Iran           NNP nsubj 1 GPE:Iran
        had/have       VBD ROOT  1
        a              DT  det   3
        hand           NN  dobj  1
        in             IN  prep  3
        training/train VBG pcomp 4
        the            DT  det   7
        Houthis        NNP dobj  5 ORG:Houthis
        .              .   punct 1
     """, {('Iran', 'trains', 'Houthis', 'asserted')}),
    # under a state's supervision: "Malian soldiers trained under Russian supervision."
    ("trains.pattern.guidance", """
        Malian           JJ  amod  1 NORP:Mali
        soldiers/soldier NNS nsubj 2
        trained/train    VBN ROOT  2
        under            IN  prep  2
        Russian          JJ  amod  5 NORP:Russia
        supervision      NN  pobj  3
        .                .   punct 2
     """, {('Russia', 'trains', 'Mali', 'asserted')}),
    # a participle under a state's supervision: "Somali recruits, trained under Turkish supervision, guard the port."
    ("trains.pattern.guidance", """
        Somali           JJ  amod  1  NORP:Somalia
        recruits/recruit NNS nsubj 8 
        ,                ,   punct 1 
        trained/train    VBN acl   1 
        under            IN  prep  3 
        Turkish          JJ  amod  6  NORP:Turkey
        supervision      NN  pobj  4 
        ,                ,   punct 1 
        guard            VBP ROOT  8 
        the              DT  det   10
        port             NN  dobj  8 
        .                .   punct 8 
     """, {('Turkey', 'trains', 'Somalia', 'asserted')}),
    # a hyphenated runner of a training programme: "Operation Interflex, the British-led training programme for Ukrainian recruits, continues."
    ("trains.pattern.mission", """
        Operation          NNP  compound 1 
        Interflex          NNP  nsubj    13
        ,                  ,    punct    1 
        the                DT   det      8 
        British            NNP  npadvmod 6  NORP:United_Kingdom
        -                  HYPH punct    6 
        led/lead           VBN  amod     8 
        training           NN   compound 8 
        programme          NN   appos    1 
        for                IN   prep     8 
        Ukrainian          JJ   amod     11 NORP:Ukraine
        recruits/recruit   NNS  pobj     9 
        ,                  ,    punct    13
        continues/continue VBZ  ROOT     13
        .                  .    punct    13
     """, {('United Kingdom', 'trains', 'Ukraine', 'asserted')}),
    # benefiting from a funding noun: the receiving host: "Hamas has benefited from Qatari largesse."
    ("funds.roles.noun", """
        Hamas             NNP nsubj 2 ORG:Hamas
        has/have          VBZ aux   2
        benefited/benefit VBN ROOT  2
        from              IN  prep  2
        Qatari            JJ  amod  5 NORP:Qatar
        largesse          NN  pobj  3
        .                 .   punct 2
     """, {('Qatar', 'funds', 'Hamas', 'asserted')}),
    # a sponsorship of its client: "Russia's sponsorship of the Wagner Group ended."
    ("backs.nominal.in_support", """
        Russia      NNP poss     2 GPE:Russia
        's          POS case     0
        sponsorship NN  nsubj    7
        of          IN  prep     2
        the         DT  det      6
        Wagner      NNP compound 6 ORG:Wagner_Group
        Group       NNP pobj     3 ORG:Wagner_Group
        ended/end   VBD ROOT     7
        .           .   punct    7
     """, {('Russia', 'backs', 'Wagner Group', 'asserted')}),
    # a patronage of its client: "Iran's patronage of Hezbollah is well known."
    ("backs.nominal.in_support", """
        Iran       NNP poss   2 GPE:Iran
        's         POS case   0
        patronage  NN  nsubj  5
        of         IN  prep   2
        Hezbollah  NNP pobj   3 ORG:Hezbollah
        is/be      VBZ ROOT   5
        well       RB  advmod 7
        known/know VBN acomp  5
        .          .   punct  5
     """, {('Iran', 'backs', 'Hezbollah', 'asserted')}),
    # an owner's weapons from a state: "Hezbollah's rockets from Iran hit Haifa."
    ("funds.nominal.arms", """
        Hezbollah      NNP poss  2 ORG:Hezbollah
        's             POS case  0
        rockets/rocket NNS nsubj 5
        from           IN  prep  2
        Iran           NNP pobj  3 GPE:Iran
        hit            VBD ROOT  5
        Haifa          NNP dobj  5
        .              .   punct 5
     """, {('Iran', 'funds', 'Hezbollah', 'asserted')}),
    # the source of an owner's weapons: "Iran is the source of the Houthis' weapons."
    ("funds.role_noun.supplier", """
        Iran           NNP nsubj 1 GPE:Iran
        is/be          VBZ ROOT  1
        the            DT  det   3
        source         NN  attr  1
        of             IN  prep  3
        the            DT  det   6
        Houthis        NNP poss  8 ORG:Houthis
        '              POS case  6
        weapons/weapon NNS pobj  4
        .              .   punct 1
     """, {('Iran', 'funds', 'Houthis', 'asserted')}),
    # supplied weapons used by a state: "Iranian-supplied drones were used by Russia."
    ("funds.pattern.used", """
        Iranian         JJ   amod      2 NORP:Iran
        -               HYPH punct     2
        supplied/supply VBN  amod      3
        drones/drone    NNS  nsubjpass 5
        were/be         VBD  auxpass   5
        used/use        VBN  ROOT      5
        by              IN   agent     5
        Russia          NNP  pobj      6 GPE:Russia
        .               .    punct     5
     """, {('Iran', 'funds', 'Russia', 'asserted')}),
    # the supplier of a state's war machine: "China is the main supplier of Russia's war machine."
    ("funds.role_noun.supplier", """
        China    NNP nsubj    1 GPE:China
        is/be    VBZ ROOT     1
        the      DT  det      4
        main     JJ  amod     4
        supplier NN  attr     1
        of       IN  prep     4
        Russia   NNP poss     9 GPE:Russia
        's       POS case     6
        war      NN  compound 9
        machine  NN  pobj     5
        .        .   punct    1
     """, {('China', 'funds', 'Russia', 'asserted')}),
    # a supplier to a state's war effort: "Belarus has been a key supplier to the Russian war effort."
    ("funds.role_noun.supplier", """
        Belarus  NNP nsubj    2  GPE:Belarus
        has/have VBZ aux      2 
        been/be  VBN ROOT     2 
        a        DT  det      5 
        key      JJ  amod     5 
        supplier NN  attr     2 
        to       IN  prep     5 
        the      DT  det      10
        Russian  JJ  amod     10 NORP:Russia
        war      NN  compound 10
        effort   NN  pobj     6 
        .        .   punct    2 
     """, {('Belarus', 'funds', 'Russia', 'asserted')}),
    # groups linked to a state's money: "Several Syrian rebel groups are linked to Qatari money, among them Ahrar al-Sham."
    ("funds.pattern.linked", """
        Several      JJ   amod      3 
        Syrian       JJ   amod      3  NORP:Syria
        rebel        NN   compound  3 
        groups/group NNS  nsubjpass 5 
        are/be       VBP  auxpass   5 
        linked/link  VBN  ROOT      5 
        to           IN   prep      5 
        Qatari       JJ   amod      8  NORP:Qatar
        money        NN   pobj      6 
        ,            ,    punct     8 
        among        IN   prep      15
        them/they    PRP  pobj      10
        Ahrar        NNP  compound  15 ORG:Ahrar_al-Sham
        al           NNP  compound  15 ORG:Ahrar_al-Sham
        -            HYPH punct     15 ORG:Ahrar_al-Sham
        Sham         NNP  appos     3  ORG:Ahrar_al-Sham
        .            .    punct     5 
     """, {('Qatar', 'funds', 'Ahrar al-Sham', 'alleged')}),  # (v11: being linked to hedges, as the real-news gold reads it)
    # a group tied to a state's funding: "Hamas is tied to Iranian funding."
    ("funds.pattern.linked", """
        Hamas    NNP nsubjpass 2 ORG:Hamas
        is/be    VBZ auxpass   2
        tied/tie VBN ROOT      2
        to       IN  prep      2
        Iranian  JJ  amod      5 NORP:Iran
        funding  NN  pobj      3
        .        .   punct     2
     """, {('Iran', 'funds', 'Hamas', 'asserted')}),
    # advisers embedded with a state's forces: "Iranian advisers embedded with Syrian forces directed the assault."
    ("trains.pattern.advisers", """
        Iranian          JJ  amod  1 NORP:Iran
        advisers/adviser NNS nsubj 6
        embedded/embed   VBN acl   1
        with             IN  prep  2
        Syrian           JJ  amod  5 NORP:Syria
        forces/force     NNS pobj  3
        directed/direct  VBD ROOT  6
        the              DT  det   8
        assault          NN  dobj  6
        .                .   punct 6
     """, {('Iran', 'trains', 'Syria', 'asserted')}),
    # advisers embedded with a state's troops (the clause misread): "American advisers embedded with Iraqi troops called in airstrikes."
    ("trains.pattern.advisers", """
        American             JJ  amod  1 NORP:United_States
        advisers/adviser     NNS ROOT  1
        embedded/embed       VBN acl   1
        with                 IN  prep  2
        Iraqi                JJ  amod  5 NORP:Iraq
        troops/troop         NNS pobj  3
        called/call          VBN acl   5
        in                   IN  prep  6
        airstrikes/airstrike NNS pobj  7
        .                    .   punct 1
     """, {('United States', 'trains', 'Iraq', 'asserted')}),
    # trainers there as part of strengthening an army: "Turkish trainers stayed in Mogadishu as part of strengthening the Somali army."
    ("trains.nominal.instructors", """
        Turkish                  JJ  amod  1  NORP:Turkey
        trainers/trainer         NNS nsubj 2 
        stayed/stay              VBD ROOT  2 
        in                       IN  prep  2 
        Mogadishu                NNP pobj  3 
        as                       IN  prep  2 
        part                     NN  pobj  5 
        of                       IN  prep  6 
        strengthening/strengthen VBG pcomp 7 
        the                      DT  det   11
        Somali                   JJ  amod  11 NORP:Somalia
        army                     NN  dobj  8 
        .                        .   punct 2 
     """, {('Turkey', 'trains', 'Somalia', 'asserted')}),
    # trainers there as part of improving an army's readiness: "Turkish trainers stayed on as part of improving the readiness of the Somali army."
    ("trains.nominal.instructors", """
        Turkish           JJ  amod  1  NORP:Turkey
        trainers/trainer  NNS nsubj 2 
        stayed/stay       VBD ROOT  2 
        on                RP  prt   2 
        as                IN  prep  2 
        part              NN  pobj  4 
        of                IN  prep  5 
        improving/improve VBG pcomp 6 
        the               DT  det   9 
        readiness         NN  dobj  7 
        of                IN  prep  9 
        the               DT  det   13
        Somali            JJ  amod  13 NORP:Somalia
        army              NN  pobj  10
        .                 .   punct 2 
     """, {('Turkey', 'trains', 'Somalia', 'asserted')}),
    # military advisers there to strengthen an army: "Turkish military advisers are in Somalia to strengthen the Somali army."
    # (strengthening the army is also backing it: round 32)
    ("trains.pattern.advisers", """
        Turkish          JJ  amod  2  NORP:Turkey
        military         JJ  amod  2 
        advisers/adviser NNS nsubj 3 
        are/be           VBP ROOT  3 
        in               IN  prep  3 
        Somalia          NNP pobj  4  GPE:Somalia
        to               TO  aux   7 
        strengthen       VB  advcl 3 
        the              DT  det   10
        Somali           JJ  amod  10 NORP:Somalia
        army             NN  dobj  7 
        .                .   punct 3 
     """, {('Turkey', 'trains', 'Somalia', 'asserted'), ('Turkey', 'backs', 'Somalia', 'asserted')}),
    # instructors sent to help a state's pilots: "Cuban instructors were sent to Caracas to help Venezuelan pilots fly the new jets."
    ("trains.nominal.instructors", """
        Cuban                  JJ  amod      1  NORP:Cuba
        instructors/instructor NNS nsubjpass 3 
        were/be                VBD auxpass   3 
        sent/send              VBN ROOT      3 
        to                     IN  dative    3 
        Caracas                NNP pobj      4  GPE:Venezuela
        to                     TO  aux       7 
        help                   VB  advcl     3 
        Venezuelan             JJ  amod      9  NORP:Venezuela
        pilots/pilot           NNS nsubj     10
        fly                    VB  ccomp     7 
        the                    DT  det       13
        new                    JJ  amod      13
        jets/jet               NNS dobj      10
        .                      .   punct     3 
     """, {('Cuba', 'trains', 'Venezuela', 'asserted'), ('Cuba', 'backs', 'Venezuela', 'asserted')}),
    # a team of instructors sent to a state: "Turkey sent a team of instructors to Somalia."
    ("trains.give.trainers", """
        Turkey                 NNP nsubj 1 GPE:Turkey
        sent/send              VBD ROOT  1
        a                      DT  det   3
        team                   NN  dobj  1
        of                     IN  prep  3
        instructors/instructor NNS pobj  4
        to                     IN  prep  1
        Somalia                NNP pobj  6 GPE:Somalia
        .                      .   punct 1
     """, {('Turkey', 'trains', 'Somalia', 'asserted')}),
    # the officers of a state's directorate: "Egyptian advisers reportedly train officers of Sudan's intelligence directorate."
    ("trains.verb", """
        Egyptian         JJ  amod     1 NORP:Egypt
        advisers/adviser NNS nsubj    3
        reportedly       RB  advmod   3
        train            VBP ROOT     3
        officers/officer NNS dobj     3
        of               IN  prep     4
        Sudan            NNP poss     9 GPE:Sudan
        's               POS case     6
        intelligence     NN  compound 9
        directorate      NN  pobj     5
        .                .   punct    3
     """, {('Egypt', 'trains', 'Sudan', 'alleged')}),
    # advisers with no military word helping a government: backs, no training: "Turkish advisers are in Somalia to help the Somali government."
    ("backs.verb.help", """
        Turkish          JJ  amod  1 NORP:Turkey
        advisers/adviser NNS nsubj 2
        are/be           VBP ROOT  2
        in               IN  prep  2
        Somalia          NNP pobj  3 GPE:Somalia
        to               TO  aux   6
        help             VB  advcl 2
        the              DT  det   9
        Somali           JJ  amod  9 NORP:Somalia
        government       NN  dobj  6
        .                .   punct 2
     """, {('Turkey', 'backs', 'Somalia', 'asserted')}),
    # running training for a state's troops: "France runs training for Nigerien troops."
    ("trains.nominal", """
        France       NNP nsubj    1 GPE:France
        runs/run     VBZ ROOT     1
        training     NN  dobj     1
        for          IN  prep     2
        Nigerien     NNP compound 5 NORP:Niger
        troops/troop NNS pobj     3
        .            .   punct    1
     """, {('France', 'trains', 'Niger', 'asserted')}),
    # training conducted by a state's instructors: "The training of Malian soldiers is conducted by Russian instructors."
    ("trains.nominal", """
        The                    DT  det       1
        training               NN  nsubjpass 6
        of                     IN  prep      1
        Malian                 JJ  amod      4 NORP:Mali
        soldiers/soldier       NNS pobj      2
        is/be                  VBZ auxpass   6
        conducted/conduct      VBN ROOT      6
        by                     IN  agent     6
        Russian                JJ  amod      9 NORP:Russia
        instructors/instructor NNS pobj      7
        .                      .   punct     6
     """, {('Russia', 'trains', 'Mali', 'asserted')}),
    # deliveries to a recipient included training (one recipient: the deliveries'): "Turkey's deliveries to the GNA included training for Libyan officers."
    ("trains.pattern.includes", """
        Turkey              NNP poss  2  GPE:Turkey
        's                  POS case  0 
        deliveries/delivery NNS nsubj 6 
        to                  IN  prep  2 
        the                 DT  det   5 
        GNA                 NNP pobj  3  ORG:Government_of_National_Accord
        included/include    VBD ROOT  6 
        training            NN  dobj  6 
        for                 IN  prep  7 
        Libyan              JJ  amod  10 NORP:Libya
        officers/officer    NNS pobj  8 
        .                   .   punct 6 
     """, {('Turkey', 'trains', 'Government of National Accord', 'asserted')}),
    # a package included training for a state's pilots: "Russia's military package included training for Malian pilots."
    ("trains.pattern.includes", """
        Russia           NNP poss  3 GPE:Russia
        's               POS case  0
        military         JJ  amod  3
        package          NN  nsubj 4
        included/include VBD ROOT  4
        training         NN  dobj  4
        for              IN  prep  5
        Malian           JJ  amod  8 NORP:Mali
        pilots/pilot     NNS pobj  6
        .                .   punct 4
     """, {('Russia', 'trains', 'Mali', 'asserted')}),
    # an owner beside a demonym is the trainee: "Mali's Russian trainers left Bamako."
    ("trains.nominal.instructors", """
        Mali             NNP poss  3 GPE:Mali
        's               POS case  0
        Russian          JJ  amod  3 NORP:Russia
        trainers/trainer NNS nsubj 4
        left/leave       VBD ROOT  4
        Bamako           NNP dobj  4 GPE:Mali
        .                .   punct 4
     """, {('Russia', 'trains', 'Mali', 'asserted')}),
    # a cooperation with a state includes training: "Russia's cooperation with Mali includes training."
    ("trains.pattern.includes", """
        Russia           NNP poss  2 GPE:Russia
        's               POS case  0
        cooperation      NN  nsubj 5
        with             IN  prep  2
        Mali             NNP pobj  3 GPE:Mali
        includes/include VBZ ROOT  5
        training         NN  dobj  5
        .                .   punct 5
     """, {('Russia', 'trains', 'Mali', 'asserted')}),
    # taught by a state's instructors: "Malian soldiers are taught by Russian instructors."
    ("trains.pattern.teach", """
        Malian                 JJ  amod      1 NORP:Mali
        soldiers/soldier       NNS nsubjpass 3
        are/be                 VBP auxpass   3
        taught/teach           VBN ROOT      3
        by                     IN  agent     3
        Russian                JJ  amod      6 NORP:Russia
        instructors/instructor NNS pobj      4
        .                      .   punct     3
     """, {('Russia', 'trains', 'Mali', 'asserted')}),
    # the patron noun as a copula's subject: "The Houthis' main benefactor is Iran."
    ("backs.role_noun.patron", """
        The        DT  det   1
        Houthis    NNP poss  4 ORG:Houthis
        '          POS case  1
        main       JJ  amod  4
        benefactor NN  nsubj 5
        is/be      VBZ ROOT  5
        Iran       NNP attr  5 GPE:Iran
        .          .   punct 5
     """, {('Iran', 'backs', 'Houthis', 'asserted')}),
    # the supplier noun as a copula's subject: "The Houthis' main arms supplier is Iran."
    ("funds.role_noun.supplier", """
        The      DT  det      1
        Houthis  NNP poss     5 ORG:Houthis
        '        POS case     1
        main     JJ  amod     5
        arms/arm NNS compound 5
        supplier NN  nsubj    6
        is/be    VBZ ROOT     6
        Iran     NNP attr     6 GPE:Iran
        .        .   punct    6
     """, {('Iran', 'funds', 'Houthis', 'asserted')}),
    # shipments bound for a group: "The interception of Iranian arms shipments bound for the Houthis continued."
    ("funds.nominal.shipment", """
        The                DT  det      1 
        interception       NN  nsubj    10
        of                 IN  prep     1 
        Iranian            JJ  amod     5  NORP:Iran
        arms/arm           NNS compound 5 
        shipments/shipment NNS pobj     2 
        bound/bind         VBN acl      5 
        for                IN  prep     6 
        the                DT  det      9 
        Houthis            NNP pobj     7  ORG:Houthis
        continued/continue VBD ROOT     10
        .                  .   punct    10
     """, {('Iran', 'funds', 'Houthis', 'asserted')}),
    # a hyphenated leader of the training: "The US-led training of Iraqi forces continued."
    ("trains.nominal", """
        The                DT   det      4
        US                 NNP  npadvmod 3 GPE:United_States
        -                  HYPH punct    3
        led/lead           VBN  amod     4
        training           NN   nsubj    8
        of                 IN   prep     4
        Iraqi              JJ   amod     7 NORP:Iraq
        forces/force       NNS  pobj     5
        continued/continue VBD  ROOT     8
        .                  .    punct    8
     """, {('United States', 'trains', 'Iraq', 'asserted')}),
    # a group whose fighters a state trained (passive): "Hezbollah, whose fighters were trained by Iran, fired rockets."
    ("trains.pattern.whose", """
        Hezbollah        NNP nsubj     9 ORG:Hezbollah
        ,                ,   punct     0
        whose            WP$ poss      3
        fighters/fighter NNS nsubjpass 5
        were/be          VBD auxpass   5
        trained/train    VBN relcl     0
        by               IN  agent     5
        Iran             NNP pobj      6 GPE:Iran
        ,                ,   punct     0
        fired/fire       VBD ROOT      9
        rockets/rocket   NNS dobj      9
        .                .   punct     9
     """, {('Iran', 'trains', 'Hezbollah', 'asserted')}),
    # fighters sent for training by a group: "The Houthis sent fighters to Lebanon for training by Hezbollah."
    ("trains.pattern.sent_for", """
        The              DT  det    1
        Houthis          NNP nsubj  2 ORG:Houthis
        sent/send        VBD ROOT   2
        fighters/fighter NNS dobj   2
        to               IN  dative 2
        Lebanon          NNP pobj   4 GPE:Lebanon
        for              IN  prep   2
        training         NN  pobj   6
        by               IN  prep   7
        Hezbollah        NNP pobj   8 ORG:Hezbollah
        .                .   punct  2
     """, {('Hezbollah', 'trains', 'Houthis', 'asserted')}),
    # a group whose fighters a state pays: "Hamas, whose fighters are paid by Iran, attacked."
    ("funds.pattern.whose", """
        Hamas            NNP nsubj     9 ORG:Hamas
        ,                ,   punct     0
        whose            WP$ poss      3
        fighters/fighter NNS nsubjpass 5
        are/be           VBP auxpass   5
        paid/pay         VBN relcl     0
        by               IN  agent     5
        Iran             NNP pobj      6 GPE:Iran
        ,                ,   punct     9
        attacked/attack  VBN ROOT      9
        .                .   punct     9
     """, {('Iran', 'funds', 'Hamas', 'asserted')}),
    # a group whose factions a state backs: "The SNA, whose factions are backed by Turkey, advanced."
    ("backs.pattern.whose", """
        The              DT  det       1 
        SNA              NNP nsubj     10 ORG:Syrian_National_Army
        ,                ,   punct     1 
        whose            WP$ poss      4 
        factions/faction NNS nsubjpass 6 
        are/be           VBP auxpass   6 
        backed/back      VBN relcl     1 
        by               IN  agent     6 
        Turkey           NNP pobj      7  GPE:Turkey
        ,                ,   punct     1 
        advanced/advance VBD ROOT      10
        .                .   punct     10
     """, {('Turkey', 'backs', 'Syrian National Army', 'asserted')}),
    # attending camps a hyphenated state runs: "The Houthis attended Iranian-run training camps."
    ("trains.pattern.camps", """
        The             DT   det      1
        Houthis         NNP  nsubj    2 ORG:Houthis
        attended/attend VBD  ROOT     2
        Iranian         JJ   amod     5 NORP:Iran
        -               HYPH punct    5
        run             VBN  amod     7
        training        NN   compound 7
        camps/camp      NNS  dobj     2
        .               .    punct    2
     """, {('Iran', 'trains', 'Houthis', 'asserted')}),
    # hyphen-run training camps for a group: "Iranian-run training camps for Houthi fighters were bombed."
    ("trains.pattern.camps", """
        Iranian          JJ   amod      2 NORP:Iran
        -                HYPH punct     2
        run              VBN  amod      4
        training         NN   compound  4
        camps/camp       NNS  nsubjpass 9
        for              IN   prep      4
        Houthi           NNP  compound  7 ORG:Houthis
        fighters/fighter NNS  pobj      5
        were/be          VBD  auxpass   9
        bombed/bomb      VBN  ROOT      9
        .                .    punct     9
     """, {('Iran', 'trains', 'Houthis', 'asserted')}),
    # emerged as a supplier (a role verb's as-phrase): "Russia has emerged as the main arms supplier to Mali."
    ("funds.role_noun.supplier", """
        Russia         NNP nsubj    2 GPE:Russia
        has/have       VBZ aux      2
        emerged/emerge VBN ROOT     2
        as             IN  prep     2
        the            DT  det      7
        main           JJ  amod     7
        arms/arm       NNS compound 7
        supplier       NN  pobj     3
        to             IN  prep     7
        Mali           NNP pobj     8 GPE:Mali
        .              .   punct    2
     """, {('Russia', 'funds', 'Mali', 'asserted')}),
    # the recipient read under the theme: "Russia, the biggest supplier of arms to Armenia, was criticised."
    ("funds.role_noun.supplier", """
        Russia               NNP nsubjpass 11 GPE:Russia
        ,                    ,   punct     0 
        the                  DT  det       4 
        biggest/big          JJS amod      4 
        supplier             NN  appos     0 
        of                   IN  prep      4 
        arms/arm             NNS pobj      5 
        to                   IN  prep      6 
        Armenia              NNP pobj      7  GPE:Armenia
        ,                    ,   punct     0 
        was/be               VBD auxpass   11
        criticised/criticise VBN ROOT      11
        .                    .   punct     11
     """, {('Russia', 'funds', 'Armenia', 'asserted')}),
    # emerged as a patron: "Iran has emerged as Hezbollah's main patron."
    ("backs.role_noun.patron", """
        Iran           NNP nsubj 2 GPE:Iran
        has/have       VBZ aux   2
        emerged/emerge VBN ROOT  2
        as             IN  prep  2
        Hezbollah      NNP poss  7 ORG:Hezbollah
        's             POS case  4
        main           JJ  amod  7
        patron         NN  pobj  3
        .              .   punct 2
     """, {('Iran', 'backs', 'Hezbollah', 'asserted')}),
    # the last of a mission's tasks: "France's mission included securing the capital and training Malian soldiers."
    ("trains.pattern.task", """
        France           NNP poss  2  GPE:France
        's               POS case  0 
        mission          NN  nsubj 3 
        included/include VBD ROOT  3 
        securing/secure  VBG xcomp 3 
        the              DT  det   6 
        capital          NN  dobj  4 
        and              CC  cc    6 
        training/train   VBG conj  4 
        Malian           JJ  amod  10 NORP:Mali
        soldiers/soldier NNS dobj  8 
        .                .   punct 3 
     """, {('France', 'trains', 'Mali', 'asserted')}),
    # the last task read under the first's object: "Russia's tasks include patrolling the border and training Malian soldiers."
    ("trains.pattern.task", """
        Russia            NNP poss  2  GPE:Russia
        's                POS case  0 
        tasks/task        NNS nsubj 3 
        include           VBP ROOT  3 
        patrolling/patrol VBG xcomp 3 
        the               DT  det   6 
        border            NN  dobj  4 
        and               CC  cc    6 
        training/train    VBG conj  6 
        Malian            JJ  amod  10 NORP:Mali
        soldiers/soldier  NNS dobj  8 
        .                 .   punct 3 
     """, {('Russia', 'trains', 'Mali', 'asserted')}),
]

# (the rule a trap guards, a parse that yields no relation)
NEGATIVE = [
    # a ski instructor's posting is no training of the state: "Canadian ski instructors in Japan were hurt."
    ("trains.nominal.instructors", """
        Canadian               JJ  amod      2 NORP:Canada
        ski                    NN  compound  2
        instructors/instructor NNS nsubjpass 6
        in                     IN  prep      2
        Japan                  NNP pobj      3 GPE:Japan
        were/be                VBD auxpass   6
        hurt                   VBN ROOT      6
        .                      .   punct     6
     """),
    # advisers with no military word: "Trump sent his advisers to China for talks."
    ("trains.pattern.sent_advisers", """
        Trump            NNP  nsubj 1 PERSON:Donald_Trump
        sent/send        VBD  ROOT  1
        his              PRP$ poss  3
        advisers/adviser NNS  dobj  1
        to               IN   prep  1
        China            NNP  pobj  4 GPE:China
        for              IN   prep  1
        talks/talk       NNS  pobj  6
        .                .    punct 1
     """),
    # a national security adviser to a president: "Jake Sullivan, the national security adviser to President Biden, spoke."
    ("trains.pattern.advisers", """
        Jake        NNP compound 1  PERSON:Jake_Sullivan
        Sullivan    NNP nsubj    11 PERSON:Jake_Sullivan
        ,           ,   punct    1 
        the         DT  det      6 
        national    JJ  amod     5 
        security    NN  compound 6 
        adviser     NN  appos    1 
        to          IN  prep     6 
        President   NNP compound 9 
        Biden       NNP pobj     7  PERSON:Joe_Biden
        ,           ,   punct    1 
        spoke/speak VBD ROOT     11
        .           .   punct    11
     """),
    # a session with no training word: "The ministry organised a session for journalists from Egypt."
    ("trains.pattern.course_for", """
        The                    DT  det   1
        ministry               NN  nsubj 2
        organised/organise     VBD ROOT  2
        a                      DT  det   4
        session                NN  dobj  2
        for                    IN  prep  4
        journalists/journalist NNS pobj  5
        from                   IN  prep  6
        Egypt                  NNP pobj  7 GPE:Egypt
        .                      .   punct 2
     """),
    # an oil exporter is trade, not funding: "Saudi Arabia is the largest exporter of oil to China."
    ("funds.role_noun.seller", """
        Saudi         NNP compound 1 GPE:Saudi_Arabia
        Arabia        NNP nsubj    2 GPE:Saudi_Arabia
        is/be         VBZ ROOT     2
        the           DT  det      5
        largest/large JJS amod     5
        exporter      NN  attr     2
        of            IN  prep     5
        oil           NN  pobj     6
        to            IN  prep     5
        China         NNP pobj     8 GPE:China
        .             .   punct    2
     """),
    # training one's own forces: "The Russian army's task is to train its own recruits."
    ("trains.pattern.task", """
        The              DT   det   2 
        Russian          JJ   amod  2  NORP:Russia
        army             NN   poss  4 
        's               POS  case  2 
        task             NN   nsubj 5 
        is/be            VBZ  ROOT  5 
        to               TO   aux   7 
        train            VB   xcomp 5 
        its              PRP$ poss  10
        own              JJ   amod  10
        recruits/recruit NNS  dobj  7 
        .                .    punct 5 
     """),
    # advisers to a president with no military word: "American advisers to the Iraqi president met him."
    ("trains.pattern.advisers", """
        American         JJ  amod  1 NORP:United_States
        advisers/adviser NNS nsubj 6
        to               IN  prep  1
        the              DT  det   5
        Iraqi            JJ  amod  5 NORP:Iraq
        president        NN  pobj  2
        met/meet         VBD ROOT  6
        him/he           PRP dobj  6
        .                .   punct 6
     """),
    # military advisers with no trainee: "Iran's military advisers met Russian officials in Damascus."
    ("trains.pattern.advisers", """
        Iran               NNP poss  3 GPE:Iran
        's                 POS case  0
        military           JJ  amod  3
        advisers/adviser   NNS nsubj 4
        met/meet           VBD ROOT  4
        Russian            JJ  amod  6 NORP:Russia
        officials/official NNS dobj  4
        in                 IN  prep  4
        Damascus           NNP pobj  7
        .                  .   punct 4
     """),
    # camps in a place: the place trains no one: "Hamas fighters were trained at camps in Iran."
    ("trains.pattern.camps", """
        Hamas            NNP compound  1 ORG:Hamas
        fighters/fighter NNS nsubjpass 3
        were/be          VBD auxpass   3
        trained/train    VBN ROOT      3
        at               IN  prep      3
        camps/camp       NNS pobj      4
        in               IN  prep      5
        Iran             NNP pobj      6 GPE:Iran
        .                .   punct     3
     """),
    # command is no training: "Malian soldiers trained under Russian command."
    ("trains.pattern.guidance", """
        Malian           JJ  amod  1 NORP:Mali
        soldiers/soldier NNS ROOT  1
        trained/train    VBN acl   1
        under            IN  prep  2
        Russian          JJ  amod  5 NORP:Russia
        command          NN  pobj  3
        .                .   punct 1
     """),
    # a hyphenated runner with no trainee: "The British-led training programme ended in May."
    ("trains.pattern.mission", """
        The       DT   det      5
        British   NNP  npadvmod 3 NORP:United_Kingdom
        -         HYPH punct    3
        led/lead  VBN  amod     5
        training  NN   compound 5
        programme NN   nsubj    6
        ended/end VBN  ROOT     6
        in        IN   prep     6
        May       NNP  pobj     7
        .         .    punct    6
     """),
    # linked to a campaign: no funding word: "The Houthis are linked to Iran's campaign."
    ("funds.pattern.linked", """
        The         DT  det       1
        Houthis     NNP nsubjpass 3 ORG:Houthis
        are/be      VBP auxpass   3
        linked/link VBN ROOT      3
        to          IN  prep      3
        Iran        NNP poss      7 GPE:Iran
        's          POS case      5
        campaign    NN  pobj      4
        .           .   punct     3
     """),
    # a supplier of a market, not of a war: "China is a major supplier of the European market."
    ("funds.role_noun.supplier", """
        China    NNP nsubj 1 GPE:China
        is/be    VBZ ROOT  1
        a        DT  det   4
        major    JJ  amod  4
        supplier NN  attr  1
        of       IN  prep  4
        the      DT  det   8
        European JJ  amod  8
        market   NN  pobj  5
        .        .   punct 1
     """),
    # benefiting from mediation: no funding word: "Hamas has benefited from Qatar's mediation."
    ("funds.roles.noun", """
        Hamas             NNP nsubj 2 ORG:Hamas
        has/have          VBZ aux   2
        benefited/benefit VBN ROOT  2
        from              IN  prep  2
        Qatar             NNP poss  6 GPE:Qatar
        's                POS case  4
        mediation         NN  pobj  3
        .                 .   punct 2
     """),
    # supplied weapons shot down by a state: "Iranian-supplied drones were shot down by Ukraine."
    ("funds.pattern.used", """
        Iranian         JJ   amod      2 NORP:Iran
        -               HYPH punct     2
        supplied/supply VBN  amod      3
        drones/drone    NNS  nsubjpass 5
        were/be         VBD  auxpass   5
        shot/shoot      VBN  ROOT      5
        down            RP   prt       5
        by              IN   agent     5
        Ukraine         NNP  pobj      7 GPE:Ukraine
        .               .    punct     5
     """),
    # journalists embedded with troops train no one: "British journalists embedded with American troops filmed the battle."
    ("trains.pattern.advisers", """
        British                JJ  amod  1 NORP:United_Kingdom
        journalists/journalist NNS nsubj 6
        embedded/embed         VBN acl   1
        with                   IN  prep  2
        American               JJ  amod  5 NORP:United_States
        troops/troop           NNS pobj  3
        filmed/film            VBD ROOT  6
        the                    DT  det   8
        battle                 NN  dobj  6
        .                      .   punct 6
     """),
    # advisers strengthening an economy: "Trump's advisers are there as part of strengthening the economy."
    ("trains.pattern.advisers", """
        Trump                    NNP poss   2  PERSON:Donald_Trump
        's                       POS case   0 
        advisers/adviser         NNS nsubj  3 
        are/be                   VBP ROOT   3 
        there                    RB  advmod 3 
        as                       IN  prep   3 
        part                     NN  pobj   5 
        of                       IN  prep   6 
        strengthening/strengthen VBG pcomp  7 
        the                      DT  det    10
        economy                  NN  dobj   8 
        .                        .   punct  3 
     """),
    # a deal including training with no trainee: "The Russian deal includes training."
    ("trains.pattern.includes", """
        The              DT  det   2
        Russian          JJ  amod  2 NORP:Russia
        deal             NN  nsubj 3
        includes/include VBZ ROOT  3
        training         NN  dobj  3
        .                .   punct 3
     """),
    # taught a lesson by a state: no trainer noun: "Hamas was taught a lesson by Israel."
    ("trains.pattern.teach", """
        Hamas        NNP nsubjpass 2 ORG:Hamas
        was/be       VBD auxpass   2
        taught/teach VBN ROOT      2
        a            DT  det       4
        lesson       NN  dobj      2
        by           IN  prep      4
        Israel       NNP pobj      5 GPE:Israel
        .            .   punct     2
     """),
    # a sponsor of a festival (no actor client): "The main sponsor of the festival is Qatar Airways."
    ("backs.role_noun.patron", """
        The      DT   det      2
        main     JJ   amod     2
        sponsor  NN   nsubj    6
        of       IN   prep     2
        the      DT   det      5
        festival NN   pobj     3
        is/be    VBZ  ROOT     6
        Qatar    NNP  compound 8 ORG:Qatar_Airways
        Airways  NNPS attr     6 ORG:Qatar_Airways
        .        .    punct    6
     """),
    # a weapon's model name read as an actor is no supplier: "Hamas's Rajum missiles struck the base."
    ("funds.nominal.arms", """
        Hamas            NNP poss  3 ORG:Hamas
        's               POS case  0
        Rajum            JJ  amod  3 PERSON:Rajum
        missiles/missile NNS nsubj 4
        struck/strike    VBD ROOT  4
        the              DT  det   6
        base             NN  dobj  4
        .                .   punct 4
     """),
    # fighters sent to a place that is no actor for training: no trainer named: "The Houthis sent fighters to the coast
    # for training." (sent to a state, the host trains them since round 34: trains.pattern.sent_to_host)
    ("trains.pattern.sent_for", """
        The              DT  det    1
        Houthis          NNP nsubj  2 ORG:Houthis
        sent/send        VBD ROOT   2
        fighters/fighter NNS dobj   2
        to               IN  dative 2
        the              DT  det    6
        coast            NN  pobj   4
        for              IN  prep   2
        training         NN  pobj   7
        .                .   punct  2
     """),
    # a group whose fighters trained in a place: "Hezbollah, whose fighters trained in Iran, fired rockets."
    ("trains.pattern.whose", """
        Hezbollah        NNP nsubj 8 ORG:Hezbollah
        ,                ,   punct 0
        whose            WP$ poss  3
        fighters/fighter NNS nsubj 4
        trained/train    VBN relcl 0
        in               IN  prep  4
        Iran             NNP pobj  5 GPE:Iran
        ,                ,   punct 0
        fired/fire       VBD ROOT  8
        rockets/rocket   NNS dobj  8
        .                .   punct 8
     """),
    # a group whose leaders their families support: no actor: "Hamas, whose leaders are supported by their families, left."
    ("backs.pattern.whose", """
        Hamas             NNP  ROOT      0 ORG:Hamas
        ,                 ,    punct     0
        whose             WP$  poss      3
        leaders/leader    NNS  nsubjpass 5
        are/be            VBP  auxpass   5
        supported/support VBN  relcl     0
        by                IN   agent     5
        their             PRP$ poss      8
        families/family   NNS  pobj      6
        ,                 ,    punct     5
        left              JJ   advcl     5
        .                 .    punct     0
     """),
    # a group whose fighters are armed with rifles: no one arms them: "Hezbollah, whose fighters are armed with rifles, attacked."
    ("funds.pattern.whose", """
        Hezbollah        NNP nsubj     9 ORG:Hezbollah
        ,                ,   punct     0
        whose            WP$ poss      3
        fighters/fighter NNS nsubjpass 5
        are/be           VBP auxpass   5
        armed/arm        VBN relcl     0
        with             IN  prep      5
        rifles/rifle     NNS pobj      6
        ,                ,   punct     0
        attacked/attack  VBN ROOT      9
        .                .   punct     9
     """),
    # who bombs hyphen-run camps is no trainee: "Israeli jets bombed Iranian-run training camps."
    ("trains.pattern.camps", """
        Israeli     JJ   amod     1 NORP:Israel
        jets/jet    NNS  nsubj    2
        bombed/bomb VBD  ROOT     2
        Iranian     JJ   amod     5 NORP:Iran
        -           HYPH punct    5
        run         VBN  amod     7
        training    NN   compound 7
        camps/camp  NNS  dobj     2
        .           .    punct    2
     """),
    # attending camps in a place: "The Houthis attended training camps in Iran."
    ("trains.pattern.camps", """
        The             DT  det      1
        Houthis         NNP nsubj    2 ORG:Houthis
        attended/attend VBD ROOT     2
        training        NN  compound 4
        camps/camp      NNS dobj     2
        in              IN  prep     4
        Iran            NNP pobj     5 GPE:Iran
        .               .   punct    2
     """),
    # a supplier of parts: no theme, no actor: "The company emerged as a supplier of parts to Boeing."
    ("funds.role_noun.supplier", """
        The            DT  det   1
        company        NN  nsubj 2
        emerged/emerge VBD ROOT  2
        as             IN  prep  2
        a              DT  det   5
        supplier       NN  pobj  3
        of             IN  prep  5
        parts/part     NNS pobj  6
        to             IN  prep  2
        Boeing         NNP pobj  8 ORG:Boeing
        .              .   punct 2
     """),
]
