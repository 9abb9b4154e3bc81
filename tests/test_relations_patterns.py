"""Pattern rules: parsing and checking a pattern, compiling it, matching hand-built parses, role defaults."""

from __future__ import annotations

import json
import shutil

import numpy
import pytest
from spacy.attrs import DEP, HEAD, LEMMA, SENT_START
from spacy.matcher import DependencyMatcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from pipeline.relations import Grammar, compile_ruleset, load_ruleset, sentence_relations
from pipeline.relations.patterns import PatternError, parse_pattern
from pipeline.ruledata import RuleDataError
from tests.relations_fixture import RULES_DIR, parse

GIVE = "cue >dobj theme ; cue >prep|dative[to,for] >pobj object"


def test_patterns_parse_names_roles_and_compiles_to_dependency_matcher_entries():
    p = parse_pattern(GIVE)
    assert p.roles == {"theme": "n1", "object": "n3"}
    assert p.matcher_entries({"LEMMA": {"IN": ["provide"]}}) == [
        {"RIGHT_ID": "cue", "RIGHT_ATTRS": {"LEMMA": {"IN": ["provide"]}}},
        {"LEFT_ID": "cue", "REL_OP": ">", "RIGHT_ID": "n1", "RIGHT_ATTRS": {"DEP": {"IN": ["dobj"]}}},
        {"LEFT_ID": "cue", "REL_OP": ">", "RIGHT_ID": "n2", "RIGHT_ATTRS": {"DEP": {"IN": ["prep", "dative"]}, "LOWER": {"IN": ["for", "to"]}}},
        {"LEFT_ID": "n2", "REL_OP": ">", "RIGHT_ID": "n3", "RIGHT_ATTRS": {"DEP": {"IN": ["pobj"]}}},
    ]


def test_patterns_parse_up_steps_cue_roles_vocabularies_and_chains_from_roles():
    p = parse_pattern("cue=subject <pobj[@preps] <* object ; object >dobj theme", {"preps": ["with", "in"]})
    assert p.roles == {"subject": "cue", "object": "n2", "theme": "n3"}
    assert p.attrs["cue"] == {"DEP": {"IN": ["pobj"]}}  # "<pobj": the cue hangs as pobj on the node reached
    assert p.attrs["n1"] == {"LOWER": {"IN": ["in", "with"]}}
    assert p.attrs["n2"] == {}
    assert p.edges == (("cue", "<", "n1"), ("n1", "<", "n2"), ("n2", ">", "n3"))


def test_patterns_parse_lemmas_voice_and_repair_steps():
    p = parse_pattern("cue[active] >dobj theme ~modifier_dative[to,for] object ; cue <dobj{@light} subject", {"light": ["express"]})
    assert p.voice == "active"
    assert p.repaired == {"r0": ("modifier_dative", "n1", ("for", "to"))}
    assert p.roles == {"theme": "n1", "object": "r0", "subject": "n2"}
    assert p.attrs["n2"] == {"LEMMA": {"IN": ["express"]}}
    assert p.nodes == ("cue", "n1", "n2")  # a repair step is no DependencyMatcher node


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("", "the pattern is empty"),
        ("cue ; ", "an empty chain"),
        ("theme >dobj", "a chain starts with 'theme'"),
        ("cue >dboj theme", "unknown dependency label(s) ['dboj']"),
        ("cue >dobj recipient", "'recipient' is neither a step"),
        ("cue >dobj theme ; cue >prep >pobj theme", "role 'theme' is named twice"),
        ("cue=theme", "the cue can only be subject or object"),
        ("cue object", "role 'object' must follow the step"),
        ("cue >prep[To] >pobj object", "'To' in '>prep[To]' is not a lowercase word"),
        ("cue >prep[@nowhere] >pobj object", "unknown vocabulary '@nowhere'"),
        ("cue >dobj theme object", "role 'object' must follow the step"),
        ("cue[sideways] >dobj object", "a chain starts with 'cue[sideways]'"),
        ("cue[passive] >dobj object ; cue[active] >dobj theme", "give the voice once"),
        ("cue >dobj theme ~no_such_repair object", "unknown repair '~no_such_repair'"),
        ("cue >dobj theme ~modifier_dative", "must be followed by the role it fills"),
        ("cue >dobj theme ~modifier_dative >pobj object", "a repair step ends its chain"),
        ("cue >dobj theme ~modifier_dative theme", "a repair step ends its chain"),
    ],
)
def test_patterns_parse_rejects(text, problem):
    with pytest.raises(PatternError) as err:
        parse_pattern(text)
    assert problem in str(err.value)


def _with_rule(tmp_path, rule: dict):
    folder = tmp_path / "relations"
    shutil.copytree(RULES_DIR, folder)
    (folder / "vocab" / "reporting_verbs.txt").unlink(missing_ok=True)
    shutil.copy(RULES_DIR.parent / "vocab" / "reporting_verbs.txt", tmp_path / "reporting_verbs.txt")
    (folder / "rules.yaml").write_text(
        (RULES_DIR / "rules.yaml").read_text().replace("../vocab/reporting_verbs.txt", "../reporting_verbs.txt")
    )
    with open(folder / "funds.jsonl", "a", encoding="utf8") as f:
        f.write(json.dumps(rule) + "\n")
    return folder


@pytest.mark.parametrize(
    ("rule", "problem"),
    [
        ({"pattern": ["cue >dboj theme"], "themes": ["money"]}, "pattern 'cue >dboj theme': unknown dependency label"),
        ({"pattern": [GIVE], "fallback": ["cue >dobj theme >nmod objekt"]}, "fallback 'cue >dobj theme >nmod objekt': 'objekt'"),
        ({"pattern": [GIVE]}, "add 'themes' to the rule"),
        ({"pattern": ["cue"], "themes": ["money"]}, "name the theme in a pattern"),
        ({"pattern": ["cue"], "object_preps": ["to"]}, "have no meaning for a 'pattern' rule"),
        ({"pattern": ["cue"], "cue": None}, "a 'pattern' rule needs 'cue'"),
        ({"pattern": [], "cue": "verb"}, "a 'pattern' rule needs 'cue'"),
        ({"construction": "verb", "pattern": ["cue"], "cue": None}, "only apply to 'pattern' rules"),
    ],
)
def test_patterns_bad_rule_fails_at_load_naming_rule_and_problem(tmp_path, rule, problem):
    rule = {"id": "funds.pattern.bad", "construction": "pattern", "cue": "verb", "cues": ["give"], **rule}
    with pytest.raises(RuleDataError) as err:
        load_ruleset(_with_rule(tmp_path, rule))
    assert "funds.pattern.bad" in str(err.value)
    assert problem in str(err.value)


def _rules(*rules: dict):
    data = load_ruleset(RULES_DIR)
    base = {"themes": [], "exclude_deps": [], "exclude_particles": [], "requires": [], "fallback": [], "head_is": None,
            "clause_role": {}, "negated_object": False, "relation": "funds"}
    data["rules"] = [{**base, **r} for r in rules]
    return compile_ruleset(data)


def _rows(rules, table: str) -> set[tuple[str, str, str, str]]:
    doc = parse(table)
    g = Grammar(doc, rules)
    return {(r.subject, r.relation, r.object, r.rule) for sent in doc.sents for r in sentence_relations(sent, rules, g)}


PROVIDES_WEAPONS_TO_HAMAS = """
    Iran        NNP nsubj    1 GPE:Iran
    provides/provide VBZ ROOT 1
    weapons/weapon NNS dobj  1
    to          IN  dative   1
    Hamas       NNP pobj     3 ORG:Hamas
    .           .   punct    1
"""
PROVIDES_FOOD_TO_HAMAS = PROVIDES_WEAPONS_TO_HAMAS.replace("weapons/weapon", "food/food     ")
HAMAS_IS_FUNDED_BY_IRAN = """
    Hamas       NNP nsubjpass 2 ORG:Hamas
    is/be       VBZ auxpass   2
    funded/fund VBN ROOT      2
    by          IN  agent     2
    Iran        NNP pobj      3 GPE:Iran
    .           .   punct     2
"""
IRAN_THE_FINANCIER_OF_HAMAS = """
    Iran        NNP ROOT  0 GPE:Iran
    ,           ,   punct 0
    the         DT  det   3
    financier   NN  appos 0
    of          IN  prep  3
    Hamas       NNP pobj  4 ORG:Hamas
    .           .   punct 0
"""
SHIPPED_RUSSIA_MISSILES = """
    Pyongyang   NNP nsubj    1 GPE:North_Korea
    shipped/ship VBD ROOT    1
    Russia      NNP compound 3 GPE:Russia
    missiles/missile NNS dobj 1
    to          IN  prep     1
    Kursk       NNP pobj     4
    .           .   punct    1
"""
EXPRESSED_SUPPORT_FOR_HAMAS = """
    Iran       NNP nsubj 1 GPE:Iran
    expressed/express VBD ROOT 1
    support    NN  dobj  1
    for        IN  prep  2
    Hamas      NNP pobj  3 ORG:Hamas
    .          .   punct 1
"""
GIVE_RULE = {"id": "funds.give", "construction": "pattern", "cue": "verb", "cues": ["provide", "ship"],
             "themes": ["weapons", "missiles"], "pattern": [GIVE]}


@pytest.mark.parametrize(
    ("rule", "table", "expected"),
    [
        # the subject no pattern names is the verb's subject
        (GIVE_RULE, PROVIDES_WEAPONS_TO_HAMAS, {("Iran", "funds", "Hamas", "funds.give")}),
        # a theme that is not one of the rule's themes: no match
        (GIVE_RULE, PROVIDES_FOOD_TO_HAMAS, set()),
        # the pattern does not match at all (no "to"): nothing, not the defaults
        ({**GIVE_RULE, "pattern": ["cue >dobj theme ; cue >prep|dative[on] >pobj object"]}, PROVIDES_WEAPONS_TO_HAMAS, set()),
        # no role named: subject and object are the verb's (agent and patient in a passive)
        ({"id": "funds.verb", "construction": "pattern", "cue": "verb", "cues": ["fund"], "pattern": ["cue"]},
         HAMAS_IS_FUNDED_BY_IRAN, {("Iran", "funds", "Hamas", "funds.verb")}),
        # the cue itself in a role
        ({"id": "funds.role", "construction": "pattern", "cue": "noun", "cues": ["financier"],
          "pattern": ["cue=subject >prep[of] >pobj object"]},
         IRAN_THE_FINANCIER_OF_HAMAS, {("Iran", "funds", "Hamas", "funds.role")}),
        # a fallback fills only a role the patterns left without actors ("to Kursk" names none)
        ({**GIVE_RULE, "fallback": ["cue >dobj theme >compound|nmod object"]}, SHIPPED_RUSSIA_MISSILES,
         {("North Korea", "funds", "Russia", "funds.give")}),
        ({**GIVE_RULE, "fallback": ["cue >dobj theme >compound|nmod object"]},
         SHIPPED_RUSSIA_MISSILES.replace("Kursk       NNP pobj     4", "Kyiv        NNP pobj     4 GPE:Ukraine"), {("North Korea", "funds", "Ukraine", "funds.give")}),
        # a repair step: the parser's dative-as-modifier, only when no recipient is parsed ("to Kursk" is one)
        ({**GIVE_RULE, "pattern": ["cue >dobj theme ~modifier_dative[to,for] object"]}, SHIPPED_RUSSIA_MISSILES, set()),
        ({**GIVE_RULE, "pattern": ["cue >dobj theme ~modifier_dative[on] object"]}, SHIPPED_RUSSIA_MISSILES,
         {("North Korea", "funds", "Russia", "funds.give")}),
        # voice: an active-only pattern says nothing about a passive cue, whose roles default to agent and patient
        ({"id": "funds.verb", "construction": "pattern", "cue": "verb", "cues": ["fund"], "pattern": ["cue[active]"]},
         HAMAS_IS_FUNDED_BY_IRAN, set()),
        ({"id": "funds.verb", "construction": "pattern", "cue": "verb", "cues": ["fund"], "pattern": ["cue[passive]"]},
         HAMAS_IS_FUNDED_BY_IRAN, {("Iran", "funds", "Hamas", "funds.verb")}),
        # a role a matching pattern names takes no default, even without actors ("is" names none)
        ({"id": "funds.verb", "construction": "pattern", "cue": "verb", "cues": ["fund"], "pattern": ["cue >auxpass object"]},
         HAMAS_IS_FUNDED_BY_IRAN, set()),
        # lemmas in braces: the light verb's subject ("Iran expressed support for Hamas")
        ({"id": "funds.nominal", "construction": "pattern", "cue": "noun", "cues": ["support"],
          "pattern": ["cue <dobj{express} subject ; cue >prep[for] >pobj object"]}, """
            Iran       NNP nsubj 1 GPE:Iran
            expressed/express VBD ROOT 1
            support    NN  dobj  1
            for        IN  prep  2
            Hamas      NNP pobj  3 ORG:Hamas
         """, {("Iran", "funds", "Hamas", "funds.nominal")}),
    ],
)
def test_patterns_match_roles_and_defaults(rule, table, expected):
    assert _rows(_rules(rule), table) == expected


def _dependency_matcher_matches(matcher, doc) -> list[tuple]:
    """The reference: spaCy's DependencyMatcher with the rule's pattern entries, run on each sentence alone (a
    copy of the sentence whose heads outside it point to themselves), as the extractor did before round 10."""
    found = []
    for sent in doc.sents:
        words = [t.text for t in sent]
        small = Doc(doc.vocab, words=words, spaces=[bool(t.whitespace_) for t in sent])
        part = doc.to_array([LEMMA, DEP, HEAD])[sent.start : sent.end].copy()
        heads = part[:, 2].astype("int64")
        target = numpy.arange(len(part)) + heads
        heads[(target < 0) | (target >= len(part))] = 0
        part[:, 2] = heads.astype(part.dtype)
        small.from_array([LEMMA, DEP, HEAD], part)
        reference = DependencyMatcher(Vocab())
        for n, (tier, index, _, walk) in enumerate(matcher.walks):
            reference.add(str(n), [walk.entries])
        for key, ids in reference(small):
            tier, index, _, _ = matcher.walks[int(reference.vocab.strings[key])]
            found.append((tier, index, tuple(i + sent.start for i in ids)))
    return sorted(found)


def _walked_matches(matcher, doc) -> list[tuple]:
    return sorted(
        (tier, index, tuple(t.i for t in tokens))
        for tok in doc
        for tier, index, _, walk in matcher.walks
        for tokens in walk.matches(tok, tok.sent.start, tok.sent.end)
    )


def _parses_of_every_table():
    from tests.test_relations_constructions import TABLES

    for positive, negative in TABLES.values():
        for table, coref in [(case[1], (case[3:] or [()])[0]) for case in positive] + [
            (case[1], (case[2:] or [()])[0]) for case in negative
        ]:
            yield parse(table, coref)
    # sentence boundaries set after the parse (as the layout's line breaks do): heads and children across one count
    # as none ("provides | weapons to Hamas", "Iran expressed | support for Hamas")
    for table, boundary in ((PROVIDES_WEAPONS_TO_HAMAS, 2), (EXPRESSED_SUPPORT_FOR_HAMAS, 2)):
        doc = parse(table)
        starts = doc.to_array([SENT_START])
        starts[boundary] = 1
        doc.from_array([SENT_START], starts)
        yield doc


def test_patterns_walk_finds_what_the_dependency_matcher_finds_for_every_rule():
    """Every pattern of every rule in configs/relations, on every hand-built parse of the relation tests: the walk
    from each token gives exactly the node matches spaCy's DependencyMatcher gives for the same entries."""
    rules = compile_ruleset(load_ruleset(RULES_DIR))
    docs = list(_parses_of_every_table())
    compared = 0
    for matcher in rules.patterns.values():
        for doc in docs:
            if not any(walk.fits(tok, 0) for *_, walk in matcher.walks for tok in doc):
                continue  # (no token is this rule's cue: neither finds anything)
            walked = _walked_matches(matcher, doc)
            assert walked == _dependency_matcher_matches(matcher, doc), (matcher.rule_id, doc.text)
            compared += len(walked)
    assert len(docs) > 500 and compared > 500  # (the comparison saw many matches: an empty one is no pass)
