"""How the article presents a relation: asserted, reported (by whom), alleged or negated.

``assess(predicate, grammar)`` walks from the token that carries the relation
(the cue verb, or the noun of a nominal cue) up to the root of its sentence.

- Negation and hedges count only within the predicate's own clause chain
  (through complements, coordination and prepositions, and through the object
  of a light verb like "expressed" or a denial like "denied"); a negation in a
  clause that merely contains the relation's noun phrase ("Hamas, an
  Iran-backed group, did not attack") does not negate it.
- A reporting verb above the predicate ("X said that ...", "X reported ..."),
  an attribution cue ("according to X"), a quotation attributed in the
  sentence, a reporting clause that closes the sentence however the parser
  hung it ("..., the agency X reported", "..., as reported by X";
  :func:`_closing_report`), or a verb declaring another's relation ("X
  reiterated Fooland's support for Y"; :func:`_declared`) makes it reported,
  with the source in ``attributed_to``. An accusation makes it alleged, by
  the accuser, also over the purpose of the act it accuses ("accused X of
  smuggling cash to support Y").
- A verb that makes its complement unreal ("plans to arm", "urged Iran to
  stop funding") means no relation at all: ``assess`` returns None.

Precedence when several apply: negated > alleged > reported > asserted, so a
negated statement never comes out positive.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from pipeline.relations.arguments import OFFICE_VERBS, QUOTE_MARKS, Grammar, earlier_uses, first_conjunct
from pipeline.relations.repairs import (
    RELATIVE_TAGS,
    SUBJECT_DEPS,
    content_clause_without_that,
    claim_after_comma,
    fronted_object_clause,
    inflected_stems,
    listed_conjunct,
    relative_antecedent,
    relative_as_content_clause,
    renaming_object,
    swallowed_source,
    that_as_object,
    verb_read_as_compound,
)

HEDGE_DEPS = frozenset({"advmod", "amod", "aux", "acomp", "npadvmod", "advcl"})
NEGATOR_DEPS = frozenset({"det", "advmod", "preconj", "neg"})
# Edges that leave the predicate's clause: above them, negations and hedges belong to something else.
BOUNDARY_DEPS = frozenset(
    {"relcl", "acl", "appos", "amod", "compound", "nmod", "poss", "npadvmod", "advcl", "nsubj", "nsubjpass", "csubj"}
)
# Edges through which a reporting verb reports what is below it.
REPORTED_DEPS = frozenset({"ccomp", "xcomp", "parataxis", "conj"})
# Edges through which an unreal verb governs what is below it.
IRREALIS_DEPS = frozenset({"xcomp", "ccomp", "pcomp", "prep", "pobj"})
# the prepositions through which an unreal verb governs what it asks for ("calls for", "pushes toward")
IRREALIS_PREPS = frozenset({"for", "to", "toward", "towards", "on"})
# edges through which a modifier names the noun phrase it is in ("the Iran-backed Houthis"): see ``assess(label=...)``
LABEL_DEPS = frozenset({"amod", "compound", "nmod"})
# a finite verb's tags: a closing report is a clause of its own ("..., Baz reported"), not a participle on a noun
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
# prepositions through which a claim names who makes it: "accusations by Israel", "criticism from rights groups"
CLAIMANT_PREPS = frozenset({"by", "from"})
OUTLET_LABELS = frozenset({"ORG", "WORK_OF_ART"})  # a document "in" a named paper or outlet is the outlet's


@dataclass(frozen=True, slots=True)
class Assessment:
    modality: str
    attributed_to: str | None
    # negated only by a verb denying it ("X denied that Iran armed Y", "dismissed reports that ..."): a claim someone
    # disputes, which the article itself neither states nor negates
    denied: bool = False


def _is_word_of(tok: Token, lemma: str, verbs: frozenset[str]) -> bool:
    """Whether a verb is one of ``verbs`` by its lemma or, when the lemmatizer got it wrong, by its form
    (:func:`repairs.inflected_stems`: "hopes" lemmatized as "hop"; round 21)."""
    return lemma in verbs or any(stem in verbs for stem in inflected_stems(tok.lower_))


def _warned_against(tok: Token, came: str, below: Token, g: Grammar) -> bool:
    """Whether ``tok`` advises against what is below it ("Washington warned Minsk **against** arming X", "cautioned
    Tehran against supplying drones"): the act is neither the warned one's nor the warner's, and no act at all. Only
    through "against": "warned that Iran arms X" reports a statement (round 17)."""
    return came == "prep" and below.lower_ == "against" and tok.pos_ == "VERB" and (
        tok.lemma_.lower() in g.words("warning_verbs")
    )


def assess(pred: Token, g: Grammar, cue_negation: bool = False, label: bool = False) -> Assessment | None:
    """How the sentence presents the relation carried by ``pred``; None when it states none.

    ``cue_negation``: a negated object is part of the cue ("has no role in" is a denial), not a negation.
    ``label``: the relation is a modifier that names a noun phrase ("the Iran-backed Houthis"): the writer's own
    description of whom the sentence talks about, which a reporting verb, a hedge or an attribution around that noun
    phrase neither reports nor hedges ("Riyadh says it downed a drone fired by Iran-backed Houthi rebels" is asserted);
    a quotation still reports it, and a hedge on the modifier itself still hedges it.
    """
    if _yes_no_question(pred.sent):
        return None  # "Does Qatar fund Hamas?" asks
    negated = alleged = reported = limited = False
    disputed = False  # the negation is a denial verb's above the relation
    unnamed = False  # a reporting verb above it has a personal pronoun for its subject that names no actor
    source: str | None = None
    accuser: str | None = None  # who accuses or claims, the source of an alleged row no reporting verb names
    weak = False  # the source found is a thing ("the document states"): a named source above it names who reports it
    stated: str | None = None  # who owns a statement noun holding the relation: its source when nothing else reports it
    quoted = g.quoted(pred)
    aside = False  # the walk stopped at the author's aside on a noun: nothing closing the sentence reports it
    tok, local, came, below = pred, True, "", pred
    purpose = False  # the walk has just left the relation's clause through the purpose of an act ("smuggled cash to fund X")
    clause_noun = -1  # the object a verb was hung on as a compound stands in its clause's place ("says Iran arms X")
    # a relation named by a noun its doer owns is taken as given, whatever is intended around it: "threatened to attack US
    # interests over Fooland's support for Barland" (not "threatened to fund X", "threatened to increase support for X")
    presupposed = pred.pos_ == "NOUN" and any(c.dep_ == "poss" for c in pred.children)
    # ... and a tie someone is urged to end holds: "urged Fooland to withdraw support for X", "called on Fooland to stop
    # supporting X" (vocab cessation_verbs, the ending verb itself a complement; round 35)
    presupposed = presupposed or (
        pred.dep_ in ("dobj", "xcomp") and pred.head.lemma_.lower() in g.words("cessation_verbs")
        and pred.head.dep_ == "xcomp" and (pred.pos_ == "NOUN" or pred.tag_ == "VBG")
    )
    while True:
        lemma = tok.lemma_.lower()
        if _alternative(tok):
            return None  # the act passed over states none: "to support Fooland rather than to assist X" (round 34)
        # a negation verb itself negated negates nothing: "Hezbollah cannot deny its role in ..., its support for X"
        negator = tok.i != pred.i and lemma in g.words("negation_verbs") and below.i > tok.i and came != "conj"
        affirmed = negator and (
            withheld(tok, g) or (came == "xcomp" and below.lemma_.lower() in g.words("negation_verbs"))
        )  # (and a refusal to deny: "refused to deny arming X")
        # not kept from doing it, it is done: "shall never be deterred from backing X" (no negation of the relation)
        undeterred = came == "prep" and below.lower_ == "from" and lemma in g.words("prevention_verbs")
        if local:
            negated = negated or nor_conjunct(tok)  # "Fooland has not, nor will it, sell rifles to X"
            for child in tok.children:
                if negates(child, g):
                    negated = negated or not (affirmed or undeterred)
                elif tok.i == pred.i and child.dep_ == "dobj" and not cue_negation and has_negator(child, g):
                    negated = True  # "received no support from", "provided no weapons to"
                elif child.dep_ in HEDGE_DEPS and _is_hedge(child, g) and not _set_against(child) and not _beside(child):
                    alleged = True
                if child.dep_ in ("advmod", "prep", "mark", "npadvmod") and child.lower_ in g.words("time_limit_words") and (
                    tok.i == pred.i or lemma not in g.words("negation_verbs")
                ):  # (when a denial was made limits nothing: "has previously denied accusations of backing X", round 33)
                    limited = True  # "did not endorse her until July", "not ... initially backed"
            if tok.i != pred.i:
                if tok.lower_ in g.words("negation_words"):  # "without Iran's support"
                    negated = True
                if _is_word_of(tok, lemma, g.words("irrealis_verbs")) and came in IRREALIS_DEPS and tok.pos_ == "VERB" and (
                    came != "prep" or below.lower_ in IRREALIS_PREPS
                ) and not presupposed:  # "pushed for funding", not an adjunct: "with the help of Iran, Damascus is pushing ahead"
                    return None
                if _warned_against(tok, came, below, g):
                    return None  # "warned Minsk against arming X": an act advised against is none
                if tok.lower_ == "against" and came == "pcomp":
                    return None  # an act set against, whoever sets it: "voted against providing arms", "a policy against
                    # arming X" (round 21; "warned against" above)
                # "denied arming Hamas", "refused to fund": what follows the verb (not a clause misparsed before it)
                # (not a refusal in another conjunct: "has refused to follow suit and reportedly receives ...")
                if negator and not affirmed:
                    negated = True
                    disputed = disputed or lemma in g.words("denial_verbs")
                if _held_back(tok, came, below, g):
                    negated = True  # "stopped short of arming the YPG", "has yet to deliver the jets"
                if undeterred and not any(negates(c, g) for c in tok.children):
                    negated = True  # kept from doing it: "Iran was deterred from arming ...", "barred X from funding"
                if came == "prep" and below.lower_ == "from" and (
                    tok.lower_ == "away" or any(c.lower_ == "away" and c.dep_ in ("advmod", "prt") for c in tok.children)
                ):
                    return None  # moving away from it states no relation: "backed away from his support for X"
                if came == "dobj" and tok.lower_ in g.words("false_words"):
                    negated = True  # a claim judged false: "dismissed as fabricated the reports that Rwanda sent ..."
                if (lemma in g.words("hedge_words") or lemma in g.words("accusation_verbs")) and not _office(tok):
                    alleged = True
                if lemma in g.words("accusation_verbs") and tok.pos_ == "VERB" and accuser is None:
                    accuser = _speaker(tok, g) or _misplaced_accuser(tok, g)  # "Israel accused Turkey of arming Hamas"
                elif lemma in g.words("hedge_words") and tok.pos_ == "VERB" and came == "ccomp" and accuser is None:
                    accuser = _speaker(tok, g)  # who believes or suspects its content: "US officials think X arms Y"
                if came == "prep" and below.lower_ == "of" and tok.pos_ in ("NOUN", "PROPN"):
                    kind = _claim_kind(tok, g)
                    if kind == "claim":
                        alleged = True  # "reports of Turkish assistance to Hamas"
                        accuser = accuser or _claimant(tok, g)
                    elif kind == "statement" and not reported:
                        stated = stated or _claimant(tok, g)  # "the minister's acknowledgement of Qatari funding"
        elif purpose and came == "prep" and below.lower_ == "of" and tok.pos_ == "VERB" and (
            lemma in g.words("accusation_verbs")
        ):
            # an accusation covers the purpose of the act it accuses: "Israel accused Iran of smuggling cash into Fooland
            # to support Barland" (the support is alleged, by Israel; round 28)
            alleged = True
            accuser = accuser or _speaker(tok, g)
        if tok.i != pred.i and came in ("ccomp", "xcomp") and lemma == "be" and any(
            c.dep_ == "acomp" and c.lower_ in g.words("false_words") for c in tok.children
        ) and any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in tok.children):
            negated = True  # a clause judged false: "it is untrue that X arms Y", "it is absurd to say that ..."
        saying = tok.i != pred.i and came in REPORTED_DEPS and not _coordinated_statement(came, below) and (
            lemma in g.words("reporting_verbs") or lemma in g.words("finding_verbs")
        )
        # (outside the quotation in a sentence with one, the verb reports the quotation, not this; unless the quotation
        # is part of the statement it reports: 'X said they got help from Y, which "played a key role"')
        own = saying and (quoted or not g.has_quote(tok.sent) or (came == "ccomp" and _quotation_within(below, pred, g)))
        if saying and not reported:
            speaker = _speaker(tok, g)
            if speaker is None:
                # "it is said that ...", "Iran is said to fund ...": hearsay; "worth noting that": no source; a hedging
                # verb still hedges: "evidence suggests that ..." (a source above may still name who reports it)
                alleged = alleged or g.is_passive(tok) or lemma in g.words("hedge_words")
                # "He noted that ...": reported, by someone named elsewhere, unless a speaker above names who ("X said
                # it shows that ...")
                unnamed = unnamed or (own and lemma in g.words("reporting_verbs") and _pronoun_speaker(tok, g))
            elif own:
                reported, source, weak = True, speaker, _thing_source(tok, g)
                # a hedging verb, or a report conceded against: "though other accounts indicate that ..."
                alleged = alleged or lemma in g.words("hedge_words") or _conceded(tok, g)
        elif own and weak and not _thing_source(tok, g):
            speaker = _speaker(tok, g)
            if speaker is not None:  # only the name changes: "X said the document shows ...": X
                source, weak = speaker, False
        if not reported and not stated and tok.i != pred.i and _declared(tok, came, below, pred, g):
            stated = _speaker(tok, g)  # "X reiterated Fooland's support for Z" (a source above still reports it)
        if not reported and tok.i != pred.i and _praised(tok, came, below, pred, g):
            speaker = _speaker(tok.head if tok.pos_ == "NOUN" else tok, g)
            if speaker is not None:
                reported, source = True, speaker  # "X thanked Y for its support", "X hailed Y's support"
        if not reported:
            found = _attribution(tok, g)
            if found is not None:
                reported, source, weak = True, found or None, _thing_attribution(tok, g)
        elif weak:
            found = _attribution(tok, g)
            if found:
                source, weak = found, False  # "according to X, the document shows ...": X
        if local and not reported and not g.has_quote(tok.sent):
            # a reporting clause set after the statement: "X is funded by Y, U.S. officials say"
            for child in tok.children:
                if (child.dep_ == "parataxis" or _trailing_report(child)) and child.lemma_.lower() in g.words(
                    "reporting_verbs"
                ):
                    speaker = _speaker(child, g)
                    if speaker is not None:
                        reported, source = True, speaker
                        break
                    unnamed = unnamed or _pronoun_speaker(child, g)  # "..., he said"
        if tok.head.i == tok.i or (label and tok.i == pred.i and pred.dep_ in LABEL_DEPS):
            break
        dep = tok.dep_
        if verb_read_as_compound(tok):
            clause_noun = tok.head.i
        elif tok.i == clause_noun and dep in ("dobj", "dep"):
            dep = "ccomp"  # "Israel says Iran arms Hezbollah", "Iran arms Hezbollah, officials say": what is said
        if _aside(tok):
            aside = True
            break  # the author's aside on a noun, whoever speaks around it: "analysts believe Iran, which arms ..., will"
        aside = aside or tok.dep_ == "appos"  # "Fooland, an arms supplier to Barland, ...": the author's description
        claim = claim_after_comma(tok) or (tok.head if tok.dep_ == "acl" and renaming_object(tok.head) else None)
        if claim is not None and claim.lower_ in g.words("claim_nouns"):
            aside = True
            break  # the denial in "..., charges it has denied", "..., a claim denied by Baku" is the author's aside too
        if dep in ("acl", "relcl") and (
            any(c.dep_ == "mark" for c in tok.children) or that_as_object(tok) or content_clause_without_that(tok)
            or g.reported_doer(tok) is not None
        ):
            # content clause of a noun (also read as a relative clause with its "that" a mark): "no evidence that
            # Russia armed ...", "no sign of Iran arming ..."; of a claim, disputed: "repeated accusations that Qatar
            # funds Hamas", "reports of Russia supplying ..."
            kind = _claim_kind(tok.head, g) if local else None
            if kind == "claim":
                alleged = True  # "despite criticism that it backs the Taliban"
                accuser = accuser or _claimant(tok.head, g)  # "Washington's claims that ..."
            elif kind == "statement":
                stated = stated or _claimant(tok.head, g)  # "the minister's admission that Qatar pays Hamas salaries"
            negated = negated or (local and tok.head.lower_ in g.words("denial_nouns"))  # "Qatar's denial that it funds"
        elif dep == "relcl" and tok.head.dep_ == "attr":
            pass  # relative clause on a predicate noun: "Cohen was not the candidate Jorgensen backed"
        elif listed_conjunct(tok):
            pass  # a conjunct the parser reads as a clause: "is funded, armed and trained by X"
        elif dep in BOUNDARY_DEPS:
            purpose = local and dep == "advcl" and _purpose_clause(tok)
            local = False
        elif dep == "dobj" and tok.head.lemma_ not in g.words("light_verbs") | g.words("negation_verbs") and (
            tok.lower_ not in g.words("evidence_nouns")  # "have not seen evidence of Iran's support"
        ) and tok.head.lower_ not in g.words("false_words"):
            local = purpose = False
        elif dep == "conj" and (_own_clause(tok) or any(c.lower_ == "but" for c in tok.head.children if c.dep_ == "cc")):
            local = purpose = False
        came, below, tok = dep, tok, tok.head
    if quoted and not reported:
        reported, source = True, _quote_speaker(pred, g)
    if pred.pos_ == "VERB" and not (reported or negated or quoted or aside or label or source or accuser or stated) and (
        not g.has_quote(pred.sent)
    ):  # (a claim keeps its maker: "discussing X's claims that Fooland arms Y, Baz said")
        closing = _closing_report(pred, g)  # "Fooland will send tanks to Barland, the agency Baz reported on Friday"
        if closing is not None:
            reported, source = True, closing
    if stated and not reported:
        reported, source = True, stated
    reported = reported or unnamed  # "He added that ...": reported, by no one named in the sentence
    if negated and limited:
        return None  # a negation limited to a time states no lasting absence (vocab/time_limit_words.txt)
    if negated:
        modality = "negated"
    elif alleged:
        modality = "alleged"
        source = source or accuser
    elif reported:
        modality = "reported"
    else:
        modality = "asserted"
    return Assessment(modality, source, denied=negated and disputed and not _not_made(pred, g))


def _quotation_within(clause: Token, pred: Token, g: Grammar) -> bool:
    """Every quotation mark of the sentence lies inside ``clause``, and the chain from ``pred`` up to it lies outside
    the quotation: the quotation is a part of the statement that holds the relation (not a quoted clause the parser
    hung the relation's clause on: 'Whereas Iran arms X, "Y arms Iran," the paper reported')."""
    marks = [t.i for t in clause.sent if t.text in QUOTE_MARKS]
    if not all(clause.left_edge.i <= i <= clause.right_edge.i for i in marks):
        return False
    tok = pred
    while tok.i != clause.i:
        if g.quoted(tok):
            return False
        tok = tok.head
    return not g.quoted(clause)


def _trailing_report(verb: Token) -> bool:
    """A reporting clause after the statement that the parser coordinated with it, with no conjunction, after a
    comma: "Iran is buying drones from X, a daily newspaper reported"."""
    head = verb.head
    return (
        verb.dep_ == "conj"
        and verb.i > head.i
        and verb.doc[min([c.left_edge.i for c in verb.lefts if not c.is_punct], default=verb.i) - 1].text == ","
        and not any(c.dep_ == "cc" and head.i < c.i < verb.i for c in head.children)
    )


def _closing_report(pred: Token, g: Grammar) -> str | None:
    """The speaker of a reporting clause that closes the sentence after the statement holding ``pred``, however the
    parser hung it (round 28): as the main verb's complement ("Fooland has decided to send tanks to Barland, the
    broadcaster Baz reported on Friday"), as the root with its subject read as an apposition ("..., a senior official
    from Fooland's army said Tuesday"), as a clause on the last noun ("... to Barland, the Baz news agency reported"),
    or opened by "as" ("..., as Baz reports", "..., as reported by state media"). The clause reaches the end of the
    sentence, follows a comma (or opens with "as"), and reports nothing of its own after its verb ("..., Baz said it
    would respond" does not close the statement). None when there is no such clause or it names no one."""
    sent, doc = pred.sent, pred.doc
    last = max((t.i for t in sent if not t.is_punct), default=pred.i)
    for verb in (t for t in doc[pred.i + 1 : last + 1] if t.pos_ == "VERB" and t.right_edge.i >= last):
        as_clause = any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
        if verb.lemma_.lower() not in g.words("reporting_verbs") or not (as_clause or verb.tag_ in FINITE_TAGS) or any(
            c.i > verb.i and c.dep_ in ("ccomp", "xcomp", "dobj", "dative", "conj", "advcl") for c in verb.children
        ):
            continue
        opening = [c for c in verb.lefts if c.dep_ in SUBJECT_DEPS or c.dep_ in ("mark", "advmod", "aux", "neg")]
        start = min((c.left_edge.i for c in opening), default=verb.i)
        speaker: Token | None = None
        if verb.dep_ == "acl" and verb.tag_ == "VBD" and verb.head.dep_ == "appos" and verb.head.i < verb.i:
            speaker = verb.head  # "..., the Baz news agency reported": a finite report read as a clause on a noun
            start = speaker.left_edge.i
        elif not any(c.dep_ in SUBJECT_DEPS for c in verb.children) and not g.pobjs(verb, frozenset({"by"})):
            end = start - 2 if doc[start - 1].text == "," else start - 1
            named = [a for a in sent if a.dep_ == "appos" and a.right_edge.i == end and a.i < start]
            if named:
                speaker = min(named, key=lambda a: a.left_edge.i)  # "..., Mark Foo, a general, recently said"
                start = speaker.left_edge.i
        if start <= pred.i or start <= sent.start:
            continue
        if not (as_clause or doc[start - 1].text == ","):
            continue
        name = g.source_name(speaker) if speaker is not None else _speaker(verb, g)
        if name:
            return name
    return None


def _misplaced_accuser(verb: Token, g: Grammar) -> str | None:
    """The accuser of a passive accusation whose "by" the parser hung on the accused act: "Fooland was accused of
    arming X by Barland's governor" (an active gerund takes no agent; round 28)."""
    if not g.is_passive(verb):
        return None
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "of"):
        for act in (c for c in prep.children if c.dep_ == "pcomp" and c.tag_ == "VBG"):
            if not any(c.dep_ == "auxpass" for c in act.children):
                agents = [a for a in g.pobjs(act, frozenset({"by"})) if g.referents(a)]  # (not "by sea")
                if agents:
                    return g.source_name(agents[0])
    return None


def _alternative(tok: Token) -> bool:
    """Whether ``tok``'s phrase is the alternative an act is chosen over: it follows "rather than" or "instead of"
    ("to support Fooland, rather than to assist X", "arm Fooland instead of arming X"; round 34)."""
    left = tok.left_edge.i
    return left >= 2 and (tok.doc[left - 2].lower_, tok.doc[left - 1].lower_) in (("rather", "than"), ("instead", "of"))


def _purpose_clause(verb: Token) -> bool:
    """An infinitive clause of purpose on a verb: "smuggled cash into Fooland **to support** Barland"."""
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _set_against(clause: Token) -> bool:
    """A clause opened by "though"/"although": it disputes the main clause, it does not hedge it ("Russia has denied
    any links with Wagner, though evidence suggests otherwise")."""
    return any(c.dep_ == "mark" and c.lower_ in ("though", "although") for c in clause.children)


def _beside(clause: Token) -> bool:
    """A claim of someone else's set beside the main clause in time, with its own subject: it does not hedge it
    ("Beijing denied supplying weapons, **after** Kyiv claimed ...", "... **while** critics allege ...")."""
    return any(
        c.dep_ == "mark" and c.lower_ in ("after", "before", "since", "until", "when", "while") for c in clause.children
    ) and any(c.dep_ in SUBJECT_DEPS for c in clause.children)


def _conceded(verb: Token, g: Grammar) -> bool:
    """Unnamed sources set against the main clause: "**though** other accounts indicate ...", "although some officials
    say ..." (not an actor's own word: "though Ankara insists it has no part in ...")."""
    return _set_against(verb) and not any(g.referents(c) for c in verb.children if c.dep_ in SUBJECT_DEPS)


def _yes_no_question(sent) -> bool:
    """A sentence ending in "?" that opens with an auxiliary: "Does Qatar fund Hamas?" ("Why does ..." presupposes)."""
    toks = [t for t in sent if not t.is_space and t.text not in QUOTE_MARKS]
    words = [t for t in toks if not t.is_punct]
    return bool(words) and toks[-1].text == "?" and words[0].pos_ == "AUX"


def _aside(tok: Token) -> bool:
    """A non-restrictive relative clause: "Iran, which arms ...", "..., a charge the group has rejected"."""
    if fronted_object_clause(tok):  # "..., a charge Tehran denies"
        phrases = [tok]
    elif relative_as_content_clause(tok) and tok.head.dep_ in ("appos", "npadvmod"):  # "..., a claim that Iran has rejected"
        phrases = [tok, tok.head]
    elif tok.dep_ != "relcl":
        return False
    else:
        phrases = [tok, tok.head] if tok.head.dep_ in ("appos", "npadvmod") else [tok]
    return any(p.left_edge.i > tok.sent.start and tok.doc[p.left_edge.i - 1].text == "," for p in phrases)


def _held_back(tok: Token, came: str, below: Token, g: Grammar) -> bool:
    """What stops short of it or has yet to happen is not done: "stopped (fell) short **of** arming the YPG" (the
    "of" phrase on "short" or on the verb beside it), "has (is) **yet to** deliver the jets"; not a denial held back,
    which negates nothing under it ("stopped short of denying that it arms X": :func:`withheld`)."""
    if came == "prep" and below.lower_ == "of":
        if any(c.dep_ == "pcomp" and c.lemma_.lower() in g.words("negation_verbs") for c in below.children):
            return False
        return tok.lower_ == "short" or any(c.lower_ == "short" and c.dep_ in ("advmod", "acomp", "prt") for c in tok.children)
    return came == "xcomp" and tok.lemma_ in ("have", "be") and any(
        c.lower_ == "yet" and c.dep_ == "advmod" for c in tok.children
    )


def withheld(verb: Token, g: Grammar) -> bool:
    """Whether the sentence says a denial (a verb of ``negation_verbs``) is not made: "Hezbollah cannot deny its
    role", "Iran did not deny the report", "no one can dispute ...", "refused to deny", "declined to reject the
    claims" (``vocab/withholding_verbs.txt``), "stopped short of denying"."""
    if _not_made(verb, g):
        return True
    head = verb.head
    if verb.dep_ == "xcomp" and head.lemma_.lower() in g.words("withholding_verbs") and not _not_made(head, g):
        return True  # (not "did not hesitate to deny")
    return verb.dep_ == "pcomp" and head.lower_ == "of" and head.i > 0 and verb.doc[head.i - 1].lower_ == "short"


# subjects that say no one does it: "nobody denies ..."
NOBODY = frozenset({"nobody", "none", "noone"})


def _not_made(verb: Token, g: Grammar) -> bool:
    """A verb negated itself or by its subject: "did not deny", "never denied", "no one can deny"."""
    return any(negates(c, g) for c in verb.children) or any(
        c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in NOBODY or has_negator(c, g)) for c in verb.children
    )


def negates(child: Token, g: Grammar) -> bool:
    """A negation hanging on its head: "not", "never", "no" (not "not only": "not only denied ... but also")."""
    if not (child.dep_ == "neg" or (child.dep_ in NEGATOR_DEPS and child.lower_ in g.words("negation_words"))):
        return False
    after = child.doc[child.i + 1] if child.i + 1 < len(child.doc) else None
    return after is None or after.lower_ not in ("only", "just", "merely", "simply")


def nor_conjunct(tok: Token) -> bool:
    """A clause or verb coordinated by "nor", which negates what follows it: "Fooland has not, nor will it, sell rifles to
    X", "it neither funds nor arms X" (the "arms" conjunct; the first one is negated by "neither" as an adverb), "has not
    nor will it send arms" (the "nor" on the auxiliary)."""
    return (tok.dep_ == "conj" and any(
        c.dep_ in ("cc", "preconj") and c.lower_ == "nor" and c.i < tok.i for c in tok.head.children
    )) or any(  # the "nor" on an auxiliary the parser hung on the verb: "has not nor will it send arms" (round 35)
        c.dep_ == "aux" and any(n.dep_ == "cc" and n.lower_ == "nor" for n in c.children) for c in tok.children
    )


def has_negator(noun: Token, g: Grammar) -> bool:
    return any(c.dep_ == "det" and c.lower_ in g.words("negation_words") for c in noun.children)


def _is_hedge(tok: Token, g: Grammar) -> bool:
    hedges = g.words("hedge_words")
    return tok.lower_ in hedges or tok.lemma_.lower() in hedges


def _coordinated_statement(came: str, below: Token) -> bool:
    """A clause coordinated with a reporting verb, with its own subject, is no content of it: "Washington says Iran arms
    the Houthis, but **Tehran denies** this" (not "said Iran funds Hamas and **that** Russia arms ..."); nor is one
    coordinated with a verb that takes a plain object, not a statement: "Turkey **maintains warm relations** with Qatar
    and has long supported Hamas"."""
    if came != "conj":
        return False
    if any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") for c in below.head.children):
        return True
    return any(c.dep_ in SUBJECT_DEPS for c in below.children) and not any(c.dep_ == "mark" for c in below.children)


def _own_clause(verb: Token) -> bool:
    """A coordinated verb with its own subject or auxiliary ("... but does not arm")."""
    return any(c.dep_ in SUBJECT_DEPS or c.dep_ == "aux" for c in verb.children)


def _praised(tok: Token, came: str, below: Token, pred: Token, g: Grammar) -> bool:
    """Whether ``tok`` thanks or praises someone for the relation's own noun: "X thanked Y for its support", "X hailed
    Y's support", "X expressed gratitude for Y's support" (``vocab/praise_words.txt``; a praise noun as the object of a
    light verb). The one who praises reports the support, as one who says so would (round 27). Only a noun of what is
    given (support, funding, training nouns) itself under the verb or its "for": "praised Iran's proxy" praises a role
    holder, "praised the decision to back X" a decision, and neither is reported."""
    if tok.lemma_.lower() not in g.words("praise_words") and tok.lower_ not in g.words("praise_words"):
        return False
    if pred.lower_ not in g.words("support_nouns") | g.words("funding_nouns") | g.words("training_nouns"):
        return False  # a noun of what is given, not a role: "praised Iran's proxy" praises the proxy
    verb = tok.pos_ == "VERB"
    if not verb and not (tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in g.words("light_verbs")):
        return False
    if came == "dobj":
        return verb and below.i == pred.i
    return came == "prep" and below.lower_ == "for" and any(c.i == pred.i for c in below.children if c.dep_ == "pobj")


def _declared(tok: Token, came: str, below: Token, pred: Token, g: Grammar) -> bool:
    """Whether ``tok`` is a verb of declaring (``vocab/declaring_verbs.txt``) whose object is another's relation: a noun
    that carries it, or holds it in its clause, owned by a name ("X reiterated Fooland's support for Y", "X underlined
    Fooland's commitment to arm Y"). The one who declares states it, as its source when no other source reports the
    sentence (round 38). Not one's own ("reiterated its support", "his country's support": the declaration is the
    act), an ownerless one ("announced a shipment"), nor a thing's ("the loan underscores Fooland's commitment")."""
    if tok.pos_ != "VERB" or came != "dobj" or tok.lemma_.lower() not in g.words("declaring_verbs") or _thing_source(tok, g):
        return False
    if below.pos_ != "NOUN" or not (below.i == pred.i or pred.head.i == below.i):
        return False
    return any(c.dep_ == "poss" and (c.pos_ == "PROPN" or c.ent_type_) for c in below.children)


def _speaker(verb: Token, g: Grammar) -> str | None:
    for child in verb.children:
        if child.dep_ == "nsubj":
            if _authorless_evidence(child, g):
                return None  # "evidence suggests ...", "information that indicates ...": a source above names who says so
            # a report speaks for its author: "The report by the UN Group of Experts said ..."
            return _document_author(child, g) or g.source_name(child)
    agents = g.pobjs(verb, frozenset({"by"}))
    if agents:
        return g.source_name(agents[0])
    if verb.dep_ == "advcl" and verb.tag_ == "VBG":  # a participle reporting clause: "X struck Gaza, saying Iran ..."
        doers = g.subjects(verb)
        return doers[0].actor if doers else None
    if verb.dep_ == "acl" and _claim_kind(verb.head, g):  # a document's participle: "a report accusing X of ..."
        return _claimant(verb.head, g)
    head = verb.head
    if verb.dep_ == "conj" and head.pos_ == "VERB" and not any(c.dep_ in SUBJECT_DEPS for c in verb.children) and (
        head.lemma_.lower() in g.words("accusation_verbs") | g.words("reporting_verbs")
    ):
        return _speaker(head, g)  # two verbs of saying share a subject: "Fooland accused X of ... and alleged that ..."
    return None


def _thing(noun: Token, g: Grammar) -> bool:
    """A noun that is no speaker: no name, title, body, person noun (``speaker_nouns``) or actor, and no author
    speaks through it (:func:`_document_author`); "the document", "US data", "the missile's presence", "the
    commitment"."""
    if noun.pos_ != "NOUN" or noun.ent_type_ or noun.tag_ in RELATIVE_TAGS:
        return False
    people = g.titles | g.words("speaker_nouns") | g.words("group_nouns") | g.words("crowd_nouns")
    return noun.lower_ not in people and not any(c.dep_ == "conj" for c in noun.children) and not g.referents(noun) and (
        _document_author(noun, g) is None
    )


def _thing_source(verb: Token, g: Grammar) -> bool:
    """The subject of a reporting verb is a thing (:func:`_thing`): "a classified document allegedly states that ...",
    "the commitment shows ..." (round 28)."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return len(subjects) == 1 and _thing(subjects[0], g)


def _thing_attribution(tok: Token, g: Grammar) -> bool:
    """The "according to" phrase on ``tok`` names a thing (:func:`_thing`): "according to US data"."""
    for child in tok.children:
        if child.lower_ == "according" and _follows(child, ["to"]):
            objects = [o for p in child.children if p.lower_ == "to" for o in p.children if o.dep_ == "pobj"]
            return len(objects) == 1 and _thing(objects[0], g)
    return False


def _pronoun_speaker(verb: Token, g: Grammar) -> bool:
    """A personal pronoun is the subject of a reporting verb, and ``_speaker`` found no actor for it: "He noted that
    Turkey trains ...", "..., she added", "It said that ..." (``vocab/speaking_pronouns.txt``). Someone says it, so what
    it reports is reported, though the sentence does not name who (in the open real-news sets, always someone named
    outside the passage)."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return len(subjects) == 1 and subjects[0].lower_ in g.words("speaking_pronouns")


def _authorless_evidence(subject: Token, g: Grammar) -> bool:
    """A subject that is evidence, not a speaker (``evidence_nouns``, one conjunct enough; a relative pronoun by its
    antecedent), with no owner or "by" phrase naming whose it is: "estimates and evidence from seized rifles suggest
    ...", "the information that indicates ..." (not "the UN's evidence shows", "evidence gathered by X")."""
    noun = subject
    if subject.tag_ in RELATIVE_TAGS and subject.head.dep_ == "relcl":
        noun = relative_antecedent(subject, subject.head)
    nouns = [noun, *noun.conjuncts]
    if not any(n.lower_ in g.words("evidence_nouns") for n in nouns):
        return False
    return not any(c.dep_ == "poss" for n in nouns for c in n.children) and not any(
        g.pobjs(n, frozenset({"by"})) for n in nouns
    )


def _office(noun: Token) -> bool:
    """ "charge" as an office, not an accusation: "Russia is **in charge of** training the army", "the military **took
    charge of** training the fighters"."""
    return noun.lower_ == "charge" and noun.pos_ == "NOUN" and (
        (noun.dep_ == "pobj" and noun.head.lower_ == "in")
        or (noun.dep_ == "dobj" and noun.head.lemma_.lower() in OFFICE_VERBS)
    )


def _claim_kind(noun: Token, g: Grammar) -> str | None:
    """What a noun holding a relation makes of it: "claim" (a claim or suspicion, disputed: "reports of", "criticism
    that"), "statement" (its owner's own word: "the minister's admission that"), or None; "in charge of" is an office
    (:func:`_office`)."""
    if _office(noun):
        return None
    if noun.lower_ in g.words("claim_nouns") or noun.lower_ in g.words("suspicion_nouns"):
        return "claim"
    return "statement" if noun.lower_ in g.words("statement_nouns") else None


def _claimant(noun: Token, g: Grammar) -> str | None:
    """Who makes a claim: its owner ("Washington's claims"), its "by"/"from" phrase ("criticism from rights groups
    that ..."), or the subject of the verb that issued it ("Amnesty published a report accusing ...", not "Israel
    rejected a report accusing ...": vocab/issuing_verbs.txt), the author of a document that issued or cited it ("a
    report by X that cited allegations of ..."); for "the report", that of the latest earlier one in its sentence or
    the one before."""
    for child in noun.children:
        if child.dep_ == "poss" and child.tag_ != "PRP$":
            return g.source_name(child)
    sources = g.pobjs(noun, CLAIMANT_PREPS)
    if sources:
        return g.source_name(sources[0])
    outlets = [c for c in g.pobjs(noun, frozenset({"in"})) if c.ent_type_ in OUTLET_LABELS]
    if outlets:  # the paper or outlet that carries it: "according to a report in the Fooland Times" (round 28)
        return g.source_name(outlets[0])
    issued = first_conjunct(noun)  # one of the things issued: "released photos and an outline of ..."
    verb = issued.head.lemma_.lower() if issued.dep_ == "dobj" else ""
    if verb in g.words("issuing_verbs") | g.words("relaying_verbs"):
        authors = [c for c in issued.head.children if c.dep_ == "nsubj"]
        author = authors[0] if authors else None
        if author is not None and author.tag_ in ("WDT", "WP") and issued.head.dep_ == "relcl":
            author = issued.head.head  # "a report by X that cited allegations of ..."
        if author is not None and author.lower_ in g.words("claim_nouns") and author.i != noun.i:
            return _claimant(author, g)  # a document issuing or repeating a claim speaks for its author
        return g.source_name(author) if author is not None else None
    for earlier in earlier_uses(noun):  # the same document with its author: "a report by X found ... The report adds"
        if earlier.pos_ == "NOUN":
            return _claimant(earlier, g)
    return None


def _document_author(noun: Token, g: Grammar) -> str | None:
    """Who speaks through a document or statement noun (``claim_nouns``, ``statement_nouns``) given as a source; None
    for any other noun. Its claimant (:func:`_claimant`: "the
    ministry's statement", "a statement from X", "a report by X"), or the "by" agent of a participle of issuing on it
    ("according to statements made by X", "a report compiled by X said"; ``vocab/issuing_verbs.txt``: not who merely
    saw or obtained it, "a report seen by Reuters"); None when it names none ("the report added"). A name set before
    the noun stays in the document's name ("a UN report": the real-news gold writes the report, not the UN)."""
    if noun.lower_ not in g.words("claim_nouns") and noun.lower_ not in g.words("statement_nouns"):
        return None
    found = _claimant(noun, g)
    if found:
        return found
    for clause in noun.children:
        if clause.dep_ == "acl" and clause.tag_ == "VBN" and clause.lemma_.lower() in g.words("issuing_verbs"):
            agents = g.pobjs(clause, frozenset({"by"}))
            if agents:
                return g.source_name(agents[0])
    return None


def _attribution(tok: Token, g: Grammar) -> str | None:
    """The source named by an attribution cue attached to ``tok`` ("according to X"); "" if unnamed."""
    for child in tok.children:
        for phrase in g.words("attribution_cues"):
            words = phrase.split(" ")
            if child.lower_ != words[0] or not _follows(child, words[1:]):
                continue
            for sub in child.subtree:
                if sub.dep_ in ("pobj", "dobj") and sub.i > child.i + len(words) - 1:
                    # (a document speaks for its author: "according to a statement by X")
                    return _document_author(sub, g) or g.source_name(sub) or ""
            for subject in (c for c in tok.children if c.dep_ in SUBJECT_DEPS):
                if swallowed_source(subject) is not None:  # "According to X, Iran ..." with X read as the subject
                    return g.source_name(subject, alone=True) or ""
            return ""
    return None


def _follows(tok: Token, words: list[str]) -> bool:
    doc = tok.doc
    return all(tok.i + k + 1 < len(doc) and doc[tok.i + k + 1].lower_ == w for k, w in enumerate(words))


def _quote_speaker(pred: Token, g: Grammar) -> str | None:
    """The speaker of the quotation that holds ``pred``: the subject of a reporting verb outside it in its sentence,
    or in the sentence where the quotation closes ('"... Iran funds X. ... ," the minister said') or opens ('X told
    reporters: "..."'); with no subject parsed, the name between the quotation and the verb ('"...," X Y, a deputy
    minister, said')."""
    doc = pred.doc
    start = end = pred.i
    while end + 1 < len(doc) and g.quoted(doc[end + 1]):
        end += 1
    while start > 0 and g.quoted(doc[start - 1]):
        start -= 1
    for sent in dict.fromkeys((pred.sent, doc[min(end + 1, len(doc) - 1)].sent, doc[max(start - 1, 0)].sent)):
        for tok in sent:
            lemma = tok.lemma_.lower()
            if (lemma in g.words("reporting_verbs") or lemma in g.words("finding_verbs")) and not g.quoted(tok) and (
                tok.pos_ == "VERB"
            ):  # "a US district court ruled that '...'"
                name = _speaker(tok, g) or _name_before(tok, g)
                if name:
                    return name
    return None


def _name_before(verb: Token, g: Grammar) -> str | None:
    """The first name outside quotation marks between the quotation and its verb, when the parser gave the verb no
    subject ('"...," X Y, a deputy minister, said in a statement')."""
    i = verb.i - 1
    while i >= verb.sent.start and not g.quoted(verb.doc[i]):
        i -= 1
    for tok in verb.doc[i + 1 : verb.i]:
        mention = g.at.get(tok.i)
        if mention is not None and mention.named and tok.i == mention.root:
            return g.source_name(tok)
    return None


def spoken_denial(verb: Token, g: Grammar) -> str | None:
    """The official who states a denial in his own words, where the denial's verb is a saying verb: "the country's
    deputy defence minister Ana Kolar said Zagreb sends no arms to X", "an envoy of Chile hit out at ..., saying
    Santiago never armed X" -> the official (the row is reported, his statement). None for a head of state or
    government (his words are the state's: ``leader_titles``), for a body speaking itself ("Iran said it had not
    ..."), and for a denial verb ("the minister denied ...", "called the claims baseless": the body's act).
    """
    if verb.lemma_.lower() not in g.words("reporting_verbs"):
        return None
    speakers = [c for c in verb.children if c.dep_ == "nsubj"]
    if not speakers and verb.dep_ == "advcl" and verb.tag_ == "VBG":  # "..., saying Santiago never armed X"
        speakers = [c for c in verb.head.children if c.dep_ == "nsubj"]
    if len(speakers) != 1:
        return None
    speaker = speakers[0]
    if speaker.ent_type_ == "PERSON":
        titles = {c.lower_ for c in speaker.subtree if c.dep_ == "compound" and c.i < speaker.i}
    elif not speaker.ent_type_ and speaker.tag_ == "NN":  # one official ("Qatari officials insisted": the state's)
        titles = {speaker.lower_}
    else:
        return None
    if not titles & g.officials or titles & g.words("leader_titles"):
        return None
    return g.source_name(speaker)
