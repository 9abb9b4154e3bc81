"""Round 14 (relation_rules.v16): guards against wrong rows on news nobody fitted (r14prec).

An object pronoun never stands for the subject of its own clause, nor for a name coordinated with that subject
(binding); a word of an actor's name cues nothing ("the Rapid Support Forces"); a participle in a "with" phrase
after a noun has its own subject; "pro-" covers the whole name it opens and "from" a state says where fighters come
from; one list is never both sides of a cue; evidence is no speaker ("evidence suggests ...": the reporter above it
is the source, the hedge stays). Hand-built parses of invented
sentences as en_core_web_sm parses them, each with a trap and the positive case the guard must not block: the exact
rows are asserted."""

from __future__ import annotations

import pytest

from tests.relations_fixture import extractor, parse, triples

# "Ankara cut ties with Cairo, accusing it of arming Hamas." (the coreference resolves "it" to ``actor``)
ACCUSING_IT = """
    Ankara         NNP   nsubj     1 GPE:Turkey
    cut/cut        VBD   ROOT      1
    ties/tie       NNS   dobj      1
    with           IN    prep      2
    Cairo          NNP   pobj      3 GPE:Egypt
    ,              ,     punct     1
    accusing/accuse VBG  advcl     1
    it             PRP   dobj      6
    of             IN    prep      6
    arming/arm     VBG   pcomp     8
    Hamas          NNP   dobj      9 ORG:Hamas
    .              .     punct     1
"""
# "Cairo and Riyadh prop it up." (the coreference resolves "it" to ``actor``)
PROP_IT_UP = """
    Cairo          NNP   nsubj     3 GPE:Egypt
    and            CC    cc        0
    Riyadh         NNP   conj      0 GPE:Saudi_Arabia
    prop/prop      VBP   ROOT      3
    it             PRP   dobj      3
    up             RP    prt       3
    .              .     punct     3
"""
# "After Hamas fighters were expelled to Lebanon, Iran and Hezbollah trained them." (Iran read as a conjunct of
# Lebanon, "trained" coordinated with "expelled")
TRAINED_THEM_LATE_CONJUNCT = """
    After          IN    mark      4
    Hamas          NNP   compound  2 ORG:Hamas
    fighters/fighter NNS nsubjpass 4
    were/be        VBD   auxpass   4
    expelled/expel VBN   ROOT      4
    to             IN    prep      4
    Lebanon        NNP   pobj      5 GPE:Lebanon
    ,              ,     punct     6
    Iran           NNP   conj      6 GPE:Iran
    and            CC    cc        4
    Hezbollah      NNP   nsubj     11 ORG:Hezbollah
    trained/train  VBD   conj      4
    them/they      PRP   dobj      11
    .              .     punct     4
"""
# "Egypt hosted Hamas and Iran armed them." (another clause's object is no partner of the subject)
HOSTED_AND_ARMED_THEM = """
    Egypt          NNP   nsubj     1 GPE:Egypt
    hosted/host    VBD   ROOT      1
    Hamas          NNP   dobj      1 ORG:Hamas
    and            CC    cc        1
    Iran           NNP   nsubj     5 GPE:Iran
    armed/arm      VBD   conj      1
    them/they      PRP   dobj      5
    .              .     punct     1
"""


@pytest.mark.parametrize(
    ("table", "coref", "expected"),
    [
        # trap: "it" is not the accuser
        (ACCUSING_IT, ((7, 8, "Turkey"),), set()),
        (ACCUSING_IT, ((7, 8, "Egypt"),), {("Egypt", "funds", "Hamas", "alleged")}),
        # trap: "it" is neither of the two subjects
        (PROP_IT_UP, ((4, 5, "Saudi Arabia"),), set()),
        (PROP_IT_UP, ((4, 5, "Sudan"),), {("Egypt", "backs", "Sudan", "asserted"), ("Saudi Arabia", "backs", "Sudan", "asserted")}),
        # trap: "them" is not Iran (the subject's partner), nor Lebanon (a lone state is "it")
        (TRAINED_THEM_LATE_CONJUNCT, (), {("Hezbollah", "trains", "Hamas", "asserted")}),
        (HOSTED_AND_ARMED_THEM, (), {("Iran", "funds", "Hamas", "asserted")}),
    ],
)
def test_relations_guards14_object_pronoun_not_bound_by_its_subject(table, coref, expected):
    assert triples(parse(table, coref=coref)) == expected


# "Cairo condemned the army, which is at war with the Rapid Support Forces." ("Support" is a word of a name)
AT_WAR_WITH_NAMED_FORCES = """
    Cairo          NNP   nsubj     1 GPE:Egypt
    condemned/condemn VBD ROOT     1
    the            DT    det       3
    army           NN    dobj      1 ORG:Sudanese_Armed_Forces
    ,              ,     punct     3
    which          WDT   nsubj     6
    is/be          VBZ   relcl     3
    at             IN    prep      6
    war            NN    pobj      7
    with           IN    prep      6
    the            DT    det       13
    Rapid          NNP   compound  13 ORG:Rapid_Support_Forces
    Support        NNP   compound  13 ORG:Rapid_Support_Forces
    Forces         NNPS  pobj      9 ORG:Rapid_Support_Forces
    .              .     punct     1
"""
# "Cairo voiced support for the Rapid Support Forces." (the common noun still cues)
SUPPORT_FOR_NAMED_FORCES = """
    Cairo          NNP   nsubj     1 GPE:Egypt
    voiced/voice   VBD   ROOT      1
    support        NN    dobj      1
    for            IN    prep      2
    the            DT    det       7
    Rapid          NNP   compound  7 ORG:Rapid_Support_Forces
    Support        NNP   compound  7 ORG:Rapid_Support_Forces
    Forces         NNPS  pobj      3 ORG:Rapid_Support_Forces
    .              .     punct     1
"""


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        (AT_WAR_WITH_NAMED_FORCES, set()),  # trap: no "support" in the sentence but the name's
        (SUPPORT_FOR_NAMED_FORCES, {("Egypt", "backs", "Rapid Support Forces", "asserted")}),
    ],
)
def test_relations_guards14_word_of_a_name_cues_nothing(table, expected):
    assert triples(parse(table)) == expected


# "Ali Musa and Omar Faris are backed by outsiders, with neighbouring Chad backing Musa." (as the parser reads it:
# "neighbouring" a gerund under "with", Chad its object, "backing" its adverbial clause)
WITH_NEIGHBOURING_BACKING = """
    Ali            NNP   compound  1 PERSON:Ali_Musa
    Musa           NNP   nsubjpass 6 PERSON:Ali_Musa
    and            CC    cc        1
    Omar           NNP   compound  4 PERSON:Omar_Faris
    Faris          NNP   conj      1 PERSON:Omar_Faris
    are/be         VBP   auxpass   6
    backed/back    VBN   ROOT      6
    by             IN    agent     6
    outsiders/outsider NNS pobj    7
    ,              ,     punct     6
    with           IN    prep      6
    neighbouring/neighbour VBG pcomp 10
    Chad           NNP   dobj      11 GPE:Chad
    backing/back   VBG   advcl     11
    Musa           NNP   dobj      13 PERSON:Ali_Musa
    .              .     punct     6
"""
# "Ali Musa is backed by outsiders, with Chad backing Musa." (the participle on its own subject)
WITH_CHAD_BACKING = """
    Ali            NNP   compound  1 PERSON:Ali_Musa
    Musa           NNP   nsubjpass 3 PERSON:Ali_Musa
    is/be          VBZ   auxpass   3
    backed/back    VBN   ROOT      3
    by             IN    agent     3
    outsiders/outsider NNS pobj    4
    ,              ,     punct     3
    with           IN    prep      3
    Chad           NNP   pobj      7 GPE:Chad
    backing/back   VBG   acl       8
    Musa           NNP   dobj      9 PERSON:Ali_Musa
    .              .     punct     3
"""


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        (WITH_NEIGHBOURING_BACKING, set()),  # trap: Faris does not back Musa
        (WITH_CHAD_BACKING, {("Chad", "backs", "Ali Musa", "asserted")}),
    ],
)
def test_relations_guards14_absolute_participle_has_its_own_subject(table, expected):
    assert triples(parse(table)) == expected


# "Faris was receiving help from pro-Cairo Egyptian fighters and mercenaries from Chad." (the model tagged "Cairo
# Egyptian" as one name)
PRO_NAME_FIGHTERS = """
    Faris          NNP   nsubj     2 PERSON:Omar_Faris
    was/be         VBD   aux       2
    receiving/receive VBG ROOT     2
    help           NN    dobj      2
    from           IN    prep      2
    pro            JJ    amod      9
    -              JJ    amod      9
    Cairo          JJ    amod      9 ORG:Cairo_Egyptian
    Egyptian       JJ    amod      9 ORG:Cairo_Egyptian
    fighters/fighter NNS pobj      4
    and            CC    cc        9
    mercenaries/mercenary NNS conj 9
    from           IN    prep      9
    Chad           NNP   pobj      12 GPE:Chad
    .              .     punct     2
"""
# "Faris was receiving help from Hamas fighters and mercenaries from Chad."
NAMED_FIGHTERS = """
    Faris          NNP   nsubj     2 PERSON:Omar_Faris
    was/be         VBD   aux       2
    receiving/receive VBG ROOT     2
    help           NN    dobj      2
    from           IN    prep      2
    Hamas          NNP   compound  6 ORG:Hamas
    fighters/fighter NNS pobj      4
    and            CC    cc        6
    mercenaries/mercenary NNS conj 6
    from           IN    prep      6
    Chad           NNP   pobj      9 GPE:Chad
    .              .     punct     2
"""


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        # trap: a side taken ("pro-"), over every word of the name it opens; a state people come from ("from Chad")
        (PRO_NAME_FIGHTERS, set()),
        (NAMED_FIGHTERS, {("Hamas", "backs", "Omar Faris", "asserted")}),
    ],
)
def test_relations_guards14_allegiance_and_origin_name_no_giver(table, expected):
    assert triples(parse(table)) == expected


# "By selling tanks to Chad, Egypt and Libya are responsible." (as the parser reads it: Egypt and Libya conjuncts of
# Chad, "are" without a subject)
SELLING_TO_LIST = """
    By             IN    prep      9
    selling/sell   VBG   pcomp     0
    tanks/tank     NNS   dobj      1
    to             IN    prep      1
    Chad           NNP   pobj      3 GPE:Chad
    ,              ,     punct     4
    Egypt          NNP   conj      4 GPE:Egypt
    and            CC    cc        6
    Libya          NNP   conj      6 GPE:Libya
    are/be         VBP   ROOT      9
    responsible    JJ    acomp     9
    .              .     punct     9
"""
# "Egypt and Libya sold tanks to Chad and Sudan."
SOLD_TO_LIST = """
    Egypt          NNP   nsubj     3 GPE:Egypt
    and            CC    cc        0
    Libya          NNP   conj      0 GPE:Libya
    sold/sell      VBD   ROOT      3
    tanks/tank     NNS   dobj      3
    to             IN    prep      3
    Chad           NNP   pobj      5 GPE:Chad
    and            CC    cc        6
    Sudan          NNP   conj      6 GPE:Sudan
    .              .     punct     3
"""


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        # trap: one list on both sides gives no pair within it; the subject run stops at the object of "to"
        (SELLING_TO_LIST, {("Egypt", "funds", "Chad", "asserted"), ("Libya", "funds", "Chad", "asserted")}),
        (SOLD_TO_LIST, {(s, "funds", o, "asserted") for s in ("Egypt", "Libya") for o in ("Chad", "Sudan")}),
    ],
)
def test_relations_guards14_one_list_is_not_both_sides(table, expected):
    assert triples(parse(table)) == expected


# "The Daily Star reported that evidence from seized rifles suggests Iran armed the Houthis."
EVIDENCE_FROM_THINGS_REPORTED = """
    The            DT    det       2
    Daily          NNP   compound  2 ORG:The_Daily_Star
    Star           NNP   nsubj     3 ORG:The_Daily_Star
    reported/report VBD  ROOT      3
    that           IN    mark      9
    evidence       NN    nsubj     9
    from           IN    prep      5
    seized/seize   VBN   amod      8
    rifles/rifle   NNS   pobj      6
    suggests/suggest VBZ ccomp     3
    Iran           NNP   nsubj     11 GPE:Iran
    armed/arm      VBD   ccomp     9
    the            DT    det       13
    Houthis        NNPS  dobj      11 ORG:Houthis
    .              .     punct     3
"""
# "Officials have information that indicates Iran armed the Houthis, Ali Nour said."
INFORMATION_THAT_INDICATES = """
    Officials/official NNS nsubj   1
    have/have      VBP   ccomp     12
    information    NN    dobj      1
    that           WDT   nsubj     4
    indicates/indicate VBZ relcl   2
    Iran           NNP   nsubj     6 GPE:Iran
    armed/arm      VBD   ccomp     4
    the            DT    det       8
    Houthis        NNPS  dobj      6 ORG:Houthis
    ,              ,     punct     11
    Ali            NNP   compound  11 PERSON:Ali_Nour
    Nour           NNP   nsubj     12 PERSON:Ali_Nour
    said/say       VBD   ROOT      12
    .              .     punct     12
"""
# "The UN's evidence suggests Iran armed the Houthis." (evidence with an owner keeps its words)
OWNED_EVIDENCE = """
    The            DT    det       1
    UN             NNP   poss      3 ORG:United_Nations
    's             POS   case      1
    evidence       NN    nsubj     4
    suggests/suggest VBZ ROOT      4
    Iran           NNP   nsubj     6 GPE:Iran
    armed/arm      VBD   ccomp     4
    the            DT    det       8
    Houthis        NNPS  dobj      6 ORG:Houthis
    .              .     punct     4
"""
# "Evidence suggests Iran armed the Houthis." (no source; the hedge stays)
BARE_EVIDENCE = """
    Evidence       NN    nsubj     1
    suggests/suggest VBZ ROOT      1
    Iran           NNP   nsubj     3 GPE:Iran
    armed/arm      VBD   ccomp     1
    the            DT    det       5
    Houthis        NNPS  dobj      3 ORG:Houthis
    .              .     punct     1
"""


def rows_with_sources(doc):
    return {(r.subject, r.relation, r.object, r.modality, r.attributed_to) for r in extractor()(doc)._.relations}


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        # traps: evidence is no speaker; the reporter above it is the source
        (EVIDENCE_FROM_THINGS_REPORTED, {("Iran", "funds", "Houthis", "alleged", "Daily Star")}),
        (INFORMATION_THAT_INDICATES, {("Iran", "funds", "Houthis", "reported", "Ali Nour")}),
        (BARE_EVIDENCE, {("Iran", "funds", "Houthis", "alleged", None)}),
        (OWNED_EVIDENCE, {("Iran", "funds", "Houthis", "alleged", "The UN's evidence")}),
    ],
)
def test_relations_guards14_evidence_is_no_source(table, expected):
    assert rows_with_sources(parse(table)) == expected



# "The panel released photos and an outline of Ugandan support for M23." (a document among the things issued)
RELEASED_AN_OUTLINE = """
    The            DT    det       1
    panel          NN    nsubj     2
    released/release VBD ROOT      2
    photos/photo   NNS   dobj      2
    and            CC    cc        3
    an             DT    det       6
    outline        NN    conj      3
    of             IN    prep      6
    Ugandan        JJ    amod      9 NORP:Uganda
    support        NN    pobj      7
    for            IN    prep      9
    M23            NNP   pobj      10 ORG:M23
    .              .     punct     2
"""
# "The panel read an outline of Ugandan support for M23." (reading issues nothing: the author's own statement)
READ_AN_OUTLINE = """
    The            DT    det       1
    panel          NN    nsubj     2
    read/read      VBD   ROOT      2
    an             DT    det       4
    outline        NN    dobj      2
    of             IN    prep      4
    Ugandan        JJ    amod      7 NORP:Uganda
    support        NN    pobj      5
    for            IN    prep      7
    M23            NNP   pobj      8 ORG:M23
    .              .     punct     2
"""
# "The EU published a resolution saying that Russia arms Sudan."
RESOLUTION_STATING = """
    The            DT    det       1
    EU             NNP   nsubj     2 ORG:European_Union
    published/publish VBD ROOT     2
    a              DT    det       4
    resolution     NN    dobj      2
    saying/say     VBG   acl       4
    that           IN    mark      8
    Russia         NNP   nsubj     8 GPE:Russia
    arms/arm       VBZ   ccomp     5
    Sudan          NNP   dobj      8 GPE:Sudan
    .              .     punct     2
"""


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        (RELEASED_AN_OUTLINE, {("Uganda", "backs", "M23", "reported", "panel")}),
        (READ_AN_OUTLINE, {("Uganda", "backs", "M23", "asserted", None)}),  # trap
        (RESOLUTION_STATING, {("Russia", "funds", "Sudan", "reported", "European Union")}),
    ],
)
def test_relations_guards14_documents_state_for_their_issuer(table, expected):
    assert rows_with_sources(parse(table)) == expected


# "Bamako has denied the presence of <modifier> <noun>."
DENIED_PRESENCE = """
    Bamako         NNP   nsubj     2 GPE:Mali
    has/have       VBZ   aux       2
    denied/deny    VBN   ROOT      2
    the            DT    det       4
    presence       NN    dobj      2
    of             IN    prep      4
    {modifier}
    {noun}         NNS   pobj      5
    .              .     punct     2
"""
RUSSIAN = "Russian        JJ    amod      7 NORP:Russia"
WAGNER = "Wagner         NNP   compound  7 ORG:Wagner_Group"


@pytest.mark.parametrize(
    ("modifier", "noun", "expected"),
    [
        (RUSSIAN, "mercenaries/mercenary", set()),  # trap: a nationality on fighters names no party
        (WAGNER, "mercenaries/mercenary", {("Mali", "denies", "Wagner Group", "asserted")}),
        (RUSSIAN, "troops/troop", {("Mali", "denies", "Russia", "asserted")}),  # a state's troops are the state's
    ],
)
def test_relations_guards14_denied_nationality_is_no_party(modifier, noun, expected):
    assert triples(parse(DENIED_PRESENCE.format(modifier=modifier, noun=noun))) == expected
