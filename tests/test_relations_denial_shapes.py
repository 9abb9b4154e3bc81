"""Denials in more shapes (issue 11, relation_rules.v13, round 11), on hand-built parses of invented sentences (the
parses en_core_web_sm gives them): coordinated deniers of a claim that names one of them deny their tie to each other;
a charge rejected with no content of its own takes the tie an accusation of the denier names before it ("accused X of
sheltering Y ... X rejects the charge"); a claim's content as a clause after "about" or "of" ("reports about Chinese
drones being delivered to Russia"); officials of a state named by its seat deny for it ("officials in Moscow rejected
..."); a speaker saying it has no tie a verb names ("said it was not harbouring the Taliban", "hosts no Hamas
fighters"); "hit back at" or "pushed back against" a claim; a denial noun set against what its sentence states ("despite
Tehran's denials, the Houthis have received missiles from Iran"); a party's presence, interference, contacts or dealings,
which only a verb of plain denial denies ("rejected French intervention" refuses it; a place after "in" is never the
party). POSITIVE and NEGATIVE run in tests/test_relations_constructions.py with every rule's tables; OTHER are denials
not made ("cannot deny", "did not dispute", "no one can deny", "refused to deny", "stopped short of denying"), which
are no denial and leave what they would deny its own modality, and traps whose only rows are other relations."""

from __future__ import annotations

import pytest

from tests.relations_fixture import parse, triples

# (rule that must fire, parse, expected (subject, relation, object, modality)[, coref])
POSITIVE = [
    # traps: "not only" makes no negation ("Qatar not only denied funding Hamas but also condemned the report.")
    ("denies.clause", """
        Qatar               NNP   nsubj     3 GPE:Qatar
        not                 RB    preconj   3
        only                RB    advmod    1
        denied/deny         VBD   ROOT      3
        funding/fund        VBG   xcomp     3
        Hamas               NNP   dobj      4 ORG:Hamas
        but                 CC    cc        3
        also                RB    advmod    6
        condemned/condemn   VBD   conj      3
        the                 DT    det       10
        report              NN    dobj      8
        .                   .     punct     3
     """, {('Qatar', 'denies', 'Hamas', 'asserted')}),
    # ... a denial made is one ("Syria denied the claims that it armed Hezbollah.")
    ("denies.clause", """
        Syria                 NNP   nsubj     1 GPE:Syria
        denied/deny           VBD   ROOT      1
        the                   DT    det       3
        claims/claim          NNS   dobj      1
        that                  IN    mark      6
        it                    PRP   nsubj     6
        armed/arm             VBD   acl       3
        Hezbollah             NNP   dobj      6 ORG:Hezbollah
        .                     .     punct     1
     """, {('Syria', 'denies', 'Hezbollah', 'asserted')}, ((5, 6, 'Syria'),)),
    # coordinated deniers of a claim naming one of them: each denies the other ("Sudan and Chad have both rejected
    # the accusations of Chadian involvement.")
    ("denies.object", """
        Sudan                     NNP   nsubj     5 GPE:Sudan
        and                       CC    cc        0
        Chad                      NNP   conj      0 GPE:Chad
        have                      VBP   aux       5
        both                      DT    dep       5
        rejected/reject           VBN   ROOT      5
        the                       DT    det       7
        accusations/accusation    NNS   dobj      5
        of                        IN    prep      7
        Chadian                   JJ    amod      10 NORP:Chad
        involvement               NN    pobj      8
        .                         .     punct     5
     """, {('Sudan', 'denies', 'Chad', 'asserted'), ('Chad', 'denies', 'Sudan', 'asserted')}),
    # ... a claim naming a third party: each denies that party only ("Iran and Syria denied the allegations of
    # Israeli involvement.")
    ("denies.object", """
        Iran                      NNP   nsubj     3 GPE:Iran
        and                       CC    cc        0
        Syria                     NNP   conj      0 GPE:Syria
        denied/deny               VBD   ROOT      3
        the                       DT    det       5
        allegations/allegation    NNS   dobj      3
        of                        IN    prep      5
        Israeli                   JJ    amod      8 NORP:Israel
        involvement               NN    pobj      6
        .                         .     punct     3
     """, {('Iran', 'denies', 'Israel', 'asserted'), ('Syria', 'denies', 'Israel', 'asserted')}),
    # a presence denied names the party, not the place ("Uganda denied any Rwandan presence in Congo.")
    ("denies.object.tie", """
        Uganda              NNP   nsubj     1 GPE:Uganda
        denied/deny         VBD   ROOT      1
        any                 DT    det       4
        Rwandan             JJ    amod      4 NORP:Rwanda
        presence            NN    dobj      1
        in                  IN    prep      1
        Congo               NNP   pobj      5 GPE:Democratic_Republic_of_the_Congo
        .                   .     punct     1
     """, {('Uganda', 'denies', 'Rwanda', 'asserted')}),
    # a charge rejected with no content of its own: the tie an accusation of the denier names before it, read by no
    # relation rule ("Kenyan officials accused Eritrea of harbouring al-Shabaab commanders. Eritrea rejected the
    # accusation.": the gerund tagged as a name)
    ("denies.object", """
        Kenyan                  JJ    amod      1 NORP:Kenya
        officials/official      NNS   nsubj     2
        accused/accuse          VBD   ROOT      2
        Eritrea                 NNP   dobj      2 GPE:Eritrea
        of                      IN    prep      2
        harbouring              NNP   pcomp     4
        al                      NNP   compound  9 ORG:Al-Shabab
        -                       NNP   compound  9 ORG:Al-Shabab
        Shabaab                 NNP   amod      9 ORG:Al-Shabab
        commanders/commander    NNS   dobj      5
        .                       .     punct     2
        Eritrea                 NNP   nsubj     12 GPE:Eritrea
        rejected/reject         VBD   ROOT      12
        the                     DT    det       14
        accusation              NN    dobj      12
        .                       .     punct     12
     """, {('Eritrea', 'denies', 'Al-Shabab', 'asserted')}),
    # ... the partner a working together names ("Rebels accuse Mali of colluding with Wagner to attack villages. Mali
    # denies the allegations."; the accused collusion is an alleged backing beside the denial: round 32)
    ("denies.object", """
        Rebels/rebel             NNS   nsubj     1
        accuse                   VBP   ROOT      1
        Mali                     NNP   dobj      1 GPE:Mali
        of                       IN    prep      1
        colluding/collude        VBG   pcomp     3
        with                     IN    prep      4
        Wagner                   NNP   pobj      5 ORG:Wagner_Group
        to                       TO    aux       8
        attack                   VB    advcl     4
        villages/village         NNS   dobj      8
        .                        .     punct     1
        Mali                     NNP   nsubj     12 GPE:Mali
        denies/deny              VBZ   ROOT      12
        the                      DT    det       14
        allegations/allegation   NNS   dobj      12
        .                        .     punct     12
     """, {('Mali', 'denies', 'Wagner Group', 'asserted'), ('Mali', 'backs', 'Wagner Group', 'alleged')}),
    # ... the accusation "of" on the accused noun ("Activists accuse the Bamako government of teaming up with
    # Wagner. The government rejects the claims.", both descriptions resolved to Mali)
    ("denies.object", """
        Activists/activist       NNS   nsubj     1
        accuse                   VBP   ROOT      1
        the                      DT    det       4
        Bamako                   NNP   compound  4 GPE:Mali
        government               NN    dobj      1
        of                       IN    prep      4
        teaming/team             VBG   pcomp     5
        up                       RP    prt       6
        with                     IN    prep      6
        Wagner                   NNP   pobj      8 ORG:Wagner_Group
        .                        .     punct     1
        The                      DT    det       12
        government               NN    nsubj     13
        rejects/reject           VBZ   ROOT      13
        the                      DT    det       15
        claims/claim             NNS   dobj      13
        .                        .     punct     13
     """, {('Mali', 'denies', 'Wagner Group', 'asserted')}, ((2, 5, 'Mali', 'modifier'), (11, 13, 'Mali', 'description'))),
    # a claim's content as a clause after "about": what it ties the denier to ("Beijing rejected reports about Chinese
    # drones being delivered to Russia.")
    ("denies.clause", """
        Beijing             NNP   nsubj     1 GPE:China
        rejected/reject     VBD   ROOT      1
        reports/report      NNS   dobj      1
        about               IN    prep      2
        Chinese             JJ    amod      5 NORP:China
        drones/drone        NNS   nsubjpass 7
        being/be            VBG   auxpass   7
        delivered/deliver   VBN   pcomp     3
        to                  IN    prep      7
        Russia              NNP   pobj      8 GPE:Russia
        .                   .     punct     1
     """, {('China', 'denies', 'Russia', 'asserted')}),
    # ... called false by a speaker ("Moscow said claims about Russian rifles being shipped to the Taliban were
    # baseless.")
    ("denies.judged_clause", """
        Moscow              NNP   nsubj     1 GPE:Russia
        said/say            VBD   ROOT      1
        claims/claim        NNS   nsubj     11
        about               IN    prep      2
        Russian             JJ    amod      5 NORP:Russia
        rifles/rifle        NNS   nsubjpass 7
        being/be            VBG   auxpass   7
        shipped/ship        VBN   pcomp     3
        to                  IN    prep      7
        the                 DT    det       10
        Taliban             NNP   pobj      8 ORG:Taliban
        were/be             VBD   ccomp     1
        baseless            JJ    acomp     11
        .                   .     punct     1
     """, {('Russia', 'denies', 'Taliban', 'asserted')}),
    # officials of a state named by its seat deny for it ("Officials in Moscow rejected claims that Russia arms the
    # Taliban.")
    ("denies.clause", """
        Officials/official   NNS   nsubj     3
        in                   IN    prep      0
        Moscow               NNP   pobj      1 GPE:Russia
        rejected/reject      VBD   ROOT      3
        claims/claim         NNS   dobj      3
        that                 IN    mark      7
        Russia               NNP   nsubj     7 GPE:Russia
        arms/arm             VBZ   acl       4
        the                  DT    det       9
        Taliban              NNP   dobj      7 ORG:Taliban
        .                    .     punct     3
     """, {('Russia', 'denies', 'Taliban', 'asserted')}),
    # ... a spokesman ("A spokesman in Kigali denied that Rwanda supports M23.")
    ("denies.clause", """
        A                     DT    det       1
        spokesman             NN    nsubj     4
        in                    IN    prep      1
        Kigali                NNP   pobj      2 GPE:Rwanda
        denied/deny           VBD   ROOT      4
        that                  IN    mark      7
        Rwanda                NNP   nsubj     7 GPE:Rwanda
        supports/support      VBZ   ccomp     4
        M23                   NNP   dobj      7 ORG:M23
        .                     .     punct     4
     """, {('Rwanda', 'denies', 'M23', 'asserted')}),
    # a speaker saying it has no tie a verb names ("Pakistan said it was not harbouring the Taliban.")
    ("denies.uninvolved.tie", """
        Pakistan             NNP   nsubj     1 GPE:Pakistan
        said/say             VBD   ROOT      1
        it                   PRP   nsubj     5
        was/be               VBD   aux       5
        not                  RB    neg       5
        harbouring/harbour   VBG   ccomp     1
        the                  DT    det       7
        Taliban              NNP   dobj      5 ORG:Taliban
        .                    .     punct     1
     """, {('Pakistan', 'denies', 'Taliban', 'asserted')}, ((2, 3, 'Pakistan'),)),
    # ... the negation on its object ("Qatar says it hosts no Hamas fighters.")
    ("denies.uninvolved.tie", """
        Qatar              NNP   nsubj     1 GPE:Qatar
        says/say           VBZ   ROOT      1
        it                 PRP   nsubj     3
        hosts/host         VBZ   ccomp     1
        no                 DT    det       6
        Hamas              NNP   compound  6 ORG:Hamas
        fighters/fighter   NNS   dobj      3
        .                  .     punct     1
     """, {('Qatar', 'denies', 'Hamas', 'asserted')}, ((2, 3, 'Qatar'),)),
    # dealings with a party ("Pakistan denied any contacts with the Taliban.")
    ("denies.object.tie", """
        Pakistan            NNP   nsubj     1 GPE:Pakistan
        denied/deny         VBD   ROOT      1
        any                 DT    det       3
        contacts/contact    NNS   dobj      1
        with                IN    prep      3
        the                 DT    det       6
        Taliban             NNP   pobj      4 ORG:Taliban
        .                   .     punct     1
     """, {('Pakistan', 'denies', 'Taliban', 'asserted')}),
    # ... one preposition down ("Iran denied the existence of any agreement with the Taliban.")
    ("denies.object.tie", """
        Iran                  NNP   nsubj     1 GPE:Iran
        denied/deny           VBD   ROOT      1
        the                   DT    det       3
        existence             NN    dobj      1
        of                    IN    prep      3
        any                   DT    det       6
        agreement             NN    pobj      4
        with                  IN    prep      6
        the                   DT    det       9
        Taliban               NNP   pobj      7 ORG:Taliban
        .                     .     punct     1
     """, {('Iran', 'denies', 'Taliban', 'asserted')}),
    # a verb of answering back at a claim ("Moscow hit back at claims that it arms the Taliban.")
    ("denies.clause.particle", """
        Moscow            NNP   nsubj     1 GPE:Russia
        hit               VBD   ROOT      1
        back              RB    advmod    1
        at                IN    prep      1
        claims/claim      NNS   pobj      3
        that              IN    mark      7
        it                PRP   nsubj     7
        arms/arm          VBZ   acl       4
        the               DT    det       9
        Taliban           NNP   dobj      7 ORG:Taliban
        .                 .     punct     1
     """, {('Russia', 'denies', 'Taliban', 'asserted')}, ((6, 7, 'Russia'),)),
    # a denial set against what the sentence states: the statement stands beside it ("Despite Tehran's denials, the
    # Houthis have received missiles from Iran.")
    ("denies.noun", """
        Despite            IN    prep      8
        Tehran             NNP   poss      3 GPE:Iran
        's                 POS   case      1
        denials/denial     NNS   pobj      0
        ,                  ,     punct     8
        the                DT    det       6
        Houthis            NNP   nsubj     8 ORG:Houthis
        have               VBP   aux       8
        received/receive   VBN   ROOT      8
        missiles/missile   NNS   dobj      8
        from               IN    prep      8
        Iran               NNP   pobj      10 GPE:Iran
        .                  .     punct     8
     """, {('Iran', 'denies', 'Houthis', 'asserted'), ('Iran', 'funds', 'Houthis', 'asserted')}),
    # ... "notwithstanding" read as the noun's head ("Iran's denials notwithstanding, the Houthis receive missiles from
    # Iran.")
    ("denies.noun", """
        Iran              NNP   poss      2 GPE:Iran
        's                POS   case      0
        denials/denial    NNS   nsubj     3
        notwithstanding   RB    advmod    7
        ,                 ,     punct     7
        the               DT    det       6
        Houthis           NNP   nsubj     7 ORG:Houthis
        receive           VBP   ROOT      7
        missiles/missile  NNS   dobj      7
        from              IN    prep      7
        Iran              NNP   pobj      9 GPE:Iran
        .                 .     punct     7
     """, {('Iran', 'denies', 'Houthis', 'asserted'), ('Iran', 'funds', 'Houthis', 'asserted')}),
]

# (rule that must stay silent, parse[, coref]): no row at all
NEGATIVE = [
    # traps: a presence of one's own in a place ("Rwanda denied any presence in Congo.")
    ("denies.object.tie", """
        Rwanda              NNP   nsubj     1 GPE:Rwanda
        denied/deny         VBD   ROOT      1
        any                 DT    det       3
        presence            NN    dobj      1
        in                  IN    prep      1
        Congo               NNP   pobj      4 GPE:Democratic_Republic_of_the_Congo
        .                   .     punct     1
     """),
    # traps: a charge of no tie ("Israel accused Hamas of hiding weapons in Gaza. Hamas rejected the charge.")
    ("denies.object", """
        Israel            NNP   nsubj     1 GPE:Israel
        accused/accuse    VBD   ROOT      1
        Hamas             NNP   dobj      1 ORG:Hamas
        of                IN    prep      1
        hiding/hide       VBG   pcomp     3
        weapons/weapon    NNS   dobj      4
        in                IN    prep      4
        Gaza              NNP   pobj      6 GPE:Gaza_Strip
        .                 .     punct     1
        Hamas             NNP   nsubj     10 ORG:Hamas
        rejected/reject   VBD   ROOT      10
        the               DT    det       12
        charge            NN    dobj      10
        .                 .     punct     10
     """),
    # ... an accusation of someone else ("Kenya accused Somalia of housing al-Shabaab fighters. Eritrea rejected the
    # accusation."; "housing", not "sheltering": since relation_rules.v13 sheltering an actor backs it)
    ("denies.object", """
        Kenya                   NNP   nsubj     1 GPE:Kenya
        accused/accuse          VBD   ROOT      1
        Somalia                 NNP   dobj      1 GPE:Somalia
        of                      IN    prep      1
        housing/house           VBG   pcomp     3
        al                      NNP   compound  8 ORG:Al-Shabab
        -                       NNP   amod      8 ORG:Al-Shabab
        Shabaab                 JJ    amod      8 ORG:Al-Shabab
        fighters/fighter        NNS   dobj      4
        .                       .     punct     1
        Eritrea                 NNP   nsubj     11 GPE:Eritrea
        rejected/reject         VBD   ROOT      11
        the                     DT    det       13
        accusation              NN    dobj      11
        .                       .     punct     11
     """),
    # ... trap: a claim not naming the speaker ("Tehran said claims about Russian rifles being shipped to the Taliban
    # were baseless.")
    ("denies.judged_clause", """
        Tehran              NNP   nsubj     1 GPE:Iran
        said/say            VBD   ROOT      1
        claims/claim        NNS   nsubj     11
        about               IN    prep      2
        Russian             JJ    amod      5 NORP:Russia
        rifles/rifle        NNS   nsubjpass 7
        being/be            VBG   auxpass   7
        shipped/ship        VBN   pcomp     3
        to                  IN    prep      7
        the                 DT    det       10
        Taliban             NNP   pobj      8 ORG:Taliban
        were/be             VBD   ccomp     1
        baseless            JJ    acomp     11
        .                   .     punct     1
     """),
    # trap: said of another ("Iran said Syria does not host the PKK."; not "shelter": that backs, negated)
    ("denies.uninvolved.tie", """
        Iran              NNP   nsubj     1 GPE:Iran
        said/say          VBD   ROOT      1
        Syria             NNP   nsubj     5 GPE:Syria
        does/do           VBZ   aux       5
        not               RB    neg       5
        host              VB    ccomp     1
        the               DT    det       7
        PKK               NNP   dobj      5 ORG:PKK
        .                 .     punct     1
     """),
    # trap: not negated ("Qatar says it hosts Hamas leaders.")
    ("denies.uninvolved.tie", """
        Qatar            NNP   nsubj     1 GPE:Qatar
        says/say         VBZ   ROOT      1
        it               PRP   nsubj     3
        hosts/host       VBZ   ccomp     1
        Hamas            NNP   compound  5 ORG:Hamas
        leaders/leader   NNS   dobj      3
        .                .     punct     1
     """, ((2, 3, 'Qatar'),)),
    # trap: an intention, no denial of a tie ("Turkey said it would not cooperate with the PKK.")
    ("denies.uninvolved.tie", """
        Turkey                NNP   nsubj     1 GPE:Turkey
        said/say              VBD   ROOT      1
        it                    PRP   nsubj     5
        would                 MD    aux       5
        not                   RB    neg       5
        cooperate             VB    ccomp     1
        with                  IN    prep      5
        the                   DT    det       8
        PKK                   NNP   pobj      6 ORG:PKK
        .                     .     punct     1
     """, ((2, 3, 'Turkey'),)),
    # trap: what exists in a place ("Iran denied the existence of secret prisons in Syria.")
    ("denies.object.tie", """
        Iran                  NNP   nsubj     1 GPE:Iran
        denied/deny           VBD   ROOT      1
        the                   DT    det       3
        existence             NN    dobj      1
        of                    IN    prep      3
        secret                JJ    amod      6
        prisons/prison        NNS   pobj      4
        in                    IN    prep      6
        Syria                 NNP   pobj      7 GPE:Syria
        .                     .     punct     1
     """),
    # trap: pushing back troops ("Ukraine pushed back the Russian troops near Kharkiv.")
    ("denies.clause.particle", """
        Ukraine           NNP   nsubj     1 GPE:Ukraine
        pushed/push       VBD   ROOT      1
        back              RB    advmod    1
        the               DT    det       5
        Russian           JJ    amod      5 NORP:Russia
        troops/troop      NNS   dobj      1
        near              IN    prep      1
        Kharkiv           NNP   pobj      6 GPE:Ukraine
        .                 .     punct     1
     """),
    # trap: a refusal, not a denial ("Mali rejected French intervention in the north.")
    ("denies.object.tie", """
        Mali                        NNP   nsubj     1 GPE:Mali
        rejected/reject             VBD   ROOT      1
        French                      JJ    amod      3 NORP:France
        intervention                NN    dobj      1
        in                          IN    prep      3
        the                         DT    det       6
        north                       NN    pobj      4
        .                           .     punct     1
     """),
    # trap: rejecting an agreement refuses it ("Hamas rejected the ceasefire agreement with Israel.")
    ("denies.object", """
        Hamas                 NNP   nsubj     1 ORG:Hamas
        rejected/reject       VBD   ROOT      1
        the                   DT    det       4
        ceasefire             NN    compound  4
        agreement             NN    dobj      1
        with                  IN    prep      4
        Israel                NNP   pobj      5 GPE:Israel
        .                     .     punct     1
     """),
    # trap: a sentence stating no tie of the denier ("Despite Iran's denials, Israel struck targets in Syria.")
    ("denies.noun", """
        Despite           IN    prep      6
        Iran              NNP   poss      3 GPE:Iran
        's                POS   case      1
        denials/denial    NNS   pobj      0
        ,                 ,     punct     6
        Israel            NNP   nsubj     6 GPE:Israel
        struck/strike     VBD   ROOT      6
        targets/target    NNS   dobj      6
        in                IN    prep      6
        Syria             NNP   pobj      8 GPE:Syria
        .                 .     punct     6
     """),
]

# (parse, expected[, coref]): the rows of other relations
OTHER = [
    # a denial negated by its own "not": what it names stands ("Turkey cannot deny its role in arming Hamas.")
    ("""
        Turkey          NNP   nsubj     3 GPE:Turkey
        can             MD    aux       3
        not             RB    neg       3
        deny            VB    ROOT      3
        its             PRP$  poss      5
        role            NN    dobj      3
        in              IN    prep      5
        arming/arm      VBG   pcomp     6
        Hamas           NNP   dobj      7 ORG:Hamas
        .               .     punct     3
     """, {('Turkey', 'funds', 'Hamas', 'asserted')}, ((4, 5, 'Turkey'),)),
    # a refusal to deny: the report stays a report ("Moscow refused to deny the report that it supplies the Taliban
    # with rifles.")
    ("""
        Moscow            NNP   nsubj     1 GPE:Russia
        refused/refuse    VBD   ROOT      1
        to                TO    aux       3
        deny              VB    xcomp     1
        the               DT    det       5
        report            NN    dobj      3
        that              IN    mark      8
        it                PRP   nsubj     8
        supplies/supply   VBZ   acl       5
        the               DT    det       10
        Taliban           NNP   dobj      8 ORG:Taliban
        with              IN    prep      8
        rifles/rifle      NNS   pobj      11
        .                 .     punct     1
     """, {('Russia', 'funds', 'Taliban', 'alleged')}, ((7, 8, 'Russia'),)),
    # stopping short of a denial ("Egypt stopped short of denying that it sent drones to Haftar.")
    ("""
        Egypt           NNP   nsubj     1 GPE:Egypt
        stopped/stop    VBD   ROOT      1
        short           RB    advmod    1
        of              IN    prep      1
        denying/deny    VBG   pcomp     3
        that            IN    mark      7
        it              PRP   nsubj     7
        sent/send       VBD   ccomp     4
        drones/drone    NNS   dobj      7
        to              IN    dative    7
        Haftar          NNP   pobj      9 PERSON:Khalifa_Haftar
        .               .     punct     1
     """, {('Egypt', 'funds', 'Khalifa Haftar', 'asserted')}, ((6, 7, 'Egypt'),)),
    # a subject that says no one denies ("Nobody can deny Iran's support for the Houthis.")
    ("""
        Nobody            NN    nsubj     2
        can               MD    aux       2
        deny              VB    ROOT      2
        Iran              NNP   poss      5 GPE:Iran
        's                POS   case      3
        support           NN    dobj      2
        for               IN    prep      5
        the               DT    det       8
        Houthis           NNP   pobj      6 ORG:Houthis
        .                 .     punct     2
     """, {('Iran', 'backs', 'Houthis', 'asserted')}),
    # "never" ("Belarus has never disputed reports that it supplies Russia with shells.")
    ("""
        Belarus            NNP   nsubj     3 GPE:Belarus
        has/have           VBZ   aux       3
        never              RB    neg       3
        disputed/dispute   VBN   ROOT      3
        reports/report     NNS   dobj      3
        that               IN    mark      7
        it                 PRP   nsubj     7
        supplies/supply    VBZ   acl       4
        Russia             NNP   dobj      7 GPE:Russia
        with               IN    prep      7
        shells/shell       NNS   pobj      9
        .                  .     punct     3
     """, {('Belarus', 'funds', 'Russia', 'alleged')}, ((6, 7, 'Belarus'),)),
    # a claim's content clause without "that", under a denial not made, is still a claim ("The senator did not
    # dispute allegations his campaign was designed to help Trump.", the clause read as the noun's modifier)
    ("""
        The                      DT    det       1
        senator                  NN    nsubj     4 PERSON:Jane_Roe
        did/do                   VBD   aux       4
        not                      RB    neg       4
        dispute                  VB    ROOT      4
        allegations/allegation   NNS   dobj      4
        his                      PRP$  poss      7
        campaign                 NN    nsubjpass 9
        was/be                   VBD   auxpass   9
        designed/design          VBN   acl       5
        to                       TO    aux       11
        help                     VB    xcomp     9
        Trump                    NNP   dobj      11 PERSON:Donald_Trump
        .                        .     punct     4
     """, {('Jane Roe', 'backs', 'Donald Trump', 'alleged')}, ((6, 7, 'Jane Roe'),)),
    # ... a refusal to fund is still negated ("Germany refused to fund the militia Hamas.")
    ("""
        Germany          NNP   nsubj     1 GPE:Germany
        refused/refuse   VBD   ROOT      1
        to               TO    aux       3
        fund             VB    xcomp     1
        the              DT    det       6
        militia          NN    compound  6
        Hamas            NNP   dobj      3 ORG:Hamas
        .                .     punct     1
     """, {('Germany', 'funds', 'Hamas', 'negated')}),
    # ... trap: fighters in a place speak for no state ("Fighters in Syria denied that Iran funds Hezbollah.": no
    # denial of Syria's; and since round 15 a tie someone else denies is no row at all, not a negated one)
    ("""
        Fighters/fighter     NNS   nsubj     3
        in                   IN    prep      0
        Syria                NNP   pobj      1 GPE:Syria
        denied/deny          VBD   ROOT      3
        that                 IN    mark      6
        Iran                 NNP   nsubj     6 GPE:Iran
        funds/fund           VBZ   ccomp     3
        Hezbollah            NNP   dobj      6 ORG:Hezbollah
        .                    .     punct     3
     """, set()),
]


@pytest.mark.parametrize("case", OTHER)
def test_relations_denial_shapes_other_rows(case):
    table, expected, *coref = case
    assert triples(parse(table, coref[0] if coref else ())) == expected
