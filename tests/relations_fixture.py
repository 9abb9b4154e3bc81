"""Hand-built parses for the relation rule tests (no statistical model).

``parse(table)`` reads one token per line, columns separated by spaces::

    word[/lemma]  TAG  dep  head  [LABEL:Actor_Name]

``head`` is the absolute index of the head token (the root heads itself);
the coarse part of speech follows from the tag; an entity column turns
consecutive tokens with the same annotation into one entity whose ``kb_id_``
is the actor ("_" stands for a space), made by the gazetteer (``ent.id_``
"gazetteer"), or by the linker rule of a third field (``ORG:Tiger:model``, a
name the gazetteer does not know; ``ORG:X:owner_institution``, "the Rwandan army"). ``coref`` adds resolved mentions as
(start, end, actor) token ranges, or (start, end, actor, rule) for another rule than "pronoun".
"""

from __future__ import annotations

import functools
from textwrap import dedent

import spacy
from spacy.tokens import Doc, Span

from pipeline.actors.gazetteer import Gazetteer, load_gazetteer_data
from pipeline.components.relations import RelationExtractor
from pipeline.docs import COREF, GAZETTEER_RULE
from tests.conftest import REPO, make_doc

RULES_DIR = REPO / "configs" / "relations"


@functools.cache
def gazetteer() -> Gazetteer:
    """The repository's actor gazetteer (configs/actors.yaml)."""
    return Gazetteer(load_gazetteer_data(REPO / "configs" / "actors.yaml"))


@functools.cache
def gazetteer_extractor() -> RelationExtractor:
    """The relation extractor with the repository's rules and what they read from the gazetteer."""
    ext = RelationExtractor(spacy.blank("en"), "relation_extractor")
    ext.initialize(path=RULES_DIR)
    ext.use_gazetteer(gazetteer())
    return ext

POS = {
    "NNP": "PROPN", "NNPS": "PROPN", "NN": "NOUN", "NNS": "NOUN", "VB": "VERB", "VBD": "VERB", "VBG": "VERB",
    "VBN": "VERB", "VBP": "VERB", "VBZ": "VERB", "MD": "AUX", "IN": "ADP", "RP": "ADP", "DT": "DET",
    "JJ": "ADJ", "JJR": "ADJ", "JJS": "ADJ", "RB": "ADV", "RBR": "ADV", "RBS": "ADV", "PRP": "PRON", "PRP$": "PRON", "WDT": "PRON", "WP": "PRON", "WP$": "PRON",
    "WRB": "SCONJ", "EX": "PRON", "CC": "CCONJ", "TO": "PART", "POS": "PART", "CD": "NUM", ".": "PUNCT", ",": "PUNCT",
    "HYPH": "PUNCT", ":": "PUNCT", "``": "PUNCT", "''": "PUNCT", "$": "SYM", "-LRB-": "PUNCT", "-RRB-": "PUNCT",
}
GENDER = {"his": "Masc", "her": "Fem", "its": "Neut"}
NO_SPACE_BEFORE = {".", ",", "'s", "’s", "-", "'", ")"}


def parse(table: str, coref: tuple[tuple, ...] = ()) -> Doc:
    rows = [line.split() for line in dedent(table).strip().splitlines()]
    words, lemmas, tags, pos, deps, heads, marks = [], [], [], [], [], [], []
    for row in rows:
        word, tag, dep, head = row[:4]
        word, _, lemma = word.partition("/")
        words.append(word)
        lemmas.append(lemma or word.lower())
        tags.append(tag)
        pos.append("AUX" if tag.startswith("VB") and dep in ("aux", "auxpass") else POS[tag])
        deps.append(dep)
        heads.append(int(head))
        marks.append(row[4] if len(row) > 4 else None)
    spaces = [i + 1 < len(words) and words[i] != "-" and words[i + 1] not in NO_SPACE_BEFORE for i in range(len(words))]
    doc = make_doc(words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas, spaces=spaces)
    for tok in doc:  # the tagger's morphology of possessive pronouns
        if tok.tag_ == "PRP$" and tok.lower_ in GENDER:
            tok.set_morph(f"Gender={GENDER[tok.lower_]}|Poss=Yes|PronType=Prs")
    ents, start = [], None
    for i, mark in enumerate([*marks, None]):
        if start is not None and (mark != marks[start] or i == len(marks)):
            label, actor, *rule = marks[start].split(":", 2)
            ents.append(Span(doc, start, i, label=label, kb_id=actor.replace("_", " "), span_id=rule[0] if rule else GAZETTEER_RULE))
            start = None
        if mark is not None and start is None and i < len(marks):
            start = i
    doc.ents = ents
    doc.spans[COREF] = [Span(doc, s, e, label=(rule[0] if rule else "pronoun"), kb_id=actor) for s, e, actor, *rule in coref]
    return doc


_EXTRACTOR: RelationExtractor | None = None


def extractor() -> RelationExtractor:
    global _EXTRACTOR
    if _EXTRACTOR is None:
        _EXTRACTOR = RelationExtractor(spacy.blank("en"), "relation_extractor")
        _EXTRACTOR.initialize(path=RULES_DIR)
    return _EXTRACTOR


def triples(doc: Doc) -> set[tuple[str, str, str, str]]:
    """(subject, relation, object, modality) of every relation the extractor finds."""
    return {(r.subject, r.relation, r.object, r.modality) for r in extractor()(doc)._.relations}


def sourced(table: str, coref: tuple[tuple, ...] = ()) -> set[tuple[str, str, str, str, str | None]]:
    """(subject, relation, object, modality, attributed_to) of every relation the gazetteer extractor finds in a
    hand-built parse (with ``coref`` as :func:`parse` takes it)."""
    doc = parse(table, coref)
    assert len(doc) > 3  # (the table parsed: an empty parse is no pass for a test expecting no row)
    return {(r.subject, r.relation, r.object, r.modality, r.attributed_to) for r in gazetteer_extractor()(doc)._.relations}


ALLEGED, ASSERTED, NEGATED, REPORTED = "alleged", "asserted", "negated", "reported"


def row(subject: str, relation: str, obj: str, modality: str = ASSERTED, source: str | None = None):
    """One row as :func:`sourced` gives it: (subject, relation, object, modality, attributed_to)."""
    return (subject, relation, obj, modality, source)


def rules_fired(doc: Doc) -> set[str]:
    return {r.rule for r in extractor()(doc)._.relations}
