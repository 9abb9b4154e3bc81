"""Small reads of the parse shared by the linking, person and coreference rules."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from pipeline.actors.gazetteer import LinkingRules


def named_as_place(doc: Doc, start: int, end: int, rules: LinkingRules) -> bool:
    """Whether the name at [start, end) is used as a place: after a locative
    preposition ("in Kudarat", "at the White House") or with ", <GPE>"
    attached to it ("Allen, Texas"; not "Sydorchuk, Russia has")."""
    root = doc[start:end].root
    while root.dep_ == "compound" and root.head.i != root.i:
        root = root.head
    if root.dep_ == "pobj" and root.head.lower_ in rules.locative_prepositions:
        return True
    before = start - 1 - (start > 1 and doc[start - 1].lower_ in rules.trim_leading)
    if before >= 0 and doc[before].lower_ in rules.locative_prepositions:
        return True
    after = doc[end : end + 2]
    return len(after) == 2 and after[0].text == "," and after[1].ent_type_ == "GPE" and start <= after[1].head.i < end


def after_unknown_name(doc: Doc, start: int) -> bool:
    """Whether the word before ``start`` is a capitalised proper noun outside any
    entity ("Qandeel *Baloch*"): the match is likely a surname."""
    if start == 0:
        return False
    prev = doc[start - 1]
    return prev.pos_ == "PROPN" and prev.is_title and prev.ent_type_ == "" and not prev.is_sent_start


def before_unknown_name(doc: Doc, end: int, rules: LinkingRules) -> bool:
    """Whether a capitalised proper noun outside any entity follows ``end`` on a
    line that is no headline ("*Paris* Climate Accord"): the match is part of a longer name."""
    if end >= len(doc):
        return False
    nxt = doc[end]
    if not (nxt.pos_ == "PROPN" and nxt.is_title and nxt.ent_type_ == ""):
        return False
    return not (doc.has_annotation("SENT_START") and is_headline(nxt.sent, rules))


def is_headline(sent: Span, rules: LinkingRules) -> bool:
    """A title-case line ("Russia and Iran Tight as Ever"), where the model's spans are unreliable."""
    words = [t for t in sent if t.is_alpha and t.lower_ not in rules.headline_small_words]
    return len(words) >= rules.headline_min_words and all(t.text[0].isupper() for t in words)


FINITE_TAGS = ("VBZ", "VBD", "VBP")
CLAUSE_SUBJECT_DEPS = ("nsubj", "nsubjpass", "expl", "csubj")


def subjectless_finite(verb: Token, deps: tuple[str, ...] = ("ROOT", "ccomp")) -> bool:
    """Whether ``verb`` is a finite verb heading a clause (``deps``) with no subject of its own: one whose subject the
    parser lost, so the names right before it are its subject ("At first Moscow kept contacts ...", "..., Moscow and
    Beijing prop it up"; the relation layer reads it the same way, ``repairs.lost_subject``)."""
    return verb.tag_ in FINITE_TAGS and verb.dep_ in deps and not any(c.dep_ in CLAUSE_SUBJECT_DEPS for c in verb.children)
