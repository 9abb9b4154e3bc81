"""Why a relation was missed or produced: the parse between its two arguments, for rule authors.

``explain_miss`` takes a parsed Doc and a gold triple (its names given as a
predicate over actor names) and finds the closest pair of argument mentions in
one sentence, the dependency path between them, the cue words on that path,
and what each rule of the relation cued in the sentence did with it (no pair,
other pairs, or the pair dropped by the strength check or the modality
filter). ``explain_extra`` gives the rule, cue and path of a produced row.
``path_shape`` abstracts a path (dependency labels, parts of speech,
prepositions) so that misses of one construction group together.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from pipeline.relations.arguments import Grammar, Mention
from pipeline.relations.constructions import CLAUSE_CONSTRUCTIONS, CONSTRUCTIONS, LABELS, Candidate, cued_rules
from pipeline.relations.modality import assess
from pipeline.relations.ruleset import Rule, RuleSet

NameTest = Callable[[str], bool]

# the group of a miss whose arguments cannot be paired in a sentence
NO_SUBJECT = "subject not an actor mention"
NO_OBJECT = "object not an actor mention"
APART = "arguments not in one sentence"


@dataclass(frozen=True, slots=True)
class Step:
    """One edge of a dependency path: ``up`` from a child to its head, else down to a child."""

    token: Token  # the token the step arrives at
    dep: str  # the label of the edge (the child's)
    up: bool


@dataclass(frozen=True, slots=True)
class Attempt:
    rule: str
    cue: str
    outcome: str


@dataclass(frozen=True, slots=True)
class Explanation:
    group: str  # path shape, or one of NO_SUBJECT / NO_OBJECT / APART
    sentence: str = ""
    path: str = ""
    cues: tuple[str, ...] = ()
    attempts: tuple[Attempt, ...] = ()


def dep_path(a: Token, b: Token) -> list[Step]:
    """The steps from ``a`` up to the lowest common head and down to ``b`` (empty when a is b)."""
    up = [a, *a.ancestors]
    down = [b, *b.ancestors]
    common = next((t for t in up if t in down), None)
    if common is None:
        return []
    steps = [Step(t.head, t.dep_, True) for t in up[: up.index(common)]]
    below = down[: down.index(common)]
    steps += [Step(t, t.dep_, False) for t in reversed(below)]
    return steps


def _node(tok: Token) -> str:
    return tok.lower_ if tok.pos_ == "ADP" else (tok.pos_ or tok.tag_ or "X")


def path_shape(steps: list[Step]) -> str:
    """ "S <nsubj VERB >dobj NOUN >prep to >pobj O": labels and parts of speech (prepositions as words)."""
    parts = ["S"]
    for k, step in enumerate(steps):
        parts.append(("<" if step.up else ">") + step.dep)
        parts.append("O" if k == len(steps) - 1 else _node(step.token))
    return " ".join(parts) if steps else "S = O"


def path_text(start: Token, steps: list[Step]) -> str:
    """The same path with the words: "Iran <nsubj funds >dobj Hamas"."""
    return " ".join([start.text, *(f"{'<' if s.up else '>'}{s.dep} {s.token.text}" for s in steps)])


def cue_candidates(tokens: list[Token], rules: RuleSet) -> list[str]:
    """Content words on a path, each with the rules it cues ("no rule" when none)."""
    out = []
    for tok in tokens:
        if tok.pos_ not in ("VERB", "NOUN", "ADJ", "AUX") and not cued_rules(tok, rules):
            continue
        ids = sorted({r.id for r in cued_rules(tok, rules)})
        out.append(f"{tok.text} ({', '.join(ids) if ids else 'no rule'})")
    return out


def _closest_pair(g: Grammar, relation: str, subject: NameTest, obj: NameTest) -> tuple[Mention, Mention] | str:
    """The subject and object mentions in one sentence with the shortest path, or why there are none (each mention
    under the name a row of ``relation`` gives it: ``Mention.named_in``)."""
    mentions = list({m.start: m for m in g.at.values()}.values())
    subjects = [m for m in mentions if subject(m.named_in(relation))]
    objects = [m for m in mentions if obj(m.named_in(relation))]
    if not subjects:
        return NO_SUBJECT
    if not objects:
        return NO_OBJECT
    doc = g.doc
    pairs = [
        (len(dep_path(doc[s.root], doc[o.root])), s, o)
        for s in subjects
        for o in objects
        if s != o and doc[s.root].sent == doc[o.root].sent
    ]
    if not pairs:
        return APART
    _, s, o = min(pairs, key=lambda p: (p[0], p[1].start, p[2].start))
    return s, o


def _outcome(cands: list[Candidate], subject: NameTest, obj: NameTest, g: Grammar) -> str:
    named = [(c, c.subject.named_in(c.rule.relation), c.object.named_in(c.rule.relation)) for c in cands]
    hits = [c for c, s, o in named if subject(s) and obj(o)]
    if not cands:
        return "no pair"
    if not hits:
        return "other pairs: " + "; ".join(sorted({f"{s} -> {o}" for _, s, o in named}))
    cand = hits[0]
    if not cand.strong:
        return "the pair, dropped: both arguments are coreference guesses"
    if g.owns(cand.subject, cand.object):
        return "the pair, dropped: an institution and its owner's own word in its phrase are one party"
    verdict = assess(cand.cue, g, cue_negation=cand.rule.negated_object, label=cand.rule.construction in LABELS)
    if verdict is None:
        return "the pair, dropped by the modality filter (unreal, or a question)"
    if verdict.denied and cand.rule.relation != "denies":
        return "the pair, disputed by a denial verb: no row (a denier's own denied act is the denial alone)"
    return f"the pair ({verdict.modality}): produced unless a denial consumed it"


def rule_attempts(sent: Span, relation: str, rules: RuleSet, g: Grammar, subject: NameTest, obj: NameTest) -> list[Attempt]:
    """What every rule of ``relation`` cued in the sentence made of it."""
    found: list[Candidate] = []
    cued: list[tuple[Rule, Token]] = []
    for tok in sent:
        for rule in cued_rules(tok, rules):
            if rule.construction not in CLAUSE_CONSTRUCTIONS:
                found.extend(CONSTRUCTIONS[rule.construction](rule, tok, g))
            cued.append((rule, tok))
    attempts = []
    for rule, tok in cued:
        if rule.relation != relation:
            continue
        if rule.construction in CLAUSE_CONSTRUCTIONS:
            cands = [c for c, _ in CLAUSE_CONSTRUCTIONS[rule.construction](rule, tok, g, found) if c is not None]
        else:
            cands = list(CONSTRUCTIONS[rule.construction](rule, tok, g))
        attempts.append(Attempt(rule.id, tok.text, _outcome(cands, subject, obj, g)))
    return attempts


def explain_miss(doc: Doc, rules: RuleSet, relation: str, subject: NameTest, obj: NameTest) -> Explanation:
    """Why no rule produced (subject, relation, object) in ``doc``."""
    g = Grammar(doc, rules)
    pair = _closest_pair(g, relation, subject, obj)
    if isinstance(pair, str):
        return Explanation(pair)
    s, o = pair
    start, end = doc[s.root], doc[o.root]
    steps = dep_path(start, end)
    inner = [step.token for step in steps[:-1]]
    return Explanation(
        group=path_shape(steps),
        sentence=start.sent.text.strip(),
        path=path_text(start, steps),
        cues=tuple(cue_candidates(inner, rules)),
        attempts=tuple(rule_attempts(start.sent, relation, rules, g, subject, obj)),
    )


def explain_extra(doc: Doc, rule: str, cue: str, subject_span: tuple[int, int], object_span: tuple[int, int]) -> Explanation:
    """The rule, cue and path of a produced row (argument spans as character offsets)."""
    spans = [doc.char_span(a, b, alignment_mode="expand") for a, b in (subject_span, object_span)]
    if any(span is None for span in spans):
        return Explanation("argument offsets off the tokens", attempts=(Attempt(rule, cue, "produced"),))
    start, end = spans[0].root, spans[1].root
    steps = dep_path(start, end) if start.sent == end.sent else []
    return Explanation(
        group=path_shape(steps) if steps else APART,
        sentence=start.sent.text.strip(),
        path=path_text(start, steps) if steps else "",
        attempts=(Attempt(rule, cue, "produced"),),
    )
