"""Parser and tagger repairs: the one place where a known misparse is recognised.

Every function here is pure (tokens in, tokens or a yes/no out), recognises ONE
mistake the statistical parser or tagger makes on news text, and returns what
the correct reading gives. Argument finding (:mod:`arguments`), modality
(:mod:`modality`) and the constructions call them by name instead of
re-detecting the mistake inline, so a repair for one parse is visible here,
tested here (tests/test_relations_repairs.py), and changes rows elsewhere only
through the callers named in ``REPAIRS``.

Word lists never appear here (they are rule data); only dependency labels,
tags and punctuation.
"""

from __future__ import annotations

from spacy.tokens import Token

HYPHENS = frozenset({"-", "‐", "‑", "–"})  # a hyphen token, as the tokenizer splits compounds ("Iran-backed")

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
RELATIVE_TAGS = frozenset({"WDT", "WP"})
INFLECTIONS = ("s", "es", "d", "ed", "ing")  # the endings inflected_stems takes off

# -- the tagger -----------------------------------------------------------------------


def is_participle_adjective(tok: Token) -> bool:
    """A past participle tagged JJ, coordinated with a verb: "are **armed** and financed by Iran"."""
    if tok.tag_ != "JJ" or not tok.lower_.endswith("ed"):
        return False
    coordinated = [c for c in tok.children if c.dep_ == "conj"] + ([tok.head] if tok.dep_ == "conj" else [])
    return any(c.tag_ == "VBN" for c in coordinated)


def hyphen_participle(tok: Token) -> bool:
    """The participle of a compound adjective tagged JJ, its lemma the form itself: "the U.S.-**backed** SDF" (the
    tokenizer splits "U.S." from "-backed", and the tagger reads the rest as an adjective). The word before the hyphen
    is joined to it on both sides, as :func:`~pipeline.relations.constructions.hyphen` reads it."""
    if tok.tag_ != "JJ" or not tok.lower_.endswith("ed") or tok.i < 2:
        return False
    dash, before = tok.doc[tok.i - 1], tok.doc[tok.i - 2]
    return dash.text in HYPHENS and not dash.whitespace_ and not before.whitespace_


def is_nominal_gerund(tok: Token) -> bool:
    """A gerund tagged NOUN that still takes an object: "**training** Hamas terrorists", heads a clause with its
    subject and auxiliary ('Turkey has been "**training**" and "arming" Hamas'), or shares an object with a
    gerund coordinated with it: "accused Iran of **training** and arming Hezbollah" (:func:`stranded_gerund`)."""
    if tok.pos_ != "NOUN" or not tok.lower_.endswith("ing"):
        return False
    deps = {c.dep_ for c in tok.children}
    return "dobj" in deps or ("nsubj" in deps and "aux" in deps) or stranded_partner(tok) is not None


# tags of the members of a list of verbs (a participle the tagger read as an adjective counts: "armed" JJ)
_LIST_VERB_TAGS = frozenset({"VBN", "VBD", "VBZ", "VBP", "VB", "VBG"})


def _list_member(tok: Token) -> bool:
    return tok.tag_ in _LIST_VERB_TAGS or tok.tag_ == "NNS" or (tok.tag_ == "JJ" and tok.lower_.endswith("ed"))


def verb_list(tok: Token) -> list[Token] | None:
    """The verbs of an active list sharing one subject and one object, which the parser breaks up ("Iran has
    **armed, trained and funded** Hezbollah": *trained* read as a modifier of *Hezbollah*; "has funded, **armed** and
    trained the Houthis": *armed* an adverbial clause with no object). The members in order, when ``tok`` is one:
    verbs separated by commas and one final "and"/"or", the first with its subject or auxiliary, no later one with a
    subject of its own, and an object right after the last (not a passive "... and trained by X")."""
    doc = tok.doc
    if not _list_member(tok) or not any(
        0 <= j < len(doc) and (doc[j].text == "," or doc[j].lower_ in ("and", "or")) for j in (tok.i - 1, tok.i + 1)
    ):
        return None  # (members are joined by a comma or an "and"/"or": a verb with neither beside it is in no list)
    sent = tok.sent
    members = [tok]
    i = tok.i
    while True:  # leftwards: "V1, V2, and V3" / "V1, V2 and V3"
        j = i - 1
        if j > sent.start and doc[j].lower_ in ("and", "or"):
            j -= 1
        if j > sent.start and doc[j].text == ",":
            j -= 1
        if j < sent.start or j == i - 1 or not _list_member(doc[j]):
            break
        members.insert(0, doc[j])
        i = j
    i = tok.i
    while True:  # rightwards
        j = i + 1
        if j < sent.end and doc[j].text == ",":
            j += 1
        if j < sent.end and doc[j].lower_ in ("and", "or"):
            j += 1
        if j >= sent.end or j == i + 1 or not _list_member(doc[j]):
            break
        members.append(doc[j])
        i = j
    if len(members) < 2:
        return None
    first, last = members[0], members[-1]
    if doc[last.i - 1].lower_ not in ("and", "or") or any(doc[m.i - 1].lower_ in ("and", "or") for m in members[1:-1]):
        return None  # one "and", before the last
    if any(m.tag_ == "NNS" for m in members):
        # third-person verbs the tagger read as plural nouns, in a list that ends in a verb and whose first member
        # has its named subject hung on it as a compound: "Iran **funds, arms** and trains Hezbollah"
        subject = noun_tagged_subject(first) if first.tag_ == "NNS" else None
        if last.tag_ not in ("VBZ", "VBP", "VBD") or subject is None or not subject.ent_type_:
            return None
    elif not any(c.dep_ in ("nsubj", "aux") for c in first.children) or (
        first.dep_ in ("amod", "compound", "nmod") and first.head.dep_ != "ROOT"
    ):
        return None  # (a first verb read as a modifier of a noun inside a clause heads none the modality can read;
        # of the sentence's root noun, the sentence is the list's: "Washington has trained and equipped Ukrainian troops")
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for m in members[1:] for c in m.children):
        return None  # a clause of its own: "Iran armed Hezbollah, and Russia has trained ..."
    after = doc[last.i + 1] if last.i + 1 < sent.end else None
    if after is None or after.pos_ not in ("DET", "PROPN", "NOUN", "ADJ", "NUM", "PRON") or after.lower_ == "by":
        return None
    return members


# words the parser leaves between a perfect's "have" and its participle: "has **long** armed", "have **both** armed"
_PERFECT_GAP_TAGS = frozenset({"RB", "RBR", "RBS", "DT", "CC", "PDT"})


def perfect_clause(tok: Token) -> Token | None:
    """The clause a perfect participle heads when the parser read it as a modifier of its object: "Iran has **long**
    armed Hezbollah" (*has* the main verb, *armed* a modifier of *Hezbollah*), "Iran and Syria have both armed
    Hezbollah", "The US has long trained Iraqi forces" (the noun the root, *has* its auxiliary). Returns the token that
    carries the subject (the "have", or the root noun); None otherwise. A possession is left alone: "Iran has armed
    militias" (with no adverb, a common noun) may be militias Iran has."""
    if tok.dep_ != "amod" or not (tok.tag_ == "VBN" or (tok.tag_ == "JJ" and tok.lower_.endswith("ed"))):
        return None
    noun, doc = tok.head, tok.doc
    if noun.i < tok.i or any(c.dep_ not in ("det", "amod", "compound", "nmod", "poss", "case") for c in doc[tok.i + 1 : noun.i]):
        return None
    if noun.dep_ == "dobj" and noun.head.lemma_ == "have" and noun.head.i < tok.i:
        have = noun.head
        gap = doc[have.i + 1 : tok.i]
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in have.children) or any(t.tag_ not in _PERFECT_GAP_TAGS for t in gap):
            return None
        if gap or noun.ent_type_ and noun.pos_ == "PROPN":
            return have  # an adverb, or a name: no possession ("has armed Hezbollah")
        return None
    if noun.dep_ == "ROOT":  # the whole sentence read as a noun phrase, its subject and auxiliary on it or on the verb
        for carrier in (noun, tok):
            if any(c.dep_ == "aux" and c.lemma_ == "have" and c.i < tok.i for c in carrier.children) and any(
                c.dep_ == "nsubj" for c in carrier.children
            ):
                return carrier
    return None


def verb_read_as_compound(tok: Token) -> bool:
    """A finite verb with its own subject the parser hung on its object as a compound: "Israel says Iran **arms**
    Hezbollah" (*arms* VBZ, a compound of *Hezbollah*, *Iran* its subject; or *arms* NNS, *Iran* its compound, between
    two names)."""
    if tok.dep_ != "compound" or tok.head.i <= tok.i:
        return False
    named_before = any(c.dep_ == "compound" and c.ent_type_ and c.i == tok.i - 1 for c in tok.children)
    if tok.tag_ in ("VBZ", "VBD", "VBP"):  # ("Analysts say Qatar funds Hamas": Qatar its compound)
        return any(c.dep_ == "nsubj" for c in tok.children) or named_before
    return tok.tag_ == "NNS" and bool(tok.head.ent_type_) and named_before


def is_verbal(tok: Token) -> bool:
    """A verb, or a verb the tagger took for something else.

    Third-person verbs tagged as plural nouns heading a clause ("Iran **funds** and ..."), participles tagged
    as adjectives (:func:`is_participle_adjective`) and gerunds tagged as nouns (:func:`is_nominal_gerund`).
    """
    if tok.pos_ in ("VERB", "AUX") or is_participle_adjective(tok):
        return True
    if tok.tag_ == "NNS" and tok.dep_ in ("ROOT", "relcl", "ccomp", "advcl"):
        return True
    if tok.tag_ == "NNS" and tok.dep_ == "conj" and tok.head.i < tok.i and not any(
        c.dep_ in ("det", "amod", "compound", "poss", "nummod", "nmod", "prep") for c in tok.children
    ) and (tok.head.pos_ == "VERB" or (tok.head.tag_ == "NNS" and tok.head.dep_ in ("ROOT", "relcl", "ccomp", "advcl"))):
        return True  # a bare third-person verb read as a noun coordinated with a verb: "which Iran funds and **trains**"
    return (
        is_nominal_gerund(tok)
        or (tok.tag_ in ("JJ", "NNS") and verb_list(tok) is not None)
        or (tok.tag_ == "JJ" and perfect_clause(tok) is not None)
    )


def verb_lemmas(tok: Token) -> tuple[str, ...]:
    """Lemmas to look a verb cue up by: a gerund or participle the tagger misread also tries its verb
    ("training" -> "train", "armed" -> "arm")."""
    lemma = tok.lemma_.lower()
    if is_nominal_gerund(tok) or is_participle_adjective(tok) or hyphen_participle(tok) or (
        tok.tag_ == "JJ" and (verb_list(tok) is not None or perfect_clause(tok) is not None)
    ):
        return (lemma, *misread_stems(tok.lower_))
    return (lemma,)


def misread_stems(form: str) -> tuple[str, ...]:
    """The verbs a lowercase "-ing" or "-ed" form may be, when the tagger misreads it (:func:`verb_lemmas`):
    "training" -> ("train", "traine"), "supplied" -> ("suppli", "supplie", "supply"); () for other forms."""
    if form.endswith("ing"):
        stem = form[:-3]
    elif form.endswith("ed"):
        stem = form[:-2]
    else:
        return ()
    if form.endswith("ied"):  # "supplied", "allied": the verb ends in -y
        return (stem, stem + "e", form[:-3] + "y")
    return (stem, stem + "e")


def inflected_stems(form: str) -> tuple[str, ...]:
    """The verbs a lowercase inflected form may be, when the lemmatizer misreads it: "hopes" lemmatized as "hop" is
    "hope" with an ending. Each of "-s", "-es", "-d", "-ed" and "-ing" the form ends with gives the stem and the stem
    with "e": "hopes" -> ("hope", "hopee", "hop", "hope"); () for a form without such an ending."""
    return tuple(x for end in INFLECTIONS if form.endswith(end) for x in (form[: -len(end)], form[: -len(end)] + "e"))


def misread_verb(tok: Token) -> bool:
    """A verb cue tagged as a noun, adverb or adjective: "The United States **arms** Ukraine" (NNS).

    Its arguments are the named actors right before and after it (the caller reads them).
    """
    return not is_verbal(tok) and tok.tag_ in ("NNS", "NN", "RB", "JJ") and tok.i > 0


# -- subjects -------------------------------------------------------------------------


DATELINE_RULES = frozenset({"—", "–"})
DATELINE_DASHES = DATELINE_RULES | {"--", "-"}
DATELINE_LENGTH = 12  # a dateline's place words, commas and agency name before its dash: "SAN DIEGO, CA —"


def in_dateline(span) -> bool:
    """A name in a news story's dateline, the place it was filed from ("**SEOUL**, **South Korea** — North Korea has
    delivered ...", "WASHINGTON (Reuters) - ..."): page furniture the parser hangs on the first clause as its subject or
    an apposition of it, no party of what the story says. A dateline opens its sentence with a word in capitals and
    ends at a dash within a few tokens, with only names, commas, numbers and brackets before it."""
    sent = span.sent
    first = sent[0]
    if not (first.is_upper and first.is_alpha and len(first) > 1) or span.start - sent.start >= DATELINE_LENGTH:
        return False
    for tok in sent[: DATELINE_LENGTH + 1]:
        if tok.text in DATELINE_DASHES and tok.i > first.i and (
            tok.text in DATELINE_RULES or tok.whitespace_ or tok.doc[tok.i - 1].whitespace_
        ):  # (a hyphen only set apart by a space: "US-backed" opens no dateline)
            return span.end <= tok.i
        if tok.pos_ not in ("PROPN", "PUNCT", "NUM") and not tok.is_upper:
            return False
    return False


def dateline_subject(subject: Token) -> Token | None:
    """The clause's own subject, when the parser read the dateline before its dash as the subject (:func:`in_dateline`)
    and hung the real one on it as an apposition or conjunct: "TEL AVIV, Israel — **Israel** has helped ..."; None
    when there is none (the subject is unnamed, or the dateline's only)."""
    return next((c for c in subject.children if c.dep_ in ("appos", "conj") and c.pos_ in ("PROPN", "NOUN", "PRON")
                 and not in_dateline(c.doc[c.i : c.i + 1])), None)




def zero_relative(verb: Token) -> tuple[Token, Token] | None:
    """A relative clause without "that" the parser read as the main clause.

    In "Haftar, the commander Russia has supported, visited ..." *supported* gets two subjects, Haftar and
    *commander* (with Russia in apposition). Returns (the antecedent, the relative clause's own subject):
    (Haftar, Russia); the antecedent is the verb's object.
    """
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 2 or subjects[1].pos_ != "NOUN" or verb.doc[subjects[1].left_edge.i - 1].text != ",":
        return None
    inner = [c for c in subjects[1].children if c.dep_ == "appos" and c.i == subjects[1].i + 1 and c.ent_type_]
    return (subjects[0], inner[0]) if inner else None


def lost_subject(verb: Token) -> int | None:
    """A finite verb whose subject the parser lost: "The Islamic Republic of Iran **bankrolls** Hezbollah"
    (the name read as modifiers). Returns the token index from which to read named actors leftwards."""
    if any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    if verb.tag_ in ("VBZ", "VBD", "VBP") and verb.dep_ in ("ROOT", "ccomp") and verb.i > 0:
        return verb.i - 1
    return None


def unhyphenated_demonym(verb: Token) -> Token | None:
    """A compound adjective written without its hyphen, which the parser read as a clause: "the Afghan **backed**
    militants", "an Iranian sponsored group" (*backed* a finite verb without a subject, its noun read as the
    object). Returns the demonym, the participle's only possible doer (never a subject of the clause above)."""
    doc = verb.doc
    if verb.tag_ not in ("VBD", "VBN") or verb.i < 2 or verb.i + 1 >= len(doc):
        return None
    demonym, before, after = doc[verb.i - 1], doc[verb.i - 2], doc[verb.i + 1]
    if demonym.ent_type_ != "NORP" or demonym.tag_ not in ("JJ", "NNP"):
        return None  # (a plural "the Iranians backed ..." is a clause's subject)
    if before.tag_ not in ("DT", "PRP$", "POS") or any(c.dep_ in SUBJECT_DEPS and c.i != demonym.i for c in verb.children):
        return None
    return demonym if after.pos_ in ("NOUN", "PROPN", "ADJ") else None


def late_conjunct(conj: Token) -> Token | None:
    """A conjunct the parser coordinated with a noun across that noun's own prepositional phrase, when it belongs to
    the phrase's object right before it: "militias such as X under the patronage of **the PMU and Iran's IRGC**"
    (*IRGC* a conjunct of X). Only when that object names an organisation or a person (not a place: "Hamas in Gaza
    and Hezbollah" keeps Hezbollah with Hamas). Returns the phrase's object, or None."""
    if conj.dep_ != "conj":
        return None
    doc, head = conj.doc, conj.head
    start = conj.left_edge.i
    if start < 2 or doc[start - 1].dep_ != "cc":
        return None
    for prep in (c for c in head.children if c.dep_ == "prep" and head.i < c.i < start):
        if prep.right_edge.i != start - 2:
            continue
        last = doc[prep.right_edge.i]
        while last.dep_ == "prep" or (last.i > 0 and last.tag_ in ("-RRB-", ",")):
            last = doc[last.i - 1]
        obj = last if last.dep_ == "pobj" else next((c for c in last.ancestors if c.dep_ == "pobj"), None)
        if obj is not None and obj.ent_type_ in ("ORG", "PERSON", "NORP"):
            return obj
    return None


def absolute_participle(verb: Token) -> bool:
    """A participle after a noun in a phrase opened by "with" (an absolute construction, whose subject is its own):
    "..., with neighbouring Chad backing Musa and Qatar funding Faris", which the parser hangs as adverbial clauses on
    a gerund it made of a word after "with" (*neighbouring* a gerund, *Chad* its object, *backing* and *funding* its
    adverbial clauses). The participle's doer is never the subject of the clause above (not "with
    weapons, supplying ...": no noun right before the participle; not "helped with supplying arms")."""
    if verb.tag_ != "VBG" or verb.i == 0 or verb.doc[verb.i - 1].pos_ not in ("NOUN", "PROPN"):
        return False
    node = verb
    while node.dep_ in ("advcl", "pcomp", "conj") and node.head.i != node.i:
        node = node.head
        if node.lower_ == "with" and node.pos_ == "ADP":
            return True
    return False


def auxiliary_subject(verb: Token) -> Token | None:
    """A subject the parser hung on the verb's auxiliary: "Iran **has** armed Hezbollah, Hamas, ..." (*Iran* a
    child of *has*, *has* a child of *armed*)."""
    for aux in (c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i):
        for child in aux.children:
            if child.dep_ in SUBJECT_DEPS:
                return child
    return None
def swallowed_source(subject: Token) -> list[Token] | None:
    """A source the parser read as the clause's subject: "According to **X**, Iran and Hezbollah have helped
    Hamas" (X the subject, "to" left without an object, the real subjects X's conjuncts after the comma).

    Returns the real subjects (the first conjunct after a comma: its own conjuncts follow it), or None when the
    subject is not such a source."""
    doc = subject.doc
    to = subject.left_edge.i - 1
    if to < 1 or doc[to].lower_ != "to" or doc[to - 1].lower_ != "according":
        return None
    if any(c.dep_ == "pobj" for c in doc[to].children):
        return None
    return [c for c in subject.children if c.dep_ == "conj" and c.i > subject.i and doc[c.left_edge.i - 1].text == ","][:1]


def source_apposition(verb: Token) -> Token | None:
    """A subject the parser hung as an apposition inside the source phrase before it, leaving its verb without one:
    "According to the weekly Courier, **Ngoma**, who ..., has been backed by ..." (*Ngoma* an apposition of
    *Courier*). Returns the last apposition set off by a comma in the verb's own "according to" phrase when only
    punctuation and a relative clause on it ("..., who travelled to ...,") stand between it and the verb's group
    (the verb or its auxiliaries), or None."""
    if any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    doc = verb.doc
    group = {verb.i} | {c.i for c in verb.children if c.dep_ in ("aux", "auxpass", "neg")}
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "according" and prep.i < verb.i:
            found = [t for t in prep.subtree if t.dep_ == "appos" and t.left_edge.i > 0 and doc[t.left_edge.i - 1].text == ","]
            if not found:
                return None
            subject = found[-1]
            aside = {t.i for r in (*subject.children, *subject.head.children) if r.dep_ == "relcl" for t in r.subtree}
            after = subject.right_edge.i + 1
            while after < verb.i and (doc[after].is_punct or after in aside):
                after += 1
            return subject if after in group else None
    return None


def agreeing_conjunct(subject: Token) -> list[Token] | None:
    """A singular verb whose subject the parser coordinated with the object of the clause before: "Turkey supports
    the SNA and **Qatar backs** Hamas" (*the SNA and Qatar* read as the subject of *backs*). Returns the last
    conjunct (the verb's own subject), or None when the subject is no such coordination."""
    verb = subject.head
    if subject.dep_ != "nsubj" or verb.tag_ != "VBZ" or subject.i > verb.i or verb.dep_ not in ("ccomp", "conj"):
        return None
    conjuncts = [c for c in subject.children if c.dep_ == "conj" and c.i < verb.i]
    if not conjuncts or not any(c.dep_ == "cc" and c.lower_ == "and" for c in subject.children):
        return None
    return conjuncts[-1:]


def accuser_of(prep: Token) -> Token | None:
    """The accusation verb whose "of" the parser hung on its agent: "is accused by UN experts **of** supporting M23"
    ("of" under *experts*); None for any other preposition."""
    agent = prep.head
    if prep.lower_ != "of" or agent.dep_ != "pobj" or agent.head.dep_ != "agent" or agent.head.lower_ != "by":
        return None
    return agent.head.head


def noun_tagged_subject(verb: Token) -> Token | None:
    """The subject of a verb tagged as a plural noun, hung on it as a compound: "Iran **funds** and ..."."""
    if verb.pos_ != "NOUN":
        return None
    return next((c for c in verb.children if c.dep_ in ("compound", "nsubj") and c.i < verb.i), None)


def of_gerund_subject(verb: Token) -> Token | None:
    """The subject of a gerund the parser hung on the noun before its "of" phrase: "reports **of Iran arming** the
    Houthis" (*arming* an ``acl`` of *reports*, *Iran* the object of "of" right before it). Returns that object;
    whether the noun is one whose "of" names the doer of the gerund (a report, a sign) is the caller's."""
    if verb.dep_ != "acl" or verb.tag_ != "VBG":
        return None
    for prep in (c for c in verb.head.children if c.dep_ == "prep" and c.lower_ == "of" and c.i < verb.i):
        if prep.right_edge.i == verb.i - 1:
            return next((o for o in prep.children if o.dep_ == "pobj"), None)
    return None


def quoted_gerund_subject(verb: Token) -> Token | None:
    """The subject of a gerund that opens a quotation right after an "of" or "about" phrase, which the parser hangs
    on the verb above as an adverbial clause: 'had intelligence about **Fooland** “**training** two units ...”'
    (round 36; without the quotation mark the gerund is the noun's and :func:`of_gerund_subject` reads it). Returns
    the phrase's object."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.i < 2 or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    mark, before = verb.doc[verb.i - 1], verb.doc[verb.i - 2]
    if not (mark.is_quote and mark.is_left_punct) or before.dep_ != "pobj" or before.head.lower_ not in ("of", "about"):
        return None
    return before if before.right_edge.i == before.i else None


def relative_antecedent(pronoun: Token, clause: Token) -> Token:
    """The noun a relative pronoun stands for, by agreement when the parser hung the clause on the wrong noun:
    "a coalition of militias **that gets** its budget from ..." (singular verb: the coalition, not the militias)."""
    head = clause.head
    if pronoun.dep_ == "nsubj" and clause.tag_ == "VBZ" and head.tag_ in ("NNS", "NNPS") and head.dep_ == "pobj":
        return head.head.head
    return head


def stranded_gerund(verb: Token) -> Token | None:
    """A gerund coordinated with a preposition's gerund, hung by the parser on the verb above:
    "accused Erdogan of financing and **arming** Hamas" (*arming* a conjunct of *accused*). Returns the
    gerund it is coordinated with (*financing*), whose subject it shares."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBG" or not is_verbal(head):
        return None
    doc = verb.doc
    for prep in (c for c in head.children if c.dep_ == "prep" and head.i < c.i < verb.i):
        for gerund in (g for g in prep.children if g.dep_ in ("pcomp", "pobj") and g.lower_.endswith("ing")):
            between = doc[gerund.i + 1 : verb.i]
            listed = any(t.dep_ == "cc" for t in between) or any(c.dep_ == "cc" for c in verb.children)
            if len(between) and listed and all(t.dep_ in ("cc", "punct") for t in between):
                return gerund  # (a comma alone is no list: "accused X of lying, citing reports")
    return None


def adverbial_object(verb: Token) -> Token | None:
    """The object two coordinated verbs share, which the parser hung on the first as a noun-phrase adverbial: "Iran
    trains and funds **Hezbollah**" (*Hezbollah* an ``npadvmod`` of *trains*, right after the conjunct *funds*).
    Returns the name, for the first verb and its conjunct."""
    first = verb.head if verb.dep_ == "conj" and is_verbal(verb.head) else verb
    for c in first.children:
        if c.dep_ != "npadvmod" or c.pos_ != "PROPN" or c.i < first.i:
            continue
        before = verb.doc[c.left_edge.i - 1] if c.left_edge.i > 0 else None
        if before is not None and before.dep_ == "conj" and before.head.i == first.i and is_verbal(before):
            return c
    return None


def stranded_partner(gerund: Token) -> Token | None:
    """The gerund :func:`stranded_gerund` coordinates with ``gerund`` (*arming* for *financing*), if any."""
    if gerund.dep_ not in ("pcomp", "pobj") or gerund.head.dep_ != "prep":
        return None
    verb = gerund.head.head
    return next((c for c in verb.children if c.dep_ == "conj" and c.i > gerund.i and stranded_gerund(c) == gerund), None)


# -- objects --------------------------------------------------------------------------


def raised_object(verb: Token) -> Token | None:
    """The object a later conjunct of a verb list shares, when the parser hung it on the list's first verb because
    words come between the last verb and it: "Iran has armed, **trained**, and funded -- often through X -- groups
    like Y" (*groups* the object of *armed*, *trained* and *funded* its conjuncts with none). ``verb`` is a conjunct
    with no object or subject of its own, the first verb of its coordination a verb whose direct object comes after
    ``verb``; None otherwise."""
    if verb.dep_ != "conj" or any(c.dep_ in ("dobj", "nsubj", "nsubjpass", "dative") for c in verb.children):
        return None
    first = verb
    while first.dep_ == "conj" and first.head.i != first.i and first.head.pos_ in ("VERB", "AUX"):
        first = first.head
    if first is verb or first.pos_ not in ("VERB", "AUX"):
        return None
    return next((c for c in first.children if c.dep_ == "dobj" and c.i > verb.i), None)


def preposition_conjunct(child: Token) -> list[Token]:
    """The objects of a preposition the parser coordinated with a verb's object: "arms Iran and **by
    extension** Hamas" (*by* read as a conjunct of *Iran*); [] for any other child of the verb."""
    if child.dep_ != "conj" or child.pos_ != "ADP":
        return []
    return [obj for obj in child.children if obj.dep_ == "pobj"]


def for_clause_subject(noun: Token) -> list[Token]:
    """The actor a "for" phrase after a noun names, which the parser read as the subject of a "for ... to" clause:
    "has become the favourite proxy **for Moscow** to wage its war" (*for* the clause's mark, *Moscow* its subject);
    [] for a "for" that is no such mark, or a subject not right after it."""
    doc, i = noun.doc, noun.i + 1
    while i < noun.sent.end and doc[i].lower_ != "for" and noun.is_ancestor(doc[i]):  # (past the noun's own phrase)
        i += 1
    if i >= noun.sent.end or doc[i].lower_ != "for" or doc[i].dep_ != "mark":
        return []
    clause = doc[i].head
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return []
    return [c for c in clause.children if c.dep_ == "nsubj" and c.left_edge.i == i + 1]


def fronted_apposition(noun: Token) -> Token | None:
    """The subject a noun phrase opening the sentence renames, which the parser read as a second subject (or a
    loose dependent) of the clause: "A longtime backer of Hamas, **Qatar** has hosted ..." (*backer* an nsubj, dep or
    npadvmod of *hosted* beside *Qatar*); None for anything else (the phrase must open the sentence, end at a comma
    and be followed right after it by the verb's own subject)."""
    verb, doc = noun.head, noun.doc
    if noun.dep_ not in ("nsubj", "nsubjpass", "dep", "npadvmod") or verb.i == noun.i or verb.pos_ not in ("VERB", "AUX"):
        return None
    end = noun.right_edge.i
    if any(t.pos_ not in ("ADV", "PUNCT") for t in doc[noun.sent.start : noun.left_edge.i]):
        return None  # ("Long a patron of X, Iran ...": an adverb before it is fine)
    if end + 2 >= len(doc) or doc[end + 1].text != ",":
        return None
    return next(
        (c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i > end and c.left_edge.i == end + 2 and c.i != noun.i),
        None,
    )


def echoed_preposition(obj: Token) -> list[Token]:
    """Objects of a preposition repeated after "as well as", which the parser hangs on "as" away from the first
    one: "has the backing of Iran, as well as **of** Qatar" -> [Qatar] for *Iran*; [] for anything else.

    Only for the last such preposition before "as well as" ("the backing of the rulers of Iran, as well as of
    Qatar" echoes *of Iran*)."""
    prep = obj.head
    if obj.dep_ != "pobj" or prep.dep_ not in ("prep", "dative", "agent"):
        return []
    doc = obj.doc
    for tok in doc[obj.i + 1 : obj.sent.end]:
        if tok.lower_ == prep.lower_ and tok.dep_ in ("prep", "dative", "agent"):
            if not (tok.head.lower_ == "as" and doc[tok.head.i - 2 : tok.head.i].text.lower() == "as well"):
                return []  # another such preposition comes first
            return [o for o in tok.children if o.dep_ == "pobj"]
    return []


def modifier_dative(theme: Token, recipient_preps: frozenset[str] = frozenset()) -> list[Token]:
    """A recipient the parser read as the theme's own modifier: "shipped **Russia** (short-range) missiles",
    "gave the **Houthis** weapons" (a proper noun opening the theme's phrase, or a plural name after "the", as
    compound or nmod). Only when the parse has no recipient
    elsewhere: no dative on the verb and no ``recipient_preps`` phrase on the verb or the theme."""
    verb = theme.head
    slots = [c for t in (verb, theme) for c in t.children if c.dep_ in ("prep", "dative", "agent") and c.lower_ in recipient_preps]
    if any(o.dep_ == "pobj" for c in slots for o in c.children) or any(
        c.dep_ == "dative" and c.pos_ != "ADP" for c in verb.children
    ):
        return []
    names = [c for c in theme.children if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"]
    first = theme.left_edge
    if first.lower_ == "the":  # a plural name takes "the": "gave **the Houthis** weapons" (not "the Russia missiles")
        return [c for c in names if c.i == first.i + 1 and (c.tag_ == "NNPS" or c.lower_.endswith("s"))]
    return [c for c in names if c.i == first.i]


def stranded_origin(obj: Token) -> list[Token]:
    """Where the people an object ends with come from, a "from" phrase the parser hung on the object's verb right after
    the object: "denied any presence of Syrian mercenaries **from the Wagner Group**" (*from* on *denied*). The
    objects of that phrase; whether the object's last noun names people is the caller's."""
    verb, after = obj.head, obj.right_edge.i + 1
    return [
        o for p in verb.children if p.dep_ == "prep" and p.lower_ == "from" and p.i == after
        for o in p.children if o.dep_ == "pobj"
    ]


def gapped_recipient(theme: Token, recipient_preps: frozenset[str] = frozenset({"to", "for"})) -> list[Token]:
    """The recipient of a second theme in a gapped list, which the parser coordinated with the first recipient:
    "provided advisers to the army **and rockets to Hezbollah**" (*rockets* a conjunct of *army*, the second "to" on
    the verb). The objects of the verb's ``recipient_preps`` phrases after the theme."""
    first = theme.head
    if theme.dep_ != "conj" or first.dep_ != "pobj" or first.head.lower_ not in recipient_preps:
        return []
    verb = first.head.head
    return [
        o for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ in recipient_preps and c.i > theme.i
        for o in c.children if o.dep_ == "pobj"
    ]


def stranded_recipient(theme: Token, recipient_preps: frozenset[str] = frozenset({"to"})) -> list[Token]:
    """A recipient the parser hung inside the theme's own phrase: on a participle of the theme after where the goods
    come from ("supplying arms **sourced** from Fooland **to the militia**"; not "weapons linked to X"), or on the last
    item of a theme list or of the quantity the theme counts ("the sale of $3 billion worth of bombs, fuses and other
    **weapons to Barland**"). The objects of those ``recipient_preps`` phrases; only when the word the theme hangs on
    (the verb, or the noun whose "of" object it is) has no such phrase of its own."""
    cue = theme.head.head if theme.dep_ == "pobj" else theme.head
    if any(
        c.dep_ in ("prep", "dative") and c.lower_ in recipient_preps and any(o.dep_ == "pobj" for o in c.children)
        for c in (*cue.children, *theme.children)
    ):
        return []
    items = [theme] + [o for p in theme.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    # a participle's recipient comes after where the goods come from: "sourced from X to Y", "made in X to Y" (not
    # "weapons linked to X", where "to" is the participle's own)
    holders = [
        (c, min((p.i for p in c.children if p.dep_ == "prep" and p.lower_ in ("from", "in")), default=None))
        for t in items for c in t.children if c.dep_ == "acl" and c.tag_ == "VBN"
    ]
    holders = [(h, origin) for h, origin in holders if origin is not None]
    holders += [(max(t.conjuncts, key=lambda c: c.i), -1) for t in items if any(c.i > t.i for c in t.conjuncts)]
    return [
        o for h, after in holders for p in h.children
        if p.dep_ in ("prep", "dative") and p.lower_ in recipient_preps and p.i > after
        for o in p.children if o.dep_ == "pobj"
    ]


# -- clauses --------------------------------------------------------------------------


def listed_conjunct(verb: Token) -> bool:
    """A verb in a list the parser hung as an adverbial clause: "is funded, **armed** and trained by X"
    (after a comma, with its own "and", without a mark, subject or auxiliary)."""
    doc = verb.doc
    return (
        verb.dep_ == "advcl"
        and verb.i > verb.head.i
        and doc[verb.i - 1].text == ","
        and any(c.dep_ == "cc" for c in verb.children)
        and not any(c.dep_ in SUBJECT_DEPS or c.dep_ in ("mark", "aux", "auxpass") for c in verb.children)
    )


def listed_participle(verb: Token) -> bool:
    """A participle tagged JJ in a list the parser hung as an adverbial clause: "funded, **armed** and trained"."""
    return verb.dep_ == "advcl" and is_participle_adjective(verb)


def split_participle(verb: Token) -> Token | None:
    """The next participle of a list the parser split after the first one's comma: "units which are being **trained**,
    equipped and advised by X" (*trained* a relative clause on *units*, *equipped* a second clause on it with the
    agent on its conjunct). Only a bare participle (no phrase of its own: "founded in 2014, armed by X" is no list)."""
    doc = verb.doc
    if verb.dep_ not in ("relcl", "acl") or verb.tag_ != "VBN" or verb.i + 2 >= len(doc) or doc[verb.i + 1].text != ",":
        return None
    if any(c.dep_ not in ("nsubjpass", "nsubj", "aux", "auxpass", "punct", "advmod") or c.i > verb.i for c in verb.children):
        return None
    nxt = doc[verb.i + 2]
    if nxt.head.i == verb.head.i and nxt.dep_ in ("acl", "relcl") and (nxt.tag_ == "VBN" or is_participle_adjective(nxt)):
        return nxt
    return None


def fronted_object_clause(verb: Token) -> bool:
    """A relative clause on a claim noun the parser read as an adverbial clause with a fronted object:
    "..., **a charge** Tehran **denies**"."""
    return verb.dep_ == "advcl" and any(c.dep_ == "dobj" and c.i < verb.i for c in verb.children)


def claim_after_comma(verb: Token) -> Token | None:
    """A claim noun after a comma that renames the clause before it, misparsed around the verb that rejects it:
    "Rwanda is widely accused of supporting M23, **charges** it has rejected" (*charges* a VBZ conjunct of *accused*, the denial its
    ccomp) and "Turkey is accused of arming X, **charges** Ankara has rejected" (*charges* the root, the clause before
    it its ccomp, the denial a relative clause on it; or a noun coordinated with the verb before it). Whether the word is
    a claim is the caller's."""
    head = verb.head
    if head.i == verb.i or head.i == 0 or verb.doc[head.i - 1].text != ",":
        return None
    if verb.dep_ == "ccomp" and head.tag_ == "VBZ" and head.dep_ == "conj" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in head.children
    ):
        return head
    if verb.dep_ == "relcl" and head.pos_ == "NOUN" and (
        (head.dep_ == "ROOT" and any(c.dep_ == "ccomp" and c.i < head.i for c in head.children))
        or (head.dep_ == "conj" and head.head.i < head.i and is_verbal(head.head))
    ):
        return head
    return None


def renaming_object(noun: Token) -> bool:
    """A noun after a comma that renames the clause before it, which the parser made a second object of that clause's
    verb, after the verb's other dependents: "X said Turkey had sent fighters to Azerbaijan, **a claim** denied by Baku"
    (*claim* a dobj of *sent* beside *fighters*), "... that the units were deployed there, **an assertion** rejected by ...".
    Whether the word is a claim is the caller's."""
    comma = noun.left_edge.i - 1
    return (
        noun.dep_ == "dobj" and comma > noun.head.i + 1 and noun.doc[comma].text == ","
        and any(noun.head.i < c.i < comma for c in noun.head.children)
    )


def reporter_as_apposition(appos: Token) -> Token | None:
    """The verb of a report closing the sentence whose subject the parser hung as an apposition on the noun before
    its comma: "..., helping him fend off Fooland-backed rebel forces, **the Baz Journal** reported" (*Journal*
    an apposition of *forces*, *reported* a clause of its own); also a conjunct with no "and" before it, after its own
    apposition: "... sent jets to Fooland, **Ivo Maric**, the head of the bureau, said" (round 35). Whether the verb
    reports is the caller's."""
    doc, after = appos.doc, appos.right_edge.i + 1
    if appos.dep_ not in ("appos", "conj"):
        return None
    if appos.dep_ == "conj":
        after += after < len(doc) and doc[after].text == ","
    if after >= len(doc) or appos.left_edge.i == 0 or doc[appos.left_edge.i - 1].text != ",":
        return None
    verb = doc[after]
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.head.i == appos.i:
        return None
    if appos.dep_ == "conj":  # (the list's own test last: it walks the whole coordination)
        top = appos.head
        while top.dep_ == "conj":
            top = top.head
        listed = [t for t in top.subtree if t.dep_ == "conj" or t.i == top.i]
        if any(c.dep_ in ("cc", "preconj") for t in listed for c in t.children):
            return None  # a list closed by "and" or "or": "the United States, Germany and Britain, says ..."
    return verb


def claimed_clause(claim: Token) -> Token | None:
    """The clause a claim of :func:`claim_after_comma` renames: the verb it is coordinated with, or its ccomp."""
    if claim.dep_ == "conj":
        return claim.head
    return next((c for c in claim.children if c.dep_ == "ccomp" and c.i < claim.i), None)


def relative_as_content_clause(verb: Token) -> bool:
    """A relative clause whose "that" the parser read as a content clause's: "..., a claim **that** Iran has
    always rejected" (an acl with no object of its own)."""
    return verb.dep_ == "acl" and not any(c.dep_ in ("dobj", "ccomp") for c in verb.children)


def content_clause_without_that(verb: Token) -> bool:
    """A noun's content clause with no "that", read as a clause modifying the noun: "allegations **his campaign is
    meant** to help X" (an acl with a subject of its own, and a complement when the subject is active: not a relative
    clause missing its object, "the claims Iran made")."""
    if verb.dep_ != "acl" or any(c.dep_ == "mark" or c.tag_ in RELATIVE_TAGS for c in verb.children):
        return False
    deps = {c.dep_ for c in verb.children}
    return "nsubjpass" in deps or ("nsubj" in deps and bool(deps & {"dobj", "ccomp", "xcomp", "attr", "acomp"}))


def that_as_object(verb: Token) -> bool:
    """A content clause whose "that" the parser read as its relative object although it has an object of its own:
    "the allegations **that** Iran armed Hamas" ("that" a dobj beside "Hamas")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return verb.dep_ in ("acl", "relcl") and len(objects) > 1 and objects[0].lower_ == "that" and objects[0].i < verb.i


def claim_read_as_verb(denial: Token) -> list[Token]:
    """Claims the tagger read as a verb after a verdict on a denial: "dismissed as lies **reports** that it armed ..."
    (*reports* a VBZ adverbial clause of *dismissed*, "as" its mark, *lies* its subject). Whether the word is a claim and
    the subject a verdict is the caller's."""
    return [
        c for c in denial.children
        if c.dep_ == "advcl" and c.tag_ == "VBZ" and c.i > denial.i
        and any(m.dep_ == "mark" and m.lower_ == "as" for m in c.children) and any(s.dep_ == "nsubj" for s in c.children)
    ]


def stranded_verdict(verb: Token) -> Token | None:
    """The verdict of a verb of judging that the parser hung at the end of its object's content clause: "called the
    claims that it trains the Taliban **absurd**", "condemned the allegations that it arms Haftar **as** smears", "called
    the report that it armed the Houthis **a lie**" (the verdict, or its "as"): the last dependent of an ``acl`` on the
    verb's object, ending the clause (a noun only as the clause's second object)."""
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        for clause in (c for c in obj.children if c.dep_ == "acl"):
            last = [c for c in clause.children if c.dep_ != "punct" and c.i > clause.i]
            if not last:
                continue
            tail = last[-1]
            if tail.dep_ in ("advmod", "oprd", "acomp", "xcomp", "npadvmod") and tail.right_edge.i == tail.i:
                return tail
            if tail.dep_ == "prep" and tail.lower_ == "as" and any(c.dep_ in ("pobj", "amod") for c in tail.children):
                return tail  # (an adjective after "as" too: "described the claims that it backs M23 **as false**")
            if tail.dep_ == "dobj" and any(c.dep_ == "dobj" for c in last[:-1]):
                return tail  # a second object: "called the report that it armed the Houthis **a lie**"
            if tail.dep_ == "dobj" and tail.tag_ in ("NN", "JJ") and any(c.dep_ == "compound" for c in tail.children):
                return tail  # the clause's object read as the verdict's modifier: "... armed the Houthis **baseless**"
    return None


def stranded_predicate(claim: Token) -> Token | None:
    """The predicate of a said clause whose subject is a claim noun, which the parser hung, with no subject of its own,
    at the end of the claim's content clause: "Iran said reports that it armed the Houthis **were** false" (*were* a
    ccomp of *armed*, *reports* the object of *said*). Whether the predicate calls the claim false is the caller's."""
    for clause in (c for c in claim.children if c.dep_ in ("acl", "relcl")):
        for pred in (c for c in clause.children if c.dep_ in ("ccomp", "conj") and c.i > clause.i):
            if pred.lemma_ == "be" and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in pred.children):
                return pred
    return None


def stranded_possession(owner: Token) -> Token | None:
    """The first word of what an owner owns, when the parser made the owner itself the argument and left the
    owned name outside its phrase: "arming Yemen's Houthis" (*Yemen* a dobj with the possessive marker as its child,
    *Houthis* a second dobj), "from Iran's Revolutionary Guard Corps's (IRGC) Quds Force" (*Corps* the pobj, *Quds
    Force* hung elsewhere). The word right after the marker (after a parenthesis that follows it), or None when the
    owner is read as a possessor (poss) or the word after its marker is its own dependent. Whether that word names
    an actor is the caller's."""
    if owner.dep_ == "poss":
        return None
    marker = next((c for c in owner.children if c.dep_ == "case" and c.tag_ == "POS" and c.i > owner.i), None)
    if marker is None:
        return None
    doc, j = owner.doc, marker.i + 1
    if j < len(doc) and doc[j].text == "(":
        close = next((k for k in range(j + 1, min(j + 8, len(doc))) if doc[k].text == ")"), None)
        j = close + 1 if close is not None else len(doc)
    if j >= len(doc) or doc[j].head.i == owner.i:
        return None
    return doc[j]


# tags of a verb that opens a clause of its own after a noun: "and Beijing **arming** the other", "and Cairo **funds** it"
CLAUSE_VERB_TAGS = frozenset({"VBG", "VBZ", "VBD", "VBP"})


def clause_opening_conjunct(noun: Token) -> bool:
    """A noun the parser coordinated with the object before it that is the subject of the verb right after it: "with
    Moscow arming one faction and **Beijing** arming the other" (*Beijing* a conjunct of *one faction*, the second
    *arming* a clause of its own without a subject). The noun is that verb's doer, no second object of the first verb.
    Not a verb hung on a noun as its modifier: "arms for two groups, Hamas and Hezbollah operating in Gaza" (round 19,
    r19prec)."""
    if noun.dep_ != "conj" or noun.i + 1 >= noun.sent.end:
        return False
    verb = noun.doc[noun.i + 1]
    return verb.pos_ == "VERB" and verb.tag_ in CLAUSE_VERB_TAGS and verb.dep_ not in ("acl", "relcl") and not any(
        c.dep_ in SUBJECT_DEPS for c in verb.children
    )


# repairs a pattern can step through ("theme ~modifier_dative[to,for] object"): token (, words) -> tokens
TOKEN_REPAIRS = ("modifier_dative", "preposition_conjunct", "for_clause_subject", "gapped_recipient", "stranded_recipient")

# Every repair, the construction it fixes, and who reads it (kept in step with the code; tested).
REPAIRS = {
    "is_participle_adjective": ("are armed and financed by Iran", "verb cues, passives, modality"),
    "is_nominal_gerund": ("training Hamas terrorists", "verb cues"),
    "hyphen_participle": ("the U.S.-backed SDF (backed/JJ after the hyphen)", "verb cues (hyphen)"),
    "is_verbal": ("Iran funds and arms Hamas (funds/NNS)", "every verb construction, arguments"),
    "verb_lemmas": ("training -> train, armed -> arm", "cue lookup"),
    "misread_stems": ("training -> train, traine (the stems verb_lemmas tries)", "verb_lemmas, Grammar.cue_tokens"),
    "inflected_stems": ("hopes to supply (hopes lemmatized as hop) -> hope", "modality.assess (irrealis verbs)"),
    "misread_verb": ("The United States arms Ukraine (arms/NNS)", "verb"),
    "in_dateline": ("SEOUL, South Korea — North Korea has delivered ... (the dateline's names)", "Grammar._no_actor, dateline_subject"),
    "dateline_subject": ("TEL AVIV, Israel — Israel has helped ... (Israel an apposition of AVIV)", "Grammar.subjects"),
    "zero_relative": ("Haftar, the commander Russia has supported, visited", "Grammar.subjects, Grammar.objects"),
    "lost_subject": ("The Islamic Republic of Iran bankrolls Hezbollah", "Grammar.subjects"),
    "unhyphenated_demonym": ("the Afghan backed militants (backed read as a finite verb)", "Grammar.subjects, hyphen"),
    "late_conjunct": ("X under the patronage of the PMU and Iran's IRGC (IRGC a conjunct of X)", "Grammar._conjuncts"),
    "absolute_participle": ("..., with neighbouring Chad backing Musa (backing an adverbial of neighbouring)", "Grammar.subjects"),
    "auxiliary_subject": ("Iran has armed Hezbollah, Hamas, ... (Iran hung on has)", "Grammar.subjects"),
    "swallowed_source": ("According to Hamas official X, Iran and Hezbollah have helped ...", "Grammar.subjects, modality"),
    "source_apposition": ("According to the weekly Courier, Ngoma has been backed by ...", "Grammar.subjects"),
    "agreeing_conjunct": ("Turkey supports the SNA and Qatar backs Hamas", "Grammar.subjects"),
    "accuser_of": ("is accused by UN experts of supporting M23", "Grammar.subjects"),
    "noun_tagged_subject": ("Iran funds and ... (funds/NNS, Iran as compound)", "Grammar.subjects"),
    "of_gerund_subject": ("reports of Iran arming the Houthis", "Grammar.subjects"),
    "quoted_gerund_subject": ("intelligence about Russia “training units ...” (training an adverbial)", "Grammar.subjects"),
    "relative_antecedent": ("a coalition of militias that gets its budget from", "Grammar.referents"),
    "stranded_gerund": ("accused Erdogan of financing and arming Hamas", "Grammar.subjects"),
    "adverbial_object": ("Iran trains and funds Hezbollah (Hezbollah an npadvmod)", "Grammar.objects"),
    "stranded_partner": ("accused Iran of training and arming Hezbollah", "is_nominal_gerund, Grammar.objects"),
    "raised_object": ("Iran has armed, trained, and funded -- often through X -- groups like Y", "Grammar.objects"),
    "preposition_conjunct": ("arms Iran and by extension Hamas", "Grammar.objects"),
    "echoed_preposition": ("the backing of Iran, as well as of Qatar", "Grammar.referents"),
    "fronted_apposition": ("A longtime backer of Hamas, Qatar has hosted ...", "Grammar.referents"),
    "for_clause_subject": ("the favourite proxy for Moscow to wage its war", "backs.role_noun.proxy, backs.role_noun.patron"),
    "modifier_dative": ("shipped Russia short-range missiles", "the give rules' fallback pattern"),
    "gapped_recipient": ("provided advisers to the army and rockets to Hezbollah", "funds.give, trains.give"),
    "stranded_recipient": ("supplying arms sourced from X to Y; the sale of bombs, fuses and other weapons to Y", "funds.give, funds.nominal.shipment"),
    "listed_conjunct": ("is funded, armed and trained by X", "modality.assess"),
    "clause_opening_conjunct": ("with Moscow arming X and Beijing arming Y (Beijing a conjunct of X)", "extract"),
    "listed_participle": ("is funded, armed and trained by X", "Grammar.agents, Grammar.patients"),
    "split_participle": ("units which are being trained, equipped and advised by X", "Grammar.agents"),
    "stranded_possession": ("arming Yemen's Houthis (Yemen a second dobj); from Iran's IRGC's Quds Force", "Grammar.referents"),
    "verb_read_as_compound": ("Israel says Iran arms Hezbollah (arms a compound of Hezbollah)", "Grammar.objects"),
    "perfect_clause": ("Iran has long armed Hezbollah (has the main verb, armed a modifier of Hezbollah)",
                       "is_verbal, Grammar.is_passive, Grammar.subjects, Grammar.objects"),
    "verb_list": ("Iran has armed, trained and funded Hezbollah (trained read as a modifier of Hezbollah)",
                  "is_verbal, Grammar.is_passive, Grammar.subjects, Grammar.objects"),
    "fronted_object_clause": ("..., a charge Tehran denies", "modality.assess"),
    "relative_as_content_clause": ("..., a claim that Iran has always rejected", "modality.assess, denial_clause"),
    "claim_after_comma": ("is widely accused of supporting M23, charges it has rejected (charges/VBZ)", "denial_clause"),
    "renaming_object": ("sent fighters to Azerbaijan, a claim denied by Baku (claim a second dobj)", "denial_clause, modality.assess"),
    "reporter_as_apposition": ("fend off Fooland-backed forces, the Baz Journal reported (Journal an apposition)",
                               "Grammar._naming_apposition"),
    "claimed_clause": ("is widely accused of supporting M23, charges it has rejected (the clause charges renames)", "denial_clause"),
    "claim_read_as_verb": ("dismissed as lies reports that it armed the Houthis", "denial_clause"),
    "stranded_verdict": ("called the claims that it trains the Taliban absurd", "denial_clause"),
    "stranded_predicate": ("said reports that it armed the Houthis were false", "judged_clause"),
    "stranded_origin": ("denied any presence of Syrian mercenaries from the Wagner Group", "denial"),
    "that_as_object": ("the allegations that Iran armed Hamas were denied", "modality.assess, denial_clause"),
    "content_clause_without_that": ("did not deny allegations his campaign is meant to help X", "modality.assess"),
}
