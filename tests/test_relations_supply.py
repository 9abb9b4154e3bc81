"""Supply and training in more shapes (relation_rules.v13, round 11, r11funds).

Transfer verbs of the whole class ("diverted", "routed", "pumped ... into"), the owner of stocks or weapons sent to
a recipient ("Iranian stocks of rockets sent to X", "Poland's stockpile of tanks sent to Ukraine"; an agent wins
over it), a verb coordinated with a relative clause ("the drones that Russia bought and later passed on to X"),
training passed on ("received training ... and passed it on to X"), a double object read as the theme's compound
("has given the SDF training"), what a support is for ("gets support from X for weapons and salaries"), paying for
an actor's fighters, showing an armed force how to do something, the role noun of a gerund "being" ("accused X of
being the main supplier of Y's war effort"), a participle clause under a predicate participle ("is involved in
Yemen, supplying drones to X"), forces under another's command ("soldiers of the army under the command of the GNA"
are the GNA's), and the ways of holding back from supplying: "stopped short of arming", "refrained from sending",
"has yet to deliver" (negated). Hand-built parses of invented sentences, as en_core_web_sm parses them; each
construction with traps. Tables are run by test_relations_constructions.py."""

from __future__ import annotations

# (rule that must fire, parse, expected (subject, relation, object, modality)[, coreference spans])
POSITIVE = [
    # "Iran diverted rifles to the Houthis."
    ("funds.give", """
        Iran/Iran              NNP  nsubj     1 GPE:Iran
        diverted/divert        VBD  ROOT      1
        rifles/rifle           NNS  dobj      1
        to                     IN   prep      2
        the                    DT   det       5
        Houthis/Houthis        NNP  pobj      3 ORG:Houthis
        .                      .    punct     1
     """, {('Iran', 'funds', 'Houthis', 'asserted')}),
    # "Tehran routed cash to Hamas through Turkey." ('routed' lemmatised as 'rout')
    ("funds.give", """
        Tehran/Tehran          NNP  nsubj     1 GPE:Iran
        routed/rout            VBD  ROOT      1
        cash                   NN   dobj      1
        to                     IN   prep      1
        Hamas/Hamas            NNP  pobj      3 ORG:Hamas
        through                IN   prep      1
        Turkey/Turkey          NNP  pobj      5 GPE:Turkey
        .                      .    punct     1
     """, {('Iran', 'funds', 'Hamas', 'asserted')}),
    # "Israel struck Iranian stocks of rockets sent to Hezbollah." (the owner of the stocks sent gave them)
    ("funds.give", """
        Israel/Israel          NNP  nsubj     1 GPE:Israel
        struck/strike          VBD  ROOT      1
        Iranian                JJ   amod      3 NORP:Iran
        stocks/stock           NNS  dobj      1
        of                     IN   prep      3
        rockets/rocket         NNS  pobj      4
        sent/send              VBN  acl       5
        to                     IN   dative    6
        Hezbollah/Hezbollah    NNP  pobj      7 ORG:Hezbollah
        .                      .    punct     1
     """, {('Iran', 'funds', 'Hezbollah', 'asserted')}),
    # "Poland's stockpile of tanks sent to Ukraine is shrinking." (a possessive owner)
    ("funds.give", """
        Poland/Poland          NNP  poss      2 GPE:Poland
        's                     POS  case      0
        stockpile              NN   nsubj     9
        of                     IN   prep      2
        tanks/tank             NNS  pobj      3
        sent/send              VBN  acl       4
        to                     IN   prep      5
        Ukraine/Ukraine        NNP  pobj      6 GPE:Ukraine
        is/be                  VBZ  aux       9
        shrinking/shrink       VBG  ROOT      9
        .                      .    punct     9
     """, {('Poland', 'funds', 'Ukraine', 'asserted')}),
    # "Iranian missiles sold to Russia were used against Kyiv." (the weapons' demonym, no agent)
    ("funds.give", """
        Iranian                JJ   amod      1 NORP:Iran
        missiles/missile       NNS  nsubjpass 6
        sold/sell              VBN  acl       1
        to                     IN   dative    2
        Russia/Russia          NNP  pobj      3 GPE:Russia
        were/be                VBD  auxpass   6
        used/use               VBN  ROOT      6
        against                IN   prep      6
        Kyiv/Kyiv              NNP  pobj      7 GPE:Ukraine
        .                      .    punct     6
     """, {('Iran', 'funds', 'Russia', 'asserted')}),
    # "Soviet-era tanks sent to Ukraine by Poland were destroyed." (the agent, not a maker's prefix)
    ("funds.give", """
        Soviet/Soviet          NNP  compound  2
        -                      HYPH punct     2
        era                    NN   compound  3
        tanks/tank             NNS  nsubjpass 10
        sent/send              VBN  acl       3
        to                     IN   prep      4
        Ukraine/Ukraine        NNP  pobj      5 GPE:Ukraine
        by                     IN   agent     4
        Poland/Poland          NNP  pobj      7 GPE:Poland
        were/be                VBD  auxpass   10
        destroyed/destroy      VBN  ROOT      10
        .                      .    punct     10
     """, {('Poland', 'funds', 'Ukraine', 'asserted')}),
    # "Qatar pumped money into Hamas."
    ("funds.give.spend", """
        Qatar/Qatar            NNP  nsubj     1 GPE:Qatar
        pumped/pump            VBD  ROOT      1
        money                  NN   dobj      1
        into                   IN   prep      1
        Hamas/Hamas            NNP  pobj      3 ORG:Hamas
        .                      .    punct     1
     """, {('Qatar', 'funds', 'Hamas', 'asserted')}),
    # "The drones that Russia bought and later passed on to Wagner were destroyed." (a verb coordinated with the relative clause)
    ("funds.pattern.given", """
        The                    DT   det       1
        drones/drone           NNS  nsubjpass 12
        that                   WDT  dobj      4
        Russia/Russia          NNP  nsubj     4 GPE:Russia
        bought/buy             VBD  relcl     1
        and                    CC   cc        4
        later                  RB   advmod    7
        passed/pass            VBN  conj      4
        on                     RP   prt       7
        to                     IN   prep      7
        Wagner/Wagner          NNP  pobj      9 ORG:Wagner_Group
        were/be                VBD  auxpass   12
        destroyed/destroy      VBN  ROOT      12
        .                      .    punct     12
     """, {('Russia', 'funds', 'Wagner Group', 'asserted')}),
    # "Hamas gets support from Iran for weapons and salaries." (what a support is for is its theme)
    ("funds.receive", """
        Hamas/Hamas            NNP  nsubj     1 ORG:Hamas
        gets/get               VBZ  ROOT      1
        support                NN   dobj      1
        from                   IN   prep      1
        Iran/Iran              NNP  pobj      3 GPE:Iran
        for                    IN   prep      1
        weapons/weapon         NNS  pobj      5
        and                    CC   cc        6
        salaries/salary        NNS  conj      6
        .                      .    punct     1
     """, {('Iran', 'backs', 'Hamas', 'asserted'), ('Iran', 'funds', 'Hamas', 'asserted')}),
    # "Hamas gets support from Iran for its diplomatic campaign." ((trap for funds) no theme: backs only)
    ("backs.receive", """
        Hamas/Hamas            NNP  nsubj     1 ORG:Hamas
        gets/get               VBZ  ROOT      1
        support                NN   dobj      1
        from                   IN   prep      1
        Iran/Iran              NNP  pobj      3 GPE:Iran
        for                    IN   prep      1
        its                    PRP$ poss      8
        diplomatic             JJ   amod      8
        campaign               NN   pobj      5
        .                      .    punct     1
     """, {('Iran', 'backs', 'Hamas', 'asserted')}),
    # "Tehran pays for thousands of Houthi fighters."
    ("funds.pattern.pay_people", """
        Tehran/Tehran          NNP  nsubj     1 GPE:Iran
        pays/pay               VBZ  ROOT      1
        for                    IN   prep      1
        thousands/thousand     NNS  pobj      2
        of                     IN   prep      3
        Houthi/Houthi          NNP  compound  6 ORG:Houthis
        fighters/fighter       NNS  pobj      4
        .                      .    punct     1
     """, {('Iran', 'funds', 'Houthis', 'asserted')}),
    # "Qatar is paying for Hamas fighters deployed in Gaza." ('for' read as a clause's mark)
    ("funds.pattern.pay_people", """
        Qatar/Qatar            NNP  nsubj     2 GPE:Qatar
        is/be                  VBZ  aux       2
        paying/pay             VBG  ROOT      2
        for                    IN   mark      6
        Hamas/Hamas            NNP  compound  5 ORG:Hamas
        fighters/fighter       NNS  nsubj     6
        deployed/deploy        VBN  advcl     2
        in                     IN   prep      6
        Gaza/Gaza              NNP  pobj      7
        .                      .    punct     2
     """, {('Qatar', 'funds', 'Hamas', 'asserted')}),
    # "The Houthis obtained drone training abroad and later handed it on to Hamas." ('it' the training the first verb took)
    ("trains.give", """
        The                    DT   det       1
        Houthis/Houthis        NNP  nsubj     2 ORG:Houthis
        obtained/obtain        VBD  ROOT      2
        drone                  NN   compound  4
        training               NN   dobj      2
        abroad                 RB   advmod    2
        and                    CC   cc        2
        later                  RB   advmod    8
        handed/hand            VBD  conj      2
        it                     PRP  dobj      8
        on                     RP   prt       8
        to                     IN   prep      8
        Hamas/Hamas            NNP  pobj      11 ORG:Hamas
        .                      .    punct     2
     """, {('Houthis', 'trains', 'Hamas', 'asserted')}),
    # "Washington has given the SDF training." (the recipient read as the theme's compound)
    ("trains.give", """
        Washington/Washington  NNP  nsubj     2 GPE:United_States
        has/have               VBZ  aux       2
        given/give             VBN  ROOT      2
        the                    DT   det       5
        SDF/SDF                NNP  compound  5 ORG:Syrian_Democratic_Forces
        training               NN   dobj      2
        .                      .    punct     2
     """, {('United States', 'trains', 'Syrian Democratic Forces', 'asserted')}),
    # "The Houthis get support from Hezbollah for training."
    ("trains.receive", """
        The                    DT   det       1
        Houthis/Houthis        NNP  nsubj     2 ORG:Houthis
        get                    VBP  ROOT      2
        support                NN   dobj      2
        from                   IN   prep      3
        Hezbollah/Hezbollah    NNP  pobj      4 ORG:Hezbollah
        for                    IN   prep      3
        training               NN   pobj      6
        .                      .    punct     2
     """, {('Hezbollah', 'backs', 'Houthis', 'asserted'), ('Hezbollah', 'trains', 'Houthis', 'asserted')}),
    # "The training that Hezbollah received and then passed on to the Houthis was intense."
    ("trains.pattern.given", """
        The                    DT   det       1
        training               NN   nsubj     12
        that                   WDT  dobj      4
        Hezbollah/Hezbollah    NNP  nsubj     4 ORG:Hezbollah
        received/receive       VBD  relcl     1
        and                    CC   cc        4
        then                   RB   advmod    7
        passed/pass            VBD  conj      4
        on                     RP   prt       7
        to                     IN   prep      7
        the                    DT   det       11
        Houthis/Houthis        NNP  pobj      9 ORG:Houthis
        was/be                 VBD  ROOT      12
        intense                JJ   acomp     12
        .                      .    punct     12
     """, {('Hezbollah', 'trains', 'Houthis', 'asserted')}),
    # "Russian instructors showed Malian soldiers how to fly drones."
    ("trains.pattern.show_how", """
        Russian                JJ   amod      1 NORP:Russia
        instructors/instructor NNS  nsubj     2
        showed/show            VBD  ROOT      2
        Malian                 JJ   amod      4 NORP:Mali
        soldiers/soldier       NNS  dobj      2
        how                    WRB  advmod    7
        to                     TO   aux       7
        fly                    VB   xcomp     2
        drones/drone           NNS  dobj      7
        .                      .    punct     2
     """, {('Russia', 'trains', 'Mali', 'asserted')}),
    # "Washington stopped short of arming the SDF." (negated; the subject through the adverb's phrase)
    ("funds.verb", """
        Washington/Washington  NNP  nsubj     1 GPE:United_States
        stopped/stop           VBD  ROOT      1
        short                  RB   advmod    1
        of                     IN   prep      2
        arming/arm             VBG  pcomp     3
        the                    DT   det       6
        SDF/SDF                NNP  dobj      4 ORG:Syrian_Democratic_Forces
        .                      .    punct     1
     """, {('United States', 'funds', 'Syrian Democratic Forces', 'negated')}),
    # "Berlin refrained from sending tanks to Kyiv." (negated)
    ("funds.give", """
        Berlin/Berlin          NNP  nsubj     1 GPE:Germany
        refrained/refrain      VBD  ROOT      1
        from                   IN   prep      1
        sending/send           VBG  pcomp     2
        tanks/tank             NNS  dobj      3
        to                     IN   dative    3
        Kyiv/Kyiv              NNP  pobj      5 GPE:Ukraine
        .                      .    punct     1
     """, {('Germany', 'funds', 'Ukraine', 'negated')}),
    # "Britain has yet to deliver the jets to Ukraine." (negated)
    ("funds.give", """
        Britain/Britain        NNP  nsubj     1 GPE:United_Kingdom
        has/have               VBZ  ROOT      1
        yet                    RB   advmod    1
        to                     TO   aux       4
        deliver                VB   xcomp     1
        the                    DT   det       6
        jets/jet               NNS  dobj      4
        to                     IN   prep      4
        Ukraine/Ukraine        NNP  pobj      7 GPE:Ukraine
        .                      .    punct     1
     """, {('United Kingdom', 'funds', 'Ukraine', 'negated')}),
    # "Iran is heavily involved in Yemen, supplying drones to the Houthis." (a participle clause under a predicate participle: the copula's subject)
    ("funds.give", """
        Iran/Iran              NNP  nsubj     1 GPE:Iran
        is/be                  VBZ  ROOT      1
        heavily                RB   advmod    3
        involved/involve       VBN  acomp     1
        in                     IN   prep      3
        Yemen/Yemen            NNP  pobj      4 GPE:Yemen
        ,                      ,    punct     1
        supplying/supply       VBG  advcl     1
        drones/drone           NNS  dobj      7
        to                     IN   prep      7
        the                    DT   det       11
        Houthis/Houthis        NNP  pobj      9 ORG:Houthis
        .                      .    punct     1
     """, {('Iran', 'funds', 'Houthis', 'asserted')}),
    # "Washington accused Beijing of being the main supplier of Russia's war effort." (the predicate noun of 'being': the accused)
    ("funds.role_noun.supplier", """
        Washington/Washington  NNP  nsubj     1 GPE:United_States
        accused/accuse         VBD  ROOT      1
        Beijing/Beijing        NNP  dobj      1 GPE:China
        of                     IN   prep      1
        being/be               VBG  pcomp     3
        the                    DT   det       7
        main                   JJ   amod      7
        supplier               NN   attr      4
        of                     IN   prep      7
        Russia/Russia          NNP  poss      12 GPE:Russia
        's                     POS  case      9
        war                    NN   compound  12
        effort                 NN   pobj      8
        .                      .    punct     1
     """, {('China', 'funds', 'Russia', 'alleged')}),
    # "Iran began giving combat training to 90 cadets of the Yemeni army under the control of the Houthis." (forces under another's control are that actor's, the phrase hung on the verb right after the recipient)
    ("trains.give", """
        Iran/Iran              NNP  nsubj     1 GPE:Iran
        began/begin            VBD  ROOT      1
        giving/give            VBG  xcomp     1
        combat                 NN   compound  4
        training               NN   dobj      2
        to                     IN   prep      2
        90                     CD   nummod    7
        cadets/cadet           NNS  pobj      5
        of                     IN   prep      7
        the                    DT   det       11
        Yemeni                 JJ   amod      11 NORP:Yemen
        army                   NN   pobj      8 ORG:Yemeni_Armed_Forces
        under                  IN   prep      2
        the                    DT   det       14
        control                NN   pobj      12
        of                     IN   prep      14
        the                    DT   det       17
        Houthis/Houthis        NNP  pobj      15 ORG:Houthis
        .                      .    punct     1
     """, {('Iran', 'trains', 'Houthis', 'asserted')}),
    # "The UAE supplied drones to Libyan forces under the control of Khalifa Haftar." (under the control of)
    ("funds.give", """
        The                    DT   det       1
        UAE/UAE                NNP  nsubj     2 GPE:United_Arab_Emirates
        supplied/supply        VBD  ROOT      2
        drones/drone           NNS  dobj      2
        to                     IN   prep      2
        Libyan                 JJ   amod      6 NORP:Libya
        forces/force           NNS  pobj      4
        under                  IN   prep      2
        the                    DT   det       9
        control                NN   pobj      7
        of                     IN   prep      9
        Khalifa/Khalifa        NNP  compound  12 PERSON:Khalifa_Haftar
        Haftar/Haftar          NNP  pobj      10 PERSON:Khalifa_Haftar
        .                      .    punct     2
     """, {('United Arab Emirates', 'funds', 'Khalifa Haftar', 'asserted')}),
    # "Egypt sent tanks to units under Haftar's command." (a possessive commander)
    ("funds.give", """
        Egypt/Egypt            NNP  nsubj     1 GPE:Egypt
        sent/send              VBD  ROOT      1
        tanks/tank             NNS  dobj      1
        to                     IN   dative    1
        units/unit             NNS  pobj      3
        under                  IN   prep      1
        Haftar/Haftar          NNP  poss      8 PERSON:Khalifa_Haftar
        's                     POS  case      6
        command                NN   pobj      5
        .                      .    punct     1
     """, {('Egypt', 'funds', 'Khalifa Haftar', 'asserted')}),
    # "Turkish instructors with Somali army units were seen in Mogadishu." (the force instructors serve with)
    ("trains.nominal.instructors", """
        Turkish                JJ   amod      1 NORP:Turkey
        instructors/instructor NNS  nsubjpass 7
        with                   IN   prep      1
        Somali                 JJ   amod      5 NORP:Somalia
        army                   NN   compound  5
        units/unit             NNS  pobj      2
        were/be                VBD  auxpass   7
        seen/see               VBN  ROOT      7
        in                     IN   prep      7
        Mogadishu/Mogadishu    NNP  pobj      8
        .                      .    punct     7
     """, {('Turkey', 'trains', 'Somalia', 'asserted')}),
    # "Iran handed Hezbollah a shipment of rockets." (a shipment of a theme)
    ("funds.give", """
        Iran/Iran              NNP  nsubj     1 GPE:Iran
        handed/hand            VBD  ROOT      1
        Hezbollah/Hezbollah    NNP  dative    1 ORG:Hezbollah
        a                      DT   det       4
        shipment               NN   dobj      1
        of                     IN   prep      4
        rockets/rocket         NNS  pobj      5
        .                      .    punct     1
     """, {('Iran', 'funds', 'Hezbollah', 'asserted')}),
    # "Iran keeps the Houthis supplied with drones and missiles." (the participle read as the object's modifier)
    ("funds.pattern.keep", """
        Iran/Iran              NNP  nsubj     1 GPE:Iran
        keeps/keep             VBZ  ROOT      1
        the                    DT   det       3
        Houthis/Houthis        NNP  dobj      1 ORG:Houthis
        supplied/supply        VBN  acl       3
        with                   IN   prep      4
        drones/drone           NNS  pobj      5
        and                    CC   cc        6
        missiles/missile       NNS  conj      6
        .                      .    punct     1
     """, {('Iran', 'funds', 'Houthis', 'asserted')}),
    # "The United States approved a $2 billion arms package for Taiwan." (an arms package approved for a recipient)
    ("funds.nominal.shipment", """
        The                    DT   det       2
        United/United          NNP  compound  2 GPE:United_States
        States/States          NNP  nsubj     3 GPE:United_States
        approved/approve       VBD  ROOT      3
        a                      DT   det       9
        $                      $    quantmod  7
        2                      CD   compound  7
        billion                CD   nummod    9
        arms/arm               NNS  compound  9
        package                NN   dobj      3
        for                    IN   prep      9
        Taiwan/Taiwan          NNP  pobj      10 GPE:Taiwan
        .                      .    punct     3
     """, {('United States', 'funds', 'Taiwan', 'asserted')}),
    # "Iran supplies most of the Houthis' weapons." (the owner of what is supplied receives it)
    ("funds.give.owner", """
        Iran/Iran              NNP  nsubj     1 GPE:Iran
        supplies/supply        VBZ  ROOT      1
        most                   JJS  dobj      1
        of                     IN   prep      2
        the                    DT   det       5
        Houthis/Houthis        NNP  poss      7 ORG:Houthis
        '                      POS  case      5
        weapons/weapon         NNS  pobj      3
        .                      .    punct     1
     """, {('Iran', 'funds', 'Houthis', 'asserted')}),
    # "Most of the Houthis' weapons are supplied by Iran." (passive)
    ("funds.give.owner", """
        Most/Most              JJS  nsubjpass 7
        of                     IN   prep      0
        the                    DT   det       3
        Houthis/Houthis        NNP  poss      5 ORG:Houthis
        '                      POS  case      3
        weapons/weapon         NNS  pobj      1
        are/be                 VBP  auxpass   7
        supplied/supply        VBN  ROOT      7
        by                     IN   agent     7
        Iran/Iran              NNP  pobj      8 GPE:Iran
        .                      .    punct     7
     """, {('Iran', 'funds', 'Houthis', 'asserted')}),
    # "Iran pays Hezbollah fighters' salaries." (a possessive group noun as the owner)
    ("funds.give.owner", """
        Iran/Iran              NNP  nsubj     1 GPE:Iran
        pays/pay               VBZ  ROOT      1
        Hezbollah/Hezbollah    NNP  compound  3 ORG:Hezbollah
        fighters/fighter       NNS  poss      5
        '                      POS  case      3
        salaries/salary        NNS  dobj      1
        .                      .    punct     1
     """, {('Iran', 'funds', 'Hezbollah', 'asserted')}),
    # "Iran provided Hezbollah's rockets to the Houthis." (a named recipient: the owner is not one)
    ("funds.give", """
        Iran/Iran              NNP  nsubj     1 GPE:Iran
        provided/provide       VBD  ROOT      1
        Hezbollah/Hezbollah    NNP  poss      4 ORG:Hezbollah
        's                     POS  case      2
        rockets/rocket         NNS  dobj      1
        to                     IN   dative    1
        the                    DT   det       7
        Houthis/Houthis        NNP  pobj      5 ORG:Houthis
        .                      .    punct     1
     """, {('Iran', 'funds', 'Houthis', 'asserted')}),
    # "Russia signed a contract to supply India with S-400 missiles." (who signs a deal does what it is to do)
    ("funds.verb", """
        Russia/Russia          NNP  nsubj     1 GPE:Russia
        signed/sign            VBD  ROOT      1
        a                      DT   det       3
        contract               NN   dobj      1
        to                     TO   aux       5
        supply                 VB   acl       3
        India/India            NNP  dobj      5 GPE:India
        with                   IN   prep      5
        S-400/S-400            NNP  compound  9
        missiles/missile       NNS  pobj      7
        .                      .    punct     1
     """, {('Russia', 'funds', 'India', 'asserted')}),
    # "Iran played a role in arming the Houthis." (who plays a role in it does it)
    ("funds.verb", """
        Iran/Iran              NNP  nsubj     1 GPE:Iran
        played/play            VBD  ROOT      1
        a                      DT   det       3
        role                   NN   dobj      1
        in                     IN   prep      3
        arming/arm             VBG  pcomp     4
        the                    DT   det       7
        Houthis/Houthis        NNP  dobj      5 ORG:Houthis
        .                      .    punct     1
     """, {('Iran', 'funds', 'Houthis', 'asserted')}),
    # "Iran has been the main conduit of weapons to the Houthis." (a conduit of weapons)
    ("funds.role_noun.supplier", """
        Iran/Iran              NNP  nsubj     2 GPE:Iran
        has/have               VBZ  aux       2
        been/be                VBN  ROOT      2
        the                    DT   det       5
        main                   JJ   amod      5
        conduit                NN   attr      2
        of                     IN   prep      5
        weapons/weapon         NNS  pobj      6
        to                     IN   prep      5
        the                    DT   det       10
        Houthis/Houthis        NNP  pobj      8 ORG:Houthis
        .                      .    punct     2
     """, {('Iran', 'funds', 'Houthis', 'asserted')}),
    # "Iran stopped short of denying that it arms the Houthis." (a denial held back negates nothing under it: asserted)
    ("funds.verb", """
        Iran/Iran              NNP  nsubj     1 GPE:Iran
        stopped/stop           VBD  ROOT      1
        short                  RB   advmod    1
        of                     IN   prep      2
        denying/deny           VBG  pcomp     3
        that                   IN   mark      7
        it                     PRP  nsubj     7
        arms/arm               VBZ  ccomp     4
        the                    DT   det       9
        Houthis/Houthis        NNP  dobj      7 ORG:Houthis
        .                      .    punct     1
     """, {('Iran', 'funds', 'Houthis', 'asserted')}, ((6, 7, 'Iran'),)),
]

# (rule that must not fire, parse): nothing at all is found
NEGATIVE = [
    # "Israel routed the Hamas fighters." ('rout' as a defeat: no theme)
    ("funds.give", """
        Israel/Israel          NNP  nsubj     1 GPE:Israel
        routed/rout            VBD  ROOT      1
        the                    DT   det       4
        Hamas/Hamas            NNP  compound  4 ORG:Hamas
        fighters/fighter       NNS  dobj      1
        .                      .    punct     1
     """),
    # "Israel's oil shipped to Europe fell." (an owner's commodity: no theme)
    ("funds.give", """
        Israel/Israel          NNP  poss      2 GPE:Israel
        's                     POS  case      0
        oil                    NN   nsubj     3
        shipped/ship           VBN  ccomp     6
        to                     IN   prep      3
        Europe/Europe          NNP  pobj      4
        fell/fall              VBD  ROOT      6
        .                      .    punct     6
     """),
    # "The families paid for the soldiers' funerals." (no force noun)
    ("funds.pattern.pay_people", """
        The                    DT   det       1
        families/family        NNS  ROOT      1
        paid/pay               VBN  acl       1
        for                    IN   prep      2
        the                    DT   det       5
        soldiers/soldier       NNS  poss      7
        '                      POS  case      5
        funerals/funeral       NNS  pobj      3
        .                      .    punct     1
     """),
    # "Hezbollah pays for its own fighters." (the subject's own fighters)
    ("funds.pattern.pay_people", """
        Hezbollah/Hezbollah    NNP  nsubj     1 ORG:Hezbollah
        pays/pay               VBZ  ROOT      1
        for                    IN   prep      1
        its                    PRP$ poss      5
        own                    JJ   amod      5
        fighters/fighter       NNS  pobj      2
        .                      .    punct     1
     """),
    # "The ministry showed journalists how to use the app." (no force noun)
    ("trains.pattern.show_how", """
        The                    DT   det       1
        ministry               NN   nsubj     2
        showed/show            VBD  ROOT      2
        journalists/journalist NNS  dobj      2
        how                    WRB  advmod    6
        to                     TO   aux       6
        use                    VB   xcomp     2
        the                    DT   det       8
        app                    NN   dobj      6
        .                      .    punct     2
     """),
    # "Iran showed its soldiers how to fly drones." (its own soldiers)
    ("trains.pattern.show_how", """
        Iran/Iran              NNP  nsubj     1 GPE:Iran
        showed/show            VBD  ROOT      1
        its                    PRP$ poss      3
        soldiers/soldier       NNS  dobj      1
        how                    WRB  advmod    6
        to                     TO   aux       6
        fly                    VB   xcomp     1
        drones/drone           NNS  dobj      6
        .                      .    punct     1
     """),
    # "The US has given the SDF its blessing." (no training theme)
    ("trains.give", """
        The                    DT   det       1
        US/US                  NNP  nsubj     3 GPE:United_States
        has/have               VBZ  aux       3
        given/give             VBN  ROOT      3
        the                    DT   det       5
        SDF/SDF                NNP  dative    3 ORG:Syrian_Democratic_Forces
        its                    PRP$ poss      7
        blessing               NN   dobj      3
        .                      .    punct     3
     """),
    # "Washington accused Beijing of being the largest buyer of Russian oil." (a buyer of oil: trade, no supplier)
    ("funds.role_noun.supplier", """
        Washington/Washington  NNP  nsubj     1 GPE:United_States
        accused/accuse         VBD  ROOT      1
        Beijing/Beijing        NNP  dobj      1 GPE:China
        of                     IN   prep      1
        being/be               VBG  pcomp     3
        the                    DT   det       7
        largest/large          JJS  amod      7
        buyer                  NN   attr      4
        of                     IN   prep      7
        Russian                JJ   amod      10 NORP:Russia
        oil                    NN   pobj      8
        .                      .    punct     1
     """),
    # "Iran trained the militia under the command of Qasem Soleimani." (after the object the phrase may be the trainer's: no commander read)
    ("trains.verb", """
        Iran/Iran              NNP  nsubj     1 GPE:Iran
        trained/train          VBD  ROOT      1
        the                    DT   det       3
        militia                NN   dobj      1
        under                  IN   prep      1
        the                    DT   det       6
        command                NN   pobj      4
        of                     IN   prep      6
        Qasem/Qasem            NNP  compound  9 PERSON:Qasem_Soleimani
        Soleimani/Soleimani    NNP  pobj      7 PERSON:Qasem_Soleimani
        .                      .    punct     1
     """),
    # "Russian instructors with years of experience arrived in Bamako." (no force noun)
    ("trains.nominal.instructors", """
        Russian                JJ   amod      1 NORP:Russia
        instructors/instructor NNS  nsubj     6
        with                   IN   prep      1
        years/year             NNS  pobj      2
        of                     IN   prep      3
        experience             NN   pobj      4
        arrived/arrive         VBD  ROOT      6
        in                     IN   prep      6
        Bamako/Bamako          NNP  pobj      7
        .                      .    punct     6
     """),
    # "The EU unveiled a reform package for Serbia." (a package with no theme)
    ("funds.nominal.shipment", """
        The                    DT   det       1
        EU/EU                  NNP  nsubj     2 ORG:European_Union
        unveiled/unveil        VBD  ROOT      2
        a                      DT   det       5
        reform                 NN   compound  5
        package                NN   dobj      2
        for                    IN   prep      5
        Serbia/Serbia          NNP  pobj      6 GPE:Serbia
        .                      .    punct     2
     """),
    # "Iran keeps its own forces supplied with drones." (its own forces)
    ("funds.pattern.keep", """
        Iran/Iran              NNP  nsubj     1 GPE:Iran
        keeps/keep             VBZ  ROOT      1
        its                    PRP$ poss      4
        own                    JJ   amod      4
        forces/force           NNS  dobj      1
        supplied/supply        VBN  acl       4
        with                   IN   prep      5
        drones/drone           NNS  pobj      6
        .                      .    punct     1
     """),
    # "Qatar gives its own money to charity." (its own money)
    ("funds.give.owner", """
        Qatar/Qatar            NNP  nsubj     1 GPE:Qatar
        gives/give             VBZ  ROOT      1
        its                    PRP$ poss      4
        own                    JJ   amod      4
        money                  NN   dobj      1
        to                     IN   dative    1
        charity                NN   pobj      5
        .                      .    punct     1
     """),
    # "Congress has not passed the president's budget." (a law passed is no transfer)
    ("funds.give", """
        Congress/Congress      NNP  nsubj     3 ORG:Congress
        has/have               VBZ  aux       3
        not                    RB   neg       3
        passed/pass            VBN  ROOT      3
        the                    DT   det       5
        president              NN   poss      7
        's                     POS  case      5
        budget                 NN   dobj      3
        .                      .    punct     3
     """),
    # "Iran signed an agreement to stop arming the Houthis." (an agreement to stop)
    ("funds.verb", """
        Iran/Iran              NNP  nsubj     1 GPE:Iran
        signed/sign            VBD  ROOT      1
        an                     DT   det       3
        agreement              NN   dobj      1
        to                     TO   aux       5
        stop                   VB   acl       3
        arming/arm             VBG  xcomp     5
        the                    DT   det       8
        Houthis/Houthis        NNP  dobj      6 ORG:Houthis
        .                      .    punct     1
     """),
    # "Turkey is a conduit for foreign fighters heading to Syria." (a conduit of people: no theme)
    ("funds.role_noun.supplier", """
        Turkey/Turkey          NNP  nsubj     1 GPE:Turkey
        is/be                  VBZ  ROOT      1
        a                      DT   det       3
        conduit                NN   attr      1
        for                    IN   prep      3
        foreign                JJ   amod      6
        fighters/fighter       NNS  pobj      4
        heading/head           VBG  acl       6
        to                     IN   prep      7
        Syria/Syria            NNP  pobj      8 GPE:Syria
        .                      .    punct     1
     """),
]
