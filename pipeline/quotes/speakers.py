"""Cues and speakers: who is said to have said a quotation, and to whom.

A cue is a speech verb ("said", "told", "pointed out") or a source phrase
("according to"). Its speaker is the verb's subject (or, for a source phrase,
the phrase's object), resolved to a canonical name: the entity in the subject
phrase, a pronoun through a speaker just quoted, the previous sentence's
subject or the coreference layer (or, failing that, the latest earlier
speaker), a definite description through the person earlier given its head
noun as title ("the governor"), a document through its issuer ("the letter"
after "X sent a letter"), a definite "the report"/"the statement" else through
the latest earlier outlet; for direct quotations, an unnamed source keeps its
noun phrase ("a government official").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from pipeline.docs import actor_of
from pipeline.quotes.context import NOUN_PHRASE, POSSESSIVE_MARKS, DocContext, Speaker, is_plural

# dependents that do not belong to a speaker's name or description
_CLAUSAL = frozenset({"relcl", "acl", "advcl", "parataxis", "ccomp", "xcomp"})
_DEFINITE = frozenset({"the", "this", "that"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})
# how a speaker after its verb may be attached ('"...," said Ghattas' -> nsubj or dobj)
_INVERTED_DEPS = frozenset({"nsubj", "dobj", "attr", "npadvmod", "appos", "dep", "oprd"})
_NAME_WORD = re.compile(r"[^\W\d_][\w'’.-]*")  # a capital checked apart: "Éireann", "Álvaro"


@dataclass(frozen=True, slots=True)
class Cue:
    first: int  # first token of the cue
    last: int  # last token ("according to" -> "to")
    text: str
    phrase: bool  # a source phrase rather than a verb
    distance: int  # words between the cue and the quotation
    after: bool  # the cue follows the quotation


@dataclass(frozen=True, slots=True)
class Attribution:
    speaker: Speaker
    cue: str | None
    role: str | None
    audience: str | None
    subject: tuple[int, int]  # token range of the speaker mention's subtree


# -- cues -------------------------------------------------------------------
def cue_text(tok: Token) -> str:
    """The verb with an adjacent particle ("pointed out")."""
    particle = next((c for c in tok.rights if c.dep_ == "prt" and c.i == tok.i + 1), None)
    return f"{tok.text} {particle.text}" if particle is not None else tok.text


def find_cues(ctx: DocContext, window: list[int], *, after: bool) -> list[Cue]:
    """Cues in a window of token indices (in text order) next to a quotation."""
    doc, cues = ctx.doc, []
    words = [i for i in window if not doc[i].is_punct and not doc[i].is_space]
    inside = set(window)
    for i in window:
        if ctx.is_cue[i]:
            cues.append(_cue(words, i, i, cue_text(doc[i]), False, after))
        phrase = ctx.phrase_at(i)
        if phrase is not None and i + len(phrase) - 1 in inside:
            last = i + len(phrase) - 1
            cues.append(_cue(words, i, last, doc[i : last + 1].text, True, after))
    return cues


def _cue(words: list[int], first: int, last: int, text: str, phrase: bool, after: bool) -> Cue:
    distance = sum(1 for w in words if w < first) if after else sum(1 for w in words if w > last)
    return Cue(first, last, text, phrase, distance, after)


# -- speakers ---------------------------------------------------------------
def attribute(ctx: DocContext, cue: Cue, *, named_only: bool) -> Attribution | None:
    """The speaker (and role, audience) of ``cue``, or None when there is none to name."""
    doc = ctx.doc
    if cue.phrase:
        # "according to X": the object of the phrase
        obj = _source_object(doc[cue.first : cue.last + 1])
        if obj is None:
            return None
        return _attribution(ctx, obj, cue.text, None, named_only=True)
    verb = doc[cue.last]
    audience = _audience(ctx, verb)
    agent = _passive_agent(verb, labelling=verb.lemma_.lower() in ctx.rules.quoted_object_verbs)
    if agent is not None:
        # passive cue: "he was told by the minister"
        return _attribution(ctx, agent, cue.text, audience, named_only=named_only)
    subject = _subject(ctx, verb)
    next_to_quote = (cue.after and cue.distance == 0) or (not cue.after and _sentence_initial(ctx, verb))
    # before its quotation, a verb with a subject before it has no speaker after it ('X called it "a ..."')
    before_subject = not cue.after and subject is not None and subject.i < verb.i
    inverted = None if before_subject else _inverted_subject(ctx, verb, any_noun=next_to_quote)
    if (
        subject is not None
        and subject.pos_ == "PRON"
        and subject.lower_ not in ctx.rules.pronouns
        and (named_only or subject.lower_ not in ctx.rules.group_members)
        and ctx.interviewee(subject) is None
    ):
        return None  # "I say", "we said": no one to name (but an interviewee's "I", or "one said")
    # the first that names someone: the subject; a name right after the verb
    # ('"...," said Ghattas', '... says Liel'); when the parse found no
    # subject for an active main verb, the nearest name before it (the small
    # parser often loses a subject behind a long apposition)
    passive = any(c.dep_ == "nsubjpass" for c in verb.children)
    preceding = _preceding_name(ctx, verb) if subject is None and not passive and verb.dep_ == "ROOT" else None
    for mention in (subject, inverted, preceding):
        att = _attribution(ctx, mention, cue.text, audience, named_only=True) if mention is not None else None
        if att is not None:
            return att
    # an unnamed source ('"...," said a protester')
    mention = subject if subject is not None else inverted
    if named_only or mention is None:
        return None
    outer = _outer_report(ctx, verb, mention)
    if outer is not None:
        return outer
    return _attribution(ctx, mention, cue.text, audience, named_only=False)


def _outer_report(ctx: DocContext, verb: Token, subject: Token) -> Attribution | None:
    """The named speaker of the cue whose reported clause holds ``verb`` when
    the verb's subject is a thing, not a source ("X told a magazine the
    frequency of ... suggested a pattern: "..."" is X's)."""
    head = verb.head
    if verb.dep_ not in ctx.rules.clause_deps or head.i == verb.i or not ctx.is_cue[head.i]:
        return None
    if subject.pos_ != "NOUN" or subject.lemma_.lower() in ctx.rules.organ_nouns | ctx.rules.unnamed_sources:
        return None
    return attribute(ctx, Cue(head.i, head.i, cue_text(head), False, 0, False), named_only=True)


def attribute_mention(ctx: DocContext, mention: Token, *, named_only: bool) -> Attribution | None:
    """The speaker a noun phrase names, without a cue (the parse lost the verb)."""
    return _attribution(ctx, mention, None, None, named_only=named_only)


def _subject(ctx: DocContext, verb: Token) -> Token | None:
    """The verb's subject, or its head's for "said and added", "went on to say"."""
    for _ in range(4):
        quoted = _quoted_as(ctx, verb)
        if quoted is not None:
            return quoted  # "Politico quoted X as saying"
        subjects = [c for c in verb.children if c.dep_ in ctx.rules.subject_deps and not ctx.in_quote(c.i)]
        if subjects:
            child = next((c for c in subjects if c.pos_ in ("NOUN", "PROPN", "PRON")), subjects[0])
            named = [c for c in subjects if (ctx.speaker_ent(c) is not None or _proper_name(c)) and not _tag_or_compound(ctx, c)]
            if len(subjects) > 1 and named:
                # two subjects are an apposition the parser split ("Niger's
                # president Mahamadou Issoufou said", "A member of X, Samir
                # Dilou said"): the name speaks
                child = min(named, key=lambda c: ctx.rules.speaker_rank.get(c.ent_type_, len(ctx.rules.speaker_rank)))
            apposed = next((c for c in child.children if c.dep_ == "appos"), None)
            if apposed is not None and child.pos_ == "PRON" and _is_name(ctx, apposed):
                child = apposed  # "itself Ford", "we, the Kurdish forces,": the apposed name
            elif apposed is not None and _person_apposed_to_body(ctx, child, apposed):
                child = apposed  # "Acme Bank president Jo Ray said": the person, not the bank
            if child.dep_ == "nsubjpass":
                return None  # "Hamas is said to ...": no speaker
            if _object_taken_for_subject(ctx, verb, child):
                verb = verb.head  # "X tweeted her reasoning saying": X says it
                continue
            if verb.dep_ == "relcl" and child.lower_ in RELATIVE_PRONOUNS:
                return verb.head  # "a statement which said"
            return child
        if verb.dep_ == "acl" and verb.tag_ == "VBG":
            noun = verb.head
            if noun.lemma_.lower() in ctx.rules.organ_nouns or noun.lower_ in ctx.rules.organ_nouns or ctx.speaker_ent(noun):
                return noun  # "a statement saying", "a sign saying"
            # "X explained the decision to ban the players saying ...": the noun does not speak, X does
            holder = next((a for a in noun.ancestors if a.pos_ == "VERB" and any(c.dep_ in ctx.rules.subject_deps for c in a.children)), None)
            if holder is None:
                return noun
            verb = holder
            continue
        if verb.dep_ not in ctx.rules.inherit_subject_deps or verb.head.i == verb.i:
            return None  # no head
        if ctx.in_quote(verb.head.i):
            # the parser hung the cue on a verb of the quotation ('X said "...", calling it ...'):
            # the verb that governs the quotation from outside it, if any
            outside = next((a for a in verb.head.ancestors if not ctx.in_quote(a.i)), None)
            if outside is None or outside.pos_ not in ("VERB", "AUX"):
                return None
            verb = outside
            continue
        if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ctx.rules.object_control_verbs:
            # "Backlash led X to express ...": the head's object speaks, not its subject
            return next((c for c in verb.head.children if c.dep_ == "dobj" and not ctx.in_quote(c.i)), None)
        verb = verb.head
        if _content_clause(ctx, verb):
            verb = verb.head  # "X described how the attack unfolded, stating": the describer's subject
            if verb.pos_ in ("NOUN", "PROPN") and (
                verb.dep_ == "ROOT" or (verb.dep_ in ctx.rules.subject_deps and ctx.in_quote(verb.head.i))
            ):
                # "An eyewitness described[acl] how ...": the parser took the verb for the
                # noun's modifier, and left the noun the root or a subject of the quotation
                return verb
    return None


def _content_clause(ctx: DocContext, verb: Token) -> bool:
    """A clause opened by "how", "why", "whether" ... that a verb or noun
    above it describes ("described how the attack unfolded")."""
    return verb.head.i != verb.i and any(
        c.dep_ in ("advmod", "mark") and c.lower_ in ctx.rules.content_clause_words and c.i < verb.i for c in verb.children
    )


def _person_apposed_to_body(ctx: DocContext, subject: Token, apposed: Token) -> bool:
    """A person named in apposition to an organisation or place subject: the
    parse of "<body> <role> <name> said", where the name speaks."""
    body, person = ctx.speaker_ent(subject), ctx.speaker_ent(apposed)
    return body is not None and person is not None and body.label_ != "PERSON" and person.label_ == "PERSON"


def _tag_or_compound(ctx: DocContext, tok: Token) -> bool:
    """A hashtag or handle ("#WrongTrump") or part of a hyphen compound ("ex-Muslims"): no name of a speaker."""
    ent = ctx.speaker_ent(tok)
    start = ent.start if ent is not None else tok.left_edge.i
    return (start > 0 and ctx.doc[start - 1].text in ("#", "@", "-")) or (ent is not None and _hyphenated(ent))


def _object_taken_for_subject(ctx: DocContext, verb: Token, subject: Token) -> bool:
    """A participle cue's "subject" that is the object its head verb lacks
    ("The governor tweeted her reasoning saying, ..."): no name, right
    between the head verb and the participle."""
    head = verb.head
    return (
        verb.tag_ == "VBG"
        and verb.dep_ in ctx.rules.inherit_subject_deps
        and head.i < subject.i < verb.i
        and subject.pos_ == "NOUN"
        and ctx.speaker_ent(subject) is None
        and not any(c.dep_ in ("dobj", "dative", "ccomp") for c in head.children)
    )


def _quoted_as(ctx: DocContext, verb: Token) -> Token | None:
    """X in "quoted X as saying" / "X was quoted as saying"."""
    head = verb.head
    if verb.dep_ == "pcomp" and head.lower_ == "as":
        head = head.head
    elif not any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return None
    if head.i == verb.i or head.lemma_.lower() not in ctx.rules.quoted_as_verbs:
        return None
    return next((c for c in head.children if c.dep_ in ("dobj", "nsubjpass")), None)


def _passive_agent(verb: Token, labelling: bool = False) -> Token | None:
    """The agent of a passive cue ("was told by X"), or with ``labelling`` of
    a naming participle ("a pattern described by X as "..."")."""
    if not any(c.dep_ == "nsubjpass" for c in verb.children) and not (labelling and verb.dep_ == "acl" and verb.tag_ == "VBN"):
        return None
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    if agent is None:
        # "was announced to be a "pandemic" by the WHO": the parser hung "by" on the predicate
        agent = next((t for t in verb.subtree if t.lower_ == "by" and t.dep_ == "prep" and _on_predicate(t.head, verb)), None)
    return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None


_PREDICATE_PATH = frozenset({"xcomp", "attr", "acomp", "oprd"})


def _on_predicate(tok: Token, verb: Token) -> bool:
    """``tok`` is the verb's predicate, or inside it ("announced to be a pandemic")."""
    while tok.i != verb.i:
        if tok.dep_ not in _PREDICATE_PATH or tok.head.i == tok.i:
            return False
        tok = tok.head
    return True


def _sentence_initial(ctx: DocContext, tok: Token) -> bool:
    i = tok.i - 1
    while i >= 0 and ctx.sent_at[i] == ctx.sent_at[tok.i] and (ctx.doc[i].is_punct or ctx.doc[i].is_space):
        i -= 1
    return i < 0 or ctx.sent_at[i] != ctx.sent_at[tok.i]


def _inverted_subject(ctx: DocContext, verb: Token, *, any_noun: bool) -> Token | None:
    """The phrase right after the verb when it is the speaker: a name, or any
    noun when the verb sits next to the quotation ('"...," said a protester')."""
    if verb.lemma_.lower() in ctx.rules.audience_object_of:
        return None  # "told TRT World": the name is the audience
    doc = ctx.doc
    i = verb.i + 1
    while i < len(doc) and doc[i].pos_ == "ADV":
        i += 1
    if i >= len(doc) or ctx.in_quote(i):
        return None
    head = doc[i]
    while head.head.i != verb.i and head.head.i != head.i and head.head.i > verb.i:
        head = head.head
    if head.head.i == verb.i:
        if head.dep_ not in _INVERTED_DEPS or (head.dep_ == "dobj" and head.pos_ == "PRON"):
            return None  # "claimed that Iran helped": a clause, no speaker; "calling it": an object
        return head if _is_name(ctx, head) or (any_noun and head.pos_ == "NOUN") else None
    if not any_noun:
        return None
    # the parse lost the phrase: the best-ranked name before the next punctuation or verb
    names = []
    for tok in doc[i : min(len(doc), i + ctx.rules.window_tokens)]:
        if tok.is_punct or ctx.in_quote(tok.i) or tok.pos_ in ("VERB", "AUX", "SCONJ"):
            break
        ent = ctx.speaker_ent(tok)
        if ent is not None and not ent.start <= verb.i < ent.end:  # not "Remarked Center" tagged as one name
            names.append(ent)
    names.sort(key=lambda e: (ctx.rules.speaker_rank[e.label_], e.start))
    return names[0].root if names else None


def _preceding_name(ctx: DocContext, verb: Token) -> Token | None:
    """The nearest name before the verb in its sentence, outside quotations
    and prepositional phrases ("Speaking to AFP, ..., Jamel Msallem, said").
    A "clause" that runs right up to the verb is a noun the parser took for a
    verb ("Caloundra coach[VERB] Geoff Ingram said"): a real one is set off by a comma."""
    doc = ctx.doc
    clauses = [(c.left_edge.i, c.right_edge.i) for c in verb.children if c.dep_ in _CLAUSAL and c.right_edge.i != verb.i - 1]
    adjacent = True  # only punctuation so far: a name in apposition right before the verb speaks even inside a clause
    for i in range(verb.i - 1, max(-1, verb.i - 1 - ctx.rules.window_tokens), -1):
        tok = doc[i]
        if ctx.in_quote(i) or ctx.sent_at[i] != ctx.sent_at[verb.i]:
            return None
        if adjacent and (tok.is_punct or tok.is_space):
            continue
        ent = ctx.speaker_ent(tok)
        named = ent is not None or _proper_name(tok)
        apposed = named and (ent.root if ent is not None else tok).dep_ == "appos"
        if any(a <= i <= b for a, b in clauses) and not (adjacent and apposed):
            return None
        adjacent = False
        if not named:
            continue
        start = ent.start if ent is not None else tok.i
        if (start == 0 or doc[start - 1].pos_ != "ADP") and not (ent is not None and _hyphenated(ent)):
            return ent.root if ent is not None else tok
    return None


def _is_name(ctx: DocContext, tok: Token) -> bool:
    return tok.lower_ in ctx.rules.pronouns or ctx.speaker_ent(tok) is not None or _proper_name(tok)


def _source_object(phrase: Span) -> Token | None:
    """The object of "according to": a pobj of the phrase's words, else the next noun."""
    objs = [c for tok in phrase for c in tok.children if c.dep_ == "pobj" and c.i > phrase.end - 1]
    if objs:
        return min(objs, key=lambda t: t.i)
    doc = phrase.doc
    return next((t for t in doc[phrase.end : phrase.end + 6] if t.pos_ in ("PROPN", "NOUN", "PRON")), None)


def _attribution(ctx: DocContext, mention: Token, cue: str | None, audience: str | None, *, named_only: bool) -> Attribution | None:
    lo, hi = _phrase_bounds(ctx, mention)
    speaker, role = _resolve(ctx, mention, lo, hi, named_only=named_only)
    if speaker is None:
        return None
    return Attribution(speaker, cue, role, audience, (mention.left_edge.i, mention.right_edge.i))


def _resolve(ctx: DocContext, mention: Token, lo: int, hi: int, *, named_only: bool) -> tuple[Speaker | None, str | None]:
    doc, rules = ctx.doc, ctx.rules
    lower = mention.lower_
    if lower in rules.pronouns:
        return _pronoun(ctx, mention, named_only=named_only), None
    if lower in rules.group_members and not named_only and not any(c.dep_ == "prep" for c in mention.children):
        # '"...," said another', 'a third added': an unnamed member of a group named before
        span = doc[lo : hi + 1]
        return Speaker(span.text, NOUN_PHRASE, span.text, span.start_char, span.end_char, mention.i), None
    if mention.pos_ == "PRON":
        return ctx.interviewee(mention), None  # "I", "we", "who", "one": no one to name, unless in an interview
    whole = _partitive_of(ctx, mention)
    if whole is not None:
        # "Part of the judge's statement reads": the statement (and so the judge)
        return _resolve(ctx, whole, *_phrase_bounds(ctx, whole), named_only=named_only)
    ent = ctx.speaker_ent(mention)
    titled = _titled_name_after(ctx, ent) if ent is not None else None
    if titled is not None:
        # "Connecticut Senator Richard Blumenthal" parsed with the place as the head: the person
        return ctx.speaker_from_span(titled, titled.root), None
    if ent is None:
        ents = {id(e): e for e in (ctx.speaker_ent(doc[i]) for i in range(lo, hi + 1)) if e is not None and not _hyphenated(e)}
        # what the phrase names first ("Shapiro's widow, Pam Shriver"), then by label
        ranked = sorted(ents.values(), key=lambda e: (not _is_core(e, mention), rules.speaker_rank[e.label_], e.start))
        ent = ranked[0] if ranked else None
        if (ent is None or not _is_core(ent, mention)) and _proper_name(mention):
            # "Cardinal Marc Ouellet of the Holy See": a name the model did not tag
            return _named(ctx, mention), None
        if ent is not None and not _is_core(ent, mention):
            body = _person_body(ctx, ent, mention)
            if body is not None:
                # "the Biden campaign", "Smith's family": the body, not the person
                return body, None
            if _speaks_for(ctx, ent, mention):
                # "a Wall Street Journal article", "Iran's foreign ministry": the owner speaks, no role
                return ctx.speaker_from_span(ent, ent.root), None
            ent = None  # "Johnson's critics", "officials in Omsk": not the speaker
    if ent is not None:
        return ctx.speaker_from_span(ent, ent.root), _role(ctx, lo, ent)
    resolved = actor_of(doc[mention.i : mention.i + 1])
    if resolved:
        # a description the coreference layer resolved ("the group said")
        span = doc[lo : hi + 1]
        return Speaker(resolved, ctx.label_of(resolved), span.text, span.start_char, span.end_char, mention.i), None
    titled = _titled_person(ctx, mention)
    if titled is not None:
        # "The commissioner said" after "AU trade commissioner Albert Muchanga"
        return _as_mention(titled, doc[lo : hi + 1]), None
    issuer = _document_issuer(ctx, mention)
    if issuer is not None:
        # "a tweet sent from X's account", "the letter" after "X sent a letter"
        return _as_mention(issuer, doc[lo : hi + 1]), None
    if lower in rules.report_nouns:
        owner = next((c for c in mention.children if c.dep_ == "poss"), None)
        if owner is not None:
            # "their statement", "the family's statement": the owner
            found = _resolve(ctx, owner, *_phrase_bounds(ctx, owner), named_only=named_only)
            if found[0] is not None:
                return found[0], None
        issuer = _subject(ctx, mention.head) if mention.dep_ == "dobj" else None
        if issuer is not None and issuer.i < mention.i:
            # "X released a statement saying": X
            return _resolve(ctx, issuer, *_phrase_bounds(ctx, issuer), named_only=named_only)
        if any(c.lower_ in _DEFINITE for c in mention.children if c.dep_ == "det"):
            # "the report said": the outlet named before
            earlier = ctx.latest_speaker(mention.i, rules.report_labels)
            if earlier is not None:
                return _as_mention(earlier, doc[lo : hi + 1]), None
    named = next((c for c in mention.children if c.dep_ == "acl" and c.lower_ in rules.name_participles), None)
    name = next((c for c in named.children if c.dep_ in ("oprd", "dobj", "attr") and (_proper_name(c) or _person(ctx, c))), None) if named else None
    if name is not None:
        # "a university student named Wong", the name tagged or not
        return (ctx.speaker_from_span(ctx.speaker_ent(name), name) if _person(ctx, name) else _named(ctx, name)), None
    if named_only:
        return None, None
    # an unnamed source of a direct quotation keeps its noun phrase ("a
    # protester"; a part of a group with the group: "one of the children")
    if mention.pos_ == "NUM" and any(c.dep_ == "prep" and c.lower_ == "of" and _has_noun_object(c) for c in mention.children):
        span = doc[lo : hi + 1]
    elif mention.pos_ in ("NOUN", "PROPN"):
        span = _bare_phrase(doc, mention, lo)
    else:
        return None, None
    return Speaker(span.text, NOUN_PHRASE, span.text, span.start_char, span.end_char, mention.i), None


def _person_body(ctx: DocContext, ent: Span, head: Token) -> Speaker | None:
    """A collective body named after a person modifying it ("the Biden
    campaign", "Senator Smith's team"): the body as "<surname> <noun>"."""
    if ent.label_ != "PERSON" or head.lemma_.lower() not in ctx.rules.person_bodies or head.pos_ != "NOUN":
        return None
    if ent.root.head.i != head.i or ent.root.dep_ not in ("compound", "poss"):
        return None
    words = [ent[-1], *ctx.doc[ent.end : head.i + 1]]  # the surname and the body: "Day('s) animal foundation"
    name = " ".join(t.lower_ if t.i == head.i else t.text for t in words if t.lower_ not in POSSESSIVE_MARKS)
    return Speaker(name, "ORG", ctx.doc[ent.start : head.i + 1].text, ent.start_char, head.idx + len(head), head.i)


def _titled_name_after(ctx: DocContext, ent: Span) -> Span | None:
    """A person named right after a place or body and a title ("Connecticut
    Senator Richard Blumenthal", "Acme CEO Jo Ray"): the place or body only
    modifies the title, whatever the parse made the head."""
    if ent.label_ == "PERSON":
        return None
    doc = ctx.doc
    i = ent.end
    while i < len(doc) and i - ent.end < _TITLE_WORDS and not doc[i].is_punct and doc[i].text[:1].isupper() and not doc[i].ent_type_:
        i += 1
    if i == ent.end or i >= len(doc) or doc[i - 1].whitespace_ == "":
        return None
    person = ctx.speaker_ent(doc[i])
    return person if person is not None and person.label_ == "PERSON" and person.start == i else None


_TITLE_WORDS = 3  # "Senator", "Attorney General", "Deputy Prime Minister"


def _partitive_of(ctx: DocContext, mention: Token) -> Token | None:
    """The document a partitive noun takes a part of ("part of the statement")."""
    if mention.lower_ not in ctx.rules.partitive_nouns and mention.lemma_.lower() not in ctx.rules.partitive_nouns:
        return None
    prep = next((c for c in mention.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None


def _titled_person(ctx: DocContext, mention: Token) -> Speaker | None:
    """The person a definite description names by a title or role given
    earlier ("The governor said" after "Governor Kay Ivey", "The judge" after
    "the judge presiding, Bernard Schwartz,"): the latest person outside
    quotation marks described by the description's head noun."""
    if mention.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in mention.children):
        return None
    if any(c.dep_ in ("poss", "prep") for c in mention.children):
        return None  # "the family's lawyer", "the head of the inquiry": someone else
    noun = mention.lemma_.lower()
    for ent in reversed(ctx.ents):
        if ent.start < mention.i and ent.label_ == "PERSON" and not ctx.in_quote(ent.start) and noun in _role_words(ctx, ent):
            return ctx.speaker_from_span(ent, ent.root)
    return None


def _document_issuer(ctx: DocContext, mention: Token) -> Speaker | None:
    """Who issued a document that speaks: its own issuer ("a tweet sent from
    X's account", "the warning issued by X"), else, for a definite one, the
    issuer of the latest earlier mention of the same document in the last
    ``document_window_sentences`` ("X sent a letter ... the letter read";
    "a report" is not "the reports") or the subject of the latest verb it names
    within a few sentences ("X announced ... The announcement mentioned")."""
    noun = mention.lemma_.lower()
    if mention.pos_ != "NOUN" or noun not in ctx.rules.organ_nouns:
        return None
    own = _issuer_of(ctx, mention)
    if own is not None or not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in mention.children):
        return own
    near = ctx.sent_at[mention.i] - ctx.rules.pronoun_window_sentences
    first = ctx.sents[max(0, ctx.sent_at[mention.i] - ctx.rules.document_window_sentences)].start
    kinds = _compounds(mention)  # "the court order" is no earlier "order" of another kind
    for tok in reversed(ctx.doc[first : mention.i]):
        if ctx.in_quote(tok.i):
            continue
        lemma = tok.lemma_.lower()
        if tok.pos_ == "NOUN" and lemma == noun and tok.tag_ == mention.tag_ and kinds <= _compounds(tok):
            found = _issuer_of(ctx, tok)
        elif tok.pos_ == "VERB" and not kinds and ctx.sent_at[tok.i] >= near and noun.startswith(lemma) and noun[len(lemma) :] in _NOMINAL_SUFFIXES:
            found = _entity_speaker(ctx, next((c for c in tok.children if c.dep_ == "nsubj"), None))
        else:
            continue
        if found is not None:
            return found
    return None


def _compounds(noun: Token) -> set[str]:
    """The nouns compounded with a noun ("court" in "court order")."""
    return {c.lemma_.lower() for c in noun.children if c.dep_ == "compound"}


# "announce" -> "announcement", "warn" -> "warning", "tweet" -> "tweet"
_NOMINAL_SUFFIXES = frozenset({"", "ment", "ing"})


def _issuer_of(ctx: DocContext, noun: Token) -> Speaker | None:
    """The named issuer of a document noun: its possessor, the object of "by"
    or "from" on it or on a participle modifying it ("issued by X", "sent
    from X's account"), or the subject of the verb it is the object of ("X
    sent a letter")."""
    holders = [noun, *(c for c in noun.children if c.dep_ == "acl")]
    for holder in holders:
        for child in holder.children:
            if child.dep_ == "poss" and holder is noun:
                found = _entity_speaker(ctx, child)
            elif child.dep_ in ("prep", "agent") and child.lower_ in ("by", "from"):
                obj = next((c for c in child.children if c.dep_ == "pobj"), None)
                found = _entity_speaker(ctx, obj)
                if found is None and obj is not None and obj.lemma_.lower() in ctx.rules.organ_nouns:
                    found = _entity_speaker(ctx, next((c for c in obj.children if c.dep_ == "poss"), None))  # X's account
            else:
                continue
            if found is not None:
                return found
    if noun.dep_ == "dobj":
        return _entity_speaker(ctx, next((c for c in noun.head.children if c.dep_ == "nsubj"), None))
    return None


def _entity_speaker(ctx: DocContext, tok: Token | None) -> Speaker | None:
    """The speaker an entity or untagged proper name outside quotation marks names."""
    if tok is None or ctx.in_quote(tok.i):
        return None
    ent = ctx.speaker_ent(tok)
    if ent is not None:
        return ctx.speaker_from_span(ent, ent.root)
    return _named(ctx, tok) if _proper_name(tok) else None


def _role_words(ctx: DocContext, ent: Span) -> set[str]:
    """The nouns that describe a person where the name is given: before the
    name in its phrase ("AU commissioner Albert Muchanga"), as its apposition
    ("X, Puerto Rico's governor") or what it is apposed to ("the judge, X";
    also split by the parser into two subjects of one verb)."""
    root = ent.root
    lo, _ = _phrase_bounds(ctx, root)
    words = list(ctx.doc[lo : ent.start])
    words += [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        words.append(root.head)
    if root.dep_ in ctx.rules.subject_deps:
        words += [c for c in root.head.children if c.dep_ in ctx.rules.subject_deps and c.i < root.i]
    return {w for t in words if t.pos_ in ("NOUN", "PROPN") and not t.ent_type_ for w in (t.lower_, t.lemma_.lower())}


def _person(ctx: DocContext, tok: Token) -> bool:
    ent = ctx.speaker_ent(tok)
    return ent is not None and ent.label_ == "PERSON"


def _proper_name(tok: Token) -> bool:
    """A proper noun the model tagged as no entity ("Ouellet"), not markup or a date."""
    return tok.pos_ == "PROPN" and not tok.ent_type_ and tok.text[:1].isupper() and _NAME_WORD.fullmatch(tok.text) is not None


def _named(ctx: DocContext, tok: Token) -> Speaker:
    """A speaker named by an untagged proper noun and the proper nouns before it."""
    start = tok.i
    while start > 0 and ctx.doc[start - 1].dep_ == "compound" and _proper_name(ctx.doc[start - 1]):
        start -= 1
    span = ctx.doc[start : tok.i + 1]
    return Speaker(span.text, NOUN_PHRASE, span.text, span.start_char, span.end_char, tok.i)


def _pronoun(ctx: DocContext, tok: Token, *, named_only: bool) -> Speaker | None:
    """A third-person pronoun's speaker, never the interviewee whose answer it
    stands in (who speaks of themself as "I": 'and she said "..."') nor, in an
    answer, anyone the answer does not name (and no one for "they"), nor, for
    "they", anyone named before a plural noun subject that comes closer ("The
    officers are back at work. They said ...": the officers, who have no name;
    a direct quotation keeps their noun phrase when the noun is a source by
    its meaning, `indirect.unnamed_sources`: "The researchers ... They reported, "..."")."""
    speaker = _resolve_pronoun(ctx, tok)
    answer = ctx.answer_start(tok)
    if tok.lower_ in ctx.rules.plural_pronouns and answer is None:
        barrier = _plural_subject_before(ctx, tok)
        if barrier is not None and (speaker is None or _antecedent_at(ctx, speaker, tok) < barrier):
            return None if named_only else _unnamed_plural(ctx, ctx.doc[barrier], tok)
    if speaker is None or speaker.name == ctx.answering(tok):
        return None
    if tok.lower_ in ctx.rules.pronoun_gender and speaker.label not in ("PERSON", NOUN_PHRASE) and speaker.name.isupper():
        return None  # "he" of a name the recogniser tagged ORG or GPE ("Ahola"), never of an acronym ("CCTV")
    if answer is not None and (
        tok.lower_ in ctx.rules.plural_pronouns
        or (at := _antecedent_at(ctx, speaker, tok)) < 0
        or ctx.doc[at].idx < answer
    ):
        # in an interview answer, "they" are people the interviewee retells, and
        # he/she/it someone the answer itself names, or no one
        return None
    return speaker


def _unnamed_plural(ctx: DocContext, noun: Token, tok: Token) -> Speaker | None:
    """The noun phrase of an unnamed plural source "they" stands for, when the noun is a source by its meaning."""
    if noun.lemma_.lower() not in ctx.rules.unnamed_sources:
        return None
    span = _bare_phrase(ctx.doc, noun, _phrase_bounds(ctx, noun)[0])
    return Speaker(span.text, NOUN_PHRASE, tok.text, tok.idx, tok.idx + len(tok), tok.i)


def _plural_subject_before(ctx: DocContext, tok: Token) -> int | None:
    """The latest plural common noun (no name) that is the subject of a main
    verb before ``tok`` in its sentence or the one before, outside quotations."""
    n = ctx.sent_at[tok.i]
    first = ctx.sents[max(0, n - 1)].start
    for t in reversed(ctx.doc[first : tok.i]):
        main = t.head.dep_ == "ROOT" or (t.head.dep_ == "conj" and t.head.head.dep_ == "ROOT")  # not a reported clause's
        if t.dep_ in ("nsubj", "nsubjpass") and main and t.pos_ == "NOUN" and is_plural(t) and not ctx.in_quote(t.i) and ctx.speaker_ent(t) is None:
            return t.i
    return None


def _antecedent_at(ctx: DocContext, speaker: Speaker, tok: Token) -> int:
    """Where the pronoun's antecedent is last named before it: the latest
    entity of that actor, or for a noun phrase ("the officers") the latest
    word it ends with (-1 when neither is found)."""
    if speaker.token != tok.i:
        return speaker.token
    if speaker.label == NOUN_PHRASE:
        last = speaker.name.split()[-1]
        return max((t.i for t in ctx.doc[: tok.i] if t.text == last), default=-1)
    return max((e.root.i for e in ctx.ents if e.start < tok.i and (e.kb_id_ or e.text) == speaker.name), default=-1)


def _resolve_pronoun(ctx: DocContext, tok: Token) -> Speaker | None:
    """A pronoun speaker: a speaker of the pronoun's first label tier quoted
    in the last few sentences ('"...," Ghattas said. "...," he added'); else
    the coreference layer; else, tier by tier, the later of the latest earlier
    speaker and the latest entity in subject position; else the latest entity
    of the first tier at all."""
    span = ctx.doc[tok.i : tok.i + 1]
    tiers = ctx.rules.pronouns[tok.lower_]
    gender = ctx.rules.pronoun_gender.get(tok.lower_)
    plural = tok.lower_ in ctx.rules.plural_pronouns
    recent = ctx.latest_speaker(tok.i, tiers[0], ctx.rules.recent_speaker_sentences, gender, plural)
    if recent is not None:
        return _as_mention(recent, span)
    previous = _previous_subject(ctx, tok, tiers[0], gender)
    if previous is not None:
        return _as_mention(previous, span)
    name = actor_of(span)
    # the coreference layer's antecedent, when the pronoun can stand for its kind ("it" is no film, "they" no one person)
    if name and _named_outside_quotes(ctx, name, tok.i) and any((label := ctx.label_of(name)) in labels for labels in tiers):
        return Speaker(name, label, tok.text, tok.idx, tok.idx + len(tok), tok.i)
    window = ctx.rules.pronoun_window_sentences
    for labels in tiers:
        found = [ctx.latest_speaker(tok.i, labels, window, gender, plural), _latest_entity(ctx, tok, labels, subject=True, gender=gender)]
        found = [sp for sp in found if sp is not None]
        if found:
            return _as_mention(max(found, key=lambda sp: sp.token), span)
    earlier = _latest_entity(ctx, tok, tiers[0], subject=False, gender=gender)
    return _as_mention(earlier, span) if earlier is not None else None


def _previous_subject(ctx: DocContext, tok: Token, labels: frozenset[str], gender: str | None) -> Speaker | None:
    """The entity that is the subject of the main verb of the sentence right
    before a pronoun's, outside quotations, when it fits the pronoun ("The
    commission criticised the move. They released a statement ..."), and
    none fits before the pronoun in its own sentence ("X broke news when he
    revealed ...")."""
    n = ctx.sent_at[tok.i]
    if n == 0:
        return None

    def fits(ent: Span) -> bool:
        return ent.label_ in labels and (ent.label_ != "PERSON" or ctx.agrees(ent.kb_id_ or ent.text, gender))

    if any(fits(e) and not ctx.in_quote(e.start) for e in ctx.sents[n].ents if e.end <= tok.i):
        return None
    root = ctx.sents[n - 1].root
    for child in root.children:
        ent = ctx.speaker_ent(child) if child.dep_ in ctx.rules.subject_deps and not ctx.in_quote(child.i) else None
        if ent is not None and fits(ent):
            return ctx.speaker_from_span(ent, ent.root)
    return None


def _named_outside_quotes(ctx: DocContext, name: str, before: int) -> bool:
    """Unless every mention of ``name`` before token ``before`` lies inside
    quotation marks: a name inside a quotation is never the next speaker."""
    mentions = [e for e in ctx.ents if e.start < before and (e.kb_id_ or e.text) == name]
    return not mentions or any(not ctx.in_quote(e.start) for e in mentions)


def _latest_entity(ctx: DocContext, tok: Token, labels: frozenset[str], *, subject: bool, gender: str | None = None) -> Speaker | None:
    """The latest entity with one of ``labels`` before ``tok`` (in subject
    position, of a fitting gender), outside quotations and reported clauses:
    what a speaker says does not name the next speaker."""
    window = ctx.rules.pronoun_window_sentences
    for ent in reversed(ctx.ents):
        if ent.end > tok.i or ent.label_ not in labels or ctx.in_quote(ent.start) or ctx.reported[ent.start]:
            continue
        if ent.label_ == "PERSON" and not ctx.agrees(ent.kb_id_ or ent.text, gender):
            continue
        if ctx.sent_at[tok.i] - ctx.sent_at[ent.start] > window:
            return None
        if not subject or ent.root.dep_ in ("nsubj", "nsubjpass"):
            return ctx.speaker_from_span(ent, ent.root)
    return None


def _as_mention(speaker: Speaker, span: Span) -> Speaker:
    """``speaker``'s name and label, mentioned as ``span``."""
    return Speaker(speaker.name, speaker.label, span.text, span.start_char, span.end_char, span.root.i)


def _hyphenated(ent: Span) -> bool:
    """An entity inside a hyphen compound ("pro-Kremlin accounts", "Iran-backed groups")."""
    doc = ent.doc
    return (ent.start > 0 and doc[ent.start - 1].text == "-") or (ent.end < len(doc) and doc[ent.end].text == "-")


def _speaks_for(ctx: DocContext, ent: Span, head: Token) -> bool:
    """The entity modifying a speech-making noun is its owner: "Iran's foreign
    ministry", "a spokesperson for Stagecoach", "a report from Al Jazeera",
    "officials in Tehran" (a seat of power the linker took for its state),
    "a 2023 report in The Times" (an outlet publishing a report)."""
    if head.lemma_.lower() not in ctx.rules.organ_nouns and head.lower_ not in ctx.rules.organ_nouns:
        return False
    tok = ent.root
    rules = ctx.rules
    seat = ent.kb_id_ and ent.label_ == "GPE"  # the linker gives a place an actor only as its state
    outlet = ent.label_ in rules.report_labels and head.lemma_.lower() in rules.report_nouns  # "a report in X"
    allowed = rules.owner_prepositions | (rules.seat_prepositions if seat else frozenset()) | (rules.outlet_prepositions if outlet else frozenset())
    while tok.i != head.i and tok.head.i != tok.i:
        if tok.dep_ == "pobj" and tok.head.lower_ not in allowed:
            return False
        tok = tok.head
    return True


def _is_core(ent: Span, head: Token) -> bool:
    """True when the entity is what the phrase names, or in apposition to it
    ("The Secretary-General of X, Abu Alaa al-Walai"), not a modifier of its
    head ("a Wall Street Journal article") nor inside a prepositional phrase
    ("Wrobel, an analyst at a Warsaw consultancy")."""
    if ent.start <= head.i < ent.end:
        return True
    tok = ent.root
    while tok.i != head.i and tok.head.i != tok.i:
        if tok.dep_ == "appos":
            return True
        if tok.dep_ == "pobj":
            return False
        tok = tok.head
    return False


def _phrase_bounds(ctx: DocContext, head: Token) -> tuple[int, int]:
    """Token range of the noun phrase around ``head``, without clauses or quotations."""
    keep = [head.i]
    stack = [c for c in head.children if c.dep_ not in _CLAUSAL]
    while stack:
        tok = stack.pop()
        if ctx.in_quote(tok.i):
            continue
        keep.append(tok.i)
        stack.extend(c for c in tok.children if c.dep_ not in _CLAUSAL)
    kept = set(keep)
    lo = hi = head.i
    while lo - 1 in kept:
        lo -= 1
    while hi + 1 in kept:
        hi += 1
    doc = ctx.doc
    while hi > lo and (doc[hi].is_punct or doc[hi].is_space):
        hi -= 1
    return lo, hi


def _role(ctx: DocContext, lo: int, ent: Span) -> str | None:
    """The speaker's description: the words before the name in its phrase
    ("former Ukrainian President") and its appositions ("an author and analyst")."""
    doc = ctx.doc
    parts = [doc[lo : ctx.name_span(ent).start]]
    parts += [doc[c.left_edge.i : c.right_edge.i + 1] for c in ent.root.children if c.dep_ == "appos"]
    texts = [t for t in map(_trim, parts) if t]
    return ", ".join(texts) if texts else None


def _trim(span: Span) -> str:
    toks = [t for t in span]
    while toks and (toks[0].is_punct or toks[0].is_space or toks[0].dep_ == "case"):
        toks.pop(0)
    while toks and (toks[-1].is_punct or toks[-1].is_space):
        toks.pop()
    if not any(t.pos_ in ("NOUN", "PROPN") for t in toks):
        return ""
    return span.doc[toks[0].i : toks[-1].i + 1].text


def _has_noun_object(prep: Token) -> bool:
    return any(c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN") for c in prep.children)


def _bare_phrase(doc, head: Token, lo: int) -> Span:
    """The head noun with its left modifiers, without a leading article."""
    start = lo
    while start < head.i and doc[start].lower_ in ("the", "a", "an"):
        start += 1
    return doc[start : head.i + 1]


def _audience(ctx: DocContext, verb: Token) -> str | None:
    """Who was spoken to: "told TRT World", "explained to Euractiv", "Speaking to AFP, ..."."""
    rules = ctx.rules
    if verb.lemma_.lower() in rules.audience_object_of:
        obj = next((c for c in verb.children if c.dep_ in ("dobj", "dative")), None)
        if obj is not None:
            return _name(ctx, obj)
    holders = [verb, *(c for c in verb.children if c.dep_ == "advcl" and c.lemma_.lower() in rules.audience_participles)]
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ in ("prep", "dative") and prep.lower_ in rules.audience_prepositions:
                obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if obj is not None:
                    return _name(ctx, obj)
    passive = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return _name(ctx, passive) if passive is not None and _passive_agent(verb) is not None else None


def _name(ctx: DocContext, tok: Token) -> str:
    ent = ctx.speaker_ent(tok)
    if ent is not None:
        return ent.text
    lo, hi = _phrase_bounds(ctx, tok)
    appos = [c.left_edge.i for c in tok.children if c.dep_ == "appos"]
    if appos:
        hi = min(hi, min(appos) - 1)
        while hi > lo and ctx.doc[hi].is_punct:
            hi -= 1
    return ctx.doc[lo : hi + 1].text
