"""Support in political news (relation_rules.v10): "supportive of", endorsements, a candidate's campaign standing
for the candidate, and a negation limited to a time. Hand-built parses of invented sentences, as en_core_web_sm
parses them; each construction with traps."""

from __future__ import annotations



# (rule that must fire, parse, expected (subject, relation, object, modality), coreference spans)
POSITIVE = [
    # a predicative adjective: "Qatar has been openly supportive of Hamas."
    ("backs.adjective.supportive", """
        Qatar       NNP nsubj  2 GPE:Qatar
        has/have    VBZ aux    2
        been/be     VBN ROOT   2
        openly      RB  advmod 4
        supportive  JJ  acomp  2
        of          IN  prep   4
        Hamas       NNP pobj   5 ORG:Hamas
        .           .   punct  2
     """, {("Qatar", "backs", "Hamas", "asserted")}, ()),
    # ... after the noun it describes: "The Kurdish party, long supportive of the PKK, lost seats."
    ("backs.adjective.supportive", """
        The         DT  det    2
        Kurdish     JJ  amod   2
        party       NN  nsubj  10 ORG:Peoples'_Party
        ,           ,   punct  2
        long        RB  advmod 5
        supportive  JJ  amod   2
        of          IN  prep   5
        the         DT  det    8
        PKK         NNP pobj   6 ORG:PKK
        ,           ,   punct  2
        lost/lose   VBD ROOT   10
        seats/seat  NNS dobj   10
        .           .   punct  10
     """, {("Peoples' Party", "backs", "PKK", "asserted")}, ()),
    # an endorsement: "Senator Ruth Okoro endorsed Daniel Mbeki on Monday."
    ("backs.verb", """
        Senator           NNP compound 2
        Ruth              NNP compound 2 PERSON:Ruth_Okoro
        Okoro             NNP nsubj    3 PERSON:Ruth_Okoro
        endorsed/endorse  VBD ROOT     3
        Daniel            NNP compound 5 PERSON:Daniel_Mbeki
        Mbeki             NNP dobj     3 PERSON:Daniel_Mbeki
        on                IN  prep     3
        Monday            NNP pobj     6
        .                 .   punct    3
     """, {("Ruth Okoro", "backs", "Daniel Mbeki", "asserted")}, ()),
    # a candidate's campaign stands for the candidate: "Ana Ruiz supported the campaign of Tom Evers."
    ("backs.verb", """
        Ana                  NNP compound 1 PERSON:Ana_Ruiz
        Ruiz                 NNP nsubj    2 PERSON:Ana_Ruiz
        supported/support    VBD ROOT     2
        the                  DT  det      4
        campaign             NN  dobj     2
        of                   IN  prep     4
        Tom                  NNP compound 7 PERSON:Tom_Evers
        Evers                NNP pobj     5 PERSON:Tom_Evers
        .                    .   punct    2
     """, {("Ana Ruiz", "backs", "Tom Evers", "asserted")}, ()),
    # ... and the ticket its owner heads: "The Green Party backs the Labour Party's ticket."
    ("backs.verb", """
        The          DT  det      2
        Green        NNP compound 2 ORG:Green_Party
        Party        NNP nsubj    3 ORG:Green_Party
        backs/back   VBZ ROOT     3
        the          DT  det      6
        Labour       NNP compound 6 ORG:Labour_Party
        Party        NNP poss     8 ORG:Labour_Party
        's           POS case     6
        ticket       NN  dobj     3
        .            .   punct    3
     """, {("Green Party", "backs", "Labour Party", "asserted")}, ()),
    # a plain negation still negates: "Jordan did not back the rebels of the Free Syrian Army."
    ("backs.verb", """
        Jordan      NNP nsubj 3 GPE:Jordan
        did/do      VBD aux   3
        not         RB  neg   3
        back        VB  ROOT  3
        the         DT  det   5
        Free        NNP compound 7 ORG:Free_Syrian_Army
        Syrian      NNP compound 7 ORG:Free_Syrian_Army
        Army        NNP dobj  3 ORG:Free_Syrian_Army
        .           .   punct 3
     """, {("Jordan", "backs", "Free Syrian Army", "negated")}, ()),
    # ... and "not yet" is a negation, not a time limit: "China has not yet backed Russia."
    ("backs.verb", """
        China       NNP nsubj  4 GPE:China
        has/have    VBZ aux    4
        not         RB  neg    4
        yet         RB  advmod 4
        backed/back VBN ROOT   4
        Russia      NNP dobj   4 GPE:Russia
        .           .   punct  4
     """, {("China", "backs", "Russia", "negated")}, ()),
]

NEGATIVE = [
    # support for no actor: "The Knesset was supportive of the ceasefire plan."
    ("backs.adjective.supportive", """
        The         DT  det      1
        Knesset     NNP nsubj    2 ORG:Knesset
        was/be      VBD ROOT     2
        supportive  JJ  acomp    2
        of          IN  prep     3
        the         DT  det      7
        ceasefire   NN  compound 7
        plan        NN  pobj     4
        .           .   punct    2
     """, ()),
    # an adjective misread as an apposition of the source: "..., according to Turkey, supportive of the PKK."
    ("backs.adjective.supportive", """
        YPG         NNP nsubj    1 ORG:YPG
        is/be       VBZ ROOT     1
        strong      JJ  acomp    1
        ,           ,   punct    1
        according/accord VBG prep 1
        to          IN  prep     4
        Turkey      NNP pobj     5 GPE:Turkey
        ,           ,   punct    6
        supportive  JJ  appos    6
        of          IN  prep     8
        the         DT  det      11
        PKK         NNP pobj     9 ORG:PKK
        .           .   punct    1
     """, ()),
    # "of" after an undertaking that is no candidacy names its target: "Iran backed the invasion of Iraq."
    ("backs.verb", """
        Iran        NNP nsubj 1 GPE:Iran
        backed/back VBD ROOT  1
        the         DT  det   3
        invasion    NN  dobj  1
        of          IN  prep  3
        Iraq        NNP pobj  4 GPE:Iraq
        .           .   punct 1
     """, ()),
    # a negation limited to a time: "Tom Evers did not endorse Ana Ruiz until July." (he did, in July)
    ("backs.verb", """
        Tom               NNP compound 1 PERSON:Tom_Evers
        Evers             NNP nsubj    4 PERSON:Tom_Evers
        did/do            VBD aux      4
        not               RB  neg      4
        endorse           VB  ROOT     4
        Ana               NNP compound 6 PERSON:Ana_Ruiz
        Ruiz              NNP dobj     4 PERSON:Ana_Ruiz
        until             IN  prep     4
        July              NNP pobj     7
        .                 .   punct    4
     """, ()),
    # ... "not the candidate she initially backed": "Ruiz was not the candidate Evers initially backed."
    ("backs.verb", """
        Ruiz        NNP nsubj  1 PERSON:Ana_Ruiz
        was/be      VBD ROOT   1
        not         RB  neg    1
        the         DT  det    4
        candidate   NN  attr   1
        Evers       NNP nsubj  7 PERSON:Tom_Evers
        initially   RB  advmod 7
        backed/back VBD relcl  4
        .           .   punct  1
     """, ()),
]
