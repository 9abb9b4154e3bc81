"""The back-off construction "cue roles": a cue word of a relation and the roles of the actors around it.

The specific constructions (:mod:`constructions`) each know one dependency shape. This one knows none: for a
cue of a ``roles`` rule (a verb lemma or a noun form of the relation's word class; a transfer or receiving verb
only with a theme of the relation's class among its dependents), every direct dependent of the cue gets a role
from the role table (``configs/relations/roles.yaml``: giver or receiver, per frame and voice); its actors are
whom its noun phrase stands for (``Grammar.referents``), else the named mentions of the sentence that reach it
through a few transparent links (coordination, flat names, a group noun's compound, "fighters of X", "forces loyal
to X"). It yields a pair only when exactly one dependent gives the giver side and one the receiver side, and the
extractor keeps it only at a cue no specific rule read and for a pair no specific rule paired in the sentence
(:func:`pipeline.relations.extract.sentence_relations`).
Modality, the no-actor filter and the strength check are the same as for every rule.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from pipeline.relations.arguments import MODIFIER_DEPS, Grammar, Mention, unique
from pipeline.relations.constructions import Candidate, _destination, _is_noun, _is_theme, _pairs, rules_in
from pipeline.relations.repairs import is_verbal
from pipeline.relations.ruleset import Rule, RuleSet

PREP_DEPS = frozenset({"prep", "agent", "dative"})
# where a transfer verb's theme is: "sent drones", "drones were sent", "supplied X with drones", "drones sent to X"
THEME_DEPS = frozenset({"dobj", "nsubjpass", "attr", "oprd"})
THEME_PREPS = frozenset({"with", "of", "for", "in"})


def backoff_rules(tok: Token, rules: RuleSet) -> list[Rule]:
    """The ``roles`` rules a token cues: verbs by lemma (a misread gerund by its verb), nouns by form."""
    if not rules.backoff_by_lemma and not rules.backoff_by_form:
        return []
    return rules_in(tok, rules.backoff_by_lemma, rules.backoff_by_form)


def backoff(sent: Span, rules: RuleSet, g: Grammar, understood: frozenset[int] = frozenset()) -> list[Candidate]:
    """Every candidate the ``roles`` rules give in the sentence (the extractor then drops the pairs that a
    specific rule made). ``understood``: cue tokens a specific rule made a candidate of: their shape is known."""
    if rules.roles is None:
        return []
    mentions: list[Mention] | None = None
    out: list[Candidate] = []
    for tok in g.cue_tokens(sent):
        if tok.i in understood:
            continue
        for rule in backoff_rules(tok, rules):
            if mentions is None:
                mentions = g.mentions_in(sent)
            out.extend(cue_roles(rule, tok, g, mentions))
    return out


def cue_roles(rule: Rule, cue: Token, g: Grammar, mentions: list[Mention]) -> Iterator[Candidate]:
    """The (giver, receiver) pairs of one cue: each dependent's role from the table, the actors reaching it."""
    table = g.rules.roles
    if rule.themes and rule.themes.isdisjoint(g.sentence_forms(cue)) and "money" not in rule.themes:
        return  # (no theme word in the sentence)
    if rule.cue == "verb":
        if not is_verbal(cue):
            return
        voice = "passive" if g.is_passive(cue) else "active"
    else:
        if not _is_noun(cue) and (_container(cue) is None or rule.frame not in ("noun", "noun_of_trainee")):
            return  # (an event noun may modify its container; an agent noun names its own referent)
        voice = "noun"
    roles = table["frames"][rule.frame].get(voice, {})
    if rule.themes and not _has_theme(rule, cue, g):
        return
    sides: dict[str, dict[str, list[Mention]]] = {"giver": {}, "receiver": {}}
    for key, tok in _slots(cue, table["hosts"]):
        if voice != "noun" and key in ("nsubj", "nsubjpass", "dobj"):
            continue  # (the verb's own arguments below, with the parser repairs they need)
        role = roles.get(key)
        if role is None:
            continue  # a place ("in", "at", "across"), a time, an adverbial: no role
        if rule.themes and _is_theme(tok, rule, g):
            continue  # the thing given is no party, nor its maker's name ("sold Falcon drones to X")
        found = _slot_actors(key, tok, cue, g, mentions, table)
        if found:
            sides[role].setdefault(key, []).extend(found)
    # the verb's own arguments through control, coordination, relative clauses and the parser repairs
    # ("continues to fund", "Hamas, which Iran funds", "According to X, Iran has helped ...")
    if voice == "active":
        _default(sides, roles.get("nsubj"), "nsubj", lambda: g.subjects(cue))
        if rule.frame == "act":  # (a transfer verb's object is its theme: "voiced support for A and called B ...")
            _default(sides, roles.get("dobj"), "dobj", lambda: g.objects(cue))
    elif voice == "passive":
        _default(sides, roles.get("agent:by"), "agent:by", lambda: g.agents(cue))
        _default(sides, roles.get("nsubjpass"), "nsubjpass", lambda: g.patients(cue))
    _own_modifiers(sides)
    givers, receivers = _one_side(sides["giver"]), _one_side(sides["receiver"])
    receivers = [m for m in receivers if not _destination(m, cue, g)]  # ("shipped arms to Sudan to help the RSF")
    if givers and receivers:
        yield from _pairs(rule, givers, receivers, cue)


def _default(sides: dict[str, dict[str, list[Mention]]], role: str | None, key: str, find) -> None:
    if role is None or sides[role]:
        return
    found = find()
    if found:
        sides[role][key] = found


def _own_modifiers(sides: dict[str, dict[str, list[Mention]]]) -> None:
    """A dependent naming only actors the noun cue itself stands for plays no second role: "Polish, Canadian and
    Norwegian instructors" are the three states' instructors, none the trainee of another."""
    for own, other in (("giver", "receiver"), ("receiver", "giver")):
        actors = {m.actor for m in sides[own].get("self", [])}
        for key in [k for k, found in sides[other].items() if actors and {m.actor for m in found} <= actors]:
            del sides[other][key]


def _one_side(slots: dict[str, list[Mention]]) -> list[Mention]:
    """The actors of a side when one dependent gives it (or several give the same actors); else none: two
    dependents naming different givers (or receivers) are a shape the table does not know."""
    sets = {frozenset(m.actor for m in found) for found in slots.values()}
    if len(sets) != 1:
        return []
    return unique([m for found in slots.values() for m in found])


def _container(cue: Token) -> Token | None:
    """The noun a noun cue modifies as a compound ("the aid package", "arms deliveries", "a training mission"),
    which carries the cue's dependents; None for a cue heading its own phrase."""
    if cue.dep_ in ("compound", "nmod") and cue.head.i != cue.i and cue.head.pos_ in ("NOUN", "PROPN"):
        return cue.head
    return None


def _slots(cue: Token, hosts: dict[str, list[str]]) -> Iterator[tuple[str, Token]]:
    """The cue's dependents with their keys in the role table: a label ("nsubj"), a preposition's object
    ("prep:to"), the noun a participle modifies ("head:acl"), a noun's host verb ("host:giving"), a noun cue
    itself ("self")."""
    origin = cue
    if not is_verbal(cue):
        container = _container(cue)
        if container is not None:  # "Washington's aid package for Kyiv": the package's dependents are the aid's
            cue = container
        yield "self", cue
    for child in cue.children:
        if child.i == origin.i:
            continue
        if child.dep_ in PREP_DEPS:
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                for obj in objects:
                    yield f"{child.dep_}:{child.lower_}", obj
                continue
        yield child.dep_, child
    if cue.dep_ in ("acl", "amod") and cue.head.i != cue.i:
        yield "head:acl", cue.head
    if cue.dep_ in ("dobj", "pobj", "nsubjpass") and cue.head.i != cue.i:
        host = cue.head.head if cue.dep_ == "pobj" else cue.head  # "relies on Iranian support"
        lemma = host.lemma_.lower()
        if lemma in hosts["giving"] and cue.dep_ == "dobj":
            yield "host:giving", host
        elif lemma in hosts["receiving"] and cue.dep_ != "nsubjpass":
            yield "host:receiving", host
        elif cue.dep_ == "pobj" and cue.head.lower_ in hosts["with"] and is_verbal(host) and cue.head.dep_ == "prep":
            yield "host:with", host  # "With Russian backing, the junta retook the town"
    if cue.dep_ == "nsubj" and cue.head.lemma_.lower() in hosts.get("enabling", ()) and is_verbal(cue.head):
        yield "host:enabling", cue.head  # "Iranian funding helped North Korea develop missiles"


def _slot_actors(
    key: str, tok: Token, cue: Token, g: Grammar, mentions: list[Mention], table: dict
) -> list[Mention]:
    if key == "self":
        return g.referents(cue)
    if key == "host:enabling":  # whom the verb lets act: its object, else the subject of its clause
        objects = [c for c in tok.children if c.dep_ == "dobj"]
        clauses = [s for c in tok.children if c.dep_ in ("ccomp", "xcomp") for s in c.children if s.dep_ == "nsubj"]
        return g.referents_of(objects or clauses)
    if key.startswith("host:"):
        return g.subjects(tok)
    if key == "head:acl":
        return g.patients(cue)
    if tok.dep_ in MODIFIER_DEPS and tok.i not in g.at and tok.tag_ != "PRP$" and tok.lower_ not in g.words("group_nouns"):
        return []  # a modifier that is no actor ("military", "financial")
    # whom the noun phrase stands for (group nouns, appositions, lists ...); only when that finds no one, the
    # actors that reach it through transparent links ("Lebanon's Hezbollah militant group" is Hezbollah only)
    return g.referents(tok) or unique([m for m in mentions if m.named and _reaches(g.doc[m.root], tok, g, table)])


def _reaches(tok: Token, slot: Token, g: Grammar, table: dict) -> bool:
    """Whether a mention's root reaches the slot by at most ``max_links`` transparent links up the tree."""
    links = table["links"]
    groups = g.words("group_nouns")
    for _ in range(table["max_links"] + 1):
        if tok.i == slot.i:
            return True
        head, dep = tok.head, tok.dep_
        if head.i == tok.i:
            return False
        if dep in links["any"]:
            tok = head  # "Iran and Syria", "Abu Dhabi"
        elif dep in links["group"] and head.lower_ in groups:
            tok = head  # "Hamas fighters"
        elif dep == "pobj" and head.dep_ == "prep" and head.head.lower_ in groups and head.lower_ in links["group_preps"]:
            if g.origin_of_group(tok, head.head):
                return False  # where they come from: "mercenaries from Chad"
            tok = head.head  # "fighters of the PMF"
        elif (
            dep == "pobj" and head.dep_ == "prep" and head.head.lower_ in links["group_adjectives"]
            and head.head.head.lower_ in groups
        ):
            tok = head.head.head  # "forces loyal to Haftar"
        else:
            return False
    return False


def _has_theme(rule: Rule, cue: Token, g: Grammar) -> bool:
    """A theme of the rule's class among the cue's dependents: its object ("sent drones"), its passive subject,
    a preposition's object ("supplied X with drones", "relies on X for weapons"), or the noun a passive
    participle modifies ("drones sent to X")."""
    nodes = [c for c in cue.children if c.dep_ in THEME_DEPS]
    nodes += [o for c in cue.children if c.dep_ in PREP_DEPS and c.lower_ in THEME_PREPS for o in c.children if o.dep_ == "pobj"]
    if cue.dep_ in ("acl", "amod", "relcl"):
        nodes.append(cue.head)  # (and "the drones Iran sent to X")
    return any(_is_theme(n, rule, g) for n in nodes)
