"""Who a reported or alleged relation is attributed to, and in what form (issue 11, relation_rules.v13, round 11).

The real-news gold writes a source as the article names it: a description keeps its words ("Iranian officials",
not Iran), an organisation or outlet its article form, a person the fullest name the article writes without the
titles before it, a coordination whole; a number is no source. And a source is found where the parser hides it: a
document's author through the verb that issued it, a trailing report the parser coordinated, a quotation's speaker
where the quotation closes or opens, a statement with a quotation inside it. Hand-built parses of invented sentences,
each class with a trap.
"""

from __future__ import annotations

import pytest

from tests.relations_fixture import extractor, parse


def rows(table: str) -> set[tuple[str, str, str, str, str | None]]:
    return {(r.subject, r.relation, r.object, r.modality, r.attributed_to) for r in extractor()(parse(table))._.relations}


NAMES = [
    # titles before an untagged name are no part of it
    ("""
        Deputy       NNP  compound  1
        Spokesperson NNP  compound  3
        Lena         NNP  compound  3
        Morel        NNP  nsubj     4
        said/say     VBD  ROOT      4
        Iran         NNP  nsubj     6 GPE:Iran
        arms/arm     VBZ  ccomp     4
        the          DT   det       8
        Houthis      NNPS dobj      6 ORG:Houthis
        .            .    punct     4
     """, ("Iran", "funds", "Houthis", "reported", "Lena Morel")),
    # a hyphenated given name stays whole, the titles before it go
    ("""
        Interior     NNP  compound  1
        Minister     NNP  compound  5
        Park         NNP  compound  5 PERSON:Park_Ji
        Ji           NNP  compound  5 PERSON:Park_Ji
        -            HYPH punct     5
        hoon         NN   nsubj     6
        said/say     VBD  ROOT      6
        Russia       NNP  nsubj     8 GPE:Russia
        arms/arm     VBZ  ccomp     6
        Belarus      NNP  dobj      8 GPE:Belarus
        .            .    punct     6
     """, ("Russia", "funds", "Belarus", "reported", "Park Ji-hoon")),
    # trap: a title that is the source's head stays ("the Chinese envoy")
    ("""
        The          DT   det       2
        Chinese      JJ   amod      2 NORP:China
        envoy        NN   nsubj     3
        said/say     VBD  ROOT      3
        Russia       NNP  nsubj     5 GPE:Russia
        backs/back   VBZ  ccomp     3
        Serbia       NNP  dobj      5 GPE:Serbia
        .            .    punct     3
     """, ("Russia", "backs", "Serbia", "reported", "Chinese envoy")),
    # a title keeps the body it speaks for
    ("""
        A            DT   det       1
        spokesman    NN   nsubj     4
        for          IN   prep      1
        Hamas        NNP  pobj      2 ORG:Hamas
        said/say     VBD  ROOT      4
        Iran         NNP  nsubj     6 GPE:Iran
        arms/arm     VBZ  ccomp     4
        Hamas        NNP  dobj      6 ORG:Hamas
        .            .    punct     4
     """, ("Iran", "funds", "Hamas", "reported", "spokesman for Hamas")),
    # trap: a person no actor names is named by its own mention, not by another unnamed person's longer name
    ("""
        Maria        NNP  compound  3 PERSON:
        Elena        NNP  compound  3 PERSON:
        Castillo     NNP  compound  3 PERSON:
        Ruiz         NNP  nsubj     4 PERSON:
        spoke/speak  VBD  ROOT      4
        .            .    punct     4
        Tom          NNP  compound  7 PERSON:
        Hale         NNP  nsubj     8 PERSON:
        said/say     VBD  ROOT      8
        Iran         NNP  nsubj     10 GPE:Iran
        arms/arm     VBZ  ccomp     8
        Hamas        NNP  dobj      10 ORG:Hamas
        .            .    punct     8
     """, ("Iran", "funds", "Hamas", "reported", "Tom Hale")),
    # a body's name with its "of" phrase naming what it belongs to
    ("""
        The          DT   det       2
        Joint        NNP  compound  2
        Command      NNP  nsubj     8
        of           IN   prep      2
        the          DT   det       5
        Navy         NNP  pobj      3
        of           IN   prep      5
        Chile        NNP  pobj      6 GPE:Chile
        announced/announce VBD ROOT 8
        that         IN   mark      11
        Iran         NNP  nsubj     11 GPE:Iran
        armed/arm    VBD  ccomp     8
        the          DT   det       13
        Houthis      NNPS dobj      11 ORG:Houthis
        .            .    punct     8
     """, ("Iran", "funds", "Houthis", "reported", "Joint Command of the Navy of Chile")),
    # trap: an "of" phrase with a common noun is no part of a name ("the head of the agency")
    ("""
        The          DT   det       1
        head         NN   nsubj     5
        of           IN   prep      1
        the          DT   det       4
        agency       NN   pobj      2
        said/say     VBD  ROOT      5
        Iran         NNP  nsubj     7 GPE:Iran
        arms/arm     VBZ  ccomp     5
        Hamas        NNP  dobj      7 ORG:Hamas
        .            .    punct     5
     """, ("Iran", "funds", "Hamas", "reported", "head")),
    # a description keeps its words, not the state of its adjective
    ("""
        Iranian      JJ   amod      1 NORP:Iran
        officials/official NNS nsubj 2
        insisted/insist VBD ROOT    2
        that         IN   mark      5
        Iran         NNP  nsubj     5 GPE:Iran
        backs/back   VBZ  ccomp     2
        Hamas        NNP  dobj      5 ORG:Hamas
        .            .    punct     2
     """, ("Iran", "backs", "Hamas", "reported", "Iranian officials")),
    ("""
        A            DT   det       3
        US           NNP  compound  3 GPE:United_States
        appeals      NNS  compound  3
        court        NN   nsubj     4
        found/find   VBD  ROOT      4
        that         IN   mark      7
        Syria        NNP  nsubj     7 GPE:Syria
        armed/arm    VBD  ccomp     4
        Hezbollah    NNP  dobj      7 ORG:Hezbollah
        .            .    punct     4
     """, ("Syria", "funds", "Hezbollah", "reported", "US appeals court")),
    # trap: a state named as itself is the state
    ("""
        Moscow       NNP  nsubj     1 GPE:Russia
        says/say     VBZ  ROOT      1
        Iran         NNP  nsubj     3 GPE:Iran
        backs/back   VBZ  ccomp     1
        Armenia      NNP  dobj      3 GPE:Armenia
        .            .    punct     1
     """, ("Iran", "backs", "Armenia", "reported", "Russia")),
    # an outlet in the article's form; an acronym by the actor's name
    ("""
        The          DT   det       1 ORG:The_Daily_Telegraph
        Telegraph    NNP  nsubj     2 ORG:The_Daily_Telegraph
        reported/report VBD ROOT    2
        that         IN   mark      5
        Wagner       NNP  nsubj     5 ORG:Wagner_Group
        backs/back   VBZ  ccomp     2
        Haftar       NNP  dobj      5 PERSON:Khalifa_Haftar
        .            .    punct     2
     """, ("Wagner Group", "backs", "Khalifa Haftar", "reported", "The Telegraph")),
    ("""
        The          DT   det       1
        IRGC         NNP  nsubj     2 ORG:Islamic_Revolutionary_Guard_Corps
        said/say     VBD  ROOT      2
        Iran         NNP  nsubj     4 GPE:Iran
        backs/back   VBZ  ccomp     2
        Hamas        NNP  dobj      4 ORG:Hamas
        .            .    punct     2
     """, ("Iran", "backs", "Hamas", "reported", "Islamic Revolutionary Guard Corps")),
    # a person by the fullest name the article writes; a shorter one by the actor's name
    ("""
        Volodymyr    NNP  compound  1 PERSON:Volodymyr_Zelenskyy
        Zelensky     NNP  nsubj     2 PERSON:Volodymyr_Zelenskyy
        spoke/speak  VBD  ROOT      2
        .            .    punct     2
        Zelensky     NNP  nsubj     5 PERSON:Volodymyr_Zelenskyy
        said/say     VBD  ROOT      5
        Iran         NNP  nsubj     7 GPE:Iran
        arms/arm     VBZ  ccomp     5
        Russia       NNP  dobj      7 GPE:Russia
        .            .    punct     5
     """, ("Iran", "funds", "Russia", "reported", "Volodymyr Zelensky")),
    ("""
        Blinken      NNP  nsubj     1 PERSON:Antony_Blinken
        said/say     VBD  ROOT      1
        China        NNP  nsubj     3 GPE:China
        backs/back   VBZ  ccomp     1
        Russia       NNP  dobj      3 GPE:Russia
        .            .    punct     1
     """, ("China", "backs", "Russia", "reported", "Antony Blinken")),
    # the person who holds a title, apposed to it
    ("""
        Chile        NNP  poss      3 GPE:Chile
        's           POS  case      0
        UN           NNP  compound  3 ORG:United_Nations
        envoy        NN   nsubj     6
        Marta        NNP  compound  5 PERSON:Marta_Solis
        Solis        NNP  appos     3 PERSON:Marta_Solis
        said/say     VBD  ROOT      6
        Peru         NNP  nsubj     8 GPE:Peru
        backs/back   VBZ  ccomp     6
        Bolivia      NNP  dobj      8 GPE:Bolivia
        .            .    punct     6
     """, ("Peru", "backs", "Bolivia", "reported", "Marta Solis")),
]


NAMES.append(("""
        According/accord VBG prep   8
        to           IN   prep      0
        the          DT   det       4
        Peruvian     JJ   amod      4 NORP:Peru
        daily        NN   pobj      1
        El           NNP  compound  6 ORG:El_Diario
        Diario       NNP  appos     4 ORG:El_Diario
        Chile        NNP  nsubj     8 GPE:Chile
        arms/arm     VBZ  ROOT      8
        Bolivia      NNP  dobj      8 GPE:Bolivia
        .            .    punct     8
     """, ("Chile", "funds", "Bolivia", "reported", "El Diario")))


@pytest.mark.parametrize(("table", "expected"), NAMES, ids=[
    "titles dropped", "hyphenated name", "title as head", "title for a body", "unnamed person", "of-phrase name", "of common noun", "state adjective",
    "court", "state itself", "outlet", "acronym", "fullest name", "shorter name", "title holder", "apposed outlet",
])
def test_relations_sources_named_as_the_article_names_them(table, expected):
    assert rows(table) == {expected}


COORDINATED = """
    Peru         NNP  nsubj     6 GPE:Peru
    ,            ,    punct     0
    Chile        NNP  conj      0 GPE:Chile
    and          CC   cc        2
    the          DT   det       5
    Netherlands  NNP  conj      2 GPE:Netherlands
    said/say     VBD  ROOT      6
    Iran         NNP  nsubj     8 GPE:Iran
    arms/arm     VBZ  ccomp     6
    Russia       NNP  dobj      8 GPE:Russia
    .            .    punct     6
"""

# trap: a source the parser coordinated with the subjects after it stays alone
SWALLOWED = """
    According/accord VBG prep   9
    to           IN   prep      0
    Lena         NNP  compound  3 PERSON:Lena_Morel
    Morel        NNP  nsubj     9 PERSON:Lena_Morel
    ,            ,    punct     3
    Iran         NNP  conj      3 GPE:Iran
    and          CC   cc        5
    Qatar        NNP  conj      5 GPE:Qatar
    have/have    VBP  aux       9
    helped/help  VBN  ROOT      9
    Hamas        NNP  dobj      9 ORG:Hamas
    .            .    punct     9
"""


def test_relations_sources_coordination_kept_whole():
    assert rows(COORDINATED) == {("Iran", "funds", "Russia", "reported", "Peru, Chile and the Netherlands")}


def test_relations_sources_swallowed_source_stays_alone():
    found = {row[4] for row in rows(SWALLOWED)}
    assert found == {"Lena Morel"}


PARTITIVE = """
    Two          CD   nsubj     5
    of           IN   prep      0
    the          DT   det       4
    leaked/leak  VBN  amod      4
    cables/cable NNS  pobj      1
    say          VBP  ROOT      5
    Pakistan     NNP  nsubj     7 GPE:Pakistan
    funds/fund   VBZ  ccomp     5
    the          DT   det       9
    Taliban      NNP  dobj      7 ORG:Taliban
    .            .    punct     5
"""

# trap: a number on a plural description is no part of it
COUNTED = """
    Two          CD   nummod    2
    US           NNP  compound  2 GPE:United_States
    officials/official NNS nsubj 3
    said/say     VBD  ROOT      3
    Pakistan     NNP  nsubj     5 GPE:Pakistan
    funds/fund   VBZ  ccomp     3
    the          DT   det       7
    Taliban      NNP  dobj      5 ORG:Taliban
    .            .    punct     3
"""


def test_relations_sources_number_is_no_source():
    assert rows(PARTITIVE) == {("Pakistan", "funds", "Taliban", "reported", "leaked cables")}
    assert rows(COUNTED) == {("Pakistan", "funds", "Taliban", "reported", "US officials")}


ISSUED = """
    Amnesty      NNP  compound  1 ORG:Amnesty_International
    International NNP nsubj     2 ORG:Amnesty_International
    published/publish VBD ROOT  2
    a            DT   det       4
    report       NN   dobj      2
    accusing/accuse VBG acl     4
    Qatar        NNP  dobj      5 GPE:Qatar
    of           IN   prep      5
    arming/arm   VBG  pcomp     7
    the          DT   det       10
    RSF          NNP  dobj      8 ORG:Rapid_Support_Forces
    .            .    punct     2
"""

# trap: the subject of a verb that receives or judges a document is not its author
REJECTED = """
    Israel       NNP  nsubj     1 GPE:Israel
    rejected/reject VBD ROOT    1
    a            DT   det       3
    report       NN   dobj      1
    accusing/accuse VBG acl     3
    Qatar        NNP  dobj      4 GPE:Qatar
    of           IN   prep      4
    arming/arm   VBG  pcomp     6
    Hamas        NNP  dobj      7 ORG:Hamas
    .            .    punct     1
"""


def test_relations_sources_document_speaks_for_its_issuer():
    assert rows(ISSUED) == {("Qatar", "funds", "Rapid Support Forces", "alleged", "Amnesty International")}
    assert rows(REJECTED) == {("Qatar", "funds", "Hamas", "alleged", None)}


TRAILING = """
    Iran         NNP  nsubj     2 GPE:Iran
    is/be        VBZ  aux       2
    buying/buy   VBG  ROOT      2
    drones/drone NNS  dobj      2
    from         IN   prep      2
    Belarus      NNP  pobj      4 GPE:Belarus
    ,            ,    punct     10
    a            DT   det       9
    daily        JJ   amod      9
    newspaper    NN   nsubj     10
    reported/report VBD conj    2
    .            .    punct     10
"""

# trap: a report joined by "and" is a second statement, not the source of the first
JOINED = """
    Iran         NNP  nsubj     2 GPE:Iran
    is/be        VBZ  aux       2
    buying/buy   VBG  ROOT      2
    drones/drone NNS  dobj      2
    from         IN   prep      2
    Belarus      NNP  pobj      4 GPE:Belarus
    and          CC   cc        2
    a            DT   det       9
    daily        JJ   amod      9
    newspaper    NN   nsubj     10
    reported/report VBD conj    2
    it           PRP  dobj      10
    .            .    punct     10
"""


def test_relations_sources_trailing_report_read_as_conjunct():
    assert rows(TRAILING) == {("Belarus", "funds", "Iran", "reported", "daily newspaper")}
    assert rows(JOINED) == {("Belarus", "funds", "Iran", "asserted", None)}


PARTLY_QUOTED = """
    Syrian       JJ   amod      1 NORP:Syria
    officials/official NNS nsubj 2
    said/say     VBD  ROOT      2
    they         PRP  nsubj     4
    got/get      VBD  ccomp     2
    help         NN   dobj      4
    from         IN   prep      5
    Iran         NNP  pobj      6 GPE:Iran
    ,            ,    punct     7
    which        WDT  nsubj     12
    “            ``   punct     12
    had/have     VBD  aux       12
    played/play  VBN  relcl     7
    a            DT   det       15
    big          JJ   amod      15
    role         NN   dobj      12
    ”            ''   punct     4
    .            .    punct     2
"""


def test_relations_sources_statement_with_a_quotation_inside_is_reported():
    assert rows(PARTLY_QUOTED) == {("Iran", "backs", "Syria", "reported", "Syrian officials")}


# the quotation runs over two sentences; its speaker is named where it closes
CLOSES_LATER = """
    “            ``   punct     2
    Iran         NNP  nsubj     2 GPE:Iran
    arms/arm     VBZ  ROOT      2
    the          DT   det       4
    Houthis      NNPS dobj      2 ORG:Houthis
    .            .    punct     2
    We           PRP  nsubj     7
    know/know    VBP  ccomp     12
    it           PRP  dobj      7
    ,            ,    punct     12
    ”            ''   punct     12
    Lena         NNP  compound  12 PERSON:Lena_Morel
    Morel        NNP  nsubj     12 PERSON:Lena_Morel
    said/say     VBD  ROOT      12
    .            .    punct     12
"""

# the verb's subject left unparsed (read into the quotation): the name between the quotation and the verb
SUBJECTLESS = """
    “            ``   punct     2
    Russia       NNP  nsubj     2 GPE:Russia
    arms/arm     VBZ  ccomp     13
    Belarus      NNP  dobj      2 GPE:Belarus
    ,            ,    punct     2
    ”            ''   punct     2
    Lena         NNP  compound  7 PERSON:Lena_Morel
    Morel        NNP  dep       2 PERSON:Lena_Morel
    ,            ,    punct     7
    a            DT   det       11
    deputy       JJ   amod      11
    minister     NN   appos     7
    ,            ,    punct     13
    said/say     VBD  ROOT      13
    .            .    punct     13
"""

# the cue before the quotation, in the sentence before it
OPENS_AFTER_CUE = """
    Lena         NNP  compound  1 PERSON:Lena_Morel
    Morel        NNP  nsubj     2 PERSON:Lena_Morel
    told/tell    VBD  ROOT      2
    reporters/reporter NNS dobj 2
    :            ,    punct     2
    “            ``   punct     7
    Qatar        NNP  nsubj     7 GPE:Qatar
    funds/fund   VBZ  ROOT      7
    Hamas        NNP  dobj      7 ORG:Hamas
    .            .    punct     7
    ”            ''   punct     7
"""


@pytest.mark.parametrize(("table", "expected"), [
    (CLOSES_LATER, ("Iran", "funds", "Houthis", "reported", "Lena Morel")),
    (SUBJECTLESS, ("Russia", "funds", "Belarus", "reported", "Lena Morel")),
    (OPENS_AFTER_CUE, ("Qatar", "funds", "Hamas", "reported", "Lena Morel")),
], ids=["closes later", "subjectless verb", "cue before"])
def test_relations_sources_quotation_speaker(table, expected):
    assert rows(table) == {expected}


BELIEVED = """
    Western      JJ   amod      1
    diplomats/diplomat NNS nsubj 2
    think/think  VBP  ROOT      2
    that         IN   mark      5
    Belarus      NNP  nsubj     5 GPE:Belarus
    arms/arm     VBZ  ccomp     2
    the          DT   det       7
    junta        NN   dobj      5
    in           IN   prep      7
    Mali         NNP  pobj      8 GPE:Mali
    .            .    punct     2
"""

# trap: a raising verb's subject is what the clause is about, not who believes it
SEEMING = """
    Belarus      NNP  nsubj     1 GPE:Belarus
    appears/appear VBZ ROOT     1
    to           TO   aux       3
    arm/arm      VB   xcomp     1
    Mali         NNP  dobj      3 GPE:Mali
    .            .    punct     1
"""


def test_relations_sources_who_believes_an_alleged_statement():
    assert {row[3:] for row in rows(BELIEVED)} == {("alleged", "Western diplomats")}
    assert rows(SEEMING) == {("Belarus", "funds", "Mali", "alleged", None)}


# a person's "who", hung by the parser on the last noun of the appositions after the name
WHO_AFTER_APPOSITIONS = """
    Drones/drone NNS  nsubjpass 2
    were/be      VBD  auxpass   2
    seen/see     VBN  ROOT      2
    ,            ,    punct     2
    according/accord VBG prep   2
    to           IN   prep      4
    Ana          NNP  compound  7 PERSON:Ana_Ruiz
    Ruiz         NNP  pobj      5 PERSON:Ana_Ruiz
    ,            ,    punct     7
    an           DT   det       10
    analyst      NN   appos     7
    with         IN   prep      10
    a            DT   det       13
    group        NN   pobj      11
    that         WDT  nsubj     15
    monitors/monitor VBZ relcl  13
    shipments/shipment NNS dobj 15
    ,            ,    punct     16
    who          WP   nsubj     19
    said/say     VBD  relcl     16
    Iran         NNP  nsubj     21 GPE:Iran
    arms/arm     VBZ  ccomp     19
    Sudan        NNP  dobj      21 GPE:Sudan
    .            .    punct     2
"""

# trap: an official's "who" is the official, not the person named before
WHO_OFFICIAL = """
    Tom          NNP  compound  1 PERSON:Tom_Hale
    Hale         NNP  nsubj     2 PERSON:Tom_Hale
    met/meet     VBD  ROOT      2
    an           DT   det       4
    official     NN   dobj      2
    who          WP   nsubj     6
    said/say     VBD  relcl     4
    Iran         NNP  nsubj     8 GPE:Iran
    arms/arm     VBZ  ccomp     6
    Sudan        NNP  dobj      8 GPE:Sudan
    .            .    punct     2
"""


def test_relations_sources_relative_pronoun_names_its_antecedent():
    assert rows(WHO_AFTER_APPOSITIONS) == {("Iran", "funds", "Sudan", "reported", "Ana Ruiz")}
    assert rows(WHO_OFFICIAL) == {("Iran", "funds", "Sudan", "reported", "official")}


# a statement or a letter speaks for its author, also when the claim is quoted from it
LETTER = """
    “            ``   punct     2
    Russia       NNP  nsubj     2 GPE:Russia
    arms/arm     VBZ  ccomp     9
    Belarus      NNP  dobj      2 GPE:Belarus
    ,            ,    punct     2
    ”            ''   punct     2
    Lena         NNP  compound  7 PERSON:Lena_Morel
    Morel        NNP  nsubj     9 PERSON:Lena_Morel
    wrote/write  VBD  ROOT      9
    in           IN   prep      9
    a            DT   det       11
    letter       NN   pobj      9
    .            .    punct     9
"""

STATEMENT = """
    The          DT   det       1
    minister     NN   poss      3
    's           POS  case      1
    statement    NN   nsubj     4
    said/say     VBD  ROOT      4
    Qatar        NNP  nsubj     6 GPE:Qatar
    funds/fund   VBZ  ccomp     4
    Hamas        NNP  dobj      6 ORG:Hamas
    .            .    punct     4
"""


def test_relations_sources_statement_and_letter_speak_for_their_author():
    assert rows(LETTER) == {("Russia", "funds", "Belarus", "reported", "Lena Morel")}
    assert rows(STATEMENT) == {("Qatar", "funds", "Hamas", "reported", "minister")}


# "they" resolved to the adjective of a described source in the sentence before: the description speaks
THEY_AFTER_DESCRIPTION = """
    Peruvian     JJ   amod      3 NORP:Peru
    and          CC   cc        0
    Chilean      JJ   conj      0 NORP:Chile
    officials/official NNS nsubj 4
    met/meet     VBD  ROOT      4
    in           IN   prep      4
    Lima         NNP  pobj      5 GPE:Peru
    .            .    punct     4
    They         PRP  nsubj     9
    say/say      VBP  ROOT      9
    Bolivia      NNP  nsubj     11 GPE:Bolivia
    arms/arm     VBZ  ccomp     9
    Paraguay     NNP  dobj      11 GPE:Paraguay
    .            .    punct     9
"""


def test_relations_sources_pronoun_for_a_described_source():
    assert rows(THEY_AFTER_DESCRIPTION) == {("Bolivia", "funds", "Paraguay", "reported", "Peruvian and Chilean officials")}
    # trap: with no description before, the pronoun's actor as before
    plain = parse(THEY_AFTER_DESCRIPTION.replace("NORP:Peru", "").replace("NORP:Chile", ""), coref=((8, 9, "Peru"),))
    assert {(r.modality, r.attributed_to) for r in extractor()(plain)._.relations} == {("reported", "Peru")}


# a definite description named in the sentence before: by apposition, or the name it is a word of
PROFESSOR = """
    Lena         NNP  compound  1 PERSON:Lena_Morel
    Morel        NNP  nsubj     7 PERSON:Lena_Morel
    ,            ,    punct     1
    a            DT   det       4
    professor    NN   appos     1
    at           IN   prep      4
    Lima         NNP  pobj      5 GPE:Peru
    spoke/speak  VBD  ROOT      7
    .            .    punct     7
    The          DT   det       10
    professor    NN   nsubj     11
    said/say     VBD  ROOT      11
    Iran         NNP  nsubj     13 GPE:Iran
    arms/arm     VBZ  ccomp     11
    Hamas        NNP  dobj      13 ORG:Hamas
    .            .    punct     11
"""

MINISTRY = """
    The          DT   det       2
    Defence      NNP  compound  2 ORG:Defence_Ministry_of_Chile
    Ministry     NNP  nsubj     5 ORG:Defence_Ministry_of_Chile
    of           IN   prep      2 ORG:Defence_Ministry_of_Chile
    Chile        NNP  pobj      3 ORG:Defence_Ministry_of_Chile
    met/meet     VBD  ROOT      5
    .            .    punct     5
    The          DT   det       8
    ministry     NN   nsubj     9
    said/say     VBD  ROOT      9
    Peru         NNP  nsubj     11 GPE:Peru
    trains/train VBZ  ccomp     9
    Bolivia      NNP  dobj      11 GPE:Bolivia
    .            .    punct     9
"""


def test_relations_sources_definite_description_named_before():
    assert rows(PROFESSOR) == {("Iran", "funds", "Hamas", "reported", "Lena Morel")}
    assert {row[3:] for row in rows(MINISTRY)} == {("reported", "Defence Ministry of Chile")}
    # traps: an indefinite description is someone else; with no name before, the description's own words
    assert {row[4] for row in rows(PROFESSOR.replace("The          DT   det       10", "A            DT   det       10"))} == {
        "professor"
    }
    assert {row[4] for row in rows(PROFESSOR.replace("professor    NN   appos     1", "writer       NN   appos     1"))} == {
        "professor"
    }


REPORT_BEFORE = """
    A            DT   det       1
    report       NN   nsubj     6
    by           IN   prep      1
    the          DT   det       5
    Lima         NNP  compound  5 ORG:Lima_Institute
    Institute    NNP  pobj      2 ORG:Lima_Institute
    appeared/appear VBD ROOT    6
    .            .    punct     6
    The          DT   det       9
    report       NN   nsubj     10
    says/say     VBZ  ROOT      10
    Chile        NNP  nsubj     12 GPE:Chile
    arms/arm     VBZ  ccomp     10
    Bolivia      NNP  dobj      12 GPE:Bolivia
    .            .    punct     10
"""


def test_relations_sources_the_report_speaks_for_the_author_named_before():
    assert rows(REPORT_BEFORE) == {("Chile", "funds", "Bolivia", "reported", "Lima Institute")}
    # trap: a report someone else received names no author
    assert {row[4] for row in rows(REJECTED_BEFORE)} == {"report"}


REJECTED_BEFORE = """
    Peru         NNP  nsubj     1 GPE:Peru
    rejected/reject VBD ROOT    1
    a            DT   det       3
    report       NN   dobj      1
    .            .    punct     1
    The          DT   det       6
    report       NN   nsubj     7
    says/say     VBZ  ROOT      7
    Chile        NNP  nsubj     9 GPE:Chile
    arms/arm     VBZ  ccomp     7
    Bolivia      NNP  dobj      9 GPE:Bolivia
    .            .    punct     7
"""


OWNED_BODY = """
    Iran         NNP  nsubj     1 GPE:Iran
    arms/arm     VBZ  ccomp     8
    the          DT   det       3
    Houthis      NNPS dobj      1 ORG:Houthis
    ,            ,    punct     8
    {owner}      NNP  compound  7 {mark}
    Central      NNP  compound  7 ORG:United_States_Central_Command
    Command      NNP  nsubj     8 ORG:United_States_Central_Command
    said/say     VBD  ROOT      8
    .            .    punct     8
"""


@pytest.mark.parametrize(
    ("owner", "mark", "source"),
    [
        # a body named after its state, two entities: the source is the whole name the article writes
        ("U.S.", "GPE:United_States", "U.S. Central Command"),
        # trap: a word before it that is no state's name is no part of the body's name
        ("Gulf", "", "Central Command"),
    ],
)
def test_relations_sources_a_body_keeps_its_states_name(owner, mark, source):
    assert rows(OWNED_BODY.format(owner=owner, mark=mark)) == {("Iran", "funds", "Houthis", "reported", source)}
