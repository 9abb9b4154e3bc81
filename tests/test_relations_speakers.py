"""Arguments the sentence does not name (relation_rules.v9, docs/relations.md "Who the arguments are"), on
hand-built parses of invented sentences:

- who a titled person speaks for: a denial by a person whom the article titled earlier as an official of a body is
  the body's ("Omar Saleh, a senior Hezbollah official, ... He denied ..." -> Hezbollah), through a pronoun, the
  surname or "the spokesman" in a later sentence; traps: no title, a past title, a title after the denial, a title
  naming a person, a title inside a quotation;
- a bare "the guerrillas" / "the ministry" repeating an earlier phrase's head; traps: none before, more than
  modifiers, a group named by its leader ("FARC-led"), "Vice President X ... the president";
- "his country" for the state of a person's title; a quoted "we"/"our" for a titled speaker's body;
- an acronym the article defined (a coreference span) and a body named by its owner ("Pakistan's intelligence
  directorate") as arguments.
"""

from __future__ import annotations

import pytest

from tests.relations_fixture import parse, triples


def _table(*parts: str) -> str:
    """Sentence tables joined into one parse (token indices already absolute)."""
    return "\n".join(line.strip() for part in parts for line in part.splitlines() if line.strip())


# the second sentence of every case: "He denied that Iran helped plan the attack." (tokens from `start`)
def _denial(start: int, subject: str = "He", tag: str = "PRP", mark: str = "") -> str:
    i = start
    return f"""
        {subject}        {tag}  nsubj     {i + 1} {mark}
        denied/deny      VBD  ROOT      {i + 1}
        that             IN   mark      {i + 4}
        Iran             NNP  nsubj     {i + 4} GPE:Iran
        helped/help      VBD  ccomp     {i + 1}
        plan             VB   xcomp     {i + 4}
        the              DT   det       {i + 7}
        attack           NN   dobj      {i + 5}
        .                .    punct     {i + 1}
    """


# Omar Saleh, a senior Hezbollah official, spoke on Monday.
APPOSITION = """
        Omar             NNP  compound   1 PERSON:Omar_Saleh
        Saleh            NNP  nsubj      8 PERSON:Omar_Saleh
        ,                ,    punct      1
        a                DT   det        6
        senior           JJ   amod       6
        Hezbollah        NNP  compound   6 ORG:Hezbollah
        official         NN   appos      1
        ,                ,    punct      1
        spoke/speak      VBD  ROOT       8
        on               IN   prep       8
        Monday           NNP  pobj       9
        .                .    punct      8
"""
# Houthi spokesman Yahya Sarea spoke to reporters.
COMPOUND = """
        Houthi           NNP  compound   1 ORG:Houthis
        spokesman        NN   compound   3
        Yahya            NNP  compound   3 PERSON:Yahya_Sarea
        Sarea            NNP  nsubj      4 PERSON:Yahya_Sarea
        spoke/speak      VBD  ROOT       4
        to               IN   prep       4
        reporters        NNS  pobj       5
        .                .    punct      4
"""
# Lina Haddad, a spokeswoman for Hamas, spoke on Friday.
FOR_BODY = """
        Lina             NNP  compound   1 PERSON:Lina_Haddad
        Haddad           NNP  nsubj      8 PERSON:Lina_Haddad
        ,                ,    punct      1
        a                DT   det        4
        spokeswoman      NN   appos      1
        for              IN   prep       4
        Hamas            NNP  pobj       5 ORG:Hamas
        ,                ,    punct      1
        spoke/speak      VBD  ROOT       8
        on               IN   prep       8
        Friday           NNP  pobj       9
        .                .    punct      8
"""
# A senior Taliban commander, Abdul Rahim, spoke on Monday.
TITLE_FIRST = """
        A                DT   det        3
        senior           JJ   amod       3
        Taliban          NNP  compound   3 ORG:Taliban
        commander        NN   nsubj      8
        ,                ,    punct      3
        Abdul            NNP  compound   6 PERSON:Abdul_Rahim
        Rahim            NNP  appos      3 PERSON:Abdul_Rahim
        ,                ,    punct      3
        spoke/speak      VBD  ROOT       8
        on               IN   prep       8
        Monday           NNP  pobj       9
        .                .    punct      8
"""
# Putin's spokesman Dmitry Lenkov spoke on Monday.
PERSON_TITLE = """
        Putin            NNP  poss       2 PERSON:Vladimir_Putin
        's               POS  case       0
        spokesman        NN   compound   4
        Dmitry           NNP  compound   4 PERSON:Dmitry_Lenkov
        Lenkov           NNP  nsubj      5 PERSON:Dmitry_Lenkov
        spoke/speak      VBD  ROOT       5
        on               IN   prep       5
        Monday           NNP  pobj       6
        .                .    punct      5
"""
# Omar Saleh spoke on Monday.
UNTITLED = """
        Omar             NNP  compound   1 PERSON:Omar_Saleh
        Saleh            NNP  nsubj      2 PERSON:Omar_Saleh
        spoke/speak      VBD  ROOT       2
        on               IN   prep       2
        Monday           NNP  pobj       3
        .                .    punct      2
"""

CASES = [
    # Omar Saleh, a senior Hezbollah official, spoke on Monday. He denied that Iran helped plan the attack.
    (_table(APPOSITION, _denial(12)), ((12, 13, "Omar Saleh"),), {("Hezbollah", "denies", "Iran", "asserted")}),
    # Houthi spokesman Yahya Sarea spoke to reporters. Sarea denied that Iran helped plan the attack.
    (_table(COMPOUND, _denial(8, "Sarea", "NNP", "PERSON:Yahya_Sarea")), (), {("Houthis", "denies", "Iran", "asserted")}),
    # Lina Haddad, a spokeswoman for Hamas, spoke on Friday. She denied that Iran helped plan the attack.
    (_table(FOR_BODY, _denial(12, "She")), ((12, 13, "Lina Haddad"),), {("Hamas", "denies", "Iran", "asserted")}),
    # A senior Taliban commander, Abdul Rahim, spoke on Monday. He denied that Iran helped plan the attack.
    (_table(TITLE_FIRST, _denial(12)), ((12, 13, "Abdul Rahim"),), {("Taliban", "denies", "Iran", "asserted")}),
    # no title: the person denies
    # Omar Saleh spoke on Monday. He denied that Iran helped plan the attack.
    (_table(UNTITLED, _denial(6)), ((6, 7, "Omar Saleh"),), {("Omar Saleh", "denies", "Iran", "asserted")}),
    # a past title speaks for nobody: the person denies
    # Omar Saleh, a former Hezbollah official, spoke on Monday. He denied that Iran helped plan the attack.
    (_table(APPOSITION.replace("senior           JJ", "former           JJ"), _denial(12)), ((12, 13, "Omar Saleh"),),
     {("Omar Saleh", "denies", "Iran", "asserted")}),
    # a title naming a person is no body's: the person denies
    # Putin's spokesman Dmitry Lenkov spoke on Monday. He denied that Iran helped plan the attack.
    (_table(PERSON_TITLE, _denial(9)), ((9, 10, "Dmitry Lenkov"),), {("Dmitry Lenkov", "denies", "Iran", "asserted")}),
]


@pytest.mark.parametrize("table, coref, expected", CASES)
def test_relations_speakers_titled_person_denies_for_body(table, coref, expected):
    assert triples(parse(table, coref)) == expected


# Omar Saleh denied that Iran helped plan the attack. Saleh, a senior Hezbollah official, spoke on Monday.
LATER_TITLE = """
        Omar             NNP  compound   1 PERSON:Omar_Saleh
        Saleh            NNP  nsubj      2 PERSON:Omar_Saleh
        denied/deny      VBD  ROOT       2
        that             IN   mark       5
        Iran             NNP  nsubj      5 GPE:Iran
        helped/help      VBD  ccomp      2
        plan             VB   xcomp      5
        the              DT   det        8
        attack           NN   dobj       6
        .                .    punct      2
        Saleh            NNP  nsubj     17 PERSON:Omar_Saleh
        ,                ,    punct     10
        a                DT   det       15
        senior           JJ   amod      15
        Hezbollah        NNP  compound  15 ORG:Hezbollah
        official         NN   appos     10
        ,                ,    punct     10
        spoke/speak      VBD  ROOT      17
        .                .    punct     17
"""
# "Omar Saleh, a Hezbollah official, lies," Ahmed Nour said. He denied that Iran helped plan the attack.
QUOTED_TITLE = """
        "                ``   punct     11
        Omar             NNP  compound   2 PERSON:Omar_Saleh
        Saleh            NNP  nsubj      7 PERSON:Omar_Saleh
        ,                ,    punct      2
        a                DT   det        6
        Hezbollah        NNP  compound   6 ORG:Hezbollah
        official         NN   appos      2
        lies/lie         VBZ  ccomp     11
        "                ''   punct     11
        Ahmed            NNP  compound  10 PERSON:Ahmed_Nour
        Nour             NNP  nsubj     11 PERSON:Ahmed_Nour
        said/say         VBD  ROOT      11
        .                .    punct     11
"""


@pytest.mark.parametrize("table, coref, expected", [
    (LATER_TITLE, (), {("Omar Saleh", "denies", "Iran", "asserted")}),
    (_table(QUOTED_TITLE, _denial(13)), ((13, 14, "Omar Saleh"),), {("Omar Saleh", "denies", "Iran", "asserted")}),
])
def test_relations_speakers_no_body_without_an_earlier_title(table, coref, expected):
    assert triples(parse(table, coref)) == expected


# Ali Nour, a Hamas spokesman, spoke on Monday.
SPOKESMAN = """
        Ali              NNP  compound   1 PERSON:Ali_Nour
        Nour             NNP  nsubj      7 PERSON:Ali_Nour
        ,                ,    punct      1
        a                DT   det        5
        Hamas            NNP  compound   5 ORG:Hamas
        spokesman        NN   appos      1
        ,                ,    punct      1
        spoke/speak      VBD  ROOT       7
        on               IN   prep       7
        Monday           NNP  pobj       8
        .                .    punct      7
"""
# Vice President Omar Lenz spoke on Monday.
VICE = """
        Vice             NNP  compound   1
        President        NNP  compound   3
        Omar             NNP  compound   3 PERSON:Omar_Lenz
        Lenz             NNP  nsubj      4 PERSON:Omar_Lenz
        spoke/speak      VBD  ROOT       4
        on               IN   prep       4
        Monday           NNP  pobj       5
        .                .    punct      4
"""


def _guerrillas(start: int, of: bool = False) -> str:
    """Venezuela armed the guerrillas[ of the south]."""
    i = start
    tail = f"""
        of               IN   prep      {i + 3}
        the              DT   det       {i + 6}
        south            NN   pobj      {i + 4}
        .                .    punct     {i + 1}
    """ if of else f"""
        .                .    punct     {i + 1}
    """
    return f"""
        Venezuela        NNP  nsubj     {i + 1} GPE:Venezuela
        armed/arm        VBD  ROOT      {i + 1}
        the              DT   det       {i + 3}
        guerrillas       NNS  dobj      {i + 1}
    """ + tail


# The FARC guerrillas attacked a base.
FARC = """
        The              DT   det        2
        FARC             NNP  compound   2 ORG:FARC
        guerrillas       NNS  nsubj      3
        attacked/attack  VBD  ROOT       3
        a                DT   det        5
        base             NN   dobj       3
        .                .    punct      3
"""
# The FARC-led guerrillas attacked a base.
FARC_LED = """
        The              DT   det        4
        FARC             NNP  npadvmod   3 ORG:FARC
        -                HYPH punct      3
        led/lead         VBN  amod       4
        guerrillas       NNS  nsubj      5
        attacked/attack  VBD  ROOT       5
        a                DT   det        7
        base             NN   dobj       5
        .                .    punct      5
"""
# Qatar's foreign ministry issued a statement.
MINISTRY = """
        Qatar            NNP  poss       3 GPE:Qatar
        's               POS  case       0
        foreign          JJ   amod       3
        ministry         NN   nsubj      4
        issued/issue     VBD  ROOT       4
        a                DT   det        6
        statement        NN   dobj       4
        .                .    punct      4
"""
# The rebels attacked a base.
REBELS = FARC.replace("FARC             NNP  compound   2 ORG:FARC", "armed            JJ   amod       2").replace(
    "guerrillas       NNS", "rebels           NNS")


def _description_denial(start: int, noun: str) -> str:
    """The <noun> denied that Iran helped plan the attack."""
    i = start
    return f"""
        The              DT   det       {i + 1}
        {noun}           NN   nsubj     {i + 2}
    """ + "\n".join(_denial(i + 1).strip().splitlines()[1:])


@pytest.mark.parametrize("table, expected", [
    # Ali Nour, a Hamas spokesman, spoke on Monday. The spokesman denied that Iran helped plan the attack.
    (_table(SPOKESMAN, _description_denial(11, "spokesman")), {("Hamas", "denies", "Iran", "asserted")}),
    # The FARC guerrillas attacked a base. Venezuela armed the guerrillas.
    (_table(FARC, _guerrillas(7)), {("Venezuela", "funds", "FARC", "asserted")}),
    # Qatar's foreign ministry issued a statement. The ministry denied that Iran helped plan the attack.
    (_table(MINISTRY, _description_denial(8, "ministry")), {("Qatar", "denies", "Iran", "asserted")}),
])
def test_relations_speakers_repeated_head_names_the_same_actor(table, expected):
    assert triples(parse(table)) == expected


@pytest.mark.parametrize("table", [
    # Vice President Omar Lenz spoke on Monday. The president denied that Iran helped plan the attack.
    _table(VICE, _description_denial(8, "president")),
    # The rebels attacked a base. Venezuela armed the guerrillas.  (no earlier guerrillas)
    _table(REBELS, _guerrillas(7)),
    # The FARC guerrillas attacked a base. Venezuela armed the guerrillas of the south.  (more than modifiers)
    _table(FARC, _guerrillas(7, of=True)),
    # The FARC-led guerrillas attacked a base. Venezuela armed the guerrillas.  (named by their leader, not themselves)
    _table(FARC_LED, _guerrillas(9)),
])
def test_relations_speakers_repeated_head_without_its_antecedent_names_nobody(table):
    assert triples(parse(table)) == set()


def _homeland_armed(start: int) -> str:
    """His country has armed Ukraine."""
    i = start
    return f"""
        His              PRP$ poss      {i + 1}
        country          NN   nsubj     {i + 3}
        has/have         VBZ  aux       {i + 3}
        armed/arm        VBN  ROOT      {i + 3}
        Ukraine          NNP  dobj      {i + 3} GPE:Ukraine
        .                .    punct     {i + 3}
    """


# Ivo Maric, the Serbian president, spoke on Monday.
PRESIDENT = APPOSITION.replace("Omar             NNP  compound   1 PERSON:Omar_Saleh", "Ivo NNP compound 1 PERSON:Ivo_Maric") \
    .replace("Saleh            NNP  nsubj      8 PERSON:Omar_Saleh", "Maric NNP nsubj 8 PERSON:Ivo_Maric") \
    .replace("a                DT   det        6", "the DT det 6") \
    .replace("senior           JJ   amod       6", "Serbian JJ amod 6 NORP:Serbia") \
    .replace("Hezbollah        NNP  compound   6 ORG:Hezbollah", "acting JJ amod 6") \
    .replace("official         NN   appos      1", "president NN appos 1")
# Ivo Maric, the sultan of Brunei, spoke on Monday.
SULTAN = """
        Ivo              NNP  compound   1 PERSON:Ivo_Maric
        Maric            NNP  nsubj      8 PERSON:Ivo_Maric
        ,                ,    punct      1
        the              DT   det        4
        sultan           NN   appos      1
        of               IN   prep       4
        Brunei           NNP  pobj       5 GPE:Brunei
        ,                ,    punct      1
        spoke/speak      VBD  ROOT       8
        on               IN   prep       8
        Monday           NNP  pobj       9
        .                .    punct      8
"""
# Ivo Maric, a senior Hezbollah official, spoke on Monday.
OFFICIAL = APPOSITION.replace("Omar             NNP  compound   1 PERSON:Omar_Saleh", "Ivo NNP compound 1 PERSON:Ivo_Maric") \
    .replace("Saleh            NNP  nsubj      8 PERSON:Omar_Saleh", "Maric NNP nsubj 8 PERSON:Ivo_Maric")


@pytest.mark.parametrize("table, expected", [
    # Ivo Maric, the Serbian acting president, spoke on Monday. His country has armed Ukraine.
    (_table(PRESIDENT, _homeland_armed(12)), {("Serbia", "funds", "Ukraine", "asserted")}),
    # Ivo Maric, the sultan of Brunei, spoke on Monday. His country has armed Ukraine.
    (_table(SULTAN, _homeland_armed(12)), {("Brunei", "funds", "Ukraine", "asserted")}),
    # Ivo Maric, a senior Hezbollah official, spoke on Monday. His country has armed Ukraine.  (no state)
    (_table(OFFICIAL, _homeland_armed(12)), set()),
    # Ivo Maric spoke on Monday. His country has armed Ukraine.  (no title)
    (_table(UNTITLED.replace("Omar_Saleh", "Ivo_Maric"), _homeland_armed(6)), set()),
])
def test_relations_speakers_his_country_is_his_titled_state(table, expected):
    coref = ((12, 13, "Ivo Maric"),) if "sultan" in table or "official" in table or "president" in table else (
        (6, 7, "Ivo Maric"),)
    assert triples(parse(table, coref)) == expected


def _we_armed(titled: bool) -> str:
    """"We armed the Houthis," said Ali Nour[, a Hezbollah spokesman]."""
    title = """
        ,                ,    punct      9
        a                DT   det       13
        Hezbollah        NNP  compound  13 ORG:Hezbollah
        spokesman        NN   appos      9
    """ if titled else ""
    return """
        "                ``   punct      7
        We               PRP  nsubj      2
        armed/arm        VBD  ccomp      7
        the              DT   det        4
        Houthis          NNPS dobj       2 ORG:Houthis
        ,                ,    punct      7
        "                ''   punct      7
        said/say         VBD  ROOT       7
        Ali              NNP  compound   9 PERSON:Ali_Nour
        Nour             NNP  nsubj      7 PERSON:Ali_Nour
    """ + title + """
        .                .    punct      7
    """


@pytest.mark.parametrize("titled, subject", [(True, "Hezbollah"), (False, "Ali Nour")])
def test_relations_speakers_quoted_we_is_the_titled_speakers_body(titled, subject):
    assert {(s, r, o) for s, r, o, _ in triples(parse(_table(_we_armed(titled))))} == {(subject, "funds", "Houthis")}


# The Haqqani network (HQN) grew. Pakistan's intelligence directorate handed $200,000 to the HQN.
ACRONYM = """
        The              DT    det        2
        Haqqani          NNP   compound   2 ORG:Haqqani_Network
        network          NNP   nsubj      6 ORG:Haqqani_Network
        (                -LRB- punct      2
        HQN              NNP   appos      2
        )                -RRB- punct      2
        grew/grow        VBD   ROOT       6
        .                .     punct      6
        Pakistan         NNP   poss      11 GPE:Pakistan
        's               POS   case       8
        intelligence     NN    compound  11
        directorate      NN    nsubj     12
        handed/hand      VBD   ROOT      12
        $                $     nmod      14
        200,000          CD    dobj      12
        to               IN    prep      12
        the              DT    det       17
        HQN              NNP   pobj      15
        .                .     punct     12
"""


def test_relations_speakers_defined_acronym_and_owned_directorate_are_arguments():
    doc = parse(ACRONYM, ((17, 18, "Haqqani Network", "acronym"),))
    assert triples(doc) == {("Pakistan", "funds", "Haqqani Network", "asserted")}


# "Our support for the Houthis is firm," said Ali Nour[, a Hezbollah spokesman].
def _our_support(titled: bool) -> str:
    title = """
        ,                ,    punct     12
        a                DT   det       16
        Hezbollah        NNP  compound  16 ORG:Hezbollah
        spokesman        NN   appos     12
    """ if titled else ""
    return """
        "                ``   punct     10
        Our              PRP$ poss       2
        support          NN   nsubj      6
        for              IN   prep       2
        the              DT   det        5
        Houthis          NNPS pobj       3 ORG:Houthis
        is/be            VBZ  ccomp     10
        firm             JJ   acomp      6
        ,                ,    punct     10
        "                ''   punct     10
        said/say         VBD  ROOT      10
        Ali              NNP  compound  12 PERSON:Ali_Nour
        Nour             NNP  nsubj     10 PERSON:Ali_Nour
    """ + title + """
        .                .    punct     10
    """


@pytest.mark.parametrize("titled, subject", [(True, "Hezbollah"), (False, "Ali Nour")])
def test_relations_speakers_quoted_our_is_the_speakers_body(titled, subject):
    assert {(s, r, o) for s, r, o, _ in triples(parse(_table(_our_support(titled))))} == {(subject, "backs", "Houthis")}
