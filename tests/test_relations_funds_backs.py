"""Funds and backs in more shapes (relation_rules.v11, round 10), with their hedges and sources.

Dependence on a supplier ("dependent on Iran for missiles", "the Houthis' reliance on Iran for missiles"), a proxy
used ("uses Hezbollah as a proxy"), lifelines and guarantors, a surrogate as a title ("Tehran's surrogate X"), a
state-sponsored group named by its demonym ("an Iraqi state-sponsored group"), coming to an actor's rescue, paying
for its operations or underwriting its budget, troops joining its war, keeping it armed, surviving thanks to
another's support, weapons flowing to it, a supplier named by a role verb ("emerged as a key supplier of drones to
Mali"), a stream of weapons, role nouns listing their holders ("Hamas's backers include Qatar and Iran", "among
Iran's proxies is X"), nurturing and harbouring, more hyphen participles ("Qatar-paid", "Trump-endorsed"), backed by
an actor's money or weapons ("Backed by Iranian money and weapons, the Houthis ..."), an actor's military arm,
intervening on an actor's behalf, shielding it from sanctions, vetoing resolutions against it, political cover, arms
exports and imports ("India's arms imports from Russia", "Russia accounted for 60 percent of India's arms imports");
hedges and who alleges or states ("is thought to", "despite criticism that", "X accused Y of ...", "reports of",
"Erdogan's admission that", "stands accused of", "has been linked to", "is considered the main backer of", "the
report by X said", "a court ruled"). Hand-built parses of invented sentences, as en_core_web_sm parses them; each
construction with traps."""

from __future__ import annotations

import pytest

from tests.relations_fixture import extractor, parse

# (rule that must fire, parse, expected (subject, relation, object, modality), coreference spans)
POSITIVE = [
    # "The Houthis are dependent on Iran for missiles."
    ("funds.adjective.dependent", """
        The                    DT   det       1
        Houthis        NNP  nsubj     2 ORG:Houthis
        are/be                 VBP  ROOT      2
        dependent              JJ   acomp     2
        on                     IN   prep      3
        Iran              NNP  pobj      4 GPE:Iran
        for                    IN   prep      3
        missiles/missile       NNS  pobj      6
        .                      .    punct     2
     """, {('Iran', 'funds', 'Houthis', 'asserted')}, ()),
    # "Venezuela has become dependent on Chinese loans."
    ("funds.adjective.dependent", """
        Venezuela    NNP  nsubj     2 GPE:Venezuela
        has/have               VBZ  aux       2
        become                 VBN  ROOT      2
        dependent              JJ   acomp     2
        on                     IN   prep      3
        Chinese                JJ   amod      6 NORP:China
        loans/loan             NNS  pobj      4
        .                      .    punct     2
     """, {('China', 'funds', 'Venezuela', 'asserted')}, ()),
    # "Hamas is reliant on Qatar for cash."
    ("funds.adjective.dependent", """
        Hamas            NNP  nsubj     1 ORG:Hamas
        is/be                  VBZ  ROOT      1
        reliant                JJ   acomp     1
        on                     IN   prep      1
        Qatar            NNP  pobj      3 GPE:Qatar
        for                    IN   prep      1
        cash                   NN   pobj      5
        .                      .    punct     1
     """, {('Qatar', 'funds', 'Hamas', 'asserted')}, ()),
    # "Hamas is dependent on Turkey for diplomatic cover."
    ("backs.adjective.dependent", """
        Hamas                  NNP nsubj 1 ORG:Hamas
        is/be                  VBZ ROOT 1
        dependent              JJ acomp 1
        on                     IN prep 2
        Turkey                 NNP pobj 3 GPE:Turkey
        for                    IN prep 2
        diplomatic             JJ amod 7
        cover                  NN pobj 5
        .                      . punct 1
     """, {('Turkey', 'backs', 'Hamas', 'asserted')}, ()),
    # "Syria is heavily dependent on Iranian support."
    ("backs.adjective.dependent", """
        Syria            NNP  nsubj     1 GPE:Syria
        is/be                  VBZ  ROOT      1
        heavily                RB   advmod    3
        dependent              JJ   acomp     1
        on                     IN   prep      3
        Iranian                JJ   amod      6 NORP:Iran
        support                NN   pobj      4
        .                      .    punct     1
     """, {('Iran', 'backs', 'Syria', 'asserted')}, ()),
    # "The Houthis' reliance on Iran for missiles worries Riyadh."
    ("funds.nominal.dependence", """
        The                    DT   det       1
        Houthis        NNP  poss      3 ORG:Houthis
        '                      POS  case      1
        reliance               NN   nsubj     8
        on                     IN   prep      3
        Iran              NNP  pobj      4 GPE:Iran
        for                    IN   prep      3
        missiles/missile       NNS  pobj      6
        worries/worry          VBZ  ROOT      8
        Riyadh          NNP  dobj      8 GPE:Saudi_Arabia
        .                      .    punct     8
     """, {('Iran', 'funds', 'Houthis', 'asserted')}, ()),
    # "Serbia's reliance on Russia for weapons is waning."
    ("funds.nominal.dependence", """
        Serbia          NNP  poss      2 GPE:Serbia
        's                     POS  case      0
        reliance               NN   nsubj     8
        on                     IN   prep      2
        Russia          NNP  pobj      3 GPE:Russia
        for                    IN   prep      2
        weapons/weapon         NNS  pobj      5
        is/be                  VBZ  aux       8
        waning/wan             VBG  ROOT      8
        .                      .    punct     8
     """, {('Russia', 'funds', 'Serbia', 'asserted')}, ()),
    # "Assad's dependence on Russian support grew."
    ("backs.nominal.dependence", """
        Assad            NNP  poss      2 PERSON:Bashar_al-Assad
        's                     POS  case      0
        dependence             NN   nsubj     6
        on                     IN   prep      2
        Russian                JJ   amod      5 NORP:Russia
        support                NN   pobj      3
        grew/grow              VBD  ROOT      6
        .                      .    punct     6
     """, {('Russia', 'backs', 'Bashar al-Assad', 'asserted')}, ()),
    # "Iran uses Hezbollah as a proxy against Israel."
    ("backs.pattern.use_as", """
        Iran              NNP  nsubj     1 GPE:Iran
        uses/use               VBZ  ROOT      1
        Hezbollah    NNP  dobj      1 ORG:Hezbollah
        as                     IN   prep      1
        a                      DT   det       5
        proxy                  NN   pobj      3
        against                IN   prep      5
        Israel          NNP  pobj      6 GPE:Israel
        .                      .    punct     1
     """, {('Iran', 'backs', 'Hezbollah', 'asserted')}, ()),
    # "Hezbollah is used by Iran as a proxy."
    ("backs.pattern.use_as", """
        Hezbollah    NNP  nsubjpass 2 ORG:Hezbollah
        is/be                  VBZ  auxpass   2
        used/use               VBN  ROOT      2
        by                     IN   agent     2
        Iran              NNP  pobj      3 GPE:Iran
        as                     IN   prep      2
        a                      DT   det       7
        proxy                  NN   pobj      5
        .                      .    punct     2
     """, {('Iran', 'backs', 'Hezbollah', 'asserted')}, ()),
    # "Qatar is Hamas's financial lifeline."
    ("funds.role_noun.financial", """
        Qatar            NNP  nsubj     1 GPE:Qatar
        is/be                  VBZ  ROOT      1
        Hamas            NNP  poss      5 ORG:Hamas
        's                     POS  case      2
        financial              JJ   amod      5
        lifeline               NN   attr      1
        .                      .    punct     1
     """, {('Qatar', 'funds', 'Hamas', 'asserted')}, ()),  # (no backs row since round 26: extract.financial_backing)
    # "Iran has been a lifeline for Assad."
    ("backs.role_noun.patron", """
        Iran              NNP  nsubj     2 GPE:Iran
        has/have               VBZ  aux       2
        been/be                VBN  ROOT      2
        a                      DT   det       4
        lifeline               NN   attr      2
        for                    IN   prep      4
        Assad            NNP  pobj      5 PERSON:Bashar_al-Assad
        .                      .    punct     2
     """, {('Iran', 'backs', 'Bashar al-Assad', 'asserted')}, ()),
    # "Russia is Armenia's security guarantor."
    ("backs.role_noun.patron", """
        Russia          NNP  nsubj     1 GPE:Russia
        is/be                  VBZ  ROOT      1
        Armenia        NNP  poss      5 GPE:Armenia
        's                     POS  case      2
        security               NN   compound  5
        guarantor              NN   attr      1
        .                      .    punct     1
     """, {('Russia', 'backs', 'Armenia', 'asserted')}, ()),
    # "Russia threw Assad a lifeline in 2015."
    ("backs.roles.give", """
        Russia          NNP  nsubj     1 GPE:Russia
        threw/throw            VBD  ROOT      1
        Assad            NNP  dative    1 PERSON:Bashar_al-Assad
        a                      DT   det       4
        lifeline               NN   dobj      1
        in                     IN   prep      1
        2015                   CD   pobj      5
        .                      .    punct     1
     """, {('Russia', 'backs', 'Bashar al-Assad', 'asserted')}, ()),
    # "Kataib Hezbollah is a surrogate of Iran."
    ("backs.roles.client", """
        Kataib          NNP  compound  1 ORG:Kataib_Hezbollah
        Hezbollah    NNP  nsubj     2 ORG:Kataib_Hezbollah
        is/be                  VBZ  ROOT      2
        a                      DT   det       4
        surrogate              NN   attr      2
        of                     IN   prep      4
        Iran              NNP  pobj      5 GPE:Iran
        .                      .    punct     2
     """, {('Iran', 'backs', 'Kataib Hezbollah', 'asserted')}, ()),
    # "Al Jazeera is a Qatari state-funded broadcaster."
    ("funds.hyphen", """
        Al                  NNP  compound  1 ORG:Al_Jazeera
        Jazeera        NNP  nsubj     2 ORG:Al_Jazeera
        is/be                  VBZ  ROOT      2
        a                      DT   det       8
        Qatari                 JJ   amod      8 NORP:Qatar
        state                  NN   npadvmod  7
        -                      HYPH punct     7
        funded/fund            VBN  amod      8
        broadcaster            NN   attr      2
        .                      .    punct     2
     """, {('Qatar', 'funds', 'Al Jazeera', 'asserted')}, ()),
    # "The PMF, an Iraqi state-sponsored umbrella group, fought ISIS."
    ("backs.hyphen", """
        The                    DT   det       1
        PMF                NNP  nsubj     11 ORG:Popular_Mobilisation_Forces
        ,                      ,    punct     1
        an                     DT   det       9
        Iraqi                  JJ   amod      9 NORP:Iraq
        state                  NN   npadvmod  7
        -                      HYPH punct     7
        sponsored/sponsor      VBN  amod      9
        umbrella               NN   compound  9
        group                  NN   appos     1
        ,                      ,    punct     1
        fought/fight           VBD  ROOT      11
        ISIS              NNP  dobj      11 ORG:Islamic_State
        .                      .    punct     11
     """, {('Iraq', 'backs', 'Popular Mobilisation Forces', 'asserted')}, ()),
    # "Tehran's surrogate Kataib Hezbollah fired rockets at the base." (a surrogate as a title, tagged as an adjective)
    ("backs.title.proxy", """
        Tehran                 NNP  poss      4 GPE:Iran
        's                     POS  case      0
        surrogate              JJ   amod      4
        Kataib                 NNP  compound  4 ORG:Kataib_Hezbollah
        Hezbollah              NNP  nsubj     5 ORG:Kataib_Hezbollah
        fired/fire             VBD  ROOT      5
        rockets/rocket         NNS  dobj      5
        at                     IN   prep      5
        the                    DT   det       9
        base                   NN   pobj      7
        .                      .    punct     5
     """, {('Iran', 'backs', 'Kataib Hezbollah', 'asserted')}, ()),
    # "Russia came to Assad's rescue in 2015."
    ("backs.pattern.rescue", """
        Russia          NNP  nsubj     1 GPE:Russia
        came/come              VBD  ROOT      1
        to                     IN   prep      1
        Assad            NNP  poss      5 PERSON:Bashar_al-Assad
        's                     POS  case      3
        rescue                 NN   pobj      2
        in                     IN   prep      1
        2015                   CD   pobj      6
        .                      .    punct     1
     """, {('Russia', 'backs', 'Bashar al-Assad', 'asserted')}, ()),
    # "Iran rushed to the aid of the Houthis."
    ("backs.pattern.rescue", """
        Iran              NNP  nsubj     1 GPE:Iran
        rushed/rush            VBD  ROOT      1
        to                     IN   prep      1
        the                    DT   det       4
        aid                    NN   pobj      2
        of                     IN   prep      4
        the                    DT   det       7
        Houthis        NNP  pobj      5 ORG:Houthis
        .                      .    punct     1
     """, {('Iran', 'backs', 'Houthis', 'asserted')}, ()),
    # "Iran pays for Hezbollah's military operations."
    ("funds.pattern.pay_for", """
        Iran              NNP  nsubj     1 GPE:Iran
        pays/pay               VBZ  ROOT      1
        for                    IN   prep      1
        Hezbollah    NNP  poss      6 ORG:Hezbollah
        's                     POS  case      3
        military               JJ   amod      6
        operations/operation   NNS  pobj      2
        .                      .    punct     1
     """, {('Iran', 'funds', 'Hezbollah', 'asserted')}, ()),
    # "Money from Iran pays for Hezbollah's operations."
    ("funds.pattern.pay_for", """
        Money                  NN   nsubj     3
        from                   IN   prep      0
        Iran              NNP  pobj      1 GPE:Iran
        pays/pay               VBZ  ROOT      3
        for                    IN   prep      3
        Hezbollah    NNP  poss      7 ORG:Hezbollah
        's                     POS  case      5
        operations/operation   NNS  pobj      4
        .                      .    punct     3
     """, {('Iran', 'funds', 'Hezbollah', 'asserted')}, ()),
    # "Qatar has footed the bill for Hamas's salaries."
    ("funds.pattern.pay_for", """
        Qatar            NNP  nsubj     2 GPE:Qatar
        has/have               VBZ  aux       2
        footed/foot            VBN  ROOT      2
        the                    DT   det       4
        bill                   NN   dobj      2
        for                    IN   prep      4
        Hamas            NNP  poss      8 ORG:Hamas
        's                     POS  case      6
        salaries/salary        NNS  pobj      5
        .                      .    punct     2
     """, {('Qatar', 'funds', 'Hamas', 'asserted')}, ()),
    # "Some 3,000 fighters were dispatched from Iran to Syria to take part in Assad's offensive."
    ("backs.pattern.join_war", """
        Some                   DT   quantmod  1
        3,000                  CD   nummod    2
        fighters/fighter       NNS  nsubjpass 4
        were/be                VBD  auxpass   4
        dispatched/dispatch    VBN  ROOT      4
        from                   IN   prep      4
        Iran              NNP  pobj      5 GPE:Iran
        to                     IN   prep      4
        Syria            NNP  pobj      7 GPE:Syria
        to                     TO   aux       10
        take                   VB   advcl     4
        part                   NN   dobj      10
        in                     IN   prep      10
        Assad            NNP  poss      15 PERSON:Bashar_al-Assad
        's                     POS  case      13
        offensive              NN   pobj      12
        .                      .    punct     4
     """, {('Iran', 'backs', 'Bashar al-Assad', 'asserted')}, ()),
    # "Hezbollah fighters joined Assad's offensive on Aleppo."
    ("backs.pattern.join_war", """
        Hezbollah    NNP  compound  1 ORG:Hezbollah
        fighters/fighter       NNS  nsubj     2
        joined/join            VBD  ROOT      2
        Assad            NNP  poss      5 PERSON:Bashar_al-Assad
        's                     POS  case      3
        offensive              NN   dobj      2
        on                     IN   prep      2
        Aleppo          NNP  pobj      6
        .                      .    punct     2
     """, {('Hezbollah', 'backs', 'Bashar al-Assad', 'asserted')}, ()),
    # "Iran provides Hezbollah with a steady stream of weapons."
    ("funds.give", """
        Iran              NNP  nsubj     1 GPE:Iran
        provides/provide       VBZ  ROOT      1
        Hezbollah    NNP  dobj      1 ORG:Hezbollah
        with                   IN   prep      1
        a                      DT   det       6
        steady                 JJ   amod      6
        stream                 NN   pobj      3
        of                     IN   prep      6
        weapons/weapon         NNS  pobj      7
        .                      .    punct     1
     """, {('Iran', 'funds', 'Hezbollah', 'asserted')}, ()),
    # "Iran keeps Hezbollah armed."
    ("funds.pattern.keep", """
        Iran              NNP  nsubj     1 GPE:Iran
        keeps/keep             VBZ  ROOT      1
        Hezbollah    NNP  dobj      1 ORG:Hezbollah
        armed/arm              VBN  xcomp     1
        .                      .    punct     1
     """, {('Iran', 'funds', 'Hezbollah', 'asserted')}, ()),
    # "Iran keeps the Houthis supplied with missiles."
    ("funds.pattern.keep", """
        Iran              NNP  nsubj     1 GPE:Iran
        keeps/keep             VBZ  ROOT      1
        the                    DT   det       3
        Houthis        NNP  dobj      1 ORG:Houthis
        supplied/supply        VBN  xcomp     1
        with                   IN   prep      4
        missiles/missile       NNS  pobj      5
        .                      .    punct     1
     """, {('Iran', 'funds', 'Houthis', 'asserted')}, ()),
    # "Assad held Aleppo thanks to Russian air support."
    ("backs.pattern.thanks", """
        Assad            NNP  nsubj     1 PERSON:Bashar_al-Assad
        held/hold              VBD  ROOT      1
        Aleppo          NNP  compound  3
        thanks/thank           NNS  dobj      1
        to                     IN   prep      3
        Russian                JJ   amod      7 NORP:Russia
        air                    NN   compound  7
        support                NN   pobj      4
        .                      .    punct     1
     """, {('Russia', 'backs', 'Bashar al-Assad', 'asserted')}, ()),
    # "Assad held Aleppo thanks to the backing of Iran."
    ("backs.pattern.thanks", """
        Assad            NNP  nsubj     1 PERSON:Bashar_al-Assad
        held/hold              VBD  ROOT      1
        Aleppo          NNP  compound  3
        thanks/thank           NNS  dobj      1
        to                     IN   prep      1
        the                    DT   det       6
        backing                NN   pobj      4
        of                     IN   prep      6
        Iran              NNP  pobj      7 GPE:Iran
        .                      .    punct     1
     """, {('Iran', 'backs', 'Bashar al-Assad', 'asserted')}, ()),
    # "Iranian weapons have flowed to the Houthis for years."
    ("funds.pattern.come", """
        Iranian                JJ   amod      1 NORP:Iran
        weapons/weapon         NNS  nsubj     3
        have                   VBP  aux       3
        flowed/flow            VBN  ROOT      3
        to                     IN   prep      3
        the                    DT   det       6
        Houthis        NNP  pobj      4 ORG:Houthis
        for                    IN   prep      3
        years/year             NNS  pobj      7
        .                      .    punct     3
     """, {('Iran', 'funds', 'Houthis', 'asserted')}, ()),
    # "Qatari money has poured into Hamas's coffers."
    ("funds.pattern.come", """
        Qatari                 JJ   amod      1 NORP:Qatar
        money                  NN   nsubj     3
        has/have               VBZ  aux       3
        poured/pour            VBN  ROOT      3
        into                   IN   prep      3
        Hamas            NNP  poss      7 ORG:Hamas
        's                     POS  case      5
        coffers/coffer         NNS  pobj      4
        .                      .    punct     3
     """, {('Qatar', 'funds', 'Hamas', 'asserted')}, ()),
    # "Russia has emerged as a key supplier of drones to Mali."
    ("funds.role_noun.supplier", """
        Russia          NNP  nsubj     2 GPE:Russia
        has/have               VBZ  aux       2
        emerged/emerge         VBN  ROOT      2
        as                     IN   prep      2
        a                      DT   det       6
        key                    JJ   amod      6
        supplier               NN   pobj      3
        of                     IN   prep      6
        drones/drone           NNS  pobj      7
        to                     IN   prep      2
        Mali              NNP  pobj      9 GPE:Mali
        .                      .    punct     2
     """, {('Russia', 'funds', 'Mali', 'asserted')}, ()),
    # "Much of the cash arriving from Qatar pays for Hamas's salaries."
    ("funds.pattern.pay_for", """
        Much                   JJ   nsubj     7
        of                     IN   prep      0
        the                    DT   det       3
        cash                   NN   pobj      1
        arriving/arrive        VBG  acl       3
        from                   IN   prep      4
        Qatar            NNP  pobj      5 GPE:Qatar
        pays/pay               VBZ  ROOT      7
        for                    IN   prep      7
        Hamas            NNP  poss      11 ORG:Hamas
        's                     POS  case      9
        salaries/salary        NNS  pobj      8
        .                      .    punct     7
     """, {('Qatar', 'funds', 'Hamas', 'asserted')}, ()),
    # "Hamas's backers include Qatar and Iran."
    ("backs.role_noun.patron", """
        Hamas            NNP  poss      2 ORG:Hamas
        's                     POS  case      0
        backers/backer         NNS  nsubj     3
        include                VBP  ROOT      3
        Qatar            NNP  dobj      3 GPE:Qatar
        and                    CC   cc        4
        Iran              NNP  conj      4 GPE:Iran
        .                      .    punct     3
     """, {('Qatar', 'backs', 'Hamas', 'asserted'), ('Iran', 'backs', 'Hamas', 'asserted')}, ()),
    # "Among Hezbollah's backers are Iran and Syria."
    ("backs.role_noun.patron", """
        Among                  IN   prep      4
        Hezbollah    NNP  poss      3 ORG:Hezbollah
        's                     POS  case      1
        backers/backer         NNS  pobj      0
        are/be                 VBP  ROOT      4
        Iran              NNP  attr      4 GPE:Iran
        and                    CC   cc        5
        Syria            NNP  conj      5 GPE:Syria
        .                      .    punct     4
     """, {('Iran', 'backs', 'Hezbollah', 'asserted'), ('Syria', 'backs', 'Hezbollah', 'asserted')}, ()),
    # "Iran's proxies include Hezbollah and the Houthis."
    ("backs.role_noun.proxy", """
        Iran              NNP  poss      2 GPE:Iran
        's                     POS  case      0
        proxies/proxy          NNS  nsubj     3
        include                VBP  ROOT      3
        Hezbollah    NNP  dobj      3 ORG:Hezbollah
        and                    CC   cc        4
        the                    DT   det       7
        Houthis        NNP  conj      4 ORG:Houthis
        .                      .    punct     3
     """, {('Iran', 'backs', 'Hezbollah', 'asserted'), ('Iran', 'backs', 'Houthis', 'asserted')}, ()),
    # "Hamas's donors include Qatar."
    ("funds.role_noun", """
        Hamas            NNP  poss      2 ORG:Hamas
        's                     POS  case      0
        donors/donor           NNS  nsubj     3
        include                VBP  ROOT      3
        Qatar            NNP  dobj      3 GPE:Qatar
        .                      .    punct     3
     """, {('Qatar', 'funds', 'Hamas', 'asserted')}, ()),
    # "Hamas's financial backers include Qatar."
    ("funds.role_noun.financial", """
        Hamas            NNP  poss      3 ORG:Hamas
        's                     POS  case      0
        financial              JJ   amod      3
        backers/backer         NNS  nsubj     4
        include                VBP  ROOT      4
        Qatar            NNP  dobj      4 GPE:Qatar
        .                      .    punct     4
     """, {('Qatar', 'funds', 'Hamas', 'asserted')}, ()),  # (no backs row since round 26: extract.financial_backing)
    # "Pakistan has harboured the Taliban for decades." (backs.verb.protect since relation_rules.v13)
    ("backs.verb.protect", """
        Pakistan      NNP  nsubj     2 GPE:Pakistan
        has/have               VBZ  aux       2
        harboured/harbour      VBN  ROOT      2
        the                    DT   det       4
        Taliban        NNP  dobj      2 ORG:Taliban
        for                    IN   prep      2
        decades/decade         NNS  pobj      5
        .                      .    punct     2
     """, {('Pakistan', 'backs', 'Taliban', 'asserted')}, ()),
    # "The Qatar-paid militiamen of Hamas fought on."
    ("funds.hyphen", """
        The                    DT   det       4
        Qatar            NNP  npadvmod  3 GPE:Qatar
        -                      HYPH punct     3
        paid/pay               VBN  amod      4
        militiamen             NN   nsubj     7
        of                     IN   prep      4
        Hamas            NNP  pobj      5 ORG:Hamas
        fought/fight           VBD  ROOT      7
        on                     RP   prt       7
        .                      .    punct     7
     """, {('Qatar', 'funds', 'Hamas', 'asserted')}, ()),
    # "The Trump-endorsed Tom Evers lost the race."
    ("backs.hyphen", """
        The                    DT   det       5
        Trump            NNP  npadvmod  3 PERSON:Donald_Trump
        -                      HYPH punct     3
        endorsed/endorse       VBN  amod      5
        Tom           NNP  compound  5 PERSON:Tom_Evers
        Evers           NNP  nsubj     6 PERSON:Tom_Evers
        lost/lose              VBD  ROOT      6
        the                    DT   det       8
        race                   NN   dobj      6
        .                      .    punct     6
     """, {('Donald Trump', 'backs', 'Tom Evers', 'asserted')}, ()),
    # "Russia accounted for 60 percent of India's arms imports."
    ("funds.nominal.imports", """
        Russia          NNP  nsubj     1 GPE:Russia
        accounted/account      VBD  ROOT      1
        for                    IN   prep      1
        60                     CD   nummod    4
        percent                NN   pobj      2
        of                     IN   prep      4
        India            NNP  poss      9 GPE:India
        's                     POS  case      6
        arms/arm               NNS  compound  9
        imports/import         NNS  pobj      5
        .                      .    punct     1
     """, {('Russia', 'funds', 'India', 'asserted')}, ()),
    # "Russia's arms exports to India fell sharply."
    ("funds.nominal.shipment", """
        Russia          NNP  poss      3 GPE:Russia
        's                     POS  case      0
        arms/arm               NNS  compound  3
        exports/export         NNS  nsubj     6
        to                     IN   prep      3
        India            NNP  pobj      4 GPE:India
        fell/fall              VBD  ROOT      6
        sharply                RB   advmod    6
        .                      .    punct     6
     """, {('Russia', 'funds', 'India', 'asserted')}, ()),
    # "India's arms imports from Russia fell sharply."
    ("funds.nominal.imports", """
        India            NNP  poss      3 GPE:India
        's                     POS  case      0
        arms/arm               NNS  compound  3
        imports/import         NNS  nsubj     6
        from                   IN   prep      3
        Russia          NNP  pobj      4 GPE:Russia
        fell/fall              VBD  ROOT      6
        sharply                RB   advmod    6
        .                      .    punct     6
     """, {('Russia', 'funds', 'India', 'asserted')}, ()),
    # "Egypt's purchases of Russian jets worried Washington."
    ("funds.nominal.imports", """
        Egypt            NNP  poss      2 GPE:Egypt
        's                     POS  case      0
        purchases/purchase     NNS  nsubj     6
        of                     IN   prep      2
        Russian                JJ   amod      5 NORP:Russia
        jets/jet               NNS  pobj      3
        worried/worry          VBD  ROOT      6
        Washington  NNP  npadvmod  6
        .                      .    punct     6
     """, {('Russia', 'funds', 'Egypt', 'asserted')}, ()),
    # "Kataib Hezbollah has become Iran's main military arm in Iraq."
    ("backs.role_noun.arm", """
        Kataib          NNP  compound  1 ORG:Kataib_Hezbollah
        Hezbollah    NNP  nsubj     3 ORG:Kataib_Hezbollah
        has/have               VBZ  aux       3
        become                 VBN  ROOT      3
        Iran              NNP  poss      8 GPE:Iran
        's                     POS  case      4
        main                   JJ   amod      8
        military               JJ   amod      8
        arm                    NN   attr      3
        in                     IN   prep      8
        Iraq              NNP  pobj      9 GPE:Iraq
        .                      .    punct     3
     """, {('Iran', 'backs', 'Kataib Hezbollah', 'asserted')}, ()),
    # "Hezbollah, Iran's military arm in Lebanon, fired rockets."
    ("backs.role_noun.arm", """
        Hezbollah    NNP  nsubj     9 ORG:Hezbollah
        ,                      ,    punct     0
        Iran              NNP  poss      5 GPE:Iran
        's                     POS  case      2
        military               JJ   amod      5
        arm                    NN   appos     0
        in                     IN   prep      5
        Lebanon        NNP  pobj      6 GPE:Lebanon
        ,                      ,    punct     0
        fired/fire             VBD  ROOT      9
        rockets/rocket         NNS  dobj      9
        .                      .    punct     9
     """, {('Iran', 'backs', 'Hezbollah', 'asserted')}, ()),
    # "Backed by Iranian money and weapons, the Houthis have grown stronger."
    ("funds.pattern.backed_by", """
        Backed/back            VBN  advcl     10
        by                     IN   agent     0
        Iranian                JJ   amod      3 NORP:Iran
        money                  NN   pobj      1
        and                    CC   cc        3
        weapons/weapon         NNS  conj      3
        ,                      ,    punct     10
        the                    DT   det       8
        Houthis        NNP  nsubj     10 ORG:Houthis
        have                   VBP  aux       10
        grown/grow             VBN  ROOT      10
        stronger/strong        JJ   acomp     10
        .                      .    punct     10
     """, {('Iran', 'funds', 'Houthis', 'asserted'), ('Iran', 'backs', 'Houthis', 'asserted')}, ()),
    # "Assad was propped up by Russian airpower."
    ("backs.pattern.backed_by", """
        Assad            NNP  nsubjpass 2 PERSON:Bashar_al-Assad
        was/be                 VBD  auxpass   2
        propped/prop           VBN  ROOT      2
        up                     RP   prt       2
        by                     IN   agent     2
        Russian                JJ   amod      6 NORP:Russia
        airpower               NN   pobj      4
        .                      .    punct     2
     """, {('Russia', 'backs', 'Bashar al-Assad', 'asserted')}, ()),
    # "Most of the Houthis' arsenal comes from Iran."
    ("funds.pattern.come", """
        Most              JJS  nsubj     6
        of                     IN   prep      0
        the                    DT   det       3
        Houthis        NNP  poss      5 ORG:Houthis
        '                      POS  case      3
        arsenal                NN   pobj      1
        comes/come             VBZ  ROOT      6
        from                   IN   prep      6
        Iran              NNP  pobj      7 GPE:Iran
        .                      .    punct     6
     """, {('Iran', 'funds', 'Houthis', 'asserted')}, ()),
    # "Russia has provided Assad with political cover at the United Nations."
    ("backs.give", """
        Russia          NNP  nsubj     2 GPE:Russia
        has/have               VBZ  aux       2
        provided/provide       VBN  ROOT      2
        Assad            NNP  dobj      2 PERSON:Bashar_al-Assad
        with                   IN   prep      2
        political              JJ   amod      6
        cover                  NN   pobj      4
        at                     IN   prep      6
        the                    DT   det       10
        United          NNP  compound  10 ORG:United_Nations
        Nations        NNP  pobj      7 ORG:United_Nations
        .                      .    punct     2
     """, {('Russia', 'backs', 'Bashar al-Assad', 'asserted')}, ()),
    # "China has shielded Russia from Western sanctions."
    ("backs.pattern.shield", """
        China            NNP  nsubj     2 GPE:China
        has/have               VBZ  aux       2
        shielded/shield        VBN  ROOT      2
        Russia          NNP  dobj      2 GPE:Russia
        from                   IN   prep      2
        Western                JJ   amod      6
        sanctions/sanction     NNS  pobj      4
        .                      .    punct     2
     """, {('China', 'backs', 'Russia', 'asserted')}, ()),
    # "Russia has repeatedly vetoed resolutions against Syria at the UN."
    ("backs.pattern.veto", """
        Russia          NNP  nsubj     3 GPE:Russia
        has/have               VBZ  aux       3
        repeatedly             RB   advmod    3
        vetoed/veto            VBN  ROOT      3
        resolutions/resolution NNS  dobj      3
        against                IN   prep      4
        Syria            NNP  pobj      5 GPE:Syria
        at                     IN   prep      3
        the                    DT   det       9
        UN                  NNP  pobj      7 ORG:United_Nations
        .                      .    punct     3
     """, {('Russia', 'backs', 'Syria', 'asserted')}, ()),
    # "China blocked a statement condemning Myanmar."
    ("backs.pattern.veto", """
        China            NNP  nsubj     1 GPE:China
        blocked/block          VBD  ROOT      1
        a                      DT   det       3
        statement              NN   dobj      1
        condemning/condemn     VBG  acl       3
        Myanmar        NNP  dobj      4 GPE:Myanmar
        .                      .    punct     1
     """, {('China', 'backs', 'Myanmar', 'asserted')}, ()),
    # "Russia intervened on Assad's behalf in 2015."
    ("backs.pattern.on_behalf", """
        Russia          NNP  nsubj     1 GPE:Russia
        intervened/intervene   VBD  ROOT      1
        on                     IN   prep      1
        Assad            NNP  poss      5 PERSON:Bashar_al-Assad
        's                     POS  case      3
        behalf                 NN   pobj      2
        in                     IN   prep      1
        2015                   CD   pobj      6
        .                      .    punct     1
     """, {('Russia', 'backs', 'Bashar al-Assad', 'asserted')}, ()),
    # "Hezbollah fought on the side of the Syrian government."
    ("backs.pattern.on_behalf", """
        Hezbollah    NNP  nsubj     1 ORG:Hezbollah
        fought/fight           VBD  ROOT      1
        on                     IN   prep      1
        the                    DT   det       4
        side                   NN   pobj      2
        of                     IN   prep      4
        the                    DT   det       8
        Syrian                 JJ   amod      8 NORP:Syria
        government             NN   pobj      5
        .                      .    punct     1
     """, {('Hezbollah', 'backs', 'Syria', 'asserted')}, ()),
    # "Iran underwrites Hezbollah's budget."
    ("funds.pattern.salaries", """
        Iran              NNP  nsubj     1 GPE:Iran
        underwrites/underwrite VBZ  ROOT      1
        Hezbollah    NNP  poss      4 ORG:Hezbollah
        's                     POS  case      2
        budget                 NN   dobj      1
        .                      .    punct     1
     """, {('Iran', 'funds', 'Hezbollah', 'asserted')}, ()),
    # "Qatar bankrolls the salaries of Hamas officials."
    ("funds.pattern.salaries", """
        Qatar            NNP  nsubj     1 GPE:Qatar
        bankrolls/bankroll     VBZ  ROOT      1
        the                    DT   det       3
        salaries/salary        NNS  dobj      1
        of                     IN   prep      3
        Hamas            NNP  compound  6 ORG:Hamas
        officials/official     NNS  pobj      4
        .                      .    punct     1
     """, {('Qatar', 'funds', 'Hamas', 'asserted')}, ()),
]

NEGATIVE = [
    # "Hungary is dependent on Russian oil." (oil is trade, no supply of money or arms)
    ("funds.adjective.dependent", """
        Hungary         NNP  nsubj     1 GPE:Hungary
        is/be                  VBZ  ROOT      1
        dependent              JJ   acomp     1
        on                     IN   prep      2
        Russian                JJ   amod      5 NORP:Russia
        oil                    NN   pobj      3
        .                      .    punct     1
     """),
    # "Hungary is dependent on Russian oil." (oil is trade, no supply of money or arms)
    ("backs.adjective.dependent", """
        Hungary         NNP  nsubj     1 GPE:Hungary
        is/be                  VBZ  ROOT      1
        dependent              JJ   acomp     1
        on                     IN   prep      2
        Russian                JJ   amod      5 NORP:Russia
        oil                    NN   pobj      3
        .                      .    punct     1
     """),
    # "Hungary's dependence on Russian gas is well known." (gas is trade)
    ("funds.nominal.dependence", """
        Hungary        NNP  poss      2 GPE:Hungary
        's                     POS  case      0
        dependence             NN   nsubj     6
        on                     IN   prep      2
        Russian                JJ   amod      5 NORP:Russia
        gas                    NN   pobj      3
        is/be                  VBZ  ROOT      6
        well                   RB   advmod    8
        known/know             VBN  acomp     6
        .                      .    punct     6
     """),
    # "Hungary's dependence on Russian gas is well known." (gas is trade)
    ("backs.nominal.dependence", """
        Hungary        NNP  poss      2 GPE:Hungary
        's                     POS  case      0
        dependence             NN   nsubj     6
        on                     IN   prep      2
        Russian                JJ   amod      5 NORP:Russia
        gas                    NN   pobj      3
        is/be                  VBZ  ROOT      6
        well                   RB   advmod    8
        known/know             VBN  acomp     6
        .                      .    punct     6
     """),
    # "Israel used the border as a proxy for security." (a proxy that is no actor)
    ("backs.pattern.use_as", """
        Israel          NNP  nsubj     1 GPE:Israel
        used/use               VBD  ROOT      1
        the                    DT   det       3
        border                 NN   dobj      1
        as                     IN   prep      1
        a                      DT   det       6
        proxy                  NN   pobj      4
        for                    IN   prep      6
        security               NN   pobj      7
        .                      .    punct     1
     """),
    # "The Strait of Hormuz is Iran's economic lifeline." (a lifeline that is no actor)
    ("backs.role_noun.patron", """
        The                    DT   det       1
        Strait          NNP  nsubj     4
        of                     IN   prep      1
        Hormuz          NNP  pobj      2
        is/be                  VBZ  ROOT      4
        Iran              NNP  poss      8 GPE:Iran
        's                     POS  case      5
        economic               JJ   amod      8
        lifeline               NN   attr      4
        .                      .    punct     4
     """),
    # "The school is state-funded." (a state prefix with no state named)
    ("funds.hyphen", """
        The                    DT   det       1
        school                 NN   nsubj     2
        is/be                  VBZ  ROOT      2
        state                  NN   npadvmod  5
        -                      HYPH punct     5
        funded/fund            VBN  acomp     2
        .                      .    punct     2
     """),
    # "The army came to the aid of flood victims." (no actor helped)
    ("backs.pattern.rescue", """
        The                    DT   det       1
        army                   NN   nsubj     2
        came/come              VBD  ROOT      2
        to                     IN   prep      2
        the                    DT   det       5
        aid                    NN   pobj      3
        of                     IN   prep      5
        flood                  NN   compound  8
        victims/victim         NNS  pobj      6
        .                      .    punct     2
     """),
    # "Russia paid for Iran's drones with gold." (weapons paid for are bought from their owner)
    ("funds.pattern.pay_for", """
        Russia          NNP  nsubj     1 GPE:Russia
        paid/pay               VBD  ROOT      1
        for                    IN   prep      1
        Iran              NNP  poss      5 GPE:Iran
        's                     POS  case      3
        drones/drone           NNS  pobj      2
        with                   IN   prep      1
        gold                   NN   pobj      6
        .                      .    punct     1
     """),
    # "Journalists from Qatar took part in the war games." (a war with no owner)
    ("backs.pattern.join_war", """
        Journalists/journalist NNS  nsubj     3
        from                   IN   prep      0
        Qatar            NNP  pobj      1 GPE:Qatar
        took/take              VBD  ROOT      3
        part                   NN   dobj      3
        in                     IN   prep      3
        the                    DT   det       8
        war                    NN   compound  8
        games/game             NNS  pobj      5
        .                      .    punct     3
     """),
    # "Iran keeps its own forces armed." (the subject's own forces)
    ("funds.pattern.keep", """
        Iran              NNP  nsubj     1 GPE:Iran
        keeps/keep             VBZ  ROOT      1
        its                    PRP$ poss      4
        own                    JJ   amod      4
        forces/force           NNS  dobj      1
        armed/arm              VBN  oprd      1
        .                      .    punct     1
     """),
    # "Assad won thanks to heavy rain." (no actor's support)
    ("backs.pattern.thanks", """
        Assad            NNP  nsubj     1 PERSON:Bashar_al-Assad
        won/win                VBD  ROOT      1
        thanks/thank           NNS  dobj      1
        to                     IN   prep      1
        heavy                  JJ   amod      5
        rain                   NN   pobj      3
        .                      .    punct     1
     """),
    # "Iranian oil flowed to China." (oil is trade)
    ("funds.pattern.come", """
        Iranian                JJ   amod      1 NORP:Iran
        oil                    NN   nsubj     2
        flowed/flow            VBD  ROOT      2
        to                     IN   prep      2
        China            NNP  pobj      3 GPE:China
        .                      .    punct     2
     """),
    # "Russia has emerged as a key supplier of gas to Mali." (gas is trade)
    ("funds.role_noun.supplier", """
        Russia          NNP  nsubj     2 GPE:Russia
        has/have               VBZ  aux       2
        emerged/emerge         VBN  ROOT      2
        as                     IN   prep      2
        a                      DT   det       6
        key                    JJ   amod      6
        supplier               NN   pobj      3
        of                     IN   prep      6
        gas                    NN   pobj      7
        to                     IN   prep      2
        Mali              NNP  pobj      9 GPE:Mali
        .                      .    punct     2
     """),
    # "Much of the cash arriving from Qatar pays for its own operations." (the giver's own operations)
    ("funds.pattern.pay_for", """
        Much                   JJ   nsubj     7
        of                     IN   prep      0
        the                    DT   det       3
        cash                   NN   pobj      1
        arriving/arrive        VBG  acl       3
        from                   IN   prep      4
        Qatar            NNP  pobj      5 GPE:Qatar
        pays/pay               VBZ  ROOT      7
        for                    IN   prep      7
        its                    PRP$ poss      11
        own                    JJ   amod      11
        operations/operation   NNS  pobj      8
        .                      .    punct     7
     """),
    # "Hamas's critics include Egypt and Jordan." (critics are no backers)
    ("backs.role_noun.patron", """
        Hamas            NNP  poss      2 ORG:Hamas
        's                     POS  case      0
        critics/critic         NNS  nsubj     3
        include                VBP  ROOT      3
        Egypt            NNP  dobj      3 GPE:Egypt
        and                    CC   cc        4
        Jordan          NNP  conj      4 GPE:Jordan
        .                      .    punct     3
     """),
    # "Iran has cultivated close ties with Russia." (ties are no actor)
    ("backs.verb", """
        Iran              NNP  nsubj     2 GPE:Iran
        has/have               VBZ  aux       2
        cultivated/cultivate   VBN  ROOT      2
        close                  JJ   amod      4
        ties/tie               NNS  dobj      2
        with                   IN   prep      4
        Russia          NNP  pobj      5 GPE:Russia
        .                      .    punct     2
     """),
    # "US-provided Patriot batteries protect Kyiv." (the weapons are no actor)
    ("funds.hyphen", """
        US                  NNP  npadvmod  2 GPE:United_States
        -                      HYPH punct     2
        provided/provide       VBN  amod      4
        Patriot        NNP  compound  4 PERSON:Patriot
        batteries/battery      NNS  nsubj     5
        protect                VBP  ROOT      5
        Kyiv              NNP  dobj      5 GPE:Ukraine
        .                      .    punct     5
     """),
    # "China's oil imports from Iran rose." (oil is trade)
    ("funds.nominal.imports", """
        China            NNP  poss      3 GPE:China
        's                     POS  case      0
        oil                    NN   compound  3
        imports/import         NNS  nsubj     6
        from                   IN   prep      3
        Iran              NNP  pobj      4 GPE:Iran
        rose/rise              VBD  ROOT      6
        .                      .    punct     6
     """),
    # "Russia accounted for half of India's oil imports." (oil is trade)
    ("funds.nominal.imports", """
        Russia          NNP  nsubj     1 GPE:Russia
        accounted/account      VBD  ROOT      1
        for                    IN   prep      1
        half                   NN   pobj      2
        of                     IN   prep      3
        India            NNP  poss      8 GPE:India
        's                     POS  case      5
        oil                    NN   compound  8
        imports/import         NNS  pobj      4
        .                      .    punct     1
     """),
    # "Temasek, Singapore's investment arm, bought the stake." (an arm with no military word)
    ("backs.role_noun.arm", """
        Temasek        NNP  nsubj     7 ORG:Temasek
        ,                      ,    punct     0
        Singapore    NNP  poss      5 GPE:Singapore
        's                     POS  case      2
        investment             NN   compound  5
        arm                    NN   appos     0
        ,                      ,    punct     0
        bought/buy             VBD  ROOT      7
        the                    DT   det       9
        stake                  NN   dobj      7
        .                      .    punct     7
     """),
    # "Hamas was backed by popular support." (support from no actor)
    ("backs.pattern.backed_by", """
        Hamas            NNP  nsubjpass 2 ORG:Hamas
        was/be                 VBD  auxpass   2
        backed/back            VBN  ROOT      2
        by                     IN   agent     2
        popular                JJ   amod      5
        support                NN   pobj      3
        .                      .    punct     2
     """),
    # "The rally was supported by Iranian students." (people, no money or weapons)
    ("funds.pattern.backed_by", """
        The                    DT   det       1
        rally                  NN   nsubjpass 3
        was/be                 VBD  auxpass   3
        supported/support      VBN  ROOT      3
        by                     IN   agent     3
        Iranian                JJ   amod      6 NORP:Iran
        students/student       NNS  pobj      4
        .                      .    punct     3
     """),
    # "Egypt protected Israel from the flood." (protection from a flood is no backing)
    ("backs.pattern.shield", """
        Egypt            NNP  nsubj     1 GPE:Egypt
        protected/protect      VBD  ROOT      1
        Israel          NNP  dobj      1 GPE:Israel
        from                   IN   prep      1
        the                    DT   det       5
        flood                  NN   pobj      3
        .                      .    punct     1
     """),
    # "Russia vetoed a resolution on Syria." (a resolution on a state, not against it)
    ("backs.pattern.veto", """
        Russia          NNP  nsubj     1 GPE:Russia
        vetoed/veto            VBD  ROOT      1
        a                      DT   det       3
        resolution             NN   dobj      1
        on                     IN   prep      3
        Syria            NNP  pobj      4 GPE:Syria
        .                      .    punct     1
     """),
    # "Turkey intervened on behalf of the refugees." (on behalf of no actor)
    ("backs.pattern.on_behalf", """
        Turkey          NNP  nsubj     1 GPE:Turkey
        intervened/intervene   VBD  ROOT      1
        on                     IN   prep      1
        behalf                 NN   pobj      2
        of                     IN   prep      3
        the                    DT   det       6
        refugees/refugee       NNS  pobj      4
        .                      .    punct     1
     """),
    # "Iran covers its own costs." (its own costs)
    ("funds.pattern.salaries", """
        Iran              NNP  nsubj     1 GPE:Iran
        covers/cover           VBZ  ROOT      1
        its                    PRP$ poss      4
        own                    JJ   amod      4
        costs/cost             NNS  dobj      1
        .                      .    punct     1
     """),
]

# (parse, the one row: subject, relation, object, modality, attributed_to)
MODALITY = [
    # "Hezbollah is thought to receive rockets from Iran."
    ("""
        Hezbollah    NNP  nsubjpass 2 ORG:Hezbollah
        is/be                  VBZ  auxpass   2
        thought/think          VBN  ROOT      2
        to                     TO   aux       4
        receive                VB   xcomp     2
        rockets/rocket         NNS  dobj      4
        from                   IN   prep      4
        Iran              NNP  pobj      6 GPE:Iran
        .                      .    punct     2
     """, ('Iran', 'funds', 'Hezbollah', 'alleged', None)),
    # "Despite criticism that Pakistan backs the Taliban, Islamabad insists it is neutral."
    ("""
        Despite                IN   prep      9
        criticism              NN   pobj      0
        that                   IN   mark      4
        Pakistan      NNP  nsubj     4 GPE:Pakistan
        backs/back             VBZ  relcl     1
        the                    DT   det       6
        Taliban        NNP  dobj      4 ORG:Taliban
        ,                      ,    punct     9
        Islamabad    NNP  nsubj     9 GPE:Pakistan
        insists/insist         VBZ  ROOT      9
        it                     PRP  nsubj     11
        is/be                  VBZ  ccomp     9
        neutral                JJ   acomp     11
        .                      .    punct     9
     """, ('Pakistan', 'backs', 'Taliban', 'alleged', None)),
    # "There are suspicions that Iran arms the Houthis."
    ("""
        There                  EX   expl      1
        are/be                 VBP  ROOT      1
        suspicions/suspicion   NNS  attr      1
        that                   IN   mark      5
        Iran              NNP  nsubj     5 GPE:Iran
        arms/arm               VBZ  acl       2
        the                    DT   det       7
        Houthis        NNP  dobj      5 ORG:Houthis
        .                      .    punct     1
     """, ('Iran', 'funds', 'Houthis', 'alleged', None)),
    # "Israel accused Turkey of arming Hamas."
    ("""
        Israel          NNP  nsubj     1 GPE:Israel
        accused/accuse         VBD  ROOT      1
        Turkey          NNP  dobj      1 GPE:Turkey
        of                     IN   prep      1
        arming/arm             VBG  pcomp     3
        Hamas            NNP  dobj      4 ORG:Hamas
        .                      .    punct     1
     """, ('Turkey', 'funds', 'Hamas', 'alleged', 'Israel')),
    # "Israel's claims that Qatar funds Hamas were rejected."
    ("""
        Israel          NNP  poss      2 GPE:Israel
        's                     POS  case      0
        claims/claim           NNS  ROOT      2
        that                   IN   mark      5
        Qatar            NNP  compound  5 GPE:Qatar
        funds/fund             NNS  acl       2
        Hamas            NNP  nsubjpass 8 ORG:Hamas
        were/be                VBD  auxpass   8
        rejected/reject        VBN  ccomp     5
        .                      .    punct     2
     """, ('Qatar', 'funds', 'Hamas', 'alleged', 'Israel')),
    # "Reports of Turkish assistance to Hamas have surfaced." (a claim noun's 'of' phrase)
    ("""
        Reports/report         NNS  nsubj     7
        of                     IN   prep      0
        Turkish                JJ   amod      3 NORP:Turkey
        assistance             NN   pobj      1
        to                     IN   prep      3
        Hamas            NNP  pobj      4 ORG:Hamas
        have                   VBP  aux       7
        surfaced/surface       VBN  ROOT      7
        .                      .    punct     7
     """, ('Turkey', 'backs', 'Hamas', 'alleged', None)),
    # "Erdogan's admission that Turkey funds the Muslim Brotherhood stunned his allies." (a statement noun's owner reports its content clause)
    ("""
        Erdogan        NNP  poss      2 PERSON:Recep_Tayyip_Erdoğan
        's                     POS  case      0
        admission              NN   nsubj     9
        that                   IN   mark      5
        Turkey          NNP  nsubj     5 GPE:Turkey
        funds/fund             VBZ  acl       2
        the                    DT   det       8
        Muslim          NNP  compound  8 ORG:Muslim_Brotherhood
        Brotherhood NNP  dobj      5 ORG:Muslim_Brotherhood
        stunned/stun           VBD  ROOT      9
        his                    PRP$ poss      11
        allies/ally            NNS  dobj      9
        .                      .    punct     9
     """, ('Turkey', 'funds', 'Muslim Brotherhood', 'reported', 'Recep Tayyip Erdoğan')),
    # "Turkey maintains warm relations with Qatar and has long supported Hamas." (a verb with a plain object reports no conjunct ('maintains warm relations'))
    ("""
        Turkey          NNP  nsubj     1 GPE:Turkey
        maintains/maintain     VBZ  ROOT      1
        warm                   JJ   amod      3
        relations/relation     NNS  dobj      1
        with                   IN   prep      3
        Qatar            NNP  pobj      4 GPE:Qatar
        and                    CC   cc        1
        has/have               VBZ  aux       9
        long                   RB   advmod    9
        supported/support      VBN  conj      1
        Hamas            NNP  dobj      9 ORG:Hamas
        .                      .    punct     1
     """, ('Turkey', 'backs', 'Hamas', 'asserted', None)),
    # "Erdogan said Turkey supports Hamas and arms the group." ((control) a statement's conjunct stays reported)
    ("""
        Erdogan        NNP  nsubj     1 PERSON:Recep_Tayyip_Erdoğan
        said/say               VBD  ROOT      1
        Turkey          NNP  nsubj     3 GPE:Turkey
        supports/support       VBZ  ccomp     1
        Hamas            NNP  dobj      3 ORG:Hamas
        and                    CC   cc        4
        arms/arm               NNS  conj      4
        the                    DT   det       8
        group                  NN   dobj      3
        .                      .    punct     1
     """, ('Turkey', 'backs', 'Hamas', 'reported', 'Recep Tayyip Erdoğan')),
    # "Iran stands accused of arming the Houthis." (an accusation participle after 'stands': the accused is the subject)
    ("""
        Iran              NNP  nsubj     1 GPE:Iran
        stands/stand           VBZ  ROOT      1
        accused/accuse         VBN  acomp     1
        of                     IN   prep      2
        arming/arm             VBG  pcomp     3
        the                    DT   det       6
        Houthis        NNP  dobj      4 ORG:Houthis
        .                      .    punct     1
     """, ('Iran', 'funds', 'Houthis', 'alleged', None)),
    # "Qatar has been linked to funding Hamas." (being linked to is a hedge)
    ("""
        Qatar            NNP  nsubjpass 3 GPE:Qatar
        has/have               VBZ  aux       3
        been/be                VBN  auxpass   3
        linked/link            VBN  ROOT      3
        to                     IN   prep      3
        funding/fund           VBG  pcomp     4
        Hamas            NNP  dobj      5 ORG:Hamas
        .                      .    punct     3
     """, ('Qatar', 'funds', 'Hamas', 'alleged', None)),
    # "Iran is considered the main backer of the Houthis." (an object predicate noun stands for the passive subject; 'considered' hedges)
    ("""
        Iran              NNP  nsubjpass 2 GPE:Iran
        is/be                  VBZ  auxpass   2
        considered/consider    VBN  ROOT      2
        the                    DT   det       5
        main                   JJ   amod      5
        backer                 NN   oprd      2
        of                     IN   prep      5
        the                    DT   det       8
        Houthis        NNP  pobj      6 ORG:Houthis
        .                      .    punct     2
     """, ('Iran', 'backs', 'Houthis', 'alleged', None)),
    # 'A report by the UN Group of Experts said Rwanda supports M23.' (a report speaks for its author)
    ("""
        A                      DT   det       1
        report                 NN   nsubj     8
        by                     IN   prep      1
        the                    DT   det       5
        UN                  NNP  compound  5 ORG:UN_Group_of_Experts
        Group            NNP  pobj      2 ORG:UN_Group_of_Experts
        of                     IN   prep      5 ORG:UN_Group_of_Experts
        Experts        NNPS pobj      6 ORG:UN_Group_of_Experts
        said/say               VBD  ROOT      8
        Rwanda          NNP  nsubj     10 GPE:Rwanda
        supports/support       VBZ  ccomp     8
        M23                NNP  dobj      10 ORG:M23
        .                      .    punct     8
     """, ('Rwanda', 'backs', 'M23', 'reported', 'UN Group of Experts')),
    # 'A court ruled that "Iran backs Hezbollah".' (a court's ruling reports the quotation it holds)
    ("""
        A                      DT   det       1
        court                  NN   nsubj     2
        ruled/rule             VBD  ROOT      2
        that                   IN   mark      6
        "                      ``   punct     6
        Iran              NNP  nsubj     6 GPE:Iran
        backs/back             VBZ  ccomp     2
        Hezbollah    NNP  dobj      6 ORG:Hezbollah
        "                      ''   punct     6
        .                      .    punct     2
     """, ('Iran', 'backs', 'Hezbollah', 'reported', 'court')),
]


@pytest.mark.parametrize("table, expected", MODALITY, ids=[" ".join(str(x) for x in e) for _, e in MODALITY])
def test_relations_funds_backs_hedge_and_source(table, expected):
    relations = extractor()(parse(table))._.relations
    assert [(r.subject, r.relation, r.object, r.modality, r.attributed_to) for r in relations] == [expected]
