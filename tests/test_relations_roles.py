"""The back-off construction "cue roles" (relation_rules.v8, docs/relations.md "Cue roles"), on hand-built parses of
invented sentences: each roles rule with a shape no specific rule reads, each role and link kind, and a trap for
each guard (a place, no theme, two giver sides, an idiom, a buyer of no weapons, the pair a specific rule made)."""

from __future__ import annotations

import pytest

from tests.relations_fixture import parse, rules_fired, triples

# (rule that must fire, parse, expected (subject, relation, object, modality), coreference spans)
POSITIVE = [
    # act frame: a funding verb no specific rule lists; subject giver, object receiver
    ("funds.roles", """
        Tehran        NNP nsubj 1 GPE:Iran
        recapitalised/recapitalise VBD ROOT 1
        Hezbollah     NNP dobj  1 ORG:Hezbollah
        .             .   punct 1
     """, {("Iran", "funds", "Hezbollah", "asserted")}, ()),
    # act frame, passive: the by-agent gives, the passive subject receives
    ("trains.roles", """
        The           DT  det       1
        militia       NN  nsubjpass 4 ORG:Kataib_Hezbollah
        was/be        VBD auxpass   4
        secretly      RB  advmod    4
        schooled/school VBN ROOT    4
        by            IN  agent     4
        Iran          NNP pobj      5 GPE:Iran
        .             .   punct     4
     """, {("Iran", "trains", "Kataib Hezbollah", "asserted")}, ()),
    ("backs.roles", """
        Moscow        NNP nsubj 1 GPE:Russia
        champions/champion VBZ ROOT 1
        the           DT  det   3
        junta         NN  dobj  1 ORG:Junta_of_Mali
        .             .   punct 1
     """, {("Russia", "backs", "Junta of Mali", "asserted")}, ()),
    # give frame: a transfer verb with a money theme, the receiver on "to"
    ("funds.roles.give", """
        Qatar         NNP nsubj 1 GPE:Qatar
        remitted/remit VBD ROOT 1
        cash          NN  dobj  1
        to            IN  prep  1
        Hamas         NNP pobj  3 ORG:Hamas
        in            IN  prep  1
        Lebanon       NNP pobj  5 GPE:Lebanon
        .             .   punct 1
     """, {("Qatar", "funds", "Hamas", "asserted")}, ()),
    # give frame, a training theme, the receiver on "for"
    ("trains.roles.give", """
        Turkey        NNP nsubj 1 GPE:Turkey
        held/hold     VBD ROOT  1
        exercises     NNS dobj  1
        for           IN  prep  1
        Somalia       NNP pobj  3 GPE:Somalia
        .             .   punct 1
     """, {("Turkey", "trains", "Somalia", "asserted")}, ()),
    # give frame, a support theme; the receiver is a group noun reached by "aligned with" (a transparent link; "loyal
    # to" names the forces' leader in arguments.py since relation_rules.v23, and the specific rules take that row)
    ("backs.roles.give", """
        Egypt         NNP nsubj 1 GPE:Egypt
        reaffirmed/reaffirm VBD ROOT 1
        its           PRP$ poss 3
        support       NN  dobj  1
        to            IN  prep  1
        forces        NNS pobj  4
        aligned       JJ  amod  5
        with          IN  prep  6
        Haftar        NNP pobj  7 PERSON:Khalifa_Haftar
        .             .   punct 1
     """, {("Egypt", "backs", "Khalifa Haftar", "asserted")}, ()),
    # receive frame: the subject receives, "from" gives
    ("funds.roles.receive", """
        The           DT  det   1
        Houthis       NNPS nsubj 2 ORG:Houthis
        pocketed/pocket VBD ROOT 2
        cash          NN  dobj  2
        from          IN  prep  2
        Tehran        NNP pobj  4 GPE:Iran
        .             .   punct 2
     """, {("Iran", "funds", "Houthis", "asserted")}, ()),
    ("funds.roles.buy", """
        Russia        NNP nsubj 1 GPE:Russia
        sourced/source VBD ROOT 1
        drones        NNS dobj  1
        from          IN  prep  1
        Iran          NNP pobj  3 GPE:Iran
        .             .   punct 1
     """, {("Iran", "funds", "Russia", "asserted")}, ()),
    ("trains.roles.receive", """
        Hamas         NNP nsubj 1 ORG:Hamas
        completed/complete VBD ROOT 1
        training      NN  dobj  1
        from          IN  prep  1
        Iran          NNP pobj  3 GPE:Iran
        .             .   punct 1
     """, {("Iran", "trains", "Hamas", "asserted")}, ()),
    ("backs.roles.receive", """
        Hamas         NNP nsubj 1 ORG:Hamas
        garnered/garner VBD ROOT 1
        support       NN  dobj  1
        from          IN  prep  1
        Qatar         NNP pobj  3 GPE:Qatar
        .             .   punct 1
     """, {("Qatar", "backs", "Hamas", "asserted")}, ()),
    # noun frame: the owner gives, "to" receives
    ("funds.roles.noun", """
        Qatar         NNP poss  2 GPE:Qatar
        's            POS case  0
        largesse      NN  nsubj 6
        to            IN  prep  2
        Hamas         NNP pobj  3 ORG:Hamas
        has/have      VBZ aux   6
        grown/grow    VBN ROOT  6
        .             .   punct 6
     """, {("Qatar", "funds", "Hamas", "asserted")}, ()),
    # noun frame, a receiving host: the host's subject receives, a demonym gives
    ("funds.roles.noun", """
        Hamas         NNP nsubj 1 ORG:Hamas
        enjoys/enjoy  VBZ ROOT  1
        Qatari        JJ  amod  3 NORP:Qatar
        largesse      NN  dobj  1
        .             .   punct 1
     """, {("Qatar", "funds", "Hamas", "asserted")}, ()),
    # noun frame, a giving host: the host's subject gives
    ("funds.roles.noun", """
        Qatar         NNP nsubj 1 GPE:Qatar
        increased/increase VBD ROOT 1
        its           PRP$ poss 3
        largesse      NN  dobj  1
        to            IN  prep  3
        Hamas         NNP pobj  4 ORG:Hamas
        .             .   punct 1
     """, {("Qatar", "funds", "Hamas", "asserted")}, ()),
    # noun frame of training: "of" names the trainee
    ("trains.roles.noun", """
        Hezbollah     NNP poss  2 ORG:Hezbollah
        's            POS case  0
        tutelage      NN  nsubj 6
        of            IN  prep  2
        the           DT  det   5
        Houthis       NNPS pobj 3 ORG:Houthis
        began/begin   VBD ROOT  6
        .             .   punct 6
     """, {("Hezbollah", "trains", "Houthis", "asserted")}, ()),
    # noun frame, the noun as its container's modifier: the container's owner gives (not a package: since
    # relation_rules.v17 the support a package holds is aid, funds.nominal.shipment's "Russia's support package")
    ("backs.roles.noun", """
        Russia        NNP poss     3 GPE:Russia
        's            POS case     0
        support       NN  compound 3
        campaign      NN  nsubj    6
        for           IN  prep     3
        Syria         NNP pobj     4 GPE:Syria
        grew/grow     VBD ROOT     6
        .             .   punct    6
     """, {("Russia", "backs", "Syria", "asserted")}, ()),
    # agent nouns: the noun's own referent gives (an apposition), its owner or "of" receives
    ("funds.roles.agent", """
        Qatar         NNP nsubj 1 GPE:Qatar
        became/become VBD ROOT  1
        the           DT  det   3
        quartermaster NN  attr  1
        of            IN  prep  3
        Hamas         NNP pobj  4 ORG:Hamas
        .             .   punct 1
     """, {("Qatar", "funds", "Hamas", "asserted")}, ()),
    ("trains.roles.agent", """
        Russia        NNP nsubj 1 GPE:Russia
        is/be         VBZ ROOT  1
        the           DT  det   3
        junta         NN  poss  5 ORG:Junta_of_Mali
        's            POS case  3
        drillmaster   NN  attr  1
        .             .   punct 1
     """, {("Russia", "trains", "Junta of Mali", "asserted")}, ()),
    # client nouns: the noun's own referent is backed, its owner backs
    ("backs.roles.client", """
        The           DT  det   1
        militia       NN  nsubj 2 ORG:Kataib_Hezbollah
        is/be         VBZ ROOT  2
        a             DT  det   4
        surrogate     NN  attr  2
        of            IN  prep  4
        Tehran        NNP pobj  5 GPE:Iran
        .             .   punct 2
     """, {("Iran", "backs", "Kataib Hezbollah", "asserted")}, ()),
]

# (rule the trap is about, parse, coreference spans): no row at all
NEGATIVE = [
    # a place is no role: "in"
    ("funds.roles.give", """
        Qatar         NNP nsubj 1 GPE:Qatar
        remitted/remit VBD ROOT 1
        cash          NN  dobj  1
        in            IN  prep  1
        Lebanon       NNP pobj  3 GPE:Lebanon
        .             .   punct 1
     """, ()),
    # a transfer verb without a theme of the class
    ("funds.roles.give", """
        Qatar         NNP nsubj 1 GPE:Qatar
        remitted/remit VBD ROOT 1
        greetings     NNS dobj  1
        to            IN  prep  1
        Hamas         NNP pobj  3 ORG:Hamas
        .             .   punct 1
     """, ()),
    # a preposition the act frame has no role for: "capitalized on"
    ("funds.roles", """
        Moscow        NNP nsubj 1 GPE:Russia
        capitalized/capitalize VBD ROOT 1
        on            IN  prep  1
        Syria         NNP pobj  2 GPE:Syria
        .             .   punct 1
     """, ()),
    # a passive with no agent: the place is no giver
    ("trains.roles", """
        Hezbollah     NNP nsubjpass 2 ORG:Hezbollah
        was/be        VBD auxpass   2
        schooled/school VBN ROOT    2
        in            IN  prep      2
        Iran          NNP pobj      3 GPE:Iran
        .             .   punct     2
     """, ()),
    # an idiom, not training: "teach X a lesson" (teach is no back-off cue)
    ("trains.roles", """
        Israel        NNP nsubj 2 GPE:Israel
        will          MD  aux   2
        teach         VB  ROOT  2
        Hamas         NNP dative 2 ORG:Hamas
        a             DT  det   5
        lesson        NN  dobj  2
        .             .   punct 2
     """, ()),
    ("backs.roles", """
        Moscow        NNP nsubj 1 GPE:Russia
        championed/champion VBD ROOT 1
        the           DT  det   3
        deal          NN  dobj  1
        in            IN  prep  1
        Syria         NNP pobj  4 GPE:Syria
        .             .   punct 1
     """, ()),
    # two giver sides naming different actors: the table does not know the shape
    ("funds.roles.noun", """
        Qatar         NNP poss  2 GPE:Qatar
        's            POS case  0
        largesse      NN  nsubj 8
        from          IN  prep  2
        Iran          NNP pobj  3 GPE:Iran
        to            IN  prep  2
        Hamas         NNP pobj  5 ORG:Hamas
        has/have      VBZ aux   8
        grown/grow    VBN ROOT  8
        .             .   punct 8
     """, ()),
    ("trains.roles.give", """
        Turkey        NNP nsubj 1 GPE:Turkey
        conducted/conduct VBD ROOT 1
        an            DT  det   3
        inquiry       NN  dobj  1
        for           IN  prep  1
        Somalia       NNP pobj  4 GPE:Somalia
        .             .   punct 1
     """, ()),
    ("backs.roles.give", """
        Egypt         NNP nsubj 1 GPE:Egypt
        reaffirmed/reaffirm VBD ROOT 1
        its           PRP$ poss 3
        commitment    NN  dobj  1
        to            IN  prep  1
        Haftar        NNP pobj  4 PERSON:Khalifa_Haftar
        .             .   punct 1
     """, ()),
    ("funds.roles.receive", """
        Hamas         NNP nsubj 1 ORG:Hamas
        pocketed/pocket VBD ROOT 1
        the           DT  det   3
        ball          NN  dobj  1
        from          IN  prep  1
        Qatar         NNP pobj  4 GPE:Qatar
        .             .   punct 1
     """, ()),
    # a buyer of oil is funded by no one
    ("funds.roles.buy", """
        China         NNP nsubj 1 GPE:China
        sourced/source VBD ROOT 1
        oil           NN  dobj  1
        from          IN  prep  1
        Iran          NNP pobj  3 GPE:Iran
        .             .   punct 1
     """, ()),
    ("trains.roles.receive", """
        Hamas         NNP nsubj 1 ORG:Hamas
        completed/complete VBD ROOT 1
        a             DT  det   3
        tour          NN  dobj  1
        from          IN  prep  1
        Iran          NNP pobj  4 GPE:Iran
        .             .   punct 1
     """, ()),
    ("backs.roles.receive", """
        Hamas         NNP nsubj 1 ORG:Hamas
        garnered/garner VBD ROOT 1
        attention     NN  dobj  1
        from          IN  prep  1
        Qatar         NNP pobj  3 GPE:Qatar
        .             .   punct 1
     """, ()),
    ("trains.roles.noun", """
        Hezbollah     NNP poss  2 ORG:Hezbollah
        's            POS case  0
        tutelage      NN  nsubj 6
        in            IN  prep  2
        the           DT  det   5
        south         NN  pobj  3
        ended/end     VBD ROOT  6
        .             .   punct 6
     """, ()),
    # a place is no receiver of protection, and "with" gives no role ("solidarity with" backs since round 34)
    ("backs.roles.noun", """
        Russia        NNP poss  2 GPE:Russia
        's            POS case  0
        help          NN  nsubj 5
        with          IN  prep  2
        Syria         NNP pobj  3 GPE:Syria
        grew/grow     VBD ROOT  5
        in            IN  prep  5
        Geneva        NNP pobj  6 GPE:Switzerland
        .             .   punct 5
     """, ()),
    # a tutor of a place is no trainer of a party
    ("trains.roles.agent", """
        Russia        NNP nsubj 1 GPE:Russia
        sent/send     VBD ROOT  1
        tutors        NNS dobj  1
        to            IN  prep  1
        Bamako        NNP pobj  3 GPE:Bamako
        .             .   punct 1
     """, ()),
    ("funds.roles.agent", """
        Donors        NNS nsubj 1
        met/meet      VBD ROOT  1
        in            IN  prep  1
        Qatar         NNP pobj  2 GPE:Qatar
        .             .   punct 1
     """, ()),
    # a pawn on a board: the noun names no actor
    ("backs.roles.client", """
        Iran          NNP nsubj 1 GPE:Iran
        moved/move    VBD ROOT  1
        a             DT  det   3
        pawn          NN  dobj  1
        .             .   punct 1
     """, ()),
]




def test_roles_does_not_repeat_a_pair_a_specific_rule_made():
    doc = parse("""
        Iran          NNP nsubj 1 GPE:Iran
        funds/fund    VBZ ROOT  1
        Hamas         NNP dobj  1 ORG:Hamas
        .             .   punct 1
     """)
    assert triples(doc) == {("Iran", "funds", "Hamas", "asserted")}
    assert rules_fired(doc) == {"funds.verb"}


def test_roles_reaches_a_mention_by_at_most_max_links():
    # "fighters of the allies of the militias of X": three group-noun links reach, four do not
    table = """
        Egypt         NNP nsubj 1 GPE:Egypt
        reaffirmed/reaffirm VBD ROOT 1
        its           PRP$ poss 3
        support       NN  dobj  1
        to            IN  prep  1
        fighters      NNS pobj  4
        of            IN  prep  5
        forces        NNS pobj  6
        of            IN  prep  7
        militias      NNS pobj  8
        of            IN  prep  9
        {last}
        .             .   punct 1
     """
    three = "Haftar        NNP pobj  10 PERSON:Khalifa_Haftar"
    assert triples(parse(table.format(last=three))) == {("Egypt", "backs", "Khalifa Haftar", "asserted")}
    four = "troops        NNS pobj  10\n        of            IN  prep  12\n        Haftar        NNP pobj  13 PERSON:Khalifa_Haftar"
    assert triples(parse(table.format(last=four))) == set()


@pytest.mark.parametrize(
    "line, problem",
    [
        ('{"id": "backs.roles.x", "construction": "roles", "cue": "verb", "cues": ["back"]}', "frame"),
        ('{"id": "backs.roles.x", "construction": "roles", "cue": "verb", "frame": "give", "cues": ["give"]}', "themes"),
        ('{"id": "backs.roles.x", "construction": "roles", "cue": "noun", "frame": "act", "cues": ["support"]}', "noun frame"),
        ('{"id": "backs.roles.x", "construction": "roles", "cue": "verb", "frame": "act", "cues": ["back"], "pattern": ["cue"]}', "roles.yaml"),
    ],
)
def test_roles_rule_errors_name_the_problem(tmp_path, line, problem):
    import shutil

    from pipeline.relations import load_ruleset
    from pipeline.ruledata import RuleDataError
    from tests.relations_fixture import RULES_DIR

    folder = tmp_path / "relations" / "relations"  # (the shared vocabularies are read from ../vocab)
    shutil.copytree(RULES_DIR, folder)
    shutil.copytree(RULES_DIR.parent / "vocab", tmp_path / "relations" / "vocab")
    with open(folder / "backs.jsonl", "a", encoding="utf8") as f:
        f.write(line + "\n")
    with pytest.raises(RuleDataError, match=problem):
        load_ruleset(folder)


def test_roles_the_theme_is_no_receiver():
    # "Falcon drones were sold by Ankara": the drones' maker (linked as an organisation) receives nothing
    doc = parse("""
        Falcon        NNP compound 1 ORG:Falcon_Industries
        drones        NNS nsubjpass 3
        were/be       VBD auxpass 3
        sold/sell     VBN ROOT  3
        by            IN  agent 3
        Ankara        NNP pobj  4 GPE:Turkey
        .             .   punct 3
     """)
    assert triples(doc) == set()


@pytest.mark.parametrize(
    "table, expected",
    [
        # a prefix without its hyphen, read as an adverbial noun of the participle: "the Qatar funded militia"
        ("""
        the           DT  det      3
        Qatar         NNP npadvmod 2 GPE:Qatar
        funded/fund   VBN amod     3
        militia       NN  nsubj    4 ORG:Ahrar_al-Sham
        fought/fight  VBD ROOT     4
        .             .   punct    4
        """, {("Qatar", "funds", "Ahrar al-Sham", "asserted")}),
        ("""
        the           DT  det      3
        Moscow        NNP npadvmod 2 GPE:Russia
        sponsored/sponsor VBN amod 3
        junta         NN  nsubj    4 ORG:Junta_of_Mali
        resigned/resign VBD ROOT   4
        .             .   punct    4
        """, {("Russia", "backs", "Junta of Mali", "asserted")}),
        # "of" alone names no one ("the subsidization of Hamas grew"); beside a receiver it is the giver
        ("""
        the           DT  det   1
        subsidization NN  nsubj 4
        of            IN  prep  1
        Hamas         NNP pobj  2 ORG:Hamas
        grew/grow     VBD ROOT  4
        .             .   punct 4
        """, set()),
        ("""
        the           DT  det   1
        subsidization NN  nsubj 6
        of            IN  prep  1
        Qatar         NNP pobj  2 GPE:Qatar
        to            IN  prep  1
        Hamas         NNP pobj  4 ORG:Hamas
        grew/grow     VBD ROOT  6
        .             .   punct 6
        """, {("Qatar", "funds", "Hamas", "asserted")}),
    ],
)
def test_roles_prefix_and_of_giver(table, expected):
    assert triples(parse(table)) == expected


@pytest.mark.parametrize(
    "table, expected",
    [
        # a "with" phrase holding the cue: the clause's subject receives, the noun's owner gives
        ("""
        With          IN  prep  6
        Qatari        JJ  amod  2 NORP:Qatar
        largesse      NN  pobj  0
        ,             ,   punct 6
        the           DT  det   5
        group         NN  nsubj 6 ORG:Hamas
        built/build   VBD ROOT  6
        tunnels       NNS dobj  6
        .             .   punct 6
        """, {("Qatar", "funds", "Hamas", "asserted")}),
        ("""
        With          IN  prep  7
        Turkish       JJ  amod  2 NORP:Turkey
        tutelage      NN  pobj  0
        ,             ,   punct 7
        the           DT  det   5
        army          NN  nsubj 7 ORG:Somali_National_Army
        has/have      VBZ aux   7
        grown/grow    VBN ROOT  7
        .             .   punct 7
        """, {("Turkey", "trains", "Somali National Army", "asserted")}),
        # "with" on a noun, not on the clause's verb: no host ("rejected a deal with Qatari largesse")
        ("""
        Hamas         NNP nsubj 1 ORG:Hamas
        rejected/reject VBD ROOT 1
        a             DT  det   3
        deal          NN  dobj  1
        with          IN  prep  3
        Qatari        JJ  amod  6 NORP:Qatar
        largesse      NN  pobj  4
        .             .   punct 1
        """, set()),
    ],
)
def test_roles_with_phrase_host(table, expected):
    assert triples(parse(table)) == expected


@pytest.mark.parametrize(
    "table, expected",
    [
        # an event noun modifying its container: the container's owner gives, its "for" receives
        ("""
        Washington    NNP poss     3 GPE:United_States
        's            POS case     0
        aid           NN  compound 3
        package       NN  nsubj    6
        for           IN  prep     3
        Kyiv          NNP pobj     4 GPE:Ukraine
        stalled/stall VBD ROOT     6
        .             .   punct    6
        """, {("United States", "funds", "Ukraine", "asserted")}),
        ("""
        the           DT  det      3
        British       JJ  amod     3 NORP:United_Kingdom
        training      NN  compound 3
        mission       NN  nsubj    7
        for           IN  prep     3
        Ukrainian     JJ  amod     6 NORP:Ukraine
        recruits      NNS pobj     4
        ended/end     VBD ROOT     7
        .             .   punct    7
        """, {("United Kingdom", "trains", "Ukraine", "asserted")}),
        # where it is is no receiver: "Washington's aid package in Congress stalled"
        ("""
        Washington    NNP poss     3 GPE:United_States
        's            POS case     0
        aid           NN  compound 3
        package       NN  nsubj    6
        in            IN  prep     3
        Congress      NNP pobj     4 ORG:United_States_Congress
        stalled/stall VBD ROOT     6
        .             .   punct    6
        """, set()),
    ],
)
def test_roles_event_noun_in_its_container(table, expected):
    assert triples(parse(table)) == expected
