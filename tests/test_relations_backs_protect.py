"""Protection, refuge and fighting on the same side (relation_rules.v13, round 11): shielding, sheltering,
harbouring an actor, a pronoun named by its apposition ("harboured them (the PKK)"), a purpose noun's owner as the
doer ("Moscow's main goal was to shield ..."), "X's protection of Y", "under X's protection", "took Y under its
wing", "side by side with" and "beside" an actor's troops, joining an actor's forces, granting safe haven or shelter, protection received, a show (gesture, sign) of support or solidarity, an actor's
unit for the actor, an apposition the parser hangs on a place or a verb ("Iran's proxy in Lebanon, the Hezbollah
movement"), a "for X" after a role noun read as a clause's subject ("a lifeline for Hamas to survive"), troops
relied on ("depends on mercenaries from the Wagner Group"), a rebellion for its owner,
rallying behind or around an actor; a faction
split from an actor is not the actor ("dissident Hamas fighters"). Hand-built
parses of invented sentences, as en_core_web_sm parses them; each construction with traps. Run by
tests/test_relations_constructions.py with every other table."""

from __future__ import annotations

from tests.test_relations_repairs import LIFELINE_FOR_HAMAS

# (rule that must fire, parse, expected (subject, relation, object, modality))
POSITIVE = [
    # "Pakistan has sheltered Taliban leaders for years."
    ("backs.verb.protect", """
        Pakistan/Pakistan      NNP  nsubj     2 GPE:Pakistan
        has/have               VBZ  aux       2
        sheltered/shelter      VBN  ROOT      2
        Taliban/Taliban        NNP  compound  4 ORG:Taliban
        leaders/leader         NNS  dobj      2
        for                    IN   prep      2
        years/year             NNS  pobj      5
        .                      .    punct     2
     """, {('Pakistan', 'backs', 'Taliban', 'asserted')}),
    # "Syria harboured them (the PKK) in the 1990s." (a pronoun named by its parenthetical apposition)
    ("backs.verb.protect", """
        Syria/Syria            NNP  nsubj     1 GPE:Syria
        harboured/harbour      VBD  ROOT      1
        them/they              PRP  dobj      1
        (                      -LRB- punct     2
        the                    DT   det       5
        PKK/PKK                NNP  appos     2 ORG:PKK
        )                      -RRB- punct     2
        in                     IN   prep      1
        the                    DT   det       9
        1990s                  CD   pobj      7
        .                      .    punct     1
     """, {('Syria', 'backs', 'PKK', 'asserted')}),
    # "Moscow's main goal was to shield the Assad government." (the owner of a purpose noun as the copula's subject does what the infinitive says)
    ("backs.verb.protect", """
        Moscow/Moscow          NNP  poss      3 GPE:Russia
        's                     POS  case      0
        main                   JJ   amod      3
        goal                   NN   nsubj     4
        was/be                 VBD  ROOT      4
        to                     TO   aux       6
        shield                 VB   xcomp     4
        the                    DT   det       9
        Assad/Assad            NNP  compound  9 PERSON:Bashar_al-Assad
        government             NN   dobj      6
        .                      .    punct     4
     """, {('Russia', 'backs', 'Bashar al-Assad', 'asserted')}),
    # "Iran's main goal is to arm the Houthis." (the same for another relation)
    ("funds.verb", """
        Iran/Iran              NNP  poss      3 GPE:Iran
        's                     POS  case      0
        main                   JJ   amod      3
        goal                   NN   nsubj     4
        is/be                  VBZ  ROOT      4
        to                     TO   aux       6
        arm                    VB   xcomp     4
        the                    DT   det       8
        Houthis/Houthis        NNP  dobj      6 ORG:Houthis
        .                      .    punct     4
     """, {('Iran', 'funds', 'Houthis', 'asserted')}),
    # "Russia's protection of Assad angered the West."
    ("backs.nominal.protection", """
        Russia/Russia          NNP  poss      2 GPE:Russia
        's                     POS  case      0
        protection             NN   nsubj     5
        of                     IN   prep      2
        Assad/Assad            NNP  pobj      3 PERSON:Bashar_al-Assad
        angered/anger          VBD  ROOT      5
        the                    DT   det       7
        West/West              NNP  dobj      5
        .                      .    punct     5
     """, {('Russia', 'backs', 'Bashar al-Assad', 'asserted')}),
    # "Hezbollah operates under the protection of Iran."
    ("backs.pattern.under", """
        Hezbollah/Hezbollah    NNP  nsubj     1 ORG:Hezbollah
        operates/operate       VBZ  ROOT      1
        under                  IN   prep      1
        the                    DT   det       4
        protection             NN   pobj      2
        of                     IN   prep      4
        Iran/Iran              NNP  pobj      5 GPE:Iran
        .                      .    punct     1
     """, {('Iran', 'backs', 'Hezbollah', 'asserted')}),
    # "Hamas fighters are hiding in Lebanon under Hezbollah's protection."
    ("backs.pattern.under", """
        Hamas/Hamas            NNP  compound  1 ORG:Hamas
        fighters/fighter       NNS  nsubj     3
        are/be                 VBP  aux       3
        hiding/hide            VBG  ROOT      3
        in                     IN   prep      3
        Lebanon/Lebanon        NNP  pobj      4 GPE:Lebanon
        under                  IN   prep      3
        Hezbollah/Hezbollah    NNP  poss      9 ORG:Hezbollah
        's                     POS  case      7
        protection             NN   pobj      6
        .                      .    punct     3
     """, {('Hezbollah', 'backs', 'Hamas', 'asserted')}),
    # "Iran took the Houthis under its wing."
    ("backs.pattern.under", """
        Iran/Iran              NNP  nsubj     1 GPE:Iran
        took/take              VBD  ROOT      1
        the                    DT   det       3
        Houthis/Houthis        NNP  dobj      1 ORG:Houthis
        under                  IN   prep      1
        its                    PRP$ poss      6
        wing                   NN   pobj      4
        .                      .    punct     1
     """, {('Iran', 'backs', 'Houthis', 'asserted')}),
    # "Belarusian troops fought side by side with Russian troops."
    ("backs.pattern.alongside", """
        Belarusian             JJ   amod      1 NORP:Belarus
        troops/troop           NNS  nsubj     2
        fought/fight           VBD  ROOT      2
        side                   NN   npadvmod  2
        by                     IN   prep      2
        side                   NN   pobj      4
        with                   IN   prep      5
        Russian                JJ   amod      8 NORP:Russia
        troops/troop           NNS  pobj      6
        .                      .    punct     2
     """, {('Belarus', 'backs', 'Russia', 'asserted')}),
    # "Wagner mercenaries fought beside Haftar's troops in Tripoli."
    ("backs.pattern.alongside", """
        Wagner                 NN   compound  1 ORG:Wagner_Group
        mercenaries/mercenary  NNS  nsubj     2
        fought/fight           VBD  ROOT      2
        beside                 IN   prep      2
        Haftar/Haftar          NNP  poss      6 PERSON:Khalifa_Haftar
        's                     POS  case      4
        troops/troop           NNS  pobj      3
        in                     IN   prep      6
        Tripoli/Tripoli        NNP  pobj      7 GPE:Tripoli
        .                      .    punct     2
     """, {('Wagner Group', 'backs', 'Khalifa Haftar', 'asserted')}),
    # "Hezbollah fighters joined Assad's forces near Aleppo."
    ("backs.pattern.join_forces", """
        Hezbollah/Hezbollah    NNP  compound  1 ORG:Hezbollah
        fighters/fighter       NNS  nsubj     2
        joined/join            VBD  ROOT      2
        Assad/Assad            NNP  poss      5 PERSON:Bashar_al-Assad
        's                     POS  case      3
        forces/force           NNS  dobj      2
        near                   IN   prep      2
        Aleppo/Aleppo          NNP  pobj      6 GPE:Aleppo
        .                      .    punct     2
     """, {('Hezbollah', 'backs', 'Bashar al-Assad', 'asserted')}),
    # "Qatar granted Hamas leaders safe haven."
    ("backs.give", """
        Qatar/Qatar            NNP  nsubj     1 GPE:Qatar
        granted/grant          VBD  ROOT      1
        Hamas/Hamas            NNP  compound  3 ORG:Hamas
        leaders/leader         NNS  dative    1
        safe                   JJ   amod      5
        haven                  NN   dobj      1
        .                      .    punct     1
     """, {('Qatar', 'backs', 'Hamas', 'asserted')}),
    # "The US sent warships to the Gulf in a show of support for Israel."
    ("backs.pattern.show_of", """
        The                    DT   det       1
        US/US                  NNP  nsubj     2 GPE:United_States
        sent/send              VBD  ROOT      2
        warships/warship       NNS  dobj      2
        to                     IN   dative    2
        the                    DT   det       6
        Gulf/Gulf              NNP  pobj      4
        in                     IN   prep      2
        a                      DT   det       9
        show                   NN   pobj      7
        of                     IN   prep      9
        support                NN   pobj      10
        for                    IN   prep      11
        Israel/Israel          NNP  pobj      12 GPE:Israel
        .                      .    punct     2
     """, {('United States', 'backs', 'Israel', 'asserted')}),
    # "Erdogan visited Doha as a gesture of solidarity with Qatar." ('with' hung on the gesture)
    ("backs.pattern.show_of", """
        Erdogan/Erdogan        NNP  nsubj     1 PERSON:Recep_Tayyip_Erdoğan
        visited/visit          VBD  ROOT      1
        Doha/Doha              NNP  dobj      1 GPE:Qatar
        as                     IN   prep      1
        a                      DT   det       5
        gesture                NN   pobj      3
        of                     IN   prep      5
        solidarity             NN   pobj      6
        with                   IN   prep      5
        Qatar/Qatar            NNP  pobj      8 GPE:Qatar
        .                      .    punct     1
     """, {('Recep Tayyip Erdoğan', 'backs', 'Qatar', 'asserted')}),
    # "Germany lit the Brandenburg Gate in solidarity with Ukraine." ('with' hung on the verb)
    ("backs.pattern.show_of", """
        Germany/Germany        NNP  nsubj     1 GPE:Germany
        lit/light              VBD  ROOT      1
        the                    DT   det       4
        Brandenburg/Brandenburg NNP  compound  4
        Gate/Gate              NNP  dobj      1
        in                     IN   prep      1
        solidarity             NN   pobj      5
        with                   IN   prep      1
        Ukraine/Ukraine        NNP  pobj      7 GPE:Ukraine
        .                      .    punct     1
     """, {('Germany', 'backs', 'Ukraine', 'asserted')}),
    # "Iran's Unit 190, which arms the Houthis, is secretive." (an actor's unit stands for the actor)
    ("funds.verb", """
        Iran/Iran              NNP  poss      2 GPE:Iran
        's                     POS  case      0
        Unit/Unit              NNP  nsubj     10
        190                    CD   nummod    2
        ,                      ,    punct     2
        which                  WDT  nsubj     6
        arms/arm               VBZ  relcl     2
        the                    DT   det       8
        Houthis/Houthis        NNP  dobj      6 ORG:Houthis
        ,                      ,    punct     2
        is/be                  VBZ  ROOT      10
        secretive              JJ   acomp     10
        .                      .    punct     10
     """, {('Iran', 'funds', 'Houthis', 'asserted')}),
    # "Russia has praised Iran's proxy in Lebanon, the Hezbollah movement." (an apposition hung on the place after the noun)
    ("backs.role_noun.proxy", """
        Russia/Russia          NNP  nsubj     2 GPE:Russia
        has/have               VBZ  aux       2
        praised/praise         VBN  ROOT      2
        Iran/Iran              NNP  poss      5 GPE:Iran
        's                     POS  case      3
        proxy                  NN   dobj      2
        in                     IN   prep      5
        Lebanon/Lebanon        NNP  pobj      6 GPE:Lebanon
        ,                      ,    punct     7
        the                    DT   det       11
        Hezbollah/Hezbollah    NNP  compound  11 ORG:Hezbollah
        movement               NN   appos     7
        .                      .    punct     2
     """, {('Iran', 'backs', 'Hezbollah', 'asserted')}),
    # "Qatar declined to condemn Turkey's proxy in Syria, the Syrian National Army." (the same with a name)
    ("backs.role_noun.proxy", """
        Qatar/Qatar            NNP  nsubj     1 GPE:Qatar
        declined/decline       VBD  ROOT      1
        to                     TO   aux       3
        condemn                VB   xcomp     1
        Turkey/Turkey          NNP  poss      6 GPE:Turkey
        's                     POS  case      4
        proxy                  NN   dobj      3
        in                     IN   prep      6
        Syria/Syria            NNP  pobj      7 GPE:Syria
        ,                      ,    punct     8
        the                    DT   det       13
        Syrian/Syrian          NNP  compound  13 ORG:Syrian_National_Army
        National/National      NNP  compound  13 ORG:Syrian_National_Army
        Army/Army              NNP  appos     8 ORG:Syrian_National_Army
        .                      .    punct     1
     """, {('Turkey', 'backs', 'Syrian National Army', 'asserted')}),
    # "Hamas declined to back Turkey's proxy in Syria, the Syrian National Army." (the apposition read as a second object
    # of the verb above)
    ("backs.role_noun.proxy", """
        Hamas/Hamas            NNP  nsubj     1 ORG:Hamas
        declined/decline       VBD  ROOT      1
        to                     TO   aux       3
        back                   VB   xcomp     1
        Turkey/Turkey          NNP  poss      6 GPE:Turkey
        's                     POS  case      4
        proxy                  NN   dobj      3
        in                     IN   prep      6
        Syria/Syria            NNP  pobj      7 GPE:Syria
        ,                      ,    punct     1
        the                    DT   det       13
        Syrian/Syrian          NNP  compound  13 ORG:Syrian_National_Army
        National/National      NNP  compound  13 ORG:Syrian_National_Army
        Army/Army              NNP  dobj      1 ORG:Syrian_National_Army
        .                      .    punct     1
     """, {('Turkey', 'backs', 'Syrian National Army', 'asserted')}),
    # "Qatar has been a lifeline for Hamas to survive the blockade." ("for Hamas" read as the subject of a "for ... to" clause)
    ("backs.role_noun.patron", LIFELINE_FOR_HAMAS, {('Qatar', 'backs', 'Hamas', 'asserted')}),  # the repair's own parse
    # "Kataib Hezbollah is the main proxy for Iran to project power in Iraq." (the same)
    ("backs.role_noun.proxy", """
        Kataib/Kataib          NNP  compound  1 ORG:Kataib_Hezbollah
        Hezbollah/Hezbollah    NNP  nsubj     2 ORG:Kataib_Hezbollah
        is/be                  VBZ  ROOT      2
        the                    DT   det       5
        main                   JJ   amod      5
        proxy                  NN   attr      2
        for                    IN   mark      9
        Iran/Iran              NNP  nsubj     9 GPE:Iran
        to                     TO   aux       9
        project                VB   advcl     5
        power                  NN   dobj      9
        in                     IN   prep      10
        Iraq/Iraq              NNP  pobj      11 GPE:Iraq
        .                      .    punct     2
     """, {('Iran', 'backs', 'Kataib Hezbollah', 'asserted')}),
    # "Haftar's offensive depends on mercenaries from the Wagner Group." (troops as what is relied on)
    ("backs.pattern.rely", """
        Haftar/Haftar          NNP  poss      2 PERSON:Khalifa_Haftar
        's                     POS  case      0
        offensive              NN   nsubj     3
        depends/depend         VBZ  ROOT      3
        on                     IN   prep      3
        mercenaries/mercenary  NNS  pobj      4
        from                   IN   prep      5
        the                    DT   det       9
        Wagner/Wagner          NNP  compound  9 ORG:Wagner_Group
        Group/Group            NNP  pobj      6 ORG:Wagner_Group
        .                      .    punct     3
     """, {('Wagner Group', 'backs', 'Khalifa Haftar', 'asserted')}),
    # "Mali is dependent on Russian mercenaries."
    ("backs.adjective.dependent", """
        Mali/Mali              NNP  nsubj     1 GPE:Mali
        is/be                  VBZ  ROOT      1
        dependent              JJ   acomp     1
        on                     IN   prep      2
        Russian                JJ   amod      5 NORP:Russia
        mercenaries/mercenary  NNS  pobj      3
        .                      .    punct     1
     """, {('Russia', 'backs', 'Mali', 'asserted')}),
    # "Assad's reliance on Iranian militias grew."
    ("backs.nominal.dependence", """
        Assad/Assad            NNP  poss      2 PERSON:Bashar_al-Assad
        's                     POS  case      0
        reliance               NN   nsubj     6
        on                     IN   prep      2
        Iranian                JJ   amod      5 NORP:Iran
        militias/militia       NNS  pobj      3
        grew/grow              VBD  ROOT      6
        .                      .    punct     6
     """, {('Iran', 'backs', 'Bashar al-Assad', 'asserted')}),
    # "Russia backed Haftar's rebellion against the government." (a rebellion stands for its owner)
    ("backs.verb", """
        Russia/Russia          NNP  nsubj     1 GPE:Russia
        backed/back            VBD  ROOT      1
        Haftar/Haftar          NNP  poss      4 PERSON:Khalifa_Haftar
        's                     POS  case      2
        rebellion              NN   dobj      1
        against                IN   prep      4
        the                    DT   det       7
        government             NN   pobj      5
        .                      .    punct     1
     """, {('Russia', 'backs', 'Khalifa Haftar', 'asserted')}),
    # "The United States rallied behind Ukraine."
    ("backs.verb.rally", """
        The                    DT   det       2
        United/United          NNP  compound  2 GPE:United_States
        States/States          NNP  nsubj     3 GPE:United_States
        rallied/rally          VBD  ROOT      3
        behind                 IN   prep      3
        Ukraine/Ukraine        NNP  pobj      4 GPE:Ukraine
        .                      .    punct     3
     """, {('United States', 'backs', 'Ukraine', 'asserted')}),
    # "Egypt rallied around Qatar after the blockade."
    ("backs.verb.rally", """
        Egypt/Egypt            NNP  nsubj     1 GPE:Egypt
        rallied/rally          VBD  ROOT      1
        around                 IN   prep      1
        Qatar/Qatar            NNP  pobj      2 GPE:Qatar
        after                  IN   prep      1
        the                    DT   det       6
        blockade               NN   pobj      4
        .                      .    punct     1
     """, {('Egypt', 'backs', 'Qatar', 'asserted')}),
    # "The Houthis receive protection from Iran."
    ("backs.receive", """
        The                    DT   det       1
        Houthis/Houthis        NNP  nsubj     2 ORG:Houthis
        receive                VB   ROOT      2
        protection             NN   dobj      2
        from                   IN   prep      3
        Iran/Iran              NNP  pobj      4 GPE:Iran
        .                      .    punct     2
     """, {('Iran', 'backs', 'Houthis', 'asserted')}),
    # "The Taliban enjoy the protection of Pakistan."
    ("backs.receive", """
        The                    DT   det       1
        Taliban/Taliban        NNP  nsubj     2 ORG:Taliban
        enjoy                  VBP  ROOT      2
        the                    DT   det       4
        protection             NN   dobj      2
        of                     IN   prep      4
        Pakistan/Pakistan      NNP  pobj      5 GPE:Pakistan
        .                      .    punct     2
     """, {('Pakistan', 'backs', 'Taliban', 'asserted')}),
    # "Caracas gives shelter to ELN commanders."
    ("backs.give", """
        Caracas/Caracas        NNP  nsubj     1 GPE:Venezuela
        gives/give             VBZ  ROOT      1
        shelter                NN   dobj      1
        to                     IN   dative    1
        ELN/ELN                NNP  compound  5 ORG:National_Liberation_Army
        commanders/commander   NNS  pobj      3
        .                      .    punct     1
     """, {('Venezuela', 'backs', 'National Liberation Army', 'asserted')}),
]

# (rule the trap is for, parse): nothing must be found
NEGATIVE = [
    # "The US protects its interests in Iraq." (interests are no actor, and not Iraq's)
    ("backs.verb.protect", """
        The                    DT   det       1
        US/US                  NNP  nsubj     2 GPE:United_States
        protects/protect       VBZ  ROOT      2
        its                    PRP$ poss      4
        interests/interest     NNS  dobj      2
        in                     IN   prep      4
        Iraq/Iraq              NNP  pobj      5 GPE:Iraq
        .                      .    punct     2
     """),
    # "Qatar hid the money from Iran." (what is hidden is no actor; 'from' names no one protected)
    ("backs.verb.protect", """
        Qatar/Qatar            NNP  nsubj     1 GPE:Qatar
        hid/hide               VBD  ROOT      1
        the                    DT   det       3
        money                  NN   dobj      1
        from                   IN   prep      1
        Iran/Iran              NNP  pobj      4 GPE:Iran
        .                      .    punct     1
     """),
    # "The aim is to support Ukraine, Biden said." (an aim with no owner does nothing)
    ("backs.verb.protect", """
        The                    DT   det       1
        aim                    NN   nsubj     2
        is/be                  VBZ  ccomp     8
        to                     TO   aux       4
        support                VB   xcomp     2
        Ukraine/Ukraine        NNP  dobj      4 GPE:Ukraine
        ,                      ,    punct     8
        Biden/Biden            NNP  nsubj     8 PERSON:Joe_Biden
        said/say               VBD  ROOT      8
        .                      .    punct     8
     """),
    # "Israel's protection from Iranian drones is weak." (the owner is the one protected, 'from' the threat)
    ("backs.nominal.protection", """
        Israel/Israel          NNP  poss      2 GPE:Israel
        's                     POS  case      0
        protection             NN   nsubj     6
        from                   IN   prep      2
        Iranian                JJ   amod      5 NORP:Iran
        drones/drone           NNS  pobj      3
        is/be                  VBZ  ROOT      6
        weak                   JJ   acomp     6
        .                      .    punct     6
     """),
    # "Kosovo was placed under UN protection." (a compound owner: humanitarian protection)
    ("backs.pattern.under", """
        Kosovo/Kosovo          NNP  nsubjpass 2 GPE:Kosovo
        was/be                 VBD  auxpass   2
        placed/place           VBN  ROOT      2
        under                  IN   prep      2
        UN/UN                  NNP  compound  5 ORG:United_Nations
        protection             NN   pobj      3
        .                      .    punct     2
     """),
    # "Turkey joined forces with Qatar." (joining forces is no owner's forces)
    ("backs.pattern.join_forces", """
        Turkey/Turkey          NNP  nsubj     1 GPE:Turkey
        joined/join            VBD  ROOT      1
        forces/force           NNS  dobj      1
        with                   IN   prep      1
        Qatar/Qatar            NNP  pobj      3 GPE:Qatar
        .                      .    punct     1
     """),
    # "Iran hosted Hamas leaders in Tehran." (hosting is not a cue (on the dev gold, hosting a leader is no backing))
    ("backs.verb.protect", """
        Iran/Iran              NNP  nsubj     1 GPE:Iran
        hosted/host            VBD  ROOT      1
        Hamas/Hamas            NNP  compound  3 ORG:Hamas
        leaders/leader         NNS  dobj      1
        in                     IN   prep      3
        Tehran/Tehran          NNP  pobj      4 GPE:Tehran
        .                      .    punct     1
     """),
    # "Thousands marched in Berlin in solidarity with Ukraine." (no actor marches)
    ("backs.pattern.show_of", """
        Thousands/thousand     NNS  nsubj     1
        marched/march          VBD  ROOT      1
        in                     IN   prep      1
        Berlin/Berlin          NNP  pobj      2 GPE:Berlin
        in                     IN   prep      1
        solidarity             NN   pobj      4
        with                   IN   prep      1
        Ukraine/Ukraine        NNP  pobj      6 GPE:Ukraine
        .                      .    punct     1
     """),
    # "Iran staged a show of force near the border with Iraq." (a show of force is no support)
    ("backs.pattern.show_of", """
        Iran/Iran              NNP  nsubj     1 GPE:Iran
        staged/stag            VBD  ROOT      1
        a                      DT   det       3
        show                   NN   dobj      1
        of                     IN   prep      3
        force                  NN   pobj      4
        near                   IN   prep      1
        the                    DT   det       8
        border                 NN   pobj      6
        with                   IN   prep      8
        Iraq/Iraq              NNP  pobj      9 GPE:Iraq
        .                      .    punct     1
     """),
    # "The army unit protected the convoy." (a unit with no actor's name stands for no one)
    ("backs.verb.protect", """
        The                    DT   det       2
        army                   NN   compound  2
        unit                   NN   nsubj     3
        protected/protect      VBD  ROOT      3
        the                    DT   det       5
        convoy                 NN   dobj      3
        .                      .    punct     3
     """),
    # "Hezbollah praised Iran's proxy in Yemen, the poorest country." (an apposition naming the place again)
    ("backs.role_noun.proxy", """
        Hezbollah/Hezbollah    NNP  nsubj     1 ORG:Hezbollah
        praised/praise         VBD  ROOT      1
        Iran/Iran              NNP  poss      4 GPE:Iran
        's                     POS  case      2
        proxy                  NN   dobj      1
        in                     IN   prep      4
        Yemen/Yemen            NNP  pobj      5 GPE:Yemen
        ,                      ,    punct     6
        the                    DT   det       10
        poorest/poor           JJS  amod      10
        country                NN   appos     6
        .                      .    punct     1
     """, ((8, 11, "Yemen", "description"),)),
    # "The army relies on fighters from the villages." (villages are no actor)
    ("backs.pattern.rely", """
        The                    DT   det       1
        army                   NN   nsubj     2
        relies/rely            VBZ  ROOT      2
        on                     IN   prep      2
        fighters/fighter       NNS  pobj      3
        from                   IN   prep      4
        the                    DT   det       7
        villages/village       NNS  pobj      5
        .                      .    punct     2
     """),
    # "Voters rallied around the flag in Russia." (no actor rallies, and the flag is none)
    ("backs.verb.rally", """
        Voters/voter           NNS  nsubj     1
        rallied/rally          VBD  ROOT      1
        around                 IN   prep      1
        the                    DT   det       4
        flag                   NN   pobj      2
        in                     IN   prep      1
        Russia/Russia          NNP  pobj      5 GPE:Russia
        .                      .    punct     1
     """),
    # "Thousands rallied in Paris behind a banner." (no actor)
    ("backs.verb.rally", """
        Thousands/thousand     NNS  nsubj     1
        rallied/rally          VBD  ROOT      1
        in                     IN   prep      1
        Paris/Paris            NNP  pobj      2
        behind                 IN   prep      1
        a                      DT   det       6
        banner                 NN   pobj      4
        .                      .    punct     1
     """),
    # "Dissident Hamas fighters are hiding in Lebanon under Hezbollah's protection." (dissident fighters are not Hamas)
    ("backs.pattern.under", """
        Dissident              JJ   amod      1
        Hamas/Hamas            NNP  compound  2 ORG:Hamas
        fighters/fighter       NNS  nsubj     4
        are/be                 VBP  aux       4
        hiding/hide            VBG  ROOT      4
        in                     IN   prep      4
        Lebanon/Lebanon        NNP  pobj      5 GPE:Lebanon
        under                  IN   prep      4
        Hezbollah/Hezbollah    NNP  poss      10 ORG:Hezbollah
        's                     POS  case      8
        protection             NN   pobj      7
        .                      .    punct     4
     """),
    # "Iran funds breakaway Hamas units." (a breakaway unit is not Hamas)
    ("funds.verb", """
        Iran/Iran              NNP  compound  1 GPE:Iran
        funds/fund             NNS  compound  2
        breakaway              NN   compound  3
        Hamas/Hamas            NNP  compound  4 ORG:Hamas
        units/unit             NNS  ROOT      4
        .                      .    punct     4
     """),
]
