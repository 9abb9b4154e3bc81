"""The constructions a rule can name: from one cue token to (subject, object) pairs.

Each function takes a rule, the cue token that matched one of its cues and
the Doc's :class:`Grammar`, and yields :class:`Candidate` pairs of actor
mentions. The cue's clause decides the modality (:mod:`modality`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from pipeline.relations.arguments import (
    HYPHENS,
    MODIFIER_DEPS,
    Grammar,
    Mention,
    article_conjunct,
    conjunct_chain,
    hyphen_prefix,
    unique,
)
from pipeline.relations.modality import CLAIMANT_PREPS, assess, has_negator, negates
from pipeline.relations import repairs
from pipeline.relations.repairs import (
    is_verbal,
    misread_stems,
    misread_verb,
    relative_as_content_clause,
    unhyphenated_demonym,
    verb_lemmas,
    verb_list,
)
from pipeline.relations.ruleset import Rule, RuleSet

NOMINAL_DEPS = frozenset({"dobj", "pobj", "nsubj", "nsubjpass", "attr", "appos", "conj", "ROOT"})
# what a denial verb denies: "denied that ...", "denied arming ...", "rejected claims that ..."
COMPLEMENT_DEPS = frozenset({"ccomp", "xcomp", "dobj", "prep"})
# how a prenominal modifier hangs in its noun phrase
NP_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})
# what a quantity or container holds: "most of its budget", "6,000 containers with shells"
CONTENTS_PREPS = frozenset({"of", "with"})
# a model designation: letters, an optional hyphen, then a number ("MiG-29", "F-16", "S-300VM", "TB2", "M777")
MODEL_DESIGNATION = re.compile(r"[A-Z][A-Za-z]{0,3}-?[0-9]{1,4}[A-Za-z0-9]*$")


@dataclass(frozen=True, slots=True)
class Candidate:
    rule: Rule
    subject: Mention
    object: Mention
    cue: Token
    source: str | None = None  # who speaks for the subject: "X, a spokesman for Islamic Jihad, denied ..."

    @property
    def strong(self) -> bool:
        """Two coreference guesses in one row are too weak for output: one argument must be named."""
        return self.subject.named or self.object.named


def _pairs(rule: Rule, subjects: Iterable[Mention], objects: list[Mention], cue: Token) -> Iterator[Candidate]:
    """Every (subject, object) pair of two different actors; not two actors the cue found on both sides, each
    giver and receiver of the other: one list the parser spread over both ("by selling tanks to Chad, Egypt and
    Libya are responsible": Egypt and Libya are no recipients of each other); nor a description (no name of its own)
    resolved to an actor coordinated with the subject, since a description is none of the list that acts on it ("Egypt,
    the UAE and France backed the eastern government", the government resolved to France, gives no "the UAE backs
    France"). Lists of one length in a sentence saying "respectively" pair in order."""
    subjects = list(subjects)
    if len(subjects) == len(objects) > 1 and any(t.lower_ == "respectively" for t in cue.sent):
        # "A and B are backed by X and Y respectively": each with its counterpart in order
        for s, o in zip(sorted(subjects, key=lambda m: m.start), sorted(objects, key=lambda m: m.start)):
            if s.actor != o.actor:
                yield Candidate(rule, s, o, cue)
        return
    both = {s.actor for s in subjects} & {o.actor for o in objects}
    for s in subjects:
        for o in objects:
            if s.actor != o.actor and not (s.actor in both and o.actor in both) and not (
                o.actor in both and not cue.doc[o.root].ent_kb_id_ and _fellow_subject(s, o.actor, subjects, cue.doc)
            ):
                yield Candidate(rule, s, o, cue)


def _fellow_subject(s: Mention, actor: str, subjects: list[Mention], doc: Doc) -> bool:
    """``actor`` is among ``subjects`` in the same coordination (conjuncts and appositions) as ``s``."""
    return any(
        m.actor == actor and _coordination_top(doc[m.root]) == _coordination_top(doc[s.root]) for m in subjects
    )


def _coordination_top(tok: Token) -> int:
    """The first word of the coordination (conjuncts and appositions) ``tok`` is in: "A, the B, C and D" -> A."""
    while tok.dep_ in ("conj", "appos") and tok.head.i != tok.i:
        tok = tok.head
    return tok.i


def _is_noun(tok: Token) -> bool:
    """A noun in a noun's position (a gerund like "backing" counts; a noun modifier does not)."""
    if tok.dep_ in ("compound", "amod", "nmod"):
        return False
    return tok.pos_ in ("NOUN", "PROPN") or (tok.tag_ == "VBG" and tok.dep_ in NOMINAL_DEPS)


def _theme_nodes(tok: Token, g: Grammar) -> list[Token]:
    """A noun with all its conjuncts (the parser chains a list: "money, weapons, **training** and haven"),
    seen through quantities and containers ("most of its budget", "oil shipments") and what it includes ("support,
    including training")."""
    nodes = []
    if tok.lower_ in ("them", "it") and tok.head.dep_ == "conj":
        # what the first verb of the pair took: "took 40 tanks out of reserve and sent **them** to Russia"
        tok = next((c for c in tok.head.head.children if c.dep_ == "dobj"), tok)
    for n in conjunct_chain(tok):
        nodes.append(n)
        # a coordinated modifier the parser read into the noun: "**training** and logistical support"
        nodes += [c for c in n.children if c.dep_ in ("nmod", "compound") and any(x.dep_ == "conj" for x in c.children)]
        if n.lower_ in g.words("part_words"):
            nodes += [c for c in n.children if c.dep_ == "compound"]
            held = n
            for _ in range(3):  # a container's "with", a quantity in it: "containers with millions of shells"
                contents = g.pobjs(held, CONTENTS_PREPS)
                nodes += contents
                if not contents or contents[0].lower_ not in g.words("part_words"):
                    break
                held = contents[0]
        elif is_sum(n):  # "$40 billion in military aid"
            nodes += g.pobjs(n, frozenset({"in", "of"}))
        elif n.tag_ == "CD":  # a count of them: "24 of its warplanes"
            nodes += g.pobjs(n, frozenset({"of"}))
        # what it includes: "support, **including training** and weapons"
        nodes += [m for o in g.pobjs(n, g.words("inclusion_cues")) for m in conjunct_chain(o)]
        # what it consists of: "support **in the form of** arms", also hung on the verb ("provided support to X in
        # the form of arms")
        nodes += [m for o in _form_contents(n, g) for m in conjunct_chain(o)]
    return nodes


def _form_contents(noun: Token, g: Grammar) -> list[Token]:
    """The "of" objects of an "in the form of" phrase on ``noun``, or on the verb that takes ``noun`` as object."""
    hosts = [noun] + ([noun.head] if noun.dep_ == "dobj" and is_verbal(noun.head) else [])
    forms = [
        f
        for host in hosts
        for f in g.pobjs(host, frozenset({"in"}))
        if f.lower_ in g.words("form_nouns") and (host is noun or f.head.i > noun.i)
    ]
    return [o for f in forms for o in g.pobjs(f, frozenset({"of"}))]


def _is_theme(tok: Token, rule: Rule, g: Grammar) -> bool:
    return any(_theme_form(n, g) in rule.themes or ("money" in rule.themes and _is_money(n, g)) for n in _theme_nodes(tok, g))


def _is_money(node: Token, g: Grammar) -> bool:
    """A sum, or a modifier of a support noun that a sum modifies ("USD 450 million F-16 | assistance")."""
    return is_sum(node) or (
        node.dep_ in SUM_MODIFIER_DEPS and node.head.lower_ in g.words("support_nouns") and _sum_modified(node)
    )


def _theme_form(node: Token, g: Grammar) -> str:
    """The theme a node of :func:`_theme_nodes` is: its lowercase form, except that support held in a package or
    carried by a verb of ``vocab/delivery_verbs.txt`` is aid, material given ("a package of assistance", "a security
    assistance package", "supplying military assistance to X"), not backing; and a noun of
    ``vocab/designated_nouns.txt`` a model designation names is a weapon ("13 MiG-29 fighters", "F-16s" is already
    one); a thing alone that a civilian modifier of ``vocab/civil_modifiers.txt`` describes is none ("relief
    airplanes", "humanitarian aid"; not "military and humanitarian aid", nor a list the parser may have cut up:
    "military, financial, and humanitarian aid")."""
    civil = g.words("civil_modifiers")
    if node.dep_ != "conj" and not node.conjuncts and any(
        c.dep_ in ("amod", "compound") and c.lower_ in civil and all(x.lower_ in civil for x in c.conjuncts)
        for c in node.children
    ):
        return "civil " + node.lower_
    if node.lower_ in g.words("support_nouns") and (
        _packaged(node, g)
        or (node.dep_ in ("dobj", "nsubjpass") and node.head.lemma_.lower() in g.words("delivery_verbs"))
        or measured_by_sum(node)
    ):
        return "aid"
    if node.lower_ in g.words("designated_nouns") and any(
        c.dep_ in ("compound", "nmod") and MODEL_DESIGNATION.match(c.text) for c in node.children if c.i < node.i
    ):
        return "weapons"
    return node.lower_


def _packaged(noun: Token, g: Grammar) -> bool:
    """A noun that names what a package holds: "**assistance** package", "package of **assistance**"."""
    if noun.dep_ in ("compound", "nmod"):
        host = noun.head
    elif noun.dep_ == "pobj" and noun.head.lower_ == "of":
        host = noun.head.head
    else:
        return False
    return host.i != noun.i and host.lower_ in g.words("package_words")


def _theme_in_sentence(rule: Rule, cue: Token, g: Grammar) -> bool:
    """Whether the cue's sentence may hold one of the rule's themes (a cheap test before the walk): a theme word, a
    sum for money, a package or a delivery verb's support for aid (:func:`_theme_form`)."""
    forms = g.sentence_forms(cue)
    return (
        not rule.themes.isdisjoint(forms)
        or ("money" in rule.themes and g.sentence_holds(cue, is_sum))
        or ("aid" in rule.themes and (
            not g.words("package_words").isdisjoint(forms)
            or (cue.lemma_.lower() in g.words("delivery_verbs") and not g.words("support_nouns").isdisjoint(forms))
        ))
    )


def is_sum(tok: Token) -> bool:
    """A sum of money: "$700 million" (even when the tagger finds no MONEY entity)."""
    return tok.ent_type_ == "MONEY" or (tok.pos_ == "NUM" and any(c.tag_ == "$" for c in tok.children))


# the dependencies by which a sum measures the noun it modifies ("USD 450 million (F-16) assistance")
SUM_MODIFIER_DEPS = frozenset({"compound", "nmod", "nummod", "amod", "quantmod"})


def measured_by_sum(noun: Token) -> bool:
    """Whether a sum of money measures ``noun``: the sum is in it ("$60 million in support"), is its "of" object
    ("support of USD 5 billion") or modifies it, directly or through its modifiers ("USD 450 million F-16 security
    assistance"). Support so measured is money given, funding (FORMAT.md), not backing (round 37)."""
    if noun.dep_ == "pobj" and noun.head.lower_ in ("in", "of") and is_sum(noun.head.head):
        return True
    if any(p.dep_ == "prep" and p.lower_ == "of" and any(o.dep_ == "pobj" and is_sum(o) for o in p.children)
           for p in noun.children):
        return True
    return _sum_modified(noun)


def _sum_modified(tok: Token) -> bool:
    """Whether a sum is among the modifiers before ``tok`` or theirs."""
    return any(c.dep_ in SUM_MODIFIER_DEPS and (is_sum(c) or _sum_modified(c)) for c in tok.lefts)


def pattern(rule: Rule, cue: Token, g: Grammar) -> Iterator[Candidate]:
    """A pattern rule (docs/relations.md, "Patterns"): the actors its dependency patterns name.

    Every pattern that matches at the cue adds the actors of the roles it names (a match whose theme is not
    one of the rule's themes counts for nothing); each ``fallback`` pattern, in order, only fills a role still
    without actors; a role no matching pattern names takes its default (:func:`default_subjects`,
    :func:`default_objects`). No match, no candidate.
    """
    if rule.cue == "verb" and not (is_verbal(cue) or misread_verb(cue)):
        return
    if rule.cue == "noun" and not _is_noun(cue):
        return
    if rule.cue == "adjective" and cue.pos_ != "ADJ":
        return  # "supportive of": the patterns name both roles
    if rule.needs_theme and not _theme_in_sentence(rule, cue, g):
        return  # (no theme in the sentence: spare the walk)
    if rule.exclude_deps and any(c.dep_ in rule.exclude_deps for c in cue.children):
        return  # "paid a friend to take the test"
    if rule.exclude_particles and any(
        c.dep_ in ("prt", "prep", "advmod") and c.lower_ in rule.exclude_particles for c in cue.children
    ):
        return  # "backed out of the deal"
    if not _has_required(rule, cue):
        return  # "keep Assad in power", not "keep Assad waiting"
    if rule.unless and any(d.lower_ in rule.unless for c in cue.children for d in (c, *c.children)):
        return  # "sent fighters to Iran for training"
    if rule.cue == "noun" and _ended(cue, g):
        return  # a tie that ended: "a former backer of", "once a patron of", "no longer a backer of"
    found: dict[str, list[Mention]] = {}
    matched = False
    before: dict[str, bool] = {}
    group = None
    # a passive's agent is who does it: no fallback names another subject ("supplied with Iranian weapons by Poland")
    agented = g.is_passive(cue) and bool(g.pobjs(cue, frozenset({"by"})))
    for tier, index, roles in g.pattern_matches(rule.id, cue.i):
        if (tier, index) != group:  # a fallback fills the roles left without actors before it
            group, before = (tier, index), {role: bool(found.get(role)) for role in ("subject", "object")}
        voice = (rule.pattern if tier == "pattern" else rule.fallback)[index].voice
        if voice is not None and (voice == "passive") != g.is_passive(cue):
            continue
        if "theme" in roles and not _is_theme(g.doc[roles["theme"]], rule, g):
            continue
        if isinstance(roles.get("object"), int) and _gapped_for_another(g.doc[roles["object"]], rule, g):
            continue  # "sent rockets to Hezbollah and food to Lebanon": Lebanon gets the food
        matched = True
        for role in ("subject", "object"):
            if role in roles and not (tier == "fallback" and (before[role] or (role == "subject" and agented))):
                tokens = _role_tokens(roles[role], g)
                found.setdefault(role, []).extend(m for t in tokens for m in _role_actors(t, cue, rule, g))
    if not matched:
        return
    subjects = unique(found["subject"]) if "subject" in found else default_subjects(rule, cue, g)
    objects = unique(found["object"]) if "object" in found else default_objects(rule, cue, g)
    objects = [m for m in objects if not _destination(m, cue, g)]
    if rule.bodies_only:  # "Huber aligned with Rowan": a person taking a side is no backer
        subjects, objects = [m for m in subjects if not g.is_person(m)], [m for m in objects if not g.is_person(m)]
    if rule.named_subjects:  # "alongside Spain", not "alongside Kenyan troops" (those trained with them)
        subjects = _named(subjects, g)
    if rule.named_objects:  # fought "alongside Barland", not "alongside Fooian officers" (comrades)
        objects = _named(objects, g)
    yield from _pairs(rule, subjects, objects, cue)


def _named(mentions: list[Mention], g: Grammar) -> list[Mention]:
    """The mentions that are names (an entity heading its phrase), not descriptions or a modifier's demonym."""
    return [m for m in mentions if g.doc[m.root].ent_type_ and g.doc[m.root].dep_ not in MODIFIER_DEPS]


def _destination(m: Mention, cue: Token, g: Grammar) -> bool:
    """A place things or people are sent to, when a purpose clause of the same verb names whom they serve: "flew
    fighters **to the enclave** to back its militia", "shipped arms to Sudan to help the RSF" (the place is
    where they go; the one helped is the purpose's object). Without such a clause the place stays the recipient
    ("sent weapons to Ukraine")."""
    root = g.doc[m.root]
    if root.ent_type_ not in ("GPE", "LOC") or root.dep_ != "pobj" or root.head.lower_ not in ("to", "into"):
        return False
    if root.head.head.i != cue.i:
        return False
    purposes = [c for c in cue.children if c.dep_ in ("advcl", "xcomp") and is_verbal(c)
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    # (never the sender itself, a misread "the country" in "sent instructors to X to protect the country's president")
    senders = {s.actor for s in g.subjects(cue)}
    served = [o for p in purposes for o in g.objects(p) if o.actor not in senders]
    # (a state's own army serves the state: "dispatched fighters to Belarus to aid the Belarusian army")
    sides = {o.actor for o in served} | {a.actor for o in served for a in g.actor_modifiers(g.doc[o.root])}
    return bool(served) and m.actor not in sides


def _gapped_for_another(obj: Token, rule: Rule, g: Grammar) -> bool:
    """Whether a recipient is that of another thing in a gapped list, which is none of the rule's themes: "sent rockets
    to Hezbollah and **food** to Lebanon" (:func:`repairs.gapped_recipient`)."""
    prep = obj.head
    if obj.dep_ != "pobj" or prep.dep_ not in ("prep", "dative"):
        return False
    return any(
        obj in repairs.gapped_recipient(other, frozenset({prep.lower_})) and not _is_theme(other, rule, g)
        for first in prep.head.children if first.dep_ in ("prep", "dative") and first.i < prep.i
        for recipient in first.children if recipient.dep_ == "pobj"
        for other in recipient.conjuncts if recipient.i < other.i < prep.i
    )


OWN_CLAUSE_DEPS = frozenset({"conj", "ccomp", "xcomp", "advcl", "relcl", "acl", "parataxis"})


def _has_required(rule: Rule, cue: Token) -> bool:
    """The cue has one of the rule's ``requires`` words among its children or theirs ("keep Assad **in** power",
    "brushed **off** the reports", "called the claims **baseless**"), or the rule requires none. Not through a clause
    of its own: "push Fooland to close offices and cut **off** support" (the particle is "cut"'s)."""
    return not rule.requires or any(
        d.lower_ in rule.requires
        for c in cue.children
        for d in (c, *(c.children if c.dep_ not in OWN_CLAUSE_DEPS else ()))
    )


def _ended(cue: Token, g: Grammar) -> bool:
    """A role noun for a tie the sentence says ended (vocab/ended_words.txt): a word of it modifies the noun ("a
    former backer", "an ex-sponsor", "once a patron of") or the copula the noun is the predicate of ("is no longer a
    backer of"). (A verb's "once" is a past act, still stated: "Russia once backed Assad".)"""
    ended = g.words("ended_words")
    near = [*cue.children, *(cue.head.children if cue.dep_ in ("attr", "acomp") else ())]
    if cue.i >= 2 and cue.doc[cue.i - 1].text in HYPHENS and cue.doc[cue.i - 2].lower_ in ended:
        return True  # "an ex-sponsor" (the prefix read as a word of its own)
    return any(c.dep_ in ("amod", "advmod", "compound", "nmod", "npadvmod") and c.lower_ in ended for c in near)


def _role_tokens(at: int | tuple, g: Grammar) -> list[Token]:
    """The token a match gives a role, or the tokens a repair step gives for its node."""
    if isinstance(at, int):
        tok = g.doc[at]
        if tok.dep_ != "pobj":
            return [tok]
        # the object of the same preposition repeated after "and": "provided training to X and to Y"
        prep = tok.head
        return [tok, *(o for c in prep.children if c.dep_ == "conj" and c.lower_ == prep.lower_
                       for o in c.children if o.dep_ == "pobj")]
    repair, i, words = at
    return getattr(repairs, repair)(g.doc[i], *([frozenset(words)] if words else []))


def _role_actors(tok: Token, cue: Token, rule: Rule, g: Grammar) -> list[Mention]:
    """The actors a role's token stands for. The cue: a noun's referents, a verb's subject. Another token: a
    prenominal modifier only when it is an actor, a possessive pronoun or a possessive group noun ("Russia's",
    "American", "its", "Hezbollah fighters'"); a
    verb's subject (the doer; a passive participle's patient); a noun phrase's referents."""
    if tok.i == cue.i:
        return g.referents(tok) if rule.cue == "noun" else g.subjects(tok)
    if tok.dep_ in MODIFIER_DEPS:  # (an owner that is a group noun: "Hezbollah fighters' salaries")
        named = tok.i in g.at or tok.tag_ == "PRP$" or (tok.dep_ == "poss" and tok.lower_ in g.words("group_nouns"))
        return g.referents(tok) if named and not g.nationality_of_client(tok) else []  # (not "its Lebanese proxy")
    if is_verbal(tok):  # (a passive participle's: what it is said of, "the SDF, partnered with support from X")
        return g.patients(tok) if g.is_passive(tok) else g.subjects(tok)
    return g.referents(tok)


def default_subjects(rule: Rule, cue: Token, g: Grammar) -> list[Mention]:
    """The subject when no matching pattern names one: the verb's subject, or its agent in a passive."""
    if rule.cue in ("noun", "adjective"):
        return []
    if is_verbal(cue):
        return g.agents(cue) if g.is_passive(cue) else g.subjects(cue)
    return g.actor_run(cue.i - 1, -1)  # a misread verb: "The United States arms Ukraine"


def default_objects(rule: Rule, cue: Token, g: Grammar) -> list[Mention]:
    """The object when no matching pattern names one: the verb's object (an actor's undertaking stands for the
    actor: "has backed Moscow's war"), or what a passive is done to."""
    if rule.cue in ("noun", "adjective"):
        return []
    if not is_verbal(cue):
        if repairs.verb_read_as_compound(cue):  # "Iran arms Hezbollah, Israeli officials say": the noun it was hung on
            return g.referents(cue.head)
        return g.actor_run(cue.i + 1, +1)  # a misread verb
    if g.is_passive(cue):
        return g.patients(cue)
    undertakings = [c for c in cue.children if c.dep_ == "dobj" and c.lower_ in g.words("campaign_nouns")]
    return g.objects(cue) or [m for c in undertakings for m in g.actor_modifiers(c)]


def hyphen(rule: Rule, t: Token, g: Grammar) -> Iterator[Candidate]:
    """Compound adjective: "Iran-backed", "Iranian-sponsored", "Russian- and Iran-backed"."""
    doc = g.doc
    demonym = unhyphenated_demonym(t)
    if demonym is not None:  # written without the hyphen: "the Afghan backed militants"
        subjects = g.referents(demonym)
        if t.dep_ not in NP_MODIFIER_DEPS and t.dep_ != "acomp":  # (read as a clause: its object is the noun)
            yield from _pairs(rule, subjects, g.referents_of([c for c in t.children if c.dep_ == "dobj"]), t)
            return
    elif t.i >= 2 and doc[t.i - 1].text in HYPHENS and not doc[t.i - 1].whitespace_ and not doc[t.i - 2].whitespace_:
        subjects = _hyphen_prefixes(t.i - 2, g)
    else:
        return
    if not subjects and doc[t.i - 2].lower_ in g.words("state_prefixes") and t.i >= 3 and doc[t.i - 3].whitespace_:
        subjects = _hyphen_prefixes(t.i - 3, g)  # the state a demonym names: "an Iraqi state-sponsored militia"
    anchor = t
    if t.dep_ == "conj":  # "Russian- and Iran-backed" may parse as a coordination of the prefixes
        if g.at.get(t.head.i) not in subjects:
            if (t.head.tag_ != "JJ" and t.head.ent_type_ != "NORP") or t.head.i not in g.at:
                return  # "the SDF and Turkish-backed factions"
            # "the Russian and Egyptian-backed LNA": a demonym without hyphen (also tagged as a name: "the Iranian and
            # Hezbollah-backed NDF", round 33)
            subjects = [g.at[t.head.i], *subjects]
        anchor = t.head
    if anchor.dep_ == "acomp":  # "Hamas is Iran-backed"
        objects = g.subjects(anchor.head)
    elif anchor.dep_ in NP_MODIFIER_DEPS:
        # the noun phrase it modifies, through other modifiers: "Armenian-backed separatist Republic of Artsakh"
        heads = [anchor.head]
        while heads[-1].dep_ in NP_MODIFIER_DEPS and heads[-1].head.i != heads[-1].i:
            heads.append(heads[-1].head)
        # a noun that renames an actor is that actor, over the noun's owner: "Hezbollah, Lebanon's Iranian-backed
        # organisation", "Hezbollah and other Iranian-backed groups"
        named = [[m for m in _renamed_by(heads[-1], g) if m not in subjects]]
        named += [[m for m in g.referents(h) if m not in subjects] for h in reversed(heads)]
        # (nor one that opens a compound adjective after it: "an Israeli-backed and Islamic State-linked group", round 33)
        named = [[m for m in found if not (m.root > anchor.i and doc.text[m.end:m.end + 1] in HYPHENS)] for found in named]
        objects = next((found for found in named if found), [])
        if heads[-1].dep_ == "pobj" and heads[-1].head.lower_ == "between":
            objects = objects[:1]  # the sides "between" names are apart: "a war between Iran-backed Hezbollah and X"
        if not objects and heads[-1].dep_ in ("attr", "appos"):
            # the demonym made the group noun the state's: the copula's subject, the noun renamed ("X is an Iraqi
            # state-sponsored group", "X, an Iraqi state-sponsored group,")
            top = heads[-1].head
            renamed = g.subjects(top) if heads[-1].dep_ == "attr" else g.referents(top)
            objects = [m for m in renamed if m not in subjects]
        if not objects:
            objects = [m for m in _umbrella_renamed(heads[-1], g) if m not in subjects]
        # not over a coordination to a conjunct with its own participle: "the Turkish-backed SNA and the Kurdish-led SDF"
        # nor to one with its own determiner: "the Turkish-backed SNA and the SDF"; a list that renames a common noun is
        # every member's: "Turkey-backed militias, the Zed Front and the Bazbal Brigade" (round 36)
        if objects and objects[0].root == heads[-1].i:
            objects = objects[:1] + [m for m in objects[1:] if not _own_participle(g.doc[m.root])
                                     and article_conjunct(g.doc[m.root]) is None]
        else:
            objects = g.described(heads[-1], objects)
        # not the actor of a second compound adjective on the same noun: "a Saudi-led, U.S.-backed coalition" (the
        # coalition read as its leader; the leader is no party the prefix backs)
        objects = [m for m in objects if not (m.root < anchor.i and hyphen_prefix(g.doc[m.root]))]
    else:
        return
    yield from _pairs(rule, subjects, objects, t)


def _renamed_by(noun: Token, g: Grammar) -> list[Mention]:
    """The actor a common noun renames: as its apposition ("Hezbollah, Lebanon's Iranian-backed organisation", also
    when parsed as a conjunct with no "and"), or as one of "other" such nouns ("Hezbollah and other Iranian-backed
    groups"); not a conjunct of its own ("Hezbollah and Iran-backed militias")."""
    if noun.pos_ != "NOUN" or noun.head.i == noun.i:
        return []
    if noun.dep_ not in ("appos", "conj") or noun.head.i not in g.at:
        return []
    if noun.dep_ == "appos":
        return [g.at[noun.head.i]]
    other = any(c.dep_ == "amod" and c.lower_ == "other" for c in noun.children)
    comma_only = g.doc[noun.left_edge.i - 1].text == "," and not any(
        c.dep_ == "cc" for c in (*noun.head.children, *noun.children)
    )
    return [g.at[noun.head.i]] if other or comma_only else []


def _umbrella_renamed(members: Token, g: Grammar) -> list[Mention]:
    """The actor a body of groups renames, when ``members`` (the noun an "-backed" word modifies, naming no actor
    itself) are what the body is made of: "X, an umbrella group of Iran-backed militias", "X, a coalition of Iran-backed
    militias", "X is a network of Iranian-backed groups", "an umbrella group of Fooian-backed militias calling itself
    X" -> X (a noun of vocab ``umbrella_nouns``; rounds 26, 33 and 34). Only a body that renames an actor ("the first
    group of Eritrean-trained recruits arrived" names no one). Round 34 dropped the need for "umbrella" on the body
    noun: the annotators of every blind set read "a coalition / loose alliance / network of Iran-backed groups" as
    Iran's backing of the body it renames."""
    if members.dep_ != "pobj" or members.head.lower_ != "of" or members.tag_ not in ("NNS", "NNPS"):
        return []
    collective = members.head.head
    if collective.lower_ not in g.words("umbrella_nouns"):
        return []
    named = g.named_as(collective)  # a body that names itself: "an umbrella group of ... calling itself X" (round 33)
    if collective.dep_ not in ("attr", "appos") and not named:
        return []
    if named:
        return g.referents_of(named)
    return g.subjects(collective.head) if collective.dep_ == "attr" else g.referents(collective.head)


def _own_participle(noun: Token) -> bool:
    return any(c.dep_ in NP_MODIFIER_DEPS and c.tag_ == "VBN" for c in noun.children)


def _hyphen_prefixes(k: int, g: Grammar) -> list[Mention]:
    """Actors before the hyphen, and leftwards "Russian- and Iran-", "US-, UK- and EU-"."""
    doc = g.doc
    out: list[Mention] = []
    while k in g.at:
        mention = g.at[k]
        out.append(mention)
        while k - 1 in g.at and g.at[k - 1] == mention:
            k -= 1
        if k < 2 or doc[k - 1].lower_ not in ("and", "or", ","):
            break
        k -= 2
        if doc[k].text in HYPHENS:  # "Russian - and Iran-backed"
            k -= 1
        elif not doc[k].text.endswith(tuple(HYPHENS)):  # "Russian- and Iran-backed"
            break
    return out


def denial(rule: Rule, v: Token, g: Grammar) -> Iterator[Candidate]:
    """Denial of a link: "Iran has denied any role in Hamas' raid", "rejected Iranian hands in ...".

    With ``negated_object`` the verb is a plain one and the negated object is the denial: "it has no part in
    the group's attacks", "Iran bears no responsibility for ...".
    """
    if not is_verbal(v) or not _has_required(rule, v):
        return
    passive = g.is_passive(v)
    deniers, source = (g.agents(v), None) if passive else _deniers(v, g)
    if not deniers:
        return
    objects = [c for c in v.children if c.dep_ == ("nsubjpass" if passive else "dobj")] or _listed_object(v)
    slots = [n for c in objects for n in _theme_nodes(c, g)]
    if not passive and all(g.is_person(m) for m in deniers):
        # a person denying "any Iranian involvement in ..." speaks for the side the demonym names: it is the
        # denier, never the tied party (the tied party is what the involvement is in)
        sides = [m for s in slots if s.lower_ in rule.themes for c in s.children
                 if c.dep_ in MODIFIER_DEPS and c.ent_type_ == "NORP" and c.i in g.at for m in g.referents(c)]
        deniers = unique(sides) or deniers
    own = frozenset(m.actor for m in deniers)
    fellows = len(own) > 1 and not rule.negated_object  # deniers who may deny a transfer between them
    for slot in slots:
        if fellows and _fellow_transfer(slot, own, g):
            # fellow deniers of a transfer that names no one else deny it between them: "Fooland and Barland
            # have denied arms transfers", "Oslo and Nairobi deny the supply of rifles to Kenya"
            yield from (replace(c, source=source) for c in _each_other(rule, deniers, v))
            return
        if slot.lower_ not in rule.themes and not _pronoun_claim(slot, g):
            continue
        if rule.negated_object and not _nothing(slot) and not has_negator(slot, g):
            continue
        # "any role in Hamas' offensive"; or on the verb: "denied any link to Wagner"; or a claim made before
        # (a claim's "to" on the verb is whom the denial is told: "denied the report to the Telegraph")
        on_verb = [] if slot.lower_ in g.words("claim_nouns") else g.pobjs(v, rule.object_preps - {"by", "in"})
        linked = _linked(slot, own, rule, g, depth=0) or [
            m for m in g.referents_of(on_verb) if m.actor not in own
        ] or _done_with(slot, own, rule, g) or _claimed_before(slot, own, g) or _origin_of_people(v, slot, own, g)
        makers = _claim_makers([slot], g)
        linked = [m for m in linked if m.actor not in makers]
        if linked:
            yield from (replace(c, source=source) for c in _pairs(rule, deniers, linked, v))
            return
        if len({d.actor for d in deniers}) > 1:
            # deniers tied to each other by what they deny: "Ethiopia and Eritrea denied allegations of Eritrean
            # involvement" (each denier's reading names the other), or by the claim before: "Moscow and Tehran both
            # reject the reports"
            named = {m.actor for d in deniers for m in _linked(slot, frozenset({d.actor}), rule, g, depth=0)}
            if named & own:
                rows = _each_other(rule, deniers, v)
            else:
                rows = [row for d in deniers for row in _pairs(rule, [d], _claimed_before(slot, frozenset({d.actor}), g), v)]
            if rows:
                yield from (replace(c, source=source) for c in rows)
                return
    if fellows and any(_fellow_transfer(transfer, own, g) for transfer in _named_transfers(v, slots, g)):
        # ... also a transfer the denied claim is of, or one the deniers deny taking part in: "Fooland and Barland
        # reject the reports of the supply of rifles", "... have denied engaging in arms transfers"
        yield from (replace(c, source=source) for c in _each_other(rule, deniers, v))


def _listed_object(v: Token, deps: frozenset[str] = frozenset({"dobj"})) -> list[Token]:
    """The object the last verb of a list takes for all of them (and its other ``deps``), when ``v`` has none of its
    own: "Fooland dismissed and criticized the accusations (regarding ...)" (:func:`repairs.verb_list`)."""
    if any(c.dep_ == "dobj" for c in v.children):
        return []
    listed = verb_list(v)
    last = listed[-1] if listed and listed[-1].i != v.i else None
    return [c for c in last.children if c.dep_ in deps and c.i > last.i] if last is not None else []


def _each_other(rule: Rule, deniers: list[Mention], v: Token) -> list[Candidate]:
    """Each denier against every other: they deny the tie between them."""
    return [c for d in deniers for c in _pairs(rule, [d], [o for o in deniers if o.actor != d.actor], v)]


def _named_transfers(v: Token, slots: list[Token], g: Grammar) -> list[Token]:
    """The transfer nouns a denial names one step below its object: the "of" object or a compound of what it denies
    ("the reports of the supply of drones", "the shipment accusations"), or the "in" object of a gerund it takes
    ("denied engaging in arms transfers")."""
    words = g.words("transfer_nouns")
    held = [o for s in slots for o in g.pobjs(s, frozenset({"of"}))]
    # "the arms shipment accusations" (not when the claim names a party: "the shipment accusations against X")
    held += [c for s in slots if not any(c.dep_ == "prep" and c.lower_ not in CLAIMANT_PREPS for c in s.children)
             for c in s.children if c.dep_ in ("compound", "nmod")]
    held += [o for c in v.children if c.dep_ in ("xcomp", "pcomp") and c.tag_ == "VBG"
             for o in g.pobjs(c, frozenset({"in"}))]
    return [o for o in held if o.lower_ in words]


# where a transfer names its giver, its receiver or its route: any other actor there is a party to it
TRANSFER_PARTY_DEPS = frozenset({"compound", "amod", "nmod", "poss"})
TRANSFER_PARTY_PREPS = frozenset({"to", "for", "from", "by", "between", "with", "into", "via", "through"})


def _fellow_transfer(slot: Token, own: frozenset[str], g: Grammar) -> bool:
    """Whether ``slot`` is a transfer (``vocab/transfer_nouns.txt``: "arms transfers", "the supply of drones") that
    names no party but the deniers ``own``: two or more deniers of a plain denial deny it between them. Not a transfer
    to, from or by another ("deny arms transfers to the Houthis"); the caller asks only for two or more deniers and
    not for a negated-object rule ("have no ...")."""
    if slot.lower_ not in g.words("transfer_nouns"):
        return False
    parties = [c for c in slot.children if c.dep_ in TRANSFER_PARTY_DEPS]
    for prep in (c for c in slot.children if c.dep_ == "prep"):
        objs = [o for o in prep.children if o.dep_ == "pobj"]
        if prep.lower_ == "of":  # "the supply of rifles to Kenya": the theme's own modifiers and "to"
            for o in objs:
                parties += [c for c in o.children if c.dep_ in TRANSFER_PARTY_DEPS]
                parties += [q for p in o.children if p.dep_ == "prep" and p.lower_ in TRANSFER_PARTY_PREPS
                            for q in p.children if q.dep_ == "pobj"]
        elif prep.lower_ in TRANSFER_PARTY_PREPS:
            parties += objs
    parties += [c for p in parties for c in p.children if c.dep_ == "conj"]
    return not any(m.actor not in own for m in g.referents_of(parties))


# entity types of a place: where people come from is no party to a denied tie ("fighters from Libya")
PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})


def _origin_of_people(v: Token, slot: Token, own: frozenset[str], g: Grammar) -> list[Mention]:
    """The body the people a denied tie names come from, its "from" phrase hung on the denial verb
    (:func:`repairs.stranded_origin`): "denied any presence of Syrian mercenaries from the Wagner Group" -> Wagner;
    not a place ("fighters from Syria")."""
    if slot.head.i != v.i or v.doc[slot.right_edge.i].lower_ not in g.words("group_nouns"):
        return []
    return [
        m for m in g.referents_of(repairs.stranded_origin(slot))
        if m.actor not in own and g.doc[m.root].ent_type_ not in PLACE_TYPES
    ]


def _nothing(slot: Token) -> bool:
    """ "has **nothing** to do with": a negated object of its own."""
    return slot.lower_ == "nothing"


def _done_with(slot: Token, own: frozenset[str], rule: Rule, g: Grammar) -> list[Mention]:
    """Whom "nothing to do with ..." names: "it has nothing to do with the Houthis", "... with Hamas' attack"."""
    if not _nothing(slot):
        return []
    out: list[Mention] = []
    for do in (c for c in slot.children if c.dep_ in ("relcl", "acl") and c.lemma_ == "do"):
        for obj in g.pobjs(do, frozenset({"with"})):
            out += _named_or_linked(obj, own, rule, g)
    return unique(out)


def _named_or_linked(obj: Token, own: frozenset[str], rule: Rule, g: Grammar) -> list[Mention]:
    """The other party a preposition's object names ("with the Houthis", "in Hamas' attack"): the actors it and its
    conjuncts name, else the actors linked to it."""
    named = [obj, *(c for c in obj.children if c.dep_ == "conj")]
    return [m for m in g.referents_of(named) if m.actor not in own] or _linked(obj, own, rule, g, depth=1)


def cued_rules(tok: Token, rules: RuleSet) -> list[Rule]:
    """The rules a token cues: verb constructions by lemma (a gerund tagged as a noun by its verb), others by form.

    (:meth:`Grammar.cue_tokens` picks the tokens worth asking: change the two together.)"""
    return rules_in(tok, rules.by_lemma, rules.by_form)


def rules_in(tok: Token, by_lemma: dict[str, tuple[Rule, ...]], by_form: dict[str, tuple[Rule, ...]]) -> list[Rule]:
    """The rules of a lemma table and a form table that a token cues (:func:`cued_rules`, ``roles.backoff_rules``)."""
    return [r for lemma in verb_lemmas(tok) for r in by_lemma.get(lemma, ())] + list(by_form.get(tok.lower_, ()))


def _claimed_before(claim: Token, own: frozenset[str], g: Grammar) -> list[Mention]:
    """Whom a claim stated before ties the denier to (the nearest sentence that states one, up to two back), for a
    definite claim with no content of its own, or a pronoun (the sentence before only): "Gargash accused Qatar of
    paying the PMF, Hezbollah and al-Nusra. ... called Gargash's accusations baseless" -> the PMF, Hezbollah,
    al-Nusra. Also a clause before the denial's own in the same sentence: "Israel accused Iran of arming Hamas, but
    Tehran denied the allegation" (not the denier's own subject: "Iran, which arms Hamas, denied the report")."""
    pronoun = _pronoun_claim(claim, g)
    if pronoun:
        pass  # "Iran has denied this", "Tehran denies it"
    elif claim.lower_ not in g.words("claim_nouns") or not any(
        c.dep_ in ("det", "poss") or c.lower_ == "such" for c in claim.children
    ) or any(c.dep_ in ("acl", "relcl", "prep") for c in claim.children):
        return []  # "claims that ...", "reports of ...": the content is in the sentence; "claims" alone: no antecedent
    verb = claim.head
    subjects = [s for s in verb.children if s.dep_ in ("nsubj", "nsubjpass")]
    earlier = [
        t for t in claim.sent
        if t.i < verb.i and not _inside(t.i, subjects)
    ] if verb.i < claim.i else []  # (a fronted claim, "..., a charge Algiers denies", is denial_clause's)
    if pronoun and claim.dep_ == "nsubjpass" and verb.dep_ == "conj" and verb.head.i < claim.i:
        # a pronoun as the subject of a passive denial coordinated with the claim: "Israel claimed that Iran armed
        # the Houthis, but **this** was denied by Tehran" (the clause before the pronoun)
        earlier = [t for t in claim.sent if t.i < claim.left_edge.i]
    # nearest first: the same sentence, the sentence before, and for a claim noun ("the allegation") the one before that
    spans, start = [earlier], claim.sent.start
    for _ in range(1 if pronoun else 2):
        if start == 0:
            break
        sent = g.doc[start - 1].sent
        spans.append(list(sent))
        start = sent.start
    for span in spans:
        out = _other_parties(span, own, g) or _accused_of_tie(span, own, g) or _territory_users(span, own, g)
        if out:
            return out
    return []


def _other_parties(span: list[Token], own: frozenset[str], g: Grammar) -> list[Mention]:
    """The other party of each relation (not a denial) that the tokens of ``span`` state with one of ``own``: of
    what they do when the span says one of them does something ("Houthi forces were armed by Iran and its ally
    Hezbollah. Hezbollah denies the accusations" -> the Houthis, not Iran, Hezbollah's own backer there), else of
    what is done to them."""
    done, undergone = [], []
    cues = set(g.cue_tokens(span[0].sent)) if span else set()
    for tok in (t for t in span if t in cues):
        for rule in cued_rules(tok, g.rules):
            if rule.relation == "denies":
                continue
            for cand in CONSTRUCTIONS[rule.construction](rule, tok, g):
                if cand.subject.actor in own and cand.object.actor not in own:
                    done.append(cand.object)
                elif cand.object.actor in own and cand.subject.actor not in own:
                    undergone.append(cand.subject)
    return unique(done or undergone)


def _accused_of_tie(span: list[Token], own: frozenset[str], g: Grammar) -> list[Mention]:
    """Whom an accusation of the denier names in a tie no relation rule reads (``vocab/tie_verbs.txt``, and verbs of
    taking part): "Afghan leaders accused Pakistan **of sheltering** Taliban leaders. Pakistan rejects the charge" ->
    the Taliban; "... accuse the government of **teaming up with** the UAE ..." -> the UAE. The gerund's object or the
    object of its "with"/"to"; never the accuser or a place."""
    ties = g.words("tie_verbs") | g.words("participation_verbs")
    out: list[Mention] = []
    for verb in (t for t in span if t.lemma_.lower() in g.words("accusation_verbs") and t.pos_ == "VERB"):
        accused = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        if not own & {m.actor for a in accused for m in g.referents(a)}:
            continue
        accusers = {m.actor for m in g.subjects(verb)} if not g.is_passive(verb) else {m.actor for m in g.agents(verb)}
        for prep in (p for holder in (verb, *accused) for p in holder.children if p.dep_ == "prep" and p.lower_ in ("of", "for")):
            for gerund in (
                c for c in prep.children  # (also a gerund the tagger took for a name: "of harbouring/NNP X")
                if c.dep_ == "pcomp" and c.lower_.endswith("ing") and ties & {c.lemma_.lower(), *misread_stems(c.lower_)}
            ):
                named = [c for c in gerund.children if c.dep_ == "dobj"] + g.pobjs(gerund, frozenset({"with", "to"}))
                out += [
                    m for m in g.referents_of(named)
                    if m.actor not in own and m.actor not in accusers and not _event_place(m, g)
                ]
    return unique(out)


# where a territory names its owner: "Zedish territory", "Zedland's soil"
TERRITORY_OWNER_DEPS = frozenset({"amod", "compound", "nmod", "poss"})


def _territory_users(span: list[Token], own: frozenset[str], g: Grammar) -> list[Mention]:
    """Who a claim says uses the denier's territory (``vocab/use_verbs.txt``, ``vocab/territory_nouns.txt``): the
    territory's owner is tied to its user, as a host to its guest. "Fooland accuses the Barland Front of using Zedish
    territory to launch attacks. Zedland denies these allegations" -> the Barland Front; "Fooland's claim that the
    Front is using Zedish soil". The owner is named on the territory (a demonym, a name, a name's possessive) or by
    its "of" object, never by a pronoun; the user is the verb's subject (the accused, for a gerund under "of" of an
    accusation verb), not one of the deniers and not a place."""
    out: list[Mention] = []
    for verb in (t for t in span if t.lemma_.lower() in g.words("use_verbs") and is_verbal(t)):
        lands = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ in g.words("territory_nouns")]
        owners = [k for land in lands for k in land.children if k.dep_ in TERRITORY_OWNER_DEPS and k.pos_ != "PRON"]
        owners += [o for land in lands for o in g.pobjs(land, frozenset({"of"})) if o.pos_ != "PRON"]
        if not own & {m.actor for m in g.referents_of(owners)}:
            continue
        out += [m for m in g.subjects(verb) if m.actor not in own and g.doc[m.root].ent_type_ not in PLACE_TYPES]
    return unique(out)


# pronouns a denial or a verdict takes for a claim: "Iran has denied **this**", "..., **it** has no basis"
PRONOUN_CLAIMS = frozenset({"this", "that", "it", "these", "those"})


def _pronoun_claim(tok: Token, g: Grammar) -> bool:
    """A pronoun a denial takes for the claim before it: "Iran has denied **this**", "Tehran denies **it**" (not an
    actor the coreference resolved it to); a singular "it" or "this" as what a verb of plain denial denies (its object,
    or its subject in a passive) is the claim even when the coreference took it for an actor: one denies a claim, not
    a party ("Israel claimed that Iran armed the Houthis, but Tehran denied **it**", "..., but **it** was dismissed by
    Tehran")."""
    if tok.lower_ not in PRONOUN_CLAIMS or tok.pos_ not in ("PRON", "DET"):
        return False
    return tok.i not in g.at or (
        tok.lower_ in DENIED_PRONOUNS and tok.dep_ in ("dobj", "nsubjpass")
        and tok.head.lemma_.lower() in g.words("plain_denial_verbs")
    )


# the singular pronouns a verb of plain denial takes for a claim however the coreference resolved them
DENIED_PRONOUNS = frozenset({"it", "this"})


def denial_noun(rule: Rule, n: Token, g: Grammar) -> Iterator[Candidate]:
    """A denial as a noun, its owner the denier: "Hamas's denial of Iranian involvement", "the rebels' denials of any
    link to Tehran", "Qatar's denial that it funds Hamas" (a content clause about the denier)."""
    if not _is_noun(n):
        return
    deniers = g.actor_modifiers(n) or g.referents_of(g.pobjs(n, frozenset({"from", "by"})))  # "denials from Kigali"
    if not deniers and n.dep_ == "dobj" and n.head.lemma_ in g.words("light_verbs"):
        deniers = g.subjects(n.head)  # "Hamas issued a denial of ..."
    own = frozenset(m.actor for m in deniers)
    linked = _linked(n, own, rule, g, depth=0) if deniers else []
    if deniers and not linked and _conceded_denial(n):
        # what the sentence states against the denial: "Despite Tehran's denials, the Houthis have received missiles
        # from Iran" (the statement stands beside it)
        linked = _other_parties([t for t in n.sent if not n.left_edge.i <= t.i <= n.right_edge.i], own, g)
    if deniers and not linked:  # its gerund, with no doer of its own: "Iran's denial of arming the Houthis"
        gerunds = [
            gerund for p in n.children if p.dep_ == "prep" and p.lower_ in ("of", "about", "regarding")
            for gerund in p.children if gerund.dep_ == "pcomp" and gerund.tag_ == "VBG"
            and not any(c.dep_ in ("nsubj", "nsubjpass", "poss") for c in gerund.children)
            and _tie_word(gerund, g)  # (not "of killing ...")
        ]
        # who gives evidence or makes a claim is no party, also hung inside the gerund by the parser: "Fooland's
        # denial of supporting Bazbal, evidence from Barland ..." (round 33)
        evidence = g.words("claim_nouns") | g.words("evidence_nouns")
        givers = _claim_makers([t for gerund in gerunds for t in gerund.subtree], g, evidence)
        linked = [m for gerund in gerunds for m in _content_actors(gerund, g)
                  if m.actor not in own | givers and not _event_place(m, g)]
    if deniers and not linked:  # its content clause, about the denier: "Qatar's denial that it funds Hamas"
        for clause in (
            c for c in n.children
            if c.dep_ in ("acl", "relcl") and (any(m.dep_ == "mark" for m in c.children) or repairs.that_as_object(c))
        ):
            subjects = [s for s in clause.children if s.dep_ in ("nsubj", "nsubjpass")]
            if any(own & {m.actor for m in g.referents(s)} or (s.tag_ == "PRP" and not g.referents(s)) for s in subjects):
                nested = [c for c in clause.children if c.dep_ in ("ccomp", "advcl", "parataxis")]  # (another statement)
                linked += [
                    m for m in _content_actors(clause, g)
                    if m.actor not in own and not _event_place(m, g)
                    and not _inside(m.root, nested)
                ]
    yield from _pairs(rule, deniers, unique(linked), n)


# prepositions that set a denial against what the sentence states: "despite Iran's denials, ...", "amid denials by X"
CONCESSIVE_PREPS = frozenset({"despite", "notwithstanding", "amid", "amidst"})


def _conceded_denial(n: Token) -> bool:
    """A denial noun with no object of its own, set against its sentence: "**despite** Tehran's denials", "**in spite
    of** denials from Kigali", "Iran's denials **notwithstanding**"."""
    if any(c.dep_ in ("prep", "acl", "relcl") and c.lower_ not in ("from", "by") for c in n.children):
        return False
    head = n.head  # ("notwithstanding" after the noun may head it)
    return head.lower_ in CONCESSIVE_PREPS or (head.lower_ == "of" and head.head.lower_ == "spite") or any(
        c.lower_ == "notwithstanding" for c in n.children
    )


def judged(rule: Rule, v: Token, g: Grammar) -> Iterator[Candidate]:
    """A claim called false: "called Gargash's accusations 'baseless'", "described the reports as fabricated".

    The verb's object is a claim noun (``themes``) and a word of ``vocab/false_words.txt`` judges it (a predicate
    complement, or after "as"); whom the claim ties the judge to: its content, else the previous sentence's claim.
    """
    if not is_verbal(v) or not _has_required(rule, v):
        return
    verdicts = [c for c in v.children if c.dep_ in ("oprd", "xcomp", "acomp", "ccomp")] + g.pobjs(v, frozenset({"as"}))
    if not any(w.lower_ in g.words("false_words") for c in verdicts for w in (c, *c.children)):
        return
    deniers, source = _deniers(v, g)
    own = frozenset(m.actor for m in deniers)
    for claim in (c for c in v.children if c.dep_ == "dobj" and c.lower_ in rule.themes):
        linked = _linked(claim, own, rule, g, depth=0) or _claimed_before(claim, own, g)
        yield from (replace(c, source=source) for c in _pairs(rule, deniers, linked, v))


def _linked(noun: Token, own: frozenset[str], rule: Rule, g: Grammar, depth: int) -> list[Mention]:
    """The actor a denied role, link or claim ties the denier to.

    Looks at the noun's actor modifiers ("Iranian involvement", "Hamas'
    offensive") and the subject of a relative clause on it ("the strike, which
    the Islamic Resistance had claimed"), then at objects of the rule's link
    prepositions ("links to Iran"), then one level down through any
    prepositional phrase ("role in Hamas' attack"). A "by" or "from" on a
    claim, the denied one or a document it is in, names who makes the claim,
    not who is linked ("insinuations from Indian officials", "claims in a
    report by UN experts"; as modality's claimant).
    """
    claimant = noun.lower_ in g.words("claim_nouns")  # "the FT's claims", "accusations by Israel", "a report by X"
    if depth > 0 and noun.lower_ in g.words("group_nouns"):
        # people named as a group stand for whom they serve, as anywhere else: "any deployment of Russian mercenaries
        # from the Wagner group" ties the denier to Wagner, not to Russia (a demonym on a non-state group noun)
        linked = [m for m in g.referents(noun) if m.actor not in own]
        if linked:
            return linked
    fight = depth > 0 and noun.lower_ in g.words("assault_nouns")
    for child in noun.children:
        if child.dep_ in MODIFIER_DEPS and (child.i in g.at or child.tag_ == "PRP$"):
            if claimant or g.demonym_of_group(child, noun):
                continue  # (nor a nationality: "denied the presence of Russian mercenaries" names no state)
            if noun.lower_ in g.words("involvement_nouns") and _cleared_owner(child, own, g):
                continue  # their own role, a person's: no tie denied
            if fight and child.dep_ in ("amod", "compound") and child.ent_type_ in ("GPE", "NORP"):
                continue  # a fight's ground, no party: "denied any role in the Fooland war" (not "in Fooland's war")
            candidates = g.referents(child)
        elif child.dep_ == "relcl" and depth > 0:
            candidates = [m for c in child.children if c.dep_ == "nsubj" and c.i in g.at for m in g.referents(c)]
        else:
            continue
        linked = [m for m in candidates if m.actor not in own]
        if linked:
            return linked
    for prep in noun.children:
        if prep.dep_ != "prep" or (claimant and prep.lower_ in CLAIMANT_PREPS):
            continue
        if fight and prep.lower_ == "between":
            continue  # who fights whom is no party of a denied part in the fight: "any role in the clashes between X and Y"
        direct = prep.lower_ in rule.object_preps and not (depth == 0 and prep.lower_ == "by")
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            named = [obj, *(c for c in obj.children if c.dep_ == "conj")] if direct else []
            if not direct and depth == 0 and obj.lower_ in g.words("group_nouns"):
                named = [obj]  # people named by where they come from: "the presence of fighters from Boko Haram"
            linked = [m for m in g.referents_of(named) if m.actor not in own and not _event_place(m, g)]
            if not direct:  # (where they come from as a place is no party: "fighters from Libya")
                linked = [m for m in linked if g.doc[m.root].ent_type_ not in PLACE_TYPES]
            if not linked and depth == 0 and obj.lower_ in g.words("claim_nouns"):
                linked = _linked(obj, own, rule, g, depth)  # "a rebuttal of claims of Iranian involvement"
            if not linked and depth == 0:  # one level down only: not "the killing of the Lebanese prime minister"
                linked = _linked(obj, own, rule, g, depth + 1)
            if linked:
                return linked
    return []


def _cleared_owner(child: Token, own: frozenset[str], g: Grammar) -> bool:
    """Whether the owner ``child`` of a denied role or involvement (``vocab/involvement_nouns.txt``) is no other party
    of the deniers ``own``: a pronoun that takes the denier in ("Fooland and Barland denied their role in the
    smuggling"), or a person ("Fooland denied Kassie Moor's involvement in ..."): the denial clears them, it denies no
    tie (round 33). A foreign side stays the tied party: "Bazbal rejected Fooian involvement in the attack"."""
    found = g.referents(child)
    if child.tag_ == "PRP$":
        return bool({m.actor for m in found} & own)
    return bool(found) and all(g.is_person(m) for m in found)


def denial_clause(
    rule: Rule, v: Token, g: Grammar, found: list[Candidate]
) -> Iterator[tuple[Candidate | None, Candidate | None]]:
    """Denial of a relation between the denier and another actor, with the relation it denies.

    The relation is stated in a complement after the denial ("Iran denied
    that it armed Hamas", "rejected claims that it had armed Moscow"): the
    denied relation is the denier's own denial, not the article's statement,
    so it comes back as consumed. Or the denial rests on a claim noun renaming
    the clause before it ("Wagner is suspected of supplying missiles to the
    RSF, a charge the group has rejected"; also parsed "an allegation Moscow
    rejects" with the noun inside the subject): the claim stands as the
    article gives it. With no relation in a complement whose own subject is
    the denier, the actor its object names is the link ("Ankara denies that
    it is directing the SNA's offensive").
    """
    if not is_verbal(v) or not (_has_required(rule, v) or _stranded_requirement(rule, v)):
        return
    deniers, source = _deniers(v, g)
    claim = _claim(rule, v)
    complements = [c for c in v.children if c.dep_ in COMPLEMENT_DEPS and c.i > v.i] + _listed_object(v, COMPLEMENT_DEPS)
    complements += _verdicts(v, g) + [
        c for c in repairs.claim_read_as_verb(v)  # "dismissed as lies reports that ..."
        if c.lower_ in rule.themes and any(s.dep_ == "nsubj" and s.lower_ in g.words("false_words") for s in c.children)
    ]
    if g.is_passive(v):  # the denied claim as the subject: "the allegations that Iran armed Hamas were denied by Tehran"
        complements += [c for c in v.children if c.dep_ == "nsubjpass" and c.lower_ in rule.themes]
    # the said clause before its speaker: "Iran has never armed the Houthis, its minister said" (the statement stands
    # as the article gives it, negated, beside the speaker's denial)
    fronted = [c for c in v.children if c.dep_ in ("ccomp", "parataxis") and c.i < v.i] if rule.negated_object else []
    complements += fronted
    if fronted and _unnamed_speaker(v, deniers, g):
        # an official no one names speaks for the side whose act his fronted statement negates: "Fooland has never sent
        # arms to X, the official said" -> Fooland denies X (round 34), also a named official of no known side ("...,
        # spokesperson Ivo Maric said", round 35); an act, not a description ("Fooland is not a patron of X, the official
        # said" is the written case rel-049's negated backing alone)
        deniers = unique([c.subject for c in found if c.rule.relation != "denies" and is_verbal(c.cue)
                          and _negated(c.cue, g) and _inside(c.cue.i, fronted) and not _refused(c.cue, v, g)])
    own = frozenset(d.actor for d in deniers)
    # who makes the denied claim is no party to it, even when the parser hangs the claim's content on the maker:
    # "denied allegations by Fooian officials that it was arming ..." (the clause read as a relative of "officials")
    # (also a claim noun read as a verb: "denied Fooian intelligence claims that ...")
    misread = [c for c in complements if c.tag_ in ("VBZ", "VBP")]
    makers = _claim_makers(_denied_nouns(complements) + misread + ([claim] if claim is not None else []), g)
    stated = False
    for cand in found:
        if cand.rule.relation == "denies":
            continue
        if rule.negated_object and not _negated(cand.cue, g):
            continue  # "Qatar insists it takes no money from Iran" denies; "Qatar says it funds Hamas" does not
        if claim is not None:
            if cand.cue.i > claim.i:
                continue
        elif not _inside(cand.cue.i, complements):
            continue
        for d in deniers:
            other = _other_party(cand, d, g)
            if other is not None and other.actor in makers:
                if claim is None:  # a misread of the denied content: no row of it, no denial of the claimant
                    yield None, cand
                continue
            if other is not None:
                stated = True
                for row in _pairs(rule, [d], [other], v):
                    if row.strong:
                        kept = claim is not None or _inside(cand.cue.i, fronted)
                        yield replace(row, source=source), None if kept else cand
    if not stated:
        # a denied recipient that is anyone at all: the party an accusation in the sentence names ("denied supplying
        # weapons to any party, after Kyiv claimed China was arming Russia")
        # (a statement denies only what it negates: "saying Beijing had never armed anyone", not "saying that any attack
        # on it is unacceptable"; round 38)
        says_not = not rule.negated_object or any(negates(t, g) for c in complements for t in c.subtree)
        others = _accused_party(complements, own, found, g) if says_not else []
        yield from ((replace(c, source=source), None) for c in _pairs(rule, deniers, others, v) if c.strong)
        stated = bool(others)
    if stated or rule.negated_object:
        return
    # no relation stated in the denied content: the actors it names
    if claim is not None:  # "..., a claim the group has rejected": the clause the claim renames, naming the denier
        stated_in = claim.head if v.dep_ in ("relcl", "acl") and v.head.i == claim.i else v.head
        while repairs.renaming_object(claim) and stated_in.dep_ == "conj":
            stated_in = stated_in.head  # "... that X had sent fighters and that they were fighting, an assertion ..."
        if repairs.claim_after_comma(v) is claim:
            stated_in = repairs.claimed_clause(claim) or stated_in
        contents = [(stated_in, True)] if is_verbal(stated_in) and stated_in.i != v.i else []
    else:  # "denied that the movement takes orders from Tehran"; "denied supplying weapons to ..."
        contents = [(c, c.dep_ == "ccomp") for c in complements if c.dep_ in ("ccomp", "xcomp")]
        contents += [(o, False) for o in complements if o.dep_ == "dobj" and _gerund_object(o, g)]
        # a gerund coordinated with the denied one is denied too: "denies training **or sheltering** the Taliban" (also
        # after a gerund the tagger took for a noun: "denies funding/NN or hosting Hamas")
        gerunds = [c for c, finite in contents if not finite] + [
            o for o in complements if o.dep_ == "dobj" and o.lower_.endswith("ing")
        ]
        contents += [
            (cj, False) for c in {t.i: t for t in gerunds}.values() for cj in c.conjuncts
            if cj.i > c.i and cj.tag_ == "VBG" and cj.i not in {t.i for t, _ in contents}
            and _tie_word(cj, g)  # (not "denied arming X and attacking Israel")
        ]
        # a claim's content clause: "rejected suggestions that it controls HTS", "rejected as baseless claims that
        # ...", "dismissed as fake the reports that ..."
        contents += [(a, True) for o in _denied_nouns(complements) if o.lower_ in rule.themes for a in _claim_contents(o)]
        # a claim's gerund with no doer of its own is the denier's, when it says a tie: "rejected allegations of
        # supporting the Taliban" (a relation's cue or a verb of taking part; not "accusations of killing ...")
        # (also after about, over, regarding ..., on the claim or hung on the denial verb: "rejects the accusations
        # regarding supplying weapons to X"; and a gerund coordinated with it: "of inciting war and arming X")
        claims = [o for o in _denied_nouns(complements) if o.lower_ in rule.themes]
        abouts = [of for o in claims for of in o.children if of.dep_ == "prep" and of.lower_ in CONTENT_PREPS]
        abouts += [p for p in v.children if p.dep_ == "prep" and p.lower_ in CONTENT_PREPS - {"of", "on"}] if claims else []
        gerunds = [p for of in abouts for p in of.children if p.dep_ == "pcomp"]
        gerunds += [c for p in gerunds for c in p.conjuncts if c.i > p.i]
        contents += [
            (p, False)
            for p in {t.i: t for t in gerunds}.values()
            if p.tag_ == "VBG" and not any(c.dep_ in ("nsubj", "nsubjpass", "poss") for c in p.children)
            and (p.lemma_ in g.words("participation_verbs") or any(r.relation != "denies" for r in cued_rules(p, g.rules)))
        ]
    for content, finite in contents:
        actors = _content_actors(content, g)
        if content.dep_ == "dobj":  # the gerund's recipient hangs on the denial verb: "denied supplying weapons to X"
            actors += [m for p in v.children if p.dep_ == "prep" and p.i > content.i for m in _content_actors(p, g)]
        if finite and not own & {m.actor for m in actors}:
            # "Moscow denied that Wagner fighters were in Mali" links Wagner and Mali, not Moscow; but "Hamas rejected
            # reports that Iran helped plan the assault" gives Iran a part in what Hamas did
            actors = _participants(content, g)
        # the tied party is never the accuser: "X accused Y of ..., a charge Y denied", "denied allegations by X that ..."
        accusers = _accusers(content, g) | makers
        others = unique([m for m in actors if m.actor not in own | accusers and not _event_place(m, g)])
        yield from ((replace(c, source=source), None) for c in _pairs(rule, deniers, others, v) if c.strong)


def _accusers(content: Token, g: Grammar) -> frozenset[str]:
    """Who makes an accusation in the denied content: the subject of an accusation verb in it (its agent in a passive):
    "with Kiir **accusing** Machar of plotting a coup, an allegation Machar denied" -> Kiir."""
    verbs = [t for t in content.subtree if t.lemma_.lower() in g.words("accusation_verbs") and is_verbal(t)]
    return frozenset(m.actor for v in verbs for m in (g.agents(v) if g.is_passive(v) else g.subjects(v)))


def _claim_makers(claims: list[Token], g: Grammar, nouns: frozenset[str] | None = None) -> frozenset[str]:
    """Who makes the claims a denial answers, named on the claim noun: its owner ("rejected **Fooland's**
    accusations"), an actor or organ before it ("**Fooian** intelligence claims"; the subject when the parser read the
    noun as a verb), its "by" or "from" object ("allegations by **Fooian** officials") or its "of" object when that
    names a state's organ or officials ("the accusations of the **Fooian** authorities"); never the party a denial ties
    the denier to (not "claims of Fooian involvement": no organ). Those words and their modifiers' actors. The claim
    nouns are ``nouns`` when given ("evidence from X" also names who gives it), else vocab ``claim_nouns``."""
    organs = g.words("government_nouns") | g.words("official_titles") | g.words("organ_nouns") | g.words("state_organ_nouns")
    nouns = g.words("claim_nouns") if nouns is None else nouns
    named: list[Token] = []
    for claim in claims:
        if claim.lower_ not in nouns:
            continue
        for c in claim.children:
            if c.dep_ == "poss":
                named.append(c)
            elif (c.dep_ == "nsubj" and claim.tag_ in ("VBZ", "VBP")) or (
                c.dep_ in NP_MODIFIER_DEPS and c.i < claim.i and (c.i in g.at or c.lower_ in organs | g.words("group_nouns"))
            ):
                # a maker named before the noun: "U.S. claims", "Russian intelligence claims" (not "funding claims"),
                # also as the subject of the noun read as a verb
                named += [n for k in (c, *c.conjuncts) for n in _with_modifiers(k)]
            elif c.dep_ == "prep" and c.lower_ in (*CLAIMANT_PREPS, "of"):
                for obj in (o for o in c.children if o.dep_ == "pobj"):
                    if c.lower_ == "of" and obj.lower_ not in organs:
                        continue
                    named += [n for k in (obj, *obj.conjuncts) for n in _with_modifiers(k)]
    return frozenset(m.actor for m in g.referents_of(named))


def _with_modifiers(noun: Token) -> list[Token]:
    """A noun with its prenominal modifiers and their conjuncts ("Fooian and Barlandi officials")."""
    return [noun] + [m for k in noun.children if k.dep_ in NP_MODIFIER_DEPS for m in (k, *k.conjuncts)]


def _accused_party(complements: list[Token], own: frozenset[str], found: list[Candidate], g: Grammar) -> list[Mention]:
    """Whom a denial of ties to anyone denies: the other party of a relation of the denier that someone else claims
    in the same sentence (alleged or reported), when what is denied names anyone at all (``vocab/universal_words.txt``:
    "denied supplying weapons to **any** party ..., after Zelensky claimed China was arming Russia", "..., saying
    Beijing had never armed **anyone**"). Not a tie the author states ("China, which arms Russia, denied ..."), nor
    a denied thing that is no tie ("Fooland, denying **any** breach of sanctions, ...": a universal word on the denied
    noun itself counts only on a word of ``vocab/denial_objects.txt``, "any role"; round 36)."""
    if not any(t.lower_ in g.words("universal_words") and not (
        t.dep_ == "det" and t.head in complements and t.head.lower_ not in g.words("denial_objects")
    ) for c in complements for t in c.subtree):
        return []
    out = []
    for cand in found:
        if cand.rule.relation == "denies" or _inside(cand.cue.i, complements):
            continue
        verdict = assess(cand.cue, g)
        if verdict is None or verdict.modality not in ("alleged", "reported"):
            continue
        if cand.subject.actor in own and cand.object.actor not in own:
            out.append(cand.object)
        elif cand.object.actor in own and cand.subject.actor not in own:
            out.append(cand.subject)
    return unique(out)


def _event_place(m: Mention, g: Grammar) -> bool:
    """A place where the denied thing happens, not a party to it: "denies that its mercenaries are fighting **in
    Sudan**", "any role in the attack **in Syria**" (a place name, or a description of a country as a place, "in the
    Central African nation" (``vocab/place_nouns.txt``), after a preposition of ``vocab/place_preps.txt``); or the
    place or target of an attack or campaign (:func:`_assault_ground`, round 18)."""
    root = g.doc[m.root]
    if _assault_ground(root, g):
        return True
    place = root.ent_type_ in ("GPE", "LOC", "FAC") or (not root.ent_type_ and root.lower_ in g.words("place_nouns"))
    return place and root.dep_ == "pobj" and root.head.lower_ in g.words("place_preps")


def _assault_ground(root: Token, g: Grammar) -> bool:
    """The target of an attack or a campaign (``vocab/assault_nouns.txt``), what it is **on** or **against** ("denied
    that its citizens backed the raid **on Kerman**"), or the country whose name or demonym sets it in a place phrase
    ("denied that its drones were used **in the Chilean campaign**"): where the denied act happened or whom it struck,
    no party of the denial (round 18; any actor as a target, since the parser often takes a town for an
    organisation)."""
    head = root.head
    if root.dep_ == "pobj" and head.lower_ in ("on", "against") and head.head.lower_ in g.words("assault_nouns"):
        return True
    return (
        root.ent_type_ in ("GPE", "NORP")
        and root.dep_ in ("amod", "compound")
        and head.dep_ == "pobj"
        and not head.ent_type_
        and head.lower_ in g.words("assault_nouns")
        and head.head.lower_ in g.words("place_preps")
    )


def _stranded_requirement(rule: Rule, v: Token) -> bool:
    """A required verdict the parser hung at the end of the denied claim's content clause (:func:`repairs.stranded_verdict`):
    "called the claims that it trains the Taliban **absurd**"."""
    verdict = repairs.stranded_verdict(v) if rule.requires else None
    return verdict is not None and any(w.lower_ in rule.requires for w in (verdict, *verdict.children))


def _participants(content: Token, g: Grammar) -> list[Mention]:
    """The actors a denied clause says took part in something the denier did: its subject, when its verb is one of
    taking part (``vocab/participation_verbs.txt``: "Iran helped plan the assault", "Eritrean troops took part in the
    fighting", "the US was involved in the strike") and no actor is its object ("Iran armed Hamas" ties Iran to
    Hamas, not to the denier)."""
    objects = [c for c in content.children if c.dep_ in ("dobj", "dative")]
    phrase = f"{content.lemma_} {objects[0].lower_}" if objects else content.lemma_
    if content.lemma_ not in g.words("participation_verbs") and phrase not in g.words("participation_verbs"):
        return []
    objects += g.pobjs(content, frozenset({"to", "for", "with"}))
    if any(t.i in g.at for o in objects for t in o.subtree):
        return []
    subjects = [c for c in content.children if c.dep_ in ("nsubj", "nsubjpass")]
    return unique([m for s in subjects for m in _content_actors(s, g)])


def uninvolved(rule: Rule, v: Token, g: Grammar) -> Iterator[Candidate]:
    """A denier saying it has no part in another actor's doings: "Iran said it was not involved in the Houthi attacks",
    "the ministry insisted that Turkey is not linked to the group", "Hezbollah is not behind the attack, the group said",
    "Iran says it does not control the Houthis" (a verb of ``themes`` with an object); with ``negated_object``, a
    passive giving of weapons or money with no agent, negated on its subject or verb, is the speaker's: "no missiles
    were sent to Russia, Tehran said".

    The cue is the saying verb; its complement is a negated participle of ``themes`` (or a copula with a ``themes``
    preposition), whose subject is the speaker; the other party is named by the participle's ``object_preps``
    (directly, or as the owner of what they name). Said of someone else ("Iran was not involved, US officials said"),
    it is no denial.
    """
    if not is_verbal(v):
        return
    speakers: list[Mention] | None = None  # who denies, read once a negated complement needs them (most verbs have none)
    for c in (c for c in v.children if c.dep_ in ("ccomp", "parataxis")):
        unsent = rule.negated_object and _unsent(c, g)
        if rule.negated_object and not unsent:
            continue  # (the rule of things not given: a passive giving with no agent only)
        if not any(k.dep_ == "neg" or (k.dep_ == "advmod" and k.lower_ in g.words("negation_words")) for k in c.children) and not (
            unsent and any(k.dep_ == "nsubjpass" and has_negator(k, g) for k in c.children)  # "no missiles were sent to X"
        ) and not (
            c.lemma_ in rule.themes and any(k.dep_ == "dobj" and has_negator(k, g) for k in c.children)  # "it hosts no X fighters"
        ):
            continue
        if any(k.dep_ == "aux" and k.lower_ in FUTURE_AUXILIARIES for k in c.children):
            continue  # an intention, no denial of a tie: "Turkey said it would not cooperate with the PKK"
        objects = []
        if c.lemma_ in rule.themes:
            preps = [p for p in c.children if p.dep_ in ("prep", "dative") and p.lower_ in rule.object_preps]
            objects = [o for o in c.children if o.dep_ == "dobj"]  # "it does not control the Houthis"
        elif c.lemma_ == "be":
            preps = [p for p in c.children if p.dep_ == "prep" and p.lower_ in rule.themes]
        else:
            continue
        if speakers is None:
            speakers, source = _deniers(v, g)
            own = frozenset(m.actor for m in speakers)
        if not own & {m.actor for m in g.subjects(c)} and not unsent:
            continue  # said of another (weapons sent by no one named are the speaker's to send)
        linked: list[Mention] = []
        for obj in [*objects, *(o for p in preps for o in p.children if o.dep_ == "pobj")]:
            linked += _named_or_linked(obj, own, rule, g)
        deniers = [m for m in speakers if m.actor in own]
        yield from (replace(row, source=source) for row in _pairs(rule, deniers, unique(linked), v) if row.strong)


# auxiliaries of what a speaker will or would do (not what it does or did)
FUTURE_AUXILIARIES = frozenset({"will", "would", "shall", "'ll", "'d", "wo"})


def _unsent(clause: Token, g: Grammar) -> bool:
    """A passive with weapons or money as its subject and no agent: "no missiles were sent to Russia", "its drones were
    not delivered to Moscow" (whoever would have sent them is the speaker)."""
    return g.is_passive(clause) and not g.pobjs(clause, frozenset({"by"})) and any(
        k.dep_ == "nsubjpass" and any(n.lower_ in g.words("weapons_nouns") | g.words("funding_nouns") for n in _theme_nodes(k, g))
        for k in clause.children
    )


def judged_clause(
    rule: Rule, v: Token, g: Grammar, found: list[Candidate]
) -> Iterator[tuple[Candidate, Candidate | None]]:
    """A speaker calling a claim false in what it says: "Qatar said the accusations that it funds Hamas are
    baseless", "any claim seeking to link the operation to Iran is invalid, the mission said".

    The claim (a ``themes`` noun) is the subject of the said clause, a word of ``vocab/false_words.txt`` its
    predicate. As with :func:`denial_clause`, a relation stated in the claim between the speaker and another actor
    is denied (and consumed); else the actors of its content clause when it names the speaker, the actors it is
    linked to ("claims of Iranian involvement"), or a definite claim's content in the sentence before.
    """
    if not is_verbal(v):
        return
    claims = _claims_called_false(v, rule, g)
    if not claims:
        return
    deniers, source = _deniers(v, g)
    own = frozenset(d.actor for d in deniers)
    stated = False
    for cand in found:
        if cand.rule.relation == "denies" or not _inside(cand.cue.i, claims):
            continue
        for d in deniers:
            other = _other_party(cand, d, g)
            if other is not None:
                stated = True
                yield from ((replace(row, source=source), cand) for row in _pairs(rule, [d], [other], v) if row.strong)
    if stated:
        return
    for claim in claims:
        if is_verbal(claim):  # "when they claim that it arms X, it has no basis": what the verb claims
            contents = [a for a in claim.children if a.dep_ == "ccomp"]
        else:
            contents = _claim_contents(claim)
        actors = [m for a in contents for m in _content_actors(a, g)]
        others = [m for m in actors if m.actor not in own] if own & {m.actor for m in actors} else []
        if not is_verbal(claim):
            others = others or _linked(claim, own, rule, g, depth=0) or _claimed_before(claim, own, g)
            makers = _claim_makers([claim], g)
            others = [m for m in others if m.actor not in makers]
        yield from ((replace(c, source=source), None) for c in _pairs(rule, deniers, unique(others), v) if c.strong)


# prepositions that give a claim noun its content: "claims **about** Turkish rifles being shipped to Hamas"
CONTENT_PREPS = frozenset({"about", "of", "over", "on", "regarding", "concerning"})


def _claim_contents(claim: Token) -> list[Token]:
    """What a claim noun says: its content clause ("reports **that** Iran armed Hamas", also read as a relative clause),
    or a clause with its own subject after a preposition ("claims about Turkish rifles **being shipped** to
    Hamas", "reports of weapons **being sent** to X")."""
    return [a for a in claim.children if a.dep_ in ("acl", "relcl") and any(m.dep_ == "mark" for m in a.children)] + [
        p for prep in claim.children if prep.dep_ == "prep" and prep.lower_ in CONTENT_PREPS
        for p in prep.children if p.dep_ == "pcomp" and any(c.dep_ in ("nsubj", "nsubjpass") for c in p.children)
    ]


def _claims_called_false(v: Token, rule: Rule, g: Grammar) -> list[Token]:
    """Claim nouns that are the subject of a clause the verb says, with a false word as its predicate: "said **the
    accusations** ... were baseless"; or a truth word negated ("were **not true**"), or no ground ("have **no
    basis**")."""
    out = []
    # (also a predicate the parser hung under the claim's content clause, the claim the saying verb's object:
    # "said reports that it armed the Houthis were false")
    stranded = {
        p.i: (p, claim) for claim in v.children if claim.dep_ == "dobj" and claim.lower_ in rule.themes
        for p in [repairs.stranded_predicate(claim)] if p is not None
    }
    for clause in [c for c in v.children if c.dep_ in ("ccomp", "parataxis")] + [p for p, _ in stranded.values()]:
        verdicts = [c for c in clause.children if c.dep_ in ("acomp", "attr", "oprd")]
        negated = any(c.dep_ == "neg" for c in clause.children)
        if any(w.lower_ in g.words("false_words") for c in verdicts for w in (c, *c.children)) or (
            negated and any(c.lower_ in g.words("truth_words") for c in verdicts)  # "were not true"
        ) or any(  # "have no basis"
            c.dep_ == "dobj" and c.lower_ in g.words("ground_nouns") and has_negator(c, g) for c in clause.children
        ):
            subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
            if clause.i in stranded:
                subjects = [stranded[clause.i][1]]
            out += [c for c in subjects if c.lower_ in rule.themes]
            if any(s.lower_ in PRONOUN_CLAIMS and s.pos_ in ("PRON", "DET") for s in subjects):
                # the claim stated by a verb in an adverbial clause of the verdict: "when they claim that ..., it has
                # no basis", "if anyone says ..., that is a lie"
                out += [a for a in clause.children if a.dep_ == "advcl" and a.lemma_.lower() in g.words("claim_verbs")]
    return out


def accused_denial(
    rule: Rule, v: Token, g: Grammar, found: list[Candidate]
) -> Iterator[tuple[Candidate | None, Candidate | None]]:
    """The accused's denial of an accusation its sentence states (round 35): "X has accused Fooland of arming Bazbal,
    accusations Fooland denies", "Fooland faces accusations, which it denies, of arming Bazbal", "Fooland is accused of
    backing Bazbal but denies involvement". Each supply, training or backing the sentence gives as alleged, whose
    subject is the denier, is denied; the accusation stays beside the denial.

    Only a denial that names nothing of its own: no clause, and for an object a claim noun (``themes``) with nothing
    hung on it, or a pronoun ("which it denies"); not "denied involvement in the attack", not a negated denial."""
    if not is_verbal(v) or _negated(v, g) or any(c.dep_ in ("ccomp", "xcomp") and c.i > v.i for c in v.children):
        return  # (a clause before the verb may be the accusation itself: "X accused Y of ..., accusations Y denies")
    objects = [c for c in v.children if c.dep_ in ("dobj", "nsubjpass")]
    if not all(_bare_claim(o, rule) for o in objects):
        return
    deniers, source = _deniers(v, g)
    for cand in found:
        own = [d for d in deniers if d.actor == cand.subject.actor]
        if not own or cand.rule.relation == "denies" or cand.cue.i == v.i:
            continue
        verdict = assess(cand.cue, g)  # (only for a tie of the denier's: the costly test last)
        if verdict is not None and verdict.modality == "alleged":
            yield from ((replace(c, source=source), None) for c in _pairs(rule, own, [cand.object], v) if c.strong)


def _bare_claim(obj: Token, rule: Rule) -> bool:
    """A denial's object that says nothing of its own: a pronoun, or a claim noun with no phrase or clause on it."""
    if obj.tag_ in ("PRP", "WDT", "WP"):
        return True
    return obj.lower_ in rule.themes and not any(c.dep_ in ("prep", "acl", "relcl", "ccomp", "appos") for c in obj.children)


# the constructions that read the relations found in their sentence (a denial consumes the relation it denies)
CLAUSE_CONSTRUCTIONS = {"denial_clause": denial_clause, "judged_clause": judged_clause, "accused_denial": accused_denial}
# constructions whose relation is a modifier naming a noun phrase, the writer's own label ("the Iran-backed Houthis"):
# asserted whoever is reported around it (modality.assess, ``label``)
LABELS = frozenset({"hyphen"})


def _verdicts(v: Token, g: Grammar) -> list[Token]:
    """A judgement the parser hangs on a denial verb, with the denied claim as its object: "dismissed **as fake** the
    reports that ..." ("fake" an adverbial clause whose object is "reports")."""
    return [
        c for c in v.children
        if c.dep_ in ("advcl", "oprd", "acomp", "xcomp") and c.i > v.i and c.lower_ in g.words("false_words")
        and any(o.dep_ == "dobj" for o in c.children)
    ]


def _denied_nouns(complements: list[Token]) -> list[Token]:
    """The nouns a denial verb's complements deny: its object, the object of a verdict on it ("dismissed as fake the
    reports"), a claim after "as" ("rejected as baseless claims that ...")."""
    out = []
    for c in complements:
        if c.dep_ == "dobj":
            out.append(c)
        elif c.dep_ == "prep" and c.lower_ == "as":
            out += [o for o in c.children if o.dep_ == "pobj"]
        elif c.dep_ != "prep":
            out += [o for o in c.children if o.dep_ == "dobj" and c.dep_ not in ("ccomp", "xcomp")]
    return out


def _negated(cue: Token, g: Grammar) -> bool:
    verdict = assess(cue, g)
    return verdict is not None and verdict.modality == "negated"


def _deniers(v: Token, g: Grammar) -> tuple[list[Mention], str | None]:
    """Who denies, and the person speaking for them: "X, a spokesman for Islamic Jihad, denied" -> (Islamic Jihad, X),
    "X, a senior Hamas official, denied" -> (Hamas, X); a titled official speaks for the body the title names.

    A passive denial's denier is its agent: "..., a charge rejected by Tehran" (not the claim it renames)."""
    representatives = g.officials
    if g.is_passive(v) and g.pobjs(v, frozenset({"by"})):
        agents = g.agents(v)
        if agents:
            return agents, None
        # "..., a charge denied by an adviser to Serbia's President Aleksandar Vucic" -> Serbia
        for agent in (a for a in g.pobjs(v, frozenset({"by"})) if a.lower_ in representatives):
            bodies = _titled_body(agent, g)
            if bodies:
                return bodies, None  # (the body's own word, as a titled official's denial is)
        return [], None
    for subject in (c for c in v.children if c.dep_ == "nsubj"):
        for appos in (c for c in subject.children if c.dep_ == "appos" and c.lower_ in representatives):
            # "X, a spokesman for Islamic Jihad", "X, a senior Hamas official"
            bodies = _titled_body(appos, g)
            if bodies:
                speaker = g.referents(subject)
                return bodies, speaker[0].actor if speaker else subject.text
    subjects = g.subjects(v)
    titles = g.words("leader_titles") | g.words("official_titles")
    for subject in (c for c in v.children if c.dep_ == "nsubj" and c.ent_type_ in ("PERSON", "ORG")):
        # a leader titled by a state speaks for it: "Serbian President Aleksandar Vucic dismissed ..." (also a name
        # the recogniser took for an organisation: "Rwanda's government spokesperson Yolande Makolo")
        states = [m for t in subject.children if t.dep_ == "compound" and t.lower_ in titles
                  for m in g.actor_modifiers(t)]
        if states:
            return unique(states), None  # the state's own word, as the article gives it
    # a person titled earlier in the article speaks for the body of his title: "Ali Barakeh, a senior Hamas
    # official, said ... He rejects reports that ..." -> Hamas (the row the article states, no attribution)
    bodies = [g.speaks_for(m, v.i) for m in subjects]
    if subjects and all(bodies):
        return unique([b for found in bodies for b in found]), None
    if not subjects:  # a representative speaks for the body named after him: "a spokesman for Fooland's foreign ministry"
        subjects = [
            m for s in v.children if s.dep_ == "nsubj" and s.lower_ in representatives for m in _titled_body(s, g)
        ]
    if not subjects:  # officials of a state named by its seat: "officials in Moscow rejected ...", "a spokesman in Kigali"
        subjects = [
            m for s in v.children if s.dep_ == "nsubj" and s.lower_ in titles | representatives
            for m in g.referents_of(g.pobjs(s, frozenset({"in"}))) if g.doc[m.root].ent_type_ == "GPE"
        ]
    return subjects, None


def _inside(i: int, phrases: Iterable[Token]) -> bool:
    """Whether token ``i`` lies inside one of ``phrases`` (each the span from its left to its right edge)."""
    return any(p.left_edge.i <= i <= p.right_edge.i for p in phrases)


def _other_party(cand: Candidate, denier: Mention, g: Grammar) -> Mention | None:
    """The party of ``cand`` on the other side from ``denier``: its object when its subject is the denier or the state
    he leads as head of state ("Ruto rejected claims that Nairobi backs X" -> X; round 34), and the other way round;
    None when neither party is his."""
    side = {denier.actor, g.rules.leaders.get(denier.actor)}
    return cand.object if cand.subject.actor in side else cand.subject if cand.object.actor in side else None


def _unnamed_speaker(v: Token, deniers: list[Mention], g: Grammar) -> bool:
    """Whether the speaker of ``v`` is an official or spokesman the sentence names no side of: "the official said",
    "a spokesman stated", "spokesperson Ivo Maric said" (a person of no known side or state: ``deniers`` found no body
    he speaks for; round 35); not "a Fooian official", not "an official in Barland", not a head of state."""
    speakers = [c for c in v.children if c.dep_ == "nsubj"]
    if len(speakers) != 1 or not any(
        t.lower_ in g.officials and (t.i == speakers[0].i or t.dep_ in ("compound", "appos")) for t in speakers[0].subtree
    ):
        return False
    named = [g.at[t.i] for t in speakers[0].subtree if t.i in g.at]
    return all(g.is_person(m) and m.actor not in g.rules.leaders for m in named) and (
        {d.actor for d in deniers} <= {m.actor for m in named}
    )


def _refused(cue: Token, top: Token, g: Grammar) -> bool:
    """Whether a verb of negation above ``cue`` (below ``top``) negates it: a refusal is no denial ("Fooland has refused
    to send arms to X, the minister said"; round 35)."""
    for t in cue.ancestors:
        if t.i == top.i:
            return False
        if t.lemma_.lower() in g.words("negation_verbs"):
            return True
    return False


def _receiving(verb: Token, g: Grammar) -> bool:
    """A verb of receiving (the back-off's receiving hosts: receive, get, accept ...), whose "from" names a giver."""
    return g.rules.roles is not None and verb.lemma_.lower() in g.rules.roles["hosts"]["receiving"]


def _titled_body(title: Token, g: Grammar) -> list[Mention]:
    """The body a representative's or official's title names: "a spokesman **for** Islamic Jihad", "a senior **Hamas**
    official", "an adviser **to** Serbia's President Aleksandar Vucic" (a leader titled by a state: the state)."""
    named = g.pobjs(title, frozenset({"for", "of", "to"}))
    leaders = g.words("leader_titles")
    states = [  # ("Azerbaijan's" on the title or on the name)
        m for n in named for t in (n, *n.children) if t.lower_ in leaders and (t.i == n.i or t.dep_ == "compound")
        for m in g.actor_modifiers(t) or [m for m in g.actor_modifiers(n) if g.doc[m.root].ent_type_ == "GPE"]
    ]
    return unique(states) or g.referents_of(named) or g.actor_modifiers(title)


def _gerund_object(noun: Token, g: Grammar) -> bool:
    """A denied object the parser made of a gerund clause: "denied supplying weapons" ("supplying" as a modifier),
    "denied funding Hamas" ("funding" a noun compound on the name), "denied financing Hamas" (the gerund itself),
    "denied training Houthi drone operators" ("training" a noun compound opening the object, a name after it)."""
    if noun.tag_ == "VBG":
        return True
    return any(
        c.dep_ in NP_MODIFIER_DEPS and c.i < noun.i and (c.tag_ == "VBG" or _gerund_compound(c, noun, g))
        for c in noun.children
    )


def _gerund_compound(c: Token, noun: Token, g: Grammar) -> bool:
    """A noun compound in -ing on a denied object that is the denied gerund: on a name ("denied funding Hamas"), or
    opening the object with a name after it and a verb of a tie or a relation's cue ("denied training Houthi drone
    operators"; not "denied funding cuts")."""
    if c.dep_ != "compound" or not c.lower_.endswith("ing"):
        return False
    if noun.pos_ == "PROPN":
        return True
    return (
        c.i == noun.left_edge.i
        and any(t.pos_ == "PROPN" for t in noun.subtree if t.i < noun.i)
        and any(_tie_lemma(stem, g) for stem in misread_stems(c.lower_))
    )


def _tie_lemma(lemma: str, g: Grammar) -> bool:
    """A verb of a tie (``vocab/tie_verbs.txt``), of taking part (``vocab/participation_verbs.txt``) or one that cues a
    relation other than a denial: what a denied gerund must be to tie its doer to someone ("denies training or
    sheltering the Taliban"; not "... and attacking Israel")."""
    return (
        lemma in g.words("tie_verbs") or lemma in g.words("participation_verbs")
        or any(r.relation != "denies" for r in g.rules.by_lemma.get(lemma, ()))
    )


def _tie_word(tok: Token, g: Grammar) -> bool:
    """:func:`_tie_lemma` for a token, by every rule it cues (a gerund the tagger misread, a cue by form too)."""
    return _tie_lemma(tok.lemma_.lower(), g) or any(r.relation != "denies" for r in cued_rules(tok, g.rules))


# edges out of a denied clause's own statement: asides, adverbial and further clauses
CONTENT_STOP_DEPS = frozenset({"relcl", "appos", "acl", "advcl", "parataxis", "punct"})


def _content_actors(head: Token, g: Grammar) -> list[Mention]:
    """Actors a denied clause names as its arguments and their owners, not deeper.

    "the movement takes orders from Tehran" -> the movement, Tehran; "it controls HTS, the group whose offensive
    toppled Assad" -> it, HTS (not Assad, in an aside); "it was behind the attack on the base in Jordan" -> it
    (not Jordan, two prepositions down). A verb coordinated onto the clause is another statement.
    """
    out: list[Mention] = []
    stack = [head]
    while stack:
        t = stack.pop()
        mention = g.at.get(t.i)
        if mention is None and t.tag_ == "PRP" and t.dep_ == "nsubj":  # "rejected the notion that it takes ..."
            mention = next(iter(g.referents(t)), None)
        if mention is not None:
            out.append(mention)
        for c in t.children:
            if c.dep_ in CONTENT_STOP_DEPS or (c.dep_ == "prep" and t.dep_ == "pobj" and mention is None):
                continue
            if c.dep_ == "conj" and is_verbal(c) and c.i > head.i and t.i == head.i:
                continue
            if mention is not None and c.dep_ not in ("conj", "cc"):
                continue  # "Lebanon's Hezbollah" names Hezbollah
            if g.demonym_of_group(c, t) or (c.dep_ == "prep" and any(
                g.origin_of_group(o, n) for o in c.children
                for n in (t, *(d for d in t.children if d.dep_ == "dobj" and is_verbal(t) and not _receiving(t, g)))
            )):
                continue  # "shielding Colombian rebels", "sent fighters from northern Syria" name no actor (but
                # "received fighters from Iran" names their sender)
            stack.append(c)
    return unique(sorted(out, key=lambda m: m.start))


def _claim(rule: Rule, v: Token) -> Token | None:
    """The claim noun a denial rests on: "..., a charge the group has rejected", "an allegation Moscow rejects"."""
    if v.dep_ in ("relcl", "acl") and v.head.lower_ in rule.themes and (
        v.head.dep_ in ("appos", "npadvmod", "dep") or repairs.renaming_object(v.head)
    ):
        # (also "a claim that Iran has always rejected", its "that" read as a content clause's: no object of its own)
        if v.dep_ == "relcl" or relative_as_content_clause(v):
            return v.head
    # "..., which Qatar denies": the relative pronoun stands for the statement before the comma
    for obj in (c for c in v.children if c.dep_ == "dobj" and c.lower_ == "which" and c.i < v.i):
        if v.dep_ == "relcl" and obj.i > 0 and v.doc[obj.i - 1].text == ",":
            return obj
    # a fronted object: "..., a charge Tehran denies" (parsed as the object of a clause hung on the statement)
    for obj in (c for c in v.children if c.dep_ == "dobj" and c.i < v.i and c.lower_ in rule.themes):
        if v.dep_ in ("advcl", "relcl", "ccomp", "conj") and v.head.i < obj.i:
            return obj
    renaming = repairs.claim_after_comma(v)  # "..., charges it has denied" (charges read as a verb or as the root)
    if renaming is not None and renaming.lower_ in rule.themes:
        return renaming
    if not any(c.dep_ in COMPLEMENT_DEPS and c.i > v.i for c in v.children):
        for subject in (c for c in v.children if c.dep_ == "nsubj"):
            for t in subject.subtree:
                if t.i < subject.i and t.lower_ in rule.themes and t.dep_ in ("compound", "nmod"):
                    return t
    return None


MEANS_PREPS = frozenset({"with", "through", "via"})


def means(rule: Rule, v: Token, g: Grammar) -> Iterator[Candidate]:
    """A verb of help whose means make the relation: "supported the LNA with tanks and drones" (funds),
    "assisted the STC financially" (funds), "helped Hamas with training" (trains).

    The means are a theme after "with" ("through", "via": "helps the regime through oil transfers"), or a manner
    adverb among ``requires``; the arguments are the verb's.
    """
    if not is_verbal(v):
        return
    adverbs = [a for c in v.children if c.dep_ == "advmod" for a in (c, *(x for x in c.children if x.dep_ == "conj"))]
    # (the parser often hangs the means on the object: "helped [the RSF with money]")
    means = g.pobjs(v, MEANS_PREPS) + [w for o in v.children if o.dep_ == "dobj" for w in g.pobjs(o, MEANS_PREPS)]
    if not (any(_is_theme(w, rule, g) for w in means) or any(a.lower_ in rule.requires for a in adverbs)):
        return
    if g.is_passive(v):
        yield from _pairs(rule, g.agents(v), g.patients(v), v)
    else:
        yield from _pairs(rule, g.subjects(v), g.objects(v), v)


def title(rule: Rule, t: Token, g: Grammar) -> Iterator[Candidate]:
    """A role noun before a name, as its title: "Iran's proxy Hezbollah", "its proxy Hezbollah", "its patron Iran";
    or on a group noun: "a proxy force of the Kremlin".

    The name (or whom the group noun's phrase renames) is the ``head_is`` argument; the possessor (of the name or
    of the title, or the group noun's "of"/"for") the other."""
    if t.dep_ not in NP_MODIFIER_DEPS:
        return
    head = t.head
    if head.i in g.at:
        named, owners = g.referents(head), g.actor_modifiers(head)
    elif head.lower_ in g.words("group_nouns"):
        # the role on a group noun, which stands for whom the phrase renames, not for its owner: "Wagner,
        # operating as a proxy force of the Kremlin", "Hezbollah is Iran's proxy militia"
        owners = g.actor_modifiers(head) + g.referents_of(g.pobjs(head, frozenset({"of", "for"})))
        named = g.renamed(head)
    else:
        return
    own = {m.actor for m in named}
    others = [m for m in owners + g.actor_modifiers(t) if m.actor not in own]
    if rule.head_is == "subject":
        yield from _pairs(rule, named, unique(others), t)
    else:
        yield from _pairs(rule, unique(others), named, t)


def purpose(rule: Rule, v: Token, g: Grammar) -> Iterator[Candidate]:
    """Material sent for a purpose: "shipped weapons to support Haftar's offensive", "supplied drones to help the army".

    The cue is the help verb of the purpose clause; the clause it serves must give a theme (its object).
    """
    if v.dep_ not in ("advcl", "xcomp") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
        return
    giver = v.head
    if not is_verbal(giver) or g.is_passive(giver) or not any(
        _is_theme(c, rule, g) for c in giver.children if c.dep_ == "dobj"
    ):
        return
    yield from _pairs(rule, g.subjects(giver), g.objects(v), v)  # (an undertaking stands for its owner: "X's offensive")


CONSTRUCTIONS: dict[str, Callable[[Rule, Token, Grammar], Iterator[Candidate]]] = {
    "pattern": pattern,
    "hyphen": hyphen,
    "denial": denial,
    "means": means,
    "judged": judged,
    "denial_noun": denial_noun,
    "uninvolved": uninvolved,
    "title": title,
    "purpose": purpose,
}
