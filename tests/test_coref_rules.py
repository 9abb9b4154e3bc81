"""Coreference heuristics on hand-parsed Docs (no statistical model)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import DocBin, Span

from pipeline.actors.coref import CorefRules, resolve_coref, resolve_with_genders
from pipeline.ruledata import read_yaml
from pipeline.docs import actor_of
from tests.conftest import REPO, make_doc

RULES = CorefRules.model_validate(read_yaml(REPO / "configs" / "coref.yaml"))
TYPES = {"Hamas": "armed_group", "Hezbollah": "armed_group", "Houthis": "armed_group", "Iran": "state", "Egypt": "state", "Russia": "state", "Ukraine": "state"}


def parsed(text: str, heads, deps, tags, pos, ents, lemmas=None) -> spacy.tokens.Doc:
    """A Doc from space-separated words with a parse; ``ents`` maps a word index to (label, actor)."""
    words = text.split()
    doc = make_doc(words, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=lemmas)
    doc.ents = [Span(doc, i, i + 1, label=label, kb_id=actor) for i, (label, actor) in sorted(ents.items())]
    return doc


def resolved(doc):
    return [(doc[m.start : m.end].text, m.actor, m.rule) for m in resolve_coref(doc, RULES, TYPES.get)]


def hezbollah_it():
    return parsed(
        "Hezbollah fired rockets . It said so .",
        heads=[1, 1, 1, 1, 5, 5, 5, 5],
        deps=["nsubj", "ROOT", "dobj", "punct", "nsubj", "ROOT", "advmod", "punct"],
        tags=["NNP", "VBD", "NNS", ".", "PRP", "VBD", "RB", "."],
        pos=["PROPN", "VERB", "NOUN", "PUNCT", "PRON", "VERB", "ADV", "PUNCT"],
        ents={0: ("ORG", "Hezbollah")},
    )


def houthis_the_group():
    return parsed(
        "The Houthis seized a ship . The group said so .",
        heads=[1, 2, 2, 4, 2, 2, 7, 8, 8, 8, 8],
        deps=["det", "nsubj", "ROOT", "det", "dobj", "punct", "det", "nsubj", "ROOT", "advmod", "punct"],
        tags=["DT", "NNPS", "VBD", "DT", "NN", ".", "DT", "NN", "VBD", "RB", "."],
        pos=["DET", "PROPN", "VERB", "DET", "NOUN", "PUNCT", "DET", "NOUN", "VERB", "ADV", "PUNCT"],
        ents={1: ("ORG", "Houthis")},
    )


def test_coref_rules_pronoun_it_to_earlier_subject():
    assert resolved(hezbollah_it()) == [("It", "Hezbollah", "pronoun")]


def test_coref_rules_the_group():
    assert resolved(houthis_the_group()) == [("The group", "Houthis", "description")]


def test_coref_rules_the_group_skips_a_state_nearer_to_it():
    doc = parsed(
        "Hezbollah gets money from Iran . The group runs schools .",
        heads=[1, 1, 1, 1, 3, 1, 7, 8, 8, 8, 8],
        deps=["nsubj", "ROOT", "dobj", "prep", "pobj", "punct", "det", "nsubj", "ROOT", "dobj", "punct"],
        tags=["NNP", "VBZ", "NN", "IN", "NNP", ".", "DT", "NN", "VBZ", "NNS", "."],
        pos=["PROPN", "VERB", "NOUN", "ADP", "PROPN", "PUNCT", "DET", "NOUN", "VERB", "NOUN", "PUNCT"],
        ents={0: ("ORG", "Hezbollah"), 4: ("GPE", "Iran")},
    )
    assert resolved(doc) == [("The group", "Hezbollah", "description")]


def test_coref_rules_he_to_a_person():
    doc = parsed(
        "Hassan Nasrallah spoke . He left .",
        heads=[1, 2, 2, 2, 5, 5, 5],
        deps=["compound", "nsubj", "ROOT", "punct", "nsubj", "ROOT", "punct"],
        tags=["NNP", "NNP", "VBD", ".", "PRP", "VBD", "."],
        pos=["PROPN", "PROPN", "VERB", "PUNCT", "PRON", "VERB", "PUNCT"],
        ents={},
    )
    doc.ents = [Span(doc, 0, 2, label="PERSON", kb_id="Hassan Nasrallah")]
    assert resolved(doc) == [("He", "Hassan Nasrallah", "pronoun")]


@pytest.mark.parametrize(
    ("text", "heads", "deps", "tags", "pos"),
    [
        # "It is important to note that ..."
        (
            "Hamas fights . It is important to note that .",
            [1, 1, 1, 4, 4, 4, 7, 5, 7, 4],
            ["nsubj", "ROOT", "punct", "nsubj", "ROOT", "acomp", "aux", "xcomp", "dobj", "punct"],
            ["NNP", "VBZ", ".", "PRP", "VBZ", "JJ", "TO", "VB", "DT", "."],
            ["PROPN", "VERB", "PUNCT", "PRON", "AUX", "ADJ", "PART", "VERB", "PRON", "PUNCT"],
        ),
        # "It seems ..."
        (
            "Hamas fights . It seems so .",
            [1, 1, 1, 4, 4, 4, 4],
            ["nsubj", "ROOT", "punct", "nsubj", "ROOT", "advmod", "punct"],
            ["NNP", "VBZ", ".", "PRP", "VBZ", "RB", "."],
            ["PROPN", "VERB", "PUNCT", "PRON", "VERB", "ADV", "PUNCT"],
        ),
    ],
)
def test_coref_rules_pleonastic_it_stays_unresolved(text, heads, deps, tags, pos):
    doc = parsed(text, heads, deps, tags, pos, ents={0: ("ORG", "Hamas")})
    doc[4].lemma_ = "seem" if "seems" in text else "be"
    assert resolved(doc) == []


def test_coref_rules_binding_excludes_the_subject_of_the_same_verb():
    doc = parsed(
        "Hamas attacked . Egypt condemned it .",
        heads=[1, 1, 1, 4, 4, 4, 4],
        deps=["nsubj", "ROOT", "punct", "nsubj", "ROOT", "dobj", "punct"],
        tags=["NNP", "VBD", ".", "NNP", "VBD", "PRP", "."],
        pos=["PROPN", "VERB", "PUNCT", "PROPN", "VERB", "PRON", "PUNCT"],
        ents={0: ("ORG", "Hamas"), 3: ("GPE", "Egypt")},
    )
    assert resolved(doc) == [("it", "Hamas", "pronoun")]


def test_coref_rules_plural_pronoun_after_a_plain_plural_noun():
    doc = parsed(
        "Iran backs militias . The militias stepped up their attacks .",
        heads=[1, 1, 1, 1, 5, 6, 6, 6, 9, 6, 6],
        deps=["nsubj", "ROOT", "dobj", "punct", "det", "nsubj", "ROOT", "prt", "poss", "dobj", "punct"],
        tags=["NNP", "VBZ", "NNS", ".", "DT", "NNS", "VBD", "RP", "PRP$", "NNS", "."],
        pos=["PROPN", "VERB", "NOUN", "PUNCT", "DET", "NOUN", "VERB", "ADP", "PRON", "NOUN", "PUNCT"],
        ents={0: ("GPE", "Iran")},
    )
    assert resolved(doc) == []


def test_coref_rules_plain_noun_phrase_wins_over_a_distant_actor():
    doc = parsed(
        "Iran spoke . The Kremlin announced a deal . Ukraine rejected it .",
        heads=[1, 1, 1, 5, 5, 5, 7, 5, 5, 10, 10, 10, 10],
        deps=["nsubj", "ROOT", "punct", "det", "nsubj", "ROOT", "det", "dobj", "punct", "nsubj", "ROOT", "dobj", "punct"],
        tags=["NNP", "VBD", ".", "DT", "NNP", "VBD", "DT", "NN", ".", "NNP", "VBD", "PRP", "."],
        pos=["PROPN", "VERB", "PUNCT", "DET", "PROPN", "VERB", "DET", "NOUN", "PUNCT", "PROPN", "VERB", "PRON", "PUNCT"],
        ents={0: ("GPE", "Iran"), 9: ("GPE", "Ukraine")},
    )
    doc.ents = [*doc.ents, Span(doc, 4, 5, label="ORG", kb_id="Russia")]
    assert resolved(doc) == []


def test_coref_rules_modifier_names_the_actor():
    doc = parsed(
        "the Iranian regime supplies drones",
        heads=[2, 2, 3, 3, 3],
        deps=["det", "amod", "nsubj", "ROOT", "dobj"],
        tags=["DT", "JJ", "NN", "VBZ", "NNS"],
        pos=["DET", "ADJ", "NOUN", "VERB", "NOUN"],
        ents={1: ("NORP", "Iran")},
    )
    assert resolved(doc) == [("the Iranian regime", "Iran", "modifier")]


def test_coref_rules_hyphen_compound_is_no_owner():
    doc = make_doc(["Iran", "-", "backed", "forces", "advanced"], spaces=[False, False, True, True, False],
                   heads=[2, 2, 3, 4, 4], deps=["npadvmod", "punct", "amod", "nsubj", "ROOT"],
                   tags=["NNP", "HYPH", "VBN", "NNS", "VBD"], pos=["PROPN", "PUNCT", "VERB", "NOUN", "VERB"])
    doc.ents = [Span(doc, 0, 1, label="GPE", kb_id="Iran")]
    assert resolved(doc) == []


def test_coref_rules_former_and_latter():
    doc = parsed(
        "Hamas and Hezbollah fought . The former won .",
        heads=[3, 0, 0, 3, 3, 6, 7, 7, 7],
        deps=["nsubj", "cc", "conj", "ROOT", "punct", "det", "nsubj", "ROOT", "punct"],
        tags=["NNP", "CC", "NNP", "VBD", ".", "DT", "JJ", "VBD", "."],
        pos=["PROPN", "CCONJ", "PROPN", "VERB", "PUNCT", "DET", "ADJ", "VERB", "PUNCT"],
        ents={0: ("ORG", "Hamas"), 2: ("ORG", "Hezbollah")},
    )
    assert resolved(doc) == [("The former", "Hamas", "former_latter")]


def test_coref_rules_nothing_without_a_parse():
    doc = make_doc(["Hamas", "said", "it", "won"])
    assert resolve_coref(doc, RULES, TYPES.get) == []


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("en", vocab=make_doc(["x"]).vocab)
    nlp.add_pipe("actor_linker").initialize(path=REPO / "configs" / "actors.yaml")
    nlp.add_pipe("actor_coref").initialize(path=REPO / "configs" / "coref.yaml")
    return nlp


def test_coref_rules_component_stores_spans_that_actor_of_finds(nlp):
    doc = nlp.get_pipe("actor_coref")(houthis_the_group())
    assert [(s.text, s.label_, s.kb_id_) for s in doc.spans["coref"]] == [("The group", "description", "Houthis")]
    assert actor_of(doc[6:8]) == "Houthis"
    again = next(DocBin(docs=[doc]).get_docs(nlp.vocab))
    assert [(s.text, s.label_, s.kb_id_) for s in again.spans["coref"]] == [("The group", "description", "Houthis")]


def test_coref_rules_component_uses_the_gazetteer_types(nlp):
    coref = nlp.get_pipe("actor_coref")
    assert coref.actor_type("Houthis") == "armed_group"
    assert coref.actor_type("Sentinel Drone Watch") is None


def _hezbollah_then(description: str, head_tag: str = "NN"):
    """ "Hezbollah fired . The <adj> <head> said so ." with Lebanese as a NORP entity of Lebanon."""
    return parsed(
        f"Hezbollah fired . The Lebanese {description} said so .",
        heads=[1, 1, 1, 5, 5, 6, 6, 6, 6],
        deps=["nsubj", "ROOT", "punct", "det", "amod", "nsubj", "ROOT", "advmod", "punct"],
        tags=["NNP", "VBD", ".", "DT", "JJ", head_tag, "VBD", "RB", "."],
        pos=["PROPN", "VERB", "PUNCT", "DET", "ADJ", "NOUN", "VERB", "ADV", "PUNCT"],
        ents={0: ("ORG", "Hezbollah"), 4: ("NORP", "Lebanon")},
    )


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        # a group noun with a demonym is a group based there, never the state
        ("group", [("The Lebanese group", "Hezbollah", "description")]),
        ("militia", [("The Lebanese militia", "Hezbollah", "description")]),
        # a head noun of government keeps naming the state
        ("government", [("The Lebanese government", "Lebanon", "modifier")]),
    ],
)
def test_coref_rules_demonym_group_is_a_description(head, expected):
    assert resolved(_hezbollah_then(head)) == expected


def _claim(verb: str, lemma: str):
    """ "Hamas <verb> claims that Iran directed its attack ." """
    return parsed(
        f"Hamas {verb} claims that Iran directed its attack .",
        heads=[1, 1, 1, 5, 5, 2, 7, 5, 1],
        deps=["nsubj", "ROOT", "dobj", "mark", "nsubj", "acl", "poss", "dobj", "punct"],
        tags=["NNP", "VBD", "NNS", "IN", "NNP", "VBD", "PRP$", "NN", "."],
        pos=["PROPN", "VERB", "NOUN", "SCONJ", "PROPN", "VERB", "PRON", "NOUN", "PUNCT"],
        ents={0: ("ORG", "Hamas"), 4: ("GPE", "Iran")},
        lemmas=["hamas", lemma, "claim", "that", "iran", "direct", "its", "attack", "."],
    )


@pytest.mark.parametrize(
    ("verb", "lemma", "actor"),
    [
        ("rejected", "reject", "Hamas"),  # a possessive in a denied claim: the denier
        ("repeated", "repeat", "Iran"),  # in a claim it does not deny: the clause's own subject
    ],
)
def test_coref_rules_possessive_in_a_denied_claim(verb, lemma, actor):
    assert resolved(_claim(verb, lemma)) == [("its", actor, "pronoun")]


@pytest.mark.parametrize(
    ("unit", "expected"),
    [
        # "the militia" is no state's own force ...
        ("Quds", "Kataib Hezbollah"),
        # ... but the nearer of two militias
        ("Houthis", "Houthis"),
    ],
)
def test_coref_rules_militia_is_no_state_force(unit, expected):
    doc = parsed(
        f"Kataib fighters were armed by {unit} . The militia grew .",
        heads=[1, 3, 3, 3, 3, 4, 3, 8, 9, 9, 9],
        deps=["compound", "nsubjpass", "auxpass", "ROOT", "agent", "pobj", "punct", "det", "nsubj", "ROOT", "punct"],
        tags=["NNP", "NNS", "VBD", "VBN", "IN", "NNP", ".", "DT", "NN", "VBD", "."],
        pos=["PROPN", "NOUN", "AUX", "VERB", "ADP", "PROPN", "PUNCT", "DET", "NOUN", "VERB", "PUNCT"],
        ents={0: ("ORG", "Kataib Hezbollah"), 5: ("ORG", {"Quds": "Quds Force"}.get(unit, unit))},
    )
    types = {**TYPES, "Kataib Hezbollah": "armed_group", "Quds Force": "armed_group"}
    mentions = resolve_coref(doc, RULES, types.get)
    assert [(doc[m.start : m.end].text, m.actor) for m in mentions] == [("The militia", expected)]


GENDERED = RULES.model_copy(update={"gender": RULES.gender.model_copy(update={"first_names": {"maria": "female", "tom": "male"}})})


def evers_met_ortega(pronoun: str, first: str = "Tom"):
    return parsed(
        f"{first} Evers met Maria Ortega . {pronoun} left .",
        heads=[1, 2, 2, 4, 2, 2, 7, 7, 7],
        deps=["compound", "nsubj", "ROOT", "compound", "dobj", "punct", "nsubj", "ROOT", "punct"],
        tags=["NNP", "NNP", "VBD", "NNP", "NNP", ".", "PRP", "VBD", "."],
        pos=["PROPN", "PROPN", "VERB", "PROPN", "PROPN", "PUNCT", "PRON", "VERB", "PUNCT"],
        ents={},
    )


def _people(doc, first):
    doc.ents = [Span(doc, 0, 2, label="PERSON", kb_id=f"{first} Evers"), Span(doc, 3, 5, label="PERSON", kb_id="Maria Ortega")]
    return doc


@pytest.mark.parametrize(
    ("pronoun", "first", "rules", "expected"),
    [
        ("He", "Tom", GENDERED, "Tom Evers"),
        ("She", "Tom", GENDERED, "Maria Ortega"),  # the less salient object, as "she" is no man
        ("She", "Tom", RULES, "Tom Evers"),  # without the lexicon: salience alone
        ("She", "Kim", GENDERED, "Kim Evers"),  # a first name the lexicon does not know: salience alone
    ],
)
def test_coref_rules_gendered_pronoun_agrees_with_its_person(pronoun, first, rules, expected):
    doc = _people(evers_met_ortega(pronoun, first), first)
    assert [(m.actor, m.rule) for m in resolve_coref(doc, rules, TYPES.get)] == [(expected, "pronoun")]


@pytest.mark.parametrize(("title", "expected"), [("Mrs", "Evers"), ("Mr", "Maria Ortega")])
def test_coref_rules_a_title_tells_the_gender(title, expected):
    # Mrs Evers met Maria Ortega . She left .  ("Mrs" outside the entity, as the model tags it)
    doc = evers_met_ortega("She", title)
    doc.ents = [Span(doc, 1, 2, label="PERSON", kb_id="Evers"), Span(doc, 3, 5, label="PERSON", kb_id="Maria Ortega")]
    assert [m.actor for m in resolve_coref(doc, GENDERED, TYPES.get)] == [expected]


def test_coref_rules_a_resolved_pronoun_teaches_the_gender():
    # Kim Evers met Maria Ortega . He left .  (no lexicon: "He" goes to the salient subject, who is then a man)
    doc = _people(evers_met_ortega("He", "Kim"), "Kim")
    mentions, genders = resolve_with_genders(doc, RULES, TYPES.get)
    assert [m.actor for m in mentions] == ["Kim Evers"] and genders == {"Kim Evers": "male"}


def test_coref_rules_component_reads_the_first_names_and_stores_genders(nlp):
    component = nlp.get_pipe("actor_coref")
    assert component.rules.gender.first_names["maria"] == "female"
    doc = component(_people(evers_met_ortega("She", "Tom"), "Tom"))
    assert [(s.text, s.label_) for s in doc.spans["gender"]] == [("Tom Evers", "male"), ("Maria Ortega", "female")]
    assert [(s.text, s.kb_id_) for s in doc.spans["coref"]] == [("She", "Maria Ortega")]


def test_coref_rules_a_bad_first_names_line_fails_naming_the_file(tmp_path):
    from pipeline.components.coref import ActorCoref
    from pipeline.ruledata import RuleDataError

    (tmp_path / "names.tsv").write_text("maria\tfemale\ntom male\n", encoding="utf8")
    rules = (REPO / "configs" / "coref.yaml").read_text(encoding="utf8").replace("vocab/first_names.tsv", "names.tsv")
    (tmp_path / "coref.yaml").write_text(rules, encoding="utf8")
    with pytest.raises(RuleDataError, match="names.tsv"):
        ActorCoref(spacy.blank("en"), "actor_coref").load_data(tmp_path / "coref.yaml")


# an actor's people ("Russian soldiers", "Hezbollah fighters") are an antecedent of a plural pronoun: the actor
@pytest.mark.parametrize(
    ("text", "heads", "deps", "tags", "pos", "ents", "expected"),
    [
        (  # a state's soldiers, then their possessive
            "Russian soldiers arrived . Their mission is training .",
            [1, 2, 2, 2, 5, 6, 6, 6, 6],
            ["amod", "nsubj", "ROOT", "punct", "poss", "nsubj", "ROOT", "attr", "punct"],
            ["JJ", "NNS", "VBD", ".", "PRP$", "NN", "VBZ", "NN", "."],
            ["ADJ", "NOUN", "VERB", "PUNCT", "PRON", "NOUN", "AUX", "NOUN", "PUNCT"],
            {0: ("NORP", "Russia")},
            [("Their", "Russia", "pronoun")],
        ),
        (  # a group's fighters, then "they"
            "Hezbollah fighters crossed the border . They attacked a post .",
            [1, 2, 2, 4, 2, 2, 7, 7, 9, 7, 7],
            ["compound", "nsubj", "ROOT", "det", "dobj", "punct", "nsubj", "ROOT", "det", "dobj", "punct"],
            ["NNP", "NNS", "VBD", "DT", "NN", ".", "PRP", "VBD", "DT", "NN", "."],
            ["PROPN", "NOUN", "VERB", "DET", "NOUN", "PUNCT", "PRON", "VERB", "DET", "NOUN", "PUNCT"],
            {0: ("ORG", "Hezbollah")},
            [("They", "Hezbollah", "pronoun")],
        ),
        (  # binding: "them" is not the subject's own people, but the others named before
            "Egyptian officers waited . Russian instructors trained them .",
            [1, 2, 2, 2, 5, 6, 6, 6, 6],
            ["amod", "nsubj", "ROOT", "punct", "amod", "nsubj", "ROOT", "dobj", "punct"],
            ["JJ", "NNS", "VBD", ".", "JJ", "NNS", "VBD", "PRP", "."],
            ["ADJ", "NOUN", "VERB", "PUNCT", "ADJ", "NOUN", "VERB", "PRON", "PUNCT"],
            {0: ("NORP", "Egypt"), 4: ("NORP", "Russia")},
            [("them", "Egypt", "pronoun")],
        ),
        (  # trap: fighters backed by a state are not its people
            "Iran - backed fighters advanced . They took a town .",
            [2, 2, 3, 4, 4, 4, 7, 7, 9, 7, 7],
            ["npadvmod", "punct", "amod", "nsubj", "ROOT", "punct", "nsubj", "ROOT", "det", "dobj", "punct"],
            ["NNP", "HYPH", "VBN", "NNS", "VBD", ".", "PRP", "VBD", "DT", "NN", "."],
            ["PROPN", "PUNCT", "VERB", "NOUN", "VERB", "PUNCT", "PRON", "VERB", "DET", "NOUN", "PUNCT"],
            {0: ("GPE", "Iran")},
            [],
        ),
        (  # trap: two actors' troops are no one actor's
            "Russian and Egyptian troops arrived . Their mission is training .",
            [3, 0, 0, 4, 4, 4, 7, 8, 8, 8, 8],
            ["amod", "cc", "conj", "nsubj", "ROOT", "punct", "poss", "nsubj", "ROOT", "attr", "punct"],
            ["JJ", "CC", "JJ", "NNS", "VBD", ".", "PRP$", "NN", "VBZ", "NN", "."],
            ["ADJ", "CCONJ", "ADJ", "NOUN", "VERB", "PUNCT", "PRON", "NOUN", "AUX", "NOUN", "PUNCT"],
            {0: ("NORP", "Russia"), 2: ("NORP", "Egypt")},
            [],
        ),
        (  # trap: a noun that names no people ("Russian drones") is no actor's people
            "Russian drones arrived . Their range is short .",
            [1, 2, 2, 2, 5, 6, 6, 6, 6],
            ["amod", "nsubj", "ROOT", "punct", "poss", "nsubj", "ROOT", "acomp", "punct"],
            ["JJ", "NNS", "VBD", ".", "PRP$", "NN", "VBZ", "JJ", "."],
            ["ADJ", "NOUN", "VERB", "PUNCT", "PRON", "NOUN", "AUX", "ADJ", "PUNCT"],
            {0: ("NORP", "Russia")},
            [],
        ),
    ],
)
def test_coref_rules_plural_pronoun_refers_to_an_actors_people(text, heads, deps, tags, pos, ents, expected):
    assert resolved(parsed(text, heads, deps, tags, pos, ents)) == expected


def test_coref_rules_a_resolved_plural_pronoun_is_no_antecedent_of_it():
    # number agreement: "they" (Russia's soldiers) does not make "it" Russia
    doc = parsed(
        "Russian soldiers arrived . They said it was over .",
        heads=[1, 2, 2, 2, 5, 5, 7, 5, 7, 5],
        deps=["amod", "nsubj", "ROOT", "punct", "nsubj", "ROOT", "nsubj", "ccomp", "acomp", "punct"],
        tags=["JJ", "NNS", "VBD", ".", "PRP", "VBD", "PRP", "VBD", "RB", "."],
        pos=["ADJ", "NOUN", "VERB", "PUNCT", "PRON", "VERB", "PRON", "AUX", "ADV", "PUNCT"],
        ents={0: ("NORP", "Russia")},
    )
    assert resolved(doc) == [("They", "Russia", "pronoun")]


# "the Iraqi prime minister" -> the person named with that office in their title
@pytest.mark.parametrize(
    ("text", "heads", "deps", "tags", "pos", "ents", "expected"),
    [
        (  # the title right before the name
            "Prime Minister Keller spoke . The prime minister left .",
            [2, 2, 3, 3, 3, 7, 7, 8, 8, 8],
            ["compound", "compound", "nsubj", "ROOT", "punct", "det", "amod", "nsubj", "ROOT", "punct"],
            ["NNP", "NNP", "NNP", "VBD", ".", "DT", "JJ", "NN", "VBD", "."],
            ["PROPN", "PROPN", "PROPN", "VERB", "PUNCT", "DET", "ADJ", "NOUN", "VERB", "PUNCT"],
            {2: ("PERSON", "Keller")},
            [("The prime minister", "Keller", "office")],
        ),
        (  # the state qualifies both
            "Iraqi Prime Minister Keller spoke . The Iraqi prime minister left .",
            [3, 3, 3, 4, 4, 4, 9, 9, 9, 10, 10, 10],
            ["amod", "compound", "compound", "nsubj", "ROOT", "punct", "det", "amod", "amod", "nsubj", "ROOT", "punct"],
            ["JJ", "NNP", "NNP", "NNP", "VBD", ".", "DT", "JJ", "JJ", "NN", "VBD", "."],
            ["ADJ", "PROPN", "PROPN", "PROPN", "VERB", "PUNCT", "DET", "ADJ", "ADJ", "NOUN", "VERB", "PUNCT"],
            {0: ("NORP", "Iraq"), 3: ("PERSON", "Keller"), 7: ("NORP", "Iraq")},
            [("The Iraqi prime minister", "Keller", "office")],
        ),
        (  # the office in apposition to the name
            "Keller , the president , spoke . The president left .",
            [5, 0, 3, 0, 0, 5, 5, 8, 9, 9, 9],
            ["nsubj", "punct", "det", "appos", "punct", "ROOT", "punct", "det", "nsubj", "ROOT", "punct"],
            ["NNP", ",", "DT", "NN", ",", "VBD", ".", "DT", "NN", "VBD", "."],
            ["PROPN", "PUNCT", "DET", "NOUN", "PUNCT", "VERB", "PUNCT", "DET", "NOUN", "VERB", "PUNCT"],
            {0: ("PERSON", "Keller")},
            [("the president", "Keller", "office"), ("The president", "Keller", "office")],
        ),
        (  # trap: another state's prime minister
            "Iraqi Prime Minister Keller spoke . The Turkish prime minister left .",
            [3, 3, 3, 4, 4, 4, 9, 9, 9, 10, 10, 10],
            ["amod", "compound", "compound", "nsubj", "ROOT", "punct", "det", "amod", "amod", "nsubj", "ROOT", "punct"],
            ["JJ", "NNP", "NNP", "NNP", "VBD", ".", "DT", "JJ", "JJ", "NN", "VBD", "."],
            ["ADJ", "PROPN", "PROPN", "PROPN", "VERB", "PUNCT", "DET", "ADJ", "ADJ", "NOUN", "VERB", "PUNCT"],
            {0: ("NORP", "Iraq"), 3: ("PERSON", "Keller"), 7: ("NORP", "Turkey")},
            [],
        ),
        (  # trap: a vice president is not "the president"
            "Vice President Keller spoke . The president left .",
            [2, 2, 3, 3, 3, 6, 7, 7, 7],
            ["compound", "compound", "nsubj", "ROOT", "punct", "det", "nsubj", "ROOT", "punct"],
            ["NNP", "NNP", "NNP", "VBD", ".", "DT", "NN", "VBD", "."],
            ["PROPN", "PROPN", "PROPN", "VERB", "PUNCT", "DET", "NOUN", "VERB", "PUNCT"],
            {2: ("PERSON", "Keller")},
            [],
        ),
        (  # trap: "the new prime minister" is someone else
            "Prime Minister Keller spoke . The new prime minister left .",
            [2, 2, 3, 3, 3, 8, 8, 8, 9, 9, 9],
            ["compound", "compound", "nsubj", "ROOT", "punct", "det", "amod", "amod", "nsubj", "ROOT", "punct"],
            ["NNP", "NNP", "NNP", "VBD", ".", "DT", "JJ", "JJ", "NN", "VBD", "."],
            ["PROPN", "PROPN", "PROPN", "VERB", "PUNCT", "DET", "ADJ", "ADJ", "NOUN", "VERB", "PUNCT"],
            {2: ("PERSON", "Keller")},
            [],
        ),
    ],
)
def test_coref_rules_an_office_names_the_person_titled_with_it(text, heads, deps, tags, pos, ents, expected):
    assert resolved(parsed(text, heads, deps, tags, pos, ents)) == expected


@pytest.mark.parametrize(
    ("text", "heads", "deps", "tags", "pos", "ents"),
    [
        (  # two presidents named before: "the president" alone is either
            "President Keller met President Oduya . The president left .",
            [1, 2, 2, 4, 2, 2, 7, 8, 8, 8],
            ["compound", "nsubj", "ROOT", "compound", "dobj", "punct", "det", "nsubj", "ROOT", "punct"],
            ["NNP", "NNP", "VBD", "NNP", "NNP", ".", "DT", "NN", "VBD", "."],
            ["PROPN", "PROPN", "VERB", "PROPN", "PROPN", "PUNCT", "DET", "NOUN", "VERB", "PUNCT"],
            {1: ("PERSON", "Keller"), 4: ("PERSON", "Oduya")},
        ),
        (  # "the president of Turkey" names its state, not the president named before
            "President Keller spoke . The president of Turkey left .",
            [1, 2, 2, 2, 5, 8, 5, 6, 8, 8],
            ["compound", "nsubj", "ROOT", "punct", "det", "nsubj", "prep", "pobj", "ROOT", "punct"],
            ["NNP", "NNP", "VBD", ".", "DT", "NN", "IN", "NNP", "VBD", "."],
            ["PROPN", "PROPN", "VERB", "PUNCT", "DET", "NOUN", "ADP", "PROPN", "VERB", "PUNCT"],
            {1: ("PERSON", "Keller"), 7: ("GPE", "Turkey")},
        ),
    ],
)
def test_coref_rules_an_office_with_two_holders_or_a_named_state_stays_unresolved(text, heads, deps, tags, pos, ents):
    assert [r for r in resolved(parsed(text, heads, deps, tags, pos, ents)) if r[2] == "office"] == []


# "A and its B" (coref.v8): a possessive on the second conjunct of a coordination refers to the first conjunct when
# it agrees, before any more salient subject ("Egypt said ..."); a gendered one never to a state.
@pytest.mark.parametrize(
    "text, heads, deps, tags, pos, ents, expected",
    [
        (   # "Egypt said the strikes were carried out by Iran and its proxies."
            "Egypt said the strikes were carried out by Iran and its proxies .",
            [1, 1, 3, 5, 5, 1, 5, 5, 7, 8, 11, 8, 1],
            ["nsubj", "ROOT", "det", "nsubjpass", "auxpass", "ccomp", "prt", "agent", "pobj", "cc", "poss", "conj", "punct"],
            ["NNP", "VBD", "DT", "NNS", "VBD", "VBN", "RP", "IN", "NNP", "CC", "PRP$", "NNS", "."],
            ["PROPN", "VERB", "DET", "NOUN", "AUX", "VERB", "ADP", "ADP", "PROPN", "CCONJ", "PRON", "NOUN", "PUNCT"],
            {0: ("GPE", "Egypt"), 8: ("GPE", "Iran")},
            [("its", "Iran", "pronoun")],
        ),
        (   # "Russia warned Hezbollah and its allies."
            "Russia warned Hezbollah and its allies .",
            [1, 1, 1, 2, 5, 2, 1],
            ["nsubj", "ROOT", "dobj", "cc", "poss", "conj", "punct"],
            ["NNP", "VBD", "NNP", "CC", "PRP$", "NNS", "."],
            ["PROPN", "VERB", "PROPN", "CCONJ", "PRON", "NOUN", "PUNCT"],
            {0: ("GPE", "Russia"), 2: ("ORG", "Hezbollah")},
            [("its", "Hezbollah", "pronoun")],
        ),
        (   # "Egypt said Iran and his allies were behind it." ("his" is no state's: not Iran)
            "Egypt said Iran and his allies were behind it .",
            [1, 1, 6, 2, 5, 2, 1, 6, 7, 1],
            ["nsubj", "ROOT", "nsubj", "cc", "poss", "conj", "ccomp", "prep", "pobj", "punct"],
            ["NNP", "VBD", "NNP", "CC", "PRP$", "NNS", "VBD", "IN", "PRP", "."],
            ["PROPN", "VERB", "PROPN", "CCONJ", "PRON", "NOUN", "AUX", "ADP", "PRON", "PUNCT"],
            {0: ("GPE", "Egypt"), 2: ("GPE", "Iran")},
            [("it", "Iran", "pronoun")],
        ),
    ],
)
def test_coref_rules_a_possessive_in_a_coordination_is_the_first_conjuncts(text, heads, deps, tags, pos, ents, expected):
    doc = parsed(text, heads, deps, tags, pos, ents)
    assert resolved(doc) == expected


def test_coref_rules_the_party_may_be_an_armed_group():
    # "Lebanon's Hezbollah fired rockets. The Iran-backed party later said so." (coref.v8: an armed group named a party)
    doc = parsed(
        "Lebanon 's Hezbollah fired rockets . The Iran - backed party later said so .",
        heads=[2, 0, 3, 3, 3, 3, 10, 9, 9, 10, 12, 12, 12, 12, 12],
        deps=["poss", "case", "nsubj", "ROOT", "dobj", "punct", "det", "npadvmod", "punct", "amod", "nsubj", "advmod",
              "ROOT", "advmod", "punct"],
        tags=["NNP", "POS", "NNP", "VBD", "NNS", ".", "DT", "NNP", "HYPH", "VBN", "NN", "RB", "VBD", "RB", "."],
        pos=["PROPN", "PART", "PROPN", "VERB", "NOUN", "PUNCT", "DET", "PROPN", "PUNCT", "VERB", "NOUN", "ADV", "VERB",
             "ADV", "PUNCT"],
        ents={0: ("GPE", "Lebanon"), 2: ("ORG", "Hezbollah"), 7: ("GPE", "Iran")},
    )
    assert resolved(doc) == [("The Iran - backed party", "Hezbollah", "description")]


@pytest.mark.parametrize(
    "text, heads, deps, tags, pos, lemmas, expected",
    [
        (   # "The Forum formed a coalition. The coalition met Hamas." (that coalition: no actor, coref.v8)
            "The Forum formed a coalition . The coalition met Hamas .",
            [1, 2, 2, 4, 2, 2, 7, 8, 8, 8, 8],
            ["det", "nsubj", "ROOT", "det", "dobj", "punct", "det", "nsubj", "ROOT", "dobj", "punct"],
            ["DT", "NNP", "VBD", "DT", "NN", ".", "DT", "NN", "VBD", "NNP", "."],
            ["DET", "PROPN", "VERB", "DET", "NOUN", "PUNCT", "DET", "NOUN", "VERB", "PROPN", "PUNCT"],
            ["the", "Forum", "form", "a", "coalition", ".", "the", "coalition", "meet", "Hamas", "."],
            [],
        ),
        (   # "The Forum is a coalition. The coalition met Hamas." (the noun renamed the Forum)
            "The Forum is a coalition . The coalition met Hamas .",
            [1, 2, 2, 4, 2, 2, 7, 8, 8, 8, 8],
            ["det", "nsubj", "ROOT", "det", "attr", "punct", "det", "nsubj", "ROOT", "dobj", "punct"],
            ["DT", "NNP", "VBZ", "DT", "NN", ".", "DT", "NN", "VBD", "NNP", "."],
            ["DET", "PROPN", "AUX", "DET", "NOUN", "PUNCT", "DET", "NOUN", "VERB", "PROPN", "PUNCT"],
            ["the", "Forum", "be", "a", "coalition", ".", "the", "coalition", "meet", "Hamas", "."],
            [("The coalition", "Forum", "description")],
        ),
    ],
)
def test_coref_rules_a_description_introduced_as_a_noun_phrase_names_no_actor(text, heads, deps, tags, pos, lemmas, expected):
    doc = parsed(text, heads, deps, tags, pos, {1: ("ORG", "Forum"), 9: ("ORG", "Hamas")}, lemmas=lemmas)
    assert resolved(doc) == expected


def test_coref_rules_index_is_built_once_per_rule_set_and_holds_the_rules_look_ups():
    from pipeline.actors.coref import _rule_index

    strings = make_doc(["x"]).vocab.strings
    index = _rule_index(RULES)
    assert _rule_index(RULES) is index  # (the next Doc reads the same look-ups)
    assert index.pronouns == {w: p for p in RULES.pronouns for w in p.words}
    assert index.heads == {h: d for d in RULES.descriptions for h in d.heads}
    assert index.offices == sorted((tuple(o.lower().split()) for o in RULES.offices), key=len, reverse=True)
    words = {*index.pronouns, *index.heads, *RULES.organ_heads, *RULES.former, *RULES.latter, *index.office_ends}
    assert index.anaphor_ids == {strings[w] for w in words}
    assert index.personnel_ids == {strings[w] for w in RULES.personnel_heads}
    other = CorefRules.model_validate(RULES.model_dump())  # an equal rule set is another one: its own look-ups
    assert _rule_index(other) is not index and _rule_index(other).pronouns == index.pronouns


@pytest.mark.parametrize(("doc", "expected"), [(hezbollah_it, [("It", "Hezbollah", "pronoun")]),
                                                (houthis_the_group, [("The group", "Houthis", "description")])])
def test_coref_rules_resolve_alike_on_a_second_doc_of_the_same_rules(doc, expected):
    assert resolved(doc()) == expected
    assert resolved(doc()) == expected  # (the second Doc reads the look-ups the first built)
