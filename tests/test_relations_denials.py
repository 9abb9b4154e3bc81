"""Denials as general constructions (issue 11, relation_rules.v8), on hand-built parses of invented sentences (as
en_core_web_sm parses them): the denial word classes (``configs/relations/vocab/denial_*.txt``, ``judging_verbs``),
the part another actor is said to take in what the denier did, "nothing to do with", "said it was not involved in",
denial nouns, and a verdict the parser strands in the claim. Traps: the accuser, a place of the event, the denier
itself, a denial of something else, a denial said of another."""

from __future__ import annotations



# (rule that must fire, parse, expected (subject, relation, object, modality), coreference spans)
POSITIVE = [
    # Hamas rejected reports that Iran helped plan the assault.
    ("denies.clause", """
        Hamas            NNP  nsubj      1 ORG:Hamas
        rejected/reject  VBD  ROOT       1
        reports/report   NNS  dobj       1
        that             IN   mark       5
        Iran             NNP  nsubj      5 GPE:Iran
        helped/help      VBD  acl        2
        plan             VB   xcomp      5
        the              DT   det        8
        assault          NN   dobj       6
        .                .    punct      1
     """, {("Hamas", "denies", "Iran", "asserted")}, ()),
    # Israel denied reports that the United States had helped plan the strike in Lebanon.
    ("denies.clause", """
        Israel           NNP  nsubj      1 GPE:Israel
        denied/deny      VBD  ROOT       1
        reports/report   NNS  dobj       1
        that             IN   mark       8
        the              DT   det        6
        United           NNP  compound   6 GPE:United_States
        States           NNP  nsubj      8 GPE:United_States
        had/have         VBD  aux        8
        helped/help      VBN  acl        2
        plan             VB   xcomp      8
        the              DT   det       11
        strike           NN   dobj       9
        in               IN   prep      11
        Lebanon          NNP  pobj      12 GPE:Lebanon
        .                .    punct      1
     """, {("Israel", "denies", "United States", "asserted")}, ()),
    # Iran rejected accusations by Israel that it armed Hamas.
    ("denies.clause", """
        Iran                    NNP  nsubj      1 GPE:Iran
        rejected/reject         VBD  ROOT       1
        accusations/accusation  NNS  dobj       1
        by                      IN   prep       2
        Israel                  NNP  pobj       3 GPE:Israel
        that                    IN   mark       7
        it                      PRP  nsubj      7
        armed/arm               VBD  acl        2
        Hamas                   NNP  dobj       7 ORG:Hamas
        .                       .    punct      1
     """, {("Iran", "denies", "Hamas", "asserted")}, ((6, 7, "Iran"),)),
    # Belarus disputed reports that it trains Wagner fighters.
    ("denies.clause", """
        Belarus           NNP  nsubj      1 GPE:Belarus
        disputed/dispute  VBD  ROOT       1
        reports/report    NNS  dobj       1
        that              IN   mark       5
        it                PRP  nsubj      5
        trains/train      VBZ  acl        2
        Wagner            NNP  compound   7 ORG:Wagner_Group
        fighters/fighter  NNS  dobj       5
        .                 .    punct      1
     """, {("Belarus", "denies", "Wagner Group", "asserted")}, ((4, 5, "Belarus"),)),
    # Tehran contested claims that it supplied drones to Russia.
    ("denies.clause", """
        Tehran             NNP  nsubj      1 GPE:Iran
        contested/contest  VBN  ROOT       1
        claims/claim       NNS  dobj       1
        that               IN   mark       5
        it                 PRP  nsubj      5
        supplied/supply    VBD  acl        2
        drones/drone       NNS  dobj       5
        to                 IN   prep       5
        Russia             NNP  pobj       7 GPE:Russia
        .                  .    punct      1
     """, {("Iran", "denies", "Russia", "asserted")}, ((4, 5, "Iran"),)),
    # Pakistan disowned any links to the Taliban.
    ("denies.object", """
        Pakistan           NNP  nsubj      1 GPE:Pakistan
        disowned/disown    VBD  ROOT       1
        any                DT   det        3
        links/link         NNS  dobj       1
        to                 IN   prep       3
        the                DT   det        6
        Taliban            NNP  pobj       4 ORG:Taliban
        .                  .    punct      1
     """, {("Pakistan", "denies", "Taliban", "asserted")}, ()),
    # Syria shrugged off allegations of links to Hezbollah.
    ("denies.object.particle", """
        Syria                   NNP  nsubj      1 GPE:Syria
        shrugged/shrug          VBD  ROOT       1
        off                     RP   prt        1
        allegations/allegation  NNS  dobj       1
        of                      IN   prep       3
        links/link              NNS  pobj       4
        to                      IN   prep       5
        Hezbollah               NNP  pobj       6 ORG:Hezbollah
        .                       .    punct      1
     """, {("Syria", "denies", "Hezbollah", "asserted")}, ()),
    # Qatar brushed aside suggestions of any connection with the Taliban.
    ("denies.object.particle", """
        Qatar                   NNP  nsubj      1 GPE:Qatar
        brushed/brush           VBD  ROOT       1
        aside                   RP   prt        1
        suggestions/suggestion  NNS  dobj       1
        of                      IN   prep       3
        any                     DT   det        6
        connection              NN   pobj       4
        with                    IN   prep       6
        the                     DT   det        9
        Taliban                 NNP  pobj       7 ORG:Taliban
        .                       .    punct      1
     """, {("Qatar", "denies", "Taliban", "asserted")}, ()),
    # Moscow brushed off accusations that it armed the Taliban.
    ("denies.clause.particle", """
        Moscow                  NNP  nsubj      1 GPE:Russia
        brushed/brush           VBD  ROOT       1
        off                     RP   prt        1
        accusations/accusation  NNS  dobj       1
        that                    IN   mark       6
        it                      PRP  nsubj      6
        armed/arm               VBD  acl        3
        the                     DT   det        8
        Taliban                 NNP  dobj       6 ORG:Taliban
        .                       .    punct      1
     """, {("Russia", "denies", "Taliban", "asserted")}, ((5, 6, "Russia"),)),
    # Qatar waved aside reports that it funds Hamas.
    ("denies.clause.particle", """
        Qatar           NNP  nsubj      1 GPE:Qatar
        waved/wave      VBD  ROOT       1
        aside           RP   prt        1
        reports/report  NNS  dobj       1
        that            IN   mark       6
        it              PRP  nsubj      6
        funds/fund      VBZ  acl        3
        Hamas           NNP  dobj       6 ORG:Hamas
        .               .    punct      1
     """, {("Qatar", "denies", "Hamas", "asserted")}, ((5, 6, "Qatar"),)),
    # Belgrade laughed off claims that it was training Wagner recruits.
    ("denies.clause.particle", """
        Belgrade           NNP  nsubj      1 GPE:Serbia
        laughed/laugh      VBD  ROOT       1
        off                RP   prt        1
        claims/claim       NNS  dobj       1
        that               IN   mark       7
        it                 PRP  nsubj      7
        was/be             VBD  aux        7
        training/train     VBG  acl        3
        Wagner             NNP  compound   9 ORG:Wagner_Group
        recruits/recruit   NNS  dobj       7
        .                  .    punct      1
     """, {("Serbia", "denies", "Wagner Group", "asserted")}, ((5, 6, "Serbia"),)),
    # Russia slammed as propaganda the claims that it trains the Taliban.
    ("denies.clause.judged", """
        Russia           NNP  nsubj      1 GPE:Russia
        slammed/slam     VBD  ROOT       1
        as               IN   prep       1
        propaganda       NN   pobj       2
        the              DT   det        5
        claims/claim     NNS  dobj       1
        that             IN   mark       8
        it               PRP  nsubj      8
        trains/train     VBZ  acl        5
        the              DT   det       10
        Taliban          NNP  dobj       8 ORG:Taliban
        .                .    punct      1
     """, {("Russia", "denies", "Taliban", "asserted")}, ((7, 8, "Russia"),)),
    # Turkey denounced as slander the reports that it armed Hamas.
    ("denies.clause.judged", """
        Turkey              NNP  nsubj      1 GPE:Turkey
        denounced/denounce  VBD  ROOT       1
        as                  IN   prep       1
        slander             NN   pobj       2
        the                 DT   det        5
        reports/report      NNS  dobj       1
        that                IN   mark       8
        it                  PRP  nsubj      8
        armed/arm           VBD  acl        5
        Hamas               NNP  dobj       8 ORG:Hamas
        .                   .    punct      1
     """, {("Turkey", "denies", "Hamas", "asserted")}, ((7, 8, "Turkey"),)),
    # Iran said it had nothing to do with the attack by Hamas.
    ("denies.no_role", """
        Iran         NNP  nsubj      1 GPE:Iran
        said/say     VBD  ROOT       1
        it           PRP  nsubj      3
        had/have     VBD  ccomp      1
        nothing      NN   dobj       3
        to           TO   aux        6
        do           VB   relcl      4
        with         IN   prep       6
        the          DT   det        9
        attack       NN   pobj       7
        by           IN   prep       9
        Hamas        NNP  pobj      10 ORG:Hamas
        .            .    punct      1
     """, {("Iran", "denies", "Hamas", "asserted")}, ((2, 3, "Iran"),)),
    # Hezbollah has nothing to do with the Houthis, the group said.
    ("denies.no_role", """
        Hezbollah            NNP  nsubj      1 ORG:Hezbollah
        has/have             VBZ  ccomp     11
        nothing              NN   dobj       1
        to                   TO   aux        4
        do                   VB   relcl      2
        with                 IN   prep       4
        the                  DT   det        7
        Houthis              NNP  pobj       5 ORG:Houthis
        ,                    ,    punct     11
        the                  DT   det       10
        group                NN   nsubj     11
        said/say             VBD  ROOT      11
        .                    .    punct     11
     """, {("Hezbollah", "denies", "Houthis", "asserted")}, ((9, 11, "Hezbollah"),)),
    # Iran said it was not involved in the Houthi attacks.
    ("denies.uninvolved", """
        Iran              NNP  nsubj      1 GPE:Iran
        said/say          VBD  ROOT       1
        it                PRP  nsubjpass  5
        was/be            VBD  auxpass    5
        not               RB   neg        5
        involved/involve  VBN  ccomp      1
        in                IN   prep       5
        the               DT   det        9
        Houthi            NNP  compound   9 ORG:Houthis
        attacks/attack    NNS  pobj       6
        .                 .    punct      1
     """, {("Iran", "denies", "Houthis", "asserted")}, ((2, 3, "Iran"),)),
    # Tehran insisted that it was not connected to Hezbollah's operation.
    ("denies.uninvolved", """
        Tehran               NNP  nsubj      1 GPE:Iran
        insisted/insist      VBD  ROOT       1
        that                 IN   mark       6
        it                   PRP  nsubjpass  6
        was/be               VBD  auxpass    6
        not                  RB   neg        6
        connected/connect    VBN  ccomp      1
        to                   IN   prep       6
        Hezbollah            NNP  poss      10 ORG:Hezbollah
        's                   POS  case       8
        operation            NN   pobj       7
        .                    .    punct      1
     """, {("Iran", "denies", "Hezbollah", "asserted")}, ((3, 4, "Iran"),)),
    # Russia stressed that it is not linked to the Wagner Group.
    ("denies.uninvolved", """
        Russia           NNP  nsubj      1 GPE:Russia
        stressed/stress  VBD  ROOT       1
        that             IN   mark       6
        it               PRP  nsubjpass  6
        is/be            VBZ  auxpass    6
        not              RB   neg        6
        linked/link      VBN  ccomp      1
        to               IN   prep       6
        the              DT   det       10
        Wagner           NNP  compound  10 ORG:Wagner_Group
        Group            NNP  pobj       7 ORG:Wagner_Group
        .                .    punct      1
     """, {("Russia", "denies", "Wagner Group", "asserted")}, ((3, 4, "Russia"),)),
    # Hamas issued a rebuttal of claims of Iranian involvement.
    ("denies.noun", """
        Hamas         NNP  nsubj      1 ORG:Hamas
        issued/issue  VBD  ROOT       1
        a             DT   det        3
        rebuttal      NN   dobj       1
        of            IN   prep       3
        claims/claim  NNS  pobj       4
        of            IN   prep       5
        Iranian       JJ   amod       8 NORP:Iran
        involvement   NN   pobj       6
        .             .    punct      1
     """, {("Hamas", "denies", "Iran", "asserted")}, ()),
    # Qatar's repudiation of any ties to Hamas angered Israel.
    ("denies.noun", """
        Qatar          NNP  poss       2 GPE:Qatar
        's             POS  case       0
        repudiation    NN   nsubj      8
        of             IN   prep       2
        any            DT   det        5
        ties/tie       NNS  pobj       3
        to             IN   prep       5
        Hamas          NNP  pobj       6 ORG:Hamas
        angered/anger  VBD  ROOT       8
        Israel         NNP  dobj       8 GPE:Israel
        .              .    punct      8
     """, {("Qatar", "denies", "Hamas", "asserted")}, ()),
    # Russia called the claims that it trains the Taliban absurd.
    ("denies.clause.judged", """
        Russia           NNP  nsubj      1 GPE:Russia
        called/call      VBD  ROOT       1
        the              DT   det        3
        claims/claim     NNS  dobj       1
        that             IN   mark       6
        it               PRP  nsubj      6
        trains/train     VBZ  acl        3
        the              DT   det        8
        Taliban          NNP  dobj       6 ORG:Taliban
        absurd           JJ   advmod     6
        .                .    punct      1
     """, {("Russia", "denies", "Taliban", "asserted")}, ((5, 6, "Russia"),)),
    # Egypt condemned the allegations that it arms Haftar as smears.
    ("denies.clause.judged", """
        Egypt                   NNP  nsubj      1 GPE:Egypt
        condemned/condemn       VBD  ROOT       1
        the                     DT   det        3
        allegations/allegation  NNS  dobj       1
        that                    IN   mark       6
        it                      PRP  nsubj      6
        arms/arm                VBZ  acl        3
        Haftar                  NNP  dobj       6 PERSON:Khalifa_Haftar
        as                      IN   prep       6
        smears/smear            NNS  pobj       8
        .                       .    punct      1
     """, {("Egypt", "denies", "Khalifa Haftar", "asserted")}, ((5, 6, "Egypt"),)),

    # a said clause before its speaker: the statement stands, negated, beside the speaker's denial (relation_rules.v18:
    # one official's words, reported, as the real-news gold reads them; officials in the plural stay the state's)
    # Iran has never armed the Houthis, the Iranian foreign minister said.
    ("denies.insist", """
        Iran             NNP  nsubj      3 GPE:Iran
        has/have         VBZ  aux        3
        never            RB   neg        3
        armed/arm        VBN  ccomp     11
        the              DT   det        5
        Houthis          NNP  dobj       3 ORG:Houthis
        ,                ,    punct     11
        the              DT   det       10
        Iranian          JJ   amod      10 NORP:Iran
        foreign          JJ   amod      10
        minister         NN   nsubj     11
        said/say         VBD  ROOT      11
        .                .    punct     11
     """, {("Iran", "denies", "Houthis", "reported"), ("Iran", "funds", "Houthis", "negated")}, ()),
    # "We have never sent weapons to Russia," the Iranian defence minister said.
    ("denies.insist", """
        "               ``   punct     14
        We              PRP  nsubj      4
        have            VBP  aux        4
        never           RB   neg        4
        sent/send       VBN  ccomp     14
        weapons/weapon  NNS  dobj       4
        to              IN   dative     4
        Russia          NNP  pobj       6 GPE:Russia
        ,               ,    punct     14
        "               ''   punct     14
        the             DT   det       13
        Iranian         JJ   amod      13 NORP:Iran
        defence         NN   compound  13
        minister        NN   nsubj     14
        said/say        VBD  ROOT      14
        .               .    punct     14
     """, {("Iran", "denies", "Russia", "reported"), ("Iran", "funds", "Russia", "negated")}, ()),
    # Qatar does not fund Hamas, Qatari officials insisted.
    ("denies.insist", """
        Qatar               NNP  nsubj      3 GPE:Qatar
        does/do             VBZ  aux        3
        not                 RB   neg        3
        fund                VB   ccomp      8
        Hamas               NNP  dobj       3 ORG:Hamas
        ,                   ,    punct      8
        Qatari              JJ   amod       7 NORP:Qatar
        officials/official  NNS  nsubj      8
        insisted/insist     VBD  ROOT       8
        .                   .    punct      8
     """, {("Qatar", "denies", "Hamas", "asserted"), ("Qatar", "funds", "Hamas", "negated")}, ()),
    # "Iran does not train the Houthis," Iranian Foreign Minister Abbas Araghchi said.
    ("denies.insist", """
        "                  ``   punct     14
        Iran               NNP  nsubj      4 GPE:Iran
        does/do            VBZ  aux        4
        not                RB   neg        4
        train              VB   ccomp     14
        the                DT   det        6
        Houthis            NNP  dobj       4 ORG:Houthis
        ,                  ,    punct     14
        "                  ''   punct     14
        Iranian            JJ   amod      11 NORP:Iran
        Foreign            NNP  compound  11
        Minister           NNP  compound  13
        Abbas              NNP  compound  13 PERSON:Abbas_Araghchi
        Araghchi           NNP  nsubj     14 PERSON:Abbas_Araghchi
        said/say           VBD  ROOT      14
        .                  .    punct     14
     """, {("Iran", "denies", "Houthis", "reported"), ("Iran", "trains", "Houthis", "negated")}, ()),
    # Iran said it had no knowledge of Hamas's plans.
    ("denies.no_role", """
        Iran         NNP  nsubj      1 GPE:Iran
        said/say     VBD  ROOT       1
        it           PRP  nsubj      3
        had/have     VBD  ccomp      1
        no           DT   det        5
        knowledge    NN   dobj       3
        of           IN   prep       5
        Hamas        NNP  poss       9 ORG:Hamas
        's           POS  case       7
        plans/plan   NNS  pobj       6
        .            .    punct      1
     """, {("Iran", "denies", "Hamas", "asserted")}, ((2, 3, 'Iran'),)),
    # Tehran insists it has no control over the Houthis.
    ("denies.no_role", """
        Tehran           NNP  nsubj      1 GPE:Iran
        insists/insist   VBZ  ROOT       1
        it               PRP  nsubj      3
        has/have         VBZ  ccomp      1
        no               DT   det        5
        control          NN   dobj       3
        over             IN   prep       5
        the              DT   det        8
        Houthis          NNP  pobj       6 ORG:Houthis
        .                .    punct      1
     """, {("Iran", "denies", "Houthis", "asserted")}, ((2, 3, 'Iran'),)),
    # Israel accused Iran of arming Hamas, but Tehran denied the allegation.
    ("denies.object", """
        Israel          NNP  nsubj      1 GPE:Israel
        accused/accuse  VBD  ROOT       1
        Iran            NNP  dobj       1 GPE:Iran
        of              IN   prep       1
        arming/arm      VBG  pcomp      3
        Hamas           NNP  dobj       4 ORG:Hamas
        ,               ,    punct      1
        but             CC   cc         1
        Tehran          NNP  nsubj      9 GPE:Iran
        denied/deny     VBD  conj       1
        the             DT   det       11
        allegation      NN   dobj       9
        .               .    punct      9
     """, {("Iran", "denies", "Hamas", "asserted"), ("Iran", "funds", "Hamas", "alleged")}, ()),
    # After Israel accused Iran of arming Hamas, Tehran rejected the charge.
    ("denies.object", """
        After            IN   mark       2
        Israel           NNP  nsubj      2 GPE:Israel
        accused/accuse   VBD  advcl      9
        Iran             NNP  dobj       2 GPE:Iran
        of               IN   prep       2
        arming/arm       VBG  pcomp      4
        Hamas            NNP  dobj       5 ORG:Hamas
        ,                ,    punct      9
        Tehran           NNP  nsubj      9 GPE:Iran
        rejected/reject  VBD  ROOT       9
        the              DT   det       11
        charge           NN   dobj       9
        .                .    punct      9
     """, {("Iran", "denies", "Hamas", "asserted"), ("Iran", "funds", "Hamas", "alleged")}, ()),
    # Washington says Iran supplies the Houthis with missiles, a claim Tehran denies.
    ("denies.clause", """
        Washington             NNP  nsubj      1 GPE:United_States
        says/say               VBZ  ROOT       1
        Iran                   NNP  nsubj      3 GPE:Iran
        supplies/supply        VBZ  ccomp      1
        the                    DT   det        5
        Houthis                NNP  dobj       3 ORG:Houthis
        with                   IN   prep       3
        missiles/missile       NNS  pobj       6
        ,                      ,    punct      3
        a                      DT   det       10
        claim                  NN   dep        1
        Tehran                 NNP  nsubj     12 GPE:Iran
        denies/deny            VBZ  relcl     10
        .                      .    punct      1
     """, {("Iran", "denies", "Houthis", "asserted"), ("Iran", "funds", "Houthis", "reported")}, ()),
    # said of another (trap for denies.insist): the negated relation stays, no denial
    # Iran has never armed the Houthis, Saudi officials said.
    ("funds.verb", """
        Iran                NNP  nsubj      3 GPE:Iran
        has/have            VBZ  aux        3
        never               RB   neg        3
        armed/arm           VBN  ccomp      9
        the                 DT   det        5
        Houthis             NNP  dobj       3 ORG:Houthis
        ,                   ,    punct      9
        Saudi               JJ   amod       8 NORP:Saudi_Arabia
        officials/official  NNS  nsubj      9
        said/say            VBD  ROOT       9
        .                   .    punct      9
     """, {("Iran", "funds", "Houthis", "negated")}, ()),

    # a denial coordinated with the report of the claim is the denier's own word, not reported by the claimant
    # Washington says Iran supplies the Houthis with missiles, but Tehran denies this.
    ("denies.object", """
        Washington             NNP  nsubj      1 GPE:United_States
        says/say               VBZ  ROOT       1
        Iran                   NNP  nsubj      3 GPE:Iran
        supplies/supply        VBZ  ccomp      1
        the                    DT   det        5
        Houthis                NNP  dobj       3 ORG:Houthis
        with                   IN   prep       3
        missiles/missile       NNS  pobj       6
        ,                      ,    punct      1
        but                    CC   cc         1
        Tehran                 NNP  nsubj     11 GPE:Iran
        denies/deny            VBZ  conj       1
        this                   DT   dobj      11
        .                      .    punct     11
     """, {("Iran", "funds", "Houthis", "reported"), ("Iran", "denies", "Houthis", "asserted")}, ()),

    # the denied claim as a passive's subject, its "that" read as an object (repairs.that_as_object)
    # The allegations that Iran armed Hamas were denied by Tehran.
    ("denies.clause", """
        The                     DT   det        1
        allegations/allegation  NNS  nsubjpass  7
        that                    IN   dobj       4
        Iran                    NNP  nsubj      4 GPE:Iran
        armed/arm               VBD  acl        1
        Hamas                   NNP  dobj       4 ORG:Hamas
        were/be                 VBD  auxpass    7
        denied/deny             VBN  ROOT       7
        by                      IN   agent      7
        Tehran                  NNP  pobj       8 GPE:Iran
        .                       .    punct      7
     """, {("Iran", "denies", "Hamas", "asserted")}, ()),

    # a definite claim's antecedent two sentences back
    # Israel accuses Iran of arming Hezbollah. The group has fired rockets at Haifa. Tehran denies the allegation.
    ("denies.object", """
        Israel               NNP  nsubj      1 GPE:Israel
        accuses/accuse       VBZ  ROOT       1
        Iran                 NNP  dobj       1 GPE:Iran
        of                   IN   prep       1
        arming/arm           VBG  pcomp      3
        Hezbollah            NNP  dobj       4 ORG:Hezbollah
        .                    .    punct      1
        The                  DT   det        8
        group                NN   nsubj     10
        has/have             VBZ  aux       10
        fired/fire           VBN  ROOT      10
        rockets/rocket       NNS  dobj      10
        at                   IN   prep      10
        Haifa                NNP  pobj      12
        .                    .    punct     10
        Tehran               NNP  nsubj     16 GPE:Iran
        denies/deny          VBZ  ROOT      16
        the                  DT   det       18
        allegation           NN   dobj      16
        .                    .    punct     16
     """, {("Iran", "denies", "Hezbollah", "asserted"), ("Iran", "funds", "Hezbollah", "alleged")}, ((7, 9, 'Hezbollah'),)),
    # ... but a pronoun reaches only the sentence before (trap for denies.object: the claim stays alleged)
    # Israel accuses Iran of arming Hezbollah. The group has fired rockets at Haifa. Tehran denies this.
    ("funds.verb", """
        Israel               NNP  nsubj      1 GPE:Israel
        accuses/accuse       VBZ  ROOT       1
        Iran                 NNP  dobj       1 GPE:Iran
        of                   IN   prep       1
        arming/arm           VBG  pcomp      3
        Hezbollah            NNP  dobj       4 ORG:Hezbollah
        .                    .    punct      1
        The                  DT   det        8
        group                NN   nsubj     10
        has/have             VBZ  aux       10
        fired/fire           VBN  ROOT      10
        rockets/rocket       NNS  dobj      10
        at                   IN   prep      10
        Haifa                NNP  pobj      12
        .                    .    punct     10
        Tehran               NNP  nsubj     16 GPE:Iran
        denies/deny          VBZ  ROOT      16
        this                 DT   dobj      16
        .                    .    punct     16
     """, {("Iran", "funds", "Hezbollah", "alleged")}, ((7, 9, 'Hezbollah'),)),

    # the party the denied clause names, not the place where it happens
    # Moscow denies that its mercenaries are fighting for the RSF in Sudan.
    ("denies.clause", """
        Moscow                 NNP  nsubj      1 GPE:Russia
        denies/deny            VBZ  ROOT       1
        that                   IN   mark       6
        its                    PRP$ poss       4
        mercenaries/mercenary  NNS  nsubj      6
        are/be                 VBP  aux        6
        fighting/fight         VBG  ccomp      1
        for                    IN   prep       6
        the                    DT   det        9
        RSF                    NNP  pobj       7 ORG:Rapid_Support_Forces
        in                     IN   prep       9
        Sudan                  NNP  pobj      10 GPE:Sudan
        .                      .    punct      1
     """, {("Russia", "denies", "Rapid Support Forces", "asserted")}, ((3, 4, 'Russia'),)),

    # an official titled by a body speaks for it (in apposition: reported by the person)
    # Ali Barakeh, a senior Hamas official, denied that Iran helped plan the attack.
    ("denies.clause", """
        Ali              NNP  compound   1 PERSON:Ali_Barakeh
        Barakeh          NNP  nsubj      8 PERSON:Ali_Barakeh
        ,                ,    punct      1
        a                DT   det        6
        senior           JJ   amod       6
        Hamas            NNP  compound   6 ORG:Hamas
        official         NN   appos      1
        ,                ,    punct      1
        denied/deny      VBD  ROOT       8
        that             IN   mark      11
        Iran             NNP  nsubj     11 GPE:Iran
        helped/help      VBD  ccomp      8
        plan             VB   xcomp     11
        the              DT   det       14
        attack           NN   dobj      12
        .                .    punct      8
     """, {("Hamas", "denies", "Iran", "reported")}, ()),
    # Hamas official Ali Barakeh denied that Iran helped plan the attack.
    ("denies.clause", """
        Hamas            NNP  compound   1 ORG:Hamas
        official         NN   compound   3
        Ali              NNP  compound   3 PERSON:Ali_Barakeh
        Barakeh          NNP  nsubj      4 PERSON:Ali_Barakeh
        denied/deny      VBD  ROOT       4
        that             IN   mark       7
        Iran             NNP  nsubj      7 GPE:Iran
        helped/help      VBD  ccomp      4
        plan             VB   xcomp      7
        the              DT   det       10
        attack           NN   dobj       8
        .                .    punct      4
     """, {("Hamas", "denies", "Iran", "asserted")}, ()),

    # a claim said to be not true, or to have no basis
    # Iran said the reports that it arms the Houthis were not true.
    ("denies.judged_clause", """
        Iran             NNP  nsubj      1 GPE:Iran
        said/say         VBD  ROOT       1
        the              DT   det        3
        reports/report   NNS  nsubj      9
        that             IN   mark       6
        it               PRP  nsubj      6
        arms/arm         VBZ  acl        3
        the              DT   det        8
        Houthis          NNP  dobj       6 ORG:Houthis
        were/be          VBD  ccomp      1
        not              RB   neg        9
        true             JJ   acomp      9
        .                .    punct      1
     """, {("Iran", "denies", "Houthis", "asserted")}, ((5, 6, 'Iran'),)),
    # Qatar said the claims that it funds Hamas have no basis.
    ("denies.judged_clause", """
        Qatar         NNP  nsubj      1 GPE:Qatar
        said/say      VBD  ROOT       1
        the           DT   det        3
        claims/claim  NNS  nsubj      8
        that          IN   mark       6
        it            PRP  nsubj      6
        funds/fund    VBZ  acl        3
        Hamas         NNP  dobj       6 ORG:Hamas
        have          VBP  ccomp      1
        no            DT   det       10
        basis         NN   dobj       8
        .             .    punct      1
     """, {("Qatar", "denies", "Hamas", "asserted")}, ((5, 6, 'Qatar'),)),
    # ... a claim of a tie between others said to have no basis: no denial, the claim stays alleged
    # Qatar said the reports that Iran funds Hamas have no basis.
    ("funds.verb", """
        Qatar           NNP  nsubj      1 GPE:Qatar
        said/say        VBD  ROOT       1
        the             DT   det        3
        reports/report  NNS  dobj       1
        that            IN   mark       6
        Iran            NNP  nsubj      6 GPE:Iran
        funds/fund      VBZ  acl        3
        Hamas           NNP  nsubj      8 ORG:Hamas
        have            VBP  ccomp      6
        no              DT   det       10
        basis           NN   dobj       8
        .               .    punct      1
     """, {("Iran", "funds", "Hamas", "alleged")}, ()),

]

# (rule whose cue the sentence holds, parse, coreference spans): no row at all
NEGATIVE = [
    # Israel denied reports that Hezbollah fired rockets at Haifa.
    ("denies.clause", """
        Israel               NNP  nsubj      1 GPE:Israel
        denied/deny          VBD  ROOT       1
        reports/report       NNS  dobj       1
        that                 IN   mark       5
        Hezbollah            NNP  nsubj      5 ORG:Hezbollah
        fired/fire           VBD  acl        2
        rockets/rocket       NNS  dobj       5
        at                   IN   prep       5
        Haifa                NNP  pobj       7
        .                    .    punct      1
     """, ()),
    # Qatar denied reports that Iran armed Hamas.
    ("denies.clause", """
        Qatar           NNP  nsubj      1 GPE:Qatar
        denied/deny     VBD  ROOT       1
        reports/report  NNS  dobj       1
        that            IN   mark       5
        Iran            NNP  nsubj      5 GPE:Iran
        armed           JJ   acl        2
        Hamas           NNP  dobj       5 ORG:Hamas
        .               .    punct      1
     """, ()),
    # Moscow denied that Wagner fighters were in Mali.
    ("denies.clause", """
        Moscow            NNP  nsubj      1 GPE:Russia
        denied/deny       VBD  ROOT       1
        that              IN   mark       5
        Wagner            NNP  compound   4 ORG:Wagner_Group
        fighters/fighter  NNS  nsubj      5
        were/be           VBD  ccomp      1
        in                IN   prep       5
        Mali              NNP  pobj       6 GPE:Mali
        .                 .    punct      1
     """, ()),
    # Tehran rejected reports that Iranian advisers helped plan the assault.
    ("denies.clause", """
        Tehran            NNP  nsubj      1 GPE:Iran
        rejected/reject   VBD  ROOT       1
        reports/report    NNS  dobj       1
        that              IN   mark       7
        Iranian           JJ   amod       5 NORP:Iran
        advisers/adviser  NNS  nsubj      6
        helped            VBD  aux        7
        plan              VB   acl        2
        the               DT   det        9
        assault           NN   dobj       7
        .                 .    punct      1
     """, ()),
    # Russia shot down drones launched by the Houthis.
    ("denies.object.particle", """
        Russia           NNP  nsubj      1 GPE:Russia
        shot/shoot       VBD  ROOT       1
        down             RP   prt        1
        drones/drone     NNS  dobj       1
        launched/launch  VBN  acl        3
        by               IN   agent      4
        the              DT   det        7
        Houthis          NNP  pobj       5 ORG:Houthis
        .                .    punct      1
     """, ()),
    # Ankara brushed aside reports of a cabinet reshuffle.
    ("denies.clause.particle", """
        Ankara          NNP  nsubj      1 GPE:Turkey
        brushed/brush   VBD  ROOT       1
        aside           RP   prt        1
        reports/report  NNS  dobj       1
        of              IN   prep       3
        a               DT   det        7
        cabinet         NN   compound   7
        reshuffle       NN   pobj       4
        .               .    punct      1
     """, ()),
    # Qatar pushed the talks with Hamas back.
    ("denies.clause.particle", """
        Qatar        NNP  nsubj      1 GPE:Qatar
        pushed/push  VBD  ROOT       1
        the          DT   det        3
        talks/talk   NNS  dobj       1
        with         IN   prep       3
        Hamas        NNP  pobj       4 ORG:Hamas
        back         RB   prt        1
        .            .    punct      1
     """, ()),
    # Egypt called the talks between Israel and Hamas useful.
    ("denies.clause.judged", """
        Egypt          NNP  nsubj      1 GPE:Egypt
        called/call    VBD  ROOT       1
        the            DT   det        3
        talks/talk     NNS  dobj       1
        between        IN   prep       3
        Israel         NNP  pobj       4 GPE:Israel
        and            CC   cc         5
        Hamas          NNP  conj       5 ORG:Hamas
        useful         JJ   oprd       1
        .              .    punct      1
     """, ()),
    # Russia called the claims that Iran supplies the Houthis absurd.
    ("denies.clause.judged", """
        Russia           NNP  nsubj      1 GPE:Russia
        called/call      VBD  ROOT       1
        the              DT   det        3
        claims/claim     NNS  dobj       1
        that             IN   mark       6
        Iran             NNP  nsubj      6 GPE:Iran
        supplies/supply  VBZ  acl        3
        the              DT   det        9
        Houthis          NNP  compound   9 ORG:Houthis
        absurd           NN   dobj       6
        .                .    punct      1
     """, ()),
    # Iran has nothing to say about Hamas.
    ("denies.no_role", """
        Iran         NNP  nsubj      1 GPE:Iran
        has/have     VBZ  ROOT       1
        nothing      NN   dobj       1
        to           TO   aux        4
        say          VB   relcl      2
        about        IN   prep       4
        Hamas        NNP  pobj       5 ORG:Hamas
        .            .    punct      1
     """, ()),
    # Iran was not involved in the Houthi attacks, US officials said.
    ("denies.uninvolved", """
        Iran                NNP  nsubjpass  3 GPE:Iran
        was/be              VBD  auxpass    3
        not                 RB   neg        3
        involved/involve    VBN  ccomp     11
        in                  IN   prep       3
        the                 DT   det        7
        Houthi              NNP  compound   7 ORG:Houthis
        attacks/attack      NNS  pobj       4
        ,                   ,    punct     11
        US                  NNP  compound  10 GPE:United_States
        officials/official  NNS  nsubj     11
        said/say            VBD  ROOT      11
        .                   .    punct     11
     """, ()),
    # Iran said it was involved in talks with the Houthis.
    ("denies.uninvolved", """
        Iran              NNP  nsubj      1 GPE:Iran
        said/say          VBD  ROOT       1
        it                PRP  nsubjpass  4
        was/be            VBD  auxpass    4
        involved/involve  VBN  ccomp      1
        in                IN   prep       4
        talks/talk        NNS  pobj       5
        with              IN   prep       6
        the               DT   det        9
        Houthis           NNP  pobj       7 ORG:Houthis
        .                 .    punct      1
     """, ((2, 3, "Iran"),)),
    # Iran said Hezbollah was not involved in the attack by Hamas.
    ("denies.uninvolved", """
        Iran                 NNP  nsubj      1 GPE:Iran
        said/say             VBD  ROOT       1
        Hezbollah            NNP  nsubjpass  5 ORG:Hezbollah
        was/be               VBD  auxpass    5
        not                  RB   neg        5
        involved/involve     VBN  ccomp      1
        in                   IN   prep       5
        the                  DT   det        8
        attack               NN   pobj       6
        by                   IN   prep       8
        Hamas                NNP  pobj       9 ORG:Hamas
        .                    .    punct      1
     """, ()),
    # Israel issued a denial of visas to Hamas officials.
    ("denies.noun", """
        Israel              NNP  nsubj      1 GPE:Israel
        issued/issue        VBD  ROOT       1
        a                   DT   det        3
        denial              NN   dobj       1
        of                  IN   prep       3
        visas/visa          NNS  pobj       4
        to                  IN   dative     1
        Hamas               NNP  compound   8 ORG:Hamas
        officials/official  NNS  pobj       6
        .                   .    punct      1
     """, ()),
    # The court's rejection of the appeal angered Hamas.
    ("denies.noun", """
        The            DT   det        1
        court          NN   poss       3
        's             POS  case       1
        rejection      NN   nsubj      7
        of             IN   prep       3
        the            DT   det        6
        appeal         NN   pobj       4
        angered/anger  VBD  ROOT       7
        Hamas          NNP  dobj       7 ORG:Hamas
        .              .    punct      7
     """, ()),
    # Ukraine rejected the aid offered by Russia.
    ("denies.object", """
        Ukraine          NNP  nsubj      1 GPE:Ukraine
        rejected/reject  VBD  ROOT       1
        the              DT   det        3
        aid              NN   dobj       1
        offered/offer    VBN  acl        3
        by               IN   agent      4
        Russia           NNP  pobj       5 GPE:Russia
        .                .    punct      1
     """, ()),

    # The United States has no diplomatic relations with Iran.
    ("denies.no_role", """
        The                 DT   det        2
        United              NNP  compound   2 GPE:United_States
        States              NNP  nsubj      3 GPE:United_States
        has/have            VBZ  ROOT       3
        no                  DT   det        6
        diplomatic          JJ   amod       6
        relations/relation  NNS  dobj       3
        with                IN   prep       6
        Iran                NNP  pobj       7 GPE:Iran
        .                   .    punct      3
     """, ()),
    # Iran, which arms Hamas, denied the report.
    ("denies.object", """
        Iran         NNP  nsubj      6 GPE:Iran
        ,            ,    punct      0
        which        WDT  nsubj      3
        arms/arm     NNS  compound   4
        Hamas        NNP  appos      0 ORG:Hamas
        ,            ,    punct      0
        denied/deny  VBD  ROOT       6
        the          DT   det        8
        report       NN   dobj       6
        .            .    punct      6
     """, ()),

    # a place of the denied event is no party to it
    # Moscow denies that its mercenaries are fighting in Sudan.
    ("denies.clause", """
        Moscow                 NNP  nsubj      1 GPE:Russia
        denies/deny            VBZ  ROOT       1
        that                   IN   mark       6
        its                    PRP$ poss       4
        mercenaries/mercenary  NNS  nsubj      6
        are/be                 VBP  aux        6
        fighting/fight         VBG  ccomp      1
        in                     IN   prep       6
        Sudan                  NNP  pobj       7 GPE:Sudan
        .                      .    punct      1
     """, ((3, 4, 'Russia'),)),
    # Iran denied any role in the attack in Syria.
    ("denies.object", """
        Iran         NNP  nsubj      1 GPE:Iran
        denied/deny  VBD  ROOT       1
        any          DT   det        3
        role         NN   dobj       1
        in           IN   prep       3
        the          DT   det        6
        attack       NN   pobj       4
        in           IN   prep       6
        Syria        NNP  pobj       7 GPE:Syria
        .            .    punct      1
     """, ()),

    # a spokesman's denial of nothing named (no claim before it): no row
    # Osama Hamdan, a Hamas spokesman, denied the report.
    ("denies.object", """
        Osama          NNP  compound   1 PERSON:Osama_Hamdan
        Hamdan         NNP  nsubj      7 PERSON:Osama_Hamdan
        ,              ,    punct      1
        a              DT   det        5
        Hamas          NNP  compound   5 ORG:Hamas
        spokesman      NN   appos      1
        ,              ,    punct      1
        denied/deny    VBD  ROOT       7
        the            DT   det        9
        report         NN   dobj       7
        .              .    punct      7
     """, ()),

    # negated, but no truth word: no denial
    # Qatar said the claims that it funds Hamas were not new.
    ("denies.judged_clause", """
        Qatar         NNP  nsubj      1 GPE:Qatar
        said/say      VBD  ROOT       1
        the           DT   det        3
        claims/claim  NNS  dobj       1
        that          IN   mark       6
        it            PRP  nsubj      6
        funds/fund    VBZ  acl        3
        Hamas         NNP  nsubj      8 ORG:Hamas
        were/be       VBD  ccomp      6
        not           RB   neg        8
        new           JJ   acomp      8
        .             .    punct      1
     """, ((5, 6, 'Qatar'),)),

]
