"""Every relation rule on hand-built parses: at least one positive and one negative case each.

Parses follow what en_core_web_sm produces for these sentences, including its
usual mistakes where a rule exists to survive them.
"""

from __future__ import annotations

import pytest

from pipeline.relations import load_ruleset
from tests import test_relations_backs_allies as backs_allies
from tests import test_relations_backs_denies as backs_denies
from tests import test_relations_backs_protect as backs_protect
from tests import test_relations_denials as denials
from tests import test_relations_funds_backs as funds_backs
from tests import test_relations_real_news as real_news
from tests import test_relations_roles as roles
from tests import test_relations_supply as supply
from tests import test_relations_support as support
from tests import test_relations_training as training
from tests import test_relations_trains_denies as trains_denies
from tests import test_relations_denial_shapes as denial_shapes
from tests import test_relations_round12 as round12
from tests import test_relations_recall13 as recall13
from tests import test_relations_trains_denies14 as trains_denies14
from tests import test_relations_recall14 as recall14
from tests import test_relations_r15fb as r15fb
from tests import test_relations_r16fb as r16fb
from tests import test_relations_r16td as r16td
from tests import test_relations_r19cons as r19cons
from tests import test_relations_r25rules as r25rules
from tests import test_relations_r26rules as r26rules
from tests import test_relations_r26backs as r26backs
from tests import test_relations_r27funds as r27funds
from tests import test_relations_r27trains as r27trains
from tests import test_relations_r34 as r34
from tests import test_relations_r35 as r35
from tests import test_relations_r41 as r41
from tests import test_relations_r42 as r42
from tests.relations_fixture import RULES_DIR, parse, rules_fired, triples

# (rule that must fire, parse, expected (subject, relation, object, modality), coreference spans)
POSITIVE = [
    ("funds.verb", """
        Iran        NNP nsubj 1 GPE:Iran
        funds/fund  VBZ ROOT  1
        Hamas       NNP dobj  1 ORG:Hamas
        .           .   punct 1
     """, {("Iran", "funds", "Hamas", "asserted")}, ()),
    ("funds.verb", """
        Hamas            NNP nsubjpass 2 ORG:Hamas
        is/be            VBZ auxpass   2
        funded/fund      VBN ROOT      2
        and              CC  cc        2
        supported/support VBN conj     2
        by               IN  agent     4
        Iran             NNP pobj      5 GPE:Iran
        .                .   punct     2
     """, {("Iran", "funds", "Hamas", "asserted"), ("Iran", "backs", "Hamas", "asserted")}, ()),
    ("funds.verb", """
        Hezbollah  NNP nsubj 6 ORG:Hezbollah
        ,          ,   punct 0
        which      WDT dobj  4
        Iran       NNP nsubj 4 GPE:Iran
        arms/arm   VBZ relcl 0
        ,          ,   punct 0
        fights/fight VBZ ROOT 6
        .          .   punct 6
     """, {("Iran", "funds", "Hezbollah", "asserted")}, ()),
    # the tagger reads "arms" as a noun: actors right and left of it still make the relation
    ("funds.verb", """
        The      DT  det      4
        United   NNP compound 2 GPE:United_States
        States   NNP compound 3 GPE:United_States
        arms/arm NNS compound 4
        Ukraine  NNP ROOT     4 GPE:Ukraine
        .        .   punct    4
     """, {("United States", "funds", "Ukraine", "asserted")}, ()),
    ("funds.give", """
        Iran        NNP nsubj    1 GPE:Iran
        provides/provide VBZ ROOT 1
        weapons/weapon NNS dobj  1
        to          IN  dative   1
        the         DT  det      7
        Hamas       NNP nmod     7 ORG:Hamas
        militant    NN  compound 7
        group       NN  pobj     3
        .           .   punct    1
     """, {("Iran", "funds", "Hamas", "asserted")}, ()),
    ("funds.give", """
        Russia          NNP nsubj 1 GPE:Russia
        delivered/deliver VBD ROOT 1
        aircraft        NN  dobj  1
        to              IN  prep  1
        Iran            NNP poss  7 GPE:Iran
        's              POS case  4
        air             NN  compound 7
        force           NN  pobj  3
        .               .   punct 1
     """, {("Russia", "funds", "Iran", "asserted")}, ()),
    ("funds.receive", """
        Hezbollah  NNP nsubj 1 ORG:Hezbollah
        gets/get   VBZ ROOT  1
        most       JJS dobj  1
        of         IN  prep  2
        its        PRP$ poss 5
        budget     NN  pobj  3
        from       IN  prep  1
        Tehran     NNP pobj  6 GPE:Iran
        .          .   punct 1
     """, {("Iran", "funds", "Hezbollah", "asserted")}, ()),
    # a singular verb in a relative clause on "a coalition of militias" belongs to the coalition
    ("funds.receive", """
        the        DT  det   1
        PMF        NNP ROOT  1 ORG:Popular_Mobilisation_Forces
        ,          ,   punct 1
        a          DT  det   4
        coalition  NN  appos 1
        of         IN  prep  4
        militias/militia NNS pobj 5
        that       WDT nsubj 8
        gets/get   VBZ relcl 6
        its        PRP$ poss 10
        budget     NN  dobj  8
        from       IN  prep  8
        the        DT  det   14
        Iraqi      JJ  amod  14 NORP:Iraq
        state      NN  pobj  11
        .          .   punct 1
     """, {("Iraq", "funds", "Popular Mobilisation Forces", "asserted")}, ()),
    ("funds.nominal", """
        Qatar      NNP poss  2 GPE:Qatar
        's         POS case  0
        financing  NN  nsubj 5
        of         IN  prep  2
        Hamas      NNP pobj  3 ORG:Hamas
        continued/continue VBD ROOT 5
        .          .   punct 5
     """, {("Qatar", "funds", "Hamas", "asserted")}, ()),
    ("funds.nominal.aid", """
        American   JJ  amod  1 NORP:United_States
        aid        NN  nsubj 4
        to         IN  prep  1
        Israel     NNP pobj  2 GPE:Israel
        rose/rise  VBD ROOT  4
        .          .   punct 4
     """, {("United States", "funds", "Israel", "asserted")}, ()),
    ("funds.nominal.shipment", """
        Weapons/weapon NNS compound 1
        shipments/shipment NNS nsubj 7
        from       IN  prep  1
        Iran       NNP pobj  2 GPE:Iran
        to         IN  prep  1
        the        DT  det   6
        Houthis    NNPS pobj 4 ORG:Houthis
        continued/continue VBD ROOT 7
        .          .   punct 7
     """, {("Iran", "funds", "Houthis", "asserted")}, ()),
    ("funds.role_noun", """
        Qatar      NNP nsubj 8 GPE:Qatar
        ,          ,   punct 0
        the        DT  det   4
        main       JJ  amod  4
        financier  NN  appos 0
        of         IN  prep  4
        Hamas      NNP pobj  5 ORG:Hamas
        ,          ,   punct 0
        hosted/host VBD ROOT 8
        talks/talk NNS dobj  8
        .          .   punct 8
     """, {("Qatar", "funds", "Hamas", "asserted")}, ()),
    ("funds.hyphen", """
        Qatar      NNP npadvmod 2 GPE:Qatar
        -          HYPH punct   2
        funded/fund VBN amod    4
        Al         NNP compound 4 ORG:Al_Jazeera
        Jazeera    NNP nsubj    5 ORG:Al_Jazeera
        aired/air  VBD ROOT     5
        it         PRP dobj     5
        .          .   punct    5
     """, {("Qatar", "funds", "Al Jazeera", "asserted")}, ()),
    ("trains.verb", """
        The        DT  det      1
        IRGC       NNP nsubj    2 ORG:Islamic_Revolutionary_Guard_Corps
        trained/train VBD ROOT  2
        Hezbollah  NNP compound 4 ORG:Hezbollah
        fighters/fighter NNS dobj 2
        .          .   punct    2
     """, {("Islamic Revolutionary Guard Corps", "trains", "Hezbollah", "asserted")}, ()),
    # a gerund tagged as a noun, coordinated onto the object of the verb before it
    ("trains.verb", """
        Iran        NNP nsubj 2 GPE:Iran
        had/have    VBD aux   2
        assisted/assist VBN ROOT 2
        in          IN  prep  2
        preparing/prepare VBG pcomp 3
        the         DT  det   6
        raid        NN  dobj  4
        and         CC  cc    6
        training    NN  conj  6
        Hamas       NNP compound 10 ORG:Hamas
        terrorists/terrorist NNS dobj 8
        .           .   punct 2
     """, {("Iran", "trains", "Hamas", "asserted")}, ()),
    ("trains.verb.instruct", """
        Iranian    JJ  amod  1 NORP:Iran
        advisers/adviser NNS nsubj 2
        instructed/instruct VBD ROOT 2
        Houthi     NNP compound 4 ORG:Houthis
        fighters/fighter NNS dobj 2
        .          .   punct 2
     """, {("Iran", "trains", "Houthis", "asserted")}, ()),
    ("trains.give", """
        Iran       NNP nsubj 1 GPE:Iran
        provided/provide VBD ROOT 1
        training   NN  dobj  1
        to         IN  prep  1
        Hamas      NNP pobj  3 ORG:Hamas
        .          .   punct 1
     """, {("Iran", "trains", "Hamas", "asserted")}, ()),
    ("trains.receive", """
        The        DT  det   1
        Houthis    NNPS nsubj 2 ORG:Houthis
        received/receive VBD ROOT 2
        training   NN  dobj  2
        from       IN  prep  2
        Hezbollah  NNP pobj  4 ORG:Hezbollah
        .          .   punct 2
     """, {("Hezbollah", "trains", "Houthis", "asserted")}, ()),
    ("trains.nominal", """
        Iran       NNP poss  2 GPE:Iran
        's         POS case  0
        training   NN  nsubj 6
        of         IN  prep  2
        Hezbollah  NNP compound 5 ORG:Hezbollah
        fighters/fighter NNS pobj 3
        began/begin VBD ROOT 6
        .          .   punct 6
     """, {("Iran", "trains", "Hezbollah", "asserted")}, ()),
    ("trains.nominal.instructors", """
        Iranian    JJ  amod  1 NORP:Iran
        instructors/instructor NNS nsubj 4
        for        IN  prep  1
        Hezbollah  NNP pobj  2 ORG:Hezbollah
        arrived/arrive VBD ROOT 4
        .          .   punct 4
     """, {("Iran", "trains", "Hezbollah", "asserted")}, ()),
    ("trains.hyphen", """
        US         NNP npadvmod 2 GPE:United_States
        -          HYPH punct   2
        trained/train VBN amod  4
        Afghan     JJ  amod     4 NORP:Afghanistan
        forces/force NNS nsubj  5
        fought/fight VBD ROOT   5
        .          .   punct    5
     """, {("United States", "trains", "Afghanistan", "asserted")}, ()),
    ("backs.verb", """
        Iran       NNP nsubj 1 GPE:Iran
        backs/back VBZ ROOT  1
        the        DT  det   4
        Syrian     JJ  amod  4 NORP:Syria
        government NN  dobj  1
        .          .   punct 1
     """, {("Iran", "backs", "Syria", "asserted")}, ()),
    ("backs.verb", """
        It         PRP nsubjpass 3
        is/be      VBZ auxpass   3
        also       RB  advmod    3
        backed/back VBN ROOT     3
        by         IN  agent     3
        Turkey     NNP pobj      4 GPE:Turkey
        .          .   punct     3
     """, {("Turkey", "backs", "Hamas", "asserted")}, ((0, 1, "Hamas"),)),
    ("backs.verb", """
        Saudi      NNP nsubj 2 GPE:Saudi_Arabia
        Arabia     NNP nsubj 2 GPE:Saudi_Arabia
        started/start VBD ROOT 2
        supporting/support VBG xcomp 2
        the        DT  det   5
        government NN  dobj  3
        of         IN  prep  5
        Hadi       NNP pobj  6 PERSON:Abdrabbuh_Mansur_Hadi
        .          .   punct 2
     """, {("Saudi Arabia", "backs", "Abdrabbuh Mansur Hadi", "asserted")}, ()),
    ("backs.verb.help", """
        Russia     NNP nsubj 1 GPE:Russia
        helped/help VBD ROOT 1
        Assad      NNP nsubj 3 PERSON:Assad
        retake     VB  ccomp 1
        Aleppo     NNP dobj  3 GPE:
        .          .   punct 1
     """, {("Russia", "backs", "Assad", "asserted")}, ()),
    ("backs.give", """
        Moscow     NNP nsubj  1 GPE:Russia
        gave/give  VBD ROOT   1
        Tehran     NNP dative 1 GPE:Iran
        support    NN  dobj   1
        .          .   punct  1
     """, {("Russia", "backs", "Iran", "asserted")}, ()),
    ("backs.receive", """
        Hamas      NNP nsubj 1 ORG:Hamas
        has/have   VBZ ROOT  1
        backing/back VBG dobj 1
        from       IN  prep  2
        Iran       NNP pobj  3 GPE:Iran
        ,          ,   punct 4
        Russia     NNP conj  4 GPE:Russia
        ,          ,   punct 6
        and        CC  cc    6
        China      NNP conj  6 GPE:China
        .          .   punct 1
     """, {("Iran", "backs", "Hamas", "asserted"), ("Russia", "backs", "Hamas", "asserted"),
           ("China", "backs", "Hamas", "asserted")}, ()),
    # a second predicate noun after a comma is an apposition to the noun before it
    ("backs.verb", """
        Kataib     NNP compound 1 ORG:Kataib_Hezbollah
        Hezbollah  NNP nsubj 2 ORG:Kataib_Hezbollah
        is/be      VBZ ROOT  2
        part       NN  attr  2
        of         IN  prep  3
        the        DT  det   6
        PMF        NNP pobj  4 ORG:Popular_Mobilisation_Forces
        ,          ,   punct 2
        a          DT  det   9
        coalition  NN  attr  2
        that       WDT dobj  12
        Iran       NNP nsubj 12 GPE:Iran
        backs/back VBZ relcl 9
        .          .   punct 2
     """, {("Iran", "backs", "Popular Mobilisation Forces", "asserted")}, ()),
    ("backs.nominal", """
        to         TO  aux   1
        disrupt    VB  ROOT  1
        American   JJ  amod  3 NORP:United_States
        support    NN  dobj  1
        for        IN  prep  3
        Israel     NNP pobj  4 GPE:Israel
        .          .   punct 1
     """, {("United States", "backs", "Israel", "asserted")}, ()),
    ("backs.nominal", """
        With       IN  prep  7
        the        DT  det   2
        backing/back VBG pobj 0
        of         IN  prep  2
        Russia     NNP pobj  3 GPE:Russia
        ,          ,   punct 7
        Assad      NNP nsubj 7 PERSON:Assad
        survived/survive VBD ROOT 7
        .          .   punct 7
     """, {("Russia", "backs", "Assad", "asserted")}, ()),
    ("backs.nominal.in_support", """
        Mahan      NNP nsubj 1 ORG:Mahan_Air
        flies/fly  VBZ ROOT  1
        cargo      NN  dobj  1
        to         IN  prep  1
        Syria      NNP pobj  3 GPE:Syria
        in         IN  prep  1
        support    NN  pobj  5
        of         IN  prep  6
        Assad      NNP pobj  7 PERSON:Assad
        .          .   punct 1
     """, {("Mahan Air", "backs", "Assad", "asserted")}, ()),
    ("backs.role_noun.patron", """
        Russia     NNP nsubj 1 GPE:Russia
        is/be      VBZ ROOT  1
        Syria      NNP poss  6 GPE:Syria
        's         POS case  2
        most       RBS advmod 5
        important  JJ  amod  6
        backer     NN  attr  1
        .          .   punct 1
     """, {("Russia", "backs", "Syria", "asserted")}, ()),
    ("backs.role_noun.proxy", """
        Hezbollah  NNP nsubj 8 ORG:Hezbollah
        and        CC  cc    0
        Hamas      NNP conj  0 ORG:Hamas
        ,          ,   punct 0
        Iran       NNP poss  6 GPE:Iran
        's         POS case  4
        proxies/proxy NNS appos 0
        ,          ,   punct 0
        coordinate VBP ROOT  8
        .          .   punct 8
     """, {("Iran", "backs", "Hezbollah", "asserted"), ("Iran", "backs", "Hamas", "asserted")}, ()),
    ("backs.role_noun.proxy", """
        Hezbollah  NNP nsubjpass 3 ORG:Hezbollah
        is/be      VBZ auxpass 3
        widely     RB  advmod  3
        seen/see   VBN ROOT    3
        as         IN  prep    3
        a          DT  det     6
        proxy      NN  pobj    4
        of         IN  prep    6
        Iran       NNP pobj    7 GPE:Iran
        .          .   punct   3
     """, {("Iran", "backs", "Hezbollah", "asserted")}, ()),
    ("backs.role_noun.proxy", """
        Iran       NNP poss  2 GPE:Iran
        's         POS case  0
        proxies/proxy NNS nsubj 9
        ,          ,   punct 2
        including  VBG prep  2
        Hamas      NNP pobj  4 ORG:Hamas
        and        CC  cc    5
        the        DT  det   8
        Houthis    NNPS conj 5 ORG:Houthis
        escalated/escalate VBD ROOT 9
        .          .   punct 9
     """, {("Iran", "backs", "Hamas", "asserted"), ("Iran", "backs", "Houthis", "asserted")}, ()),
    # an apposition the parser attached to the wrong noun still renames the actor before its comma
    ("backs.hyphen", """
        an         DT  det      1
        article    NN  nsubj    10
        about      IN  prep     1
        Hezbollah  NNP pobj     2 ORG:Hezbollah
        ,          ,   punct    1
        an         DT  det      9
        Iran       NNP npadvmod 8 GPE:Iran
        -          HYPH punct   8
        backed/back VBN amod    9
        group      NN  appos    1
        claimed/claim VBD ROOT  10
        .          .   punct    10
     """, {("Iran", "backs", "Hezbollah", "asserted")}, ()),
    ("backs.hyphen", """
        Russian    NNP nmod     8 NORP:Russia
        -          HYPH punct   0
        and        CC  cc       0
        Iran       NNP npadvmod 5 GPE:Iran
        -          HYPH punct   5
        backed/back VBN amod    6
        Assad      NNP poss     8 PERSON:Bashar_al_Assad
        's         POS case     6
        forces/force NNS nsubj  9
        fought/fight VBD ROOT   9
        .          .   punct    9
     """, {("Russia", "backs", "Bashar al Assad", "asserted"), ("Iran", "backs", "Bashar al Assad", "asserted")}, ()),
    ("backs.hyphen", """
        the        DT  det      8
        Russian    NNP nmod     8 NORP:Russia
        -          HYPH punct   1
        and        CC  cc       1
        Iran       NNP npadvmod 6 GPE:Iran
        -          HYPH punct   6
        backed/back VBN conj    1
        Syrian     JJ  amod     8 NORP:Syria
        government NN  nsubj    9
        fell/fall  VBD ROOT     9
        .          .   punct    9
     """, {("Russia", "backs", "Syria", "asserted"), ("Iran", "backs", "Syria", "asserted")}, ()),
    ("denies.object", """
        Iran       NNP nsubj 2 GPE:Iran
        has/have   VBZ aux   2
        denied/deny VBN ROOT 2
        any        DT  det   4
        role       NN  dobj  2
        in         IN  prep  4
        Hamas      NNP poss  8 ORG:Hamas
        '          POS case  6
        raid       NN  pobj  5
        .          .   punct 2
     """, {("Iran", "denies", "Hamas", "asserted")}, ()),
    ("denies.object", """
        Hamas      NNP nsubj 2 ORG:Hamas
        also       RB  advmod 2
        rejected/reject VBD ROOT 2
        Iranian    JJ  amod  4 NORP:Iran
        hands/hand NNS dobj  2
        in         IN  prep  2
        its        PRP$ poss 7
        attack     NN  pobj  5
        .          .   punct 2
     """, {("Hamas", "denies", "Iran", "asserted")}, ()),
    ("denies.object", """
        the        DT  det   1
        Kremlin    NNP nsubj 2 ORG:Russia
        denied/deny VBD ROOT 2
        any        DT  det   4
        link       NN  dobj  2
        to         IN  prep  2
        Wagner     NNP pobj  5 ORG:Wagner_Group
        .          .   punct 2
     """, {("Russia", "denies", "Wagner Group", "asserted")}, ()),
    ("denies.clause", """
        Qatar      NNP nsubj 1 GPE:Qatar
        denies/deny VBZ ROOT 1
        funding/fund VBG xcomp 1
        Hamas      NNP dobj  2 ORG:Hamas
        .          .   punct 1
     """, {("Qatar", "denies", "Hamas", "asserted")}, ()),
    ("denies.clause", """
        Wagner     NNP nsubjpass 2 ORG:Wagner_Group
        is/be      VBZ auxpass 2
        suspected/suspect VBN ROOT 2
        of         IN  prep    2
        supplying/supply VBG pcomp 3
        missiles/missile NNS dobj 4
        to         IN  prep    4
        the        DT  det     8
        RSF        NNP pobj    6 ORG:Rapid_Support_Forces
        ,          ,   punct   2
        a          DT  det     11
        charge     NN  appos   8
        the        DT  det     13
        group      NN  nsubj   15
        has/have   VBZ aux     15
        rejected/reject VBN relcl 11
        .          .   punct   2
     """, {("Wagner Group", "funds", "Rapid Support Forces", "alleged"),
           ("Wagner Group", "denies", "Rapid Support Forces", "asserted")}, ((12, 14, "Wagner Group"),)),
]

# (rule that must not fire, parse, coreference spans): each sentence yields no relation at all
NEGATIVE = [
    ("funds.verb", """
        The        DT  det       1
        funds/fund NNS nsubjpass 3
        were/be    VBD auxpass   3
        frozen/freeze VBN ROOT   3
        .          .   punct     3
     """, ()),
    ("funds.verb", """
        Iranian    JJ  amod     2 NORP:Iran
        arms/arm   NNS compound 2
        sales/sale NNS nsubj    3
        rose/rise  VBD ROOT     3
        .          .   punct    3
     """, ()),
    ("funds.give", """
        Russia     NNP nsubj 1 GPE:Russia
        supplied/supply VBD ROOT 1
        gas        NN  dobj  1
        to         IN  prep  1
        Turkey     NNP pobj  3 GPE:Turkey
        .          .   punct 1
     """, ()),
    ("funds.receive", """
        Hezbollah  NNP nsubj 1 ORG:Hezbollah
        gets/get   VBZ ROOT  1
        orders/order NNS dobj 1
        from       IN  prep  1
        Tehran     NNP pobj  3 GPE:Iran
        .          .   punct 1
     """, ()),
    ("funds.nominal", """
        The        DT  det   1
        minister   NN  nsubj 2
        called/call VBD ROOT 2
        for        IN  prep  2
        more       JJ  amod  5
        funding    NN  pobj  3
        for        IN  prep  5
        schools/school NNS pobj 6
        .          .   punct 2
     """, ()),
    ("funds.nominal.aid", """
        Aid        NN  nsubj 3
        to         IN  prep  0
        Gaza       NNP pobj  1 GPE:
        rose/rise  VBD ROOT  3
        .          .   punct 3
     """, ()),
    ("funds.nominal.shipment", """
        Grain      NN  compound 1
        shipments/shipment NNS nsubj 5
        from       IN  prep  1
        Ukraine    NNP pobj  2 GPE:Ukraine
        to         IN  prep  1
        resumed/resume VBD ROOT 5
        .          .   punct 5
     """, ()),
    ("funds.role_noun", """
        The        DT  det   1
        financier  NN  nsubj 5
        of         IN  prep  1
        the        DT  det   4
        project    NN  pobj  2
        resigned/resign VBD ROOT 5
        .          .   punct 5
     """, ()),
    ("funds.hyphen", """
        A          DT  det      4
        state      NN  npadvmod 3
        -          HYPH punct   3
        funded/fund VBN amod    4
        channel    NN  nsubj    5
        aired/air  VBD ROOT     5
        .          .   punct    5
     """, ()),
    ("trains.verb", """
        Soldiers/soldier NNS nsubj 1
        took/take  VBD ROOT  1
        part       NN  dobj  1
        in         IN  prep  1
        a          DT  det   6
        training   NN  compound 6
        exercise   NN  pobj  3
        .          .   punct 1
     """, ()),
    # (a place that is no state: "trained in Iran" names its trainer since round 35, trains.pattern.trained_in)
    ("trains.verb", """
        Hamas      NNP compound 1 ORG:Hamas
        fighters/fighter NNS nsubj 7
        ,          ,   punct 1
        trained/train VBN acl 1
        in         IN  prep  3
        the        DT  det   6
        camps/camp NNS pobj  4
        crossed/cross VBD ROOT 7
        .          .   punct 7
     """, ()),
    ("trains.verb.instruct", """
        Iran       NNP nsubj 1 GPE:Iran
        instructed/instruct VBD ROOT 1
        Hezbollah  NNP dobj  1 ORG:Hezbollah
        to         TO  aux   4
        hold       VB  xcomp 1
        fire       NN  dobj  4
        .          .   punct 1
     """, ()),
    # (a theme of no relation: since relation_rules.v13 "provided shelter to Hamas" backs it, as haven and refuge do)
    ("trains.give", """
        Iran       NNP nsubj 1 GPE:Iran
        provided/provide VBD ROOT 1
        visas/visa NNS dobj  1
        to         IN  prep  1
        Hamas      NNP pobj  3 ORG:Hamas
        .          .   punct 1
     """, ()),
    ("trains.receive", """
        The        DT  det   1
        Houthis    NNPS nsubj 2 ORG:Houthis
        received/receive VBD ROOT 2
        a          DT  det   4
        visit      NN  dobj  2
        from       IN  prep  2
        Hezbollah  NNP pobj  5 ORG:Hezbollah
        .          .   punct 2
     """, ()),
    ("trains.nominal", """
        A          DT  det      3
        Russian    JJ  amod     3 NORP:Russia
        training   NN  compound 3
        aircraft   NN  nsubj    4
        crashed/crash VBD ROOT  4
        .          .   punct    4
     """, ()),
    ("trains.nominal.instructors", """
        Instructors/instructor NNS nsubj 4
        for        IN  prep  0
        the        DT  det   3
        course     NN  pobj  1
        arrived/arrive VBD ROOT 4
        .          .   punct 4
     """, ()),
    ("trains.hyphen", """
        Locally    RB  advmod   2
        -          HYPH punct   2
        trained/train VBN amod  3
        forces/force NNS nsubj  4
        fought/fight VBD ROOT   4
        .          .   punct    4
     """, ()),
    ("backs.verb", """
        Hamas      NNP nsubj 1 ORG:Hamas
        backed/back VBD ROOT 1
        out        RP  prt   1
        of         IN  prep  1
        the        DT  det   5
        deal       NN  pobj  3
        .          .   punct 1
     """, ()),
    ("backs.verb", """
        The        DT  det      2
        European   NNP compound 2 ORG:European_Union
        Union      NNP nsubj    3 ORG:European_Union
        backed/back VBD ROOT    3
        the        DT  det      6
        ceasefire  NN  compound 6
        proposal   NN  dobj     3
        .          .   punct    3
     """, ()),
    # two pronouns resolved by coreference are too weak a basis for a row
    ("backs.verb", """
        She        PRP nsubj 1
        supported/support VBD ROOT 1
        him        PRP dobj  1
        .          .   punct 1
     """, ((0, 1, "Qandeel Baloch"), (2, 3, "Dawn"))),
    ("backs.verb.help", """
        Egypt      NNP nsubj 1 GPE:Egypt
        helped/help VBD ROOT 1
        broker     VB  xcomp 1
        the        DT  det   4
        truce      NN  dobj  2
        .          .   punct 1
     """, ()),
    ("backs.verb.help", """
        Scripps    NNP ROOT   0 ORG:Scripps
        ,          ,   punct  0
        where      WRB advmod 4
        he         PRP nsubj  4
        assisted/assist VBD relcl 0
        in         IN  prep   4
        work       NN  pobj   5
        .          .   punct  0
     """, ((3, 4, "Walter Munk"),)),
    ("backs.give", """
        Moscow     NNP nsubj  1 GPE:Russia
        gave/give  VBD ROOT   1
        Tehran     NNP dative 1 GPE:Iran
        a          DT  det    4
        warning    NN  dobj   1
        .          .   punct  1
     """, ()),
    ("backs.receive", """
        Hamas      NNP nsubj 1 ORG:Hamas
        has/have   VBZ ROOT  1
        support    NN  dobj  1
        from       IN  prep  2
        the        DT  det   5
        population NN  pobj  3
        .          .   punct 1
     """, ()),
    ("backs.nominal", """
        Support    NN  nsubj 4
        for        IN  prep  0
        the        DT  det   3
        ceasefire  NN  pobj  1
        grew/grow  VBD ROOT  4
        .          .   punct 4
     """, ()),
    ("backs.nominal", """
        Israel     NNP nsubj 1 GPE:Israel
        condemned/condemn VBD ROOT 1
        support    NN  dobj  1
        for        IN  prep  2
        Hamas      NNP pobj  3 ORG:Hamas
        .          .   punct 1
     """, ()),
    ("backs.nominal.in_support", """
        Crowds/crowd NNS nsubj 1
        rallied/rally VBD ROOT 1
        in         IN  prep  1
        support    NN  pobj  2
        of         IN  prep  3
        the        DT  det   6
        reform     NN  pobj  4
        .          .   punct 1
     """, ()),
    ("backs.role_noun.patron", """
        Iran       NNP nsubj 1 GPE:Iran
        is/be      VBZ ROOT  1
        the        DT  det   5
        leading    JJ  amod  5
        state      NN  compound 5
        sponsor    NN  attr  1
        of         IN  prep  5
        terrorism  NN  pobj  6
        .          .   punct 1
     """, ()),
    ("backs.role_noun.proxy", """
        Russia     NNP nsubj 2 GPE:Russia
        is/be      VBZ aux   2
        fighting/fight VBG ROOT 2
        a          DT  det   5
        proxy      NN  compound 5
        war        NN  dobj  2
        .          .   punct 2
     """, ()),
    ("backs.hyphen", """
        Other      JJ  amod     4
        Iran       NNP npadvmod 3 GPE:Iran
        -          HYPH punct   3
        backed/back VBN amod    4
        groups/group NNS nsubj  7
        in         IN  prep     4
        Iraq       NNP pobj     5 GPE:Iraq
        attacked/attack VBD ROOT 7
        .          .   punct    7
     """, ()),
    ("backs.hyphen", """
        the        DT  det      6
        SDF        NNP nmod     6 ORG:Syrian_Democratic_Forces
        and        CC  cc       1
        Turkish    NNP npadvmod 5 NORP:Turkey
        -          HYPH punct   5
        backed/back VBN conj    1
        factions/faction NNS nsubj 7
        clashed/clash VBD ROOT  7
        .          .   punct    7
     """, ()),
    # "his group" is the group he leads, not him
    ("backs.hyphen", """
        his        PRP$ poss    4
        Iranian    NNP npadvmod 3 NORP:Iran
        -          HYPH punct   3
        backed/back VBN amod    4
        group      NN  nsubj    5
        said/say   VBD ROOT     5
        .          .   punct    5
     """, ((0, 1, "Abu Alaa al-Walai"),)),
    ("denies.object", """
        Israel     NNP nsubj 1 GPE:Israel
        denied/deny VBD ROOT 1
        entry      NN  dobj  1
        to         IN  prep  1
        the        DT  det   5
        envoy      NN  pobj  3
        .          .   punct 1
     """, ()),
    ("denies.object", """
        Hezbollah  NNP nsubj 1 ORG:Hezbollah
        rejected/reject VBD ROOT 1
        the        DT  det   3
        terms/term NNS dobj  1
        of         IN  prep  3
        the        DT  det   6
        truce      NN  pobj  4
        .          .   punct 1
     """, ()),
    ("denies.object", """
        Hezbollah  NNP nsubj 1 ORG:Hezbollah
        denied/deny VBD ROOT 1
        any        DT  det   3
        role       NN  dobj  1
        in         IN  prep  3
        the        DT  det   6
        killing    NN  pobj  4
        of         IN  prep  6
        the        DT  det   11
        Lebanese   JJ  amod  11 NORP:Lebanon
        prime      JJ  amod  11
        minister   NN  pobj  7
        .          .   punct 1
     """, ()),
    ("denies.object", """
        Russia     NNP nsubj 1 GPE:Russia
        dismissed/dismiss VBD ROOT 1
        the        DT  det   3
        claim      NN  dobj  1
        from       IN  prep  3
        Berlin     NNP pobj  4 GPE:Germany
        .          .   punct 1
     """, ()),
    ("denies.clause", """
        Moscow     NNP nsubj 1 GPE:Russia
        denied/deny VBD ROOT 1
        that       IN  mark  5
        Wagner     NNP compound 4 ORG:Wagner_Group
        fighters/fighter NNS nsubj 5
        were/be    VBD ccomp 1
        in         IN  prep  5
        Mali       NNP pobj  6 GPE:Mali
        .          .   punct 1
     """, ()),
]


# Round two: constructions found missing on text written blind to the rules.
POSITIVE += [
    ("backs.verb.keep", """
        Tehran     NNP nsubj 1 GPE:Iran
        fought/fight VBD ROOT 1
        to         TO  aux   3
        keep       VB  advcl 1
        Assad      NNP dobj  3 PERSON:Bashar_al-Assad
        in         IN  prep  3
        power      NN  pobj  5
        .          .   punct 1
     """, {("Iran", "backs", "Bashar al-Assad", "asserted")}, ()),
    ("backs.verb.bolster", """
        Moscow     NNP nsubj 1 GPE:Russia
        propped/prop VBD ROOT 1
        up         RP  prt   1
        the        DT  det   5
        Syrian     JJ  amod  5 NORP:Syria
        government NN  dobj  1
        .          .   punct 1
     """, {("Russia", "backs", "Syria", "asserted")}, ()),
    ("backs.verb.weight", """
        Ankara     NNP nsubj 1 GPE:Turkey
        threw/throw VBD ROOT 1
        its        PRP$ poss 3
        weight     NN  dobj  1
        behind     IN  prep  1
        Hamas      NNP pobj  4 ORG:Hamas
        .          .   punct 1
     """, {("Turkey", "backs", "Hamas", "asserted")}, ()),
    ("backs.verb.side", """
        Iran       NNP nsubj 2 GPE:Iran
        has/have   VBZ aux   2
        sided/side VBN ROOT  2
        with       IN  prep  2
        the        DT  det   5
        Houthis    NNP pobj  3 ORG:Houthis
        .          .   punct 2
     """, {("Iran", "backs", "Houthis", "asserted")}, ()),
    # relative-clause subject; the name as a compound of "coalition"
    ("backs.verb", """
        Turkey     NNP nsubj 9 GPE:Turkey
        ,          ,   punct 0
        which      WDT nsubj 3
        backs/back VBZ relcl 0
        the        DT  det   6
        SNA        NNP compound 6 ORG:Syrian_National_Army
        coalition  NN  dobj  3
        ,          ,   punct 0
        has/have   VBZ aux   9
        denied/deny VBN ROOT 9
        it         PRP dobj  9
        .          .   punct 9
     """, {("Turkey", "backs", "Syrian National Army", "asserted")}, ()),
    # a saying verb of the denier's own is the denial, not a report of it
    ("denies.no_role", """
        Qatar      NNP nsubj 1 GPE:Qatar
        insists/insist VBZ ROOT 1
        it         PRP nsubj 3
        has/have   VBZ ccomp 1
        no         DT  det   5
        role       NN  dobj  3
        in         IN  prep  5
        the        DT  det   9
        Hamas      NNP compound 9 ORG:Hamas
        attacks/attack NNS pobj 6
        .          .   punct 1
     """, {("Qatar", "denies", "Hamas", "asserted")}, ((2, 3, "Qatar"),)),
    ("funds.give.spend", """
        Iran       NNP nsubj 1 GPE:Iran
        spent/spend VBD ROOT 1
        billions/billion NNS dobj 1
        of         IN  prep  2
        dollars/dollar NNS pobj 3
        on         IN  prep  1
        Hezbollah  NNP pobj  5 ORG:Hezbollah
        .          .   punct 1
     """, {("Iran", "funds", "Hezbollah", "asserted")}, ()),
    # a sum of money is a theme of funding only, not of training or backing
    ("funds.give", """
        Iran       NNP nsubj 1 GPE:Iran
        provides/provide VBZ ROOT 1
        the        DT  det   3
        group      NN  dobj  1
        with       IN  prep  1
        $          $   quantmod 7
        700        CD  compound 7
        million    CD  pobj  4
        .          .   punct 1
     """, {("Iran", "funds", "Hezbollah", "asserted")}, ((2, 4, "Hezbollah"),)),
    ("funds.give", """
        Washington NNP nsubj 1 GPE:United_States
        gave/give  VBD ROOT  1
        Kyiv       NNP dative 1 GPE:Ukraine
        $          $   quantmod 5
        5          CD  compound 5
        billion    CD  dobj  1
        .          .   punct 1
     """, {("United States", "funds", "Ukraine", "asserted")}, ()),
    ("funds.give", """
        Ukraine    NNP nsubj 1 GPE:Ukraine
        accused/accuse VBD ROOT 1
        Belarus    NNP dobj  1 GPE:Belarus
        of         IN  prep  1
        sending/send VBG pcomp 3
        thousands/thousand NNS dobj 4
        of         IN  prep  5
        shells/shell NNS pobj 6
        to         IN  prep  4
        Russia     NNP pobj  8 GPE:Russia
        .          .   punct 1
     """, {("Belarus", "funds", "Russia", "alleged")}, ()),
    # a passive participle on its theme
    ("funds.give", """
        Weapons/weapon NNS nsubjpass 9
        shipped/ship VBN acl 0
        by         IN  agent 1
        Iran       NNP pobj  2 GPE:Iran
        to         IN  prep  1
        the        DT  det   6
        Houthis    NNP pobj  4 ORG:Houthis
        were/be    VBD auxpass 9
        later      RB  advmod 9
        seized/seize VBN ROOT 9
        .          .   punct 9
     """, {("Iran", "funds", "Houthis", "asserted")}, ()),
    ("funds.receive", """
        Russia     NNP nsubj 1 GPE:Russia
        received/receive VBD ROOT 1
        millions/million NNS dobj 1
        of         IN  prep  2
        shells/shell NNS pobj 3
        from       IN  prep  1
        Pyongyang  NNP pobj  5 GPE:North_Korea
        .          .   punct 1
     """, {("North Korea", "funds", "Russia", "asserted")}, ()),
    # a subject the parser read as modifiers of the verb
    ("funds.verb", """
        The        DT  det   2
        Islamic    NNP nmod  2 GPE:Iran
        Republic   NNP nmod  3 GPE:Iran
        bankrolls/bankroll VBZ ROOT 3
        Hezbollah  NNP dobj  3 ORG:Hezbollah
        .          .   punct 3
     """, {("Iran", "funds", "Hezbollah", "asserted")}, ()),
    # stopping aid presupposes it: the verb lends its subject to the aid
    ("funds.nominal.aid", """
        Washington NNP nsubj 1 GPE:United_States
        halted/halt VBD ROOT 1
        military   JJ  amod  3
        aid        NN  dobj  1
        to         IN  prep  1
        Kyiv       NNP pobj  4 GPE:Ukraine
        .          .   punct 1
     """, {("United States", "funds", "Ukraine", "asserted")}, ()),
    # coordinated modifiers of a group noun, trainer through "helped train"
    ("trains.verb", """
        Iranian    JJ  amod  3 NORP:Iran
        and        CC  cc    0
        Hezbollah  NNP compound 3 ORG:Hezbollah
        advisers/adviser NNS nsubj 4
        helped/help VBD ROOT 4
        train      VB  xcomp 4
        Houthi     NNP compound 7 ORG:Houthis
        crews/crew NNS dobj  5
        .          .   punct 4
     """, {("Iran", "trains", "Houthis", "asserted"), ("Hezbollah", "trains", "Houthis", "asserted")}, ()),
    # the compound does not spread to a conjunct with its own participle
    ("backs.hyphen", """
        the        DT  det      4
        Turkish    NNP npadvmod 3 NORP:Turkey
        -          HYPH punct   3
        backed/back VBN amod    4
        SNA        NNP nsubj    11 ORG:Syrian_National_Army
        and        CC  cc       4
        the        DT  det      10
        Kurdish    NNP npadvmod 9
        -          HYPH punct   9
        led/lead   VBN amod     10
        SDF        NNP conj     4 ORG:Syrian_Democratic_Forces
        clashed/clash VBD ROOT  11
        .          .   punct    11
     """, {("Turkey", "backs", "Syrian National Army", "asserted")}, ()),
    # the denier's own clause: its object names the other party
    ("denies.clause", """
        Egypt      NNP nsubj 1 GPE:Egypt
        denies/deny VBZ ROOT 1
        that       IN  mark  5
        it         PRP nsubj 5
        is/be      VBZ aux   5
        blocking/block VBG ccomp 1
        Hamas      NNP poss  8 ORG:Hamas
        's         POS case  6
        convoys/convoy NNS dobj 5
        .          .   punct 1
     """, {("Egypt", "denies", "Hamas", "asserted")}, ((3, 4, "Egypt"),)),
    # "an allegation X and Y reject", parsed with the claim noun inside the subject and the accusation before it
    ("denies.clause", """
        Ukraine    NNP nsubj 1 GPE:Ukraine
        accused/accuse VBD ccomp 14
        Minsk      NNP dobj  1 GPE:Belarus
        of         IN  prep  1
        sending/send VBG pcomp 3
        shells/shell NNS dobj 4
        to         IN  prep  4
        Moscow     NNP pobj  6 GPE:Russia
        ,          ,   punct 7
        an         DT  det   10
        allegation NN  compound 11
        Minsk      NNP nsubj 14 GPE:Belarus
        and        CC  cc    11
        Moscow     NNP conj  11 GPE:Russia
        reject     VBP ROOT  14
        .          .   punct 14
     """, {("Belarus", "funds", "Russia", "alleged"), ("Belarus", "denies", "Russia", "asserted"),
           ("Russia", "denies", "Belarus", "asserted")}, ()),
]

NEGATIVE += [
    ("backs.verb.keep", """
        Egypt      NNP nsubj 1 GPE:Egypt
        kept/keep  VBD ROOT  1
        Hamas      NNP dobj  1 ORG:Hamas
        waiting/wait VBG xcomp 1
        .          .   punct 1
     """, ()),
    ("backs.verb.bolster", """
        Israel     NNP poss  2 GPE:Israel
        's         POS case  0
        strikes/strike NNS nsubj 3
        bolstered/bolster VBD ROOT 3
        Hamas      NNP poss  6 ORG:Hamas
        's         POS case  4
        popularity NN  dobj  3
        .          .   punct 3
     """, ()),
    ("backs.verb.weight", """
        Hamas      NNP compound 1 ORG:Hamas
        fighters/fighter NNS nsubj 2
        threw/throw VBD ROOT 2
        grenades/grenade NNS dobj 2
        behind     IN  prep  2
        Israeli    JJ  amod  6 NORP:Israel
        troops/troop NNS pobj 4
        .          .   punct 2
     """, ()),
    ("backs.verb.side", """
        Qatar      NNP nsubj 1 GPE:Qatar
        sided/side VBD ROOT  1
        against    IN  prep  1
        Israel     NNP pobj  2 GPE:Israel
        .          .   punct 1
     """, ()),
    ("denies.no_role", """
        Qatar      NNP nsubj 1 GPE:Qatar
        has/have   VBZ ROOT  1
        a          DT  det   3
        role       NN  dobj  1
        in         IN  prep  3
        the        DT  det   7
        Hamas      NNP compound 7 ORG:Hamas
        talks/talk NNS pobj  4
        .          .   punct 1
     """, ()),
    ("funds.give.spend", """
        Hezbollah  NNP nsubj 1 ORG:Hezbollah
        spent/spend VBD ROOT 1
        years/year NNS dobj  1
        on         IN  prep  1
        Israel     NNP poss  5 GPE:Israel
        border     NN  pobj  3
        .          .   punct 1
     """, ()),
    # a state's demonym on a non-state group noun is not the state
    ("trains.verb", """
        Hezbollah  NNP nsubj 2 ORG:Hezbollah
        has/have   VBZ aux   2
        trained/train VBN ROOT 2
        Iraqi      JJ  amod  4 NORP:Iraq
        militias/militia NNS dobj 2
        .          .   punct 2
     """, ()),
    # a yes/no question asserts nothing
    ("funds.verb", """
        Does/do    VBZ aux   2
        Qatar      NNP nsubj 2 GPE:Qatar
        fund       VB  ROOT  2
        Hamas      NNP dobj  2 ORG:Hamas
        ?          .   punct 2
     """, ()),
    # an apposition renames with a name, not with a coreference guess on a description
    ("backs.verb", """
        Mali       NNP nsubj 1 GPE:Mali
        accused/accuse VBD ROOT 1
        Kyiv       NNP dobj  1 GPE:Ukraine
        of         IN  prep  1
        supporting/support VBG pcomp 3
        the        DT  det   6
        Framework  NNP dobj  4
        ,          ,   punct 6
        the        DT  det   10
        rebel      NN  compound 10
        alliance   NN  appos 6
        .          .   punct 1
     """, ((8, 11, "Agence France-Presse"),)),
]


# Round three: constructions missed on the second blind set (own wording, other actors).
POSITIVE += [
    ("funds.verb", """
        The        DT  det   1
        Polisario  NNP nsubj 2 ORG:Polisario_Front
        is/be      VBZ ROOT  2
        armed      JJ  acomp 2
        and        CC  cc    3
        bankrolled/bankroll VBN conj 3
        by         IN  agent 5
        Algeria    NNP pobj  6 GPE:Algeria
        .          .   punct 2
     """, {("Algeria", "funds", "Polisario Front", "asserted")}, ()),
    ("denies.clause", """
        Ali        NNP compound 1 PERSON:Ali_Nasser
        Nasser     NNP nsubj 9 PERSON:Ali_Nasser
        ,          ,   punct 1
        a          DT  det   4
        spokesman  NN  appos 1
        for        IN  prep  4
        Hamas      NNP pobj  5 ORG:Hamas
        ,          ,   punct 1
        then       RB  advmod 9
        denied/deny VBD ROOT 9
        that       IN  mark  13
        the        DT  det   12
        group      NN  nsubj 13
        takes/take VBZ ccomp 9
        money      NN  dobj  13
        from       IN  prep  13
        Qatar      NNP pobj  15 GPE:Qatar
        .          .   punct 9
     """, {("Hamas", "denies", "Qatar", "reported")}, ((11, 13, "Hamas"),)),
    ("denies.clause", """
        Egypt      NNP nsubj 1 GPE:Egypt
        denied/deny VBD ROOT 1
        shipping/ship VBG amod 3
        rockets/rocket NNS dobj 1
        to         IN  prep  1
        Haftar     NNP pobj  4 PERSON:Khalifa_Haftar
        .          .   punct 1
     """, {("Egypt", "denies", "Khalifa Haftar", "asserted")}, ()),
    ("denies.clause", """
        Algeria    NNP nsubj 2 GPE:Algeria
        has/have   VBZ aux   2
        armed/arm  VBN ROOT  2
        the        DT  det   4
        Polisario  NNP dobj  2 ORG:Polisario_Front
        ,          ,   punct 2
        a          DT  det   7
        charge     NN  dobj  9
        Algiers    NNP nsubj 9 GPE:Algeria
        denies/deny VBZ advcl 2
        .          .   punct 2
     """, {("Algeria", "funds", "Polisario Front", "asserted"),
           ("Algeria", "denies", "Polisario Front", "asserted")}, ()),
    ("backs.hyphen", """
        between    IN  ROOT  0
        the        DT  det   5
        Rwanda     NNP npadvmod 4 GPE:Rwanda
        -          HYPH punct 4
        backed/back VBN amod 5
        M23        NNP pobj  0 ORG:M23
        and        CC  cc    5
        the        DT  det   8
        army       NN  conj  5
        of         IN  prep  8
        Congo      NNP pobj  9 GPE:DR_Congo
        .          .   punct 0
     """, {("Rwanda", "backs", "M23", "asserted")}, ()),
    # round 32: an accused party's collusion with another is its backing, alleged ("Fooland accused Barland of
    # collaborating with the Bazbal militia")
    ("backs.pattern.accused_collusion", """
        Fooland    NNP nsubj 1 GPE:Fooland
        accused/accuse VBD ROOT 1
        Barland    NNP dobj  1 GPE:Barland
        of         IN  prep  1
        collaborating/collaborate VBG pcomp 3
        with       IN  prep  4
        the        DT  det   8
        Bazbal     NNP compound 8 ORG:Bazbal
        militia    NN  pobj  5
        .          .   punct 1
     """, {("Barland", "backs", "Bazbal", "alleged")}, ()),
    # round 32: support denied outright ("Fooland has firmly denied any support for the Bazbal rebels")
    ("denies.pattern.any_support", """
        Fooland    NNP nsubj 3 GPE:Fooland
        has/have   VBZ aux   3
        firmly     RB  advmod 3
        denied/deny VBN ROOT 3
        any        DT  det   5
        support    NN  dobj  3
        for        IN  prep  5
        the        DT  det   9
        Bazbal     NNP compound 9 ORG:Bazbal
        rebels/rebel NNS pobj 6
        .          .   punct 3
     """, {("Fooland", "denies", "Bazbal", "asserted")}, ()),
]

NEGATIVE += [
    # round 32: support refused, no "any" and no actor ("Fooland rejected support for the resolution")
    ("denies.pattern.any_support", """
        Fooland    NNP nsubj 1 GPE:Fooland
        rejected/reject VBD ROOT 1
        support    NN  dobj  1
        for        IN  prep  2
        the        DT  det   5
        resolution NN  pobj  3
        .          .   punct 1
     """),
    # round 32: plain cooperation, no accusation ("Barland cooperates with the Bazbal militia")
    ("backs.pattern.accused_collusion", """
        Barland    NNP nsubj 1 GPE:Barland
        cooperates/cooperate VBZ ROOT 1
        with       IN  prep  1
        the        DT  det   5
        Bazbal     NNP compound 5 ORG:Bazbal
        militia    NN  pobj  2
        .          .   punct 1
     """),
    ("funds.verb", """
        The        DT  det   1
        fighters/fighter NNS nsubj 2
        are/be     VBP ROOT  2
        armed      JJ  acomp 2
        and        CC  cc    3
        trained/train VBN conj 3
        in         IN  prep  5
        Libya      NNP pobj  6 GPE:Libya
        .          .   punct 2
     """, ()),
    ("denies.clause", """
        Moscow     NNP nsubj 1 GPE:Russia
        denied/deny VBD ROOT 1
        that       IN  mark  4
        the        DT  det   4
        Houthis    NNP nsubj 5 ORG:Houthis
        fired/fire VBD ccomp 1
        at         IN  prep  5
        Riyadh     NNP pobj  6 GPE:Saudi_Arabia
        .          .   punct 1
     """, ()),
]


def _id(case) -> str:
    return f"{case[0]}: {' '.join(line.split()[0].split('/')[0] for line in case[1].strip().splitlines())}"


# Round four: funds and trains in the wordings news uses beyond plain verbs (own wording, other actors).
POSITIVE += [
    ("funds.verb.pay", """
        Rwanda     NNP nsubj 1 GPE:Rwanda
        pays/pay   VBZ ROOT  1
        M23        NNP compound 3 ORG:M23
        fighters/fighter NNS dobj 1
        .          .   punct 1
     """, {("Rwanda", "funds", "M23", "asserted")}, ()),
    ("funds.receive.depend", """
        The        DT  det   1
        Polisario  NNP nsubj 2 ORG:Polisario_Front
        relies/rely VBZ ROOT 2
        on         IN  prep  2
        Algeria    NNP pobj  3 GPE:Algeria
        for        IN  prep  2
        rifles/rifle NNS pobj 5
        .          .   punct 2
     """, {("Algeria", "funds", "Polisario Front", "asserted")}, ()),
    ("funds.receive.thank", """
        M23        NNP nsubj 1 ORG:M23
        thanked/thank VBD ROOT 1
        Rwanda     NNP dobj  1 GPE:Rwanda
        for        IN  prep  1
        the        DT  det   5
        cash       NN  pobj  3
        .          .   punct 1
     """, {("Rwanda", "funds", "M23", "asserted")}, ()),
    # a sum names the aid it is counted in: "$2 billion in Algerian aid"
    ("funds.receive", """
        The        DT  det   1
        Polisario  NNP nsubj 3 ORG:Polisario_Front
        has/have   VBZ aux   3
        received/receive VBN ROOT 3
        $          $   quantmod 6
        2          CD  compound 6
        billion    CD  dobj  3
        in         IN  prep  6
        Algerian   JJ  amod  9 NORP:Algeria
        aid        NN  pobj  7
        .          .   punct 3
     """, {("Algeria", "funds", "Polisario Front", "asserted")}, ()),
    # the parser hangs the recipient of a double object on the theme: "shipped Sudan drones"
    ("funds.give", """
        Eritrea    NNP nsubj 2 GPE:Eritrea
        has/have   VBZ aux   2
        shipped/ship VBN ROOT 2
        Sudan      NNP compound 4 GPE:Sudan
        drones/drone NNS dobj 2
        .          .   punct 2
     """, {("Eritrea", "funds", "Sudan", "asserted")}, ()),
    # trainees named by "from": "fighters from M23 and from the FDLR"
    ("trains.verb", """
        Rwanda     NNP nsubj 2 GPE:Rwanda
        has/have   VBZ aux   2
        trained/train VBN ROOT 2
        fighters/fighter NNS dobj 2
        from       IN  prep  3
        M23        NNP pobj  4 ORG:M23
        and        CC  cc    4
        from       IN  conj  4
        the        DT  det   9
        FDLR       NNP pobj  7 ORG:FDLR
        .          .   punct 2
     """, {("Rwanda", "trains", "M23", "asserted"), ("Rwanda", "trains", "FDLR", "asserted")}, ()),
]

NEGATIVE += [
    ("funds.verb.pay", """
        Trump      NNP nsubj 1 PERSON:Donald_Trump
        paid/pay   VBD ROOT  1
        Cohen      NNP dobj  1 PERSON:Michael_Cohen
        to         TO  aux   4
        handle/handle VB xcomp 1
        it         PRP dobj  4
        .          .   punct 1
     """, ()),
    ("funds.receive.depend", """
        The        DT  det   1
        Polisario  NNP nsubj 2 ORG:Polisario_Front
        relies/rely VBZ ROOT 2
        on         IN  prep  2
        Algeria    NNP pobj  3 GPE:Algeria
        for        IN  prep  2
        diplomatic JJ  amod  7
        advice     NN  pobj  5
        .          .   punct 2
     """, ()),
    # a sum in something that is not aid: "$2 billion in debts"
    ("funds.receive", """
        Sudan      NNP nsubj 1 GPE:Sudan
        owes/owe   VBZ ROOT  1
        Eritrea    NNP dative 1 GPE:Eritrea
        $          $   quantmod 5
        2          CD  compound 5
        billion    CD  dobj  1
        .          .   punct 1
     """, ()),
    # a compound that is not a recipient: "shipped Shahed drones" (no actor)
    ("funds.give", """
        Eritrea    NNP nsubj 2 GPE:Eritrea
        has/have   VBZ aux   2
        shipped/ship VBN ROOT 2
        Shahed     NNP compound 4
        drones/drone NNS dobj 2
        .          .   punct 2
     """, ()),
    # a place, not a trainer: "fighters trained in the forest" (a state trains them since round 35:
    # trains.pattern.trained_in)
    ("trains.verb", """
        M23        NNP compound 1 ORG:M23
        fighters/fighter NNS nsubjpass 3
        were/be    VBD auxpass 3
        trained/train VBN ROOT 3
        in         IN  prep  3
        the        DT  det   6
        forest     NN  pobj  4
        .          .   punct 3
     """, ()),
]


# Round five: the themes of transfer verbs (own wording, other actors).
POSITIVE += [
    # a dative and a sum: "lent Caracas $20 billion"
    ("funds.give", """
        China      NNP nsubj 1 GPE:China
        lent/lend  VBD ROOT  1
        Caracas    NNP dative 1 GPE:Venezuela
        $          $   quantmod 5
        20         CD  compound 5
        billion    CD  dobj  1
        .          .   punct 1
     """, {("China", "funds", "Venezuela", "asserted")}, ()),
    # a container noun names its contents by a compound: "credit lines and oil shipments"
    ("funds.give", """
        Russia     NNP nsubj 1 GPE:Russia
        extended/extend VBD ROOT 1
        credit     NN  compound 3
        lines/line NNS dobj  1
        and        CC  cc    3
        oil        NN  compound 6
        shipments/shipment NNS conj 3
        to         IN  prep  1
        Cuba       NNP pobj  7 GPE:Cuba
        .          .   punct 1
     """, {("Russia", "funds", "Cuba", "asserted")}, ()),
    # military hardware: "howitzers and radars", a dative read as a compound
    ("funds.give", """
        Beijing    NNP nsubj 1 GPE:China
        sold/sell  VBD ROOT  1
        Algeria    NNP compound 3 GPE:Algeria
        howitzers/howitzer NNS dobj 1
        and        CC  cc    3
        radars/radar NNS conj 3
        .          .   punct 1
     """, {("China", "funds", "Algeria", "asserted")}, ()),
]

NEGATIVE += [
    # a dative with a warning is no supply
    ("funds.give", """
        Washington NNP nsubj 1 GPE:United_States
        handed/hand VBD ROOT 1
        Pyongyang  NNP dative 1 GPE:North_Korea
        a          DT  det   4
        warning    NN  dobj  1
        .          .   punct 1
     """, ()),
    # a delegation sent is no supply
    ("funds.give", """
        Qatar      NNP nsubj 1 GPE:Qatar
        sent/send  VBD ROOT  1
        a          DT  det   3
        delegation NN  dobj  1
        to         IN  prep  1
        Hamas      NNP pobj  4 ORG:Hamas
        .          .   punct 1
     """, ()),
    # a container with no goods in it: "passed its customs lines to"
    ("funds.give", """
        Turkey     NNP nsubj 1 GPE:Turkey
        passed/pass VBD ROOT 1
        its        PRP$ poss 4
        customs    NNS compound 4
        lines/line NNS dobj  1
        to         IN  prep  1
        Syria      NNP pobj  5 GPE:Syria
        .          .   punct 1
     """, ()),
]

# Round five: supplier nouns with a theme (funds.role_noun.supplier).
POSITIVE += [
    ("funds.role_noun.supplier", """
        Russia     NNP nsubj 2 GPE:Russia
        has/have   VBZ aux   2
        become     VBN ROOT  2
        Armenia    NNP poss  7 GPE:Armenia
        's         POS case  3
        largest/large JJS amod 7
        arms/arm   NNS compound 7
        supplier   NN  attr  2
        .          .   punct 2
     """, {("Russia", "funds", "Armenia", "asserted")}, ()),
    ("funds.role_noun.supplier", """
        Iran       NNP nsubj 1 GPE:Iran
        is/be      VBZ ROOT  1
        the        DT  det   4
        main       JJ  amod  4
        source     NN  attr  1
        of         IN  prep  4
        weapons/weapon NNS pobj 5
        for        IN  prep  4
        the        DT  det   9
        Houthis    NNP pobj  7 ORG:Houthis
        .          .   punct 1
     """, {("Iran", "funds", "Houthis", "asserted")}, ()),
]

NEGATIVE += [
    # a supplier of something that is no material support
    ("funds.role_noun.supplier", """
        Qatar      NNP nsubj 1 GPE:Qatar
        became/become VBD ROOT 1
        Italy      NNP poss  6 GPE:Italy
        's         POS case  2
        biggest/big JJS amod 6
        gas        NN  compound 6
        supplier   NN  attr  1
        .          .   punct 1
     """, ()),
]

# Round five: people sent to train do the sender's training; engineers and technicians are a state's.
POSITIVE += [
    ("trains.verb", """
        Moscow     NNP nsubj 1 GPE:Russia
        sent/send  VBD ROOT  1
        military   JJ  amod  3
        advisers/adviser NNS dobj 1
        to         TO  aux   5
        train      VB  xcomp 1
        Malian     JJ  amod  7 NORP:Mali
        engineers/engineer NNS dobj 5
        .          .   punct 1
     """, {("Russia", "trains", "Mali", "asserted")}, ()),
]

NEGATIVE += [
    # persuaded people train on their own account, not the persuader's
    ("trains.verb", """
        Iran       NNP nsubj 1 GPE:Iran
        persuaded/persuade VBD ROOT 1
        the        DT  det   3
        tribes/tribe NNS dobj 1
        to         TO  aux   5
        train      VB  xcomp 1
        Houthi     NNP compound 7 ORG:Houthis
        crews/crew NNS dobj  5
        .          .   punct 1
     """, ()),
]

# Round five: a relative clause without "that" read as the main clause; an actor's undertaking as object.
POSITIVE += [
    # "Haftar, the commander Russia has supported, visited ...": the parser gives "supported" two subjects
    ("backs.verb", """
        Haftar     NNP nsubj 6 PERSON:Khalifa_Haftar
        ,          ,   punct 0
        the        DT  det   3
        commander  NN  nsubj 6
        Russia     NNP appos 3 GPE:Russia
        has/have   VBZ aux   6
        supported/support VBN ROOT 6
        ,          ,   punct 6
        visited/visit VBD conj 6
        Cairo      NNP dobj  8 GPE:Egypt
        .          .   punct 6
     """, {("Russia", "backs", "Khalifa Haftar", "asserted")}, ()),
    # ... and the verb coordinated with it is the antecedent's: "Hezbollah, the group Iran has armed, backed Assad"
    ("backs.verb", """
        Hezbollah  NNP nsubj 6 ORG:Hezbollah
        ,          ,   punct 0
        the        DT  det   3
        group      NN  nsubj 6
        Iran       NNP appos 3 GPE:Iran
        has/have   VBZ aux   6
        armed/arm  VBN ROOT  6
        ,          ,   punct 6
        backed/back VBD conj 6
        Assad      NNP dobj  8 PERSON:Bashar_al-Assad
        .          .   punct 6
     """, {("Iran", "funds", "Hezbollah", "asserted"), ("Hezbollah", "backs", "Bashar al-Assad", "asserted")}, ()),
    ("backs.verb", """
        Belarus    NNP nsubj 2 GPE:Belarus
        has/have   VBZ aux   2
        backed/back VBN ROOT 2
        Moscow     NNP poss  5 GPE:Russia
        's         POS case  3
        war        NN  dobj  2
        .          .   punct 2
     """, {("Belarus", "backs", "Russia", "asserted")}, ()),
]

NEGATIVE += [
    # an inquiry is no undertaking of its owner
    ("backs.verb", """
        Canada     NNP nsubj 1 GPE:Canada
        backed/back VBD ROOT 1
        the        DT  det   5
        UN         NNP poss  5 ORG:United_Nations
        's         POS case  3
        investigation NN dobj 1
        .          .   punct 1
     """, ()),
]

# Round five: denials in a claim's content clause, a claim "that" the parser reads as a content clause,
# and a speaker saying it has no tie (denies.insist).
POSITIVE += [
    ("denies.clause", """
        Ankara     NNP nsubj 3 GPE:Turkey
        has/have   VBZ aux   3
        long       RB  advmod 3
        rejected/reject VBN ROOT 3
        suggestions/suggestion NNS dobj 3
        that       IN  mark  7
        it         PRP nsubj 7
        controls/control VBZ acl 4
        HTS        NNP dobj  7 ORG:Hayat_Tahrir_al-Sham
        .          .   punct 3
     """, {("Turkey", "denies", "Hayat Tahrir al-Sham", "asserted")}, ((6, 7, "Turkey"),)),
    ("denies.clause", """
        Kyiv       NNP nsubj 1 GPE:Ukraine
        accused/accuse VBD ROOT 1
        Minsk      NNP dobj  1 GPE:Belarus
        of         IN  prep  1
        arming/arm VBG pcomp 3
        Moscow     NNP dobj  4 GPE:Russia
        ,          ,   punct 5
        a          DT  det   8
        claim      NN  appos 5
        that       IN  mark  13
        Belarus    NNP nsubj 13 GPE:Belarus
        has/have   VBZ aux   13
        always     RB  advmod 13
        rejected/reject VBN acl 8
        .          .   punct 1
     """, {("Belarus", "funds", "Russia", "alleged"), ("Belarus", "denies", "Russia", "asserted")}, ()),
    ("denies.insist", """
        Qatar      NNP nsubj 3 GPE:Qatar
        has/have   VBZ aux   3
        long       RB  advmod 3
        insisted/insist VBN ROOT 3
        that       IN  mark  6
        it         PRP nsubj 6
        takes/take VBZ ccomp 3
        no         DT  det   8
        money      NN  dobj  6
        from       IN  prep  6
        Iran       NNP pobj  9 GPE:Iran
        .          .   punct 3
     """, {("Qatar", "denies", "Iran", "asserted")}, ()),
]

NEGATIVE += [
    # saying it works with someone denies nothing
    ("denies.insist", """
        Qatar      NNP nsubj 1 GPE:Qatar
        insists/insist VBZ ROOT 1
        that       IN  mark  4
        it         PRP nsubj 4
        works/work VBZ ccomp 1
        with       IN  prep  4
        Iran       NNP pobj  5 GPE:Iran
        .          .   punct 1
     """, ()),
    # a claim's content clause naming two others is no denial of the denier's own tie
    ("denies.clause", """
        Ankara     NNP nsubj 1 GPE:Turkey
        rejected/reject VBD ROOT 1
        suggestions/suggestion NNS dobj 1
        that       IN  mark  5
        Moscow     NNP nsubj 5 GPE:Russia
        controls/control VBZ acl 2
        Damascus   NNP dobj  5 GPE:Syria
        .          .   punct 1
     """, ()),
]

# Round five: a dative the parser hangs on the theme as a modifier of its own ("shipped Russia short-range missiles").
POSITIVE += [
    ("funds.give", """
        Pyongyang  NNP nsubj 1 GPE:North_Korea
        sold/sell  VBD ROOT  1
        Moscow     NNP nmod  7 GPE:Russia
        long       JJ  amod  5
        -          HYPH punct 5
        range      NN  nmod  7
        artillery  NN  compound 7
        shells/shell NNS dobj 1
        .          .   punct 1
     """, {("North Korea", "funds", "Russia", "asserted")}, ()),
]

NEGATIVE += [
    # a name inside the theme, not at its left edge, is no recipient
    ("funds.give", """
        Iran       NNP nsubj 1 GPE:Iran
        shipped/ship VBD ROOT 1
        the        DT  det   4
        Russia     NNP nmod  4 GPE:Russia
        missiles/missile NNS dobj 1
        .          .   punct 1
     """, ()),
]

# Every hand-built table of the relation tests, run here: this file's and those of the per-class files (which hold
# only their tables and the tests of their own helpers). Cases: (rule, parse, expected[, coref]) and (rule, parse[, coref]).
TABLES = {"constructions": (POSITIVE, NEGATIVE)} | {
    m.__name__.removeprefix("tests.test_relations_"): (m.POSITIVE, m.NEGATIVE)
    for m in (
        real_news, backs_denies, roles, denials, training, support, trains_denies, funds_backs, supply, denial_shapes,
        backs_protect, backs_allies, round12, recall13, trains_denies14, recall14, r15fb, r16fb, r16td, r19cons,
        r25rules, r26rules, r26backs, r27funds, r27trains, r34, r35, r41, r42,
    )
}
ALL_POSITIVE = [
    pytest.param(rule, table, expected, coref[0] if coref else (), id=f"{name}/{_id((rule, table))}")
    for name, (positive, _) in TABLES.items()
    for rule, table, expected, *coref in positive
]
ALL_NEGATIVE = [
    pytest.param(rule, table, coref[0] if coref else (), id=f"{name}/{_id((rule, table))}")
    for name, (_, negative) in TABLES.items()
    for rule, table, *coref in negative
]


@pytest.mark.parametrize("rule, table, expected, coref", ALL_POSITIVE)
def test_relations_rule_finds_its_construction(rule, table, expected, coref):
    doc = parse(table, coref)
    assert triples(doc) == expected
    assert rule in rules_fired(doc)


@pytest.mark.parametrize("rule, table, coref", ALL_NEGATIVE)
def test_relations_rule_stays_silent_on_trap(rule, table, coref):
    doc = parse(table, coref)
    assert len(doc) > 3  # (the table parsed: an empty parse is no pass)
    assert triples(doc) == set()


def test_relations_every_rule_has_positive_and_negative_cases():
    rule_ids = {rule["id"] for rule in load_ruleset(RULES_DIR)["rules"]}
    assert rule_ids - {case.values[0] for case in ALL_POSITIVE} == set(), "rules without a positive test"
    assert rule_ids - {case.values[0] for case in ALL_NEGATIVE} == set(), "rules without a negative test"

