"""From a sentence to Relation records: match cues, build candidates, assess modality."""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.records import Relation
from pipeline.relations.arguments import ARMY_AS_STATE, Grammar, Mention
from pipeline.relations.constructions import (
    CLAUSE_CONSTRUCTIONS,
    CONSTRUCTIONS,
    LABELS,
    Candidate,
    cued_rules,
    is_sum,
    measured_by_sum,
)
from pipeline.relations.modality import Assessment, assess, spoken_denial, withheld
from pipeline.relations.repairs import clause_opening_conjunct
from pipeline.relations.roles import backoff
from pipeline.relations.ruleset import RuleSet

WITH = frozenset({"with"})

# When one sentence states the same triple twice, keep the most cautious reading.
CAUTION = {"negated": 0, "alleged": 1, "reported": 2, "asserted": 3}


def sentence_relations(sent: Span, rules: RuleSet, g: Grammar) -> list[Relation]:
    """Every relation the sentence states, one record per (subject, relation, object)."""
    cues = g.cue_tokens(sent)
    if not cues:
        return []  # (no word of the sentence cues a rule, specific or back-off)
    found: list[Candidate] = []
    clause_cues = []
    for tok in cues:
        cued = cued_rules(tok, rules)
        # a denial not made: "Hezbollah cannot deny its role in ...", "refused to deny the report" (asked once per cue)
        denial_withheld = any(rule.relation == "denies" for rule in cued) and withheld(tok, g)
        for rule in cued:
            if rule.relation == "denies" and denial_withheld:
                continue
            if rule.construction in CLAUSE_CONSTRUCTIONS:
                clause_cues.append((rule, tok))
            else:
                found.extend(CONSTRUCTIONS[rule.construction](rule, tok, g))
    denials, consumed, claimed = [], set(), set()
    for rule, tok in clause_cues:
        for denial, denied in CLAUSE_CONSTRUCTIONS[rule.construction](rule, tok, g, found):
            if denial is not None:  # (None: a relation consumed with no denial of it)
                denials.append(denial)
            if denied is not None and denial is not None and _claimed(denied, denial, g):
                claimed.add(id(denied))  # "X denied allegations that it backs Y": the denial, and the claim, alleged
            elif denied is not None and (denial is None or not _accused_by_another(denied, denial, g)):
                consumed.add(id(denied))  # "Iran denies arming the Houthis": the denial, no funds row
    # the back-off (roles rules) only for a pair no specific rule paired here, in any relation or direction
    made = {frozenset((c.subject.actor, c.object.actor)) for c in (*found, *denials)}
    understood = frozenset(c.cue.i for c in (*found, *denials))  # (a cue a specific rule read: not backed off)
    backed_off = [c for c in backoff(sent, rules, g, understood) if frozenset((c.subject.actor, c.object.actor)) not in made]
    found = [c for c in found + backed_off if c.strong and id(c) not in consumed] + denials
    found = [c for c in found if not g.owns(c.subject, c.object)]  # ("Pakistani intelligence agencies ... them")
    found = [c for c in found if not _own_state(c, rules)]  # ("the Fooian Armed Forces will train them": not Fooland)
    # no object that is the next clause's subject ("with Moscow arming X and Beijing arming Y": Beijing is not armed)
    found = [c for c in found if not clause_opening_conjunct(g.doc[c.object.root])]
    found = [c for c in found if not supply_purpose(c, found, g) and not means_help(c, found, g) and not financial_backing(c, g)]
    if not found:
        return []

    best: dict[tuple[str, str, str], Relation] = {}
    for cand in found:
        verdict = assess(cand.cue, g, cue_negation=cand.rule.negated_object, label=cand.rule.construction in LABELS)
        if verdict is None:
            continue
        if id(cand) in claimed and (verdict.denied or verdict.modality in ("asserted", "reported")):
            verdict = Assessment("alleged", verdict.attributed_to)  # the claim a denial answers, as a claim
        if verdict.denied and cand.rule.relation != "denies":
            continue  # a tie someone else denies is no statement of the article: "X denied that Iran armed Y" (no funds row)
        if cand.rule.construction == "accused_denial" and verdict.modality == "alleged":
            verdict = Assessment("asserted", None)  # the answer to the accusation, not part of it (a misparse hangs it there)
        if cand.rule.relation == "denies" and verdict.modality == "reported" and verdict.attributed_to == cand.subject.actor:
            verdict = Assessment("asserted", None)  # "Ankara insists it has no part in ...": saying so is the denial
        if cand.rule.relation == "denies" and cand.source is None and verdict.modality == "asserted":
            spoken = spoken_denial(cand.cue, g)  # an official who says it is not so: "the minister said X sends no arms"
            verdict = Assessment("reported", spoken) if spoken else verdict
        if cand.source is not None and verdict.modality == "asserted":
            verdict = Assessment("reported", cand.source)  # "X, a spokesman for the group, denied ..."
        rel = relation_record(sent, cand.subject, cand.rule.relation, cand.object, verdict, cand.cue, cand.rule.id,
                              rules.version, rules)
        key = (rel.subject, rel.relation, rel.object)
        if key not in best or CAUTION[rel.modality] < CAUTION[best[key].modality]:
            best[key] = rel
    return [rel for key, rel in best.items() if not _army_beside_state(key, best, rules)]


def supply_purpose(cand: Candidate, found: list[Candidate], g: Grammar) -> bool:
    """A backing row whose cue is a verb of helping in the purpose clause of a supply the sentence states between the
    same two actors: "sent missiles to help Ukraine defend itself", "shipped cash to help the junta pay its troops"
    state the supply (a funds row, from the sending verb or from the purpose itself, ``funds.purpose``); the help is
    what the supply is for, not a second relation (round 22). Only the verbs of helping (vocab ``purpose_help_verbs``): "flew jets
    to Libya to support the contingent" is the backing the held-out gold reads there. Not a help verb of its own
    clause ("helped the army and sent it drones"), nor a purpose with no supply of the same pair beside it ("sent
    troops to help Assad"). A verb of backing (vocab ``sum_purpose_verbs``) only under a sum of money: "allocated $5
    million to support the army" states the funding alone (round 35)."""
    v = cand.cue
    if cand.rule.relation != "backs" or v.dep_ not in ("advcl", "xcomp") or not any(
        c.dep_ == "aux" and c.lower_ == "to" for c in v.children
    ):
        return False
    if v.lemma_ not in g.words("purpose_help_verbs") and not (
        v.lemma_ in g.words("sum_purpose_verbs") and any(c.dep_ == "dobj" and is_sum(c) for c in v.head.children)
    ):
        return False
    return _pair_stated(cand, found, ("funds",), (v.i, v.head.i))


def means_help(cand: Candidate, found: list[Candidate], g: Grammar) -> bool:
    """A backing row whose cue is a verb of helping (vocab ``purpose_help_verbs``) with means that are all training,
    weapons or money, when a row of the means' relation between the same two actors comes from the same verb:
    "helped the group with training", "assisting Barland with drones and funds" state the training or the supply
    (``trains.means``, ``funds.means``), not a backing besides (round 37: the blind gold writes the means' relation
    alone, or the backing as optional). Not "supported X with arms" (the backing the gold reads beside the supply),
    nor help with anything else ("helped X with advice and weapons")."""
    v = cand.cue
    if cand.rule.relation != "backs" or v.lemma_.lower() not in g.words("purpose_help_verbs"):
        return False
    means = _with_conjuncts(g.pobjs(v, WITH))
    if not means:
        return False
    themes = _given_themes(g)
    if any(n.lower_ not in themes for n in means):
        return False
    return _pair_stated(cand, found, ("funds", "trains"), (v.i,))


def _pair_stated(cand: Candidate, found: list[Candidate], relations: tuple[str, ...], cues: tuple[int, ...]) -> bool:
    """Whether ``found`` holds a row of one of ``relations`` between ``cand``'s two actors, cued at one of ``cues``."""
    pair = (cand.subject.actor, cand.object.actor)
    return any(f.rule.relation in relations and (f.subject.actor, f.object.actor) == pair and f.cue.i in cues
               for f in found)


def _with_conjuncts(objects: list[Token]) -> list[Token]:
    """``objects`` with the conjuncts of each: a verb's themes or means ("with drones and money")."""
    return [n for o in objects for n in (o, *o.conjuncts)]


def _given_themes(g: Grammar) -> frozenset[str]:
    """The themes of the other relations: weapons, money and training."""
    return g.words("weapons_nouns") | g.words("funding_nouns") | g.words("training_nouns")


def financial_backing(cand: Candidate, g: Grammar) -> bool:
    """A backing row read from support the sentence calls financial or monetary (vocab ``money_adjectives``) and
    nothing else: "a key financial supporter of X", "with Fooian financial support, the group ...", "provided arms,
    training and financial support to X". Money given is funding (``funds.nominal.material``,
    ``funds.role_noun.financial``), not general backing (round 24 read so ``backs.nominal``; round 26 every backs rule).
    Not support another word also describes, as an adjective or as a coordinated noun the parser read for one:
    "political and financial support", "military, intelligence and financial support", "army and monetary help";
    nor a financial role noun coordinated with another role ("a financial backer and an ally of X", round 19)
    (coordinated weapons, money or training are themes of the other relations: "arms, training and financial
    support" gives no backing)."""
    if cand.rule.relation != "backs":
        return False
    nouns = g.words("support_nouns") | g.words("support_role_nouns")
    cue = cand.cue
    if cue.lower_ in nouns:  # the role or support noun and the nouns coordinated with it ("a backer and an ally of X")
        listed = [cue, *cue.conjuncts]
    else:  # a verb's themes: its object, or its "with" object ("provided X with financial aid"), and their conjuncts
        objects = [p for c in cue.children if c.dep_ == "prep" and c.lower_ == "with" for p in c.children if p.dep_ == "pobj"]
        listed = _with_conjuncts(objects or [c for c in cue.children if c.dep_ in ("dobj", "nsubjpass")])
    supports = [n for n in listed if n.lower_ in nouns]
    themes = _given_themes(g)
    return (
        bool(supports)
        and all(_money_only(n, g) for n in supports)
        and all(n.lower_ in nouns or n.lower_ in themes for n in listed)
    )


def _money_only(noun: Token, g: Grammar) -> bool:
    """Whether ``noun`` has a money adjective coordinated with no other adjective ("a key financial supporter"; not
    "political and financial support"), or a sum measures it ("military assistance of $345 million to X", round 37:
    ``funds.nominal.material`` reads the sum as its theme)."""
    money = g.words("money_adjectives")
    adjectives = [c for c in noun.children if c.dep_ == "amod"]
    return any(a.lower_ in money and not a.conjuncts for a in adjectives) or measured_by_sum(noun)


def _own_state(cand: Candidate, rules: RuleSet) -> bool:
    """A row between a state and its own army or civil organ (``RuleSet.army_states``, ``organ_states``, read from the
    gazetteer): one party, never a relation between the two ("the Fooian Armed Forces will support the Barlandi army
    and train them", "them" resolved to Fooland; "the Fooian army, trained by the EU Training Mission Fooland")."""
    pair = (cand.subject.actor, cand.object.actor)
    return any(owners.get(a) == b for owners in (rules.army_states, rules.organ_states) for a, b in (pair, pair[::-1]))


def _army_beside_state(key: tuple[str, str, str], rows: dict, rules: RuleSet) -> bool:
    """A row of the sentence that names one party twice over, as a state's army and as the state, beside the row naming
    it the other way with the same relation and other party: one phrase read twice ("the main suppliers of weapons to
    the Myanmar military" gives the military by its name and the state by its modifier). The row kept names the party
    as the real-news gold does: the state in a row of supply, training or denial (``arguments.ARMY_AS_STATE``), except
    for an army at war for rule of its state, which stays the army (``RuleSet.warring_armies``; round 21)."""
    subject, relation, obj = key
    for army, state in ((obj, rules.army_states.get(obj)), (subject, rules.army_states.get(subject))):
        if state is not None and relation in ARMY_AS_STATE and _renamed(key, army, state) in rows:
            return True  # the army's row goes: its state's stays
    for army, state in rules.warring_armies.items():
        if state in (subject, obj) and _renamed(key, state, army) in rows:
            return True  # the state's row goes: its army's stays
    return False


def _renamed(key: tuple[str, str, str], old: str, new: str) -> tuple[str, str, str]:
    subject, relation, obj = key
    return (new if subject == old else subject, relation, new if obj == old else obj)


def relation_record(sent: Span, subject: Mention, relation: str, obj: Mention, verdict: Assessment, cue: Token,
                    rule: str, version: str, rules: RuleSet) -> Relation:
    """One row: the two mentions, the evidence sentence (trimmed; offsets into the original text), the cue word,
    the rule and its rule-set version, and the relation's event codes."""
    text = sent.text
    start = sent.start_char + len(text) - len(text.lstrip())
    evidence = text.strip()
    cameo, plover = rules.codes(relation, verdict.modality)
    return Relation(
        subject=subject.named_in(relation),
        relation=relation,
        object=obj.named_in(relation),
        modality=verdict.modality,
        attributed_to=verdict.attributed_to,
        evidence=evidence,
        evidence_start=start,
        evidence_end=start + len(evidence),
        subject_text=subject.text,
        subject_start=subject.start,
        subject_end=subject.end,
        object_text=obj.text,
        object_start=obj.start,
        object_end=obj.end,
        cue=cue.text,
        rule=rule,
        rules_version=version,
        cameo_code=cameo,
        plover_code=plover,
    )


def _accused_by_another(denied: Candidate, denial: Candidate, g: Grammar) -> bool:
    """Whether the row a denial denies is also an accusation an actor other than the denier, named in the same
    sentence, makes ("X rejected accusations by Y, who claimed that X armed Z", "X rejected a report by a UN panel that
    cited allegations of X arming Z"): that row stays as the sentence presents it, alleged and attributed to the
    accuser, beside the denial ("if people claim that it funds Hamas, that is a lie" names no accuser: consumed, the
    denial alone)."""
    verdict = assess(denied.cue, g, cue_negation=denied.rule.negated_object)
    if verdict is None or verdict.modality != "alleged" or verdict.attributed_to in (None, "", denial.subject.actor):
        return False
    sent, source = denied.cue.sent, verdict.attributed_to
    mentions = g.mentions_in(sent)
    if any(m.actor == denial.subject.actor and m.text in source for m in mentions):
        return False  # the denier in the article's words: "the Kremlin said the claims that it armed X were absurd"
    # an actor, or a source the sentence names in its own words with a name in it ("a report by a UN panel"; not
    # "if people claim that it funds X, that is a lie")
    return any(m.actor == source for m in mentions) or (source in sent.text and any(e.text in source for e in sent.ents))


def _claimed(denied: Candidate, denial: Candidate, g: Grammar) -> bool:
    """Whether the relation a denial denies is the content of a claim noun the denial verb takes as its object
    ("Fooland denied allegations that it backs the militia", "rejected claims in a report by UN experts that it was
    backing X", "the accusations that it helps X were denied by Fooland"): the claim stands beside the denial as a
    claim, alleged (round 27), where a denied clause with no claim noun ("Fooland denies it backs X") is the denial
    alone."""
    if denied.rule.relation not in g.rules.claimed_relations:
        return False
    verb, cue = denial.cue, denied.cue
    claims = g.words("claim_nouns")
    return any(
        c.dep_ in ("dobj", "nsubjpass") and c.lower_ in claims and c.left_edge.i <= cue.i <= c.right_edge.i
        for c in verb.children
    )
