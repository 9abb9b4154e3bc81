"""Backs and denies constructions of real news (issue 11, relation_rules.v7), on hand-built parses of invented
sentences: each class with positive cases and traps. Parses follow what en_core_web_sm produces for them."""

from __future__ import annotations


from tests.relations_fixture import extractor, parse

# (rule that must fire, parse, expected (subject, relation, object, modality), coreference spans)
POSITIVE = [
    # a relative pronoun through the saying verb its clause opens with
    ("backs.verb", """
        The               DT  det       2
        Haqqani           NNP compound  2  ORG:Haqqani_Network
        network           NN  nsubjpass 12 ORG:Haqqani_Network
        ,                 ,   punct     2
        which             WDT nsubj     7
        officials/official NNS nsubj    6
        said/say          VBD relcl     2
        supports/support  VBZ ccomp     6
        the               DT  det       9
        Taliban           NNP dobj      7  ORG:Taliban
        ,                 ,   punct     2
        was/be            VBD auxpass   12
        blamed/blame      VBN ROOT      12
        .                 .   punct     12
     """, {("Haqqani Network", "backs", "Taliban", "reported")}, ()),
    # a preposition repeated after "as well as"
    ("backs.receive", """
        Haftar        NNP nsubj  1  PERSON:Khalifa_Haftar
        has/have      VBZ ROOT   1
        the           DT  det    3
        backing       NN  dobj   1
        of            IN  prep   3
        Egypt         NNP pobj   4  GPE:Egypt
        ,             ,   punct  3
        as            RB  advmod 9
        well          RB  advmod 9
        as            IN  cc     3
        of            IN  prep   9
        Italy         NNP pobj   10 GPE:Italy
        and           CC  cc     11
        Turkey        NNP conj   11 GPE:Turkey
        .             .   punct  1
     """, {("Egypt", "backs", "Khalifa Haftar", "asserted"), ("Italy", "backs", "Khalifa Haftar", "asserted"),
           ("Turkey", "backs", "Khalifa Haftar", "asserted")}, ()),
    # a proxy role on a group noun: whom the phrase renames, the "of" its patron
    ("backs.title.proxy", """
        Wagner            NNP nsubj 11 ORG:Wagner_Group
        ,                 ,   punct 0
        operating/operate VBG acl   0
        as                IN  prep  2
        a                 DT  det   6
        proxy             JJ  amod  6
        force             NN  pobj  3
        of                IN  prep  6
        the               DT  det   9
        Kremlin           NNP pobj  7  ORG:Russia
        ,                 ,   punct 0
        seized/seize      VBD ROOT  11
        the               DT  det   13
        mine              NN  dobj  11
        .                 .   punct 11
     """, {("Russia", "backs", "Wagner Group", "asserted")}, ()),
    # ... also when the participle clause hangs on the main verb
    ("backs.title.proxy", """
        The               DT  det      1
        Treasury          NNP nsubj    2  ORG:Treasury
        alleges/allege    VBZ ROOT     2
        that              IN  mark     15
        Wagner            NNP nsubj    15 ORG:Wagner_Group
        ,                 ,   punct    15
        acting/act        VBG advcl    15
        as                IN  prep     6
        a                 DT  det      11
        proxy             JJ  amod     11
        armed             JJ  amod     11
        force             NN  pobj     7
        of                IN  prep     11
        the               DT  det      14
        Kremlin           NNP pobj     12 ORG:Russia
        looted/loot       VBD ccomp    2
        mines/mine        NNS dobj     15
        .                 .   punct    2
     """, {("Russia", "backs", "Wagner Group", "alleged")}, ()),
    # a gerund the parser made a noun compound on the name
    ("denies.clause", """
        Qatar       NNP nsubj    1 GPE:Qatar
        denied/deny VBD ROOT     1
        funding     NN  compound 3
        Hamas       NNP dobj     1 ORG:Hamas
        .           .   punct    1
     """, {("Qatar", "denies", "Hamas", "asserted")}, ()),
    # a gerund as the denial's object
    ("denies.clause", """
        Qatar             NNP nsubj 2 GPE:Qatar
        has/have          VBZ aux   2
        denied/deny       VBN ROOT  2
        financing/finance VBG dobj  2
        Hamas             NNP dobj  3 ORG:Hamas
        .                 .   punct 2
     """, {("Qatar", "denies", "Hamas", "asserted")}, ()),
    # a verdict between the denial and the claim: "dismissed as fabricated the reports that ..."
    ("denies.clause", """
        Uganda               NNP nsubj    1  GPE:Uganda
        dismissed/dismiss    VBD ROOT     1
        as                   IN  mark     3
        fabricated/fabricate VBN advcl    1
        the                  DT  det      5
        reports/report       NNS dobj     3
        that                 IN  mark     9
        it                   PRP nsubj    9
        had/have             VBD aux      9
        sent/send            VBN acl      5
        weapons/weapon       NNS dobj     9
        to                   IN  dative   9
        the                  DT  det      14
        M23                  NNP compound 14 ORG:M23
        rebels/rebel         NNS pobj     11
        .                    .   punct    1
     """, {("Uganda", "denies", "M23", "asserted")}, ((7, 8, "Uganda"),)),
    # the claim after "as": "rejected as baseless claims that ..."
    ("denies.clause", """
        Rwanda           NNP nsubj    1  GPE:Rwanda
        rejected/reject  VBD ROOT     1
        as               IN  prep     1
        baseless         JJ  amod     4
        claims/claim     NNS pobj     2
        that             IN  mark     7
        it               PRP nsubj    7
        supports/support VBZ acl      4
        the              DT  det      10
        M23              NNP compound 10 ORG:M23
        rebels/rebel     NNS dobj     7
        .                .   punct    1
     """, {("Rwanda", "denies", "M23", "asserted")}, ((6, 7, "Rwanda"),)),
    # a claim judged false that does not name the judge: the claim stands, negated
    ("funds.give", """
        Uganda               NNP nsubj    1  GPE:Uganda
        dismissed/dismiss    VBD ROOT     1
        as                   IN  mark     3
        fabricated/fabricate VBN advcl    1
        the                  DT  det      5
        reports/report       NNS dobj     3
        that                 IN  mark     9
        Rwanda               NNP nsubj    9  GPE:Rwanda
        had/have             VBD aux      9
        sent/send            VBN acl      5
        weapons/weapon       NNS dobj     9
        to                   IN  dative   9
        the                  DT  det      14
        M23                  NNP compound 14 ORG:M23
        rebels/rebel         NNS pobj     11
        .                    .   punct    1
     """, {("Rwanda", "funds", "M23", "negated")}, ()),
    # a singular verb whose subject the parser coordinated with the object before it
    ("backs.verb", """
        Turkey           NNP nsubj    1 GPE:Turkey
        supports/support VBZ ROOT     1
        the              DT  det      5
        Syrian           NNP compound 5 ORG:Syrian_National_Army
        National         NNP compound 5 ORG:Syrian_National_Army
        Army             NNP nsubj    8 ORG:Syrian_National_Army
        and              CC  cc       5
        Qatar            NNP conj     5 GPE:Qatar
        backs/back       VBZ ccomp    1
        Hamas            NNP dobj     8 ORG:Hamas
        .                .   punct    1
     """, {("Turkey", "backs", "Syrian National Army", "asserted"), ("Qatar", "backs", "Hamas", "asserted")}, ()),
    # an accusation whose "of" the parser hung on its agent
    ("backs.verb", """
        Rwanda             NNP nsubjpass 2  GPE:Rwanda
        is/be              VBZ auxpass   2
        accused/accuse     VBN ROOT      2
        by                 IN  agent     2
        UN                 NNP compound  5  ORG:United_Nations
        experts/expert     NNS pobj      3
        of                 IN  prep      5
        supporting/support VBG pcomp     6
        M23                NNP dobj      7  ORG:M23
        .                  .   punct     2
     """, {("Rwanda", "backs", "M23", "alleged")}, ()),
    # a counted plural reference: as many coordinated actors before it
    ("backs.verb", """
        Hamas               NNP nsubj     4  ORG:Hamas
        and                 CC  cc        0
        Hezbollah           NNP conj      0  ORG:Hezbollah
        have                VBP aux       4
        fired/fire          VBN ROOT      4
        rockets/rocket      NNS dobj      4
        at                  IN  prep      4
        Israel              NNP pobj      6  GPE:Israel
        .                   .   punct     4
        The                 DT  det       11
        two                 CD  nummod    11
        groups/group        NNS nsubjpass 13
        are/be              VBP auxpass   13
        backed/back         VBN ROOT      13
        by                  IN  agent     13
        Iran                NNP pobj      14 GPE:Iran
        .                   .   punct     13
     """, {("Iran", "backs", "Hamas", "asserted"), ("Iran", "backs", "Hezbollah", "asserted")}, ()),
    ("backs.verb", """
        Hamas               NNP nsubj     4  ORG:Hamas
        and                 CC  cc        0
        Hezbollah           NNP conj      0  ORG:Hezbollah
        have                VBP aux       4
        fired/fire          VBN ROOT      4
        rockets/rocket      NNS dobj      4
        at                  IN  prep      4
        Israel              NNP pobj      6  GPE:Israel
        .                   .   punct     4
        Both                DT  nsubjpass 11
        are/be              VBP auxpass   11
        backed/back         VBN ROOT      11
        by                  IN  agent     11
        Iran                NNP pobj      12 GPE:Iran
        .                   .   punct     11
     """, {("Iran", "backs", "Hamas", "asserted"), ("Iran", "backs", "Hezbollah", "asserted")}, ()),
    # a report conceded against is a disputed claim
    ("funds.verb", """
        Though           IN  mark     2
        officials/official NNS nsubj  2
        say              VBP advcl    9
        Qatar            NNP nsubj    4  GPE:Qatar
        funds/fund       VBZ ccomp    2
        Hamas            NNP dobj     4  ORG:Hamas
        ,                ,   punct    9
        the              DT  det      8
        emir             NN  nsubj    9
        denies/deny      VBZ ROOT     9
        it               PRP dobj     9
        .                .   punct    9
     """, {("Qatar", "funds", "Hamas", "alleged")}, ()),
    # the content of a claim noun is disputed, also when the parser reads it as a relative clause
    ("funds.verb", """
        Israel          NNP nsubj 2 GPE:Israel
        has/have        VBZ aux   2
        repeated/repeat VBN ROOT  2
        reports/report  NNS dobj  2
        that            IN  mark  6
        Qatar           NNP nsubj 6 GPE:Qatar
        funds/fund      VBZ acl   3
        Hamas           NNP dobj  6 ORG:Hamas
        .               .   punct 2
     """, {("Qatar", "funds", "Hamas", "alleged")}, ()),
    ("funds.verb", """
        Israel                 NNP nsubj 2 GPE:Israel
        has/have               VBZ aux   2
        repeated/repeat        VBN ROOT  2
        accusations/accusation NNS dobj  2
        that                   IN  mark  6
        Qatar                  NNP nsubj 6 GPE:Qatar
        funds/fund             VBZ relcl 3
        Hamas                  NNP dobj  6 ORG:Hamas
        .                      .   punct 2
     """, {("Qatar", "funds", "Hamas", "alleged")}, ()),
    # support relied on: its owner or source backs the one who relies on it
    ("backs.pattern.rely", """
        Hezbollah    NNP nsubj 1 ORG:Hezbollah
        relies/rely  VBZ ROOT  1
        on           IN  prep  1
        Iranian      JJ  amod  4 NORP:Iran
        support      NN  pobj  2
        .            .   punct 1
     """, {("Iran", "backs", "Hezbollah", "asserted")}, ()),
    ("backs.pattern.rely", """
        The        DT  det   1
        Polisario  NNP nsubj 2 ORG:Polisario_Front
        relies/rely VBZ ROOT 2
        on         IN  prep  2
        Algeria    NNP pobj  3 GPE:Algeria
        for        IN  prep  2
        diplomatic JJ  amod  7
        cover      NN  pobj  5
        .          .   punct 2
     """, {("Algeria", "backs", "Polisario Front", "asserted")}, ()),
    # support thrown behind someone, the "behind" on the support
    ("backs.verb.weight", """
        Moscow        NNP  nsubj 2 GPE:Russia
        has/have      VBZ  aux   2
        thrown/throw  VBN  ROOT  2
        its           PRP$ poss  4
        support       NN   dobj  2
        behind        IN   prep  4
        Haftar        NNP  pobj  5 PERSON:Khalifa_Haftar
        .             .    punct 2
     """, {("Russia", "backs", "Khalifa Haftar", "asserted")}, ()),
    # an article the parser hangs on a name from the noun before it is no idea of a place
    ("denies.clause", """
        Ukraine             NNP nsubj    3  GPE:Ukraine
        has/have            VBZ aux      3
        also                RB  advmod   3
        accused/accuse      VBN ccomp    21
        North               NNP compound 5  GPE:North_Korea
        Korea               NNP dobj     3  GPE:North_Korea
        of                  IN  prep     3
        sending/send        VBG pcomp    6
        millions/million    NNS dobj     7
        of                  IN  prep     8
        artillery           NN  compound 11
        shells/shell        NNS pobj     9
        to                  IN  prep     7
        Russia              NNP pobj     12 GPE:Russia
        ,                   ,   punct    13
        an                  DT  det      17
        allegation          NN  compound 17
        Pyongyang           NNP nsubj    21 GPE:North_Korea
        and                 CC  cc       17
        Moscow              NNP conj     17 GPE:Russia
        both                DT  conj     17
        reject              VBP ROOT     21
        .                   .   punct    21
     """, {("North Korea", "funds", "Russia", "alleged"), ("North Korea", "denies", "Russia", "asserted"),
           ("Russia", "denies", "North Korea", "asserted")}, ()),
    # an actor's own word set against the main clause is no disputed report: the denial stands
    ("denies.no_role", """
        Turkey              NNP compound 1  GPE:Turkey
        hosts/host          NNS compound 3
        Hamas               NNP compound 3  ORG:Hamas
        figures/figure      NNS ROOT     3
        ,                   ,   punct    3
        though              IN  mark     7
        Ankara              NNP nsubj    7  GPE:Turkey
        insists/insist      VBZ advcl    3
        it                  PRP nsubj    9
        has/have            VBZ ccomp    7
        no                  DT  det      11
        part                NN  dobj     9
        in                  IN  prep     11
        the                 DT  det      14
        group               NN  poss     17
        's                  POS case     14
        military            JJ  amod     17
        activities/activity NNS pobj     12
        .                   .   punct    3
     """, {("Turkey", "denies", "Hamas", "asserted")}, ((8, 9, "Turkey"), (13, 15, "Hamas"))),
    # a contrasted conjunct is no object of the support, it is denied (denies.contrast, round 10): "supports Syria but
    # not the Houthis"
    ("backs.verb", """
        Iran             NNP nsubj 1 GPE:Iran
        supports/support VBZ ROOT  1
        Syria            NNP dobj  1 GPE:Syria
        but              CC  cc    2
        not              RB  neg   6
        the              DT  det   6
        Houthis          NNP conj  2 ORG:Houthis
        .                .   punct 1
     """, {("Iran", "backs", "Syria", "asserted"), ("Iran", "denies", "Houthis", "asserted")}, ()),
    # a name given to a collective through its members: "a coalition of militias known as the LNA"
    ("backs.role_noun.patron", """
        Egypt             NNP nsubj    17 GPE:Egypt
        ,                 ,   punct    0
        the               DT  det      4
        main              JJ  amod     4
        backer            NN  appos    0
        of                IN  prep     4
        a                 DT  det      7
        coalition         NN  pobj     5
        of                IN  prep     7
        militias/militia  NNS pobj     8
        known/know        VBN acl      9
        as                IN  prep     10
        the               DT  det      15
        Libyan            JJ  amod     15 ORG:Libyan_National_Army
        National          NNP compound 15 ORG:Libyan_National_Army
        Army              NNP pobj     11 ORG:Libyan_National_Army
        ,                 ,   punct    0
        sent/send         VBD ROOT     17
        envoys/envoy      NNS dobj     17
        .                 .   punct    17
     """, {("Egypt", "backs", "Libyan National Army", "asserted")}, ()),
    # support given to what a passive participle is said of
    ("backs.nominal", """
        The               DT  det   1
        SDF               NNP nsubj 9  ORG:Syrian_Democratic_Forces
        ,                 ,   punct 1
        partnered/partner VBN acl   1
        with              IN  prep  3
        support           NN  pobj  4
        from              IN  prep  5
        Turkey            NNP pobj  6  GPE:Turkey
        ,                 ,   punct 1
        took/take         VBD ROOT  9
        the               DT  det   11
        town              NN  dobj  9
        .                 .   punct 9
     """, {("Turkey", "backs", "Syrian Democratic Forces", "asserted")}, ()),
    # a speaker calling a claim false: the relation the claim states is denied, not asserted
    ("denies.judged_clause", """
        The             DT  det   1
        Kremlin         NNP nsubj 2  ORG:Russia
        said/say        VBD ROOT  2
        the             DT  det   4
        claims/claim    NNS nsubj 10
        that            IN  mark  7
        it              PRP nsubj 7
        armed/arm       VBD acl   4
        the             DT  det   9
        Taliban         NNP dobj  7  ORG:Taliban
        were/be         VBD ccomp 2
        absurd          JJ  acomp 10
        .               .   punct 2
     """, {("Russia", "denies", "Taliban", "asserted")}, ((6, 7, "Russia"),)),
    # a claim called true is no denial: its content stands, as a claim
    ("funds.verb", """
        Qatar          NNP nsubj 1 GPE:Qatar
        said/say       VBD ROOT  1
        the            DT  det   3
        claims/claim   NNS nsubj 8
        that           IN  mark  6
        it             PRP nsubj 6
        armed/arm      VBD acl   3
        Hamas          NNP dobj  6 ORG:Hamas
        were/be        VBD ccomp 1
        true           JJ  acomp 8
        .              .   punct 1
     """, {("Qatar", "funds", "Hamas", "alleged")}, ((5, 6, "Qatar"),)),
    # a pronoun for the claim the sentence before makes
    ("denies.object", """
        The             DT  det   1
        US              NNP nsubj 2  GPE:United_States
        accused/accuse  VBD ROOT  2
        Iran            NNP dobj  2  GPE:Iran
        of              IN  prep  2
        arming/arm      VBG pcomp 4
        the             DT  det   7
        Houthis         NNP dobj  5  ORG:Houthis
        .               .   punct 2
        Iran            NNP nsubj 11 GPE:Iran
        has/have        VBZ aux   11
        denied/deny     VBN ROOT  11
        this            DT  dobj  11
        .               .   punct 11
     """, {("Iran", "funds", "Houthis", "alleged"), ("Iran", "denies", "Houthis", "asserted")}, ()),
    # an undertaking's owner does what it is to do: "a bid by Abu Dhabi to hide its backing for the RSF"
    ("backs.nominal", """
        It          PRP  nsubj    1
        was/be      VBD  ROOT     1
        a           DT   det      3
        bid         NN   attr     1
        by          IN   prep     3
        Abu         NNP  compound 6  GPE:United_Arab_Emirates
        Dhabi       NNP  pobj     4  GPE:United_Arab_Emirates
        to          TO   aux      8
        hide        VB   acl      3
        its         PRP$ poss     10
        backing     NN   dobj     8
        for         IN   prep     10
        the         DT   det      13
        RSF         NNP  pobj     11 ORG:Rapid_Support_Forces
        .           .    punct    1
     """, {("United Arab Emirates", "backs", "Rapid Support Forces", "asserted")}, ()),
    # a spokesman stands for the body naming him
    ("denies.clause", """
        A                DT  det      2
        Hamas            NNP compound 2 ORG:Hamas
        spokesman        NN  nsubj    3
        denied/deny      VBD ROOT     3
        that             IN  mark     7
        the              DT  det      6
        group            NN  nsubj    7
        receives/receive VBZ ccomp    3
        money            NN  dobj     7
        from             IN  prep     7
        Iran             NNP pobj     9 GPE:Iran
        .                .   punct    3
     """, {("Hamas", "denies", "Iran", "asserted")}, ((5, 7, "Hamas"),)),
    # a clause set against the denial does not hedge it
    ("denies.object", """
        Russia           NNP nsubj  2  GPE:Russia
        has/have         VBZ aux    2
        denied/deny      VBN ROOT   2
        any              DT  det    4
        links/link       NNS dobj   2
        with             IN  prep   4
        Wagner           NNP pobj   5  ORG:Wagner_Group
        ,                ,   punct  2
        though           IN  mark   10
        evidence         NN  nsubj  10
        suggests/suggest VBZ advcl  2
        otherwise        RB  advmod 10
        .                .   punct  2
     """, {("Russia", "denies", "Wagner Group", "asserted")}, ()),
    # "..., which X denies": the relative pronoun stands for the statement before it
    ("denies.clause", """
        Israel         NNP nsubj 1 GPE:Israel
        accuses/accuse VBZ ROOT  1
        Qatar          NNP dobj  1 GPE:Qatar
        of             IN  prep  1
        funding/fund   VBG pcomp 3
        Hamas          NNP dobj  4 ORG:Hamas
        ,              ,   punct 5
        which          WDT dobj  9
        Qatar          NNP nsubj 9 GPE:Qatar
        denies/deny    VBZ relcl 5
        .              .   punct 1
     """, {("Qatar", "funds", "Hamas", "alleged"), ("Qatar", "denies", "Hamas", "asserted")}, ()),
    # an unresolved "it" in the claim a denial rejects is the denier
    ("denies.clause", """
        Hamas           NNP nsubj 1 ORG:Hamas
        rejected/reject VBD ROOT  1
        the             DT  det   3
        notion          NN  dobj  1
        that            IN  mark  6
        it              PRP nsubj 6
        takes/take      VBZ acl   3
        orders/order    NNS dobj  6
        from            IN  prep  6
        Iran            NNP pobj  8 GPE:Iran
        .               .   punct 1
     """, {("Hamas", "denies", "Iran", "asserted")}, ()),
]

NEGATIVE = [
    # a description holding a name that is no actor is not the actor the coreference resolved it to
    ("backs.nominal", """
        Johnson       NNP  nsubj    1 PERSON:Boris_Johnson
        stressed/stress VBD ROOT    1
        his           PRP$ poss     3
        support       NN   dobj     1
        for           IN   prep     3
        the           DT   det      7
        Brexit        NNP  compound 7
        movement      NN   pobj     4
        .             .    punct    1
     """, ((5, 8, "Conservative Party"),)),
    # moving away from a support states none
    ("backs.nominal", """
        Egypt       NNP  nsubj    1 GPE:Egypt
        backed/back VBD  ROOT     1
        away        RB   advmod   1
        from        IN   prep     2
        its         PRP$ poss     6
        previous    JJ   amod     6
        support     NN   pobj     3
        for         IN   prep     6
        Haftar      NNP  pobj     7 PERSON:Khalifa_Haftar
        .           .    punct    1
     """, ()),
    # whom a report is denied to is not tied to the denier
    ("denies.object", """
        A                   DT  det      2
        Hamas               NNP compound 2 ORG:Hamas
        spokesman           NN  nsubj    3
        denied/deny         VBD ROOT     3
        the                 DT  det      5
        report              NN  dobj     3
        to                  IN  prep     3
        the                 DT  det      8
        Telegraph           NNP pobj     6 ORG:The_Daily_Telegraph
        .                   .   punct    3
     """, ()),
    # ... but an attempt states nothing done
    ("funds.verb", """
        It              PRP nsubj 1
        was/be          VBD ROOT  1
        an              DT  det   3
        attempt         NN  attr  1
        by              IN  prep  3
        Iran            NNP pobj  4 GPE:Iran
        to              TO  aux   7
        arm/arm         VB  acl   3
        the             DT  det   9
        Houthis         NNP dobj  7 ORG:Houthis
        .               .   punct 1
     """, ()),
    # a clause called false whose subject is no claim
    ("denies.judged_clause", """
        Qatar          NNP nsubj 1 GPE:Qatar
        said/say       VBD ROOT  1
        the            DT  det   3
        photos/photo   NNS nsubj 6
        of             IN  prep  3
        Hamas          NNP pobj  4 ORG:Hamas
        were/be        VBD ccomp 1
        fake           JJ  acomp 6
        .              .   punct 1
     """, ()),
    # a pronoun for something the sentence before says without the denier: nothing to deny
    ("denies.object", """
        The             DT  det   1
        Houthis         NNP nsubj 2 ORG:Houthis
        attacked/attack VBD ROOT  2
        a               DT  det   4
        ship            NN  dobj  2
        .               .   punct 2
        Iran            NNP nsubj 8 GPE:Iran
        has/have        VBZ aux   8
        denied/deny     VBN ROOT  8
        this            DT  dobj  8
        .               .   punct 8
     """, ()),
    # a thing given, named by its kind, is no recipient
    ("funds.verb", """
        The             DT  det      1
        UAE             NNP nsubj    3  GPE:United_Arab_Emirates
        has/have        VBZ aux      3
        supplied/supply VBN ROOT     3
        armed           JJ  amod     5
        UAVs/uav        NNS dobj     3  ORG:UAVs
        .               .   punct    3
     """, ()),
    # "X and other systems": X is one of them
    ("funds.give", """
        Washington      NNP nsubj    1  GPE:United_States
        gave/give       VBD ROOT     1
        $               $   quantmod 4
        2.1             CD  compound 4
        billion         CD  dobj     1
        for             IN  prep     4
        Iron            NNP compound 7  ORG:Iron_Dome
        Dome            NNP pobj     5  ORG:Iron_Dome
        and             CC  cc       7
        other           JJ  amod     12
        missile         NN  compound 11
        shield          NN  compound 12
        systems/system  NNS conj     7
        .               .   punct    1
     """, ()),
    # a word the model cut out of a title, and a description resolved to it
    ("funds.verb", """
        Iran            NNP poss     4  GPE:Iran
        's              POS case     0
        Supreme         NNP compound 3  ORG:Supreme
        Leader          NNP compound 4
        Khamenei        NNP nsubj    6  PERSON:Ali_Khamenei
        is/be           VBZ aux      6
        funding/fund    VBG ROOT     6
        the             DT  det      8
        organization    NN  dobj     6
        .               .   punct    6
     """, ((7, 9, "Supreme"),)),
    # relying on someone for something that is no support
    ("backs.pattern.rely", """
        Egypt        NNP nsubj 1 GPE:Egypt
        relies/rely  VBZ ROOT  1
        on           IN  prep  1
        Russia       NNP pobj  2 GPE:Russia
        for          IN  prep  1
        wheat        NN  pobj  4
        .            .   punct 1
     """, ()),
    # a count that does not fit the list before it
    ("backs.verb", """
        Egypt         NNP nsubj 5  GPE:Egypt
        ,             ,   punct 0
        Russia        NNP conj  0  GPE:Russia
        and           CC  cc    2
        UAE           NNP conj  2  GPE:United_Arab_Emirates
        met/meet      VBD ROOT  5
        .             .   punct 5
        The           DT  det   9
        two           CD  nummod 9
        countries/country NNS nsubj 10
        backed/back   VBD ROOT  10
        Haftar        NNP dobj  10 PERSON:Khalifa_Haftar
        .             .   punct 10
     """, ()),
    # a noun compound in "-ing" on a common noun is no gerund: "denied funding cuts to Hamas"
    ("denies.clause", """
        Qatar       NNP nsubj    1 GPE:Qatar
        denied/deny VBD ROOT     1
        funding     NN  compound 3
        cuts/cut    NNS dobj     1
        to          IN  prep     3
        Hamas       NNP pobj     4 ORG:Hamas
        .           .   punct    1
     """, ()),
    # a place with an indefinite article is an idea of it, not its state
    ("backs.nominal", """
        Saudi         NNP compound 1  GPE:Saudi_Arabia
        Arabia        NNP poss     3  GPE:Saudi_Arabia
        's            POS case     1
        support       NN  nsubj    8
        for           IN  prep     3
        a             DT  det      7
        united        JJ  amod     7
        Yemen         NNP pobj     4  GPE:Yemen
        is/be         VBZ ROOT     8
        well          RB  advmod   10
        known/know    VBN acomp    8
        .             .   punct    8
     """, ()),
    # a group noun without a proxy role: "a military force of the Kremlin" is not a backing
    ("backs.title.proxy", """
        Wagner            NNP nsubj 11 ORG:Wagner_Group
        ,                 ,   punct 11
        operating/operate VBG advcl 11
        as                IN  prep  2
        a                 DT  det   6
        military          JJ  amod  6
        force             NN  pobj  3
        of                IN  prep  6
        the               DT  det   9
        Kremlin           NNP pobj  7  ORG:Russia
        ,                 ,   punct 11
        seized/seize      VBD ROOT  11
        the               DT  det   13
        mine              NN  dobj  11
        .                 .   punct 11
     """, ()),
    # a proxy role on a group noun owned by the patron, which renames nothing: no second actor
    ("backs.title.proxy", """
        Iran      NNP poss     3 GPE:Iran
        's        POS case     0
        proxy     JJ  amod     3
        militias/militia NNS nsubj 4
        grew/grow VBD ROOT     4
        .         .   punct    4
     """, ()),
]




def test_relations_backs_denies_swallowed_source_is_the_source_not_the_subject():
    """ "According to X, Iran and Hezbollah have helped Hamas", X read as the subject: reported by X, done by the rest."""
    doc = extractor()(parse("""
        According/accord    VBG prep     15
        to                  IN  prep     0
        Hamas               NNP compound 3  ORG:Hamas
        official            NN  compound 5
        Sami                NNP compound 5  PERSON:Sami_Haddad
        Haddad              NNP nsubj    15 PERSON:Sami_Haddad
        ,                   ,   punct    5
        Iran                NNP conj     5  GPE:Iran
        and                 CC  cc       7
        Lebanon             NNP poss     13 GPE:Lebanon
        's                  POS case     9
        Hezbollah           NNP nmod     13 ORG:Hezbollah
        armed               NN  amod     13
        group               NN  conj     7
        have                VBP aux      15
        helped/help         VBN ROOT     15
        Hamas               NNP dobj     15 ORG:Hamas
        in                  IN  prep     15
        the                 DT  det      19
        past                NN  pobj     17
        .                   .   punct    15
    """))
    assert {(r.subject, r.relation, r.object, r.modality, r.attributed_to) for r in doc._.relations} == {
        ("Iran", "backs", "Hamas", "reported", "Sami Haddad"), ("Hezbollah", "backs", "Hamas", "reported", "Sami Haddad")}


def test_relations_backs_denies_participle_reporting_clause_names_its_speaker():
    """ "X struck Gaza, saying Iran supports Hamas": reported by X, the participle's subject."""
    doc = extractor()(parse("""
        Israel           NNP nsubj 1 GPE:Israel
        struck/strike    VBD ROOT  1
        Gaza             NNP dobj  1
        on               IN  prep  1
        Monday           NNP pobj  3
        ,                ,   punct 1
        saying/say       VBG advcl 1
        Iran             NNP nsubj 8 GPE:Iran
        supports/support VBZ ccomp 6
        Hamas            NNP dobj  8 ORG:Hamas
        .                .   punct 1
    """))
    assert [(r.subject, r.relation, r.object, r.modality, r.attributed_to) for r in doc._.relations] == [
        ("Iran", "backs", "Hamas", "reported", "Israel")]
