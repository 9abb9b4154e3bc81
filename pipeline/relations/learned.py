"""A learned relation scorer over pairs of actor mentions in one sentence (docs/relations.md, "Learned pairs").

Pure functions over a parsed Doc and a small model:

- :func:`sentence_pairs`: every ordered pair of distinct actors mentioned in a sentence (the mentions the rules read,
  :class:`~pipeline.relations.arguments.Grammar`), each at its two closest mentions, with the dependency path
  between them and a sparse feature set (:func:`pair_features`);
- :class:`WordClasses`: which word classes of ``configs/relations`` a token belongs to (each relation's cue words,
  every vocabulary: themes, hedges, negations, reporting verbs ...). Features name classes, not only words: a class
  carries to news nobody has written yet, a word seldom does;
- :class:`PairModel`: multinomial logistic regression over :data:`CLASSES` (weights per feature), its training
  (:func:`train`: L2, full-batch gradient descent, deterministic) and its JSON form (:func:`model_from_json`).
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy
from spacy.tokens import Span, Token

from pipeline.records import Relation
from pipeline.relations.arguments import Grammar, Mention
from pipeline.relations.explain import Step, dep_path
from pipeline.relations.extract import relation_record
from pipeline.relations.modality import Assessment, assess
from pipeline.relations.ruleset import RuleSet

MODEL_VERSION = "relation_model.v2"
FEATURE_SET = "pair_features.v1"
RULE_ID = "learned.pair"
CLASSES = ("none", "funds", "trains", "backs", "denies")
MAX_PATH = 12  # longer paths (run-on sentences, misparses) are no candidates


class ModelError(ValueError):
    """A relation model file that is missing or malformed."""


# -- word classes --------------------------------------------------------------------------------------------------


class WordClasses:
    """The word classes of a rule set a token belongs to: ``cue.<relation>`` for a word that cues a rule of that
    relation (lemma for verb cues, lowercase form for noun cues, specific and back-off rules alike), and the name of
    every vocabulary holding its lemma or lowercase form."""

    def __init__(self, rules: RuleSet) -> None:
        by_word: dict[str, set[str]] = {}
        for table in (rules.by_lemma, rules.by_form, rules.backoff_by_lemma, rules.backoff_by_form):
            for word, cued in table.items():
                by_word.setdefault(word, set()).update(f"cue.{r.relation}" for r in cued)
        for name, words in rules.vocab.items():
            for word in words:
                if " " not in word:
                    by_word.setdefault(word, set()).add(name)
        self._by_word = {w: tuple(sorted(c)) for w, c in by_word.items()}

    def of(self, tok: Token) -> tuple[str, ...]:
        lemma, form = tok.lemma_.lower(), tok.lower_
        found = self._by_word.get(lemma, ())
        if form != lemma and form in self._by_word:
            found = tuple(sorted({*found, *self._by_word[form]}))
        return found


# -- candidates and features ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Pair:
    """An ordered pair of actor mentions in one sentence, the path between them and its features."""

    subject: Mention
    object: Mention
    steps: tuple[Step, ...]
    features: tuple[str, ...]


def _bucket(n: int) -> str:
    return str(n) if n <= 3 else "4-5" if n <= 5 else "6-8" if n <= 8 else "9+"


def role(tok: Token) -> str:
    """How a mention's root hangs in its clause: its label, a preposition's object with the preposition
    ("pobj.from"), a by-agent as "agent"."""
    dep = tok.dep_
    if dep == "pobj":
        prep = tok.head
        if prep.dep_ == "agent":
            return "agent"
        return f"pobj.{prep.lower_}"
    if dep == "conj":
        return f"conj.{role(tok.head)}" if tok.head.dep_ != "conj" else "conj"
    return dep or "none"


def _hyphen_word(tok: Token, end: int) -> Token | None:
    """The word a hyphen joins right after a mention ("Iran-backed", "Qatar - funded")."""
    doc = tok.doc
    if end + 1 < len(doc) and doc[end].text in ("-", "–") and doc[end + 1].is_alpha:
        return doc[end + 1]
    return None


def path_cue(steps: Sequence[Step], classes: WordClasses, relation: str | None = None) -> Token | None:
    """The token of a path that carries its relation: the first inner word of ``relation``'s cue class (any
    relation's when None), else None."""
    inner = [s.token for s in steps[:-1]]
    wanted = f"cue.{relation}" if relation else None
    for tok in inner:
        found = classes.of(tok)
        if (wanted in found) if wanted else any(c.startswith("cue.") for c in found):
            return tok
    return None


def common_head(start: Token, steps: Sequence[Step]) -> Token:
    """The lowest common head of a path's two ends (the last token reached going up)."""
    top = start
    for step in steps:
        if not step.up:
            break
        top = step.token
    return top


def _labels(steps: Sequence[Step]) -> str:
    return " ".join(("<" if s.up else ">") + s.dep for s in steps) or "="


def pair_features(start: Token, end: Token, steps: Sequence[Step], s_end: int, o_end: int,
                  classes: WordClasses, sentence_classes: Iterable[str], others: frozenset[int] = frozenset()) -> tuple[str, ...]:
    """The sparse features of a pair of mention roots ``start`` (subject side) and ``end`` (object side);
    ``s_end``/``o_end`` are the token ends of the two mentions (for a hyphen word after them); ``others``: the
    tokens of the sentence's other actors' mentions (a path through one passes another party)."""
    f: set[str] = {"bias"}
    cue_at = next((k for k, s in enumerate(steps[:-1]) if any(c.startswith("cue.") for c in classes.of(s.token))), None)
    if cue_at is not None:  # the path split at its first cue word: how each argument reaches the cue
        cue = steps[cue_at].token
        seg_s, seg_o = _labels(steps[: cue_at + 1]), _labels(steps[cue_at + 1 :])
        f.add(f"cs:{seg_s}")
        f.add(f"co:{seg_o}")
        f.add(f"cso:{seg_s}|{seg_o}")
        for c in classes.of(cue):
            f.add(f"cuec:{c}|{seg_s}")
            f.add(f"cueo:{c}|{seg_o}")
    else:
        f.add("nocue")
    if any(s.token.i in others for s in steps[:-1]):
        f.add("through_other")
    f.add(f"len:{_bucket(len(steps))}")
    f.add(f"shape:{_labels(steps)}")
    shape_pos = []
    for s in steps[:-1]:
        tok = s.token
        node = tok.lower_ if tok.pos_ == "ADP" else tok.pos_
        shape_pos.append(("<" if s.up else ">") + s.dep + " " + node)
        f.add(f"w:{tok.lemma_.lower()}")
        edge = ("<" if s.up else ">") + s.dep
        for c in classes.of(tok):
            f.add(f"c:{c}")
            f.add(f"ce:{c}{edge}")
        if any(ch.dep_ == "neg" for ch in tok.children):
            f.add("neg:path")
        if tok.pos_ == "ADP":
            f.add(f"prep:{tok.lower_}")
    if len(steps) <= 4:
        f.add("shapepos:" + " ".join(shape_pos))
    head = common_head(start, steps)
    f.add(f"h:{head.lemma_.lower()}")
    f.add(f"hpos:{head.pos_}")
    f.add(f"hdep:{head.dep_}")
    for c in classes.of(head):
        f.add(f"hc:{c}")
    sr, orr = role(start), role(end)
    f.add(f"sr:{sr}")
    f.add(f"or:{orr}")
    f.add(f"roles:{sr}|{orr}")
    for side, tok, mention_end in (("s", start, s_end), ("o", end, o_end)):
        if tok.dep_ in ("compound", "poss", "amod", "nmod", "npadvmod", "pobj", "appos"):
            holder = tok.head.head if tok.dep_ == "pobj" else tok.head
            f.add(f"{side}h:{holder.lemma_.lower()}")
            for c in classes.of(holder):
                f.add(f"{side}hc:{c}")
        hy = _hyphen_word(tok, mention_end)
        if hy is not None:
            f.add(f"{side}hy:{hy.lemma_.lower()}")
            for c in classes.of(hy):
                f.add(f"{side}hyc:{c}")
    f.add("order:so" if start.i < end.i else "order:os")
    f.add(f"dist:{_bucket(abs(start.i - end.i) // 3)}")
    for c in sentence_classes:
        f.add(f"sc:{c}")
    return tuple(sorted(f))


def sentence_pairs(sent: Span, g: Grammar, classes: WordClasses) -> list[Pair]:
    """Every ordered pair of distinct actors mentioned in ``sent``, each at the two mentions with the shortest
    dependency path; none for an actor and its owner's word in its phrase (:meth:`Grammar.owns`)."""
    by_actor: dict[str, list[Mention]] = {}
    for m in g.mentions_in(sent):
        by_actor.setdefault(m.actor, []).append(m)
    if len(by_actor) < 2:
        return []
    doc = g.doc
    sentence_classes = sorted({c for tok in sent for c in classes.of(tok)})
    tokens = {a: frozenset(m.root for m in ms) for a, ms in by_actor.items()}
    out = []
    actors = list(by_actor)
    near: dict[int, dict[str, int]] = {}  # cue token -> actor -> its mentions' shortest path from the cue
    for a in actors:
        for b in actors:
            if a == b:
                continue
            best = None
            for s in by_actor[a]:
                for o in by_actor[b]:
                    steps = dep_path(doc[s.root], doc[o.root])
                    if steps and (best is None or len(steps) < len(best[2])):
                        best = (s, o, steps)
            if best is None or len(best[2]) > MAX_PATH or g.owns(best[0], best[1]):
                continue
            s, o, steps = best
            s_end = doc.char_span(s.start, s.end, alignment_mode="expand")
            o_end = doc.char_span(o.start, o.end, alignment_mode="expand")
            feats = pair_features(doc[s.root], doc[o.root], steps, s_end.end if s_end is not None else s.root + 1,
                                  o_end.end if o_end is not None else o.root + 1, classes, sentence_classes,
                                  frozenset().union(*(t for x, t in tokens.items() if x not in (a, b))))
            cue = path_cue(steps, classes)
            if cue is not None:
                if cue.i not in near:
                    near[cue.i] = {x: min(len(dep_path(cue, doc[m.root])) for m in ms) for x, ms in by_actor.items()}
                dist = near[cue.i]
                rivals = [d for x, d in dist.items() if x not in (a, b)]
                closest = min(rivals, default=MAX_PATH + 1)
                feats += (f"s_nearest:{dist[a] <= closest}", f"o_nearest:{dist[b] <= closest}",
                          f"actors:{_bucket(len(actors))}")
            out.append(Pair(s, o, tuple(steps), feats))
    return out


def context_features(pair: Pair, rows: Sequence[Relation]) -> tuple[str, ...]:
    """What the rules made of the pair's sentence (``rows``: the rule rows of the sentence): whether they made any
    row, whether each actor of the pair is an argument of one (and on which side), whether a cue word of theirs lies
    on the pair's path. A pair the rules missed beside a row they made is most often a neighbour of the row's cue.
    The rows of the pair itself are left out (in training, a pair the rules made is described by the others)."""
    key = frozenset((pair.subject.actor, pair.object.actor))
    rows = [r for r in rows if frozenset((r.subject, r.object)) != key]
    if not rows:
        return ("ctx:no_rows",)
    f = {"ctx:rows"}
    for side, actor in (("s", pair.subject.actor), ("o", pair.object.actor)):
        for r in rows:
            if actor == r.subject:
                f.add(f"ctx:{side}_subject")
            if actor == r.object:
                f.add(f"ctx:{side}_object")
    cues = {r.cue.lower() for r in rows}
    if any(step.token.lower_ in cues for step in pair.steps[:-1]):
        f.add("ctx:cue_on_path")
    return tuple(sorted(f))


# -- the model -----------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PairModel:
    """Multinomial logistic regression: ``weights[feature]`` is one weight per class of ``classes``."""

    classes: tuple[str, ...]
    weights: dict[str, tuple[float, ...]]
    threshold: float
    version: str = MODEL_VERSION
    training: dict[str, Any] | None = None

    def probabilities(self, features: Iterable[str]) -> list[float]:
        z = [0.0] * len(self.classes)
        for feat in features:
            w = self.weights.get(feat)
            if w is not None:
                for k, v in enumerate(w):
                    z[k] += v
        top = max(z)
        e = [math.exp(v - top) for v in z]
        total = sum(e)
        return [v / total for v in e]

    def predict(self, features: Iterable[str]) -> tuple[str, float]:
        """The most probable relation other than none, and its probability."""
        probs = self.probabilities(features)
        k = max(range(1, len(self.classes)), key=probs.__getitem__)
        return self.classes[k], probs[k]

    def to_json(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "feature_set": FEATURE_SET,
            "classes": list(self.classes),
            "threshold": self.threshold,
            "training": self.training or {},
            "weights": {f: [round(v, 5) for v in w] for f, w in sorted(self.weights.items())},
        }


def model_from_json(data: Any, where: str) -> PairModel:
    """A model from its JSON form; :class:`ModelError` naming ``where`` and what to do when it is malformed."""
    redo = "retrain it with 'make train' (python -m pipeline train-relations)"
    if not isinstance(data, dict):
        raise ModelError(f"{where}: not a relation model (a JSON object expected); {redo}")
    missing = [k for k in ("version", "feature_set", "classes", "threshold", "weights") if k not in data]
    if missing:
        raise ModelError(f"{where}: relation model lacks {', '.join(missing)}; {redo}")
    if data["version"] != MODEL_VERSION or data["feature_set"] != FEATURE_SET:
        raise ModelError(f"{where}: model {data['version']}/{data['feature_set']}, this code reads "
                         f"{MODEL_VERSION}/{FEATURE_SET}; {redo}")
    classes = data["classes"]
    if not isinstance(classes, list) or tuple(classes) != CLASSES:
        raise ModelError(f"{where}: classes {classes!r}, expected {list(CLASSES)}; {redo}")
    threshold = data["threshold"]
    if not isinstance(threshold, (int, float)) or not 0 < threshold <= 1:
        raise ModelError(f"{where}: threshold {threshold!r} is not a probability in (0, 1]; {redo}")
    weights = data["weights"]
    if not isinstance(weights, dict):
        raise ModelError(f"{where}: 'weights' is not an object of feature -> weights; {redo}")
    for feat, w in weights.items():
        if not isinstance(w, list) or len(w) != len(CLASSES) or not all(isinstance(v, (int, float)) for v in w):
            raise ModelError(f"{where}: feature {feat!r} has no {len(CLASSES)} numeric weights; {redo}")
    return PairModel(CLASSES, {f: tuple(float(v) for v in w) for f, w in weights.items()}, float(threshold),
                     data["version"], data.get("training") or {})


def data_hash(examples: Sequence[tuple[Sequence[str], str]]) -> str:
    """A hash of a training table (features and labels, in order)."""
    h = hashlib.sha256()
    for feats, label in examples:
        h.update(json.dumps([list(feats), label]).encode("utf8"))
    return h.hexdigest()


def train(examples: Sequence[tuple[Sequence[str], str]], *, l2: float = 1.0, epochs: int = 300,
          rate: float = 0.1, min_count: int = 2, threshold: float = 0.5, drop: tuple[str, ...] = ()) -> PairModel:
    """Fit the weights to (features, label) examples: softmax cross-entropy plus ``l2`` / 2 * |w|^2 (the bias
    unpenalised), full-batch Adam from zero weights, so the same table always gives the same model. Features
    seen in fewer than ``min_count`` examples, or beginning with one of ``drop`` (say "w:", the words on the path),
    are dropped."""
    if not examples:
        raise ValueError("no training examples")
    unknown = {label for _, label in examples} - set(CLASSES)
    if unknown:
        raise ValueError(f"labels {sorted(unknown)} are not among {list(CLASSES)}")
    counts: dict[str, int] = {}
    for feats, _ in examples:
        for feat in set(feats):
            counts[feat] = counts.get(feat, 0) + 1
    names = sorted(f for f, n in counts.items() if (n >= min_count and not f.startswith(drop)) or f == "bias")
    index = {f: k for k, f in enumerate(names)}
    rows, cols = [], []
    for r, (feats, _) in enumerate(examples):
        for feat in sorted(set(feats)):
            if feat in index:
                rows.append(r)
                cols.append(index[feat])
    rows_a, cols_a = numpy.array(rows), numpy.array(cols)
    n, f, c = len(examples), len(names), len(CLASSES)
    y = numpy.zeros((n, c))
    y[numpy.arange(n), [CLASSES.index(label) for _, label in examples]] = 1.0
    w = numpy.zeros((f, c))
    m, v = numpy.zeros_like(w), numpy.zeros_like(w)
    penalty = numpy.full((f, 1), l2)
    if "bias" in index:
        penalty[index["bias"]] = 0.0
    # the sums per example and per feature (numpy.add.at's, sooner) over contiguous runs of the entries ordered by
    # example and, a second time, by feature
    by_col = numpy.argsort(cols_a, kind="stable")
    rows_by_col, cols_by_col = rows_a[by_col], cols_a[by_col]
    row_starts = numpy.flatnonzero(numpy.r_[True, rows_a[1:] != rows_a[:-1]]) if len(rows_a) else rows_a
    col_starts = numpy.flatnonzero(numpy.r_[True, cols_by_col[1:] != cols_by_col[:-1]]) if len(rows_a) else rows_a
    for t in range(1, epochs + 1):
        z = numpy.zeros((n, c))
        grad = numpy.zeros_like(w)
        if len(rows_a):
            z[rows_a[row_starts]] = numpy.add.reduceat(w[cols_a], row_starts, axis=0)
        z -= z.max(axis=1, keepdims=True)
        p = numpy.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        if len(rows_a):
            grad[cols_by_col[col_starts]] = numpy.add.reduceat((p - y)[rows_by_col], col_starts, axis=0)
        grad = grad / n + penalty * w / n
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        w -= rate * (m / (1 - 0.9**t)) / (numpy.sqrt(v / (1 - 0.999**t)) + 1e-8)
    weights = {name: tuple(float(x) for x in w[k]) for k, name in enumerate(names) if numpy.any(numpy.abs(w[k]) > 1e-6)}
    return PairModel(CLASSES, weights, threshold,
                     training={"examples": n, "features": f, "l2": l2, "epochs": epochs, "min_count": min_count,
                               **({"dropped": list(drop)} if drop else {}), "sha256": data_hash(examples)})


# -- rows ----------------------------------------------------------------------------------------------------------


def pair_row(sent: Span, pair: Pair, relation: str, g: Grammar, classes: WordClasses, rule_id: str,
             version: str) -> Relation | None:
    """A scorer's row of ``relation`` for ``pair``: modality and source from
    :func:`~pipeline.relations.modality.assess` at the path's cue word (a word of the relation's cue class on the
    path, else any cue word, else the common head); None when it states none or a denial disputes the tie."""
    start = g.doc[pair.subject.root]
    cue = path_cue(pair.steps, classes, relation) or path_cue(pair.steps, classes) or common_head(start, pair.steps)
    verdict = assess(cue, g)
    if verdict is None or (verdict.denied and relation != "denies"):
        return None  # (as the rules: a tie someone's denial disputes is no row)
    if relation == "denies" and verdict.modality == "reported" and verdict.attributed_to == pair.subject.actor:
        verdict = Assessment("asserted", None)  # (the denier's own saying verb carries the denial)
    return relation_record(sent, pair.subject, relation, pair.object, verdict, cue, rule_id, version, g.rules)


def best_first(scored: Iterable[tuple[float, Any, Any, Any]], done: set,
               row: Callable[[Any], Relation | None]) -> list[Relation]:
    """One row per actor pair, the most probable first: ``scored`` holds (probability, order among equal
    probabilities, the pair's key, item), ``row(item)`` makes an item's row (None: the pair's next item may still
    give one); pairs whose key is in ``done`` are skipped, and ``done`` gains each pair given a row."""
    out = []
    for _, _, key, item in sorted(scored, key=lambda x: (-x[0], x[1])):
        if key in done:
            continue
        made = row(item)
        if made is None:
            continue
        done.add(key)
        out.append(made)
    return out


def scored_relations(sent: Span, pairs: Sequence[Pair], g: Grammar, model: Any, classes: WordClasses,
                     threshold: float, rows: Sequence[Relation],
                     predictions: Sequence[tuple[str, float]] | None = None) -> list[Relation]:
    """The model's rows for the ``pairs`` of ``sent`` (:func:`sentence_pairs`) no rule row of the sentence
    (``rows``) pairs (either direction): the
    most probable relation of a pair when its probability reaches ``threshold``, best pairs first (one row per actor
    pair, :func:`best_first`), each made by :func:`pair_row`. ``model``: a :class:`PairModel` (rows name
    :data:`RULE_ID`), or a second kind of model that scored the pairs itself (``predictions``: (relation,
    probability) per pair; rows name its ``rule_id``, e.g. the encoder's, :mod:`pipeline.relations.encoder`)."""
    covered = {frozenset((r.subject, r.object)) for r in rows}
    scored = []
    for k, pair in enumerate(pairs):
        key = frozenset((pair.subject.actor, pair.object.actor))
        if key in covered:
            continue
        relation, p = predictions[k] if predictions is not None else \
            model.predict(pair.features + context_features(pair, rows))
        if p >= threshold:
            scored.append((p, (pair.subject.start, pair.object.start), key, (pair, relation)))
    rule_id = getattr(model, "rule_id", RULE_ID)
    return best_first(scored, covered,
                      lambda item: pair_row(sent, item[0], item[1], g, classes, rule_id, model.version))
