"""The miss explainer on hand-built parses: paths, shapes, cue candidates and rule outcomes."""

from __future__ import annotations

import pytest

from pipeline.relations import compile_ruleset, load_ruleset
from pipeline.relations.explain import APART, NO_OBJECT, NO_SUBJECT, dep_path, explain_extra, explain_miss, path_shape
from tests.relations_fixture import RULES_DIR, gazetteer_extractor, parse
from tests.test_relations_r16args import SUPPLIED_ARMY  # "Norway supplied the Azeri army with rifles."

RULES = compile_ruleset(load_ruleset(RULES_DIR))


def named(*names):
    return lambda actor: actor in names


# "Iran mails letters to Hamas": "mails" cues no rule (a gap the explainer must show)
SHIPS = """
    Iran         NNP nsubj  1 GPE:Iran
    mails/mail   VBZ ROOT   1
    letters/letter NNS dobj 1
    to           IN  dative 1
    Hamas        NNP pobj   3 ORG:Hamas
    .            .   punct  1
"""

# "Iran funds Hamas ."
FUNDS = """
    Iran        NNP nsubj 1 GPE:Iran
    funds/fund  VBZ ROOT  1
    Hamas       NNP dobj  1 ORG:Hamas
    .           .   punct 1
"""

# "Iran wants to fund Hamas ." (an unreal verb: the modality filter drops the pair)
PLANS = """
    Iran        NNP nsubj 1 GPE:Iran
    wants/want  VBZ ROOT  1
    to          TO  aux   3
    fund        VB  xcomp 1
    Hamas       NNP dobj  3 ORG:Hamas
    .           .   punct 1
"""

# "Iran spoke . Hamas fights ." (two sentences)
APART_TABLE = """
    Iran         NNP nsubj 1 GPE:Iran
    spoke/speak  VBD ROOT  1
    .            .   punct 1
    Hamas        NNP nsubj 4 ORG:Hamas
    fights/fight VBZ ROOT  4
    .            .   punct 4
"""


def test_relations_explain_dep_path_and_shape():
    doc = parse(SHIPS)
    steps = dep_path(doc[0], doc[4])
    assert [(s.token.text, s.dep, s.up) for s in steps] == [("mails", "nsubj", True), ("to", "dative", False), ("Hamas", "pobj", False)]
    assert path_shape(steps) == "S <nsubj VERB >dative to >pobj O"
    assert path_shape([]) == "S = O"


def test_relations_explain_miss_names_the_cue_word_without_a_rule():
    why = explain_miss(parse(SHIPS), RULES, "funds", named("Iran"), named("Hamas"))
    assert why.group == "S <nsubj VERB >dative to >pobj O"
    assert why.path == "Iran <nsubj mails >dative to >pobj Hamas"
    assert why.cues == ("mails (no rule)",)
    assert why.attempts == ()  # no funds rule is cued in the sentence
    assert "Iran mails letters to Hamas" in why.sentence


@pytest.mark.parametrize(
    ("table", "relation", "subject", "obj", "expected"),
    [
        # the rule finds the pair: nothing was missed for want of a construction
        (FUNDS, "funds", "Iran", "Hamas", "the pair (asserted): produced unless a denial consumed it"),
        # the rule fires with other arguments
        (FUNDS, "funds", "Iran", "Hezbollah", None),
        (PLANS, "funds", "Iran", "Hamas", "the pair, dropped by the modality filter (unreal, or a question)"),
    ],
)
def test_relations_explain_miss_reports_each_rule_outcome(table, relation, subject, obj, expected):
    why = explain_miss(parse(table), RULES, relation, named(subject), named(obj))
    if expected is None:
        assert why.group == NO_OBJECT
    else:
        assert {a.rule: a.outcome for a in why.attempts}["funds.verb"] == expected


def test_relations_explain_other_pairs_and_missing_arguments():
    doc = parse(FUNDS)
    why = explain_miss(doc, RULES, "funds", named("Hamas"), named("Iran"))  # the reverse direction
    assert {a.rule: a.outcome for a in why.attempts}["funds.verb"] == "other pairs: Iran -> Hamas"
    assert explain_miss(doc, RULES, "funds", named("Syria"), named("Hamas")).group == NO_SUBJECT
    assert explain_miss(parse(APART_TABLE), RULES, "backs", named("Iran"), named("Hamas")).group == APART


def test_relations_explain_extra_gives_rule_and_path():
    doc = parse(FUNDS)
    why = explain_extra(doc, "funds.verb", "funds", (0, 4), (11, 16))
    assert why.group == "S <nsubj VERB >dobj O"
    assert why.path == "Iran <nsubj funds >dobj Hamas"
    assert [(a.rule, a.cue) for a in why.attempts] == [("funds.verb", "funds")]


@pytest.mark.parametrize(
    ("relation", "group"),
    [
        # a supply row names the army's state: the gold's "Azerbaijan" is the army the rule found
        ("funds", "S <nsubj VERB >dobj O"),
        # trap: a side that is backed stays the army, so "Azerbaijan" is only the demonym inside its phrase
        ("backs", "S <nsubj VERB >dobj NOUN >compound O"),
    ],
)
def test_relations_explain_names_a_described_army_as_the_row_does(relation, group):
    why = explain_miss(parse(SUPPLIED_ARMY), gazetteer_extractor().rules, relation, named("Norway"), named("Azerbaijan"))
    assert why.group == group
